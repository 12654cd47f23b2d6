#include "graph/graph_snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "graph/value_json.h"

namespace kg {
namespace {

// The file: kMagic, the format version, the stamp, the hidden-edge count, the sections in the
// order write() puts them, then kEnd. Numbers are in this machine's byte order: a snapshot is a
// cache of the database beside it, never copied to another machine on its own (a copy without
// its own database stamp is not used).
constexpr char kMagic[8] = {'k', 'g', 's', 'n', 'a', 'p', '\r', '\n'};
constexpr char kEnd[8] = {'k', 'g', 's', 'n', 'a', 'p', 'e', 'n'};
constexpr uint32_t kFormatVersion = 1;

// A damaged or foreign snapshot; read() turns it into "no snapshot".
struct Damaged : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Writer {
 public:
  explicit Writer(std::FILE* file) : file_(file) {}
  bool ok() const { return ok_; }

  void bytes(const void* data, size_t size) {
    if (size > 0 && std::fwrite(data, 1, size, file_) != size) ok_ = false;
    position_ += size;
  }
  size_t position() const { return position_; }
  // Writes `value` over the number at `at` (a position() before it was written).
  void patch(size_t at, uint64_t value) {
    if (std::fseek(file_, static_cast<long>(at), SEEK_SET) != 0 ||
        std::fwrite(&value, sizeof value, 1, file_) != 1 || std::fseek(file_, 0, SEEK_END) != 0)
      ok_ = false;
  }
  // Pads to a multiple of 8 bytes from the start of the file, so arrays are read in place.
  void align() {
    static const char kZeros[8] = {};
    bytes(kZeros, (8 - position_ % 8) % 8);
  }
  template <typename T>
  void number(T value) {
    static_assert(std::is_arithmetic_v<T>);
    bytes(&value, sizeof value);
  }
  void text(std::string_view value) {
    number<uint64_t>(value.size());
    bytes(value.data(), value.size());
  }
  template <typename Array>
  void array(const Array& values) {
    using T = std::remove_cv_t<std::remove_pointer_t<decltype(values.data())>>;
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    number<uint64_t>(values.size());
    align();
    bytes(values.data(), values.size() * sizeof(T));
  }
  void texts(const std::vector<std::string>& values) {
    number<uint64_t>(values.size());
    for (const std::string& value : values) text(value);
  }

 private:
  std::FILE* file_;
  bool ok_ = true;
  size_t position_ = 0;
};

class Reader {
 public:
  // `data` is the start of the file (aligned as mmap aligns), `begin` where reading starts;
  // `keep_alive` keeps the bytes mapped for arrays that borrow them.
  Reader(const char* data, size_t begin, size_t size, std::shared_ptr<const void> keep_alive)
      : start_(data), data_(data + begin), end_(data + size), keep_alive_(std::move(keep_alive)) {}

  const char* take(size_t size) {
    if (size > static_cast<size_t>(end_ - data_)) throw Damaged("truncated");
    const char* at = data_;
    data_ += size;
    return at;
  }
  template <typename T>
  T number() {
    T value;
    std::memcpy(&value, take(sizeof value), sizeof value);
    return value;
  }
  // A count of items of `item_size` bytes each that the rest of the file can hold.
  size_t count(size_t item_size) {
    uint64_t n = number<uint64_t>();
    if (item_size > 0 && n > static_cast<size_t>(end_ - data_) / item_size)
      throw Damaged("count past the end");
    return static_cast<size_t>(n);
  }
  std::string text() {
    size_t size = count(1);
    return std::string(take(size), size);
  }
  // Copied straight from the aligned bytes (no element is constructed first).
  template <typename T>
  void array(std::vector<T>& values) {
    size_t n = count(sizeof(T));
    take((8 - static_cast<size_t>(data_ - start_) % 8) % 8);
    const T* at = reinterpret_cast<const T*>(take(n * sizeof(T)));
    values.assign(at, at + n);
  }
  // Reads the records in place: only the pages a query touches are ever read from the file.
  template <typename T>
  void borrow(MappedArray<T>& values) {
    size_t n = count(sizeof(T));
    take((8 - static_cast<size_t>(data_ - start_) % 8) % 8);
    values.borrow(reinterpret_cast<const T*>(take(n * sizeof(T))), n, keep_alive_);
  }
  std::vector<std::string> texts() {
    size_t n = count(sizeof(uint64_t));
    std::vector<std::string> values;
    values.reserve(n);
    for (size_t i = 0; i < n; ++i) values.push_back(text());
    return values;
  }
  bool atEnd() const { return data_ == end_; }
  const std::shared_ptr<const void>& keepAlive() const { return keep_alive_; }

 private:
  const char* start_;
  const char* data_;
  const char* end_;
  std::shared_ptr<const void> keep_alive_;
};

// A file mapped read-only for as long as it lives.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
      size_ = static_cast<size_t>(info.st_size);
      void* at = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (at != MAP_FAILED) data_ = static_cast<const char*>(at);
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  const char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

void check(bool condition, const char* what) {
  if (!condition) throw Damaged(what);
}

}  // namespace

// Reads and writes PropertyGraph's private arrays (a friend of it).
class GraphSnapshotCodec {
 public:
  // Whether the graph is as a load leaves it: no edges added since its adjacency was built,
  // nothing deleted.
  static bool asLoaded(const PropertyGraph& graph) {
    return graph.out_recent_.empty() && graph.in_recent_.empty() && !graph.any_node_deleted_ &&
           !graph.any_edge_deleted_;
  }

  static void write(Writer& out, const PropertyGraph& graph) {
    using Graph = PropertyGraph;
    // Written as they are in memory, so no byte may be padding (whose value is unknown).
    static_assert(std::has_unique_object_representations_v<Graph::Node>);
    static_assert(std::has_unique_object_representations_v<Graph::NodeFields>);
    static_assert(std::has_unique_object_representations_v<Graph::TextRef>);
    static_assert(std::has_unique_object_representations_v<Graph::EvidenceRecord>);
    static_assert(std::has_unique_object_representations_v<Graph::NameEntry>);
    static_assert(std::has_unique_object_representations_v<Graph::SeenRange>);
    // (a float has two zeros, so the trait cannot speak for Edge: its size says no padding)
    static_assert(sizeof(Graph::Edge) == 8 + 3 * 4 + 4 + sizeof(float) + 3 * 4);
    static_assert(std::is_trivially_copyable_v<Graph::Edge>);
    static_assert(std::is_trivially_copyable_v<Graph::EvidenceRecord>);
    static_assert(std::is_trivially_copyable_v<Graph::NameEntry>);

    static_assert(std::is_trivially_copyable_v<Graph::Node>);
    static_assert(std::is_trivially_copyable_v<Graph::NodeFields>);
    out.number<uint64_t>(graph.label_sets_.size());
    for (const std::vector<std::string>& labels : graph.label_sets_) out.texts(labels);
    writeMaps(out, graph.node_extra_);

    writeMaps(out, graph.extra_);
    out.texts(graph.relation_types_);

    out.array(graph.evidence_);
    out.text(graph.evidence_text_);
    out.number<uint64_t>(graph.event_dates_.size());
    for (const auto& [date, words] : graph.event_dates_) {
      out.text(date);
      out.text(words);
    }
    // The articles as one block, read when first asked for (PropertyGraph::loadArticles).
    graph.loadArticles();
    out.number<uint64_t>(graph.articles_.size());
    size_t size_at = out.position();
    out.number<uint64_t>(0);  // the block's size, written when it is known
    size_t block_start = out.position();
    out.texts(graph.articles_);
    out.number<uint64_t>(graph.article_info_.size());
    for (const ArticleInfo& info : graph.article_info_)
      for (const std::string* field :
           {&info.title, &info.source, &info.url, &info.published, &info.byline})
        out.text(*field);
    out.patch(size_at, out.position() - block_start);
    out.texts(graph.seen_dates_);

    // The relation type index and the sorted name index, made now if not yet made.
    graph.edgesOfType(0);
    graph.sortNameIndex();
    inPlaceArrays(graph, [&](const auto& array) { out.array(array); });
  }

  static PropertyGraph read(Reader& in) {
    PropertyGraph graph;

    size_t label_set_count = in.count(sizeof(uint64_t));
    check(label_set_count >= 1, "label sets");
    graph.label_sets_.clear();
    graph.label_set_index_.clear();
    for (size_t i = 0; i < label_set_count; ++i) {
      graph.label_sets_.push_back(in.texts());
      graph.label_set_index_.emplace(graph.label_sets_.back(), static_cast<uint32_t>(i));
    }
    graph.node_extra_ = readMaps(in);

    graph.extra_ = readMaps(in);
    graph.relation_types_ = in.texts();
    for (uint32_t type = 0; type < graph.relation_types_.size(); ++type)
      graph.relation_type_index_.emplace(graph.relation_types_[type], type);

    in.array(graph.evidence_);
    graph.evidence_text_ = in.text();
    size_t event_count = in.count(2 * sizeof(uint64_t));
    check(event_count >= 1, "event dates");
    graph.event_dates_.clear();
    for (size_t i = 0; i < event_count; ++i) {
      std::string date = in.text();
      std::string words = in.text();
      graph.event_date_index_.emplace(std::pair{date, words}, static_cast<uint32_t>(i));
      graph.event_dates_.emplace_back(std::move(date), std::move(words));
    }
    size_t article_count = in.count(sizeof(uint64_t));
    size_t articles_size = in.count(1);
    const char* articles = in.take(articles_size);
    graph.pending_articles_ = [articles, articles_size, article_count,
                               keep_alive = in.keepAlive()](PropertyGraph& graph) {
      // Checked when the snapshot was read: the block is whole and its counts fit in it.
      Reader block(articles, 0, articles_size, keep_alive);
      graph.articles_ = block.texts();
      graph.article_index_.reserve(graph.articles_.size());
      for (uint32_t article = 0; article < graph.articles_.size(); ++article)
        graph.article_index_.emplace(graph.articles_[article], article);
      graph.article_info_.resize(block.count(5 * sizeof(uint64_t)));
      for (ArticleInfo& info : graph.article_info_)
        for (std::string* field :
             {&info.title, &info.source, &info.url, &info.published, &info.byline})
          *field = block.text();
    };
    {
      // The block's shape, now, so that reading it later cannot fail.
      Reader block(articles, 0, articles_size, nullptr);
      check(block.count(sizeof(uint64_t)) == article_count, "articles");
      for (size_t i = 0; i < article_count; ++i) block.take(block.count(1));
      size_t info_count = block.count(5 * sizeof(uint64_t));
      check(info_count <= article_count, "article information");
      for (size_t i = 0; i < 5 * info_count; ++i) block.take(block.count(1));
      check(block.atEnd(), "articles");
    }
    graph.seen_dates_ = in.texts();
    for (uint32_t i = 0; i < graph.seen_dates_.size(); ++i) {
      graph.seen_date_index_.emplace(graph.seen_dates_[i], i);
      graph.seen_date_values_.push_back(storedDateValue(graph.seen_dates_[i]));
    }

    inPlaceArrays(graph, [&](auto& array) { in.borrow(array); });
    check(graph.node_fields_.size() == graph.nodes_.size(), "node fields");
    graph.edges_by_type_count_ = graph.edges_.size();
    graph.name_index_sorted_ = true;

    validate(graph, article_count);
    return graph;
  }

 private:
  // The arrays read in place, last in the file, in this order (`Graph` is PropertyGraph, const
  // when writing).
  template <typename Graph, typename Visit>
  static void inPlaceArrays(Graph& graph, Visit visit) {
    visit(graph.nodes_);
    visit(graph.node_fields_);
    visit(graph.node_text_);
    visit(graph.alias_refs_);
    visit(graph.edges_);
    visit(graph.edge_seen_);
    visit(graph.out_start_);
    visit(graph.out_edges_);
    visit(graph.in_start_);
    visit(graph.in_edges_);
    visit(graph.type_start_);
    visit(graph.type_edges_);
    visit(graph.name_index_);
  }

  static void writeMaps(Writer& out, const std::vector<ValueMap>& maps) {
    out.number<uint64_t>(maps.size());
    for (const ValueMap& map : maps) out.text(toJson(Value(map)));
  }
  static std::vector<ValueMap> readMaps(Reader& in) {
    size_t n = in.count(sizeof(uint64_t));
    std::vector<ValueMap> maps;
    maps.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Value value;
      try {
        value = fromJson(in.text());
      } catch (const std::runtime_error&) {
        throw Damaged("property map");
      }
      check(value.is<ValueMap>(), "property map");
      maps.push_back(std::move(value.as<ValueMap>()));
    }
    return maps;
  }

  // What is copied out of the snapshot has every index it holds checked against the counts it
  // holds. The records read in place (nodes, names, edges, adjacency, type and name indexes,
  // seen dates) have their shapes checked only: checking each would read the whole file, which
  // is what reading them in place avoids. A snapshot is kg's own cache, written whole and
  // renamed into place.
  static void validate(const PropertyGraph& graph, size_t article_count) {
    using Graph = PropertyGraph;
    const size_t nodes = graph.nodes_.size(), edges = graph.edges_.size();
    for (const Graph::EvidenceRecord& record : graph.evidence_) {
      check(record.text_offset <= graph.evidence_text_.size() &&
                record.text_length <= graph.evidence_text_.size() - record.text_offset,
            "evidence text");
      check(record.article < article_count, "evidence article");
      check(record.event < graph.event_dates_.size(), "evidence event date");
    }
    check(graph.edge_seen_.empty() || graph.edge_seen_.size() == edges, "seen dates");
    auto checkRows = [&](const MappedArray<uint32_t>& start, const MappedArray<uint32_t>& rows,
                         size_t row_count) {
      check(start.size() == row_count + 1 && start.front() == 0 && start.back() == rows.size(),
            "index rows");
    };
    checkRows(graph.out_start_, graph.out_edges_, nodes);
    checkRows(graph.in_start_, graph.in_edges_, nodes);
    checkRows(graph.type_start_, graph.type_edges_, graph.relation_types_.size());
    check(graph.out_edges_.size() <= edges && graph.type_edges_.size() <= edges, "index rows");
  }
};

std::string GraphSnapshot::pathFor(const std::string& database_path, bool all_statuses) {
  return database_path + (all_statuses ? "-snapshot-all" : "-snapshot");
}

bool GraphSnapshot::write(const std::string& path, const PropertyGraph& graph,
                          const DatabaseStamp& stamp, bool all_statuses, uint64_t hidden_edges) {
  if (!GraphSnapshotCodec::asLoaded(graph)) return false;
  std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  std::FILE* file = std::fopen(temporary.c_str(), "wbe");
  if (!file) return false;
  bool ok = false;
  try {
    Writer out(file);
    out.bytes(kMagic, sizeof kMagic);
    out.number<uint32_t>(kFormatVersion);
    out.text(stamp.database_id);
    out.number<int64_t>(stamp.generation);
    out.number<uint8_t>(all_statuses);
    out.number<uint64_t>(hidden_edges);
    GraphSnapshotCodec::write(out, graph);
    out.bytes(kEnd, sizeof kEnd);
    ok = out.ok();
  } catch (const std::exception&) {
    ok = false;
  }
  ok = std::fclose(file) == 0 && ok;
  if (ok) ok = std::rename(temporary.c_str(), path.c_str()) == 0;
  if (!ok) std::remove(temporary.c_str());
  return ok;
}

std::optional<GraphSnapshot::Loaded> GraphSnapshot::read(const std::string& path,
                                                         const DatabaseStamp& expected,
                                                         bool all_statuses) {
  auto mapped = std::make_shared<MappedFile>(path);
  const MappedFile& file = *mapped;
  if (!file.data() || file.size() < sizeof kMagic + sizeof kEnd) return std::nullopt;
  if (std::memcmp(file.data(), kMagic, sizeof kMagic) != 0 ||
      std::memcmp(file.data() + file.size() - sizeof kEnd, kEnd, sizeof kEnd) != 0)
    return std::nullopt;
  try {
    Reader in(file.data(), sizeof kMagic, file.size() - sizeof kEnd, mapped);
    if (in.number<uint32_t>() != kFormatVersion) return std::nullopt;
    DatabaseStamp stamp;
    stamp.database_id = in.text();
    stamp.generation = in.number<int64_t>();
    if (!(stamp == expected) || in.number<uint8_t>() != uint8_t{all_statuses}) return std::nullopt;
    Loaded loaded;
    loaded.hidden_edges = in.number<uint64_t>();
    loaded.graph = GraphSnapshotCodec::read(in);
    if (!in.atEnd()) return std::nullopt;
    return loaded;
  } catch (const Damaged&) {
    return std::nullopt;
  }
}

}  // namespace kg

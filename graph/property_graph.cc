#include "graph/property_graph.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <functional>
#include <set>
#include <utility>

#include "graph/name_key.h"
#include "graph/radix_sort.h"
#include "graph/text_hash.h"

namespace kg {

Value storedDateValue(std::string_view text) {
  // The stored form 'YYYY-MM-DD' directly (queries read it per row), anything else parsed.
  if (auto day = epochDayOfStoredDate(text)) {
    Temporal date;
    date.epoch_day = *day;
    return date;
  }
  try {
    return parseTemporal(TemporalType::Date, text);
  } catch (const TemporalError&) {
    return std::string(text);
  }
}

namespace {

// The double a user wrote when the float was stored: 0.9f reads back as 0.9, not
// 0.8999999761581421, so `r.confidence >= 0.9` finds what was stored as 0.9.
double floatAsDecimal(float value) {
  char text[32];
  auto result = std::to_chars(text, text + sizeof text, value);
  return std::strtod(std::string(text, result.ptr).c_str(), nullptr);
}

bool isStringList(const Value& value) {
  if (!value.is<ValueList>()) return false;
  for (const Value& item : value.as<ValueList>())
    if (!item.is<std::string>()) return false;
  return true;
}

// From how many entries the name index is sorted by radix rather than by std::sort.
constexpr size_t kRadixSortMinimum = size_t{1} << 16;

// How many recent (unindexed) edges the adjacency tolerates before it is rebuilt.
constexpr size_t kMinimumRecentEdges = 4096;

}  // namespace

uint64_t PropertyGraph::hashKey(std::string_view key) { return std::hash<std::string_view>{}(key); }

uint32_t PropertyGraph::addNode(std::vector<std::string> labels, ValueMap properties,
                                int64_t store_id) {
  ++changes_;
  uint32_t index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(Node{store_id, internLabelSet(labels)});
  node_fields_.emplace_back();
  for (auto& [key, value] : properties)
    if (!value.isNull()) assignNodeProperty(index, key, std::move(value));
  indexNames(index);
  return index;
}

uint32_t PropertyGraph::internLabelSet(const std::vector<std::string>& labels) {
  auto [it, added] = label_set_index_.emplace(labels, static_cast<uint32_t>(label_sets_.size()));
  if (added) label_sets_.push_back(labels);
  return it->second;
}

PropertyGraph::TextRef PropertyGraph::addNodeText(std::string_view text) {
  TextRef ref{node_text_.size(), text.size()};
  node_text_.append(text.data(), text.size());
  return ref;
}

void PropertyGraph::setAliases(NodeFields& fields, const std::vector<std::string_view>& aliases) {
  fields.aliases_first = static_cast<uint32_t>(alias_refs_.size());
  fields.alias_count = static_cast<uint32_t>(aliases.size());
  for (std::string_view alias : aliases) alias_refs_.push_back(addNodeText(alias));
}

uint32_t PropertyGraph::internType(std::string_view type) {
  auto it = relation_type_index_.find(type);
  if (it != relation_type_index_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(relation_types_.size());
  relation_types_.emplace_back(type);
  relation_type_index_.emplace(std::string(type), id);
  return id;
}

uint32_t PropertyGraph::internArticle(std::string_view name) {
  loadArticles();
  auto it = article_index_.find(name);
  if (it != article_index_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(articles_.size());
  articles_.emplace_back(name);
  article_index_.emplace(std::string(name), id);
  return id;
}

uint32_t PropertyGraph::internEventDate(std::string_view date, std::string_view words) {
  if (date.empty() && words.empty()) return 0;
  std::pair<std::string, std::string> key{std::string(date), std::string(words)};
  auto it = event_date_index_.find(key);
  if (it != event_date_index_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(event_dates_.size());
  event_dates_.push_back(key);
  event_date_index_.emplace(std::move(key), id);
  return id;
}

void PropertyGraph::setArticleInfo(uint32_t article, ArticleInfo info) {
  loadArticles();
  if (article_info_.size() <= article) article_info_.resize(article + 1);
  article_info_[article] = std::move(info);
}

const ArticleInfo& PropertyGraph::articleInfo(std::string_view name) const {
  static const ArticleInfo kNone;
  loadArticles();
  auto it = article_index_.find(name);
  if (it == article_index_.end() || it->second >= article_info_.size()) return kNone;
  return article_info_[it->second];
}

std::pair<std::string_view, std::string_view> PropertyGraph::edgeSeen(uint32_t edge) const {
  if (edge >= edge_seen_.size() || edge_seen_[edge].first == UINT32_MAX) return {};
  return {seen_dates_[edge_seen_[edge].first], seen_dates_[edge_seen_[edge].last]};
}

void PropertyGraph::setEdgeSeen(uint32_t edge, std::string_view first, std::string_view last) {
  if (edge_seen_.size() < edges_.size()) edge_seen_.resize(edges_.size(), SeenRange{});
  uint32_t first_index = internSeenDate(first);
  edge_seen_[edge] = {first_index, internSeenDate(last)};
}

uint32_t PropertyGraph::internSeenDate(std::string_view date) {
  auto it = seen_date_index_.find(date);
  if (it != seen_date_index_.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(seen_dates_.size());
  seen_date_index_.emplace(std::string(date), index);
  seen_dates_.emplace_back(date);
  seen_date_values_.push_back(storedDateValue(date));
  return index;
}

void PropertyGraph::computeEdgeSeenFromEvidence() {
  loadArticles();
  for (uint32_t e = 0; e < edges_.size(); ++e) {
    const Edge& edge = edges_[e];
    if (!edge.news || edge.evidence_first == kEvidenceNotLoaded) continue;
    std::string_view first, last;
    for (uint32_t i = 0; i < edge.mentions; ++i) {
      uint32_t article = evidence_[edge.evidence_first + i].article;
      if (article >= article_info_.size()) continue;
      const std::string& date = article_info_[article].published;
      if (date.empty()) continue;
      if (first.empty() || date < first) first = date;
      if (last.empty() || date > last) last = date;
    }
    if (!first.empty()) setEdgeSeen(e, first, last);
  }
}

void PropertyGraph::linkEdge(uint32_t index) {
  const Edge& edge = edges_[index];
  out_recent_[edge.source].push_back(index);
  in_recent_[edge.target].push_back(index);
  if (++recent_edges_ > std::max(kMinimumRecentEdges, out_edges_.size())) rebuildAdjacency();
}

void PropertyGraph::rebuildAdjacency() {
  // Counting sorts of the edges by source and by target, stable, so every row lists its edges
  // in edge order; deleted edges are left out. One pass over the edges counts both, one fills
  // both.
  out_start_.assign(nodes_.size() + 1, 0);
  in_start_.assign(nodes_.size() + 1, 0);
  uint32_t* out_start = out_start_.begin();
  uint32_t* in_start = in_start_.begin();
  const Edge* edges = std::as_const(edges_).data();
  const uint32_t edge_count = static_cast<uint32_t>(edges_.size());
  for (uint32_t e = 0; e < edge_count; ++e)
    if (!edges[e].deleted) {
      ++out_start[edges[e].source + 1];
      ++in_start[edges[e].target + 1];
    }
  for (size_t i = 1; i <= nodes_.size(); ++i) {
    out_start[i] += out_start[i - 1];
    in_start[i] += in_start[i - 1];
  }
  out_edges_.resize(out_start[nodes_.size()]);
  in_edges_.resize(in_start[nodes_.size()]);
  uint32_t* out_rows = out_edges_.begin();
  uint32_t* in_rows = in_edges_.begin();
  std::vector<uint32_t> next_out(out_start, out_start + nodes_.size());
  std::vector<uint32_t> next_in(in_start, in_start + nodes_.size());
  for (uint32_t e = 0; e < edge_count; ++e)
    if (!edges[e].deleted) {
      out_rows[next_out[edges[e].source]++] = e;
      in_rows[next_in[edges[e].target]++] = e;
    }
  out_recent_.clear();
  in_recent_.clear();
  recent_edges_ = 0;
}

uint32_t PropertyGraph::addEdge(uint32_t source, uint32_t target, std::string_view type,
                                ValueMap properties, int64_t store_id) {
  ++changes_;
  uint32_t index = static_cast<uint32_t>(edges_.size());
  Edge edge;
  edge.store_id = store_id;
  edge.source = source;
  edge.target = target;
  edge.type = internType(type);
  if (!properties.empty()) {
    edge.extra = static_cast<int32_t>(extra_.size());
    extra_.push_back(std::move(properties));
  }
  edges_.push_back(edge);
  linkEdge(index);
  return index;
}

uint32_t PropertyGraph::addNewsEdge(uint32_t source, uint32_t target, std::string_view type,
                                    EdgeStatus status, double confidence,
                                    const std::vector<Evidence>& evidence, int64_t store_id) {
  uint32_t index = addEdge(source, target, type, {}, store_id);
  Edge& edge = edges_[index];
  edge.news = true;
  edge.status = status;
  edge.confidence = static_cast<float>(confidence);
  edge.mentions = static_cast<uint32_t>(evidence.size());
  edge.evidence_first = static_cast<uint32_t>(evidence_.size());
  for (const Evidence& item : evidence) {
    EvidenceRecord record;
    record.text_offset = evidence_text_.size();
    record.text_length = static_cast<uint32_t>(item.sentence.size());
    record.article = internArticle(item.article);
    record.start = item.start;
    record.end = item.end;
    record.event = internEventDate(item.event_date, item.event_words);
    evidence_text_ += item.sentence;
    evidence_.push_back(record);
  }
  return index;
}

void PropertyGraph::setNodeProperty(uint32_t node, const std::string& key, Value value) {
  ++changes_;
  assignNodeProperty(node, key, std::move(value));
  // Entries of names the node no longer has stay behind; findByName checks every candidate.
  if (key == "name" || key == "aliases") indexNames(node);
}

void PropertyGraph::assignNodeProperty(uint32_t node, const std::string& key, Value value) {
  NodeFields& fields = node_fields_[node];
  auto eraseExtra = [&] {
    if (fields.extra >= 0) node_extra_[fields.extra].erase(key);
  };
  auto setExtra = [&](Value item) {
    if (fields.extra < 0) {
      fields.extra = static_cast<int32_t>(node_extra_.size());
      node_extra_.emplace_back();
    }
    node_extra_[fields.extra][key] = std::move(item);
  };
  if (key == "name") {
    fields.has_name = value.is<std::string>();
    fields.name = fields.has_name ? addNodeText(value.as<std::string>()) : TextRef{};
    eraseExtra();
    if (!fields.has_name && !value.isNull()) setExtra(std::move(value));
  } else if (key == "aliases") {
    fields.has_aliases = isStringList(value);
    std::vector<std::string_view> aliases;
    if (fields.has_aliases)
      for (const Value& alias : value.as<ValueList>()) aliases.push_back(alias.as<std::string>());
    setAliases(fields, aliases);
    eraseExtra();
    if (!fields.has_aliases && !value.isNull()) setExtra(std::move(value));
  } else {
    if (key == "type") fields.derived_type = -1;  // the user's value replaces the label's
    if (value.isNull())
      eraseExtra();
    else
      setExtra(std::move(value));
  }
}

void PropertyGraph::setEdgeProperty(uint32_t edge_index, const std::string& key, Value value) {
  ++changes_;
  Edge& edge = edges_[edge_index];
  if (edge.news) {  // well-known fields first
    if (key == "status" && value.is<std::string>()) {
      if (auto status = parseEdgeStatus(value.as<std::string>())) {
        edge.status = *status;
        return;
      }
    } else if (key == "confidence" && (value.is<double>() || value.is<int64_t>())) {
      edge.confidence =
          static_cast<float>(value.is<double>() ? value.as<double>() : double(value.as<int64_t>()));
      return;
    }
  }
  if (edge.extra < 0) {
    if (value.isNull()) return;
    edge.extra = static_cast<int32_t>(extra_.size());
    extra_.emplace_back();
  }
  if (value.isNull())
    extra_[edge.extra].erase(key);
  else
    extra_[edge.extra][key] = std::move(value);
}

void PropertyGraph::addLabel(uint32_t node, const std::string& label) {
  ++changes_;
  std::vector<std::string> labels = nodeLabels(node);
  if (std::find(labels.begin(), labels.end(), label) != labels.end()) return;
  labels.push_back(label);
  nodes_[node].label_set = internLabelSet(labels);
}

void PropertyGraph::removeLabel(uint32_t node, const std::string& label) {
  ++changes_;
  std::vector<std::string> labels = nodeLabels(node);
  auto it = std::find(labels.begin(), labels.end(), label);
  if (it == labels.end()) return;
  labels.erase(it);
  nodes_[node].label_set = internLabelSet(labels);
  node_fields_[node].derived_type = -1;  // a stored actor's type comes from its one label
}

void PropertyGraph::deleteEdges(const std::vector<uint32_t>& edges) {
  if (edges.empty()) return;
  ++changes_;
  for (uint32_t edge : edges) edges_[edge].deleted = true;
  any_edge_deleted_ = true;
  rebuildAdjacency();
  edges_by_type_count_ = SIZE_MAX;  // edgesOfType builds its index again
}

void PropertyGraph::deleteNodes(const std::vector<uint32_t>& nodes) {
  // Entries of the name index stay behind; findByName skips deleted nodes.
  ++changes_;
  for (uint32_t node : nodes) nodes_[node].deleted = true;
  if (!nodes.empty()) any_node_deleted_ = true;
}

void PropertyGraph::reserve(size_t nodes, size_t edges) {
  nodes_.reserve(nodes);
  node_fields_.reserve(nodes);
  edges_.reserve(edges);
}

PropertyGraph::EdgeList PropertyGraph::edgesOfType(uint32_t type) const {
  if (edges_by_type_count_ != edges_.size() || type_start_.size() != relation_types_.size() + 1) {
    // A counting sort of the edges by type, stable, so each row is in edge order.
    std::vector<uint32_t> start(relation_types_.size() + 1, 0);
    for (const Edge& edge : std::as_const(edges_))
      if (!edge.deleted) ++start[edge.type + 1];
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    std::vector<uint32_t> rows(start.back()), next(start.begin(), start.end() - 1);
    for (uint32_t e = 0; e < edges_.size(); ++e)
      if (!std::as_const(edges_)[e].deleted) rows[next[std::as_const(edges_)[e].type]++] = e;
    type_start_.assign(start.begin(), start.end());
    type_edges_.assign(rows.begin(), rows.end());
    edges_by_type_count_ = edges_.size();
  }
  if (type >= relation_types_.size())
    return {};  // (the codec asks for type 0 of a graph with none)
  const uint32_t* rows = std::as_const(type_edges_).data();
  return {rows + std::as_const(type_start_)[type], rows + std::as_const(type_start_)[type + 1]};
}

std::optional<uint32_t> PropertyGraph::findRelationType(std::string_view name) const {
  auto it = relation_type_index_.find(name);
  if (it == relation_type_index_.end()) return std::nullopt;
  return it->second;
}

bool PropertyGraph::hasLabel(uint32_t node, std::string_view label) const {
  const auto& labels = nodeLabels(node);
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::vector<std::string> PropertyGraph::labels() const {
  std::set<std::string> all;
  std::vector<bool> used(label_sets_.size(), false);
  for (const Node& node : nodes_)
    if (!node.deleted) used[node.label_set] = true;
  for (size_t set = 0; set < label_sets_.size(); ++set)
    if (used[set]) all.insert(label_sets_[set].begin(), label_sets_[set].end());
  return {all.begin(), all.end()};
}

Value PropertyGraph::nodeProperty(uint32_t node, std::string_view key) const {
  const NodeFields& fields = node_fields_[node];
  if (key == "name" && fields.has_name) return std::string(nodeText(fields.name));
  if (key == "aliases" && fields.has_aliases) {
    ValueList list;
    list.reserve(fields.alias_count);
    for (uint32_t i = 0; i < fields.alias_count; ++i)
      list.push_back(std::string(nodeText(alias_refs_[fields.aliases_first + i])));
    return list;
  }
  if (key == "type" && fields.derived_type >= 0)
    return std::string(actorTypeName(static_cast<ActorType>(fields.derived_type)));
  if (fields.extra < 0) return Value();
  const ValueMap& extra = node_extra_[fields.extra];
  auto it = extra.find(std::string(key));
  return it == extra.end() ? Value() : it->second;
}

ValueMap PropertyGraph::nodeProperties(uint32_t node) const {
  const NodeFields& fields = node_fields_[node];
  ValueMap properties;
  if (fields.extra >= 0) properties = node_extra_[fields.extra];
  for (const char* key : {"name", "aliases", "type"})
    if (!properties.count(key))
      if (Value value = nodeProperty(node, key); !value.isNull()) properties[key] = value;
  return properties;
}

Value PropertyGraph::edgeProperty(uint32_t edge_index, std::string_view key) const {
  const Edge& edge = edges_[edge_index];
  if (edge.news) {
    if (key == "status") return std::string(edgeStatusName(edge.status));
    if (key == "mentions") return int64_t{edge.mentions};
    if (key == "confidence") return floatAsDecimal(edge.confidence);
    if (key == "evidence") {
      ValueList list;
      list.reserve(edge.mentions);
      for (uint32_t i = 0; i < edge.mentions; ++i) {
        EvidenceView item = evidence(edge_index, i);
        ValueMap entry{{"article", std::string(item.article)},
                       {"sentence", std::string(item.sentence)},
                       {"start", item.start},
                       {"end", item.end}};
        // The article's date and outlet, when known (older graphs have neither).
        const ArticleInfo& info = articleInfo(item.article);
        if (!info.published.empty()) entry["published"] = storedDateValue(info.published);
        if (!info.source.empty()) entry["source"] = info.source;
        // The date the sentence gives its event, and its words, when it names one.
        if (!item.event_date.empty()) entry["event_date"] = storedDateValue(item.event_date);
        if (!item.event_words.empty()) entry["event_words"] = std::string(item.event_words);
        list.push_back(std::move(entry));
      }
      return list;
    }
    if (key == "first_seen" || key == "last_seen") {
      if (edge_index >= edge_seen_.size() || edge_seen_[edge_index].first == UINT32_MAX)
        return Value();
      const auto [first, last] = edge_seen_[edge_index];
      return seen_date_values_[key == "first_seen" ? first : last];
    }
    if (key == "sources") {
      ValueList sources;
      for (uint32_t i = 0; i < edge.mentions; ++i) {
        const ArticleInfo& info = articleInfo(evidence(edge_index, i).article);
        if (info.source.empty()) continue;
        Value source(info.source);
        bool seen = false;
        for (const Value& other : sources) seen = seen || other.as<std::string>() == info.source;
        if (!seen) sources.push_back(std::move(source));
      }
      return sources.empty() ? Value() : Value(std::move(sources));
    }
  }
  if (edge.extra < 0) return Value();
  const ValueMap& extra = extra_[edge.extra];
  auto it = extra.find(std::string(key));
  return it == extra.end() ? Value() : it->second;
}

ValueMap PropertyGraph::edgeProperties(uint32_t edge_index) const {
  const Edge& edge = edges_[edge_index];
  ValueMap properties;
  if (edge.extra >= 0) properties = extra_[edge.extra];
  if (edge.news) {
    for (const char* key : {"status", "mentions", "confidence", "evidence"})
      properties[key] = edgeProperty(edge_index, key);
    for (const char* key : {"first_seen", "last_seen", "sources"})
      if (Value value = edgeProperty(edge_index, key); !value.isNull())
        properties[key] = std::move(value);
  }
  return properties;
}

EvidenceView PropertyGraph::evidence(uint32_t edge, uint32_t i) const {
  const Edge& record_edge = edges_[edge];
  if (record_edge.evidence_first == kEvidenceNotLoaded) {
    auto it = fetched_evidence_.find(edge);
    if (it == fetched_evidence_.end()) {
      std::vector<Evidence> items;
      if (evidence_source_)
        items = evidence_source_->fetch(record_edge.store_id, record_edge.mentions);
      items.resize(record_edge.mentions);  // a database changed under us: empty sentences
      it = fetched_evidence_.emplace(edge, std::move(items)).first;
    }
    const Evidence& item = it->second[i];
    return EvidenceView{item.article, item.sentence,   item.start,
                        item.end,     item.event_date, item.event_words};
  }
  const EvidenceRecord& record = evidence_[record_edge.evidence_first + i];
  loadArticles();
  const auto& [event_date, event_words] = event_dates_[record.event];
  return EvidenceView{
      articles_[record.article],
      std::string_view(evidence_text_).substr(record.text_offset, record.text_length),
      record.start,
      record.end,
      event_date,
      event_words};
}

// --- the name index ---------------------------------------------------------------------------

bool PropertyGraph::answersTo(uint32_t node, std::string_view key) const {
  bool answers = false;
  forEachName(node, [&](std::string_view name) { answers = answers || nameKey(name) == key; });
  return answers;
}

void PropertyGraph::sortNameIndex() const {
  if (name_index_sorted_) return;
  if (name_index_.size() < kRadixSortMinimum) {
    std::sort(name_index_.begin(), name_index_.end());
  } else {
    // Least significant digit first, 16 bits at a time, on the hash (stable), then each run of
    // equal hashes (a name shared by nodes, rarely a collision) by node: the order std::sort
    // gives, in about a third of its time for a 1M-edge graph's 425k names.
    LargeVector<NameEntry> buffer(name_index_.size());
    const size_t count = name_index_.size();
    NameEntry* from = radixSort(
        name_index_.begin(), buffer.data(), count,
        [](const NameEntry& entry) { return entry.key_hash; }, UINT64_MAX, 16);
    // Four passes: the sorted entries are back in name_index_.
    for (size_t first = 0, last = 0; first < count; first = last) {
      for (last = first + 1; last < count && from[last].key_hash == from[first].key_hash;) ++last;
      if (last - first > 1) std::sort(from + first, from + last);
    }
  }
  name_index_.erase(std::unique(name_index_.begin(), name_index_.end(),
                                [](const NameEntry& a, const NameEntry& b) {
                                  return a.key_hash == b.key_hash && a.node == b.node;
                                }),
                    name_index_.end());
  name_index_sorted_ = true;
}

void PropertyGraph::hashAllNames() const {
  const size_t count = nodes_.size();
  name_hashes_.assign(count, 0);
  shared_names_.assign((count + 63) / 64, 0);
  struct Named {
    uint64_t hash;
    uint32_t node;
  };
  std::vector<Named> named, buffer;
  named.reserve(count);
  for (uint32_t node = 0; node < count; ++node) {
    std::string_view text;
    if (!nodeNameText(node, text)) continue;
    uint64_t hash = hashText(text);  // never 0, which stands for no name
    name_hashes_[node] = hash;
    named.push_back(Named{hash, node});
  }
  // Equal low 32 bits count as shared too: a few more names than needed, two passes not four.
  buffer.resize(named.size());
  const Named* sorted = radixSort(
      named.data(), buffer.data(), named.size(),
      [](const Named& entry) { return entry.hash & UINT32_MAX; }, UINT32_MAX, 16);
  for (size_t first = 0, last = 0; first < named.size(); first = last) {
    uint64_t low = sorted[first].hash & UINT32_MAX;
    for (last = first + 1; last < named.size() && (sorted[last].hash & UINT32_MAX) == low;) ++last;
    if (last - first > 1)
      for (size_t i = first; i < last; ++i)
        shared_names_[sorted[i].node / 64] |= uint64_t{1} << (sorted[i].node % 64);
  }
  name_hashes_changes_ = changes_;
}

std::vector<uint32_t> PropertyGraph::findByName(std::string_view name) const {
  std::string key = nameKey(name);
  sortNameIndex();
  auto range = std::equal_range(
      std::as_const(name_index_).begin(), std::as_const(name_index_).end(),
      NameEntry{hashKey(key), 0},
      [](const NameEntry& a, const NameEntry& b) { return a.key_hash < b.key_hash; });
  std::vector<uint32_t> nodes;
  for (auto it = range.first; it != range.second; ++it)
    if (!nodes_[it->node].deleted && answersTo(it->node, key))  // rules out hash collisions
      nodes.push_back(it->node);
  return nodes;
}

std::vector<std::string> PropertyGraph::nodePropertyKeys() const {
  std::set<std::string> keys;
  // Flags first, stopping once all three are seen: a set insertion per node made this cost
  // tens of milliseconds on a large graph, and the query notifications call it per query.
  bool name = false, aliases = false, type = false;
  for (const NodeFields& fields : node_fields_) {
    name = name || fields.has_name;
    aliases = aliases || fields.has_aliases;
    type = type || fields.derived_type >= 0;
    if (name && aliases && type) break;
  }
  if (name) keys.insert("name");
  if (aliases) keys.insert("aliases");
  if (type) keys.insert("type");
  for (const ValueMap& extra : node_extra_)
    for (const auto& [key, value] : extra) keys.insert(key);
  return {keys.begin(), keys.end()};
}

std::vector<std::string> PropertyGraph::edgePropertyKeys() const {
  loadArticles();
  std::set<std::string> keys;
  for (const Edge& edge : edges_)
    if (edge.news) {
      keys.insert({"status", "mentions", "confidence", "evidence"});
      if (hasDates()) keys.insert({"first_seen", "last_seen"});
      for (const ArticleInfo& info : article_info_)
        if (!info.source.empty()) {
          keys.insert("sources");
          break;
        }
      break;
    }
  for (const ValueMap& extra : extra_)
    for (const auto& [key, value] : extra) keys.insert(key);
  return {keys.begin(), keys.end()};
}

void PropertyGraph::indexNames(uint32_t node) {
  forEachName(node, [&](std::string_view name) {
    name_index_.push_back(NameEntry{hashKey(nameKey(name)), node});
    name_index_sorted_ = false;
  });
}

}  // namespace kg

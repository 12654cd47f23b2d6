// The in-memory graph that queries walk: compact node and edge records, the evidence sentences in
// one text arena, an adjacency index in compressed sparse rows (out- and in-edges of every node
// in edge order) and an index from every name and alias (nameKey) to its nodes. Built in bulk
// from the GraphStore by GraphStore::load, or one node and edge at a time (the TCK runner and
// CREATE do). Sized for millions of edges: see bench/PROFILE.md for the bytes per edge.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "graph/mapped_array.h"
#include "graph/model.h"
#include "graph/value.h"

namespace kg {

class GraphStore;

// A stored date 'YYYY-MM-DD' (checked when it was ingested) as a Cypher DATE, so that
// r.first_seen >= date('2024-01-01') compares dates; text that is no date stays text.
Value storedDateValue(std::string_view text);

// One evidence sentence of an edge, as views into the graph (valid while the graph lives and is
// not modified).
struct EvidenceView {
  std::string_view article;
  std::string_view sentence;
  int64_t start = 0;
  int64_t end = 0;
  std::string_view event_date;  // see Evidence; empty when the sentence dates no event
  std::string_view event_words;
};

// Where a graph loaded without its evidence reads it on first use: the sentences of the edge
// stored as `edge_store_id`, oldest first, at most `count`.
class EvidenceSource {
 public:
  virtual ~EvidenceSource() = default;
  virtual std::vector<Evidence> fetch(int64_t edge_store_id, uint32_t count) = 0;
};

// Hashes std::string and std::string_view alike, so a map keyed by std::string is searched
// with a view and no string is built for the lookup.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename T>
using TextMap = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;

class PropertyGraph {
 public:
  // A node's store row; its labels are read with nodeLabels, its properties with
  // nodeProperty/nodeProperties.
  struct Node {
    int64_t store_id = -1;   // row id in the store, -1 when not stored
    uint32_t label_set = 0;  // index into the distinct label lists (see nodeLabels)
    bool deleted = false;    // removed by DELETE: no scan, walk or name finds it
    uint8_t unused[3] = {};  // (records read in place from a snapshot have no padding)
  };

  // News edges keep their well-known properties in fields (compact for millions of edges);
  // any other property lives in `extra`.
  struct Edge {
    int64_t store_id = -1;
    uint32_t source = 0;
    uint32_t target = 0;
    uint32_t type = 0;     // index into relationTypes()
    bool news = false;     // status/mentions/confidence/evidence fields are meaningful
    bool deleted = false;  // removed by DELETE: no walk or edgesOfType finds it
    EdgeStatus status = EdgeStatus::Asserted;
    uint8_t unused = 0;
    float confidence = 1.0f;
    uint32_t mentions = 0;
    uint32_t evidence_first = 0;  // evidence(e, i) for i < mentions
    int32_t extra = -1;           // index into extra property maps, -1 when none
  };

  PropertyGraph() = default;
  PropertyGraph(const PropertyGraph&) = delete;
  PropertyGraph& operator=(const PropertyGraph&) = delete;
  PropertyGraph(PropertyGraph&&) = default;
  PropertyGraph& operator=(PropertyGraph&&) = default;

  // --- building ---------------------------------------------------------------------------
  uint32_t addNode(std::vector<std::string> labels, ValueMap properties, int64_t store_id = -1);
  // A hand-made edge with arbitrary properties.
  uint32_t addEdge(uint32_t source, uint32_t target, std::string_view type, ValueMap properties,
                   int64_t store_id = -1);
  // A news edge with its evidence (mentions = evidence.size()).
  uint32_t addNewsEdge(uint32_t source, uint32_t target, std::string_view type, EdgeStatus status,
                       double confidence, const std::vector<Evidence>& evidence,
                       int64_t store_id = -1);
  // Sets (or with a null value removes) a property; keeps the name index current.
  void setNodeProperty(uint32_t node, const std::string& key, Value value);
  void setEdgeProperty(uint32_t edge, const std::string& key, Value value);
  void addLabel(uint32_t node, const std::string& label);
  void removeLabel(uint32_t node, const std::string& label);
  // DELETE: the edges, then the nodes (which must have no edges left), stay as records (values
  // in a result still name them) marked deleted; walks, scans, edgesOfType, findByName and
  // labels() no longer see them. Each call rebuilds the adjacency rows once.
  void deleteEdges(const std::vector<uint32_t>& edges);
  void deleteNodes(const std::vector<uint32_t>& nodes);
  void reserve(size_t nodes, size_t edges);

  // --- reading ----------------------------------------------------------------------------
  // Records, those DELETE marked deleted included (see Node::deleted, Edge::deleted).
  size_t nodeCount() const { return nodes_.size(); }
  size_t edgeCount() const { return edges_.size(); }
  // Grows with every change (added, set, labelled, deleted): whether a statement wrote anything.
  uint64_t changeCount() const { return changes_; }
  // Whether DELETE ever marked a node (relationship) deleted. Until it has, an element is known
  // to be live without reading its record, which on a large graph is a cache miss per element.
  bool anyNodeDeleted() const { return any_node_deleted_; }
  bool anyEdgeDeleted() const { return any_edge_deleted_; }
  bool nodeDeleted(uint32_t index) const { return any_node_deleted_ && nodes_[index].deleted; }
  bool edgeDeleted(uint32_t index) const { return any_edge_deleted_ && edges_[index].deleted; }
  const Node& node(uint32_t index) const { return nodes_[index]; }
  const Edge& edge(uint32_t index) const { return edges_[index]; }

  const std::string& relationType(uint32_t type) const { return relation_types_[type]; }
  const std::vector<std::string>& relationTypes() const { return relation_types_; }
  std::optional<uint32_t> findRelationType(std::string_view name) const;
  const std::string& edgeType(uint32_t edge) const { return relation_types_[edges_[edge].type]; }
  // A run of edge indices (valid until the graph changes).
  struct EdgeList {
    const uint32_t* first = nullptr;
    const uint32_t* last = nullptr;
    const uint32_t* begin() const { return first; }
    const uint32_t* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
  };
  // Every edge of a relation type, in edge order (an index built on first use).
  EdgeList edgesOfType(uint32_t type) const;

  // "Person", ... (any labels for hand-made graphs), in the order they were given.
  const std::vector<std::string>& nodeLabels(uint32_t node) const {
    return label_sets_[nodes_[node].label_set];
  }
  bool hasLabel(uint32_t node, std::string_view label) const;
  std::vector<std::string> labels() const;  // every distinct label, sorted

  // A property of a node or edge; null when absent. Stored actor nodes have name, type and
  // aliases. Edge properties of news edges include status, mentions, confidence and evidence
  // (a list of maps: article, sentence, start, end).
  Value nodeProperty(uint32_t node, std::string_view key) const;
  ValueMap nodeProperties(uint32_t node) const;
  Value edgeProperty(uint32_t edge, std::string_view key) const;
  ValueMap edgeProperties(uint32_t edge) const;
  // Evidence sentence i (< edge(e).mentions) of news edge e.
  EvidenceView evidence(uint32_t edge, uint32_t i) const;
  // What is known of the article called `name` (empty fields when nothing, or no such article).
  const ArticleInfo& articleInfo(std::string_view name) const;
  // Whether some article has a publication date: news edges then have first_seen and last_seen.
  bool hasDates() const { return !edge_seen_.empty(); }
  // The first and last publication dates (YYYY-MM-DD) of a news edge's articles; empty when
  // none of them is dated.
  std::pair<std::string_view, std::string_view> edgeSeen(uint32_t edge) const;

  // The text of a node's name when it is kept as a field (always a string), without building a
  // Value: false when the name is absent or kept among the other properties, where it may be of
  // another type (read it with nodeProperty then). Valid until the graph changes.
  bool nodeNameText(uint32_t node, std::string_view& text) const {
    const NodeFields& fields = node_fields_[node];
    if (!fields.has_name) return false;
    text = nodeText(fields.name);
    return true;
  }
  // Nodes whose name or one of whose aliases has this nameKey (case- and accent-insensitive),
  // in node order.
  std::vector<uint32_t> findByName(std::string_view name) const;
  // hashText of the node's name when it keeps one as a field (nodeNameText), else 0; and
  // whether no other node has a name of that hash, so none has the same name: grouping by name
  // may then take the node for a group of its own without reading or comparing its name. Both
  // are worked out for all nodes at the first call after a change (a few ms at 200k nodes).
  uint64_t nameHash(uint32_t node) const {
    hashNames();
    return node < name_hashes_.size() ? name_hashes_[node] : 0;
  }
  bool nameUnshared(uint32_t node) const {
    hashNames();
    return node < name_hashes_.size() && name_hashes_[node] != 0 &&
           !(shared_names_[node / 64] >> (node % 64) & 1);
  }
  // Calls visit(std::string_view) with the node's name, then each alias (the names findByName
  // finds it by), without building property values.
  template <typename Visit>
  void forEachName(uint32_t node, Visit&& visit) const {
    const NodeFields& fields = node_fields_[node];
    if (fields.has_name) visit(nodeText(fields.name));
    if (fields.has_aliases)
      for (uint32_t i = 0; i < fields.alias_count; ++i)
        visit(nodeText(alias_refs_[fields.aliases_first + i]));
  }
  // A hint that the node's properties are about to be read: starts loading its record into the
  // cache and, with `name_text`, the text of its name, whose address is in that record (so give
  // the record a head start first). A loop reading the properties of many scattered nodes that
  // prefetches a few nodes ahead overlaps their cache misses instead of waiting for each in turn.
  // Always inlined: GCC takes a function that only prefetches for one without effects and
  // drops the calls to it.
  [[gnu::always_inline]] void prefetchNode(uint32_t node, bool name_text = false) const {
    if (node >= node_fields_.size()) return;
    const NodeFields& fields = node_fields_[node];
    __builtin_prefetch(&fields);
    if (name_text) __builtin_prefetch(node_text_.data() + fields.name.offset);
  }
  // The same for a relationship's record (see prefetchNode).
  [[gnu::always_inline]] void prefetchEdge(uint32_t edge) const {
    if (edge < edges_.size()) __builtin_prefetch(&edges_[edge]);
  }
  // Every property key some node (edge) has, sorted.
  std::vector<std::string> nodePropertyKeys() const;
  std::vector<std::string> edgePropertyKeys() const;

  // Calls visit(edge index) for each out- (in-) edge of a node, in edge order. A visitor that
  // returns bool stops the walk by returning false; the call then returns false.
  template <typename Visit>
  bool forEachOutEdge(uint32_t node, Visit&& visit) const {
    return walk(out_start_, out_edges_, out_recent_, node, visit);
  }
  template <typename Visit>
  bool forEachInEdge(uint32_t node, Visit&& visit) const {
    return walk(in_start_, in_edges_, in_recent_, node, visit);
  }

  // The same edges as two contiguous runs of edge indices, for iterators (graph/boost_graph.h):
  // the node's compressed row, then the edges added since the rows were built (often none).
  struct EdgeRuns {
    const uint32_t* rows_begin = nullptr;
    const uint32_t* rows_end = nullptr;
    const uint32_t* recent_begin = nullptr;
    const uint32_t* recent_end = nullptr;
  };
  EdgeRuns outEdgeRuns(uint32_t node) const {
    return runs(out_start_, out_edges_, out_recent_, node);
  }
  EdgeRuns inEdgeRuns(uint32_t node) const { return runs(in_start_, in_edges_, in_recent_, node); }

 private:
  friend class GraphStore;          // GraphStore::load fills the arrays in bulk
  friend class GraphSnapshotCodec;  // graph_snapshot.cc writes and reads them whole

  // A piece of node_text_.
  struct TextRef {
    uint64_t offset = 0;
    uint64_t length = 0;
  };
  // Name, aliases and the actor type are fields (most nodes have only these); any other
  // property, or one of these with a value of another type, lives in node_extra_. The name and
  // aliases are text in node_text_; the aliases a run of alias_refs_.
  struct NodeFields {
    TextRef name;
    uint32_t aliases_first = 0;
    uint32_t alias_count = 0;
    bool has_name = false;
    bool has_aliases = false;
    int8_t derived_type = -1;  // ActorType of a stored actor node's label, -1 when none
    uint8_t unused = 0;
    int32_t extra = -1;  // index into node_extra_, -1 when none
  };
  std::string_view nodeText(TextRef text) const {
    return {node_text_.data() + text.offset, text.length};
  }
  TextRef addNodeText(std::string_view text);
  // Gives a node these aliases (a new run of alias_refs_).
  void setAliases(NodeFields& fields, const std::vector<std::string_view>& aliases);
  uint32_t internLabelSet(const std::vector<std::string>& labels);
  struct EvidenceRecord {
    uint64_t text_offset = 0;  // into evidence_text_
    uint32_t text_length = 0;
    uint32_t article = 0;  // index into articles_
    int64_t start = 0;
    int64_t end = 0;
    uint32_t event = 0;  // index into event_dates_ (0: none)
    uint32_t unused = 0;
  };
  static constexpr uint32_t kEvidenceNotLoaded = UINT32_MAX;  // Edge::evidence_first

  struct NameEntry {
    uint64_t key_hash;
    uint32_t node;
    uint32_t unused = 0;
    bool operator<(const NameEntry& other) const {
      return key_hash != other.key_hash ? key_hash < other.key_hash : node < other.node;
    }
  };

  template <typename Visit>
  static bool visitEdge(Visit& visit, uint32_t edge) {
    if constexpr (std::is_same_v<std::invoke_result_t<Visit&, uint32_t>, bool>)
      return visit(edge);
    else
      return visit(edge), true;
  }
  template <typename Visit>
  bool walk(const MappedArray<uint32_t>& start, const MappedArray<uint32_t>& edges,
            const std::unordered_map<uint32_t, std::vector<uint32_t>>& recent, uint32_t node,
            Visit& visit) const {
    if (node + 1 < start.size())
      for (uint32_t i = start[node], end = start[node + 1]; i < end; ++i)
        if (!visitEdge(visit, edges[i])) return false;
    if (!recent.empty())
      if (auto it = recent.find(node); it != recent.end())
        for (uint32_t edge : it->second)
          if (!visitEdge(visit, edge)) return false;
    return true;
  }

  static EdgeRuns runs(const MappedArray<uint32_t>& start, const MappedArray<uint32_t>& edges,
                       const std::unordered_map<uint32_t, std::vector<uint32_t>>& recent,
                       uint32_t node) {
    EdgeRuns result;
    if (node + 1 < start.size()) {
      result.rows_begin = edges.data() + start[node];
      result.rows_end = edges.data() + start[node + 1];
    }
    result.recent_begin = result.recent_end = result.rows_end;
    if (!recent.empty())
      if (auto it = recent.find(node); it != recent.end() && !it->second.empty()) {
        result.recent_begin = it->second.data();
        result.recent_end = it->second.data() + it->second.size();
      }
    return result;
  }
  static uint64_t hashKey(std::string_view key);
  bool answersTo(uint32_t node, std::string_view key) const;
  void assignNodeProperty(uint32_t node, const std::string& key, Value value);
  void indexNames(uint32_t node);
  void sortNameIndex() const;
  uint32_t internType(std::string_view type);
  uint32_t internArticle(std::string_view name);
  // The index in event_dates_ of an event date and its words (0 when both are empty).
  uint32_t internEventDate(std::string_view date, std::string_view words);
  void setArticleInfo(uint32_t article, ArticleInfo info);
  // Records a news edge's first and last publication dates (edge_seen_ sized on first use).
  void setEdgeSeen(uint32_t edge, std::string_view first, std::string_view last);
  // The index in seen_dates_ of a publication date, added when new.
  uint32_t internSeenDate(std::string_view date);
  // Sets edge_seen_ from the evidence in memory (GraphStore::load sets it from SQL when the
  // evidence is not loaded).
  void computeEdgeSeenFromEvidence();
  void linkEdge(uint32_t edge);
  // Rebuilds the compressed sparse rows from every edge; the recent lists become empty.
  void rebuildAdjacency();

  MappedArray<Node> nodes_;
  MappedArray<NodeFields> node_fields_;
  MappedArray<char> node_text_;
  MappedArray<TextRef> alias_refs_;
  // The distinct label lists of nodes (Node::label_set), entry 0 the empty list.
  std::vector<std::vector<std::string>> label_sets_{{}};
  std::map<std::vector<std::string>, uint32_t> label_set_index_{{{}, 0}};
  std::vector<ValueMap> node_extra_;
  MappedArray<Edge> edges_;
  std::vector<ValueMap> extra_;
  std::vector<std::string> relation_types_;
  TextMap<uint32_t> relation_type_index_;

  std::vector<EvidenceRecord> evidence_;
  std::string evidence_text_;
  // Distinct (event date, words) pairs of evidence; entry 0 is the empty pair.
  std::vector<std::pair<std::string, std::string>> event_dates_{{}};
  std::map<std::pair<std::string, std::string>, uint32_t> event_date_index_;
  // Reads articles_, article_index_ and article_info_ when a snapshot left them for later
  // (most queries never ask for them); every use of the three calls it first.
  void loadArticles() const {
    if (pending_articles_) {
      auto load = std::move(pending_articles_);
      pending_articles_ = nullptr;
      load(const_cast<PropertyGraph&>(*this));
    }
  }
  mutable std::function<void(PropertyGraph&)> pending_articles_;
  std::vector<std::string> articles_;
  TextMap<uint32_t> article_index_;
  std::vector<ArticleInfo> article_info_;  // by article index; shorter when the tail has none
  // Per edge, indices into seen_dates_ of its first and last publication date (UINT32_MAX: not
  // dated); empty when no article is dated.
  struct SeenRange {
    uint32_t first = UINT32_MAX;
    uint32_t last = UINT32_MAX;
  };
  MappedArray<SeenRange> edge_seen_;
  std::vector<std::string> seen_dates_;  // distinct dates, in no particular order
  std::vector<Value> seen_date_values_;  // the same as DATE values (read per row by queries)
  TextMap<uint32_t> seen_date_index_;

  // Adjacency: rows for the edges that existed at the last rebuild (start has nodes + 1
  // entries), and per node the edges added since. Rebuilt when the recent edges outnumber them.
  MappedArray<uint32_t> out_start_, out_edges_, in_start_, in_edges_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> out_recent_, in_recent_;
  size_t recent_edges_ = 0;

  // Evidence of edges loaded without it (evidence_first == kEvidenceNotLoaded), fetched on
  // first use; the vectors never change once fetched, so views into them stay valid.
  std::shared_ptr<EvidenceSource> evidence_source_;
  mutable std::unordered_map<uint32_t, std::vector<Evidence>> fetched_evidence_;

  // Edges by relation type, for edgesOfType, as compressed rows (type_start_ has a row per
  // relation type + 1); rebuilt when edges were added since.
  mutable MappedArray<uint32_t> type_start_, type_edges_;
  mutable size_t edges_by_type_count_ = 0;

  // (hash of nameKey, node) for every name and alias, sorted on first use after a change.
  mutable MappedArray<NameEntry> name_index_;
  mutable bool name_index_sorted_ = true;
  // Per node its nameHash, and a bit: another node's name has the same hash (nameUnshared);
  // as of changeCount() name_hashes_changes_ and name_hashes_.size() nodes.
  void hashNames() const {
    if (name_hashes_changes_ != changes_ || name_hashes_.size() != nodes_.size()) hashAllNames();
  }
  void hashAllNames() const;
  mutable std::vector<uint64_t> name_hashes_;
  mutable std::vector<uint64_t> shared_names_;
  mutable uint64_t name_hashes_changes_ = UINT64_MAX;

  uint64_t changes_ = 0;  // changeCount()
  bool any_node_deleted_ = false;
  bool any_edge_deleted_ = false;
};

}  // namespace kg

// The in-memory graph that queries walk: a Boost.Graph adjacency_list (bidirectional, so both
// directions are cheap) whose vertices and edges index into compact node and edge records, plus
// an index from every name and alias (nameKey) to its nodes. Built from the GraphStore by
// GraphStore::load, or filled directly (the TCK runner and CREATE do).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/value.h"

namespace kg {

class PropertyGraph {
 public:
  // Vertex i of the topology is node i; each topology edge carries its edge index.
  using Topology =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                            uint32_t, boost::no_property, boost::vecS>;

  struct Node {
    int64_t store_id = -1;            // row id in the store, -1 when not stored
    std::vector<std::string> labels;  // "Person", ... (any labels for hand-made graphs)
    ValueMap properties;              // name, type, aliases, and anything CREATE set
  };

  // News edges keep their well-known properties in fields (compact for millions of edges);
  // any other property lives in `extra`.
  struct Edge {
    int64_t store_id = -1;
    uint32_t source = 0;
    uint32_t target = 0;
    uint32_t type = 0;  // index into relationTypes()
    bool news = false;  // status/mentions/confidence/evidence fields are meaningful
    EdgeStatus status = EdgeStatus::Asserted;
    float confidence = 1.0f;
    uint32_t mentions = 0;
    uint32_t evidence_first = 0;  // evidence(e) = [evidence_first, evidence_first + mentions)
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
                       double confidence, std::vector<Evidence> evidence, int64_t store_id = -1);
  // Sets (or with a null value removes) a property; keeps the name index current.
  void setNodeProperty(uint32_t node, const std::string& key, Value value);
  void setEdgeProperty(uint32_t edge, const std::string& key, Value value);
  void addLabel(uint32_t node, const std::string& label);
  void reserve(size_t nodes, size_t edges);

  // --- reading ----------------------------------------------------------------------------
  size_t nodeCount() const { return nodes_.size(); }
  size_t edgeCount() const { return edges_.size(); }
  const Node& node(uint32_t index) const { return nodes_[index]; }
  const Edge& edge(uint32_t index) const { return edges_[index]; }
  const Topology& topology() const { return topology_; }

  const std::string& relationType(uint32_t type) const { return relation_types_[type]; }
  const std::vector<std::string>& relationTypes() const { return relation_types_; }
  std::optional<uint32_t> findRelationType(std::string_view name) const;
  const std::string& edgeType(uint32_t edge) const { return relation_types_[edges_[edge].type]; }

  bool hasLabel(uint32_t node, std::string_view label) const;
  std::vector<std::string> labels() const;  // every distinct label, sorted

  // A property of a node or edge; null when absent. Edge properties of news edges include
  // status, mentions, confidence and evidence (a list of maps: article, sentence, start, end).
  Value nodeProperty(uint32_t node, std::string_view key) const;
  Value edgeProperty(uint32_t edge, std::string_view key) const;
  ValueMap edgeProperties(uint32_t edge) const;
  const Evidence* evidenceBegin(uint32_t edge) const;  // mentions() entries follow

  // Nodes whose name or one of whose aliases has this nameKey (case- and accent-insensitive).
  const std::vector<uint32_t>& findByName(std::string_view name) const;
  // Every indexed name key, for completion.
  std::vector<std::string> indexedNames() const;

  // Out- and in-edges of a node, as edge indices.
  template <typename Visit>
  void forEachOutEdge(uint32_t node, Visit&& visit) const {
    for (auto [it, end] = boost::out_edges(node, topology_); it != end; ++it) visit(topology_[*it]);
  }
  template <typename Visit>
  void forEachInEdge(uint32_t node, Visit&& visit) const {
    for (auto [it, end] = boost::in_edges(node, topology_); it != end; ++it) visit(topology_[*it]);
  }

 private:
  void indexNames(uint32_t node);
  void unindexNames(uint32_t node);
  uint32_t internType(std::string_view type);

  Topology topology_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<Evidence> evidence_;
  std::vector<ValueMap> extra_;
  std::vector<std::string> relation_types_;
  std::unordered_map<std::string, uint32_t> relation_type_index_;
  std::unordered_map<std::string, std::vector<uint32_t>> name_index_;
};

}  // namespace kg

#include "export/subgraph.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace kg {

Subgraph Subgraph::all(const PropertyGraph& graph) {
  Subgraph subgraph;
  subgraph.nodes_.resize(graph.nodeCount());
  std::iota(subgraph.nodes_.begin(), subgraph.nodes_.end(), 0u);
  subgraph.edges_.resize(graph.edgeCount());
  std::iota(subgraph.edges_.begin(), subgraph.edges_.end(), 0u);
  return subgraph;
}

Subgraph Subgraph::of(const PropertyGraph& graph, const std::vector<uint32_t>& nodes,
                      const std::vector<uint32_t>& edges) {
  Subgraph subgraph;
  subgraph.nodes_ = nodes;
  subgraph.edges_ = edges;
  for (uint32_t edge : edges) {
    subgraph.nodes_.push_back(graph.edge(edge).source);
    subgraph.nodes_.push_back(graph.edge(edge).target);
  }
  for (auto* list : {&subgraph.nodes_, &subgraph.edges_}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return subgraph;
}

namespace {

void collect(const Value& value, std::vector<uint32_t>& nodes, std::vector<uint32_t>& edges) {
  if (value.is<NodeRef>()) {
    nodes.push_back(value.as<NodeRef>().index);
  } else if (value.is<EdgeRef>()) {
    edges.push_back(value.as<EdgeRef>().index);
  } else if (value.is<PathValue>()) {
    const PathValue& path = value.as<PathValue>();
    nodes.insert(nodes.end(), path.nodes.begin(), path.nodes.end());
    edges.insert(edges.end(), path.edges.begin(), path.edges.end());
  } else if (value.is<ValueList>()) {
    for (const Value& item : value.as<ValueList>()) collect(item, nodes, edges);
  } else if (value.is<ValueMap>()) {
    for (const auto& [key, item] : value.as<ValueMap>()) collect(item, nodes, edges);
  }
}

}  // namespace

Subgraph Subgraph::ofValues(const PropertyGraph& graph,
                            const std::vector<std::vector<Value>>& rows) {
  std::vector<uint32_t> nodes, edges;
  for (const auto& row : rows)
    for (const Value& value : row) collect(value, nodes, edges);
  return of(graph, nodes, edges);
}

std::string nodeId(const PropertyGraph& graph, uint32_t node) {
  int64_t id = graph.node(node).store_id;
  return id >= 0 ? "n" + std::to_string(id) : "m" + std::to_string(node);
}

std::string edgeId(const PropertyGraph& graph, uint32_t edge) {
  int64_t id = graph.edge(edge).store_id;
  return id >= 0 ? "e" + std::to_string(id) : "r" + std::to_string(edge);
}

}  // namespace kg

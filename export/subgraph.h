// The part of a PropertyGraph an export writes: every node and edge, or only those a query
// returned (edges bring their end nodes along).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"

namespace kg {

class Subgraph {
 public:
  // The whole graph.
  static Subgraph all(const PropertyGraph& graph);
  // Only these nodes and edges, plus the end nodes of the edges.
  static Subgraph of(const PropertyGraph& graph, const std::vector<uint32_t>& nodes,
                     const std::vector<uint32_t>& edges);
  // The nodes, relationships and paths in query result rows (also inside lists and maps);
  // other values are ignored.
  static Subgraph ofValues(const PropertyGraph& graph, const std::vector<std::vector<Value>>& rows);

  const std::vector<uint32_t>& nodes() const { return nodes_; }  // ascending
  const std::vector<uint32_t>& edges() const { return edges_; }  // ascending

 private:
  std::vector<uint32_t> nodes_;
  std::vector<uint32_t> edges_;
};

// Stable identifiers: "n<store id>" / "e<store id>" for stored elements, "m<index>" /
// "r<index>" for elements that exist only in memory.
std::string nodeId(const PropertyGraph& graph, uint32_t node);
std::string edgeId(const PropertyGraph& graph, uint32_t edge);

}  // namespace kg

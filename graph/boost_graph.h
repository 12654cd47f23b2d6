// PropertyGraph as a Boost.Graph graph, without copying it: vertices are node indices, edges are
// edge indices, and out- and in-edges are read from the compressed rows in place. It models
// IncidenceGraph, BidirectionalGraph, VertexListGraph and EdgeListGraph, with the identity as
// vertex_index, so Boost's own algorithms (and boost::filtered_graph over it) run on the graph
// that queries walk.
#pragma once

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <utility>

#include "graph/property_graph.h"

namespace kg {

// Walks a node's PropertyGraph::EdgeRuns: the compressed row, then the recent edges.
class EdgeRunIterator : public boost::iterator_facade<EdgeRunIterator, uint32_t,
                                                      std::forward_iterator_tag, uint32_t> {
 public:
  EdgeRunIterator() = default;
  static EdgeRunIterator begin(const PropertyGraph::EdgeRuns& runs) {
    return {runs.rows_begin != runs.rows_end ? runs.rows_begin : runs.recent_begin, runs};
  }
  static EdgeRunIterator end(const PropertyGraph::EdgeRuns& runs) {
    return {runs.recent_end, runs};
  }

 private:
  friend class boost::iterator_core_access;
  EdgeRunIterator(const uint32_t* position, const PropertyGraph::EdgeRuns& runs)
      : position_(position), rows_end_(runs.rows_end), recent_begin_(runs.recent_begin) {}
  void increment() {
    if (++position_ == rows_end_) position_ = recent_begin_;
  }
  bool equal(const EdgeRunIterator& other) const { return position_ == other.position_; }
  uint32_t dereference() const { return *position_; }

  const uint32_t* position_ = nullptr;
  const uint32_t* rows_end_ = nullptr;
  const uint32_t* recent_begin_ = nullptr;
};

struct PropertyGraphTraversal : boost::bidirectional_graph_tag,  // incidence graph too
                                boost::vertex_list_graph_tag,
                                boost::edge_list_graph_tag {};

// The graph_traits of the graphs over node and edge indices (PropertyGraph here, the
// EdgeSelection view in graph_algorithms.h), which differ only in their edge iterators.
template <typename OutEdgeIterator, typename EdgeIterator>
struct IndexGraphTraits {
  using vertex_descriptor = uint32_t;
  using edge_descriptor = uint32_t;
  using directed_category = boost::bidirectional_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = PropertyGraphTraversal;
  using vertices_size_type = uint32_t;
  using edges_size_type = uint32_t;
  using degree_size_type = uint32_t;
  using out_edge_iterator = OutEdgeIterator;
  using in_edge_iterator = OutEdgeIterator;
  using vertex_iterator = boost::counting_iterator<uint32_t>;
  using edge_iterator = EdgeIterator;
  using adjacency_iterator = void;
  static vertex_descriptor null_vertex() { return UINT32_MAX; }
};

// vertex_index is the node index itself.
struct IdentityVertexIndex {
  using type = boost::typed_identity_property_map<uint32_t>;
  using const_type = type;
};

}  // namespace kg

namespace boost {

template <>
struct graph_traits<kg::PropertyGraph>
    : kg::IndexGraphTraits<kg::EdgeRunIterator, counting_iterator<uint32_t>> {};
template <>
struct graph_traits<const kg::PropertyGraph> : graph_traits<kg::PropertyGraph> {};
template <>
struct property_map<kg::PropertyGraph, vertex_index_t> : kg::IdentityVertexIndex {};
template <>
struct property_map<const kg::PropertyGraph, vertex_index_t> : kg::IdentityVertexIndex {};

}  // namespace boost

namespace kg {

// The free functions Boost.Graph's concepts name, found by argument-dependent lookup.
inline uint32_t source(uint32_t edge, const PropertyGraph& graph) {
  return graph.edge(edge).source;
}
inline uint32_t target(uint32_t edge, const PropertyGraph& graph) {
  return graph.edge(edge).target;
}
inline std::pair<EdgeRunIterator, EdgeRunIterator> out_edges(uint32_t node,
                                                             const PropertyGraph& graph) {
  PropertyGraph::EdgeRuns runs = graph.outEdgeRuns(node);
  return {EdgeRunIterator::begin(runs), EdgeRunIterator::end(runs)};
}
inline std::pair<EdgeRunIterator, EdgeRunIterator> in_edges(uint32_t node,
                                                            const PropertyGraph& graph) {
  PropertyGraph::EdgeRuns runs = graph.inEdgeRuns(node);
  return {EdgeRunIterator::begin(runs), EdgeRunIterator::end(runs)};
}
inline uint32_t runLength(const PropertyGraph::EdgeRuns& runs) {
  return static_cast<uint32_t>((runs.rows_end - runs.rows_begin) +
                               (runs.recent_end - runs.recent_begin));
}
inline uint32_t out_degree(uint32_t node, const PropertyGraph& graph) {
  return runLength(graph.outEdgeRuns(node));
}
inline uint32_t in_degree(uint32_t node, const PropertyGraph& graph) {
  return runLength(graph.inEdgeRuns(node));
}
inline uint32_t degree(uint32_t node, const PropertyGraph& graph) {
  return out_degree(node, graph) + in_degree(node, graph);
}
inline std::pair<boost::counting_iterator<uint32_t>, boost::counting_iterator<uint32_t>> vertices(
    const PropertyGraph& graph) {
  return {boost::counting_iterator<uint32_t>(0),
          boost::counting_iterator<uint32_t>(static_cast<uint32_t>(graph.nodeCount()))};
}
inline uint32_t num_vertices(const PropertyGraph& graph) {
  return static_cast<uint32_t>(graph.nodeCount());
}
inline std::pair<boost::counting_iterator<uint32_t>, boost::counting_iterator<uint32_t>> edges(
    const PropertyGraph& graph) {
  return {boost::counting_iterator<uint32_t>(0),
          boost::counting_iterator<uint32_t>(static_cast<uint32_t>(graph.edgeCount()))};
}
inline uint32_t num_edges(const PropertyGraph& graph) {
  return static_cast<uint32_t>(graph.edgeCount());
}
inline boost::typed_identity_property_map<uint32_t> get(boost::vertex_index_t,
                                                        const PropertyGraph&) {
  return {};
}

}  // namespace kg

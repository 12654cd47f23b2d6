// Graph analytics over the in-memory graph with Boost.Graph's own algorithms: PageRank,
// betweenness centrality (Brandes), weakly and strongly connected components, degrees and
// Dijkstra's shortest paths. Each runs on an EdgeSelection, a view of the PropertyGraph that
// keeps some relation types (and, for the centralities, one edge per ordered pair of nodes), so
// nothing is copied. The query stage exposes them as procedures (CALL algo.pageRank(...)).
#pragma once

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/filter_iterator.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/boost_graph.h"
#include "graph/property_graph.h"

namespace kg {

// Which edges an algorithm sees. Empty `relationships` keeps every type. With
// `one_edge_per_pair`, parallel edges (two relations between the same ordered pair, such as
// accused and sanctioned) count once, as in a simple directed graph (NetworkX's DiGraph).
struct EdgeScope {
  std::vector<std::string> relationships;
  bool one_edge_per_pair = false;
};

// A view of a PropertyGraph that keeps the edges an EdgeScope selects; all nodes stay. Models
// the same Boost.Graph concepts as PropertyGraph (boost_graph.h), with degrees counted once.
class EdgeSelection {
 public:
  EdgeSelection(const PropertyGraph& graph, const EdgeScope& scope);

  struct Keep {
    const std::vector<bool>* kept = nullptr;
    bool operator()(uint32_t edge) const { return (*kept)[edge]; }
  };
  using EdgeIterator = boost::filter_iterator<Keep, EdgeRunIterator>;
  using AllEdgesIterator = boost::filter_iterator<Keep, boost::counting_iterator<uint32_t>>;

  const PropertyGraph& graph() const { return graph_; }
  bool kept(uint32_t edge) const { return kept_[edge]; }
  uint32_t outDegree(uint32_t node) const { return out_degree_[node]; }
  uint32_t inDegree(uint32_t node) const { return in_degree_[node]; }
  uint32_t keptEdges() const { return kept_count_; }
  Keep keep() const { return Keep{&kept_}; }

 private:
  const PropertyGraph& graph_;
  std::vector<bool> kept_;
  std::vector<uint32_t> out_degree_, in_degree_;
  uint32_t kept_count_ = 0;
};

// PageRank as NetworkX and igraph define it (scores sum to 1; a node without out-edges spreads
// its score over all nodes), from Boost's page_rank (whose fixed point is the same up to that
// scale) iterated until no score moves by more than `tolerance`, or `max_iterations`.
std::vector<double> pageRank(const EdgeSelection& selection, double damping = 0.85,
                             double tolerance = 1e-10, int max_iterations = 1000);
// Betweenness centrality (Brandes), over ordered pairs of a directed graph; normalized divides
// by (n-1)(n-2), as NetworkX does.
std::vector<double> betweenness(const EdgeSelection& selection, bool normalized);
// Component of every node (weakly: edges read both ways; strongly: along their direction),
// numbered by the smallest node index in the component.
std::vector<uint32_t> weaklyConnectedComponents(const EdgeSelection& selection);
std::vector<uint32_t> stronglyConnectedComponents(const EdgeSelection& selection);

// Dijkstra from `source` along edge directions, each edge costing costs[edge] (>= 0). distance is
// infinity where unreachable; predecessor[v] is the edge into v on a shortest path (UINT32_MAX for
// the source and unreachable nodes).
struct ShortestPaths {
  std::vector<double> distance;
  std::vector<uint32_t> predecessor_edge;
};
// The edge costs: a numeric edge property by name (news edges: "mentions", "confidence"), 1 when
// the key is empty or an edge lacks it. Throws std::invalid_argument on a negative or
// non-numeric cost, naming the edge's relation.
std::vector<double> edgeCosts(const EdgeSelection& selection, const std::string& key);
ShortestPaths dijkstra(const EdgeSelection& selection, uint32_t source,
                       const std::vector<double>& costs);

}  // namespace kg

namespace boost {

template <>
struct graph_traits<kg::EdgeSelection>
    : kg::IndexGraphTraits<kg::EdgeSelection::EdgeIterator, kg::EdgeSelection::AllEdgesIterator> {};
template <>
struct graph_traits<const kg::EdgeSelection> : graph_traits<kg::EdgeSelection> {};
template <>
struct property_map<kg::EdgeSelection, vertex_index_t> : kg::IdentityVertexIndex {};
template <>
struct property_map<const kg::EdgeSelection, vertex_index_t> : kg::IdentityVertexIndex {};

}  // namespace boost

namespace kg {

inline uint32_t source(uint32_t edge, const EdgeSelection& view) {
  return view.graph().edge(edge).source;
}
inline uint32_t target(uint32_t edge, const EdgeSelection& view) {
  return view.graph().edge(edge).target;
}
inline std::pair<EdgeSelection::EdgeIterator, EdgeSelection::EdgeIterator> out_edges(
    uint32_t node, const EdgeSelection& view) {
  auto [first, last] = out_edges(node, view.graph());
  return {EdgeSelection::EdgeIterator(view.keep(), first, last),
          EdgeSelection::EdgeIterator(view.keep(), last, last)};
}
inline std::pair<EdgeSelection::EdgeIterator, EdgeSelection::EdgeIterator> in_edges(
    uint32_t node, const EdgeSelection& view) {
  auto [first, last] = in_edges(node, view.graph());
  return {EdgeSelection::EdgeIterator(view.keep(), first, last),
          EdgeSelection::EdgeIterator(view.keep(), last, last)};
}
inline uint32_t out_degree(uint32_t node, const EdgeSelection& view) {
  return view.outDegree(node);
}
inline uint32_t in_degree(uint32_t node, const EdgeSelection& view) { return view.inDegree(node); }
inline uint32_t degree(uint32_t node, const EdgeSelection& view) {
  return view.outDegree(node) + view.inDegree(node);
}
inline std::pair<boost::counting_iterator<uint32_t>, boost::counting_iterator<uint32_t>> vertices(
    const EdgeSelection& view) {
  return vertices(view.graph());
}
inline uint32_t num_vertices(const EdgeSelection& view) { return num_vertices(view.graph()); }
inline std::pair<EdgeSelection::AllEdgesIterator, EdgeSelection::AllEdgesIterator> edges(
    const EdgeSelection& view) {
  auto [first, last] = edges(view.graph());
  return {EdgeSelection::AllEdgesIterator(view.keep(), first, last),
          EdgeSelection::AllEdgesIterator(view.keep(), last, last)};
}
inline uint32_t num_edges(const EdgeSelection& view) { return view.keptEdges(); }
inline boost::typed_identity_property_map<uint32_t> get(boost::vertex_index_t,
                                                        const EdgeSelection&) {
  return {};
}

}  // namespace kg

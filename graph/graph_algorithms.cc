#include "graph/graph_algorithms.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/incremental_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_set>

namespace kg {

EdgeSelection::EdgeSelection(const PropertyGraph& graph, const EdgeScope& scope)
    : graph_(graph),
      kept_(graph.edgeCount(), false),
      out_degree_(graph.nodeCount(), 0),
      in_degree_(graph.nodeCount(), 0) {
  std::vector<bool> type_kept(graph.relationTypes().size(), scope.relationships.empty());
  for (const std::string& name : scope.relationships)
    if (auto type = graph.findRelationType(name)) type_kept[*type] = true;
  std::unordered_set<uint32_t> targets;  // of the node at hand, with one_edge_per_pair
  for (uint32_t node = 0; node < graph.nodeCount(); ++node) {
    targets.clear();
    graph.forEachOutEdge(node, [&](uint32_t edge) {
      const PropertyGraph::Edge& record = graph.edge(edge);
      if (!type_kept[record.type]) return;
      if (scope.one_edge_per_pair && !targets.insert(record.target).second) return;
      kept_[edge] = true;
      ++out_degree_[record.source];
      ++in_degree_[record.target];
      ++kept_count_;
    });
  }
}

namespace {

// page_rank's stopping rule: no score, scaled to a sum of 1, moved by more than the tolerance
// since the last call.
struct Converged {
  double tolerance;
  int max_iterations;
  std::vector<double>* previous;
  int* iterations;
  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& graph) const {
    bool first = (*iterations)++ == 0;
    uint32_t n = num_vertices(graph);
    double total = 0;
    for (uint32_t node = 0; node < n; ++node) total += get(rank, node);
    if (total <= 0) total = 1;
    double moved = 0;
    for (uint32_t node = 0; node < n; ++node) {
      double value = get(rank, node) / total;
      moved = std::max(moved, std::fabs(value - (*previous)[node]));
      (*previous)[node] = value;
    }
    return !first && (moved <= tolerance || *iterations > max_iterations);
  }
};

}  // namespace

std::vector<double> pageRank(const EdgeSelection& selection, double damping, double tolerance,
                             int max_iterations) {
  uint32_t n = num_vertices(selection);
  std::vector<double> rank(n, 0.0), scratch(n, 0.0), previous(n, 0.0);
  if (n == 0) return rank;
  int iterations = 0;
  auto index = boost::typed_identity_property_map<uint32_t>();
  boost::graph::page_rank(selection, boost::make_iterator_property_map(rank.begin(), index),
                          Converged{tolerance, max_iterations, &previous, &iterations}, damping, n,
                          boost::make_iterator_property_map(scratch.begin(), index));
  // Boost's fixed point is (1 - d) + d * (sum of in-neighbours' rank / out-degree); NetworkX's
  // differs from it only by a constant factor (its dangling and teleport terms are the same for
  // every node), so scaling to a sum of 1 gives NetworkX's scores.
  double total = 0;
  for (double value : rank) total += value;
  if (total > 0)
    for (double& value : rank) value /= total;
  return rank;
}

std::vector<double> betweenness(const EdgeSelection& selection, bool normalized) {
  uint32_t n = num_vertices(selection);
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  auto index = boost::typed_identity_property_map<uint32_t>();
  // The full overload, so that shortest-path counts are doubles: the named-parameter form counts
  // them in the degree type (32 bits), which overflows on graphs with many equal-length paths.
  using Edge = boost::graph_traits<EdgeSelection>::edge_descriptor;
  std::vector<std::vector<Edge>> incoming(n);
  std::vector<uint64_t> distance(n);
  std::vector<double> dependency(n), path_count(n);
  boost::brandes_betweenness_centrality(
      selection, boost::make_iterator_property_map(centrality.begin(), index),
      boost::dummy_property_map(), boost::make_iterator_property_map(incoming.begin(), index),
      boost::make_iterator_property_map(distance.begin(), index),
      boost::make_iterator_property_map(dependency.begin(), index),
      boost::make_iterator_property_map(path_count.begin(), index), index);
  if (normalized && n > 2)
    for (double& value : centrality) value /= static_cast<double>(n - 1) * (n - 2);
  return centrality;
}

namespace {

// Renumbers components by the smallest node index in each.
std::vector<uint32_t> bySmallestMember(const std::vector<uint32_t>& component) {
  std::vector<uint32_t> smallest(component.size(), UINT32_MAX), result(component.size());
  for (uint32_t node = 0; node < component.size(); ++node)
    smallest[component[node]] = std::min(smallest[component[node]], node);
  for (uint32_t node = 0; node < component.size(); ++node) result[node] = smallest[component[node]];
  return result;
}

}  // namespace

std::vector<uint32_t> weaklyConnectedComponents(const EdgeSelection& selection) {
  uint32_t n = num_vertices(selection);
  std::vector<uint32_t> rank(n), parent(n);
  boost::disjoint_sets<uint32_t*, uint32_t*> sets(rank.data(), parent.data());
  boost::initialize_incremental_components(selection, sets);
  boost::incremental_components(selection, sets);
  std::vector<uint32_t> component(n);
  for (uint32_t node = 0; node < n; ++node) component[node] = sets.find_set(node);
  return bySmallestMember(component);
}

std::vector<uint32_t> stronglyConnectedComponents(const EdgeSelection& selection) {
  uint32_t n = num_vertices(selection);
  std::vector<uint32_t> component(n, 0);
  if (n == 0) return component;
  boost::strong_components(
      selection, boost::make_iterator_property_map(component.begin(),
                                                   boost::typed_identity_property_map<uint32_t>()));
  return bySmallestMember(component);
}

std::vector<double> edgeCosts(const EdgeSelection& selection, const std::string& key) {
  const PropertyGraph& graph = selection.graph();
  std::vector<double> costs(graph.edgeCount(), 1.0);
  if (key.empty()) return costs;
  for (uint32_t edge = 0; edge < graph.edgeCount(); ++edge) {
    if (!selection.kept(edge)) continue;
    Value value = graph.edgeProperty(edge, key);
    if (value.isNull()) continue;
    if (value.is<int64_t>())
      costs[edge] = static_cast<double>(value.as<int64_t>());
    else if (value.is<double>())
      costs[edge] = value.as<double>();
    else
      throw std::invalid_argument("edge weight '" + key + "' of a " + graph.edgeType(edge) +
                                  " edge is not a number");
    if (!(costs[edge] >= 0))
      throw std::invalid_argument("edge weight '" + key + "' of a " + graph.edgeType(edge) +
                                  " edge is negative; Dijkstra needs weights >= 0");
  }
  return costs;
}

ShortestPaths dijkstra(const EdgeSelection& selection, uint32_t source,
                       const std::vector<double>& costs) {
  uint32_t n = num_vertices(selection);
  ShortestPaths paths;
  paths.distance.assign(n, std::numeric_limits<double>::infinity());
  paths.predecessor_edge.assign(n, UINT32_MAX);
  if (source >= n) return paths;
  auto index = boost::typed_identity_property_map<uint32_t>();
  auto predecessor = boost::make_iterator_property_map(paths.predecessor_edge.begin(), index);
  boost::dijkstra_shortest_paths(
      selection, source,
      boost::distance_map(boost::make_iterator_property_map(paths.distance.begin(), index))
          .weight_map(boost::make_iterator_property_map(costs.begin(), index))
          .vertex_index_map(index)
          .distance_inf(std::numeric_limits<double>::infinity())
          .visitor(boost::make_dijkstra_visitor(
              boost::record_edge_predecessors(predecessor, boost::on_edge_relaxed()))));
  return paths;
}

}  // namespace kg

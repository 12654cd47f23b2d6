// Every graph algorithm (graph/graph_algorithms.h: Boost.Graph over the PropertyGraph in place)
// against NetworkX (tests/networkx_algorithms.py) on the seed article's graph and on a generated
// graph of 10,000 edges, for all relations and for accused+sanctioned only: PageRank and
// betweenness within 1e-6, components identical, Dijkstra costs equal.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/graph_algorithms.h"
#include "graph/graph_store.h"
#include "graph/property_graph.h"
#include "test_support.h"

namespace {

using kg::testing::runCommand;
using kg::testing::ScratchDirectory;

// Writes the graph as networkx_algorithms.py reads it and returns its answer.
rapidjson::Document networkxAnswer(const kg::PropertyGraph& graph, const ScratchDirectory& scratch,
                                   uint32_t source) {
  std::string path = scratch.path() + "/edges.tsv";
  {
    std::ofstream out(path);
    out << "nodes " << graph.nodeCount() << '\n';
    for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
      const auto& edge = graph.edge(e);
      kg::Value mentions = graph.edgeProperty(e, "mentions");
      double cost = mentions.is<int64_t>() ? static_cast<double>(mentions.as<int64_t>()) : 1.0;
      out << edge.source << '\t' << edge.target << '\t' << graph.edgeType(e) << '\t' << cost
          << '\n';
    }
  }
  auto result = runCommand(
      {"/usr/bin/env", "python3", std::string(KG_SOURCE_DIR) + "/tests/networkx_algorithms.py",
       path, std::to_string(source)},
      "", 600);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document json;
  json.Parse(result.out.c_str());
  REQUIRE_FALSE(json.HasParseError());
  return json;
}

std::vector<std::vector<uint32_t>> partition(const std::vector<uint32_t>& component) {
  std::map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t node = 0; node < component.size(); ++node) members[component[node]].push_back(node);
  std::vector<std::vector<uint32_t>> sets;
  for (auto& [id, nodes] : members) sets.push_back(nodes);
  std::sort(sets.begin(), sets.end());
  return sets;
}

std::vector<std::vector<uint32_t>> partition(const rapidjson::Value& json) {
  std::vector<std::vector<uint32_t>> sets;
  for (const auto& set : json.GetArray()) {
    std::vector<uint32_t> nodes;
    for (const auto& node : set.GetArray()) nodes.push_back(node.GetUint());
    sets.push_back(nodes);
  }
  std::sort(sets.begin(), sets.end());
  return sets;
}

void compareWithNetworkx(const kg::PropertyGraph& graph, uint32_t source) {
  ScratchDirectory scratch;
  rapidjson::Document answer = networkxAnswer(graph, scratch, source);
  for (const char* scope_name : {"all", "accused+sanctioned"}) {
    INFO("scope " << scope_name);
    const rapidjson::Value& expected = answer[scope_name];
    kg::EdgeScope scope;
    if (std::string(scope_name) != "all") scope.relationships = {"accused", "sanctioned"};
    scope.one_edge_per_pair = true;
    kg::EdgeSelection simple(graph, scope);

    std::vector<double> ranks = kg::pageRank(simple);
    REQUIRE(ranks.size() == expected["pagerank"].Size());
    double worst = 0;
    for (uint32_t n = 0; n < ranks.size(); ++n)
      worst = std::max(worst, std::fabs(ranks[n] - expected["pagerank"][n].GetDouble()));
    CHECK(worst < 1e-6);

    std::vector<double> between = kg::betweenness(simple, false);
    worst = 0;
    for (uint32_t n = 0; n < between.size(); ++n) {
      double reference = expected["betweenness"][n].GetDouble();
      worst = std::max(worst, std::fabs(between[n] - reference) / std::max(1.0, reference));
    }
    CHECK(worst < 1e-6);

    CHECK(partition(kg::weaklyConnectedComponents(simple)) == partition(expected["wcc"]));
    CHECK(partition(kg::stronglyConnectedComponents(simple)) == partition(expected["scc"]));

    scope.one_edge_per_pair = false;
    kg::EdgeSelection multi(graph, scope);
    kg::ShortestPaths paths = kg::dijkstra(multi, source, kg::edgeCosts(multi, "mentions"));
    const rapidjson::Value& costs = expected["dijkstra"];
    size_t reachable = 0;
    for (uint32_t n = 0; n < paths.distance.size(); ++n) {
      std::string key = std::to_string(n);
      if (!std::isfinite(paths.distance[n])) {
        CHECK_FALSE(costs.HasMember(key.c_str()));
        continue;
      }
      ++reachable;
      REQUIRE(costs.HasMember(key.c_str()));
      CHECK(paths.distance[n] == Approx(costs[key.c_str()].GetDouble()).margin(1e-9));
    }
    CHECK(reachable == costs.MemberCount());
  }
}

}  // namespace

TEST_CASE("graph algorithms agree with NetworkX on the seed article's graph", "[algorithms]") {
  ScratchDirectory scratch;
  std::string db = scratch.path() + "/seed.db";
  auto ingest = runCommand({KG_BINARY, "ingest", "--db", db,
                            std::string(KG_SOURCE_DIR) + "/samples/seed-uk-sanctions.txt"});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  kg::PropertyGraph graph = kg::GraphStore(db, kg::GraphStore::Mode::ReadOnly).load();
  REQUIRE(graph.edgeCount() >= 10);
  std::vector<uint32_t> found = graph.findByName("United Kingdom");
  REQUIRE(found.size() == 1);
  compareWithNetworkx(graph, found[0]);
}

TEST_CASE("graph algorithms agree with NetworkX on a generated graph of 10,000 edges",
          "[algorithms]") {
  kg::PropertyGraph graph;
  const uint32_t nodes = 1000;
  for (uint32_t n = 0; n < nodes; ++n)
    graph.addNode({"Person"}, {{"name", "actor " + std::to_string(n)}});
  std::mt19937 random(2026);
  // Skewed ends, so hubs, parallel edges and self-loops all occur.
  std::vector<double> weights;
  for (uint32_t n = 0; n < nodes; ++n) weights.push_back(1.0 / (1.0 + n / 10.0));
  std::discrete_distribution<uint32_t> end(weights.begin(), weights.end());
  const std::vector<std::string> relations = {"accused", "sanctioned", "condemned", "targeted",
                                              "member_of"};
  std::uniform_int_distribution<size_t> relation(0, relations.size() - 1);
  std::uniform_int_distribution<int> mentions(1, 4);
  for (int e = 0; e < 10000; ++e) {
    std::vector<kg::Evidence> evidence(static_cast<size_t>(mentions(random)),
                                       kg::Evidence{"a.txt", "A sentence.", 0, 11});
    graph.addNewsEdge(end(random), end(random), relations[relation(random)],
                      kg::EdgeStatus::Asserted, 0.9, evidence);
  }
  REQUIRE(graph.edgeCount() == 10000);
  compareWithNetworkx(graph, 0);
}

TEST_CASE("betweenness counts shortest paths beyond 32 bits", "[algorithms]") {
  // 40 layers of two nodes, every node joined to both of the next layer: between the first and
  // the last layer there are 2^39 shortest paths, more than a 32-bit count holds. Whatever the
  // counts, the scores of all nodes add up to the sum over connected ordered pairs of
  // (distance - 1), and by symmetry both nodes of a layer score the same.
  const uint32_t layers = 40;
  kg::PropertyGraph graph;
  for (uint32_t n = 0; n < 2 * layers; ++n) graph.addNode({"Actor"}, {});
  for (uint32_t layer = 0; layer + 1 < layers; ++layer)
    for (uint32_t from = 0; from < 2; ++from)
      for (uint32_t to = 0; to < 2; ++to)
        graph.addEdge(2 * layer + from, 2 * (layer + 1) + to, "accused", {});
  kg::EdgeSelection all(graph, kg::EdgeScope{});
  std::vector<double> between = kg::betweenness(all, false);
  double expected_total = 0;
  for (uint32_t i = 0; i < layers; ++i)
    for (uint32_t j = i + 1; j < layers; ++j) expected_total += 4.0 * (j - i - 1);
  double total = 0;
  for (double score : between) total += score;
  CHECK(std::fabs(total - expected_total) < 1e-6 * expected_total);
  for (uint32_t layer = 0; layer < layers; ++layer)
    CHECK(std::fabs(between[2 * layer] - between[2 * layer + 1]) < 1e-9 * (1 + between[2 * layer]));
  // A node of layer k lies on half the shortest paths between each pair of nodes on either side.
  CHECK(std::fabs(between[2 * 20] - 0.5 * (2.0 * 20) * (2.0 * (layers - 21))) < 1e-6);
}

// PropertyGraph's indexes built in bulk: the name index of a large graph (sorted by radix) finds
// every node by each of its names in node order, and the adjacency rows list edges in edge order.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "graph/property_graph.h"

using namespace kg;

TEST_CASE("a large name index finds every node by name and alias, in node order", "[graph]") {
  // More names than the radix sort's minimum; every tenth node shares a name with node 0, and
  // aliases point back at earlier nodes, so runs of equal keys hold nodes added out of order.
  PropertyGraph graph;
  constexpr uint32_t kNodes = 50000;
  for (uint32_t n = 0; n < kNodes; ++n) {
    std::string name = n % 10 == 0 ? "Shared" : "Node " + std::to_string(n);
    ValueList aliases{Value("Alias " + std::to_string(n % 1000))};
    graph.addNode({"Thing"}, {{"name", name}, {"aliases", Value(aliases)}});
  }
  std::vector<uint32_t> shared = graph.findByName("shared");
  REQUIRE(shared.size() == kNodes / 10);
  bool in_order = true;
  for (size_t i = 0; i < shared.size(); ++i) in_order = in_order && shared[i] == i * 10;
  CHECK(in_order);
  CHECK(graph.findByName("NODE 49999") == std::vector<uint32_t>{49999});
  std::vector<uint32_t> alias = graph.findByName("alias 7");
  REQUIRE(alias.size() == kNodes / 1000);
  CHECK(alias.front() == 7);
  CHECK(alias.back() == kNodes - 1000 + 7);
  CHECK(graph.findByName("Node 10").empty());  // node 10 is called Shared
  CHECK(graph.findByName("Nobody").empty());

  // Edges in bulk: rows in edge order, both ways.
  for (uint32_t e = 0; e < 10000; ++e) graph.addEdge(e % 7, 100 + e % 3, "knows", {});
  std::vector<uint32_t> out, in;
  graph.forEachOutEdge(3, [&](uint32_t edge) { out.push_back(edge); });
  graph.forEachInEdge(101, [&](uint32_t edge) { in.push_back(edge); });
  REQUIRE(out.size() == 1429);
  REQUIRE(in.size() == 3333);
  bool rows_in_order = true;
  for (size_t i = 0; i < out.size(); ++i) rows_in_order = rows_in_order && out[i] == 3 + 7 * i;
  for (size_t i = 0; i < in.size(); ++i) rows_in_order = rows_in_order && in[i] == 1 + 3 * i;
  CHECK(rows_in_order);
}

TEST_CASE("name hashes say which nodes share their exact name, and follow changes", "[graph]") {
  PropertyGraph graph;
  uint32_t first = graph.addNode({"Town"}, {{"name", "Orlen Vale"}});
  uint32_t second = graph.addNode({"Town"}, {{"name", "Orlen Vale"}});
  uint32_t other = graph.addNode({"Town"}, {{"name", "Brask"}});
  uint32_t unnamed = graph.addNode({"Town"}, {});
  // Another case is another name, though findByName finds both by either.
  uint32_t upper = graph.addNode({"Town"}, {{"name", "BRASK"}});

  CHECK(graph.nameHash(first) == graph.nameHash(second));
  CHECK(graph.nameHash(first) != graph.nameHash(other));
  CHECK(graph.nameHash(other) != 0);
  CHECK(graph.nameHash(unnamed) == 0);
  CHECK_FALSE(graph.nameUnshared(first));
  CHECK_FALSE(graph.nameUnshared(second));
  CHECK(graph.nameUnshared(other));
  CHECK(graph.nameUnshared(upper));
  CHECK_FALSE(graph.nameUnshared(unnamed));

  // A rename is seen at the next call: Brask now has a twin, Orlen Vale is alone.
  graph.setNodeProperty(second, "name", Value("Brask"));
  CHECK(graph.nameHash(second) == graph.nameHash(other));
  CHECK_FALSE(graph.nameUnshared(other));
  CHECK(graph.nameUnshared(first));
  uint32_t added = graph.addNode({"Town"}, {{"name", "Quillam"}});
  CHECK(graph.nameUnshared(added));
}

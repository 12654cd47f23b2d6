// Subgraph selection: what a query returns (nodes, relationships, paths, and lists or maps of
// them) decides what an export writes; a relationship brings its end nodes.
#include <catch2/catch.hpp>
#include <sstream>

#include "export/json_export.h"
#include "export/subgraph.h"
#include "export_fixture.h"

using namespace kg;
using namespace kg::test;

TEST_CASE("Subgraph::ofValues collects nodes, relationships and paths from result rows") {
  PropertyGraph graph = hazardGraph();
  SECTION("a node alone has no edges") {
    Subgraph subgraph = Subgraph::ofValues(graph, {{Value(NodeRef{3}), Value("text")}});
    CHECK(subgraph.nodes() == std::vector<uint32_t>{3});
    CHECK(subgraph.edges().empty());
  }
  SECTION("a relationship brings both end nodes") {
    Subgraph subgraph = Subgraph::ofValues(graph, {{Value(EdgeRef{3})}});
    uint32_t source = graph.edge(3).source, target = graph.edge(3).target;
    CHECK(subgraph.edges() == std::vector<uint32_t>{3});
    CHECK(subgraph.nodes() ==
          std::vector<uint32_t>{std::min(source, target), std::max(source, target)});
  }
  SECTION("paths, lists and maps across rows are merged without duplicates") {
    // m0 -sanctioned(r0)-> m3 -member_of(r3)-> m2
    PathValue path{{0, 3, 2}, {0, 3}};
    std::vector<std::vector<Value>> rows = {
        {Value(path), Value(int64_t{7})},
        {Value(ValueList{Value(NodeRef{0}), Value(ValueList{Value(EdgeRef{0})})})},
        {Value(ValueMap{{"who", Value(NodeRef{5})}, {"nothing", Value()}})}};
    Subgraph subgraph = Subgraph::ofValues(graph, rows);
    CHECK(subgraph.nodes() == std::vector<uint32_t>{0, 2, 3, 5});
    CHECK(subgraph.edges() == std::vector<uint32_t>{0, 3});
  }
  SECTION("no graph values: an empty export") {
    Subgraph subgraph = Subgraph::ofValues(graph, {{Value(int64_t{1})}, {}});
    CHECK(subgraph.nodes().empty());
    CHECK(subgraph.edges().empty());
    std::ostringstream out;
    writeJson(graph, subgraph, out);
    CHECK(out.str().find("\"nodes\": []") != std::string::npos);
  }
}

// GraphML export: well-formed (xmllint), typed keys, escaping of hazardous text, full double
// precision, and read back by NetworkX (same counts and attributes as the JSON export) and by
// Boost's read_graphml.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "export/export_text.h"
#include "export/graphml_export.h"
#include "export/json_export.h"
#include "export_fixture.h"

using namespace kg;
using namespace kg::test;

namespace {

std::string graphmlOf(const PropertyGraph& graph, const Subgraph& subgraph) {
  std::ostringstream out;
  writeGraphml(graph, subgraph, out);
  return out.str();
}

bool pythonHasNetworkx() {
  return runProgram({"/usr/bin/python3", "-c", "import networkx"}).exit_code == 0;
}

// Compares a GraphML file with the JSON export of the same graph: counts, and every node and
// edge attribute. XML cannot carry control characters, so they are removed from the JSON side
// before comparing.
const char* kCompareScript = R"PY(
import json, re, sys
import networkx as nx

graph = nx.read_graphml(sys.argv[1])
data = json.load(open(sys.argv[2], encoding="utf-8"))
forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
clean = lambda text: forbidden.sub("", text)
problems = []

def expect(what, got, wanted):
    if got != wanted:
        problems.append("%s: graphml %r != json %r" % (what, got, wanted))

expect("directed", graph.is_directed(), True)
expect("node count", graph.number_of_nodes(), len(data["nodes"]))
expect("edge count", graph.number_of_edges(), len(data["edges"]))
fixed_node = {"label", "name", "type", "aliases", "labels"}
for node in data["nodes"]:
    attributes = graph.nodes[node["id"]]
    expect(node["id"] + " name", attributes.get("name"), clean(node["name"]))
    expect(node["id"] + " label", attributes.get("label"), clean(node["name"]))
    expect(node["id"] + " type", attributes.get("type"), node["type"])
    expect(node["id"] + " aliases", attributes.get("aliases", ""),
           "; ".join(clean(alias) for alias in node["aliases"]))
    expect(node["id"] + " labels", attributes.get("labels", ""), ":".join(node["labels"]))
    for key, value in node["properties"].items():
        shown = "property_" + key if key in fixed_node else key
        expect(node["id"] + " " + key, attributes.get(shown), value)

fixed_edge = {"label", "relation", "status", "weight", "mentions", "confidence",
              "evidence_count", "evidence_article", "evidence_sentence", "evidence_start",
              "evidence_end"}
edges = {attributes["id"]: (source, target, attributes)
         for source, target, attributes in graph.edges(data=True)}
for edge in data["edges"]:
    if edge["id"] not in edges:
        problems.append("edge %s missing" % edge["id"])
        continue
    source, target, attributes = edges[edge["id"]]
    expect(edge["id"] + " ends", (source, target), (edge["source"], edge["target"]))
    expect(edge["id"] + " relation", attributes.get("relation"), edge["relation"])
    expect(edge["id"] + " label", attributes.get("label"), edge["relation"])
    expect(edge["id"] + " status", attributes.get("status"), edge["status"])
    expect(edge["id"] + " weight", attributes.get("weight"), float(edge["mentions"]))
    expect(edge["id"] + " mentions", attributes.get("mentions"), edge["mentions"])
    expect(edge["id"] + " confidence", attributes.get("confidence"), edge["confidence"])
    expect(edge["id"] + " evidence_count", attributes.get("evidence_count"), len(edge["evidence"]))
    if edge["evidence"]:
        first = edge["evidence"][0]
        expect(edge["id"] + " sentence", attributes.get("evidence_sentence"), clean(first["sentence"]))
        expect(edge["id"] + " article", attributes.get("evidence_article"), clean(first["article"]))
        expect(edge["id"] + " start", attributes.get("evidence_start"), first["start"])
        expect(edge["id"] + " end", attributes.get("evidence_end"), first["end"])
    for key, value in edge["properties"].items():
        shown = "property_" + key if key in fixed_edge else key
        expect(edge["id"] + " " + key, attributes.get(shown), value)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("nodes %d edges %d" % (graph.number_of_nodes(), graph.number_of_edges()))
)PY";

}  // namespace

TEST_CASE("GraphML is well-formed XML with typed keys and escaped hazardous text") {
  PropertyGraph graph = hazardGraph();
  std::string text = graphmlOf(graph, Subgraph::all(graph));
  ScratchDirectory scratch;
  writeFile(scratch.file("graph.graphml"), text);

  ProgramRun lint = runProgram({"xmllint", "--noout", scratch.file("graph.graphml")});
  INFO(lint.err);
  CHECK(lint.exit_code == 0);

  CHECK(text.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(text.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(text.find("attr.name=\"mentions\" attr.type=\"long\"") != std::string::npos);
  CHECK(text.find("attr.name=\"label\" attr.type=\"string\"") != std::string::npos);
  CHECK(text.find("AT&amp;T &lt;Holdings&gt;") != std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(validUtf8(text) == text);
  // Full precision: 0.1 + 0.2 needs 17 significant digits.
  CHECK(text.find(">0.30000000000000004<") != std::string::npos);
  // The user property "label" gets its own key instead of hiding the fixed one.
  CHECK(text.find("attr.name=\"property_label\"") != std::string::npos);
}

TEST_CASE("GraphML of a subgraph holds only its nodes and edges") {
  PropertyGraph graph = hazardGraph();
  Subgraph subgraph = Subgraph::of(graph, {}, {0});
  std::string text = graphmlOf(graph, subgraph);
  size_t nodes = 0, edges = 0;
  for (size_t at = 0; (at = text.find("<node ", at)) != std::string::npos; ++at) ++nodes;
  for (size_t at = 0; (at = text.find("<edge ", at)) != std::string::npos; ++at) ++edges;
  CHECK(nodes == 2);
  CHECK(edges == 1);
  CHECK(text.find(nodeId(graph, graph.edge(0).source)) != std::string::npos);
}

TEST_CASE("NetworkX reads the GraphML with the JSON export's counts and attributes") {
  if (!pythonHasNetworkx()) {
    WARN("skipped: /usr/bin/python3 cannot import networkx (apt-get install python3-networkx)");
    return;
  }
  PropertyGraph graph = hazardGraph();
  ScratchDirectory scratch;
  {
    std::ofstream graphml(scratch.file("graph.graphml"), std::ios::binary);
    writeGraphml(graph, Subgraph::all(graph), graphml);
    std::ofstream json(scratch.file("graph.json"), std::ios::binary);
    writeJson(graph, Subgraph::all(graph), json);
  }
  writeFile(scratch.file("compare.py"), kCompareScript);
  ProgramRun run = runProgram({"/usr/bin/python3", scratch.file("compare.py"),
                               scratch.file("graph.graphml"), scratch.file("graph.json")});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("nodes " + std::to_string(graph.nodeCount()) + " edges " +
                     std::to_string(graph.edgeCount())) != std::string::npos);
}

namespace {

struct VertexRecord {
  std::string name, type, aliases;
  double score = 0;
};
struct EdgeRecord {
  std::string relation, status, sentence;
  double weight = 0, confidence = 0, user_weight = 0;
  long mentions = 0, since = 0;
};
std::string collapseSpaces(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexRecord, EdgeRecord>;

}  // namespace

TEST_CASE("Boost read_graphml reads the GraphML back") {
  PropertyGraph graph = hazardGraph();
  std::istringstream in(graphmlOf(graph, Subgraph::all(graph)));
  ReadGraph read;
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("name", boost::get(&VertexRecord::name, read));
  properties.property("type", boost::get(&VertexRecord::type, read));
  properties.property("aliases", boost::get(&VertexRecord::aliases, read));
  properties.property("score", boost::get(&VertexRecord::score, read));
  properties.property("relation", boost::get(&EdgeRecord::relation, read));
  properties.property("status", boost::get(&EdgeRecord::status, read));
  properties.property("evidence_sentence", boost::get(&EdgeRecord::sentence, read));
  properties.property("weight", boost::get(&EdgeRecord::weight, read));
  properties.property("confidence", boost::get(&EdgeRecord::confidence, read));
  properties.property("mentions", boost::get(&EdgeRecord::mentions, read));
  properties.property("since", boost::get(&EdgeRecord::since, read));
  properties.property("property_weight", boost::get(&EdgeRecord::user_weight, read));
  REQUIRE_NOTHROW(boost::read_graphml(in, read, properties));

  REQUIRE(boost::num_vertices(read) == graph.nodeCount());
  REQUIRE(boost::num_edges(read) == graph.edgeCount());
  for (uint32_t node = 0; node < graph.nodeCount(); ++node) {
    CHECK(read[node].name == nodeName(graph, node));
    CHECK(read[node].type == nodeType(graph, node));
    CHECK(read[node].aliases == joinText(nodeAliases(graph, node), "; "));
  }
  CHECK(read[1].score == 0.1 + 0.2);  // bit-exact round trip

  size_t checked = 0;
  for (auto [it, end] = boost::edges(read); it != end; ++it) {
    const EdgeRecord& record = read[*it];
    uint32_t source = static_cast<uint32_t>(boost::source(*it, read));
    uint32_t target = static_cast<uint32_t>(boost::target(*it, read));
    graph.forEachOutEdge(source, [&](uint32_t edge) {
      if (graph.edge(edge).target != target || graph.edgeType(edge) != record.relation) return;
      ++checked;
      const auto& original = graph.edge(edge);
      if (original.news) {
        CHECK(record.status == edgeStatusName(original.status));
        CHECK(record.mentions == original.mentions);
        CHECK(record.weight == double(original.mentions));
        CHECK(record.confidence == std::stod(formatFloat(original.confidence)));
        // Boost's reader trims and collapses white space in element text.
        CHECK(record.sentence == collapseSpaces(xmlSafeText(graph.evidence(edge, 0).sentence)));
      } else {
        CHECK(record.since == 2024);
        CHECK(record.user_weight == 1.5);
      }
    });
  }
  CHECK(checked == graph.edgeCount());
}

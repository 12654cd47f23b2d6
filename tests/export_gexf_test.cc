// GEXF export for Gephi's timeline: well-formed (xmllint), registered with the other formats,
// and read back by NetworkX's GEXF reader with the spells the publication dates give.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <tuple>

#include "export/export_formats.h"
#include "export/gexf_export.h"
#include "export_fixture.h"
#include "graph/graph_store.h"

using namespace kg;
using namespace kg::test;

namespace {

// Two dated articles repeat one accusation (the 2024 one ingested first); an undated one adds a
// sanction by the same accuser, so that node is always shown.
PropertyGraph datedGraph(const std::string& database) {
  {
    GraphStore store(database);
    for (auto [text, date, source] :
         {std::tuple{"one", "2024-03-25", "Other Desk"}, {"two", "2021-07-19", "Example Wire"}}) {
      ArticleFacts facts;
      facts.name = std::string(text) + ".txt";
      facts.content_hash = contentHash(text);
      facts.info.published = date;
      facts.info.source = source;
      facts.actors = {{"Arnor", ActorType::Country, {}}, {"Quartz Panda", ActorType::Group, {}}};
      facts.edges = {
          {0, 1, "accused", EdgeStatus::Asserted, 0.75, "Arnor blamed Quartz Panda.", 0, 26}};
      store.addArticle(facts);
    }
    ArticleFacts undated;
    undated.name = "three.txt";
    undated.content_hash = contentHash("three");
    undated.actors = {{"Arnor", ActorType::Country, {}}, {"Telemar Vorn", ActorType::Person, {}}};
    undated.edges = {
        {0, 1, "sanctioned", EdgeStatus::Asserted, 0.9, "Arnor sanctioned Telemar Vorn.", 0, 30}};
    store.addArticle(undated);
  }
  return GraphStore(database).load();
}

bool pythonHasNetworkx() {
  return runProgram({"/usr/bin/python3", "-c", "import networkx"}).exit_code == 0;
}

// Prints each edge's relation and spells, and each node's label and spells. NetworkX before 3.0
// (Debian 12 ships 2.8) reads GEXF up to 1.2draft, which names the same elements kg writes in
// another namespace: the file is read as 1.2draft there, as 1.3 where the reader knows it.
const char* kReadScript = R"PY(
import io, sys
import networkx as nx
from networkx.readwrite import gexf
text = open(sys.argv[1], encoding="utf-8").read()
if "1.3" in gexf.GEXF.versions:
    graph = nx.read_gexf(io.BytesIO(text.encode()), version="1.3")
else:
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    text = text.replace('version="1.3"', 'version="1.2"')
    graph = nx.read_gexf(io.BytesIO(text.encode()), version="1.2draft")
print("directed", graph.is_directed(), "nodes", graph.number_of_nodes(), "edges",
      graph.number_of_edges())
for source, target, data in sorted(graph.edges(data=True), key=lambda e: e[2]["relation"]):
    print("edge", data["relation"], data.get("first_seen"), data.get("last_seen"),
          data.get("sources"), [start for start, end in data.get("spells", [])])
for node, data in sorted(graph.nodes(data=True), key=lambda n: n[1]["label"]):
    print("node", data["label"], data["type"], [start for start, end in data.get("spells", [])])
)PY";

}  // namespace

TEST_CASE("GEXF is a registered export format", "[export][gexf]") {
  REQUIRE(findExportFormat("gexf") != nullptr);
  CHECK(exportFormatNames().find("gexf") != std::string::npos);
}

TEST_CASE("GEXF 1.3 is well-formed and dynamic, with a spell per dated edge", "[export][gexf]") {
  ScratchDirectory scratch;
  PropertyGraph graph = datedGraph(scratch.file("g.db"));
  std::ostringstream out;
  writeGexf(graph, Subgraph::all(graph), out);
  std::string text = out.str();
  CHECK(text.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(text.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
  // Only the accusation is dated, and it begins with its earliest report.
  size_t spells = 0;
  for (size_t at = 0; (at = text.find("<spell ", at)) != std::string::npos; ++at) ++spells;
  CHECK(spells == 2);  // the edge and its target (its source has an undated edge too)
  CHECK(text.find("<spell start=\"2021-07-19\"/>") != std::string::npos);
  CHECK(text.find("<spell start=\"2024-03-25\"") == std::string::npos);
  writeFile(scratch.file("graph.gexf"), text);
  ProgramRun lint = runProgram({"xmllint", "--noout", scratch.file("graph.gexf")});
  INFO(lint.err);
  CHECK(lint.exit_code == 0);
}

TEST_CASE("NetworkX reads the GEXF with its dates and spells", "[export][gexf]") {
  if (!pythonHasNetworkx()) {
    WARN("skipped: /usr/bin/python3 cannot import networkx (apt-get install python3-networkx)");
    return;
  }
  ScratchDirectory scratch;
  PropertyGraph graph = datedGraph(scratch.file("g.db"));
  {
    std::ofstream file(scratch.file("graph.gexf"), std::ios::binary);
    writeGexf(graph, Subgraph::all(graph), file);
  }
  writeFile(scratch.file("read.py"), kReadScript);
  ProgramRun run =
      runProgram({"/usr/bin/python3", scratch.file("read.py"), scratch.file("graph.gexf")});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("directed True nodes 3 edges 2") != std::string::npos);
  CHECK(
      run.out.find("edge accused 2021-07-19 2024-03-25 Other Desk; Example Wire ['2021-07-19']") !=
      std::string::npos);
  CHECK(run.out.find("edge sanctioned None None None []") != std::string::npos);
  // Arnor has an undated edge (always shown), so it is always shown: no edge outlives its ends.
  CHECK(run.out.find("node Arnor country []") != std::string::npos);
  CHECK(run.out.find("node Quartz Panda group ['2021-07-19']") != std::string::npos);
  CHECK(run.out.find("node Telemar Vorn person []") != std::string::npos);
}

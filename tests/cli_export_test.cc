// kg export end to end: every format from a real database, options, errors that name the file,
// exit codes, Graphviz missing, and --query subgraphs.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "export_fixture.h"
#include "graph/graph_store.h"

using namespace kg;
using namespace kg::test;

namespace {

// A database holding the hazard article.
struct Database {
  ScratchDirectory scratch;
  std::string path = scratch.file("kg.db");
  size_t nodes = 0, edges = 0;
  Database() {
    GraphStore store(path);
    store.addArticle(hazardFacts());
    PropertyGraph graph = store.load();
    nodes = graph.nodeCount();
    edges = graph.edgeCount();
  }
};

ProgramRun runKg(std::vector<std::string> arguments,
                 const std::vector<std::string>& environment = {}) {
  arguments.insert(arguments.begin(), KG_BINARY);
  return runProgram(arguments, environment);
}

size_t count(const std::string& text, const std::string& what) {
  size_t found = 0;
  for (size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++found;
  return found;
}

}  // namespace

TEST_CASE("kg export --help lists every format and option") {
  ProgramRun run = runKg({"export", "--help"});
  CHECK(run.exit_code == 0);
  for (const char* word : {"json", "graphml", "cytoscape", "dot", "svg", "png", "csv", "stix",
                           "--query", "--out", "EXIT STATUS", "neo4j-admin database import"})
    CHECK(run.out.find(word) != std::string::npos);
}

TEST_CASE("kg export usage errors exit with 2") {
  Database database;
  ProgramRun unknown = runKg({"export", "--db", database.path, "--format", "xlsx"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("xlsx") != std::string::npos);
  ProgramRun csv = runKg({"export", "--db", database.path, "--format", "csv"});
  CHECK(csv.exit_code == 2);
  CHECK(csv.err.find("--out") != std::string::npos);
  CHECK(runKg({"export", "--db", database.path, "--bogus"}).exit_code == 2);
}

TEST_CASE("kg export writes JSON to standard output and GraphML to a file") {
  Database database;
  ProgramRun json = runKg({"export", "--db", database.path});
  REQUIRE(json.exit_code == 0);
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(json.out.c_str());
  REQUIRE_FALSE(document.HasParseError());
  CHECK(document["nodes"].Size() == database.nodes);
  CHECK(document["edges"].Size() == database.edges);

  std::string file = database.scratch.file("out.graphml");
  ProgramRun graphml = runKg({"export", "--db", database.path, "--format", "graphml", "-o", file});
  REQUIRE(graphml.exit_code == 0);
  CHECK(graphml.out.empty());
  ProgramRun lint = runProgram({"xmllint", "--noout", file});
  INFO(lint.err);
  CHECK(lint.exit_code == 0);
  std::string text = readFile(file);
  CHECK(count(text, "<node ") == database.nodes);
  CHECK(count(text, "<edge ") == database.edges);
  CHECK(text.find("<node id=\"n1\"") != std::string::npos);  // stable store ids
}

TEST_CASE("kg export errors name the file and exit with 1") {
  Database database;
  std::string file = database.scratch.file("no-such-directory/out.graphml");
  ProgramRun run = runKg({"export", "--db", database.path, "--format", "graphml", "--out", file});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find(file) != std::string::npos);
  for (const char* format : {"json", "graphml", "stix"}) {
    ProgramRun full = runKg({"export", "--db", database.path, "-f", format, "-o", "/dev/full"});
    CHECK(full.exit_code == 1);
    CHECK(full.err.find("/dev/full") != std::string::npos);
  }
  std::string missing = database.scratch.file("missing.db");
  ProgramRun no_database = runKg({"export", "--db", missing});
  CHECK(no_database.exit_code == 1);
  CHECK(no_database.err.find(missing) != std::string::npos);
}

TEST_CASE("kg export renders SVG with Graphviz and explains how to install it when missing") {
  Database database;
  std::string svg = database.scratch.file("graph.svg");
  ProgramRun run = runKg({"export", "--db", database.path, "--format", "svg", "-o", svg});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(readFile(svg).find("<svg") != std::string::npos);
  CHECK(runProgram({"xmllint", "--noout", svg}).exit_code == 0);

  std::string png = database.scratch.file("graph.png");
  REQUIRE(runKg({"export", "--db", database.path, "--format", "png", "-o", png}).exit_code == 0);
  CHECK(readFile(png).substr(0, 4) == "\x89PNG");

  std::string nowhere = database.scratch.file("nowhere.svg");
  ProgramRun missing = runKg({"export", "--db", database.path, "--format", "svg", "-o", nowhere},
                             {"PATH=" + database.scratch.file("empty-path")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("install") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(nowhere));
}

TEST_CASE("kg export writes the CSV layout, Cytoscape, DOT and a stable STIX bundle") {
  Database database;
  std::string directory = database.scratch.file("csv");
  REQUIRE(
      runKg({"export", "--db", database.path, "--format", "csv", "--out", directory}).exit_code ==
      0);
  CHECK(readFile(directory + "/nodes.csv").rfind("id:ID,name,:LABEL", 0) == 0);
  CHECK(readFile(directory + "/relationships.csv").rfind(":START_ID,:END_ID,:TYPE", 0) == 0);
  CHECK(count(readFile(directory + "/relationships.csv"), "\n") == database.edges + 1);

  ProgramRun cytoscape = runKg({"export", "--db", database.path, "--format", "cytoscape"});
  CHECK(cytoscape.exit_code == 0);
  CHECK(cytoscape.out.find("\"elements\"") != std::string::npos);
  ProgramRun dot = runKg({"export", "--db", database.path, "--format", "dot"});
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.rfind("digraph kg {", 0) == 0);

  ProgramRun first = runKg({"export", "--db", database.path, "--format", "stix"});
  ProgramRun second = runKg({"export", "--db", database.path, "-f", "stix"});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
  CHECK(first.out.find("\"type\": \"bundle\"") != std::string::npos);
}

TEST_CASE("kg export --query writes only what the query returns, in every format") {
  Database database;
  std::string query = "MATCH p=(:Country)-[:sanctioned]->() RETURN p";
  ProgramRun graphml =
      runKg({"export", "--db", database.path, "--format", "graphml", "--query", query});
  INFO(graphml.err);
  REQUIRE(graphml.exit_code == 0);
  CHECK(count(graphml.out, "<edge ") == 1);
  CHECK(count(graphml.out, "<node ") == 2);
  CHECK(graphml.out.find(">sanctioned<") != std::string::npos);
  CHECK(graphml.out.find(">accused<") == std::string::npos);

  ProgramRun json = runKg({"export", "--db", database.path, "-q", "MATCH (n:Group) RETURN n"});
  REQUIRE(json.exit_code == 0);
  rapidjson::Document document;
  document.Parse(json.out.c_str());
  REQUIRE_FALSE(document.HasParseError());
  REQUIRE(document["nodes"].Size() == 1);
  CHECK(std::string(document["nodes"][0]["name"].GetString()) == "APT99");
  CHECK(document["edges"].Size() == 0);

  std::string directory = database.scratch.file("csv");
  REQUIRE(runKg({"export", "--db", database.path, "--format", "csv", "--out", directory, "--query",
                 "MATCH (a)-[r:targeted]->(b) RETURN a, r, b"})
              .exit_code == 0);
  CHECK(count(readFile(directory + "/relationships.csv"), "\n") == 1 + 2);

  ProgramRun broken = runKg({"export", "--db", database.path, "--query", "MATCH (n RETURN n"});
  CHECK(broken.exit_code == 1);
  CHECK(broken.err.find("SyntaxError") != std::string::npos);
}

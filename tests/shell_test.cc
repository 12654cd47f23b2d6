// The query front end as a user drives it: the built kg run as a subprocess on a database this
// test writes itself (GraphStore + hand-made facts, so the ingest's quality does not matter),
// `kg query` in every format, and `kg shell` scripts on standard input: output modes, headers,
// "Error near line N", -bail, .param, .read, .schema, .why, .statuses, .export, completion, and
// CREATE persisted across runs.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/graph_store.h"
#include "query/functions.h"
#include "query/result_format.h"
#include "test_support.h"

using kg::testing::CommandResult;
using kg::testing::runCommand;
using kg::testing::ScratchDirectory;

namespace {

const std::string kKg = KG_BINARY;

// Invented actors: Freedonia sanctioned Rufus Firefly (two sentences) and accused Sylvania;
// Firefly targeted the Bureau of Records; Sylvania sanctioned 宋小明; Sylvania did NOT sanction
// Freedonia (a negated edge, hidden by default).
kg::ArticleFacts newsFacts() {
  kg::ArticleFacts facts;
  facts.name = "freedonia.txt";
  facts.content_hash = kg::contentHash("freedonia article");
  facts.bytes = 400;
  facts.sentences = 5;
  facts.actors = {{"Freedonia", kg::ActorType::Country, {"Freedonian government"}},
                  {"Rufus Firefly", kg::ActorType::Person, {"Mr Firefly"}},
                  {"Sylvania", kg::ActorType::Country, {}},
                  {"Bureau of Records", kg::ActorType::Organization, {}},
                  {"宋小明", kg::ActorType::Person, {"Song Xiaoming"}}};
  using kg::EdgeStatus;
  facts.edges = {
      {0, 1, "sanctioned", EdgeStatus::Asserted, 0.5, "Freedonia sanctioned Rufus Firefly.", 0, 35},
      {0, 1, "sanctioned", EdgeStatus::Asserted, 0.5, "The Freedonian government froze his assets.",
       36, 80},
      {0, 2, "accused", EdgeStatus::Asserted, 0.5, "Freedonia accused Sylvania of spying.", 81,
       118},
      {1, 3, "targeted", EdgeStatus::Asserted, 0.5, "Mr Firefly targeted the Bureau of Records.",
       119, 161},
      {2, 4, "sanctioned", EdgeStatus::Asserted, 0.5, "Sylvania sanctioned Song Xiaoming.", 162,
       196},
      {2, 0, "sanctioned", EdgeStatus::Negated, 0.5, "Sylvania did not sanction Freedonia.", 197,
       233}};
  return facts;
}

struct NewsDatabase {
  ScratchDirectory directory;
  std::string path = directory.file("news.db");
  NewsDatabase() {
    kg::GraphStore store(path);
    store.addArticle(newsFacts());
  }
  CommandResult shell(const std::string& script, std::vector<std::string> options = {}) const {
    std::vector<std::string> argv = {kKg, "shell", "--db", path};
    argv.insert(argv.end(), options.begin(), options.end());
    return runCommand(argv, script, 60);
  }
  CommandResult query(std::vector<std::string> arguments) const {
    std::vector<std::string> argv = {kKg, "query", "--db", path};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return runCommand(argv, "", 60);
  }
};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream stream(text);
  std::string line;
  while (std::getline(stream, line)) out.push_back(line);
  return out;
}

}  // namespace

// --- kg query ------------------------------------------------------------------------------

TEST_CASE("kg query prints CSV with a header and one line per row", "[cli][query]") {
  NewsDatabase db;
  auto result = db.query({"--format", "csv",
                          "MATCH (a)-[:sanctioned]->(b) RETURN a.name AS a, b.name AS b "
                          "ORDER BY a, b"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "a,b\r\nFreedonia,Rufus Firefly\r\nSylvania,宋小明\r\n");
}

TEST_CASE("kg query warns on stderr about a misspelt relationship type, result unchanged",
          "[cli][query]") {
  NewsDatabase db;
  auto table = db.query({"--format", "csv", "MATCH (a)-[:sanctiond]->(b) RETURN a.name"});
  CHECK(table.exit_code == 0);
  CHECK(table.out == "a.name\r\n");
  CHECK(table.err ==
        "Warning: line 1, column 10: relationship type 'sanctiond' is not in this graph; did you "
        "mean 'sanctioned'?\n");
  auto json = db.query({"--format", "json", "MATCH (a)-[:sanctiond]->(b) RETURN a.name"});
  CHECK(json.exit_code == 0);
  CHECK(json.out == "[]\n");
  CHECK(contains(json.err, "{\"notifications\": [{\"code\": \"UnknownRelationshipType\""));
  auto shell = db.shell("MATCH (a)-[:sanctiond]->(b) RETURN a.name;\n");
  CHECK(shell.exit_code == 0);
  CHECK(contains(shell.err, "did you mean 'sanctioned'?"));
}

TEST_CASE("kg query --format json is an array of objects that parses", "[cli][query]") {
  NewsDatabase db;
  auto result = db.query(
      {"--format", "json", "MATCH (a)-[r:sanctioned]->(b {name: 'Mr Firefly'}) RETURN a, r"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document json;
  json.Parse(result.out.c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json.IsArray());
  REQUIRE(json.Size() == 1);
  CHECK(std::string(json[0]["a"]["properties"]["name"].GetString()) == "Freedonia");
  CHECK(std::string(json[0]["r"]["type"].GetString()) == "sanctioned");
  CHECK(json[0]["r"]["properties"]["mentions"].GetInt() == 2);
  CHECK(json[0]["r"]["properties"]["evidence"].Size() == 2);
}

TEST_CASE("kg query takes parameters, a file or standard input", "[cli][query]") {
  NewsDatabase db;
  auto with_parameter = db.query({"--format", "csv", "--no-headers", "--param", "who='Mr Firefly'",
                                  "MATCH (a)-[:sanctioned]->(b {name: $who}) RETURN a.name"});
  INFO(with_parameter.err);
  CHECK(with_parameter.exit_code == 0);
  CHECK(with_parameter.out == "Freedonia\r\n");

  std::string file = db.directory.write("q.cypher", "MATCH (n:Country)\nRETURN count(*) AS n;\n");
  auto from_file = db.query({"--format", "csv", "-f", file});
  CHECK(from_file.exit_code == 0);
  CHECK(from_file.out == "n\r\n2\r\n");

  auto from_stdin = runCommand({kKg, "query", "--db", db.path, "--format", "jsonl", "-"},
                               "MATCH (n:Person) RETURN n.name AS name ORDER BY name", 60);
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == "{\"name\":\"Rufus Firefly\"}\n{\"name\":\"宋小明\"}\n");
}

TEST_CASE("kg query shows asserted edges unless --all-statuses", "[cli][query]") {
  NewsDatabase db;
  std::string text =
      "MATCH (:Country {name: 'Sylvania'})-[r:sanctioned]->(:Country) RETURN r.status AS status";
  auto asserted = db.query({"--format", "csv", text});
  INFO(asserted.err);
  CHECK(asserted.exit_code == 0);
  CHECK(asserted.out == "status\r\n");
  auto all = db.query({"--format", "csv", "--all-statuses", text});
  CHECK(all.exit_code == 0);
  CHECK(all.out == "status\r\nnegated\r\n");
}

TEST_CASE("kg query table mode aligns CJK names and counts rows", "[cli][query]") {
  NewsDatabase db;
  auto result =
      db.query({"MATCH (n:Person) RETURN n.name AS name, size(n.name) AS length "
                "ORDER BY name"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> rows = lines(result.out);
  REQUIRE(rows.size() == 7);  // top, header, rule, 2 rows, bottom, "(2 rows)"
  for (size_t i = 0; i < 6; ++i) CHECK(kg::displayWidth(rows[i]) == kg::displayWidth(rows[0]));
  CHECK(contains(rows[4], "\"宋小明\""));
  CHECK(rows[6] == "(2 rows)");
}

TEST_CASE("kg query errors point at the place and exit 1, usage errors exit 2", "[cli][query]") {
  NewsDatabase db;
  auto syntax = db.query({"MATCH (a RETURN a"});
  CHECK(syntax.exit_code == 1);
  CHECK(contains(syntax.err, "SyntaxError"));
  CHECK(contains(syntax.err, "line 1, column"));
  CHECK(contains(syntax.err, "^"));
  CHECK(syntax.out.empty());

  CHECK(db.query({"--format", "xml", "MATCH (n) RETURN n"}).exit_code == 2);
  CHECK(db.query({}).exit_code == 2);
  CHECK(db.query({"--param", "novalue", "RETURN 1"}).exit_code == 2);
  CHECK(db.query({"--row-limit", "ten", "RETURN 1"}).exit_code == 2);

  auto missing =
      runCommand({kKg, "query", "--db", db.directory.file("typo.db"), "MATCH (n) RETURN n"});
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "typo.db"));

  auto help = runCommand({kKg, "query", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(contains(help.out, "--all-statuses"));
  CHECK(contains(help.out, "EXIT STATUS"));
}

TEST_CASE("what kg query CREATEs is stored and seen by the next run", "[cli][query][create]") {
  NewsDatabase db;
  auto create =
      db.query({"MATCH (s {name: 'Sylvania'}) "
                "CREATE (p:Person {name: 'Ann Lee'})-[:accused]->(s)"});
  INFO(create.err);
  REQUIRE(create.exit_code == 0);
  CHECK(contains(create.out, "Created 1 node, 1 relationship"));

  auto read = db.query({"--format", "csv", "--no-headers",
                        "MATCH (p:Person {name: 'Ann Lee'})-[:accused]->(c) RETURN c.name"});
  INFO(read.err);
  CHECK(read.exit_code == 0);
  CHECK(read.out == "Sylvania\r\n");

  kg::GraphStore store(db.path, kg::GraphStore::Mode::ReadOnly);
  auto stats = store.stats();
  CHECK(stats.nodes == 6);
  CHECK(stats.edges == 6);  // 5 news edges + the created one
}

// --- kg shell scripts -----------------------------------------------------------------------

TEST_CASE("shell scripts switch modes and headers", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      ".mode csv\n"
      "MATCH (a)-[:accused]->(b) RETURN a.name AS a, b.name AS b;\n"
      ".headers off\n"
      "MATCH (a)-[:accused]->(b) RETURN a.name, b.name;\n"
      ".mode line\n"
      ".headers on\n"
      "MATCH (a)-[:targeted]->(b) RETURN a.name AS source, b.name AS target;\n"
      ".mode jsonl\n"
      "MATCH (a)-[:targeted]->(b) RETURN b.name AS target;\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "a,b\r\nFreedonia,Sylvania\r\n"
        "Freedonia,Sylvania\r\n"
        "source = Rufus Firefly\ntarget = Bureau of Records\n"
        "{\"target\":\"Bureau of Records\"}\n");
}

TEST_CASE("shell statements span lines, share lines and skip comments", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      "// a comment line\n"
      ".mode csv\n"
      "MATCH (n:Country)\n"
      "  // the count\n"
      "RETURN count(*) AS countries; MATCH (n:Person) RETURN count(*) AS people;\n"
      "RETURN 'a;b' AS text;\n"
      "/* trailing comment */\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "countries\r\n2\r\npeople\r\n2\r\ntext\r\na;b\r\n");
}

TEST_CASE("shell errors name the script line, -bail stops at the first", "[shell]") {
  NewsDatabase db;
  std::string script =
      ".mode csv\n"
      "RETURN 1 AS one;\n"
      "\n"
      "MATCH (a)\n"
      "RETURN a.name AS x ORDER;\n"  // line 5: ORDER without BY
      "RETURN 2 AS two;\n";
  auto going_on = db.shell(script);
  CHECK(going_on.exit_code == 1);
  CHECK(contains(going_on.err, "Error near line 5"));
  CHECK(going_on.out == "one\r\n1\r\ntwo\r\n2\r\n");  // the script went on

  auto bailing = db.shell(script, {"-bail"});
  CHECK(bailing.exit_code == 1);
  CHECK(contains(bailing.err, "Error near line 5"));
  CHECK(bailing.out == "one\r\n1\r\n");  // stopped before line 6

  auto unknown = db.shell("RETURN 1;\n.frobnicate\n", {"--bail"});
  CHECK(unknown.exit_code == 1);
  CHECK(contains(unknown.err, "Error near line 2: unknown command .frobnicate"));
}

TEST_CASE("shell .param sets, lists and clears parameters", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      ".mode csv\n"
      ".param who 'Mr Firefly'\n"
      ".param limit 5\n"
      ".param list\n"
      "MATCH (a)-[:sanctioned]->(b {name: $who}) RETURN a.name AS who LIMIT $limit;\n"
      ".param clear\n"
      ".param list\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "$limit = 5\n$who = \"Mr Firefly\"\n"));
  CHECK(contains(result.out, "who\r\nFreedonia\r\n"));
  CHECK(contains(result.out, "No parameters"));
}

TEST_CASE("shell .read runs another script, whose errors name that file", "[shell]") {
  NewsDatabase db;
  std::string included = db.directory.write(
      "included.cypher", "MATCH (n:Organization) RETURN n.name AS org;\nRETURN nosuch;\n");
  auto result = db.shell(".mode csv\n.read " + included + "\nRETURN 'after' AS x;\n");
  CHECK(result.exit_code == 1);
  CHECK(contains(result.out, "org\r\nBureau of Records\r\n"));
  CHECK(contains(result.out, "x\r\nafter\r\n"));
  CHECK(contains(result.err, "included.cypher near line 2"));

  auto missing = db.shell(".read " + db.directory.file("nope.cypher") + "\n");
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "nope.cypher: cannot read"));
}

TEST_CASE("shell .schema counts labels, relationship types and patterns", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(".schema\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, ":Country       2"));
  CHECK(contains(result.out, ":Person        2"));
  CHECK(contains(result.out, ":Organization  1"));
  CHECK(contains(result.out, ":sanctioned  2"));
  CHECK(contains(result.out, "(:Country)-[:sanctioned]->(:Person)"));
  CHECK(contains(result.out, "1 more with .statuses all"));  // the negated edge
}

TEST_CASE("shell .procedures lists the registry, CALL completes and runs", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      ".procedures\n"
      ".complete CALL algo.page\n"
      ".mode csv\n"
      "CALL algo.degree({relationships: ['sanctioned']}) YIELD node, outDegree "
      "WHERE outDegree > 0 RETURN node.name, outDegree ORDER BY node.name;\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "algo.pageRank(config :: MAP?) :: (node :: NODE, score :: FLOAT)"));
  CHECK(contains(result.out, "kg.procedures()"));
  CHECK(contains(result.out, "CALL algo.pageRank(\n"));
  CHECK(contains(result.out, "node.name,outDegree"));  // CSV rows end in CR LF
  CHECK(contains(result.out, "Sylvania,1"));
}

TEST_CASE("shell .export and kg export write the same bytes in every stream format", "[shell]") {
  NewsDatabase db;
  for (const char* format : {"json", "graphml", "cytoscape", "dot", "stix"}) {
    INFO(format);
    std::string shell_file = db.directory.file(std::string("shell.") + format);
    // kg export writes every status; so does the shell once it shows them all.
    auto shell =
        db.shell(std::string(".statuses all\n.export ") + format + " " + shell_file + " all\n");
    REQUIRE(shell.exit_code == 0);
    auto exported = runCommand({kKg, "export", "--db", db.path, "--format", format}, "", 60);
    REQUIRE(exported.exit_code == 0);
    std::ifstream in(shell_file, std::ios::binary);
    std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(written == exported.out);
  }
}

TEST_CASE("shell .why prints the evidence sentences of the last result", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      ".why\n"
      "MATCH (a)-[r:sanctioned]->(b {name: 'Rufus Firefly'}) RETURN r;\n"
      ".why\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "No result yet"));
  CHECK(contains(result.out, "(Freedonia)-[:sanctioned]->(Rufus Firefly)  asserted, 2 mentions"));
  CHECK(contains(result.out, "freedonia.txt [0..35]: Freedonia sanctioned Rufus Firefly."));
  CHECK(contains(result.out, "The Freedonian government froze his assets."));
}

TEST_CASE("shell .statuses all shows negated edges, asserted hides them again", "[shell]") {
  NewsDatabase db;
  std::string count = "MATCH (:Country {name: 'Sylvania'})-[r]->(:Country) RETURN count(r) AS n;\n";
  auto result = db.shell(".mode csv\n.headers off\n" + count + ".statuses all\n" + count +
                         ".statuses asserted\n" + count);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "0\r\n1\r\n0\r\n");
}

TEST_CASE("shell CREATE is stored: a second shell sees it", "[shell][create]") {
  NewsDatabase db;
  auto first = db.shell("CREATE (:Group {name: 'Red Hand'});\n");
  INFO(first.err);
  CHECK(first.exit_code == 0);
  CHECK(contains(first.out, "Created 1 node, 0 relationships."));
  auto second = db.shell(
      ".mode csv\n"
      "MATCH (g:Group), (f {name: 'Rufus Firefly'}) CREATE (f)-[:member_of]->(g);\n"
      "MATCH (p)-[:member_of]->(g:Group) RETURN p.name AS member, g.name AS group;\n");
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(contains(second.out, "member,group\r\nRufus Firefly,Red Hand\r\n"));
  auto third = db.query({"--format", "csv", "--no-headers",
                         "MATCH (p)-[:member_of]->(:Group {name: 'Red Hand'}) RETURN p.name"});
  CHECK(third.out == "Rufus Firefly\r\n");
}

TEST_CASE("shell .export writes the last result or the whole graph", "[shell]") {
  NewsDatabase db;
  std::string part = db.directory.file("part.json");
  std::string whole = db.directory.file("whole.json");
  auto result = db.shell("MATCH (a)-[r:accused]->(b) RETURN a, r, b;\n.export json " + part +
                         "\n.export json " + whole + " all\n.export xml " + part + "\n");
  INFO(result.err);
  CHECK(result.exit_code == 1);  // the xml export is refused
  CHECK(contains(result.err, "unknown export format 'xml'"));
  CHECK(contains(result.out, "Wrote 2 nodes and 1 relationship (the last result)"));
  CHECK(contains(result.out, "Wrote 5 nodes and 4 relationships (the whole graph)"));
  std::ifstream file(part);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  rapidjson::Document json;
  json.Parse(text.c_str());
  REQUIRE_FALSE(json.HasParseError());
  CHECK(json["nodes"].Size() == 2);
  CHECK(json["edges"].Size() == 1);
  CHECK(std::string(json["edges"][0]["relation"].GetString()) == "accused");
}

TEST_CASE("shell completion offers labels, types, names, keywords and commands", "[shell]") {
  NewsDatabase db;
  auto result = db.shell(
      ".complete MATCH (n:Cou\n"
      ".complete MATCH ()-[r:sa\n"
      ".complete MATCH (n {name: 'Rufus F\n"
      ".complete MATCH (n {name: \"song\n"
      ".complete mat\n"
      ".complete .mo\n"
      ".complete .mode js\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "MATCH (n:Country\n"
        "MATCH ()-[r:sanctioned\n"
        "MATCH (n {name: 'Rufus Firefly'\n"
        "MATCH (n {name: \"Song Xiaoming\"\n"
        "match \n"
        ".mode \n"
        ".mode json\n"
        ".mode jsonl\n");
}

TEST_CASE("shell completion offers every registered function, scalar and aggregate", "[shell]") {
  NewsDatabase db;
  std::string input;
  std::vector<std::string> names = {"shortestPath"};
  for (const kg::cypher::ScalarFunction& function : kg::cypher::scalarFunctions())
    names.push_back(function.name);
  for (const std::string& name : kg::cypher::aggregateNames()) names.push_back(name);
  for (const std::string& name : names) input += ".complete RETURN " + name + "\n";
  auto result = db.shell(input);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  for (const std::string& name : names) CHECK(contains(result.out, "RETURN " + name + "("));
  CHECK(names.size() > 30);
}

TEST_CASE("kg shell --help documents the dot-commands, bad options exit 2", "[shell]") {
  auto help = runCommand({kKg, "shell", "--help"});
  CHECK(help.exit_code == 0);
  for (const char* command :
       {".mode", ".headers", ".timer", ".schema", ".param", ".read", ".export", ".why", ".statuses",
        ".quit", ".procedures", ".complete", ".reload", ".echo", "-bail"})
    CHECK(contains(help.out, command));
  // The same registry answers .help, and every command it lists is known to the shell.
  auto listed = runCommand({kKg, "shell"}, ".help\n", 60);
  CHECK(listed.exit_code == 0);
  CHECK(contains(listed.out, ".export FORMAT FILE [all]"));
  CHECK(contains(listed.out, "FORMAT: json, graphml, gexf, cytoscape, dot, svg, png, csv, stix"));
  CHECK(runCommand({kKg, "shell", "--format", "xml"}).exit_code == 2);
  CHECK(runCommand({kKg, "shell", "stray"}).exit_code == 2);
}

TEST_CASE("kg --db PATH opens the shell, and .quit ends a script early", "[shell]") {
  NewsDatabase db;
  auto result =
      runCommand({kKg, "--db", db.path}, ".mode csv\nRETURN 1 AS x;\n.quit\nRETURN 2 AS y;\n", 60);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "x\r\n1\r\n");  // no banner, no prompt, nothing after .quit
}

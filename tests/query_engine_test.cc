// The query engine's front door beyond the data-file cases: news edges and their evidence, error
// rendering with line, column and caret, the guard rails (row limit, time limit, cancel flag, hop
// cap), what CREATE reports for persistence, and that malformed input only ever yields
// QueryError.
#include "query/query_engine.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "graph/temporal.h"
#include "graph/value_json.h"
#include "query/binder.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/value_ops.h"

namespace {

// UK -sanctioned-> Brandt (two evidence sentences), a chain of `length` hops after it.
kg::PropertyGraph newsGraph(int chain = 0) {
  kg::PropertyGraph graph;
  uint32_t uk = graph.addNode(
      {"Country"}, {{"name", "United Kingdom"}, {"aliases", kg::ValueList{"UK", "Britain"}}});
  uint32_t brandt = graph.addNode(
      {"Person"}, {{"name", "Tomas Brandt"}, {"aliases", kg::ValueList{"Mr Brandt"}}});
  graph.addNewsEdge(uk, brandt, "sanctioned", kg::EdgeStatus::Asserted, 0.75,
                    {kg::Evidence{"a.txt", "The UK sanctioned Brandt.", 0, 25},
                     kg::Evidence{"b.txt", "Britain sanctioned Mr Brandt.", 5, 34}});
  uint32_t previous = brandt;
  for (int i = 0; i < chain; ++i) {
    uint32_t next = graph.addNode({"Group"}, {{"name", "group " + std::to_string(i)}});
    graph.addEdge(previous, next, "member_of", {});
    previous = next;
  }
  return graph;
}

// Runs `text` and checks that it fails with the error code `code`.
void checkFails(kg::PropertyGraph& graph, const std::string& text, const std::string& code) {
  INFO(text);
  try {
    kg::runQuery(graph, text);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.code == code);
  }
}

}  // namespace

TEST_CASE("news edges expose status, mentions, confidence and evidence", "[query]") {
  kg::PropertyGraph graph = newsGraph();
  auto result = kg::runQuery(graph,
                             "MATCH (a)-[r:sanctioned]->(b {name: 'mr brandt'}) "
                             "RETURN a.name, r.status, r.mentions, r.evidence[1].article, "
                             "size(r.evidence) AS n");
  REQUIRE(result.rows.size() == 1);
  const auto& row = result.rows[0];
  CHECK(row[0].as<std::string>() == "United Kingdom");
  CHECK(row[1].as<std::string>() == "asserted");
  CHECK(row[2].as<int64_t>() == 2);
  CHECK(row[3].as<std::string>() == "b.txt");
  CHECK(row[4].as<int64_t>() == 2);
  CHECK(result.columns[4] == "n");
}

TEST_CASE("syntax errors name the place and draw a caret", "[query]") {
  kg::PropertyGraph graph;
  std::string text = "MATCH (a)\nRETURN (a.name";
  try {
    kg::runQuery(graph, text);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.kind == "SyntaxError");
    CHECK(error.line == 2);
    CHECK(error.column == 15);
    CHECK(error.render(text) ==
          "SyntaxError at line 2, column 15: expected ')'\nRETURN (a.name\n              ^");
  }
  try {
    kg::runQuery(graph, "MATCH (a) RETURN b");
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.code == "UndefinedVariable");
    CHECK(error.column == 18);
  }
}

TEST_CASE("no nesting or operator chain overflows the stack: refused with its place, or run",
          "[query]") {
  kg::PropertyGraph graph = newsGraph();
  auto repeat = [](const std::string& piece, int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += piece;
    return text;
  };
  auto chain = [](const std::string& term, const std::string& op, int terms) {
    std::string text = term;
    for (int i = 1; i < terms; ++i) text += op + term;
    return text;
  };
  const int deep = 20000;
  const std::vector<std::string> refused = {
      "RETURN " + repeat("(", deep) + "1" + repeat(")", deep),
      "RETURN " + repeat("[", deep) + repeat("]", deep),
      "RETURN " + repeat("{a: ", deep) + "1" + repeat("}", deep),
      "RETURN " + repeat("-", deep) + "1",
      "RETURN " + repeat("NOT ", deep) + "true",
      "RETURN " + repeat("CASE WHEN true THEN ", deep) + "1" + repeat(" END", deep),
      "RETURN " + chain("1", " + ", deep),
      "RETURN " + chain("true", " OR ", deep),
      "RETURN [1]" + repeat("[0]", deep),
      "MATCH (a)\nWHERE " + chain("a.name = 'x'", " OR ", deep) + "\nRETURN a",
      "MATCH (a {name: " + chain("'x'", " + ", deep) + "}) RETURN a",
      // The middle of a comparison chain is copied into the next comparison: measured first.
      "RETURN 0 < " + chain("1", " + ", deep) + " < 2",
      // Half a million terms: the refused tree is freed without recursion.
      "RETURN " + chain("1", " + ", 500000),
  };
  for (const std::string& text : refused) {
    INFO(text.substr(0, 60));
    try {
      kg::runQuery(graph, text);
      FAIL("no error");
    } catch (const kg::QueryError& error) {
      CHECK(error.code == "NestingTooDeep");
      CHECK(error.line >= 1);
      CHECK(error.column >= 1);
      CHECK(error.render(text).find("nested too deeply") != std::string::npos);
    }
  }
  // Just under the limits, the same shapes run.
  auto run = [&](const std::string& text) { return kg::runQuery(graph, text).rows.at(0).at(0); };
  CHECK(run("RETURN " + repeat("(", 150) + "1" + repeat(")", 150)).as<int64_t>() == 1);
  CHECK(run("RETURN " + chain("1", " + ", 990)).as<int64_t>() == 990);
  CHECK(run("RETURN " + repeat("NOT ", 150) + chain("false", " OR ", 800)).as<bool>() == false);
  CHECK(run("RETURN size(" + repeat("[", 150) + repeat("]", 150) + ")").as<int64_t>() == 1);
  // Each '(' is tried as a pattern before it is read as a bracket: without remembering the
  // failures, 60 levels of ({a: ...}) would take 2^60 attempts.
  auto start = std::chrono::steady_clock::now();
  CHECK(run("RETURN " + repeat("({a: ", 60) + "1" + repeat("})", 60)).is<kg::ValueMap>());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("=~ matches whole strings and no pattern or subject exhausts the stack or the clock",
          "[query]") {
  kg::PropertyGraph graph;
  auto run = [&](const std::string& text) { return kg::runQuery(graph, text).rows.at(0).at(0); };
  auto errorCode = [&](const std::string& text) -> std::string {
    try {
      kg::runQuery(graph, text);
    } catch (const kg::QueryError& error) {
      return error.code;
    }
    return "no error";
  };
  CHECK(run("RETURN 'Ministry of Defence' =~ 'Ministry.*' AS m").as<bool>());
  CHECK_FALSE(run("RETURN 'Ministry of Defence' =~ 'Defence' AS m").as<bool>());  // whole string
  CHECK(run("RETURN 'ministry' =~ '(?i)MINISTRY' AS m").as<bool>());
  CHECK(run("RETURN 'é' =~ '.' AS m").as<bool>());  // one character, two bytes
  CHECK(run("RETURN null =~ 'a' AS m").isNull());
  CHECK(errorCode("RETURN 'a' =~ '(' AS m") == "InvalidRegex");
  // Deeply nested groups: refused when compiled, not a stack overflow.
  CHECK(errorCode("RETURN 'a' =~ '" + std::string(20000, '(') + "a" + std::string(20000, ')') +
                  "' AS m") == "InvalidRegex");
  // A long subject under a repeated group (std::regex recursed once per character here).
  CHECK(run("RETURN '" + std::string(200000, 'a') + "' =~ '(a|b)*' AS m").as<bool>());
  // Catastrophic backtracking ends at the match budget with an error, in well under a second.
  auto start = std::chrono::steady_clock::now();
  std::string verdict = errorCode("RETURN '" + std::string(5000, 'a') + "' =~ '(a*)*(a*)*b' AS m");
  CHECK((verdict == "RegexTooComplex" || verdict == "no error"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("range() near the INTEGER limits neither overflows nor loops", "[query]") {
  kg::PropertyGraph graph;
  auto rows = kg::runQuery(graph,
                           "RETURN range(9223372036854775800, 9223372036854775807, 5) AS r, "
                           "range(-9223372036854775807, -9223372036854775808, -1) AS s, "
                           "range(1, 0) AS t, range(0, 10, -1) AS u, range(3, 3) AS v")
                  .rows.at(0);
  CHECK(rows[0].as<kg::ValueList>().size() == 2);
  CHECK(rows[0].as<kg::ValueList>()[1].as<int64_t>() == 9223372036854775805);
  CHECK(rows[1].as<kg::ValueList>().size() == 2);
  CHECK(rows[2].as<kg::ValueList>().empty());
  CHECK(rows[3].as<kg::ValueList>().empty());
  CHECK(rows[4].as<kg::ValueList>().size() == 1);
}

TEST_CASE("CREATE reports the nodes and relationships it added", "[query]") {
  kg::PropertyGraph graph = newsGraph();
  auto result = kg::runQuery(
      graph, "MATCH (z {name: 'Tomas Brandt'}) CREATE (z)-[:member_of]->(:Group {name: 'X'})");
  CHECK(result.created_nodes == std::vector<uint32_t>{2});
  CHECK(result.created_edges == std::vector<uint32_t>{1});
  CHECK(result.properties_set == 1);
  CHECK(graph.edgeType(1) == "member_of");
  CHECK(graph.findByName("x").size() == 1);
}

TEST_CASE("the row limit stops a query that returns too much", "[query]") {
  kg::PropertyGraph graph;
  kg::QueryOptions options;
  options.row_limit = 10;
  CHECK(kg::runQuery(graph, "UNWIND range(1, 10) AS x RETURN x", options).rows.size() == 10);
  try {
    kg::runQuery(graph, "UNWIND range(1, 11) AS x RETURN x", options);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.code == "RowLimitExceeded");
  }
}

TEST_CASE("the time limit and the cancel flag stop a long query", "[query]") {
  kg::PropertyGraph graph;
  kg::QueryOptions options;
  options.time_limit_ms = 50;
  const char* slow = "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)";
  try {
    kg::runQuery(graph, slow, options);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.code == "Timeout");
  }
  std::atomic<bool> cancel{true};
  options.time_limit_ms = 0;
  options.cancel = &cancel;
  try {
    kg::runQuery(graph, slow, options);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.code == "Cancelled");
  }
}

TEST_CASE("unbounded variable length patterns stop at the hop cap", "[query]") {
  kg::PropertyGraph graph = newsGraph(10);
  const char* query = "MATCH ({name: 'UK'})-[*]->(x) RETURN count(x)";
  CHECK(kg::runQuery(graph, query).rows[0][0].as<int64_t>() == 5);
  kg::QueryOptions options;
  options.hop_cap = 8;
  CHECK(kg::runQuery(graph, query, options).rows[0][0].as<int64_t>() == 8);
  // An explicit upper bound is the user's choice.
  CHECK(kg::runQuery(graph, "MATCH ({name: 'UK'})-[*..11]->(x) RETURN count(x)")
            .rows[0][0]
            .as<int64_t>() == 11);
}

TEST_CASE("malformed queries only ever raise QueryError", "[query]") {
  kg::PropertyGraph graph = newsGraph(3);
  const std::string alphabet = "()[]{}-<>:|*.,'\"$= aAnrMATCHRETURNWHERE0123456789+/%^`";
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  int errors = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string text = i % 2 ? "MATCH " : "RETURN ";
    for (int n = length(random); n > 0; --n) text += alphabet[pick(random)];
    try {
      kg::runQuery(graph, text);
    } catch (const kg::QueryError& error) {
      ++errors;
      CHECK_FALSE(error.kind.empty());
      CHECK_FALSE(error.render(text).empty());
    }
  }
  CHECK(errors > 1000);
}

TEST_CASE("patterns anchored by name start from the name index", "[query]") {
  std::string text = "MATCH (a)-[:accused]->(b {name: 'Person 77'}) WHERE a.num > 1 RETURN a.name";
  kg::cypher::Statement statement = kg::cypher::parseStatement(text);
  kg::cypher::bindStatement(statement, text, {});
  std::string plan = kg::cypher::describePlan(kg::cypher::planStatement(statement, 5));
  INFO(plan);
  CHECK(plan.rfind("Match\n  SeekByName", 0) == 0);
  CHECK(plan.find("ScanNodes") == std::string::npos);
  CHECK(plan.find("Expand") < plan.find("Filter"));

  kg::PropertyGraph graph;
  const uint32_t count = 50'000;
  for (uint32_t i = 0; i < count; ++i)
    graph.addNode({"Person"}, {{"name", "person " + std::to_string(i)}, {"num", int64_t{i}}});
  for (uint32_t i = 0; i < count; ++i) graph.addEdge(i, (i + 1) % count, "accused", {});
  auto result = kg::runQuery(graph, text);
  REQUIRE(result.rows.size() == 1);
  CHECK(result.rows[0][0].as<std::string>() == "person 76");
}

TEST_CASE("a typed relationship with free ends is read from the type index, rows as a scan gives",
          "[query]") {
  std::string text = "MATCH (a)-[r:accused|sanctioned]->(b) RETURN a.name, b.name";
  kg::cypher::Statement statement = kg::cypher::parseStatement(text);
  kg::cypher::bindStatement(statement, text, {});
  std::string plan = kg::cypher::describePlan(kg::cypher::planStatement(statement, 5));
  INFO(plan);
  CHECK(plan.rfind("Match\n  ScanEdges", 0) == 0);
  CHECK(plan.find("ScanNodes") == std::string::npos);
  CHECK(plan.find("Expand") == std::string::npos);  // the scan binds both ends

  // A random multigraph with self-loops; the same pattern with the first node bound by an
  // earlier MATCH (a node scan, then an expansion) must give the same rows in the same order.
  kg::PropertyGraph graph;
  std::mt19937 random(7);
  for (int i = 0; i < 60; ++i) graph.addNode({"Actor"}, {{"name", "actor " + std::to_string(i)}});
  const char* types[] = {"accused", "sanctioned", "targeted"};
  for (int i = 0; i < 400; ++i)
    graph.addEdge(random() % 60, random() % 60, types[random() % 3], {});
  for (const char* pattern : {"(a)-[r:accused|sanctioned]->(b)", "(a)<-[r:accused]-(b)",
                              "(a)-[r:sanctioned]-(b)", "(a)-[r:targeted]->(b)-[:accused]->(c)"}) {
    std::string direct = std::string("MATCH ") + pattern + " RETURN a.name, id(r), b.name";
    std::string scanned =
        std::string("MATCH (a) MATCH ") + pattern + " RETURN a.name, id(r), b.name";
    INFO(pattern);
    auto expected = kg::runQuery(graph, scanned);
    auto actual = kg::runQuery(graph, direct);
    REQUIRE(expected.rows.size() > 10);
    REQUIRE(actual.rows.size() == expected.rows.size());
    for (size_t i = 0; i < actual.rows.size(); ++i)
      for (size_t c = 0; c < 3; ++c)
        CHECK(kg::cypher::orderCompare(actual.rows[i][c], expected.rows[i][c]) == 0);
  }
}

TEST_CASE("CALL runs registered procedures: YIELD, WHERE, standalone, and errors", "[query]") {
  // A -accused-> B -accused-> C, A -sanctioned-> C, D alone.
  kg::PropertyGraph graph;
  for (const char* name : {"A", "B", "C", "D"}) graph.addNode({"Country"}, {{"name", name}});
  graph.addNewsEdge(0, 1, "accused", kg::EdgeStatus::Asserted, 1.0, {});
  graph.addNewsEdge(1, 2, "accused", kg::EdgeStatus::Asserted, 1.0, {});
  graph.addNewsEdge(0, 2, "sanctioned", kg::EdgeStatus::Asserted, 1.0, {});
  auto rows = [&](const std::string& text) { return kg::runQuery(graph, text).rows; };

  auto ranked = rows(
      "CALL algo.pageRank({relationships: ['accused']}) YIELD node, score "
      "RETURN node.name, score ORDER BY score DESC, node.name");
  REQUIRE(ranked.size() == 4);
  CHECK(ranked[0][0].as<std::string>() == "C");  // at the end of the accused chain
  double total = 0;
  for (const auto& row : ranked) total += row[1].as<double>();
  CHECK(total == Approx(1.0));

  auto components = rows(
      "CALL algo.wcc() YIELD node, componentId WHERE node.name <> 'D' "
      "RETURN DISTINCT componentId");
  CHECK(components.size() == 1);
  auto degree = rows(
      "MATCH (a {name: 'A'}) CALL algo.degree({relationships: 'accused'}) YIELD node AS n, "
      "outDegree WHERE n = a RETURN outDegree");
  REQUIRE(degree.size() == 1);
  CHECK(degree[0][0].as<int64_t>() == 1);
  auto path = rows(
      "CALL algo.dijkstra('A', {relationships: ['accused'], target: 'C'}) YIELD cost, path "
      "RETURN cost, length(path)");
  REQUIRE(path.size() == 1);
  CHECK(path[0][0].as<double>() == 2.0);
  CHECK(path[0][1].as<int64_t>() == 2);

  auto standalone = kg::runQuery(graph, "CALL kg.procedures()");
  CHECK(standalone.columns == std::vector<std::string>{"name", "signature", "description"});
  CHECK(standalone.rows.size() >= 7);

  auto fails = [&](const std::string& text, const std::string& code) {
    checkFails(graph, text, code);
  };
  fails("CALL algo.pageRnak() YIELD node RETURN node", "ProcedureNotFound");
  fails("CALL algo.pageRank({}) YIELD nodes RETURN nodes", "UndefinedVariable");
  fails("MATCH (a) CALL algo.pageRank() RETURN a", "InvalidClauseComposition");
  fails("CALL algo.dijkstra() YIELD node RETURN node", "InvalidNumberOfArguments");
  fails("CALL algo.pageRank({dampingFactr: 0.5}) YIELD node RETURN node", "InvalidArgument");
  fails("CALL algo.dijkstra('Nobody') YIELD node RETURN node", "InvalidArgument");
  for (const char* iterations : {"0", "2.5", "1e300", "0.0 / 0.0", "-3"})
    fails(std::string("CALL algo.pageRank({maxIterations: ") + iterations +
              "}) YIELD node RETURN node",
          "InvalidArgument");
  fails("CALL algo.pageRank({tolerance: -1}) YIELD node RETURN node", "InvalidArgument");
  fails("CALL { RETURN 1 } RETURN 1", "UnsupportedClause");
}

TEST_CASE("unknown relationship types, labels and property keys give notifications", "[query]") {
  kg::PropertyGraph graph = newsGraph();
  auto result = kg::runQuery(graph,
                             "MATCH (a:Country)-[:sanctiond]->(b:Persn)\n"
                             "WHERE b.nmae = 'x' RETURN a.name");
  CHECK(result.rows.empty());
  REQUIRE(result.notifications.size() == 3);
  CHECK(result.notifications[0].code == "UnknownRelationshipType");
  CHECK(result.notifications[0].message ==
        "relationship type 'sanctiond' is not in this graph; did you mean 'sanctioned'?");
  CHECK(result.notifications[0].line == 1);
  CHECK(result.notifications[0].column == 18);
  CHECK(result.notifications[1].code == "UnknownLabel");
  CHECK(result.notifications[1].message.find("did you mean 'Person'?") != std::string::npos);
  CHECK(result.notifications[2].code == "UnknownPropertyKey");
  CHECK(result.notifications[2].line == 2);
  CHECK(result.notifications[2].message.find("did you mean 'name'?") != std::string::npos);

  // Known names, and names the statement itself creates, give none; a name far from every
  // known one gets no suggestion.
  CHECK(kg::runQuery(graph, "MATCH (a:Country)-[r:sanctioned]->(b) RETURN r.mentions, b.name")
            .notifications.empty());
  CHECK(kg::runQuery(graph, "CREATE (x:Ship {hull: 1}) WITH x MATCH (y:Ship) RETURN y.hull")
            .notifications.empty());
  auto far = kg::runQuery(graph, "MATCH ()-[:zzzzzzzz]->() RETURN 1");
  REQUIRE(far.notifications.size() == 1);
  CHECK(far.notifications[0].message == "relationship type 'zzzzzzzz' is not in this graph");
}

TEST_CASE("a constant temporal call is computed once, and a failing one still fails when run",
          "[query]") {
  kg::PropertyGraph graph = newsGraph();
  // Folded when bound: the value and the column name are those of the call.
  auto folded = kg::runQuery(graph, "RETURN date('2024-03-25') + duration('P1D') AS d");
  REQUIRE(folded.rows.size() == 1);
  CHECK(kg::formatTemporal(folded.rows[0][0].as<kg::Temporal>()) == "2024-03-26");
  auto named = kg::runQuery(graph, "RETURN date('2024-03-25')");
  CHECK(named.columns[0] == "date('2024-03-25')");
  // A call that would fail is not computed ahead: with no row to run on it raises nothing.
  CHECK(kg::runQuery(graph, "MATCH (n:Nowhere) RETURN date('not a date')").rows.empty());
  checkFails(graph, "RETURN date('not a date')", "InvalidArgumentValue");
  // A call with an argument from the row is still called per row.
  auto per_row = kg::runQuery(graph, "UNWIND ['2024-01-31', '2024-02-29'] AS s RETURN date(s)");
  REQUIRE(per_row.rows.size() == 2);
  CHECK(kg::formatTemporal(per_row.rows[1][0].as<kg::Temporal>()) == "2024-02-29");
}

TEST_CASE("UNION concatenates queries with the same columns, UNION removes duplicates", "[query]") {
  kg::PropertyGraph graph = newsGraph();
  auto all = kg::runQuery(graph,
                          "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS who UNION ALL "
                          "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS who UNION ALL "
                          "RETURN 'someone' AS who");
  CHECK(all.columns == std::vector<std::string>{"who"});
  CHECK(all.rows.size() == 3);
  auto distinct = kg::runQuery(graph,
                               "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS who UNION "
                               "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS who");
  REQUIRE(distinct.rows.size() == 1);
  CHECK(distinct.rows[0][0].as<std::string>() == "Tomas Brandt");
  checkFails(graph, "RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion");
  checkFails(graph, "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a",
             "InvalidClauseComposition");
}

namespace {

// Grouping by a node (or its name) counts rows per node in an array over all nodes once the
// rows have touched a sixteenth of them, and reads names in place; the general path evaluates
// every key. This graph's targets are most of its nodes, so the array is used: 40 sources, 400
// targets whose names repeat (two nodes, one group), some long (not stored inline in a
// std::string), some absent, one a number (not kept as the name field), and 1,500 relationships
// in a fixed pseudo-random order.
kg::PropertyGraph targetsGraph() {
  kg::PropertyGraph graph;
  std::vector<uint32_t> sources, targets;
  for (int i = 0; i < 40; ++i)
    sources.push_back(graph.addNode({"S"}, {{"name", "source " + std::to_string(i)}}));
  for (int i = 0; i < 400; ++i) {
    kg::ValueMap properties;
    if (i == 17)
      properties["name"] = int64_t{17};
    else if (i % 50 != 3)
      properties["name"] =
          (i % 7 == 0 ? "a rather longer target name " : "t") + std::to_string(i % 150);
    targets.push_back(graph.addNode({"T"}, std::move(properties)));
  }
  std::mt19937 random(42);
  for (int i = 0; i < 1500; ++i)
    graph.addEdge(sources[random() % sources.size()], targets[random() % targets.size()],
                  "sanctioned", {});
  return graph;
}

// The rows of a query, one line each (the groups' order included), or its error code.
std::string answer(const std::string& text, const std::string& before = "") {
  kg::PropertyGraph graph = targetsGraph();
  if (!before.empty()) kg::runQuery(graph, before);
  std::string lines;
  try {
    kg::QueryResult result = kg::runQuery(graph, text);
    for (const auto& row : result.rows) {
      for (const kg::Value& value : row) lines += kg::toJson(value) + " ";
      lines += "\n";
    }
  } catch (const kg::QueryError& error) {
    lines = "error " + error.code;
  }
  return lines;
}

// `{key}` in `text` replaced by `key`.
std::string withKey(std::string text, const std::string& key) {
  size_t at = text.find("{key}");
  return text.replace(at, 5, key);
}

}  // namespace

TEST_CASE("grouping by a node or its name counts per node as the general path groups", "[query]") {
  // Each query groups by `b.name` (or `b`), counted per node, and by the same value through
  // a CASE, which the engine cannot trace to a node and evaluates for every row.
  const std::vector<std::pair<std::string, std::string>> queries = {
      {"MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(*) AS n", "b.name"},
      {"MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(*) AS n ORDER BY n DESC, k LIMIT 7",
       "b.name"},
      {"MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(*) AS n", "b"},
      // count(a) skips the rows without a relationship
      {"MATCH (b:T) OPTIONAL MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(a) AS n",
       "b.name"},
      // rows where b is null come between those counted per node
      {"MATCH (a:S) OPTIONAL MATCH (a)-[:sanctioned]->(b) WHERE b.name <> 't3' "
       "RETURN {key} AS k, count(*) AS n",
       "b.name"},
      // a map between the nodes joins a node's group by its name, and the nodes after it meet
      // groups formed before it
      {"MATCH (b:T) WITH collect(b) AS bs UNWIND bs + [{name: 't5'}, {name: 'elsewhere'}] + bs "
       "AS b RETURN {key} AS k, count(*) AS n",
       "b.name"},
  };
  for (const auto& [text, key] : queries) {
    INFO(text << " by " << key);
    std::string counted = answer(withKey(text, key));
    CHECK(counted.find("error") == std::string::npos);
    CHECK(counted == answer(withKey(text, "CASE WHEN true THEN " + key + " END")));
  }
}

TEST_CASE("grouping by a node's name after a DELETE reads only live nodes, or fails as it should",
          "[query]") {
  std::string by_name = "MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(*) AS n";
  std::string general = withKey(by_name, "CASE WHEN true THEN b.name END");
  SECTION("nodes and relationships deleted by an earlier statement") {
    for (const char* before : {"MATCH (b:T) WHERE b.name IN ['t7', 't8'] DETACH DELETE b",
                               "MATCH (a {name: 'source 1'})-[r]->() DELETE r"}) {
      INFO(before);
      std::string counted = answer(withKey(by_name, "b.name"), before);
      CHECK(counted == answer(general, before));
      CHECK(counted != answer(withKey(by_name, "b.name")));
    }
  }
  SECTION("the grouped nodes deleted in the same statement") {
    std::string text =
        "MATCH (a)-[:sanctioned]->(b) WHERE b.name = 't9' DETACH DELETE b "
        "RETURN {key} AS k, count(*) AS n";
    std::string counted = answer(withKey(text, "b.name"));
    CHECK(counted.rfind("error ", 0) == 0);
    CHECK(counted == answer(withKey(text, "CASE WHEN true THEN b.name END")));
  }
  SECTION("relationships deleted in the same statement") {
    std::string text =
        "MATCH (a {name: 'source 2'})-[r:sanctioned]->() DELETE r WITH count(*) AS d "
        "MATCH (a)-[:sanctioned]->(b) RETURN {key} AS k, count(*) AS n";
    CHECK(answer(withKey(text, "b.name")) ==
          answer(withKey(text, "CASE WHEN true THEN b.name END")));
  }
}

TEST_CASE("ORDER BY a count with LIMIT passes on only the groups that can make the cut",
          "[query]") {
  // Each query's rows after `SKIP s LIMIT l` are those rows of the full ordering, in the same
  // order: ties on the count (many groups of a count at the cut) and on the name (two nodes of
  // one name grouped apart by the node) are decided as the full sort decides them.
  const std::vector<std::string> queries = {
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(*) AS n ORDER BY n DESC, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(*) AS n ORDER BY n DESC",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(*) AS n ORDER BY n, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b AS node, b.name AS k, count(*) AS n "
      "ORDER BY n DESC, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(*) AS n ORDER BY k",
      "MATCH (a)-[:sanctioned]->(b) RETURN DISTINCT b.name AS k, count(*) AS n ORDER BY n DESC, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(DISTINCT a) AS n "
      "ORDER BY n DESC, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(*) AS n, sum(1) AS s "
      "ORDER BY n DESC, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, sum(1) AS s, count(*) AS n "
      "ORDER BY s DESC, n, k",
      "MATCH (b:T) OPTIONAL MATCH (a)-[:sanctioned]->(b) RETURN b.name AS k, count(a) AS n "
      "ORDER BY n, k",
      "MATCH (a)-[:sanctioned]->(b) RETURN a.name AS s, b.name AS k, count(*) AS n "
      "ORDER BY n DESC, s, k",
  };
  const std::vector<std::pair<int, int>> cuts = {{0, 1}, {0, 7}, {3, 4}, {0, 0}, {5, 1000}};
  for (const std::string& text : queries) {
    std::vector<std::string> all;
    std::string lines = answer(text);
    REQUIRE(lines.find("error") == std::string::npos);
    for (size_t begin = 0, end; (end = lines.find('\n', begin)) != std::string::npos;
         begin = end + 1)
      all.push_back(lines.substr(begin, end + 1 - begin));
    for (const auto& [skip, limit] : cuts) {
      std::string cut = text + " SKIP " + std::to_string(skip) + " LIMIT " + std::to_string(limit);
      INFO(cut);
      std::string expected;
      for (size_t i = skip; i < all.size() && i < static_cast<size_t>(skip + limit); ++i)
        expected += all[i];
      CHECK(answer(cut) == expected);
    }
  }
  // WITH ... ORDER BY ... LIMIT, then WHERE: as when the sort key is computed (never cut).
  std::string text =
      "MATCH (a)-[:sanctioned]->(b) WITH b.name AS k, count(*) AS n ORDER BY {key} DESC, k "
      "LIMIT 9 WHERE n > 4 RETURN k, n";
  CHECK(answer(withKey(text, "n")) == answer(withKey(text, "n + 0")));
  CHECK(!answer(withKey(text, "n")).empty());
}

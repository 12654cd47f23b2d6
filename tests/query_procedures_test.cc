// Procedures registered at run time (query/procedures.h): a signature declares the arguments and
// columns, the one registry lists them next to the built-in ones, and CALL checks argument
// counts and types, passes parameters as implicit arguments, yields columns standing alone and
// inside larger queries, and lets a void procedure pass rows on.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "query/procedures.h"
#include "query/query_engine.h"

namespace {

using Rows = std::vector<std::vector<kg::Value>>;

// Runs `text` and checks that it fails with the error kind and code given.
void checkFails(kg::PropertyGraph& graph, const std::string& text, const std::string& kind,
                const std::string& code, const kg::ValueMap& parameters = {}) {
  INFO(text);
  kg::QueryOptions options;
  options.parameters = parameters;
  try {
    kg::runQuery(graph, text, options);
    FAIL("no error");
  } catch (const kg::QueryError& error) {
    CHECK(error.kind == kind);
    CHECK(error.code == code);
  }
}

// shelf.repeat(word :: STRING, times :: INTEGER?) yields the word `times` times (once for null),
// numbering the copies.
void registerRepeat() {
  kg::cypher::registerProcedure(
      "shelf.repeat(word :: STRING, times :: INTEGER?) :: (copy :: STRING, number :: INTEGER)",
      "the word, as often as asked",
      [](const kg::PropertyGraph&, const std::vector<kg::Value>& in) {
        int64_t times = in[1].isNull() ? 1 : in[1].as<int64_t>();
        Rows rows;
        for (int64_t i = 1; i <= times; ++i) rows.push_back({in[0], kg::Value(i)});
        return rows;
      });
}

}  // namespace

TEST_CASE("a procedure registered at run time joins the one registry", "[query][procedures]") {
  registerRepeat();
  REQUIRE(kg::cypher::findProcedure("SHELF.Repeat"));
  auto definition = kg::cypher::findProcedure("shelf.repeat");
  CHECK(definition->name == "shelf.repeat");
  CHECK(definition->required_arguments == 2);
  REQUIRE(definition->arguments.size() == 2);
  CHECK(definition->arguments[1].name == "times");
  CHECK(definition->arguments[1].type == "INTEGER?");
  REQUIRE(definition->outputs.size() == 2);
  CHECK(definition->outputs[0].name == "copy");

  bool listed = false;
  for (const auto& procedure : kg::cypher::procedures()) listed |= procedure.name == "shelf.repeat";
  CHECK(listed);
  kg::PropertyGraph graph;
  auto listing =
      kg::runQuery(graph,
                   "CALL kg.procedures() YIELD name, description WHERE name STARTS WITH 'shelf.' "
                   "RETURN name, description");
  REQUIRE(listing.rows.size() == 1);
  CHECK(listing.rows[0][1].as<std::string>() == "the word, as often as asked");

  CHECK_THROWS_AS(registerRepeat(), std::invalid_argument);  // the name is taken
  CHECK(kg::cypher::unregisterProcedure("shelf.repeat"));
  CHECK_FALSE(kg::cypher::findProcedure("shelf.repeat"));
  CHECK_FALSE(kg::cypher::unregisterProcedure("shelf.repeat"));
  CHECK_FALSE(kg::cypher::unregisterProcedure("algo.pageRank"));  // built in
  CHECK(kg::cypher::findProcedure("algo.pageRank"));
}

TEST_CASE("malformed procedure signatures are refused", "[query][procedures]") {
  auto nothing = [](const kg::PropertyGraph&, const std::vector<kg::Value>&) { return Rows{}; };
  for (const char* signature :
       {"shelf.broken(", "shelf.broken(x INTEGER) :: ()", "shelf.broken(x :: WIDGET) :: ()",
        "shelf.broken() :: (a :: INTEGER, a :: STRING)", "(x :: INTEGER) :: ()",
        "shelf.broken() :: () extra"}) {
    INFO(signature);
    CHECK_THROWS_AS(kg::cypher::registerProcedure(signature, "", nothing), std::invalid_argument);
  }
  CHECK_THROWS_AS(kg::cypher::registerProcedure("shelf.nocode() :: ()", "", nullptr),
                  std::invalid_argument);
}

TEST_CASE("CALL runs a registered procedure", "[query][procedures]") {
  registerRepeat();
  kg::PropertyGraph graph;
  graph.addNode({"Shelf"}, {{"name", "top"}});
  graph.addNode({"Shelf"}, {{"name", "bottom"}});

  SECTION("standing alone it yields every column, in the procedure's order") {
    auto result = kg::runQuery(graph, "CALL shelf.repeat('book', 2)");
    CHECK(result.columns == std::vector<std::string>{"copy", "number"});
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[1][0].as<std::string>() == "book");
    CHECK(result.rows[1][1].as<int64_t>() == 2);
    CHECK(kg::runQuery(graph, "CALL shelf.repeat('book', 2) YIELD *").rows.size() == 2);
    CHECK(kg::runQuery(graph, "CALL shelf.repeat('book', null)").rows.size() == 1);
  }
  SECTION("without parentheses it takes its arguments from the parameters") {
    kg::QueryOptions options;
    options.parameters = {{"word", kg::Value("pen")}, {"times", kg::Value(int64_t{3})}};
    CHECK(kg::runQuery(graph, "CALL shelf.repeat", options).rows.size() == 3);
    checkFails(graph, "CALL shelf.repeat", "ParameterMissing", "MissingParameter",
               {{"word", kg::Value("pen")}});
    checkFails(graph, "CALL shelf.repeat YIELD copy RETURN copy", "SyntaxError",
               "InvalidArgumentPassingMode", options.parameters);
  }
  SECTION("inside a query it yields the named columns, renamed and filtered") {
    auto result = kg::runQuery(graph,
                               "MATCH (s:Shelf) CALL shelf.repeat(s.name, 2) YIELD number AS n "
                               "WHERE n > 1 RETURN s.name AS shelf, n ORDER BY shelf");
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0][0].as<std::string>() == "bottom");
    CHECK(result.rows[0][1].as<int64_t>() == 2);
  }
  SECTION("arguments are checked by count and type") {
    checkFails(graph, "CALL shelf.repeat('x')", "SyntaxError", "InvalidNumberOfArguments");
    checkFails(graph, "CALL shelf.repeat('x', 1, 2)", "SyntaxError", "InvalidNumberOfArguments");
    checkFails(graph, "CALL shelf.repeat('x', 'twice')", "SyntaxError", "InvalidArgumentType");
    checkFails(graph, "CALL shelf.repeat(null, 1)", "SyntaxError", "InvalidArgumentType");
    checkFails(graph, "CALL shelf.repeat($word, 1)", "SyntaxError", "InvalidArgumentType",
               {{"word", kg::Value(int64_t{7})}});
    // Known only when the query runs.
    checkFails(graph, "MATCH (s:Shelf) CALL shelf.repeat(s.name, s.name) YIELD copy RETURN copy",
               "TypeError", "InvalidArgumentType");
    checkFails(graph, "CALL shelf.nowhere()", "ProcedureError", "ProcedureNotFound");
  }
  SECTION("yielded names are checked") {
    checkFails(graph, "CALL shelf.repeat('x', 1) YIELD page RETURN page", "SyntaxError",
               "UndefinedVariable");
    checkFails(graph, "CALL shelf.repeat('x', 1) YIELD copy, number AS copy RETURN copy",
               "SyntaxError", "VariableAlreadyBound");
    checkFails(graph, "CALL shelf.repeat('x', 1) YIELD * RETURN copy", "SyntaxError",
               "UnexpectedSyntax");
    checkFails(graph, "CALL shelf.repeat('x', 1) RETURN copy", "SyntaxError", "UndefinedVariable");
    checkFails(graph, "MATCH (s) CALL shelf.repeat('x', 1) RETURN s", "SyntaxError",
               "InvalidClauseComposition");
  }
  kg::cypher::unregisterProcedure("shelf.repeat");
}

TEST_CASE("FLOAT arguments accept integers, void procedures pass rows on", "[query][procedures]") {
  std::vector<kg::Value> seen;
  kg::cypher::registerProcedure("shelf.note(weight :: FLOAT) :: ()", "remembers the weight",
                                [&](const kg::PropertyGraph&, const std::vector<kg::Value>& in) {
                                  seen.push_back(in[0]);
                                  return Rows{};
                                });
  kg::PropertyGraph graph;
  graph.addNode({"Shelf"}, {});
  graph.addNode({"Shelf"}, {});

  auto standalone = kg::runQuery(graph, "CALL shelf.note(2)");
  CHECK(standalone.columns.empty());
  CHECK(standalone.rows.empty());
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].is<double>());
  CHECK(seen[0].as<double>() == 2.0);

  auto passed_on = kg::runQuery(graph, "MATCH (s:Shelf) CALL shelf.note(1.5) RETURN count(s)");
  REQUIRE(passed_on.rows.size() == 1);
  CHECK(passed_on.rows[0][0].as<int64_t>() == 2);
  kg::cypher::unregisterProcedure("shelf.note");
}

// The TCK runner's own reading: the expected-value notation, its comparison with engine values,
// and the Gherkin subset (scenarios, outlines, doc strings, tables).
#include <catch2/catch.hpp>
#include <cmath>

#include "tests/tck/gherkin.h"
#include "tests/tck/tck_value.h"

using kg::tck::formatTckValue;
using kg::tck::parseFeature;
using kg::tck::parseTckValue;
using kg::tck::tckEqual;
using kg::tck::TckValue;
using Kind = TckValue::Kind;

TEST_CASE("TCK notation: scalars", "[tck]") {
  CHECK(parseTckValue("null").kind == Kind::Null);
  CHECK(parseTckValue(" true ").boolean);
  CHECK_FALSE(parseTckValue("false").boolean);
  CHECK(parseTckValue("-42").integer == -42);
  CHECK(parseTckValue("9223372036854775807").integer == INT64_MAX);
  TckValue exponent = parseTckValue("-1.2635418652381264e305");
  CHECK(exponent.kind == Kind::Float);
  CHECK(exponent.number == -1.2635418652381264e305);
  CHECK(parseTckValue(".5").number == 0.5);
  CHECK(std::isnan(parseTckValue("NaN").number));
  CHECK(parseTckValue("-Infinity").number == -INFINITY);
  CHECK(parseTckValue("'it\\'s \\\\ fine\\n'").text == "it's \\ fine\n");
  CHECK(parseTckValue("''").text.empty());
  CHECK_THROWS_AS(parseTckValue("'open"), kg::tck::TckParseError);
  CHECK_THROWS_AS(parseTckValue("1 2"), kg::tck::TckParseError);
  CHECK_THROWS_AS(parseTckValue("99999999999999999999"), kg::tck::TckParseError);
  CHECK_THROWS_AS(parseTckValue("nullx"), kg::tck::TckParseError);
}

TEST_CASE("TCK notation: lists, maps, nodes, relationships, paths", "[tck]") {
  TckValue list = parseTckValue("[1, [2, 'x'], {k: null, `odd key`: [true]}]");
  REQUIRE(list.kind == Kind::List);
  REQUIRE(list.items.size() == 3);
  CHECK(list.items[1].items[1].text == "x");
  CHECK(list.items[2].entries.at("odd key").items[0].boolean);
  CHECK(list.items[2].entries.at("k").kind == Kind::Null);

  TckValue node = parseTckValue("(:B:A {name: 'n', n: 1})");
  CHECK(node.kind == Kind::Node);
  CHECK(node.labels == std::vector<std::string>{"A", "B"});
  CHECK(node.entries.at("n").integer == 1);
  CHECK(parseTckValue("()").labels.empty());

  TckValue list_of_relationships = parseTckValue("[[:T], [:U {w: 2.5}]]");
  REQUIRE(list_of_relationships.items.size() == 2);
  CHECK(list_of_relationships.items[0].kind == Kind::Relationship);
  CHECK(list_of_relationships.items[1].text == "U");
  CHECK(list_of_relationships.items[1].entries.at("w").number == 2.5);

  TckValue path = parseTckValue("<(:A)-[:T]->(:B)<-[:U {x: 1}]-(:C)>");
  REQUIRE(path.kind == Kind::Path);
  REQUIRE(path.items.size() == 5);
  CHECK(path.forward == std::vector<bool>{true, false});
  CHECK(path.items[3].text == "U");
  CHECK(parseTckValue("<()>").items.size() == 1);
  CHECK_THROWS_AS(parseTckValue("<(:A)-[:T]-(:B)>"), kg::tck::TckParseError);

  CHECK(formatTckValue(path) == "<(:A)-[:T]->(:B)<-[:U {x: 1}]-(:C)>");
  CHECK(formatTckValue(parseTckValue("[1.0, 'a\\'b', {b: 2, a: 1}]")) ==
        "[1.0, 'a\\'b', {a: 1, b: 2}]");
}

TEST_CASE("TCK comparison is structural and strict about numbers", "[tck]") {
  CHECK(tckEqual(parseTckValue("null"), parseTckValue("null")));
  CHECK_FALSE(tckEqual(parseTckValue("1"), parseTckValue("1.0")));
  CHECK(tckEqual(parseTckValue("NaN"), parseTckValue("NaN")));
  CHECK(tckEqual(parseTckValue("(:A:B {x: 1})"), parseTckValue("(:B:A {x: 1})")));
  CHECK_FALSE(tckEqual(parseTckValue("(:A {x: 1})"), parseTckValue("(:A {x: 2})")));
  CHECK_FALSE(tckEqual(parseTckValue("(:A)"), parseTckValue("(:A {x: 2})")));
  CHECK_FALSE(tckEqual(parseTckValue("[:T]"), parseTckValue("[:U]")));
  CHECK_FALSE(tckEqual(parseTckValue("<(:A)-[:T]->(:B)>"), parseTckValue("<(:A)<-[:T]-(:B)>")));
  TckValue ordered = parseTckValue("[1, 2, 2]");
  TckValue shuffled = parseTckValue("[2, 1, 2]");
  CHECK_FALSE(tckEqual(ordered, shuffled));
  CHECK(tckEqual(ordered, shuffled, true));
  CHECK_FALSE(tckEqual(ordered, parseTckValue("[2, 1, 1]"), true));
}

TEST_CASE("Engine values convert to TCK values through the graph", "[tck]") {
  kg::PropertyGraph graph;
  uint32_t a = graph.addNode({"Person", "Actor"}, {{"name", kg::Value("Ann")}});
  uint32_t b = graph.addNode({}, {});
  uint32_t knows = graph.addEdge(b, a, "KNOWS", {{"since", kg::Value(int64_t{2001})}});

  CHECK(tckEqual(kg::tck::fromValue(kg::Value(kg::NodeRef{a}), graph),
                 parseTckValue("(:Actor:Person {name: 'Ann'})")));
  CHECK(tckEqual(kg::tck::fromValue(kg::Value(kg::EdgeRef{knows}), graph),
                 parseTckValue("[:KNOWS {since: 2001}]")));
  kg::PathValue walk{{a, b}, {knows}};
  CHECK(tckEqual(kg::tck::fromValue(kg::Value(walk), graph),
                 parseTckValue("<(:Actor:Person {name: 'Ann'})<-[:KNOWS {since: 2001}]-()>")));
  kg::ValueList mixed{kg::Value(1.5), kg::Value(), kg::Value("x")};
  CHECK(tckEqual(kg::tck::fromValue(kg::Value(mixed), graph), parseTckValue("[1.5, null, 'x']")));
  CHECK_THROWS(kg::tck::fromValue(kg::Value(kg::NodeRef{7}), graph));

  kg::Value parameter = kg::tck::toValue(parseTckValue("{list: [1, 'two'], f: 0.5}"));
  REQUIRE(parameter.is<kg::ValueMap>());
  CHECK(parameter.as<kg::ValueMap>().at("f").as<double>() == 0.5);
  CHECK(parameter.as<kg::ValueMap>().at("list").as<kg::ValueList>()[1].as<std::string>() == "two");
  CHECK_THROWS(kg::tck::toValue(parseTckValue("(:A)")));
}

TEST_CASE("Gherkin: background, doc strings, tables and escapes", "[tck]") {
  const char* text =
      "# header comment\n"
      "#encoding: utf-8\n"
      "Feature: Demo - a test\n"
      "  Some description.\n"
      "\n"
      "  Background:\n"
      "    Given an empty graph\n"
      "\n"
      "  @tag1 @tag2\n"
      "  Scenario: [1] First\n"
      "    And having executed:\n"
      "      \"\"\"\n"
      "      CREATE (:A)\n"
      "        CREATE (:B)\n"
      "      \"\"\"\n"
      "    # a comment between steps\n"
      "    Then the result should be, in any order:\n"
      "      | a | b \\| c |\n"
      "      | '\\\\' | 'x\\ny' |\n";
  kg::tck::GherkinFeature feature = parseFeature(text);
  CHECK(feature.name == "Demo - a test");
  REQUIRE(feature.scenarios.size() == 1);
  const kg::tck::GherkinScenario& scenario = feature.scenarios[0];
  CHECK(scenario.name == "[1] First");
  CHECK(scenario.example == 0);
  CHECK(scenario.tags == std::vector<std::string>{"@tag1", "@tag2"});
  REQUIRE(scenario.steps.size() == 3);
  CHECK(scenario.steps[0].text == "an empty graph");
  CHECK(scenario.steps[1].doc_string == "CREATE (:A)\n  CREATE (:B)");
  const auto& table = scenario.steps[2].table;
  REQUIRE(table.size() == 2);
  CHECK(table[0] == std::vector<std::string>{"a", "b | c"});
  CHECK(table[1] == std::vector<std::string>{"'\\'", "'x\ny'"});
}

TEST_CASE("Gherkin: outlines expand one scenario per Examples row", "[tck]") {
  const char* text =
      "Feature: Outline\n"
      "  Scenario Outline: [2] Compare <lhs>\n"
      "    Given any graph\n"
      "    When executing query:\n"
      "      \"\"\"\n"
      "      RETURN <lhs> = <rhs> AS result, '<unknown>' AS u\n"
      "      \"\"\"\n"
      "    Then the result should be, in any order:\n"
      "      | result   |\n"
      "      | <result> |\n"
      "\n"
      "    Examples:\n"
      "      | lhs | rhs | result |\n"
      "      | 1   | 1   | true   |\n"
      "      | 1   | 2   | false  |\n"
      "\n"
      "    Examples:\n"
      "      | lhs  | rhs | result |\n"
      "      | null | 1   | null   |\n";
  kg::tck::GherkinFeature feature = parseFeature(text);
  REQUIRE(feature.scenarios.size() == 3);
  CHECK(feature.scenarios[0].name == "[2] Compare 1");
  CHECK(feature.scenarios[1].steps[1].doc_string == "RETURN 1 = 2 AS result, '<unknown>' AS u");
  CHECK(feature.scenarios[1].steps[2].table[1][0] == "false");
  CHECK(feature.scenarios[2].example == 3);
  CHECK(feature.scenarios[2].steps[2].table[1][0] == "null");
}

TEST_CASE("Gherkin: malformed files name the line", "[tck]") {
  try {
    parseFeature("Feature: Broken\n  Scenario: x\n    Given any graph\n    \"\"\"\n    RETURN 1\n");
    FAIL("expected a GherkinError");
  } catch (const kg::tck::GherkinError& error) {
    CHECK(error.line == 4);
  }
  CHECK_THROWS_AS(parseFeature("Feature: F\n  Scenario Outline: o\n    Given any graph\n"),
                  kg::tck::GherkinError);
  CHECK_THROWS_AS(parseFeature("Feature: F\n  Scenario: s\n    Given any graph\n    nonsense\n"),
                  kg::tck::GherkinError);
}

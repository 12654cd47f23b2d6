// kg eval on the seed article and its gold annotation (samples/): the ingest must reach F1 >= 0.75
// on the scored relations with no must-not violation; the command's figures must agree with a gold
// file written here (an article whose only fact is known); and on a set of two such articles its
// totals must be the micro sums of the articles'.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "test_support.h"

using kg::testing::runCommand;
using kg::testing::ScratchDirectory;

namespace {

const std::string kKg = KG_BINARY;
const std::string kSamples = std::string(KG_SOURCE_DIR) + "/samples";

rapidjson::Document parseJson(const std::string& text) {
  rapidjson::Document json;
  json.Parse(text.c_str());
  return json;
}

}  // namespace

// The seed went through an article spinner; the ingest reads it with general rules and WordNet's
// synonyms only (no entry for the spinner's odd words), which bounds what it finds there. The
// measured figure is in bench/RESULTS.md; this guards against regressions below it.
TEST_CASE("kg eval scores the seed article at F1 >= 0.75 with no must-not violation", "[eval]") {
  auto result =
      runCommand({kKg, "eval", "--json", kSamples + "/seed-uk-sanctions.gold.json"}, "", 300);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document json = parseJson(result.out);
  REQUIRE_FALSE(json.HasParseError());
  INFO(result.out);
  CHECK(json["must_not_violations"].GetInt() == 0);
  CHECK(json["f1"].GetDouble() >= 0.75);
  CHECK(json["required"].GetInt() > 0);

  auto text = runCommand({kKg, "eval", kSamples + "/seed-uk-sanctions.gold.json"}, "", 300);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("precision") != std::string::npos);
  CHECK(text.out.find("sanctioned") != std::string::npos);
}

TEST_CASE("kg eval counts hits, misses, extras and must-not edges on a small gold", "[eval]") {
  ScratchDirectory scratch;
  scratch.write("article.txt",
                "France accused Russia of cyber-attacks on its hospitals.\n\n"
                "Germany did not sanction Russia.\n");
  std::string gold = scratch.write("gold.json", R"({
    "article": "article.txt",
    "relations": ["accused", "sanctioned", "condemned"],
    "entities": [
      {"id": "france", "name": "France", "type": "country", "aliases": ["French government"]},
      {"id": "russia", "name": "Russia", "type": "country", "aliases": ["Moscow"]},
      {"id": "germany", "name": "Germany", "type": "country", "aliases": []}
    ],
    "edges": [
      {"subject": "france", "relation": "accused", "object": "russia", "line": 1},
      {"subject": "germany", "relation": "condemned", "object": "russia", "line": 3}
    ],
    "must_not": [
      {"subject": "germany", "relation": "sanctioned", "object": "russia", "line": 3}
    ]
  })");
  auto result = runCommand({kKg, "eval", "--json", gold}, "", 120);
  INFO(result.err << result.out);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document json = parseJson(result.out);
  REQUIRE_FALSE(json.HasParseError());
  CHECK(json["tp"].GetInt() == 1);
  CHECK(json["required"].GetInt() == 2);
  CHECK(json["must_not_violations"].GetInt() == 0);  // the negated edge is not asserted
  CHECK(json["per_relation"]["condemned"]["found"].GetInt() == 0);
  CHECK(json["recall"].GetDouble() == Approx(0.5));
}

TEST_CASE("kg eval reports a broken gold file with line and column", "[eval]") {
  ScratchDirectory scratch;
  std::string gold = scratch.write("gold.json", "{\n  \"relations\": [\"accused\",]\n}\n");
  auto result = runCommand({kKg, "eval", gold, gold});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("gold.json:2:") != std::string::npos);
  CHECK(result.err.find("^") != std::string::npos);
}

TEST_CASE("kg eval on a set directory prints each article and the micro totals", "[eval]") {
  ScratchDirectory scratch;
  std::filesystem::create_directories(scratch.file("set/articles"));
  std::filesystem::create_directories(scratch.file("set/gold"));
  scratch.write("set/articles/01_first.txt",
                "First report\n\nFrance accused Russia of cyber-attacks on its hospitals.\n");
  scratch.write(
      "set/articles/02_second.txt",
      "Second report\n\nCanada sanctioned Ivo Marchetti on Monday. Japan condemned Iran.\n");
  const std::string entities = R"(
    "entities": [
      {"id": "france", "name": "France", "type": "country", "aliases": []},
      {"id": "russia", "name": "Russia", "type": "country", "aliases": []},
      {"id": "canada", "name": "Canada", "type": "country", "aliases": []},
      {"id": "marchetti", "name": "Ivo Marchetti", "type": "person", "aliases": []},
      {"id": "japan", "name": "Japan", "type": "country", "aliases": []},
      {"id": "iran", "name": "Iran", "type": "country", "aliases": []}
    ],)";
  const std::string header = R"({"relations": ["accused", "sanctioned", "condemned"],)";
  scratch.write("set/gold/01_first.gold.json", header + entities + R"(
    "edges": [{"subject": "france", "relation": "accused", "object": "russia", "line": 3}],
    "must_not": []})");
  scratch.write("set/gold/02_second.gold.json", header + entities + R"(
    "edges": [{"subject": "canada", "relation": "sanctioned", "object": "marchetti", "line": 3},
              {"subject": "japan", "relation": "accused", "object": "iran", "line": 3}],
    "must_not": []})");
  std::string set = scratch.file("set");
  auto totals = runCommand({kKg, "eval", "--json", set}, "", 120);
  INFO(totals.err << totals.out);
  REQUIRE(totals.exit_code == 0);
  rapidjson::Document json = parseJson(totals.out);
  REQUIRE_FALSE(json.HasParseError());
  CHECK(json["articles"].GetInt() == 2);
  CHECK(json["required"].GetInt() == 3);
  // The two articles on their own: their counts add up to the set's.
  int tp = 0, fp = 0;
  for (const char* name : {"01_first", "02_second"}) {
    auto one = runCommand({kKg, "eval", "--json", set + "/gold/" + name + ".gold.json",
                           set + "/articles/" + name + ".txt"},
                          "", 120);
    REQUIRE(one.exit_code == 0);
    rapidjson::Document article = parseJson(one.out);
    REQUIRE_FALSE(article.HasParseError());
    tp += article["tp"].GetInt();
    fp += article["fp"].GetInt();
  }
  CHECK(json["tp"].GetInt() == tp);
  CHECK(json["fp"].GetInt() == fp);
  CHECK(tp == 2);  // the accusation and the sanction; Japan condemned Iran, it did not accuse it
  auto text = runCommand({kKg, "eval", set}, "", 120);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("01_first") != std::string::npos);
  CHECK(text.out.find("micro: precision") != std::string::npos);
  // A directory without a gold folder is an error that names it.
  auto bad = runCommand({kKg, "eval", scratch.path()}, "", 60);
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("gold") != std::string::npos);
}

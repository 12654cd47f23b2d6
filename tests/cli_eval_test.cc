// kg eval on the seed article and its gold annotation (samples/): the ingest must reach F1 >= 0.90
// on the scored relations with no must-not violation, and the command's figures must agree with
// a gold file written here (an article whose only fact is known).
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
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

TEST_CASE("kg eval scores the seed article at F1 >= 0.90 with no must-not violation", "[eval]") {
  auto result =
      runCommand({kKg, "eval", "--json", kSamples + "/seed-uk-sanctions.gold.json"}, "", 300);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  rapidjson::Document json = parseJson(result.out);
  REQUIRE_FALSE(json.HasParseError());
  INFO(result.out);
  CHECK(json["must_not_violations"].GetInt() == 0);
  CHECK(json["f1"].GetDouble() >= 0.90);
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

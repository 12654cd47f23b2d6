// The JSON export is a contract outside tools read: these fields, with these types, always.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <tuple>

#include "export/json_export.h"
#include "graph/graph_store.h"
#include "test_support.h"

using namespace kg;

namespace {

PropertyGraph contractGraph(const std::string& database) {
  GraphStore store(database);
  ArticleFacts facts;
  facts.name = "article.txt";
  facts.content_hash = contentHash("x");
  facts.actors = {{"United Kingdom", ActorType::Country, {"UK", "Britain"}},
                  {"APT99", ActorType::Group, {"Advanced Persistent Threat Group 99"}}};
  facts.edges = {
      {0, 1, "accused", EdgeStatus::Asserted, 0.75, "The UK blamed APT99.", 120, 140},
      {1, 0, "targeted", EdgeStatus::Negated, 0.5, "APT99 did not target \"the UK\".", 141, 170}};
  store.addArticle(facts);
  return store.load();
}

}  // namespace

TEST_CASE("the JSON export carries the contract's fields with their types", "[export][json]") {
  testing::ScratchDirectory scratch;
  PropertyGraph graph = contractGraph(scratch.file("g.db"));
  std::ostringstream out;
  writeJson(graph, Subgraph::all(graph), out);

  rapidjson::Document json;
  json.Parse(out.str().c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json["nodes"].IsArray());
  REQUIRE(json["edges"].IsArray());
  REQUIRE(json["nodes"].Size() == 2);
  REQUIRE(json["edges"].Size() == 2);

  const auto& uk = json["nodes"][0];
  CHECK(uk["id"].IsString());
  CHECK(std::string(uk["name"].GetString()) == "United Kingdom");
  CHECK(std::string(uk["type"].GetString()) == "country");
  REQUIRE(uk["aliases"].IsArray());
  CHECK(uk["aliases"].Size() == 2);

  for (const auto& edge : json["edges"].GetArray()) {
    CHECK(edge["id"].IsString());
    CHECK(edge["source"].IsString());
    CHECK(edge["target"].IsString());
    CHECK(edge["relation"].IsString());
    CHECK(edge["status"].IsString());
    CHECK(edge["mentions"].IsUint());
    CHECK(edge["confidence"].IsNumber());
    REQUIRE(edge["evidence"].IsArray());
    REQUIRE(edge["evidence"].Size() == 1);
    const auto& evidence = edge["evidence"][0];
    CHECK(evidence["article"].IsString());
    CHECK(evidence["sentence"].IsString());
    CHECK(evidence["start"].IsInt64());
    CHECK(evidence["end"].IsInt64());
  }
  const auto& accused = json["edges"][0];
  CHECK(std::string(accused["relation"].GetString()) == "accused");
  CHECK(std::string(accused["source"].GetString()) == uk["id"].GetString());
  CHECK(accused["confidence"].GetDouble() == Approx(0.75));
  CHECK(accused["evidence"][0]["start"].GetInt64() == 120);
  const auto& targeted = json["edges"][1];
  CHECK(std::string(targeted["status"].GetString()) == "negated");
  CHECK(std::string(targeted["evidence"][0]["sentence"].GetString()) ==
        "APT99 did not target \"the UK\".");
}

TEST_CASE("a subgraph export holds the chosen edges and their end nodes only", "[export][json]") {
  testing::ScratchDirectory scratch;
  PropertyGraph graph = contractGraph(scratch.file("g.db"));
  std::ostringstream out;
  writeJson(graph, Subgraph::of(graph, {}, {1}), out);
  rapidjson::Document json;
  json.Parse(out.str().c_str());
  REQUIRE_FALSE(json.HasParseError());
  CHECK(json["edges"].Size() == 1);
  CHECK(json["nodes"].Size() == 2);
}

TEST_CASE("dated articles add first_seen, last_seen, sources and per-evidence date and outlet",
          "[export][json]") {
  testing::ScratchDirectory scratch;
  std::string database = scratch.file("dated.db");
  {
    GraphStore store(database);
    for (auto [text, date, source] :
         {std::tuple{"one", "2021-07-19", "Example Wire"}, {"two", "2024-03-25", "Other Desk"}}) {
      ArticleFacts facts;
      facts.name = std::string(text) + ".txt";
      facts.content_hash = contentHash(text);
      facts.info.published = date;
      facts.info.source = source;
      facts.actors = {{"United Kingdom", ActorType::Country, {}}, {"APT99", ActorType::Group, {}}};
      facts.edges = {{0, 1, "accused", EdgeStatus::Asserted, 0.75, "The UK blamed APT99.", 0, 20}};
      if (std::string(text) == "two") {
        facts.edges[0].event_words = "on Monday";
        facts.edges[0].event_date = "2024-03-25";
      }
      store.addArticle(facts);
    }
  }
  PropertyGraph graph = GraphStore(database).load();
  std::ostringstream out;
  writeJson(graph, Subgraph::all(graph), out);
  rapidjson::Document json;
  json.Parse(out.str().c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json["edges"].Size() == 1);
  const auto& edge = json["edges"][0];
  CHECK(std::string(edge["first_seen"].GetString()) == "2021-07-19");
  CHECK(std::string(edge["last_seen"].GetString()) == "2024-03-25");
  REQUIRE(edge["sources"].IsArray());
  CHECK(edge["sources"].Size() == 2);
  REQUIRE(edge["evidence"].Size() == 2);
  CHECK(std::string(edge["evidence"][1]["published"].GetString()) == "2024-03-25");
  CHECK(std::string(edge["evidence"][1]["source"].GetString()) == "Other Desk");
  // The date a sentence gives its event, with its words; absent where it gives none.
  CHECK(std::string(edge["evidence"][1]["event_date"].GetString()) == "2024-03-25");
  CHECK(std::string(edge["evidence"][1]["event_words"].GetString()) == "on Monday");
  CHECK_FALSE(edge["evidence"][0].HasMember("event_date"));
  // The contract's fields are all still there.
  for (const char* field :
       {"id", "source", "target", "relation", "status", "mentions", "confidence", "evidence"})
    CHECK(edge.HasMember(field));
}

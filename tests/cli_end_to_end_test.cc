// The whole path through the built kg: articles in, typed edges stored, a query answer out,
// the JSON export, idempotent re-ingest, and clear errors with the right exit codes.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

using kg::testing::runCommand;
using kg::testing::ScratchDirectory;

namespace {

const std::string kKg = KG_BINARY;
const std::string kSamples = std::string(KG_SOURCE_DIR) + "/samples";

}  // namespace

TEST_CASE("kg ingests samples/ and answers who sanctioned whom", "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  auto ingest = runCommand({kKg, "ingest", "--db", db, kSamples}, "", 300);
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  CHECK(ingest.out.find("ingested") != std::string::npos);

  // The seed article: the UK sanctioned two people (named by the article, not by this test).
  auto query = runCommand({kKg, "query", "--db", db, "--format", "csv",
                           "MATCH (a)-[:sanctioned]->(b:Person) "
                           "RETURN a.name, count(DISTINCT b) AS people ORDER BY a.name"});
  INFO(query.err);
  INFO(query.out);
  REQUIRE(query.exit_code == 0);
  size_t uk = query.out.find("\nUnited Kingdom,");
  REQUIRE(uk != std::string::npos);
  CHECK(std::stoi(query.out.substr(uk + std::string("\nUnited Kingdom,").size())) >= 2);

  auto again = runCommand({kKg, "ingest", "--db", db, kSamples}, "", 300);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 ingested") != std::string::npos);

  auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  rapidjson::Document json;
  json.Parse(exported.out.c_str());
  REQUIRE_FALSE(json.HasParseError());
  CHECK(json["nodes"].Size() > 10);
  CHECK(json["edges"].Size() > 5);
}

TEST_CASE("kg names the bad file, ingests the rest and exits non-zero", "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  std::string good = scratch.write("good.txt", "France accused Russia of cyber-attacks.\n");
  std::string missing = scratch.file("missing.txt");
  auto ingest = runCommand({kKg, "ingest", "--db", db, missing, good});
  CHECK(ingest.exit_code == 1);
  CHECK(ingest.err.find("missing.txt") != std::string::npos);
  CHECK(ingest.out.find("1 ingested") != std::string::npos);
}

TEST_CASE("every command answers --help and rejects unknown options", "[e2e]") {
  for (std::string command : {"ingest", "query", "shell", "export", "stats", "eval"}) {
    auto help = runCommand({kKg, command, "--help"});
    INFO(command);
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("kg " + command) != std::string::npos);  // usage line or NAME section
  }
  CHECK(runCommand({kKg, "--help"}).exit_code == 0);
  CHECK(runCommand({kKg, "frobnicate"}).exit_code == 2);
  CHECK(runCommand({kKg, "ingest", "--bogus", "x"}).exit_code == 2);
}

TEST_CASE("the database comes from --db, else $KG_DB", "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("env.db");
  std::string article = scratch.write("a.txt", "Germany condemned Iran.\n");
  auto ingest = runCommand({kKg, "ingest", article}, "", 60, {"KG_DB=" + db});
  REQUIRE(ingest.exit_code == 0);
  auto stats = runCommand({kKg, "stats"}, "", 60, {"KG_DB=" + db});
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.find("articles  1") != std::string::npos);
  auto missing = runCommand({kKg, "stats", "--db", scratch.file("none.db")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("none.db") != std::string::npos);
}

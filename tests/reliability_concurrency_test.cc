// Concurrency: readers (kg query, kg export, kg stats, the REPL) run while kg ingest writes,
// never see "database is locked" and only ever see whole articles; two kg ingest processes on
// one database serialise and together build the graph one process builds.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <string>
#include <thread>

#include "reliability_support.h"
#include "test_support.h"

using kg::testing::BackgroundProcess;
using kg::testing::evidencePerArticle;
using kg::testing::normalisedExport;
using kg::testing::runCommand;
using kg::testing::scaledSeconds;
using kg::testing::ScratchDirectory;
using kg::testing::sqlRows;
using kg::testing::writeArticles;

namespace {

const std::string kKg = KG_BINARY;

bool mentionsLocking(const std::string& text) {
  return text.find("locked") != std::string::npos || text.find("busy") != std::string::npos;
}

// Evidence per article as a JSON export shows it.
std::map<std::string, int> evidenceInExport(const std::string& json_text) {
  rapidjson::Document json;
  json.Parse(json_text.c_str(), json_text.size());
  REQUIRE_FALSE(json.HasParseError());
  std::map<std::string, int> counts;
  for (const auto& edge : json["edges"].GetArray())
    for (const auto& item : edge["evidence"].GetArray()) ++counts[item["article"].GetString()];
  return counts;
}

}  // namespace

TEST_CASE("readers run while kg ingest writes and see whole articles only", "[reliability]") {
  ScratchDirectory scratch;
  std::string articles = scratch.file("articles");
  writeArticles(articles, 200, 99);
  std::string reference_db = scratch.file("reference.db");
  auto reference =
      runCommand({kKg, "ingest", "--db", reference_db, articles}, "", scaledSeconds(120));
  REQUIRE(reference.exit_code == 0);
  auto reference_evidence = evidencePerArticle(reference_db);

  std::string db = scratch.file("kg.db");
  BackgroundProcess writer({kKg, "ingest", "--db", db, articles}, scratch.file("out"),
                           scratch.file("err"));
  // Wait for the schema so that read-only readers can open the database.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(scaledSeconds(30));
  while (writer.running() && std::chrono::steady_clock::now() < deadline) {
    try {
      if (sqlRows(db, "PRAGMA user_version")[0][0] != "0") break;
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  int rounds = 0, rounds_while_writing = 0;
  size_t largest_seen = 0;
  while (rounds < 3 || writer.running()) {
    bool writing = writer.running();
    auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"}, "", 60);
    INFO("export: " << exported.err);
    CHECK_FALSE(mentionsLocking(exported.err));
    REQUIRE(exported.exit_code == 0);
    auto seen = evidenceInExport(exported.out);
    for (const auto& [article, count] : seen) {
      INFO(article);
      CHECK(count == reference_evidence[article]);
    }
    largest_seen = std::max(largest_seen, seen.size());

    auto query = runCommand(
        {kKg, "query", "--db", db, "MATCH (a)-[r]->(b) RETURN count(r) AS edges"}, "", 60);
    INFO("query: " << query.err);
    CHECK_FALSE(mentionsLocking(query.err));
    CHECK(query.exit_code == 0);
    auto stats = runCommand({kKg, "stats", "--db", db}, "", 60);
    INFO("stats: " << stats.err);
    CHECK_FALSE(mentionsLocking(stats.err));
    CHECK(stats.exit_code == 0);
    auto shell = runCommand({kKg, "shell", "--db", db}, "MATCH (n) RETURN count(n);\n", 60);
    INFO("shell: " << shell.out << shell.err);
    CHECK_FALSE(mentionsLocking(shell.out + shell.err));
    CHECK(shell.exit_code == 0);
    ++rounds;
    rounds_while_writing += writing;
  }
  INFO(writer.err());
  CHECK(writer.exitCode() == 0);
  WARN(rounds_while_writing << " read rounds while the ingest wrote");
  CHECK(rounds_while_writing >= 1);
  CHECK(evidencePerArticle(db) == reference_evidence);
}

TEST_CASE("two kg ingest processes on one database serialise safely", "[reliability]") {
  ScratchDirectory scratch;
  std::string articles = scratch.file("articles");
  std::vector<std::string> paths = writeArticles(articles, 200, 7);
  std::string reference_db = scratch.file("reference.db");
  auto reference =
      runCommand({kKg, "ingest", "--db", reference_db, articles}, "", scaledSeconds(120));
  REQUIRE(reference.exit_code == 0);

  // The same articles, one process front to back and the other back to front.
  std::string db = scratch.file("kg.db");
  std::vector<std::string> forward = {kKg, "ingest", "--db", db, articles};
  std::vector<std::string> backward = {kKg, "ingest", "--db", db};
  backward.insert(backward.end(), paths.rbegin(), paths.rend());
  BackgroundProcess first(forward, scratch.file("out1"), scratch.file("err1"));
  BackgroundProcess second(backward, scratch.file("out2"), scratch.file("err2"));
  REQUIRE(first.waitFor(scaledSeconds(120)));
  REQUIRE(second.waitFor(scaledSeconds(120)));
  INFO("first: " << first.out() << first.err() << "\nsecond: " << second.out() << second.err());
  CHECK(first.exitCode() == 0);
  CHECK(second.exitCode() == 0);
  CHECK_FALSE(mentionsLocking(first.err() + second.err()));
  // Between them every article went in exactly once.
  auto ingestedBy = [](const std::string& out) { return std::stoi(out.substr(0, out.find(' '))); };
  CHECK(ingestedBy(first.out()) + ingestedBy(second.out()) == 200);
  CHECK(kg::testing::integrityProblems(db).empty());
  CHECK(evidencePerArticle(db) == evidencePerArticle(reference_db));
  auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"});
  auto expected = runCommand({kKg, "export", "--db", reference_db, "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  CHECK(normalisedExport(exported.out) == normalisedExport(expected.out));
}

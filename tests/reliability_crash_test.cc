// Crash safety: `kg ingest` killed with SIGKILL at 20 random moments leaves an intact database
// in which every article is wholly present or absent, and a re-run completes to exactly the
// graph an uninterrupted ingest builds.
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <string>
#include <thread>

#include "reliability_support.h"
#include "test_support.h"

using kg::testing::BackgroundProcess;
using kg::testing::evidencePerArticle;
using kg::testing::kUnderSanitizer;
using kg::testing::normalisedExport;
using kg::testing::runCommand;
using kg::testing::scaledSeconds;
using kg::testing::ScratchDirectory;
using kg::testing::sqlRows;
using kg::testing::writeArticles;

namespace {

const std::string kKg = KG_BINARY;

std::string exportJson(const std::string& db) {
  auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"}, "", 60);
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  return exported.out;
}

}  // namespace

TEST_CASE("SIGKILL at 20 random moments never leaves half an article", "[reliability]") {
  ScratchDirectory scratch;
  std::string articles = scratch.file("articles");
  // Fewer articles under the sanitizers, which make each ingest several times slower; still 20
  // kills, and enough articles that most of them land mid-ingest.
  const size_t article_count = kUnderSanitizer ? 60 : 200;
  writeArticles(articles, static_cast<int>(article_count), 2026);

  // The uninterrupted reference, and how long it takes.
  std::string reference_db = scratch.file("reference.db");
  auto start = std::chrono::steady_clock::now();
  auto reference =
      runCommand({kKg, "ingest", "--db", reference_db, articles}, "", scaledSeconds(120));
  double reference_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(reference.err);
  REQUIRE(reference.exit_code == 0);
  auto reference_evidence = evidencePerArticle(reference_db);
  REQUIRE(reference_evidence.size() == article_count);

  std::string db = scratch.file("crashed.db");
  std::mt19937 generator(31337);
  std::uniform_real_distribution<double> moment(0.0, reference_seconds * 0.8);
  int killed = 0, finished = 0;
  size_t previous_articles = 0;
  for (int round = 0; round < 20; ++round) {
    BackgroundProcess kg({kKg, "ingest", "--db", db, "-q", articles}, scratch.file("out"),
                         scratch.file("err"));
    bool ended = kg.waitFor(moment(generator));
    if (!ended) {
      kg.killNow();
      ++killed;
    } else {
      ++finished;
      INFO(kg.err());
      CHECK(kg.exitCode() == 0);
    }
    if (!std::filesystem::exists(db)) continue;  // killed before it created the database

    INFO("round " << round);
    CHECK(kg::testing::integrityProblems(db).empty());
    CHECK(sqlRows(db, "PRAGMA foreign_key_check").empty());
    // Killed before the schema committed: an empty database, which the next run sets up.
    if (sqlRows(db, "SELECT count(*) FROM sqlite_master")[0][0] == "0") continue;
    // Evidence never points at an article that is not stored.
    CHECK(sqlRows(db,
                  "SELECT count(*) FROM evidence WHERE article_id NOT IN "
                  "(SELECT id FROM articles)")[0][0] == "0");
    // Every stored article has all its evidence, as the uninterrupted ingest gave it.
    auto evidence = evidencePerArticle(db);
    for (const auto& [name, count] : evidence) {
      INFO(name);
      REQUIRE(reference_evidence.count(name) == 1);
      CHECK(count == reference_evidence[name]);
    }
    CHECK(evidence.size() >= previous_articles);  // a kill never loses committed articles
    previous_articles = evidence.size();
    if (ended) {
      // A finished run stored everything; later runs would only skip stored articles and end
      // before their kill, so start again from an empty database for the next kills.
      CHECK(evidence == reference_evidence);
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
      previous_articles = 0;
    }
  }
  WARN("reference ingest " << reference_seconds << " s; " << killed << " runs killed, " << finished
                           << " finished before their kill");
  CHECK(killed >= 10);

  // A re-run completes to exactly the graph of the uninterrupted ingest.
  auto rerun = runCommand({kKg, "ingest", "--db", db, articles}, "", scaledSeconds(120));
  INFO(rerun.err);
  REQUIRE(rerun.exit_code == 0);
  CHECK(evidencePerArticle(db) == reference_evidence);
  std::string reference_json = exportJson(reference_db);
  std::string crashed_json = exportJson(db);
  CHECK(normalisedExport(crashed_json) == normalisedExport(reference_json));
  // Row ids too: a rolled-back article consumes none.
  CHECK(crashed_json == reference_json);
}

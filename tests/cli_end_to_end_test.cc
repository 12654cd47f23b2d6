// The whole path through the built kg: articles in, typed edges stored, a query answer out,
// the JSON export, idempotent re-ingest, and clear errors with the right exit codes.
#include <rapidjson/document.h>

#include <algorithm>
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

TEST_CASE("temporal values a CREATE writes are read back typed, and exports print them as text",
          "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  auto create = runCommand({kKg, "query", "--db", db,
                            "CREATE (:Meeting {name: 'Summit of Arnor', held: date('2024-03-25'), "
                            "opened: datetime('2024-03-25T09:30+01:00[Europe/Stockholm]'), lasted: "
                            "duration('PT2H30M')})"});
  INFO(create.err);
  REQUIRE(create.exit_code == 0);
  // A new process reads the values back from SQLite as dates and durations, not as text.
  auto query = runCommand({kKg, "query", "--db", db, "--format", "csv", "--no-headers",
                           "MATCH (m:Meeting) RETURN m.held >= date('2024-01-01'), m.held.year, "
                           "m.opened.timezone, m.opened + m.lasted, m.held - duration('P1M')"});
  INFO(query.err);
  REQUIRE(query.exit_code == 0);
  std::string row = query.out;
  row.erase(std::remove(row.begin(), row.end(), '\r'), row.end());
  CHECK(row == "true,2024,Europe/Stockholm,2024-03-25T12:00+01:00[Europe/Stockholm],2024-02-25\n");
  auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.out.find("\"2024-03-25\"") != std::string::npos);
  CHECK(exported.out.find("\"PT2H30M\"") != std::string::npos);
  CHECK(exported.out.find("$date") == std::string::npos);
}

TEST_CASE("a sentence's event date is resolved against the date --date gives", "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  // Dated Tuesday 26 March 2024 by the flag; the text's own date line says otherwise.
  std::string article = scratch.write(
      "a.txt", "Arnor acts\n\n1 January 2020\n\nArnor on Monday sanctioned Telemar Vorn.\n");
  auto ingest = runCommand({kKg, "ingest", "-q", "--db", db, "--date", "2024-03-26", article});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  auto query = runCommand({kKg, "query", "--db", db, "--format", "csv", "--no-headers",
                           "MATCH ()-[r:sanctioned]->() UNWIND r.evidence AS e "
                           "RETURN e.event_date, e.event_words"});
  INFO(query.err);
  CHECK(query.out.find("2024-03-25,on Monday") == 0);
  CHECK(query.err.find("Warning") == std::string::npos);  // evidence keys are known keys
}

TEST_CASE("publication dates from the text, a manifest and --date, queries and stats read them",
          "[e2e]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  std::string old_article = scratch.write(
      "old.txt", "Arnor blames Gondor\n\n12 May 2019\n\nArnor accused Gondor of hacking.\n");
  std::string new_article =
      scratch.write("new.txt", "Rohan acts\n\nRohan accused Gondor of cyber-attacks.\n");
  std::string given = scratch.write("given.txt", "Rohan again\n\nRohan condemned Gondor.\n");
  std::string manifest = scratch.write(
      "manifest.csv", "path,date,source\nnew.txt,2024-03-25,\"Example Wire, Inc.\"\n");
  auto ingest = runCommand(
      {kKg, "ingest", "-q", "--db", db, "--manifest", manifest, old_article, new_article});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  auto flagged = runCommand(
      {kKg, "ingest", "-q", "--db", db, "--date", "2022-01-10", "--source", "Desk", given});
  REQUIRE(flagged.exit_code == 0);

  auto query = runCommand({kKg, "query", "--db", db, "--format", "csv",
                           "MATCH (a)-[r]->(b) RETURN a.name, type(r), r.first_seen, "
                           "r.last_seen, r.sources ORDER BY r.first_seen"});
  INFO(query.err);
  REQUIRE(query.exit_code == 0);
  CHECK(query.out.find("Arnor,accused,2019-05-12,2019-05-12,") != std::string::npos);
  CHECK(query.out.find("Rohan,condemned,2022-01-10,2022-01-10,\"[\"\"Desk\"\"]\"") !=
        std::string::npos);
  CHECK(query.out.find("Rohan,accused,2024-03-25,2024-03-25,\"[\"\"Example Wire, Inc.\"\"]\"") !=
        std::string::npos);
  auto before =
      runCommand({kKg, "query", "--db", db, "--format", "csv",
                  "MATCH ()-[r]->() WHERE r.last_seen < date('2022-01-01') RETURN count(r)"});
  std::string counted = before.out;
  counted.erase(std::remove(counted.begin(), counted.end(), '\r'), counted.end());
  CHECK(counted == "count(r)\n1\n");

  // A time window keeps the edges stated in it, in queries, exports and the shell.
  auto window = runCommand({kKg, "query", "--db", db, "--format", "csv", "--no-headers",
                            "--between", "2020-01-01", "-", "MATCH ()-[r]->() RETURN count(r)"});
  CHECK(window.out.find('2') == 0);
  auto exported = runCommand({kKg, "export", "--db", db, "--between", "2019-01-01", "2019-12-31"});
  CHECK(exported.out.find("2019-05-12") != std::string::npos);
  CHECK(exported.out.find("2024-03-25") == std::string::npos);
  auto shell = runCommand({kKg, "shell", "--db", db},
                          ".window 2022-01-01 2022-12-31\nMATCH ()-[r]->() RETURN count(r);\n");
  CHECK(shell.out.find("│        1 │") != std::string::npos);
  CHECK(runCommand({kKg, "query", "--db", db, "--between", "2020-01-01", "RETURN 1"}).exit_code ==
        2);

  auto stats = runCommand({kKg, "stats", "--db", db});
  CHECK(stats.out.find("2019-05-12 to 2024-03-25 (3 of 3 articles dated)") != std::string::npos);
  CHECK(stats.out.find("Example Wire, Inc.  1") != std::string::npos);

  // A bad manifest or date is a usage error naming the place; nothing is ingested.
  std::string bad = scratch.write("bad.csv", "path,date\nnew.txt,25/03/2024\n");
  auto refused = runCommand({kKg, "ingest", "--db", db, "--manifest", bad, new_article});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("bad.csv:2:") != std::string::npos);
  CHECK(runCommand({kKg, "ingest", "--db", db, "--date", "2024-02-30", given}).exit_code == 2);
  std::string unknown = scratch.write("unknown.csv", "path,when\nnew.txt,2024-01-01\n");
  auto column = runCommand({kKg, "ingest", "--db", db, "--manifest", unknown, new_article});
  CHECK(column.exit_code == 2);
  CHECK(column.err.find("unknown column 'when'") != std::string::npos);
}

TEST_CASE("DELETE, DETACH DELETE, SET and REMOVE are stored, re-ingest keeps a deleted fact away",
          "[e2e][delete]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  std::string article =
      scratch.write("ports.txt",
                    "Varnesk accused Oltmar Dynamics of cyber-espionage.\n\n"
                    "Later, Varnesk also sanctioned Brisco Halvard, a businessman.\n");
  REQUIRE(runCommand({kKg, "ingest", "--db", db, article}).exit_code == 0);
  auto query = [&](const std::string& text) {
    auto run = runCommand({kKg, "query", "--db", db, "--format", "csv", text});
    INFO(text);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    std::string out = run.out;  // CSV rows end in CRLF (RFC 4180)
    out.erase(std::remove(out.begin(), out.end(), '\r'), out.end());
    return out;
  };
  auto stat = [&](const std::string& line_start) {
    auto stats = runCommand({kKg, "stats", "--db", db});
    REQUIRE(stats.exit_code == 0);
    size_t at = stats.out.find(line_start);
    REQUIRE(at != std::string::npos);
    return std::stoi(stats.out.substr(at + line_start.size()));
  };
  const std::string edges = "MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name ORDER BY type(r)";
  REQUIRE(query(edges) ==
          "a.name,type(r),b.name\nVarnesk,accused,Oltmar Dynamics\n"
          "Varnesk,sanctioned,Brisco Halvard\n");
  REQUIRE(stat("evidence") == 2);

  // Deleting the accusation removes its evidence; a second process no longer sees it.
  auto deleted = runCommand({kKg, "query", "--db", db, "MATCH ()-[r:accused]->() DELETE r"});
  CHECK(deleted.exit_code == 0);
  CHECK(deleted.out.find("Deleted 0 nodes, 1 relationship") != std::string::npos);
  CHECK(query(edges) == "a.name,type(r),b.name\nVarnesk,sanctioned,Brisco Halvard\n");
  CHECK(stat("evidence") == 1);

  // SET and REMOVE on an ingested actor and a news edge.
  query(
      "MATCH (p {name: 'Brisco Halvard'})<-[r:sanctioned]-() "
      "SET p.role = 'trader', p:Trader, r.note = 'checked' REMOVE p:Person");
  CHECK(query("MATCH (p:Trader)<-[r]-() RETURN p.name, p.role, labels(p), r.note") ==
        "p.name,p.role,labels(p),r.note\nBrisco Halvard,trader,\"[\"\"Trader\"\"]\",checked\n");
  query("MATCH (p:Trader)<-[r]-() REMOVE p.role, r.note");
  CHECK(query("MATCH (p:Trader)<-[r]-() RETURN p.role, r.note, r.mentions") ==
        "p.role,r.note,r.mentions\n,,1\n");

  // A node with a relationship needs DETACH DELETE.
  auto refused = runCommand({kKg, "query", "--db", db, "MATCH (v {name: 'Varnesk'}) DELETE v"});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("ConstraintVerificationFailed") != std::string::npos);
  query("MATCH (v {name: 'Varnesk'}) DETACH DELETE v");
  CHECK(query("MATCH (n) RETURN count(n) AS nodes") == "nodes\n2\n");
  CHECK(query(edges) == "a.name,type(r),b.name\n");
  CHECK(stat("evidence") == 0);

  // The same article again is already present: what was deleted stays deleted.
  auto again = runCommand({kKg, "ingest", "--db", db, article});
  CHECK(again.out.find("1 already present") != std::string::npos);
  CHECK(query(edges) == "a.name,type(r),b.name\n");
  // A new article that states the fact again adds it again.
  std::string later = scratch.write("later.txt", "Varnesk accused Oltmar Dynamics of espionage.\n");
  REQUIRE(runCommand({kKg, "ingest", "--db", db, later}).exit_code == 0);
  CHECK(query(edges) == "a.name,type(r),b.name\nVarnesk,accused,Oltmar Dynamics\n");
}

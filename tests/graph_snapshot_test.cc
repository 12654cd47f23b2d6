// Graph snapshots: a load from a snapshot answers as a load from the tables does; a snapshot is
// used only while its database is unchanged, whoever changed it (another GraphStore, a process
// killed between its commit and the snapshot write, sqlite3 by hand); a damaged one is not used.
#include "graph/graph_snapshot.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/temporal.h"
#include "graph/value_json.h"
#include "sqlite_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace kg;
using kg::testing::executeSql;

namespace {

struct ScratchDatabase : kg::testing::ScratchDatabase {
  std::string snapshot() const { return GraphSnapshot::pathFor(path); }
};

// An article of invented actors: two asserted edges and a negated one, dated and sourced.
ArticleFacts article(const std::string& name, const std::string& published) {
  ArticleFacts facts;
  facts.name = name;
  facts.content_hash = contentHash(name + published);
  facts.bytes = 100;
  facts.sentences = 3;
  facts.info.published = published;
  facts.info.source = "The Arnor Herald";
  facts.actors = {{"Arnor", ActorType::Country, {"Arnorian government"}},
                  {"Telemar Vorn", ActorType::Person, {"Mr Vorn"}},
                  {"Gondor", ActorType::Country, {}}};
  facts.edges = {
      {0, 1, "sanctioned", EdgeStatus::Asserted, 0.9, "Arnor sanctioned Telemar Vorn.", 0, 30},
      {0, 2, "accused", EdgeStatus::Asserted, 0.8, "Arnor accused Gondor.", 31, 52},
      {2, 0, "sanctioned", EdgeStatus::Negated, 0.7, "Gondor did not sanction Arnor.", 53, 83}};
  return facts;
}

GraphStore::LoadOptions defaultView(size_t* hidden = nullptr) {
  GraphStore::LoadOptions options;
  options.asserted_only = true;
  options.lazy_evidence = true;
  options.use_snapshot = true;
  options.hidden_edges = hidden;
  return options;
}

// Everything a query can read of the graph, as text: nodes with labels and properties, edges
// with type, ends and properties (evidence read on demand included).
std::string describe(const PropertyGraph& graph) {
  std::string text;
  for (uint32_t n = 0; n < graph.nodeCount(); ++n) {
    text += "node " + std::to_string(n) + " " + std::to_string(graph.node(n).store_id);
    for (const std::string& label : graph.nodeLabels(n)) text += ":" + label;
    text += " " + toJson(Value(graph.nodeProperties(n)), TemporalJson::Text) + "\n";
  }
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
    const PropertyGraph::Edge& edge = graph.edge(e);
    text += "edge " + std::to_string(edge.source) + " -" + graph.edgeType(e) + "-> " +
            std::to_string(edge.target) + " " +
            toJson(Value(graph.edgeProperties(e)), TemporalJson::Text) + "\n";
  }
  for (const char* name : {"Mr Vorn", "arnorian GOVERNMENT", "Gondor", "Nobody"})
    text += std::string(name) + ": " + std::to_string(graph.findByName(name).size()) + "\n";
  return text;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("a graph read from its snapshot is the graph read from the tables", "[snapshot]") {
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    store.addArticle(article("a.txt", "2024-03-25"));
    store.addArticle(article("b.txt", "2021-07-19"));
    store.createNode({"Ship", "Hull"}, {{"name", "Swan"}, {"built", int64_t{1901}}});
  }
  GraphStore store(database.path, GraphStore::Mode::ReadOnly);
  GraphStore::LoadOptions from_tables = defaultView();
  from_tables.use_snapshot = false;
  size_t hidden_tables = 0, hidden_written = 0, hidden_read = 0;
  from_tables.hidden_edges = &hidden_tables;
  std::string expected = describe(store.load(from_tables));
  CHECK(hidden_tables == 1);  // the negated edge

  REQUIRE_FALSE(fs::exists(database.snapshot()));
  std::string first = describe(store.load(defaultView(&hidden_written)));  // writes it
  REQUIRE(fs::exists(database.snapshot()));
  PropertyGraph from_snapshot = store.load(defaultView(&hidden_read));
  CHECK(describe(from_snapshot) == expected);
  CHECK(first == expected);
  CHECK(hidden_read == 1);
  CHECK(hidden_written == 1);
  CHECK(formatTemporal(from_snapshot.edgeProperty(0, "first_seen").as<Temporal>()) == "2021-07-19");

  // A graph read in place changes like any other (its arrays are copied on the first change).
  uint32_t ship = from_snapshot.findByName("Swan").at(0);
  from_snapshot.setNodeProperty(ship, "name", std::string("Heron"));
  from_snapshot.addLabel(ship, "Wreck");
  uint32_t arnor = from_snapshot.findByName("Arnor").at(0);
  from_snapshot.addEdge(arnor, ship, "owns", {});
  CHECK(from_snapshot.findByName("Heron") == std::vector<uint32_t>{ship});
  CHECK(from_snapshot.findByName("Swan").empty());
  CHECK(from_snapshot.nodeLabels(ship) == std::vector<std::string>{"Ship", "Hull", "Wreck"});
  size_t owned = 0;
  from_snapshot.forEachOutEdge(arnor,
                               [&](uint32_t e) { owned += from_snapshot.edgeType(e) == "owns"; });
  CHECK(owned == 1);
  // ... and the snapshot file is as it was: the next load reads the stored graph again.
  CHECK(describe(store.load(defaultView())) == expected);
}

TEST_CASE("a snapshot is used only while the database is unchanged", "[snapshot]") {
  ScratchDatabase database;
  { GraphStore(database.path).addArticle(article("a.txt", "2024-03-25")); }
  auto nodeCount = [&] {
    return GraphStore(database.path, GraphStore::Mode::ReadOnly).load(defaultView()).nodeCount();
  };
  REQUIRE(nodeCount() == 3);  // writes the snapshot
  REQUIRE(fs::exists(database.snapshot()));

  SECTION("the snapshot is what a load reads while it is current") {
    // A change that bypasses the generation triggers is not seen: the snapshot answered.
    executeSql(
        database.path,
        "DROP TRIGGER nodes_insert; INSERT INTO nodes(name, labels) VALUES ('Rohan', 'Country')");
    CHECK(nodeCount() == 3);
  }
  SECTION("another store's article") {
    GraphStore(database.path).addArticle(article("b.txt", "2021-07-19"));
    GraphStore store(database.path);
    store.begin();
    store.createNode({"Country"}, {{"name", "Rohan"}});
    store.commit();
    CHECK(nodeCount() == 4);
  }
  SECTION("sqlite3 by hand") {
    executeSql(
        database.path,
        "UPDATE nodes SET name = 'Elessar', name_key = 'elessar' WHERE name = 'Telemar Vorn'");
    PropertyGraph graph = GraphStore(database.path, GraphStore::Mode::ReadOnly).load(defaultView());
    CHECK(graph.findByName("Elessar").size() == 1);
    executeSql(database.path, "DELETE FROM aliases");
    CHECK(GraphStore(database.path, GraphStore::Mode::ReadOnly)
              .load(defaultView())
              .findByName("Mr Vorn")
              .empty());
  }
  SECTION("a process killed between its commit and the snapshot write") {
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // The commit lands; the process dies before any snapshot is written.
      GraphStore store(database.path);
      store.begin();
      store.createNode({"Country"}, {{"name", "Rohan"}});
      store.commit();
      ::raise(SIGKILL);
      ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(nodeCount() == 4);
  }
  SECTION("a database replaced by another with the same number of changes") {
    std::string snapshot = readFile(database.snapshot());
    database.remove();
    { GraphStore(database.path).addArticle(article("a.txt", "2024-03-25")); }
    executeSql(
        database.path,
        "UPDATE nodes SET name = 'Elessar', name_key = 'elessar' WHERE name = 'Telemar Vorn'");
    executeSql(database.path, "UPDATE generation SET value = value - 1");  // the same generation
    std::ofstream(database.snapshot(), std::ios::binary) << snapshot;
    CHECK(GraphStore(database.path, GraphStore::Mode::ReadOnly)
              .load(defaultView())
              .findByName("Elessar")
              .size() == 1);
  }
}

TEST_CASE("a damaged or foreign snapshot is not used, and is written again", "[snapshot]") {
  ScratchDatabase database;
  { GraphStore(database.path).addArticle(article("a.txt", "2024-03-25")); }
  GraphStore store(database.path, GraphStore::Mode::ReadOnly);
  std::string expected = describe(store.load(defaultView()));
  std::string good = readFile(database.snapshot());
  REQUIRE(good.size() > 64);

  std::vector<std::string> damaged = {"", "not a snapshot at all",
                                      good.substr(0, good.size() / 2),        // cut short
                                      good.substr(0, good.size() - 1) + "X",  // no end marker
                                      good + "trailing bytes"};
  std::string wrong_counts = good;  // the count of label lists (after the stamp) made huge
  for (size_t i = 69; i < 77 && i < wrong_counts.size(); ++i) wrong_counts[i] = '\xff';
  damaged.push_back(wrong_counts);
  for (const std::string& bytes : damaged) {
    std::ofstream(database.snapshot(), std::ios::binary | std::ios::trunc) << bytes;
    CHECK(describe(store.load(defaultView())) == expected);
    std::string rewritten = readFile(database.snapshot());  // written again from the tables
    REQUIRE(rewritten.size() == good.size());
    for (size_t i = 0; i < good.size(); ++i)
      if (rewritten[i] != good[i]) FAIL("byte " << i << " differs");
  }
}

TEST_CASE("each view has its own snapshot, a window none, an ingest keeps them current",
          "[snapshot]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  store.addArticle(article("a.txt", "2024-03-25"));
  GraphStore::LoadOptions window = defaultView();
  window.window_from = "2025-01-01";
  CHECK(store.load(window).edgeCount() == 0);
  CHECK_FALSE(fs::exists(database.snapshot()));
  GraphStore::LoadOptions all = defaultView();
  all.asserted_only = false;
  CHECK(store.load(all).edgeCount() == 3);
  CHECK(store.load(all).edgeCount() == 3);  // from its snapshot
  REQUIRE(fs::exists(GraphSnapshot::pathFor(database.path, true)));
  CHECK_FALSE(fs::exists(database.snapshot()));
  // The other view's file under this view's name is not used.
  fs::copy_file(GraphSnapshot::pathFor(database.path, true), database.snapshot());
  CHECK(store.load(defaultView()).edgeCount() == 2);
  fs::remove(database.snapshot());
  fs::remove(GraphSnapshot::pathFor(database.path, true));

  store.refreshSnapshot();  // none yet: nothing to keep current
  CHECK_FALSE(fs::exists(database.snapshot()));
  CHECK(store.load(defaultView()).edgeCount() == 2);
  REQUIRE(fs::exists(database.snapshot()));
  auto written = fs::last_write_time(database.snapshot());
  store.addArticle(article("b.txt", "2021-07-19"));
  store.refreshSnapshot();
  CHECK(fs::last_write_time(database.snapshot()) != written);
  // Current now: a load reads it (a change without the triggers is not seen).
  executeSql(database.path,
             "DROP TRIGGER nodes_insert; INSERT INTO nodes(name, labels) VALUES ('X', 'Y')");
  CHECK(store.load(defaultView()).nodeCount() == 3);
}

TEST_CASE("a graph with no relationships goes through a snapshot too", "[snapshot]") {
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    store.begin();
    store.createNode({"Ship"}, {{"name", "Swan"}});
    store.commit();
  }
  GraphStore store(database.path, GraphStore::Mode::ReadOnly);
  CHECK(store.load(defaultView()).nodeCount() == 1);  // from the tables, snapshot written
  REQUIRE(fs::exists(database.snapshot()));
  PropertyGraph graph = store.load(defaultView());
  CHECK(graph.findByName("swan").size() == 1);
  CHECK(graph.edgeCount() == 0);
  CHECK(graph.edgesOfType(0).size() == 0);
}

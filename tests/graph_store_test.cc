// GraphStore: round trip into the in-memory graph, idempotent re-ingest, per-article rollback,
// schema version check, and the name index.
#include "graph/graph_store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/name_key.h"
#include "sqlite_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace kg;

namespace {

using ScratchDatabase = kg::testing::ScratchDatabase;

ArticleFacts sanctionsArticle(const std::string& text) {
  ArticleFacts facts;
  facts.name = "uk.txt";
  facts.content_hash = contentHash(text);
  facts.bytes = static_cast<int64_t>(text.size());
  facts.sentences = 2;
  facts.actors = {{"United Kingdom", ActorType::Country, {"UK", "Britain"}},
                  {"Tomas Brandt", ActorType::Person, {"Mr Brandt"}},
                  {"China", ActorType::Country, {"Beijing"}}};
  facts.edges = {
      {0, 1, "sanctioned", EdgeStatus::Asserted, 0.9, "The UK sanctioned Brandt.", 0, 25},
      {0, 2, "accused", EdgeStatus::Asserted, 0.8, "The UK accused China.", 26, 47},
      {0, 2, "accused", EdgeStatus::Asserted, 0.95, "Britain blamed Beijing.", 48, 71}};
  return facts;
}

int64_t countRows(const std::string& path, const char* table) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  std::string sql = std::string("SELECT count(*) FROM ") + table;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  int64_t count = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return count;
}

}  // namespace

TEST_CASE("an article round-trips from the store into the in-memory graph", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  auto result = store.addArticle(sanctionsArticle("text one"));
  CHECK(result.added);
  CHECK(result.nodes_added == 3);
  CHECK(result.edges_added == 2);  // the accusation is stated twice: one edge, two evidence
  CHECK(result.evidence_added == 3);

  PropertyGraph graph = store.load();
  REQUIRE(graph.nodeCount() == 3);
  REQUIRE(graph.edgeCount() == 2);
  const auto& uk = graph.findByName("britain");
  REQUIRE(uk.size() == 1);
  CHECK(graph.nodeProperty(uk[0], "name").as<std::string>() == "United Kingdom");
  CHECK(graph.nodeProperty(uk[0], "type").as<std::string>() == "country");
  CHECK(graph.hasLabel(uk[0], "Country"));

  int accused = -1;
  graph.forEachOutEdge(uk[0], [&](uint32_t edge) {
    if (graph.edgeType(edge) == "accused") accused = static_cast<int>(edge);
  });
  REQUIRE(accused >= 0);
  CHECK(graph.edgeProperty(accused, "mentions").as<int64_t>() == 2);
  CHECK(graph.edgeProperty(accused, "status").as<std::string>() == "asserted");
  CHECK(graph.edgeProperty(accused, "confidence").as<double>() ==
        0.95);  // exactly, not 0.9499999880790710
  Value evidence_value = graph.edgeProperty(accused, "evidence");
  const ValueList& evidence = evidence_value.as<ValueList>();
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[1].as<ValueMap>().at("sentence").as<std::string>() == "Britain blamed Beijing.");
  CHECK(evidence[1].as<ValueMap>().at("start").as<int64_t>() == 48);
  CHECK(evidence[0].as<ValueMap>().at("article").as<std::string>() == "uk.txt");
}

TEST_CASE("re-ingesting the same article text changes nothing", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  REQUIRE(store.addArticle(sanctionsArticle("same text")).added);
  auto again = store.addArticle(sanctionsArticle("same text"));
  CHECK_FALSE(again.added);
  CHECK(countRows(database.path, "articles") == 1);
  CHECK(countRows(database.path, "edges") == 2);
  CHECK(countRows(database.path, "evidence") == 3);
}

TEST_CASE("a second article adds evidence to an existing fact, not a new edge", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  REQUIRE(store.addArticle(sanctionsArticle("first")).added);
  ArticleFacts second = sanctionsArticle("second");
  second.name = "other.txt";
  second.actors[0].name = "UK";  // an alias of the stored node: resolves to it
  auto result = store.addArticle(second);
  CHECK(result.added);
  CHECK(result.nodes_added == 0);
  CHECK(result.edges_added == 0);
  CHECK(countRows(database.path, "evidence") == 6);
}

TEST_CASE("a failing article rolls back whole and leaves the others", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  REQUIRE(store.addArticle(sanctionsArticle("good")).added);
  ArticleFacts broken = sanctionsArticle("broken");
  broken.actors.push_back({"Arthur Pendle", ActorType::Person, {}});
  broken.edges.push_back({0, 99, "sanctioned", EdgeStatus::Asserted, 1.0, "bad", 0, 3});
  CHECK_THROWS_AS(store.addArticle(broken), StoreError);
  CHECK(countRows(database.path, "articles") == 1);
  CHECK(countRows(database.path, "nodes") == 3);  // Arthur Pendle was not kept
  CHECK(countRows(database.path, "evidence") == 3);
  // The store is still usable afterwards.
  CHECK(store.addArticle(sanctionsArticle("after")).added);
  CHECK(countRows(database.path, "articles") == 2);
}

TEST_CASE("a database from a newer kg is refused with a clear error", "[store]") {
  ScratchDatabase database;
  { GraphStore store(database.path); }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(database.path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  try {
    GraphStore store(database.path);
    FAIL("opened a newer database");
  } catch (const StoreError& error) {
    std::string message = error.what();
    CHECK(message.find(database.path) != std::string::npos);
    CHECK(message.find("newer") != std::string::npos);
  }
}

TEST_CASE("a file that is not a kg database is refused, naming the file", "[store]") {
  ScratchDatabase database;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(database.path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  CHECK_THROWS_WITH(GraphStore(database.path),
                    Catch::Contains(database.path) && Catch::Contains("not a kg database"));
  CHECK_THROWS_AS(GraphStore("/nonexistent-dir/x.db"), StoreError);
}

TEST_CASE("the store uses WAL so readers do not block on a writer", "[store]") {
  ScratchDatabase database;
  GraphStore writer(database.path);
  writer.addArticle(sanctionsArticle("one"));
  writer.begin();
  writer.createNode({"Person"}, {{"name", Value("Pending Person")}});
  GraphStore reader(database.path, GraphStore::Mode::ReadOnly);
  PropertyGraph graph = reader.load();  // does not wait for, or see, the open write
  CHECK(graph.nodeCount() == 3);
  writer.commit();
  CHECK(reader.load().nodeCount() == 4);
}

TEST_CASE("hand-made nodes and edges keep their labels and properties", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  int64_t a = store.createNode({"A", "B"}, {{"num", Value(int64_t{42})}, {"name", Value("x")}});
  int64_t b = store.createNode({}, {});
  store.createEdge(a, b, "KNOWS", {{"since", Value(1.5)}, {"tags", Value(ValueList{"p", "q"})}});
  PropertyGraph graph = store.load();
  REQUIRE(graph.nodeCount() == 2);
  CHECK(graph.nodeLabels(0) == std::vector<std::string>{"A", "B"});
  CHECK(graph.nodeProperty(0, "num").as<int64_t>() == 42);
  CHECK(graph.findByName("X").size() == 1);
  REQUIRE(graph.edgeCount() == 1);
  CHECK(graph.edgeType(0) == "KNOWS");
  CHECK(graph.edgeProperty(0, "since").as<double>() == 1.5);
  CHECK(graph.edgeProperty(0, "tags").as<ValueList>().size() == 2);
  CHECK(graph.edgeProperty(0, "status").isNull());
}

TEST_CASE("name keys fold case, accents, curly quotes and spaces", "[store]") {
  CHECK(nameKey("Tōmàs  Brāndt") == "tomas brandt");
  CHECK(nameKey("Clare O\u2019Neill") == "clare o'neill");
  CHECK(nameKey(" \u00C9lys\u00E9e\u00A0Palace ") == "elysee palace");
  CHECK(nameKey("Łódź") == "lodz");
  CHECK(nameKey("北京") == "北京");
}

namespace {

// Every edge's evidence as "article|sentence|start|end" lines, in edge and mention order.
std::vector<std::string> evidenceLines(const PropertyGraph& graph) {
  std::vector<std::string> lines;
  for (uint32_t e = 0; e < graph.edgeCount(); ++e)
    for (uint32_t i = 0; i < graph.edge(e).mentions; ++i) {
      EvidenceView item = graph.evidence(e, i);
      lines.push_back(std::to_string(graph.edge(e).store_id) + "|" + std::string(item.article) +
                      "|" + std::string(item.sentence) + "|" + std::to_string(item.start) + "|" +
                      std::to_string(item.end));
    }
  return lines;
}

using kg::testing::executeSql;

}  // namespace

TEST_CASE("a graph loaded without evidence reads the same sentences on demand", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  store.addArticle(sanctionsArticle("text one"));
  GraphStore::LoadOptions lazy;
  lazy.lazy_evidence = true;
  PropertyGraph on_demand = store.load(lazy);
  PropertyGraph eager = store.load();
  REQUIRE(on_demand.edgeCount() == 2);
  CHECK(evidenceLines(on_demand) == evidenceLines(eager));
  CHECK(evidenceLines(eager).size() == 3);

  // A later article adds a sentence to a loaded edge: the loaded graph still shows what it saw.
  PropertyGraph before = store.load(lazy);
  ArticleFacts later = sanctionsArticle("text two");
  later.name = "later.txt";
  store.addArticle(later);
  CHECK(evidenceLines(before) == evidenceLines(eager));
  CHECK(evidenceLines(store.load(lazy)).size() == 6);
  CHECK(evidenceLines(store.load(lazy)) == evidenceLines(store.load()));
}

TEST_CASE("asserted_only leaves out negated and other hidden edges and counts them", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  ArticleFacts facts = sanctionsArticle("text one");
  facts.edges[0].status = EdgeStatus::Negated;
  store.addArticle(facts);
  store.begin();
  int64_t a = store.createNode({"Thing"}, {{"name", std::string("a")}});
  int64_t b = store.createNode({"Thing"}, {{"name", std::string("b")}});
  store.createEdge(a, b, "LINKS", {{"status", std::string("demanded")}});
  store.createEdge(a, b, "LINKS", {{"weight", int64_t{3}}});
  store.commit();

  size_t hidden = 99;
  GraphStore::LoadOptions options;
  options.asserted_only = true;
  options.hidden_edges = &hidden;
  PropertyGraph graph = store.load(options);
  CHECK(hidden == 2);
  CHECK(graph.edgeCount() == 2);  // the accusation and the LINKS edge without a status
  CHECK(store.load().edgeCount() == 4);
}

TEST_CASE("a schema 1 database is read as it is and upgraded on a read-write open", "[store]") {
  ScratchDatabase database;
  executeSql(database.path, R"sql(
    CREATE TABLE articles(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE, bytes INTEGER NOT NULL, sentences INTEGER NOT NULL,
      ingested_at TEXT NOT NULL DEFAULT '2026-01-01T00:00:00Z');
    CREATE TABLE nodes(id INTEGER PRIMARY KEY, name TEXT, name_key TEXT, labels TEXT NOT NULL,
      properties TEXT NOT NULL DEFAULT '{}');
    CREATE UNIQUE INDEX nodes_by_name_key ON nodes(name_key) WHERE name_key IS NOT NULL;
    CREATE TABLE aliases(node_id INTEGER NOT NULL REFERENCES nodes(id), alias TEXT NOT NULL,
      alias_key TEXT NOT NULL, PRIMARY KEY(node_id, alias_key)) WITHOUT ROWID;
    CREATE INDEX aliases_by_key ON aliases(alias_key);
    CREATE TABLE edges(id INTEGER PRIMARY KEY, source INTEGER NOT NULL, target INTEGER NOT NULL,
      relation TEXT NOT NULL, status TEXT, confidence REAL, news INTEGER NOT NULL DEFAULT 1,
      properties TEXT NOT NULL DEFAULT '{}');
    CREATE UNIQUE INDEX edges_by_fact ON edges(source, relation, target, status) WHERE news = 1;
    CREATE INDEX edges_by_target ON edges(target);
    CREATE TABLE evidence(id INTEGER PRIMARY KEY, edge_id INTEGER NOT NULL,
      article_id INTEGER NOT NULL, sentence TEXT NOT NULL, start INTEGER NOT NULL,
      end INTEGER NOT NULL, confidence REAL NOT NULL);
    CREATE INDEX evidence_by_edge ON evidence(edge_id);
    INSERT INTO articles VALUES (1, 'old.txt', 'abc', 10, 2, '2026-01-01T00:00:00Z');
    INSERT INTO nodes VALUES (1, 'United Kingdom', 'united kingdom', 'Country', '{}'),
                             (2, 'China', 'china', 'Country', '{}');
    INSERT INTO aliases VALUES (1, 'Britain', 'britain');
    INSERT INTO edges VALUES (1, 1, 2, 'accused', 'asserted', 0.9, 1, '{}');
    INSERT INTO evidence VALUES (1, 1, 1, 'The UK accused China.', 0, 21, 0.9),
                                (2, 1, 1, 'Britain blamed Beijing.', 22, 45, 0.8);
    PRAGMA user_version = 1;
  )sql");
  GraphStore::LoadOptions lazy;
  lazy.lazy_evidence = true;
  {
    GraphStore reader(database.path, GraphStore::Mode::ReadOnly);
    PropertyGraph graph = reader.load(lazy);
    REQUIRE(graph.edgeCount() == 1);
    CHECK(graph.edge(0).mentions == 2);
    CHECK(graph.evidence(0, 1).sentence == "Britain blamed Beijing.");
    CHECK(graph.findByName("britain").size() == 1);
  }
  GraphStore writer(database.path);
  CHECK(countRows(database.path, "aliases") == 1);
  PropertyGraph graph = writer.load(lazy);
  CHECK(graph.edge(0).mentions == 2);
  CHECK(graph.evidence(0, 0).article == "old.txt");
  CHECK(graph.findByName("BRITAIN").size() == 1);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(database.path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db,
                             "SELECT (SELECT user_version FROM pragma_user_version), "
                             "(SELECT mentions FROM edges WHERE id = 1), "
                             "(SELECT integrity_check FROM pragma_integrity_check)",
                             -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  CHECK(sqlite3_column_int(statement, 0) == GraphStore::kSchemaVersion);
  CHECK(sqlite3_column_int(statement, 1) == 2);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 2))) == "ok");
  sqlite3_finalize(statement);
  sqlite3_close(db);
}

TEST_CASE("articles keep their date and outlet, edges span their articles' dates", "[store]") {
  ScratchDatabase database;
  GraphStore store(database.path);
  ArticleFacts early = sanctionsArticle("early text");
  early.info = {"UK acts", "Example News", "https://news.example/a", "2021-07-19", "Jo Writer"};
  ArticleFacts late = sanctionsArticle("late text");
  late.name = "late.txt";
  late.info.published = "2024-03-25";
  late.info.source = "Other Wire";
  ArticleFacts undated = sanctionsArticle("undated text");
  undated.name = "undated.txt";
  undated.edges.resize(1);  // the sanction only
  REQUIRE(store.addArticle(early).added);
  REQUIRE(store.addArticle(late).added);
  REQUIRE(store.addArticle(undated).added);

  std::vector<GraphStore::ArticleInfo> articles = store.articles();
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].info.title == "UK acts");
  CHECK(articles[0].info.byline == "Jo Writer");
  CHECK(articles[1].info.published == "2024-03-25");
  CHECK(articles[2].info.published.empty());
  GraphStore::Stats stats = store.stats();
  CHECK(stats.first_published == "2021-07-19");
  CHECK(stats.last_published == "2024-03-25");
  CHECK(stats.dated_articles == 2);

  for (bool lazy : {false, true}) {
    INFO("lazy evidence " << lazy);
    GraphStore::LoadOptions options;
    options.lazy_evidence = lazy;
    PropertyGraph graph = store.load(options);
    REQUIRE(graph.hasDates());
    for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
      // Every edge was stated in 2021 and 2024 (the undated article adds no date).
      CHECK(formatTemporal(graph.edgeProperty(e, "first_seen").as<Temporal>()) == "2021-07-19");
      CHECK(formatTemporal(graph.edgeProperty(e, "last_seen").as<Temporal>()) == "2024-03-25");
      ValueList sources = graph.edgeProperty(e, "sources").as<ValueList>();
      CHECK(sources.size() == 2);
      ValueList evidence = graph.edgeProperty(e, "evidence").as<ValueList>();
      REQUIRE(!evidence.empty());
      CHECK(formatTemporal(evidence[0].as<ValueMap>().at("published").as<Temporal>()) ==
            "2021-07-19");
    }
  }
}

TEST_CASE("a schema 2 database is read as it is and upgraded to hold article dates", "[store]") {
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    REQUIRE(store.addArticle(sanctionsArticle("old text")).added);
  }
  // The schema of version 2: the articles table without the article metadata columns.
  executeSql(database.path, R"sql(
    ALTER TABLE articles DROP COLUMN title;
    ALTER TABLE articles DROP COLUMN source;
    ALTER TABLE articles DROP COLUMN url;
    ALTER TABLE articles DROP COLUMN published;
    ALTER TABLE articles DROP COLUMN byline;
    ALTER TABLE evidence DROP COLUMN event_date;
    ALTER TABLE evidence DROP COLUMN event_words;
    PRAGMA user_version = 2;
  )sql");
  {
    GraphStore reader(database.path, GraphStore::Mode::ReadOnly);
    PropertyGraph graph = reader.load();
    CHECK(graph.edgeCount() == 2);
    CHECK_FALSE(graph.hasDates());
    CHECK(graph.edgeProperty(0, "first_seen").isNull());
    CHECK(reader.stats().dated_articles == 0);
    CHECK(reader.articles().at(0).info.published.empty());
  }
  GraphStore writer(database.path);
  ArticleFacts dated = sanctionsArticle("new text");
  dated.name = "new.txt";
  dated.info.published = "2024-03-25";
  REQUIRE(writer.addArticle(dated).added);
  PropertyGraph graph = writer.load();
  REQUIRE(graph.edgeCount() == 2);
  CHECK(formatTemporal(graph.edgeProperty(0, "first_seen").as<Temporal>()) == "2024-03-25");
  CHECK(writer.articles().at(1).info.published == "2024-03-25");
}

TEST_CASE("evidence keeps the date its sentence gives the event, eager or on demand", "[store]") {
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    ArticleFacts facts = sanctionsArticle("dated events");
    facts.edges[0].event_words = "on Monday";
    facts.edges[0].event_date = "2024-03-25";
    REQUIRE(store.addArticle(facts).added);
  }
  GraphStore store(database.path);
  GraphStore::LoadOptions lazy;
  lazy.lazy_evidence = true;
  for (const PropertyGraph& graph : {store.load(), store.load(lazy)}) {
    REQUIRE(graph.edgeCount() == 2);
    uint32_t sanction = graph.edgeType(0) == "sanctioned" ? 0 : 1;
    CHECK(graph.evidence(sanction, 0).event_date == "2024-03-25");
    CHECK(graph.evidence(sanction, 0).event_words == "on Monday");
    ValueMap entry = graph.edgeProperty(sanction, "evidence").as<ValueList>().at(0).as<ValueMap>();
    CHECK(formatTemporal(entry.at("event_date").as<Temporal>()) == "2024-03-25");
    // A sentence that dates nothing has neither key.
    ValueMap other =
        graph.edgeProperty(1 - sanction, "evidence").as<ValueList>().at(0).as<ValueMap>();
    CHECK(other.count("event_date") == 0);
    CHECK(other.count("event_words") == 0);
  }
}

TEST_CASE("a schema 3 database is read as it is and upgraded to hold event dates", "[store]") {
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    REQUIRE(store.addArticle(sanctionsArticle("old text")).added);
  }
  executeSql(database.path, R"sql(
    ALTER TABLE evidence DROP COLUMN event_date;
    ALTER TABLE evidence DROP COLUMN event_words;
    PRAGMA user_version = 3;
  )sql");
  GraphStore::LoadOptions lazy;
  lazy.lazy_evidence = true;
  {
    GraphStore reader(database.path, GraphStore::Mode::ReadOnly);
    for (const PropertyGraph& graph : {reader.load(), reader.load(lazy)}) {
      REQUIRE(graph.edgeCount() == 2);
      CHECK(graph.evidence(0, 0).event_date.empty());
      CHECK(!graph.evidence(0, 0).sentence.empty());
    }
  }
  GraphStore writer(database.path);
  ArticleFacts dated = sanctionsArticle("new text");
  dated.name = "new.txt";
  dated.edges[0].event_words = "in 2021";
  dated.edges[0].event_date = "2021";
  REQUIRE(writer.addArticle(dated).added);
  PropertyGraph graph = writer.load();
  uint32_t sanction = graph.edgeType(0) == "sanctioned" ? 0 : 1;
  REQUIRE(graph.edge(sanction).mentions == 2);
  CHECK(graph.evidence(sanction, 0).event_date.empty());
  CHECK(graph.evidence(sanction, 1).event_date == "2021");
  CHECK(graph.evidence(sanction, 1).event_words == "in 2021");
}

TEST_CASE("rows with gaps in their ids load as rows without", "[store]") {
  // A load maps row ids to positions without a table while the ids run on without a gap; rows
  // DELETE removed, ids set by hand and edges the view leaves out break the run.
  ScratchDatabase database;
  {
    GraphStore store(database.path);
    ArticleFacts early = sanctionsArticle("early");
    early.info.published = "2021-07-19";
    REQUIRE(store.addArticle(early).added);  // edges 1 (sanctioned) and 2 (accused)
    ArticleFacts late;
    late.name = "late.txt";
    late.content_hash = contentHash("late");
    late.info.published = "2024-03-25";
    late.actors = {{"Tomas Brandt", ActorType::Person, {}}, {"Ivo Karl", ActorType::Person, {}}};
    late.edges = {{0, 1, "denied", EdgeStatus::Negated, 0.6, "Brandt did not deny Karl.", 0, 25},
                  {0, 1, "accused", EdgeStatus::Asserted, 0.7, "Brandt accused Karl.", 26, 46}};
    REQUIRE(store.addArticle(late).added);  // edges 3 (negated) and 4
  }
  executeSql(database.path, R"sql(
    DELETE FROM evidence WHERE edge_id = 1;
    DELETE FROM edges WHERE id = 1;
    INSERT INTO nodes(id, name, labels, properties) VALUES (40, 'Swan', 'Ship', '{}');
    INSERT INTO articles(id, name, content_hash, bytes, sentences, published)
      VALUES (30, 'old.txt', 'old', 1, 1, '2019-05-01');
    INSERT INTO evidence(edge_id, article_id, sentence, start, end, confidence)
      VALUES (2, 30, 'Old news.', 0, 9, 0.5);
    UPDATE edges SET mentions = mentions + 1 WHERE id = 2;
  )sql");

  auto checkLoads = [](const GraphStore& store) {
    for (bool asserted_only : {false, true})
      for (bool lazy : {false, true}) {
        INFO("asserted only " << asserted_only << ", lazy evidence " << lazy);
        GraphStore::LoadOptions options;
        options.asserted_only = asserted_only;
        options.lazy_evidence = lazy;
        PropertyGraph graph = store.load(options);
        REQUIRE(graph.nodeCount() == 5);
        REQUIRE(graph.findByName("Swan").size() == 1);
        CHECK(graph.node(graph.findByName("Swan")[0]).store_id == 40);
        std::vector<std::string> edges;
        for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
          std::string source = graph.nodeProperty(graph.edge(e).source, "name").as<std::string>();
          std::string target = graph.nodeProperty(graph.edge(e).target, "name").as<std::string>();
          edges.push_back(source + " " + graph.edgeType(e) + " " + target + " " +
                          std::to_string(graph.edge(e).mentions) + " " +
                          formatTemporal(graph.edgeProperty(e, "first_seen").as<Temporal>()) + " " +
                          formatTemporal(graph.edgeProperty(e, "last_seen").as<Temporal>()));
        }
        std::vector<std::string> expected = {
            "United Kingdom accused China 3 2019-05-01 2021-07-19",
            "Tomas Brandt denied Ivo Karl 1 2024-03-25 2024-03-25",
            "Tomas Brandt accused Ivo Karl 1 2024-03-25 2024-03-25"};
        if (asserted_only) expected.erase(expected.begin() + 1);
        CHECK(edges == expected);
        uint32_t accused = 0;  // United Kingdom accused China
        REQUIRE(graph.edge(accused).mentions == 3);
        CHECK(graph.evidence(accused, 2).sentence == "Old news.");
        CHECK(graph.evidence(accused, 2).article == "old.txt");
        uint32_t last = static_cast<uint32_t>(graph.edgeCount() - 1);
        CHECK(graph.evidence(last, 0).sentence == "Brandt accused Karl.");
        CHECK(graph.evidence(last, 0).article == "late.txt");
      }
  };
  // The edges' dates are read on a second connection, checked to see the database as the load
  // does by its stamp; a database without one (schema 4, read as it is) has them read in line.
  SECTION("schema 5") { checkLoads(GraphStore(database.path, GraphStore::Mode::ReadOnly)); }
  SECTION("schema 4") {
    executeSql(database.path, "DROP TABLE generation; PRAGMA user_version = 4;");
    checkLoads(GraphStore(database.path, GraphStore::Mode::ReadOnly));
  }
}

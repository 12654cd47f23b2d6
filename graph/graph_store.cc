#include "graph/graph_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/name_key.h"
#include "graph/value_json.h"

namespace kg {
namespace {

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  bytes INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS nodes(
  id INTEGER PRIMARY KEY,
  name TEXT,
  name_key TEXT,
  labels TEXT NOT NULL,
  properties TEXT NOT NULL DEFAULT '{}');
CREATE UNIQUE INDEX IF NOT EXISTS nodes_by_name_key ON nodes(name_key) WHERE name_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS aliases(
  node_id INTEGER NOT NULL REFERENCES nodes(id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY(node_id, alias_key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_by_key ON aliases(alias_key);
CREATE TABLE IF NOT EXISTS edges(
  id INTEGER PRIMARY KEY,
  source INTEGER NOT NULL REFERENCES nodes(id),
  target INTEGER NOT NULL REFERENCES nodes(id),
  relation TEXT NOT NULL,
  status TEXT,
  confidence REAL,
  news INTEGER NOT NULL DEFAULT 1,
  properties TEXT NOT NULL DEFAULT '{}');
CREATE UNIQUE INDEX IF NOT EXISTS edges_by_fact ON edges(source, relation, target, status) WHERE news = 1;
CREATE INDEX IF NOT EXISTS edges_by_target ON edges(target);
CREATE TABLE IF NOT EXISTS evidence(
  id INTEGER PRIMARY KEY,
  edge_id INTEGER NOT NULL REFERENCES edges(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS evidence_by_edge ON evidence(edge_id);
)sql";

// A prepared statement that finalises itself; errors name the database file.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, int64_t value) {
    check(sqlite3_bind_int64(statement_, index, value));
    return *this;
  }
  Statement& bind(int index, double value) {
    check(sqlite3_bind_double(statement_, index, value));
    return *this;
  }
  Statement& bind(int index, std::string_view value) {
    check(sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bindNull(int index) {
    check(sqlite3_bind_null(statement_, index));
    return *this;
  }
  // Steps once; true while a row is available.
  bool step() {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail();
  }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
  double real(int column) const { return sqlite3_column_double(statement_, column); }
  bool isNull(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
  std::string text(int column) const {
    auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return data ? std::string(data, sqlite3_column_bytes(statement_, column)) : std::string();
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail();
  }
  [[noreturn]] void fail() { throw StoreError(path_ + ": " + sqlite3_errmsg(db_)); }
  sqlite3* db_;
  const std::string& path_;
  sqlite3_stmt* statement_ = nullptr;
};

std::string joinLabels(const std::vector<std::string>& labels) {
  std::string joined;
  for (const auto& label : labels) joined += (joined.empty() ? "" : ":") + label;
  return joined;
}

std::vector<std::string> splitLabels(const std::string& joined) {
  std::vector<std::string> labels;
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find(':', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) labels.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return labels;
}

}  // namespace

GraphStore::GraphStore(std::string path, Mode mode) : path_(std::move(path)) {
  int flags =
      mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path_.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(path_ + ": cannot open database: " + message);
  }
  sqlite3_busy_timeout(db_, 60000);
  sqlite3_extended_result_codes(db_, 1);
  try {
    int version = 0;
    {
      Statement query(db_, path_, "PRAGMA user_version");
      if (query.step()) version = static_cast<int>(query.integer(0));
    }
    if (version > kSchemaVersion)
      throw StoreError(path_ + ": database schema version " + std::to_string(version) +
                       " is newer than this kg understands (" + std::to_string(kSchemaVersion) +
                       "); upgrade kg");
    if (mode == Mode::ReadWrite) {
      exec("PRAGMA journal_mode=WAL");
      exec("PRAGMA synchronous=NORMAL");
      exec("PRAGMA foreign_keys=ON");
      if (version < kSchemaVersion) migrate();
    } else if (version == 0) {
      throw StoreError(path_ + ": not a kg database (no schema); ingest something first");
    }
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

GraphStore::~GraphStore() { sqlite3_close(db_); }

void GraphStore::fail(const std::string& what) const {
  throw StoreError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

void GraphStore::exec(const char* sql) const {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw StoreError(path_ + ": " + message);
  }
}

void GraphStore::migrate() {
  exec("BEGIN IMMEDIATE");
  try {
    // Another process may have created the schema while we waited for the lock.
    int version = 0;
    {
      Statement query(db_, path_, "PRAGMA user_version");
      if (query.step()) version = static_cast<int>(query.integer(0));
    }
    if (version == 0) {
      // A non-empty database without our version is someone else's file.
      Statement tables(db_, path_,
                       "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
      tables.step();
      if (tables.integer(0) > 0)
        throw StoreError(path_ + ": not a kg database (it has tables but no kg schema version)");
      exec(kSchema);
      exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void GraphStore::begin() { exec("BEGIN IMMEDIATE"); }
void GraphStore::commit() { exec("COMMIT"); }
void GraphStore::rollback() { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

bool GraphStore::hasArticle(const std::string& content_hash) const {
  Statement query(db_, path_, "SELECT 1 FROM articles WHERE content_hash = ?");
  query.bind(1, content_hash);
  return query.step();
}

int64_t GraphStore::findOrCreateActor(const ActorFact& actor, int64_t& nodes_added) {
  std::string key = nameKey(actor.name);
  int64_t id = -1;
  {
    Statement byName(db_, path_, "SELECT id FROM nodes WHERE name_key = ?");
    byName.bind(1, key);
    if (byName.step()) id = byName.integer(0);
  }
  if (id < 0) {  // an alias another article gave a node of the same type
    Statement byAlias(db_, path_,
                      "SELECT DISTINCT a.node_id FROM aliases a JOIN nodes n ON n.id = a.node_id "
                      "WHERE a.alias_key = ? AND n.labels = ? LIMIT 2");
    byAlias.bind(1, key).bind(2, actorTypeLabel(actor.type));
    if (byAlias.step()) {
      int64_t candidate = byAlias.integer(0);
      if (!byAlias.step()) id = candidate;  // only when unambiguous
    }
  }
  if (id < 0) {
    Statement insert(db_, path_,
                     "INSERT INTO nodes(name, name_key, labels) VALUES (?, ?, ?) RETURNING id");
    insert.bind(1, actor.name).bind(2, key).bind(3, actorTypeLabel(actor.type));
    insert.step();
    id = insert.integer(0);
    ++nodes_added;
  }
  Statement alias(db_, path_,
                  "INSERT OR IGNORE INTO aliases(node_id, alias, alias_key) VALUES (?, ?, ?)");
  for (const std::string& name : actor.aliases) {
    std::string alias_key = nameKey(name);
    if (alias_key.empty() || alias_key == key) continue;
    alias.bind(1, id).bind(2, name).bind(3, alias_key);
    alias.run();
  }
  return id;
}

GraphStore::AddResult GraphStore::addArticle(const ArticleFacts& facts) {
  AddResult result;
  exec("BEGIN IMMEDIATE");
  try {
    if (hasArticle(facts.content_hash)) {
      exec("ROLLBACK");
      return result;
    }
    {
      Statement insert(db_, path_,
                       "INSERT INTO articles(name, content_hash, bytes, sentences) "
                       "VALUES (?, ?, ?, ?) RETURNING id");
      insert.bind(1, facts.name).bind(2, facts.content_hash).bind(3, facts.bytes);
      insert.bind(4, facts.sentences);
      insert.step();
      result.article_id = insert.integer(0);
    }
    std::vector<int64_t> node_ids;
    node_ids.reserve(facts.actors.size());
    for (const ActorFact& actor : facts.actors)
      node_ids.push_back(findOrCreateActor(actor, result.nodes_added));

    Statement findEdge(db_, path_,
                       "SELECT id FROM edges WHERE news = 1 AND source = ? AND relation = ? AND "
                       "target = ? AND status = ?");
    Statement insertEdge(db_, path_,
                         "INSERT INTO edges(source, target, relation, status, confidence) "
                         "VALUES (?, ?, ?, ?, ?) RETURNING id");
    Statement raiseConfidence(db_, path_,
                              "UPDATE edges SET confidence = max(confidence, ?) WHERE id = ?");
    Statement insertEvidence(db_, path_,
                             "INSERT INTO evidence(edge_id, article_id, sentence, start, end, "
                             "confidence) VALUES (?, ?, ?, ?, ?, ?)");
    for (const EdgeFact& edge : facts.edges) {
      if (edge.subject >= node_ids.size() || edge.object >= node_ids.size())
        throw StoreError(path_ + ": edge refers to an actor the article does not list");
      int64_t source = node_ids[edge.subject], target = node_ids[edge.object];
      if (source == target) continue;  // an actor does not act on itself in this model
      std::string_view status = edgeStatusName(edge.status);
      findEdge.bind(1, source).bind(2, edge.relation).bind(3, target).bind(4, status);
      int64_t edge_id = -1;
      if (findEdge.step()) edge_id = findEdge.integer(0);
      findEdge.reset();
      if (edge_id < 0) {
        insertEdge.bind(1, source).bind(2, target).bind(3, edge.relation).bind(4, status);
        insertEdge.bind(5, edge.confidence);
        insertEdge.step();
        edge_id = insertEdge.integer(0);
        insertEdge.reset();
        ++result.edges_added;
      } else {
        raiseConfidence.bind(1, edge.confidence).bind(2, edge_id);
        raiseConfidence.run();
      }
      insertEvidence.bind(1, edge_id).bind(2, result.article_id).bind(3, edge.sentence);
      insertEvidence.bind(4, edge.start).bind(5, edge.end).bind(6, edge.confidence);
      insertEvidence.run();
      ++result.evidence_added;
    }
    exec("COMMIT");
    result.added = true;
    return result;
  } catch (...) {
    rollback();
    throw;
  }
}

int64_t GraphStore::createNode(const std::vector<std::string>& labels, const ValueMap& properties) {
  Statement insert(db_, path_,
                   "INSERT INTO nodes(name, labels, properties) VALUES (?, ?, ?) RETURNING id");
  auto name = properties.find("name");
  if (name != properties.end() && name->second.is<std::string>())
    insert.bind(1, name->second.as<std::string>());
  else
    insert.bindNull(1);
  insert.bind(2, joinLabels(labels)).bind(3, toJson(properties));
  insert.step();
  return insert.integer(0);
}

int64_t GraphStore::createEdge(int64_t source, int64_t target, const std::string& type,
                               const ValueMap& properties) {
  Statement insert(db_, path_,
                   "INSERT INTO edges(source, target, relation, news, properties) "
                   "VALUES (?, ?, ?, 0, ?) RETURNING id");
  insert.bind(1, source).bind(2, target).bind(3, type).bind(4, toJson(properties));
  insert.step();
  return insert.integer(0);
}

PropertyGraph GraphStore::load() const {
  PropertyGraph graph;
  exec("BEGIN");
  try {
    int64_t node_count = 0, edge_count = 0;
    {
      Statement counts(db_, path_,
                       "SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM edges)");
      counts.step();
      node_count = counts.integer(0);
      edge_count = counts.integer(1);
    }
    graph.reserve(static_cast<size_t>(node_count), static_cast<size_t>(edge_count));

    std::unordered_map<int64_t, std::vector<std::string>> aliases;
    {
      Statement query(db_, path_, "SELECT node_id, alias FROM aliases ORDER BY node_id, alias");
      while (query.step()) aliases[query.integer(0)].push_back(query.text(1));
    }
    std::unordered_map<int64_t, uint32_t> node_index;
    node_index.reserve(static_cast<size_t>(node_count));
    {
      Statement query(db_, path_, "SELECT id, name, labels, properties FROM nodes ORDER BY id");
      while (query.step()) {
        int64_t id = query.integer(0);
        ValueMap properties;
        std::string json = query.text(3);
        if (json != "{}") {
          Value parsed = fromJson(json);
          if (parsed.is<ValueMap>()) properties = std::move(parsed.as<ValueMap>());
        }
        std::vector<std::string> labels = splitLabels(query.text(2));
        if (!query.isNull(1)) properties["name"] = query.text(1);
        if (labels.size() == 1)
          if (auto type = parseActorType(labels[0]))
            properties["type"] = std::string(actorTypeName(*type));
        if (auto it = aliases.find(id); it != aliases.end()) {
          ValueList list;
          for (auto& alias : it->second) list.push_back(std::move(alias));
          properties["aliases"] = std::move(list);
        }
        node_index[id] = graph.addNode(std::move(labels), std::move(properties), id);
      }
    }
    std::unordered_map<int64_t, std::string> article_names;
    {
      Statement query(db_, path_, "SELECT id, name FROM articles");
      while (query.step()) article_names[query.integer(0)] = query.text(1);
    }
    Statement edges(db_, path_,
                    "SELECT id, source, target, relation, status, confidence, news, properties "
                    "FROM edges ORDER BY id");
    Statement evidence(db_, path_,
                       "SELECT edge_id, article_id, sentence, start, end FROM evidence "
                       "ORDER BY edge_id, id");
    bool more_evidence = evidence.step();
    while (edges.step()) {
      int64_t id = edges.integer(0);
      auto source = node_index.find(edges.integer(1));
      auto target = node_index.find(edges.integer(2));
      if (source == node_index.end() || target == node_index.end())
        throw StoreError(path_ + ": edge " + std::to_string(id) + " refers to a missing node");
      std::vector<Evidence> items;
      while (more_evidence && evidence.integer(0) < id) more_evidence = evidence.step();
      while (more_evidence && evidence.integer(0) == id) {
        items.push_back(Evidence{article_names[evidence.integer(1)], evidence.text(2),
                                 evidence.integer(3), evidence.integer(4)});
        more_evidence = evidence.step();
      }
      if (edges.integer(6) != 0) {
        EdgeStatus status = parseEdgeStatus(edges.text(4)).value_or(EdgeStatus::Asserted);
        graph.addNewsEdge(source->second, target->second, edges.text(3), status, edges.real(5),
                          std::move(items), id);
      } else {
        ValueMap properties;
        Value parsed = fromJson(edges.text(7));
        if (parsed.is<ValueMap>()) properties = std::move(parsed.as<ValueMap>());
        graph.addEdge(source->second, target->second, edges.text(3), std::move(properties), id);
      }
    }
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec("COMMIT");
  return graph;
}

GraphStore::Stats GraphStore::stats() const {
  Stats stats;
  Statement counts(db_, path_,
                   "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM nodes), "
                   "(SELECT count(*) FROM edges), (SELECT count(*) FROM evidence)");
  counts.step();
  stats.articles = counts.integer(0);
  stats.nodes = counts.integer(1);
  stats.edges = counts.integer(2);
  stats.evidence = counts.integer(3);
  Statement labels(db_, path_,
                   "SELECT labels, count(*) FROM nodes GROUP BY labels ORDER BY 2 DESC, 1");
  while (labels.step()) stats.nodes_by_label.emplace_back(labels.text(0), labels.integer(1));
  Statement relations(db_, path_,
                      "SELECT relation, count(*) FROM edges GROUP BY relation ORDER BY 2 DESC, 1");
  while (relations.step())
    stats.edges_by_relation.emplace_back(relations.text(0), relations.integer(1));
  return stats;
}

std::vector<GraphStore::ArticleInfo> GraphStore::articles() const {
  std::vector<ArticleInfo> list;
  Statement query(db_, path_,
                  "SELECT id, name, content_hash, ingested_at, bytes, sentences FROM articles "
                  "ORDER BY id");
  while (query.step())
    list.push_back(ArticleInfo{query.integer(0), query.text(1), query.text(2), query.text(3),
                               query.integer(4), query.integer(5)});
  return list;
}

}  // namespace kg

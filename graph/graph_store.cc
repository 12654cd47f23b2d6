#include "graph/graph_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>

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
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  title TEXT,
  source TEXT,
  url TEXT,
  published TEXT,
  byline TEXT);
CREATE TABLE IF NOT EXISTS nodes(
  id INTEGER PRIMARY KEY,
  name TEXT,
  name_key TEXT,
  labels TEXT NOT NULL,
  properties TEXT NOT NULL DEFAULT '{}');
CREATE UNIQUE INDEX IF NOT EXISTS nodes_by_name_key ON nodes(name_key) WHERE name_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS aliases(
  node_id INTEGER NOT NULL REFERENCES nodes(id),
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
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
  properties TEXT NOT NULL DEFAULT '{}',
  mentions INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX IF NOT EXISTS edges_by_fact ON edges(source, relation, target, status) WHERE news = 1;
CREATE INDEX IF NOT EXISTS edges_by_target ON edges(target);
CREATE TABLE IF NOT EXISTS evidence(
  id INTEGER PRIMARY KEY,
  edge_id INTEGER NOT NULL REFERENCES edges(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  sentence TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  event_date TEXT,
  event_words TEXT);
CREATE INDEX IF NOT EXISTS evidence_by_edge ON evidence(edge_id);
)sql";

// From schema 1: edges count their evidence rows (so a load need not read them), and the
// aliases table has its key columns first (SQLite 3.40's integrity_check misreads a WITHOUT
// ROWID table whose primary key columns are not its leading columns).
const char* kUpgradeFrom1 = R"sql(
ALTER TABLE edges ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE edges SET mentions = (SELECT count(*) FROM evidence WHERE evidence.edge_id = edges.id);
CREATE TABLE aliases_v2(
  node_id INTEGER NOT NULL REFERENCES nodes(id),
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY(node_id, alias_key)) WITHOUT ROWID;
INSERT INTO aliases_v2(node_id, alias_key, alias) SELECT node_id, alias_key, alias FROM aliases;
DROP TABLE aliases;
ALTER TABLE aliases_v2 RENAME TO aliases;
CREATE INDEX IF NOT EXISTS aliases_by_key ON aliases(alias_key);
)sql";

// From schema 2: what is known of each article (title, outlet, address, publication date as
// YYYY-MM-DD, byline); older articles keep nulls.
const char* kUpgradeFrom2 = R"sql(
ALTER TABLE articles ADD COLUMN title TEXT;
ALTER TABLE articles ADD COLUMN source TEXT;
ALTER TABLE articles ADD COLUMN url TEXT;
ALTER TABLE articles ADD COLUMN published TEXT;
ALTER TABLE articles ADD COLUMN byline TEXT;
)sql";

// From schema 3: the date a sentence gives its event ("2024-03-25", "2021-07", "2021") and the
// words it came from ("on Monday"); older evidence keeps nulls.
const char* kUpgradeFrom3 = R"sql(
ALTER TABLE evidence ADD COLUMN event_date TEXT;
ALTER TABLE evidence ADD COLUMN event_words TEXT;
)sql";

// From schema 4: the database's stamp for graph snapshots (graph_snapshot.h): a random id, and
// a generation that every inserted, updated or deleted row moves on, in the same transaction,
// whoever writes (kg, or sqlite3 by hand). A snapshot of an older generation is not used.
std::string upgradeFrom4() {
  std::string sql = R"sql(
CREATE TABLE IF NOT EXISTS generation(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  database_id TEXT NOT NULL,
  value INTEGER NOT NULL);
INSERT OR IGNORE INTO generation(id, database_id, value) VALUES (1, lower(hex(randomblob(16))), 0);
)sql";
  for (const char* table : {"articles", "nodes", "aliases", "edges", "evidence"})
    for (const char* change : {"insert", "update", "delete"})
      sql += std::string("CREATE TRIGGER IF NOT EXISTS ") + table + "_" + change + " AFTER " +
             change + " ON " + table + " BEGIN UPDATE generation SET value = value + 1; END;\n";
  return sql;
}

// The evidence columns of the event date and words, as text ('' for none), in a query over
// `evidence e`; a schema before 4 has no such columns.
std::string eventColumns(int schema_version) {
  return schema_version >= 4 ? "ifnull(e.event_date, ''), ifnull(e.event_words, '')" : "'', ''";
}

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
  // Valid until the next step or reset.
  std::string_view view(int column) const {
    auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return data ? std::string_view(data, sqlite3_column_bytes(statement_, column))
                : std::string_view();
  }
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
      // Two processes creating one database race to switch it to WAL, and SQLite answers the
      // loser SQLITE_BUSY at once, bypassing the busy handler: retry up to the busy timeout.
      auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
      while (int rc = sqlite3_exec(db_, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr)) {
        if ((rc & 0xFF) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
          fail("cannot switch to WAL");
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      exec("PRAGMA synchronous=NORMAL");
      exec("PRAGMA foreign_keys=ON");
      if (version < kSchemaVersion) migrate();
    } else if (version == 0) {
      throw StoreError(path_ + ": not a kg database (no schema); ingest something first");
    }
    schema_version_ = mode == Mode::ReadWrite ? kSchemaVersion : version;
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
    if (version >= 1 && version <= 4) {
      if (version <= 1) exec(kUpgradeFrom1);
      if (version <= 2) exec(kUpgradeFrom2);
      if (version <= 3) exec(kUpgradeFrom3);
      exec(upgradeFrom4().c_str());
      exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    } else if (version == 0) {
      // A non-empty database without our version is someone else's file.
      Statement tables(db_, path_,
                       "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
      tables.step();
      if (tables.integer(0) > 0)
        throw StoreError(path_ + ": not a kg database (it has tables but no kg schema version)");
      exec(kSchema);
      exec(upgradeFrom4().c_str());
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
                       "INSERT INTO articles(name, content_hash, bytes, sentences, title, source, "
                       "url, published, byline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
      insert.bind(1, facts.name).bind(2, facts.content_hash).bind(3, facts.bytes);
      insert.bind(4, facts.sentences);
      int column = 5;
      for (const std::string* field : {&facts.info.title, &facts.info.source, &facts.info.url,
                                       &facts.info.published, &facts.info.byline}) {
        if (field->empty())
          insert.bindNull(column);
        else
          insert.bind(column, *field);
        ++column;
      }
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
                         "INSERT INTO edges(source, target, relation, status, confidence, "
                         "mentions) VALUES (?, ?, ?, ?, ?, 1) RETURNING id");
    Statement raiseConfidence(
        db_, path_,
        "UPDATE edges SET confidence = max(confidence, ?), mentions = mentions + 1 WHERE id = ?");
    Statement insertEvidence(db_, path_,
                             "INSERT INTO evidence(edge_id, article_id, sentence, start, end, "
                             "confidence, event_date, event_words) VALUES (?, ?, ?, ?, ?, ?, "
                             "nullif(?, ''), nullif(?, ''))");
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
      insertEvidence.bind(7, edge.event_date).bind(8, edge.event_words);
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

void GraphStore::deleteEdge(int64_t id) {
  Statement evidence(db_, path_, "DELETE FROM evidence WHERE edge_id = ?");
  evidence.bind(1, id).run();
  Statement edge(db_, path_, "DELETE FROM edges WHERE id = ?");
  edge.bind(1, id).run();
}

void GraphStore::deleteNode(int64_t id, bool detach) {
  std::vector<int64_t> edges;
  {
    Statement query(db_, path_, "SELECT id FROM edges WHERE source = ?1 OR target = ?1");
    query.bind(1, id);
    while (query.step()) edges.push_back(query.integer(0));
  }
  if (!edges.empty() && !detach)
    throw StoreError(path_ + ": node " + std::to_string(id) + " still has " +
                     std::to_string(edges.size()) +
                     " stored relationship(s) this view does not show (other statuses or "
                     "outside the time window); DETACH DELETE deletes them too");
  for (int64_t edge : edges) deleteEdge(edge);
  Statement aliases(db_, path_, "DELETE FROM aliases WHERE node_id = ?");
  aliases.bind(1, id).run();
  Statement node(db_, path_, "DELETE FROM nodes WHERE id = ?");
  node.bind(1, id).run();
}

void GraphStore::updateNode(int64_t id, const std::vector<std::string>& labels,
                            const ValueMap& properties) {
  bool actor = false;  // an ingested actor: found by its name key and aliases table
  {
    Statement query(db_, path_, "SELECT name_key IS NOT NULL FROM nodes WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) throw StoreError(path_ + ": node " + std::to_string(id) + " is not stored");
    actor = query.integer(0) != 0;
  }
  ValueMap rest = properties;
  auto name = properties.find("name");
  bool has_name = name != properties.end() && name->second.is<std::string>();
  // A type equal to the one its single actor label gives is read back from the label.
  if (auto type = rest.find("type"); type != rest.end() && labels.size() == 1)
    if (auto from_label = parseActorType(labels[0]))
      if (type->second.is<std::string>() &&
          type->second.as<std::string>() == actorTypeName(*from_label))
        rest.erase(type);
  Statement update(db_, path_,
                   "UPDATE nodes SET name = ?, name_key = ?, labels = ?, properties = ? "
                   "WHERE id = ?");
  if (has_name)
    update.bind(1, name->second.as<std::string>());
  else
    update.bindNull(1);
  if (actor && has_name)
    update.bind(2, nameKey(name->second.as<std::string>()));
  else
    update.bindNull(2);
  if (actor) {
    if (has_name) rest.erase("name");
    std::vector<std::string> aliases;
    if (auto it = rest.find("aliases"); it != rest.end() && it->second.is<ValueList>()) {
      bool all_text = true;
      for (const Value& alias : it->second.as<ValueList>()) {
        all_text = all_text && alias.is<std::string>();
        if (alias.is<std::string>()) aliases.push_back(alias.as<std::string>());
      }
      if (all_text) rest.erase(it);
    }
    Statement clear(db_, path_, "DELETE FROM aliases WHERE node_id = ?");
    clear.bind(1, id).run();
    Statement insert(db_, path_,
                     "INSERT OR IGNORE INTO aliases(node_id, alias, alias_key) VALUES (?, ?, ?)");
    std::string key = has_name ? nameKey(name->second.as<std::string>()) : std::string();
    for (const std::string& alias : aliases) {
      std::string alias_key = nameKey(alias);
      if (alias_key.empty() || alias_key == key) continue;
      insert.bind(1, id).bind(2, alias).bind(3, alias_key);
      insert.run();
    }
  }
  update.bind(3, joinLabels(labels)).bind(4, toJson(rest)).bind(5, id);
  update.run();
}

void GraphStore::updateEdge(int64_t id, const ValueMap& properties) {
  bool news = false;
  {
    Statement query(db_, path_, "SELECT news FROM edges WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) throw StoreError(path_ + ": edge " + std::to_string(id) + " is not stored");
    news = query.integer(0) != 0;
  }
  if (!news) {
    Statement update(db_, path_, "UPDATE edges SET properties = ? WHERE id = ?");
    update.bind(1, toJson(properties)).bind(2, id).run();
    return;
  }
  ValueMap rest = properties;
  for (const char* derived : {"mentions", "evidence", "first_seen", "last_seen", "sources"})
    rest.erase(derived);
  Statement update(db_, path_,
                   "UPDATE edges SET status = ifnull(?, status), confidence = ifnull(?, "
                   "confidence), properties = ? WHERE id = ?");
  auto status = rest.find("status");
  if (status != rest.end() && status->second.is<std::string>() &&
      parseEdgeStatus(status->second.as<std::string>())) {
    update.bind(1, status->second.as<std::string>());
    rest.erase(status);
  } else {
    update.bindNull(1);
  }
  auto confidence = rest.find("confidence");
  if (confidence != rest.end() &&
      (confidence->second.is<double>() || confidence->second.is<int64_t>())) {
    update.bind(2, confidence->second.is<double>()
                       ? confidence->second.as<double>()
                       : static_cast<double>(confidence->second.as<int64_t>()));
    rest.erase(confidence);
  } else {
    update.bindNull(2);
  }
  update.bind(3, toJson(rest)).bind(4, id);
  update.run();
}

namespace {

// The database's stamp (schema 5 and later), as `db` sees it now.
std::optional<DatabaseStamp> readStamp(sqlite3* db, const std::string& path) {
  Statement query(db, path, "SELECT database_id, value FROM generation WHERE id = 1");
  if (!query.step()) return std::nullopt;
  return DatabaseStamp{query.text(0), query.integer(1)};
}

// An article row without a publication date, an edge without a first seen date (as
// PropertyGraph::SeenRange marks one).
constexpr uint32_t kUndated = UINT32_MAX;

// Row ids of one table mapped to positions in the graph (or to any number). While the ids set so
// far run on without a gap from the first, at positions 0, 1, ... (as a load that leaves no row
// out sets them, in id order), a position is the id minus the first id and no array is kept, so
// a lookup costs no memory read. Otherwise a vector when the ids are dense (they are, but for
// rows DELETE removed), a hash map when not.
class RowIndex {
 public:
  explicit RowIndex(int64_t max_id) : max_id_(max_id) {}
  void set(int64_t id, uint32_t position) {
    if (consecutive_ && position == count_ &&
        (count_ == 0 || static_cast<uint64_t>(id) - static_cast<uint64_t>(first_id_) == count_)) {
      if (count_ == 0) first_id_ = id;
      ++count_;
      return;
    }
    if (consecutive_) spread();
    store(id, position);
  }
  // kAbsent when the id has no position.
  uint32_t find(int64_t id) const {
    if (consecutive_) {
      uint64_t offset = static_cast<uint64_t>(id) - static_cast<uint64_t>(first_id_);
      return offset < count_ ? static_cast<uint32_t>(offset) : kAbsent;
    }
    if (id >= 0 && id < static_cast<int64_t>(positions_.size()))
      return positions_[static_cast<size_t>(id)];
    return findSparse(id);
  }
  static constexpr uint32_t kAbsent = UINT32_MAX;

 private:
  // The run of consecutive ids so far, into the vector or the map.
  void spread() {
    consecutive_ = false;
    if (max_id_ >= 0 && max_id_ < (int64_t{1} << 26))
      positions_.assign(static_cast<size_t>(max_id_) + 1, kAbsent);
    for (uint32_t position = 0; position < count_; ++position)
      store(first_id_ + position, position);
  }
  void store(int64_t id, uint32_t position) {
    if (id >= 0 && id < static_cast<int64_t>(positions_.size()))
      positions_[static_cast<size_t>(id)] = position;
    else
      sparse_[id] = position;
  }
  uint32_t findSparse(int64_t id) const {
    auto it = sparse_.find(id);
    return it == sparse_.end() ? kAbsent : it->second;
  }

  int64_t max_id_;
  bool consecutive_ = true;
  int64_t first_id_ = 0;
  uint32_t count_ = 0;
  std::vector<uint32_t> positions_;
  std::unordered_map<int64_t, uint32_t> sparse_;
};

// Each edge row's first and last publication date (of the articles of its evidence), as ranks
// among the distinct dates, for a load that leaves the evidence in the database. One scan of
// the evidence in row order (a GROUP BY over a join read it in edge order, at random: 3.8 s at
// 1M edges against 0.4 s).
class EdgeDates {
 public:
  struct Range {
    uint32_t first = kUndated;
    uint32_t last = kUndated;
  };

  // Reads them on `db`, in its current transaction.
  void read(sqlite3* db, const std::string& path, int schema_version) {
    if (schema_version < 3) return;  // no publication dates
    int64_t max_edge = 0, max_article = 0;
    {
      Statement query(db, path,
                      "SELECT (SELECT ifnull(max(id), 0) FROM edges), "
                      "(SELECT ifnull(max(id), 0) FROM articles)");
      query.step();
      max_edge = query.integer(0);
      max_article = query.integer(1);
    }
    RowIndex article_rank(max_article);  // (any row id to a number)
    {
      Statement articles(db, path,
                         "SELECT id, published FROM articles WHERE published IS NOT NULL "
                         "ORDER BY published");
      while (articles.step()) {
        if (dates_.empty() || dates_.back() != articles.view(1))
          dates_.emplace_back(articles.view(1));
        article_rank.set(articles.integer(0), static_cast<uint32_t>(dates_.size() - 1));
      }
    }
    if (dates_.empty()) return;
    if (max_edge >= 0 && max_edge < (int64_t{1} << 26))
      dense_.resize(static_cast<size_t>(max_edge) + 1);
    Statement query(db, path, "SELECT edge_id, article_id FROM evidence");
    while (query.step()) {
      uint32_t rank = article_rank.find(query.integer(1));
      if (rank == kUndated) continue;
      int64_t edge_id = query.integer(0);
      Range& range = edge_id >= 0 && edge_id < static_cast<int64_t>(dense_.size())
                         ? dense_[static_cast<size_t>(edge_id)]
                         : sparse_[edge_id];
      if (range.first == kUndated || rank < range.first) range.first = rank;
      if (range.last == kUndated || rank > range.last) range.last = rank;
    }
  }

  // The distinct publication dates, in order; empty when no article is dated.
  const std::vector<std::string>& dates() const { return dates_; }
  Range find(int64_t edge_id) const {
    if (edge_id >= 0 && edge_id < static_cast<int64_t>(dense_.size()))
      return dense_[static_cast<size_t>(edge_id)];
    auto it = sparse_.find(edge_id);
    return it == sparse_.end() ? Range{} : it->second;
  }

 private:
  std::vector<std::string> dates_;
  LargeVector<Range> dense_;  // by row id, when the ids are dense
  std::unordered_map<int64_t, Range> sparse_;
};

// EdgeDates read on a connection of its own (meant for another thread, while the load reads the
// nodes and edges). Nothing when that connection does not see the database in the state the
// load sees (`expected`: a write committed in between), or cannot read it; the load then reads
// them itself.
std::optional<EdgeDates> readEdgeDatesAside(const std::string& path, int schema_version,
                                            const DatabaseStamp& expected) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    return std::nullopt;
  }
  sqlite3_busy_timeout(db, 60000);
  std::optional<EdgeDates> dates;
  try {
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) {
      if (readStamp(db, path) == expected) dates.emplace().read(db, path, schema_version);
    }
  } catch (const StoreError&) {
    dates.reset();
  }
  sqlite3_close(db);  // ends the read transaction
  return dates;
}

// Evidence read on demand, on a connection of its own (the graph outlives the store object
// that loaded it). An edge's evidence rows are only ever appended (DELETE removes them only
// with their edge), so its first `count` rows are the ones the load saw.
class StoredEvidence : public EvidenceSource {
 public:
  StoredEvidence(std::string path, int schema_version)
      : path_(std::move(path)), schema_version_(schema_version) {}
  ~StoredEvidence() override {
    statement_.reset();
    sqlite3_close(db_);
  }
  std::vector<Evidence> fetch(int64_t edge_store_id, uint32_t count) override {
    if (!db_) open();
    std::vector<Evidence> items;
    statement_->bind(1, edge_store_id).bind(2, static_cast<int64_t>(count));
    while (statement_->step())
      items.push_back(Evidence{statement_->text(0), statement_->text(1), statement_->integer(2),
                               statement_->integer(3), statement_->text(4), statement_->text(5)});
    statement_->reset();
    return items;
  }

 private:
  void open() {
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw StoreError(path_ + ": cannot open database: " + message);
    }
    sqlite3_busy_timeout(db_, 60000);
    const std::string sql = "SELECT ifnull(a.name, ''), e.sentence, e.start, e.end, " +
                            eventColumns(schema_version_) +
                            " FROM evidence e LEFT JOIN articles a ON a.id = e.article_id "
                            "WHERE e.edge_id = ? ORDER BY e.id LIMIT ?";
    statement_ = std::make_unique<Statement>(db_, path_, sql.c_str());
  }

  std::string path_;
  int schema_version_ = 0;
  sqlite3* db_ = nullptr;
  std::unique_ptr<Statement> statement_;
};

bool isInMemory(const std::string& path) {
  return path.empty() || path == ":memory:" || path.rfind("file::memory:", 0) == 0 ||
         path.find("mode=memory") != std::string::npos;
}

// Whether a hand-made edge's properties count as asserted (no status, or "asserted").
bool assertedProperties(const ValueMap& properties) {
  auto it = properties.find("status");
  return it == properties.end() || it->second.isNull() ||
         (it->second.is<std::string>() && it->second.as<std::string>() == "asserted");
}

}  // namespace

PropertyGraph GraphStore::load(const LoadOptions& options) const {
  // One read transaction, so the graph holds whole articles only. Rows are read in row-id order
  // (sequential scans); evidence is grouped by edge afterwards with a counting sort.
  PropertyGraph graph;
  const bool snapshot = options.use_snapshot && options.lazy_evidence &&
                        options.window_from.empty() && options.window_to.empty() &&
                        !isInMemory(path_) && schema_version_ >= 5;
  std::optional<DatabaseStamp> stamp;  // the transaction's first read, when it has one
  size_t hidden_count = 0;
  exec("BEGIN");
  try {
    if (snapshot) {
      // Read in this transaction, so the tables read below are of this generation too.
      stamp = this->stamp();
      if (stamp)
        if (auto loaded = GraphSnapshot::read(GraphSnapshot::pathFor(path_, !options.asserted_only),
                                              *stamp, !options.asserted_only)) {
          exec("COMMIT");
          loaded->graph.evidence_source_ = std::make_shared<StoredEvidence>(path_, schema_version_);
          if (options.hidden_edges) *options.hidden_edges = loaded->hidden_edges;
          return std::move(loaded->graph);
        }
    }
    bool lazy = options.lazy_evidence && !isInMemory(path_);
    // The edges' dates, read on another thread meanwhile when the database has a stamp to check
    // that both connections see it in one state. (The stamp is this transaction's first read.)
    std::future<std::optional<EdgeDates>> dates_aside;
    if (lazy && schema_version_ >= 5 && std::thread::hardware_concurrency() > 1) {
      if (!snapshot) stamp = this->stamp();
      if (stamp) {
        try {
          dates_aside =
              std::async(std::launch::async, readEdgeDatesAside, path_, schema_version_, *stamp);
        } catch (const std::system_error&) {  // no thread to be had: read them here later
        }
      }
    }
    int64_t max_node = 0, max_edge = 0, max_evidence = 0, max_article = 0;
    {
      Statement query(db_, path_,
                      "SELECT (SELECT ifnull(max(id), 0) FROM nodes), "
                      "(SELECT ifnull(max(id), 0) FROM edges), "
                      "(SELECT ifnull(max(id), 0) FROM evidence), "
                      "(SELECT ifnull(max(id), 0) FROM articles)");
      query.step();
      max_node = query.integer(0);
      max_edge = query.integer(1);
      max_evidence = query.integer(2);
      max_article = query.integer(3);
    }
    graph.reserve(static_cast<size_t>(max_node), static_cast<size_t>(max_edge));

    RowIndex node_index(max_node);
    {
      Statement query(db_, path_,
                      "SELECT id, name, name_key, labels, properties FROM nodes ORDER BY id");
      std::string last_labels_text = "\x01";
      uint32_t label_set = 0;
      int8_t derived_type = -1;
      while (query.step()) {
        int64_t id = query.integer(0);
        std::string_view labels_text = query.view(3);
        if (labels_text != last_labels_text) {
          last_labels_text = labels_text;
          std::vector<std::string> labels = splitLabels(last_labels_text);
          label_set = graph.internLabelSet(labels);
          derived_type = -1;
          if (labels.size() == 1)
            if (auto type = parseActorType(labels[0])) derived_type = static_cast<int8_t>(*type);
        }
        uint32_t index = static_cast<uint32_t>(graph.nodes_.size());
        graph.nodes_.push_back(PropertyGraph::Node{id, label_set});
        graph.node_fields_.emplace_back();
        PropertyGraph::NodeFields& fields = graph.node_fields_.back();
        std::string_view json = query.view(4);
        if (json != "{}") {
          Value parsed = fromJson(std::string(json));
          if (parsed.is<ValueMap>())
            for (auto& [key, value] : parsed.as<ValueMap>())
              if (!value.isNull()) graph.assignNodeProperty(index, key, std::move(value));
        }
        if (!(fields.extra >= 0 && graph.node_extra_[fields.extra].count("type")))
          fields.derived_type = derived_type;
        if (!query.isNull(1)) {  // the name column wins over a "name" in properties
          fields.name = graph.addNodeText(query.view(1));
          fields.has_name = true;
          if (fields.extra >= 0) graph.node_extra_[fields.extra].erase("name");
        }
        if (json != "{}" || query.isNull(2)) {
          graph.indexNames(index);
        } else if (fields.has_name) {  // the stored key saves folding the name again
          graph.name_index_.push_back(
              PropertyGraph::NameEntry{PropertyGraph::hashKey(query.view(2)), index});
        }
        node_index.set(id, index);
      }
    }
    {
      // Each node's aliases (they replace any "aliases" in its properties), sorted. Their text
      // goes to one buffer; the rows come in primary key order, grouped by node, so each node's
      // few are sorted on their own (all of them at once should the rows not be grouped).
      struct AliasRow {
        uint32_t node;
        uint32_t length;
        size_t offset;
      };
      std::vector<AliasRow> rows;
      std::string text;
      bool grouped = true;
      Statement query(db_, path_, "SELECT node_id, alias, alias_key FROM aliases");
      while (query.step()) {
        uint32_t index = node_index.find(query.integer(0));
        if (index == RowIndex::kAbsent) continue;
        std::string_view alias = query.view(1);
        grouped = grouped && (rows.empty() || rows.back().node <= index);
        rows.push_back(AliasRow{index, static_cast<uint32_t>(alias.size()), text.size()});
        text += alias;
        graph.name_index_.push_back(
            PropertyGraph::NameEntry{PropertyGraph::hashKey(query.view(2)), index});
      }
      auto aliasText = [&](const AliasRow& row) {
        return std::string_view(text).substr(row.offset, row.length);
      };
      auto before = [&](const AliasRow& a, const AliasRow& b) {
        return a.node != b.node ? a.node < b.node : aliasText(a) < aliasText(b);
      };
      if (!grouped) std::sort(rows.begin(), rows.end(), before);
      std::vector<std::string_view> run;
      for (size_t first = 0, last = 0; first < rows.size(); first = last) {
        for (last = first + 1; last < rows.size() && rows[last].node == rows[first].node;) ++last;
        if (grouped) std::sort(rows.begin() + first, rows.begin() + last, before);
        run.clear();
        for (size_t i = first; i < last; ++i) run.push_back(aliasText(rows[i]));
        PropertyGraph::NodeFields& fields = graph.node_fields_[rows[first].node];
        fields.has_aliases = true;
        graph.setAliases(fields, run);
      }
    }
    graph.name_index_sorted_ = false;
    graph.sortNameIndex();

    RowIndex article_index(max_article);
    if (max_article > 0 && max_article < (int64_t{1} << 26)) {
      graph.articles_.reserve(static_cast<size_t>(max_article));
      graph.article_index_.reserve(static_cast<size_t>(max_article));
      if (schema_version_ >= 3) graph.article_info_.reserve(static_cast<size_t>(max_article));
    }
    {
      Statement query(db_, path_,
                      schema_version_ >= 3 ? "SELECT id, name, title, source, url, published, "
                                             "byline FROM articles ORDER BY id"
                                           : "SELECT id, name, NULL, NULL, NULL, NULL, NULL FROM "
                                             "articles ORDER BY id");
      while (query.step()) {
        uint32_t article = graph.internArticle(query.view(1));
        article_index.set(query.integer(0), article);
        kg::ArticleInfo info{query.text(2), query.text(3), query.text(4), query.text(5),
                             query.text(6)};
        if (!info.title.empty() || !info.source.empty() || !info.url.empty() ||
            !info.published.empty() || !info.byline.empty())
          graph.setArticleInfo(article, std::move(info));
      }
    }
    // Schema 1 (read-only, not upgraded) has no mentions column: count the evidence rows.
    std::unordered_map<int64_t, uint32_t> counted_mentions;
    if (lazy && schema_version_ < 2) {
      Statement query(db_, path_, "SELECT edge_id, count(*) FROM evidence GROUP BY edge_id");
      while (query.step())
        counted_mentions[query.integer(0)] = static_cast<uint32_t>(query.integer(1));
    }
    size_t hidden = 0;
    // The news edges seen in the window, when there is one. No DISTINCT (the set removes
    // repeats): with it SQLite walks the evidence in edge order through an index, reading the
    // rows at random, about 4x slower at 1M edges than this scan in row order.
    bool windowed = !options.window_from.empty() || !options.window_to.empty();
    std::unordered_set<int64_t> in_window;
    if (windowed && schema_version_ >= 3) {
      Statement query(db_, path_,
                      "SELECT v.edge_id FROM evidence v JOIN articles a ON a.id = v.article_id "
                      "WHERE a.published IS NOT NULL AND a.published >= ? AND a.published <= ?");
      query.bind(1, options.window_from)
          .bind(2, options.window_to.empty() ? std::string("9999") : options.window_to);
      while (query.step()) in_window.insert(query.integer(0));
    }
    RowIndex edge_index(max_edge);
    {
      Statement query(db_, path_,
                      schema_version_ >= 2
                          ? "SELECT id, source, target, relation, status, confidence, news, "
                            "CASE WHEN news = 0 OR properties <> '{}' THEN properties END, "
                            "mentions FROM edges ORDER BY id"
                          : "SELECT id, source, target, relation, status, confidence, news, "
                            "CASE news WHEN 0 THEN properties END, 0 FROM edges ORDER BY id");
      while (query.step()) {
        int64_t id = query.integer(0);
        uint32_t source = node_index.find(query.integer(1));
        uint32_t target = node_index.find(query.integer(2));
        if (source == RowIndex::kAbsent || target == RowIndex::kAbsent)
          throw StoreError(path_ + ": edge " + std::to_string(id) + " refers to a missing node");
        PropertyGraph::Edge edge;
        edge.store_id = id;
        edge.source = source;
        edge.target = target;
        edge.type = graph.internType(query.view(3));
        if (query.integer(6) != 0) {
          edge.news = true;
          edge.status = parseEdgeStatus(query.view(4)).value_or(EdgeStatus::Asserted);
          if ((options.asserted_only && edge.status != EdgeStatus::Asserted) ||
              (windowed && !in_window.count(id))) {
            ++hidden;
            continue;
          }
          edge.confidence = static_cast<float>(query.real(5));
          if (!query.isNull(7)) {  // properties SET on a news edge
            Value parsed = fromJson(query.text(7));
            if (parsed.is<ValueMap>() && !parsed.as<ValueMap>().empty()) {
              edge.extra = static_cast<int32_t>(graph.extra_.size());
              graph.extra_.push_back(std::move(parsed.as<ValueMap>()));
            }
          }
          if (lazy) {
            edge.evidence_first = PropertyGraph::kEvidenceNotLoaded;
            if (schema_version_ >= 2) {
              edge.mentions = static_cast<uint32_t>(query.integer(8));
            } else if (auto it = counted_mentions.find(id); it != counted_mentions.end()) {
              edge.mentions = it->second;
            }
          }
        } else {
          Value parsed = fromJson(query.text(7));
          if (options.asserted_only && parsed.is<ValueMap>() &&
              !assertedProperties(parsed.as<ValueMap>())) {
            ++hidden;
            continue;
          }
          if (parsed.is<ValueMap>() && !parsed.as<ValueMap>().empty()) {
            edge.extra = static_cast<int32_t>(graph.extra_.size());
            graph.extra_.push_back(std::move(parsed.as<ValueMap>()));
          }
        }
        edge_index.set(id, static_cast<uint32_t>(graph.edges_.size()));
        graph.edges_.push_back(edge);
      }
    }
    if (options.hidden_edges) *options.hidden_edges = hidden;
    hidden_count = hidden;
    if (lazy) {
      graph.evidence_source_ = std::make_shared<StoredEvidence>(path_, schema_version_);
    } else {
      // Evidence in row order, text appended to the arena; then records grouped by edge.
      std::vector<PropertyGraph::EvidenceRecord> records;
      std::vector<uint32_t> owners;
      records.reserve(static_cast<size_t>(max_evidence));
      owners.reserve(static_cast<size_t>(max_evidence));
      const std::string sql = "SELECT e.edge_id, e.article_id, e.sentence, e.start, e.end, " +
                              eventColumns(schema_version_) + " FROM evidence e ORDER BY e.id";
      Statement query(db_, path_, sql.c_str());
      while (query.step()) {
        uint32_t owner = edge_index.find(query.integer(0));
        if (owner == RowIndex::kAbsent || !graph.edges_[owner].news) continue;
        uint32_t article = article_index.find(query.integer(1));
        if (article == RowIndex::kAbsent) article = graph.internArticle("");
        std::string_view sentence = query.view(2);
        PropertyGraph::EvidenceRecord record;
        record.text_offset = graph.evidence_text_.size();
        record.text_length = static_cast<uint32_t>(sentence.size());
        record.article = article;
        record.start = query.integer(3);
        record.end = query.integer(4);
        record.event = graph.internEventDate(query.view(5), query.view(6));
        graph.evidence_text_ += sentence;
        records.push_back(record);
        owners.push_back(owner);
        ++graph.edges_[owner].mentions;
      }
      uint32_t next = 0;
      for (PropertyGraph::Edge& edge : graph.edges_) {
        edge.evidence_first = next;
        next += edge.mentions;
      }
      graph.evidence_.resize(records.size());
      std::vector<uint32_t> placed(graph.edges_.size(), 0);
      for (size_t i = 0; i < records.size(); ++i) {
        PropertyGraph::Edge& edge = graph.edges_[owners[i]];
        graph.evidence_[edge.evidence_first + placed[owners[i]]++] = records[i];
      }
      graph.evidence_text_.shrink_to_fit();
    }
    if (lazy) {
      // The evidence is not in memory: the dates of each edge's articles come from SQL (read
      // aside while the nodes and edges were read, or now). The ranks become seen dates in edge
      // order, as setEdgeSeen takes them.
      std::optional<EdgeDates> dates;
      if (dates_aside.valid()) {
        try {
          dates = dates_aside.get();
        } catch (const std::exception&) {
          dates.reset();
        }
      }
      if (!dates) dates.emplace().read(db_, path_, schema_version_);
      if (!dates->dates().empty()) {
        std::vector<uint32_t> seen_index(dates->dates().size(), kUndated);
        auto seenIndexOf = [&](uint32_t rank) {
          if (seen_index[rank] == kUndated)
            seen_index[rank] = graph.internSeenDate(dates->dates()[rank]);
          return seen_index[rank];
        };
        graph.edge_seen_.assign(graph.edges_.size(), PropertyGraph::SeenRange{});
        bool any_seen = false;
        for (uint32_t edge = 0; edge < graph.edges_.size(); ++edge) {
          EdgeDates::Range range = dates->find(graph.edges_[edge].store_id);
          if (range.first == kUndated) continue;
          any_seen = true;
          uint32_t first = seenIndexOf(range.first);
          graph.edge_seen_[edge] = {first, seenIndexOf(range.last)};
        }
        if (!any_seen) graph.edge_seen_.clear();  // no edge is dated: the graph has no dates
      }
    } else {
      graph.computeEdgeSeenFromEvidence();
    }
    graph.rebuildAdjacency();
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec("COMMIT");
  // For the next load; a folder it cannot be written to leaves loads as they were.
  if (snapshot && stamp)
    GraphSnapshot::write(GraphSnapshot::pathFor(path_, !options.asserted_only), graph, *stamp,
                         !options.asserted_only, hidden_count);
  return graph;
}

void GraphStore::refreshSnapshot() const {
  if (isInMemory(path_)) return;
  for (bool all_statuses : {false, true}) {
    std::error_code error;
    if (!std::filesystem::exists(GraphSnapshot::pathFor(path_, all_statuses), error)) continue;
    load(LoadOptions::queryView(all_statuses));
  }
}

std::optional<DatabaseStamp> GraphStore::stamp() const {
  if (schema_version_ < 5) return std::nullopt;
  return readStamp(db_, path_);
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
  if (schema_version_ >= 3) {
    Statement dates(db_, path_,
                    "SELECT min(published), max(published), count(published) FROM articles");
    dates.step();
    stats.first_published = dates.text(0);
    stats.last_published = dates.text(1);
    stats.dated_articles = dates.integer(2);
    Statement sources(db_, path_,
                      "SELECT ifnull(source, ''), count(*) FROM articles GROUP BY 1 "
                      "ORDER BY 2 DESC, 1");
    while (sources.step())
      stats.articles_by_source.emplace_back(sources.text(0), sources.integer(1));
  }
  return stats;
}

std::vector<GraphStore::ArticleInfo> GraphStore::articles() const {
  std::vector<ArticleInfo> list;
  Statement query(db_, path_,
                  schema_version_ >= 3
                      ? "SELECT id, name, content_hash, ingested_at, bytes, sentences, title, "
                        "source, url, published, byline FROM articles ORDER BY id"
                      : "SELECT id, name, content_hash, ingested_at, bytes, sentences, NULL, "
                        "NULL, NULL, NULL, NULL FROM articles ORDER BY id");
  while (query.step())
    list.push_back(
        ArticleInfo{query.integer(0),
                    query.text(1),
                    query.text(2),
                    query.text(3),
                    query.integer(4),
                    query.integer(5),
                    {query.text(6), query.text(7), query.text(8), query.text(9), query.text(10)}});
  return list;
}

}  // namespace kg

// GraphStore: the graph's home on disk, an embedded SQLite database (WAL mode, versioned schema).
// Articles are added in one transaction each and only once (by content hash); one fact
// (source, relation, target, status) is one edge, and every sentence stating it adds evidence.
// load() builds the in-memory PropertyGraph that queries walk.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "graph/article_facts.h"
#include "graph/graph_snapshot.h"
#include "graph/property_graph.h"
#include "graph/value.h"

struct sqlite3;

namespace kg {

// A database error; what() names the database file.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class GraphStore {
 public:
  static constexpr int kSchemaVersion = 5;
  enum class Mode { ReadWrite, ReadOnly };

  // Opens (creating in ReadWrite mode) the database at `path`. Throws StoreError when the file
  // cannot be opened, is not a kg database, or has a newer schema than this program.
  explicit GraphStore(std::string path, Mode mode = Mode::ReadWrite);
  ~GraphStore();
  GraphStore(const GraphStore&) = delete;
  GraphStore& operator=(const GraphStore&) = delete;

  const std::string& path() const { return path_; }

  struct AddResult {
    bool added = false;  // false: an article with the same content was already stored
    int64_t article_id = 0;
    int64_t nodes_added = 0;
    int64_t edges_added = 0;
    int64_t evidence_added = 0;
  };
  // Writes one article's facts in one transaction; on any error nothing of it is stored.
  AddResult addArticle(const ArticleFacts& facts);
  bool hasArticle(const std::string& content_hash) const;

  // Hand-made data, as Cypher CREATE makes it. Returns the new row id.
  int64_t createNode(const std::vector<std::string>& labels, const ValueMap& properties);
  int64_t createEdge(int64_t source, int64_t target, const std::string& type,
                     const ValueMap& properties);
  // What Cypher DELETE, DETACH DELETE, SET and REMOVE change, in hand-made and ingested data
  // alike. deleteEdge removes an edge with its evidence rows. deleteNode removes a node with its
  // aliases; edges still at it (those the loaded view hid: other statuses, outside a time
  // window) go too when `detach`, else they make it fail (StoreError). A later ingest of an
  // article already stored is skipped, so what was deleted stays deleted; a new article that
  // states a deleted fact again adds it again.
  void deleteEdge(int64_t id);
  void deleteNode(int64_t id, bool detach);
  // Rewrites a node's labels and properties: the name to its column (and, for an ingested
  // actor, its lookup key and its aliases to their table), the rest as JSON.
  void updateNode(int64_t id, const std::vector<std::string>& labels, const ValueMap& properties);
  // Rewrites an edge's properties: a news edge's status and confidence to their columns (its
  // mentions, evidence, first_seen, last_seen and sources come from the evidence and are not
  // written), the rest as JSON.
  void updateEdge(int64_t id, const ValueMap& properties);
  // Groups hand-made writes into one transaction.
  void begin();
  void commit();
  void rollback();

  struct LoadOptions {
    // Leave out edges whose status is set to anything but "asserted" (edges without a status,
    // as CREATE makes them, stay); their count goes to *hidden_edges when that is set.
    bool asserted_only = false;
    size_t* hidden_edges = nullptr;
    // Read evidence sentences from the database when first asked for (PropertyGraph::evidence)
    // instead of now: the load then reads no evidence rows. Ignored for in-memory databases.
    bool lazy_evidence = false;
    // A time window (YYYY-MM-DD, both ends included; an empty end is open): keep only the news
    // edges one of whose articles was published in it (hand-made edges stay). The edges kept
    // are whole: their evidence, mentions and first_seen/last_seen cover all their articles.
    std::string window_from, window_to;
    // Read the graph from its snapshot (GraphSnapshot) when it is of the database as it is now,
    // else from the tables, and then write the snapshot for the next load. Only for the views
    // `kg query` and the shell load (asserted edges, or with --all-statuses every edge) with
    // lazy evidence, no window, a database file of schema 5 or later; other loads ignore it.
    bool use_snapshot = false;

    // The view `kg query` and the shell load (asserted edges, or every edge with
    // --all-statuses; evidence on demand; from the snapshot when it is current).
    static LoadOptions queryView(bool all_statuses) {
      LoadOptions options;
      options.asserted_only = !all_statuses;
      options.lazy_evidence = true;
      options.use_snapshot = true;
      return options;
    }
  };
  // Reads the whole graph, in one read transaction (so it sees whole articles only).
  PropertyGraph load(const LoadOptions& options) const;
  PropertyGraph load() const { return load(LoadOptions{}); }

  struct Stats {
    int64_t articles = 0, nodes = 0, edges = 0, evidence = 0;
    std::vector<std::pair<std::string, int64_t>> nodes_by_label;
    std::vector<std::pair<std::string, int64_t>> edges_by_relation;
    // Publication dates: the earliest and latest (empty when no article is dated), how many
    // articles have one, and articles per outlet ("" for those without one), most first.
    std::string first_published, last_published;
    int64_t dated_articles = 0;
    std::vector<std::pair<std::string, int64_t>> articles_by_source;
  };
  Stats stats() const;
  // When the database has snapshots that are out of date, writes them again (one load from the
  // tables each), so the next `kg query` starts fast; an ingest calls it when it is done.
  void refreshSnapshot() const;
  // The database's id and write generation, read now; nothing before schema 5.
  std::optional<DatabaseStamp> stamp() const;

  struct ArticleInfo {
    int64_t id = 0;
    std::string name, content_hash, ingested_at;
    int64_t bytes = 0, sentences = 0;
    kg::ArticleInfo info;  // title, source, url, published, byline (empty when unknown)
  };
  std::vector<ArticleInfo> articles() const;

  sqlite3* handle() const { return db_; }  // for tools that run their own SQL (bench)

 private:
  [[noreturn]] void fail(const std::string& what) const;
  void exec(const char* sql) const;
  void migrate();
  int64_t findOrCreateActor(const ActorFact& actor, int64_t& nodes_added);

  std::string path_;
  sqlite3* db_ = nullptr;
  int schema_version_ = kSchemaVersion;
};

}  // namespace kg

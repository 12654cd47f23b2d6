// GraphSession: the database `kg query` and the shell work on. It loads the store into the
// in-memory graph queries walk — by default only asserted edges, so negated, demanded or
// threatened statements do not answer "who sanctioned whom" — runs statements on it, and writes
// what a statement changed (CREATE, MERGE, SET, REMOVE, DELETE) back to the store in one
// transaction.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "graph/property_graph.h"
#include "graph/value.h"
#include "query/query_engine.h"

namespace kg::cli {

// A parameter value as a user types it after `--param name=` or `.param name`: JSON (numbers,
// true, false, null, "text", [lists], {maps}), 'single-quoted text', or else the text itself.
Value parseParameterValue(std::string_view text);

// What a statement wrote, for people: "Created 1 node, 2 relationships", "Deleted 0 nodes, 1
// relationship", "Changed 2 nodes, 0 relationships" (elements a SET or REMOVE changed that it
// neither created nor deleted), joined by "; " when it did several; each element counted once.
std::string describeWrites(const QueryResult& result);

class GraphSession {
 public:
  // Nothing is read until load(). A database file that does not exist yet is an empty graph;
  // the first CREATE creates it.
  GraphSession(std::string database_path, bool all_statuses);

  // Reads the whole graph from the store (again). Throws StoreError.
  void load();

  const std::string& databasePath() const { return database_path_; }
  bool databaseExists() const;
  bool allStatuses() const { return all_statuses_; }
  // Switches between all edges and asserted edges only, and reloads.
  void setAllStatuses(bool all);

  const PropertyGraph& graph() const { return *graph_; }
  std::shared_ptr<const PropertyGraph> sharedGraph() const { return graph_; }
  // Restricts the graph to the news edges seen in a time window (empty ends: open; both empty:
  // no window), and reloads. `from` and `to` are dates YYYY-MM-DD.
  void setWindow(const std::string& from, const std::string& to);
  const std::string& windowFrom() const { return window_from_; }
  const std::string& windowTo() const { return window_to_; }
  // How many stored edges the asserted-only view (and the window) leaves out.
  size_t hiddenEdges() const { return hidden_edges_; }

  struct Outcome {
    QueryResult result;
    // The graph the result's node, relationship and path values index into; it stays valid
    // after later statements reload the session.
    std::shared_ptr<const PropertyGraph> graph;
    double milliseconds = 0;  // time spent in the query engine
    bool persisted = false;   // something was changed and written to the store
    // Whether the statement created, deleted or changed anything.
    bool wrote() const;
  };
  // Runs one statement. Throws QueryError (the graph is then as before) or StoreError (when
  // writing what it changed failed; nothing of it is stored).
  Outcome run(std::string_view text, const QueryOptions& options);

 private:
  void persistWrites(const PropertyGraph& graph, const QueryResult& result);

  std::string database_path_;
  bool all_statuses_;
  std::shared_ptr<PropertyGraph> graph_;
  size_t hidden_edges_ = 0;
  std::string window_from_, window_to_;
};

}  // namespace kg::cli

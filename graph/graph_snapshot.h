// A graph snapshot: the in-memory PropertyGraph written to one file beside its database, so a
// new process reads the graph back in a few milliseconds instead of rebuilding it from SQL.
// Each snapshot carries the stamp of the database it was read from (the database's own random
// id and its write generation, which every committed change moves on); a snapshot whose stamp
// is not the database's current one is never used. GraphStore::load reads and writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/property_graph.h"

namespace kg {

// What identifies one state of a database: its id (random, set when the database is made) and
// the count of row changes ever committed to it (SQLite triggers keep it).
struct DatabaseStamp {
  std::string database_id;
  int64_t generation = 0;
  bool operator==(const DatabaseStamp& other) const {
    return database_id == other.database_id && generation == other.generation;
  }
};

class GraphSnapshot {
 public:
  // The snapshot of the database at `database_path` as the default view loads it (asserted
  // edges only): "<path>-snapshot"; with `all_statuses`, of every edge: "<path>-snapshot-all".
  static std::string pathFor(const std::string& database_path, bool all_statuses = false);

  // Writes `graph` (as loaded: no edges added since its adjacency was built) with its stamp,
  // whether it holds every edge or the asserted ones, and the number of stored edges the loaded
  // view left out. Writes a temporary file and renames
  // it, so a reader sees the old snapshot or the new one, never part of one. Returns false (and
  // leaves no file behind) when it cannot be written, say in a read-only folder.
  static bool write(const std::string& path, const PropertyGraph& graph, const DatabaseStamp& stamp,
                    bool all_statuses, uint64_t hidden_edges);

  struct Loaded {
    PropertyGraph graph;
    uint64_t hidden_edges = 0;
  };
  // The graph in the snapshot at `path` when its stamp is `expected` and its view
  // `all_statuses`; nothing when there is no snapshot, it is of another state of the database
  // or another view, or it is damaged (checked: sizes, and
  // every index it holds against the counts it holds).
  static std::optional<Loaded> read(const std::string& path, const DatabaseStamp& expected,
                                    bool all_statuses);
};

}  // namespace kg

// The query stage's front door: runs one Cypher statement (the subset of query/README.md) over
// an in-memory PropertyGraph. Pipeline: Lexer -> Parser (AST with offsets) -> Binder -> Planner
// -> Executor. Errors are QueryError values that point at the offending line and column.
#pragma once

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"

namespace kg {

// A query that failed. `kind` is the openCypher TCK's name (SyntaxError, SemanticError,
// TypeError, ArgumentError, ...), `code` the TCK detail (InvalidArgumentType, UndefinedVariable,
// VariableAlreadyBound, ...), line and column are 1-based (0 when not tied to a place).
class QueryError : public std::runtime_error {
 public:
  QueryError(std::string kind, std::string code, std::string message, int line = 0, int column = 0)
      : std::runtime_error(message),
        kind(std::move(kind)),
        code(std::move(code)),
        line(line),
        column(column) {}
  // "SyntaxError at line 1, column 17: expected ')'" followed, when the place is known, by the
  // query line and a caret under the column.
  std::string render(std::string_view query_text) const;

  std::string kind;
  std::string code;
  int line;
  int column;
};

struct QueryOptions {
  ValueMap parameters;                        // $name values
  size_t row_limit = 1'000'000;               // more result rows is an error
  int64_t time_limit_ms = 30'000;             // 0: none
  unsigned hop_cap = 5;                       // upper bound for unbounded variable-length patterns
  const std::atomic<bool>* cancel = nullptr;  // set to true to stop a running query
};

// A warning about a query that still ran, as Neo4j gives them: a relationship type, label or
// property key the graph does not have (a likely misspelling), with the nearest known name.
struct QueryNotification {
  std::string code;     // UnknownRelationshipType, UnknownLabel, UnknownPropertyKey
  std::string message;  // "relationship type 'acused' is not in this graph; did you mean ..."
  int line = 0;         // 1-based place of the name in the statement
  int column = 0;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<QueryNotification> notifications;
  std::vector<std::vector<Value>> rows;
  // What a CREATE added to the graph (node and edge indices), so the caller can persist it.
  std::vector<uint32_t> created_nodes;
  std::vector<uint32_t> created_edges;
  int64_t properties_set = 0;
  // What DELETE, DETACH DELETE, SET and REMOVE did, for the same purpose (indices may repeat;
  // deleted elements stay in the graph, marked deleted): the deleted nodes (those DETACH DELETE
  // removed are in detached_nodes too) and edges, and the nodes and edges whose labels or
  // properties changed.
  std::vector<uint32_t> deleted_nodes, detached_nodes, deleted_edges;
  std::vector<uint32_t> changed_nodes, changed_edges;
};

// Runs one statement (a trailing ';' is allowed). Throws QueryError.
QueryResult runQuery(PropertyGraph& graph, std::string_view text, const QueryOptions& options = {});

}  // namespace kg

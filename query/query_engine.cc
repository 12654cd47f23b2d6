#include "query/query_engine.h"

#include <new>
#include <set>
#include <variant>

#include "query/binder.h"
#include "query/executor.h"
#include "query/notifications.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/temporal_functions.h"
#include "query/value_ops.h"

namespace kg {

std::string QueryError::render(std::string_view query_text) const {
  std::string text = kind;
  if (line > 0) text += " at line " + std::to_string(line) + ", column " + std::to_string(column);
  text += ": ";
  text += what();
  if (line > 0) {
    size_t start = 0;
    for (int current = 1; current < line && start != std::string_view::npos; ++current) {
      start = query_text.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos) {
      size_t end = query_text.find('\n', start);
      text += "\n";
      text += query_text.substr(start, end == std::string_view::npos ? end : end - start);
      text += "\n" + std::string(column > 0 ? column - 1 : 0, ' ') + "^";
    }
  }
  return text;
}

QueryResult runQuery(PropertyGraph& graph, std::string_view text, const QueryOptions& options) {
  cypher::startStatementClock();
  try {
    cypher::Statement statement = cypher::parseStatement(text);
    cypher::bindStatement(statement, text, options.parameters);
    cypher::Plan plan = cypher::planStatement(statement, options.hop_cap);
    QueryResult result = cypher::execute(plan, graph, options);
    for (const cypher::Statement& part : statement.union_parts) {
      // UNION [ALL]: the next query's rows after these (each part plans and runs on its own).
      QueryResult more =
          cypher::execute(cypher::planStatement(part, options.hop_cap), graph, options);
      for (auto& row : more.rows) result.rows.push_back(std::move(row));
      result.created_nodes.insert(result.created_nodes.end(), more.created_nodes.begin(),
                                  more.created_nodes.end());
      result.created_edges.insert(result.created_edges.end(), more.created_edges.begin(),
                                  more.created_edges.end());
      result.properties_set += more.properties_set;
      for (auto [into, from] : {std::pair{&result.deleted_nodes, &more.deleted_nodes},
                                {&result.detached_nodes, &more.detached_nodes},
                                {&result.deleted_edges, &more.deleted_edges},
                                {&result.changed_nodes, &more.changed_nodes},
                                {&result.changed_edges, &more.changed_edges}})
        into->insert(into->end(), from->begin(), from->end());
      if (result.rows.size() > options.row_limit)
        throw QueryError(
            "ExecutionError", "RowLimitExceeded",
            "the query returned more than " + std::to_string(options.row_limit) + " rows");
    }
    if (!statement.union_parts.empty() && !statement.union_all) {
      // UNION: each distinct row once, in the order first seen.
      std::set<std::vector<Value>, cypher::RowLess> seen;
      std::vector<std::vector<Value>> distinct;
      for (auto& row : result.rows)
        if (seen.insert(row).second) distinct.push_back(std::move(row));
      result.rows = std::move(distinct);
    }
    // After the run, so that what a CREATE made is known; an empty graph knows no names. A
    // statement that deleted or removed something may have taken away names it mentions.
    bool took_away = !result.deleted_nodes.empty() || !result.deleted_edges.empty() ||
                     !result.changed_nodes.empty() || !result.changed_edges.empty();
    if (graph.nodeCount() > 0 && !took_away) {
      result.notifications = cypher::notificationsFor(statement, graph, text);
      for (const cypher::Statement& part : statement.union_parts)
        for (auto& notification : cypher::notificationsFor(part, graph, text))
          result.notifications.push_back(std::move(notification));
    }
    return result;
  } catch (const QueryError&) {
    throw;
  } catch (const std::bad_variant_access&) {
    throw QueryError("TypeError", "InvalidArgumentType", "a value has the wrong type here");
  } catch (const std::bad_alloc&) {
    throw QueryError("ExecutionError", "OutOfMemory", "the query needs more memory than there is");
  } catch (const std::exception& error) {
    throw QueryError("ExecutionError", "InternalError", error.what());
  }
}

}  // namespace kg

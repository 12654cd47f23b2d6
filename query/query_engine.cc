#include "query/query_engine.h"

#include <new>
#include <variant>

#include "query/binder.h"
#include "query/executor.h"
#include "query/notifications.h"
#include "query/parser.h"
#include "query/planner.h"

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
  try {
    cypher::Statement statement = cypher::parseStatement(text);
    cypher::bindStatement(statement, text, options.parameters);
    cypher::Plan plan = cypher::planStatement(statement, options.hop_cap);
    QueryResult result = cypher::execute(plan, graph, options);
    // After the run, so that what a CREATE made is known; an empty graph knows no names.
    if (graph.nodeCount() > 0)
      result.notifications = cypher::notificationsFor(statement, graph, text);
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

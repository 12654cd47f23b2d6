#include "query/query_engine.h"

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

QueryResult runQuery(PropertyGraph&, std::string_view, const QueryOptions&) {
  throw QueryError("SyntaxError", "NotImplemented", "the query engine is not built yet");
}

}  // namespace kg

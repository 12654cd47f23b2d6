#include "query/errors.h"

namespace kg::cypher {

void throwAt(std::string_view text, size_t offset, const std::string& kind, const std::string& code,
             const std::string& message) {
  if (offset > text.size()) offset = text.size();
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  throw QueryError(kind, code, message, line, static_cast<int>(offset - line_start) + 1);
}

void throwRuntime(const std::string& kind, const std::string& code, const std::string& message) {
  throw QueryError(kind, code, message);
}

void requireNotDeleted(const Value& element, const PropertyGraph& graph) {
  if ((element.is<NodeRef>() && graph.nodeDeleted(element.as<NodeRef>().index)) ||
      (element.is<EdgeRef>() && graph.edgeDeleted(element.as<EdgeRef>().index)))
    throwRuntime("EntityNotFound", "DeletedEntityAccess",
                 "this node or relationship was deleted; its properties and labels are gone");
}

}  // namespace kg::cypher

// Helpers that turn a byte offset in the statement into a QueryError with a 1-based line and
// column, so every stage reports problems the same way.
#pragma once

#include <string>
#include <string_view>

#include "query/query_engine.h"

namespace kg::cypher {

// Throws QueryError(kind, code, message) pointing at `offset` of `text`.
[[noreturn]] void throwAt(std::string_view text, size_t offset, const std::string& kind,
                          const std::string& code, const std::string& message);

// Errors not tied to a place (runtime type errors, limits).
[[noreturn]] void throwRuntime(const std::string& kind, const std::string& code,
                               const std::string& message);

// Reading the properties or labels of a node or relationship this statement deleted is an
// EntityNotFound error (DeletedEntityAccess); other values pass.
void requireNotDeleted(const Value& element, const PropertyGraph& graph);

}  // namespace kg::cypher

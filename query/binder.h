// Semantic analysis between parsing and planning: resolves every variable to a row slot,
// checks variable kinds (node, relationship, path, value), scoping across WITH/RETURN,
// aggregation rules and CREATE's restrictions, and reports the TCK's compile-time errors
// (UndefinedVariable, VariableAlreadyBound, VariableTypeConflict, AmbiguousAggregationExpression,
// ...). It annotates the Statement in place.
#pragma once

#include <string_view>

#include "graph/value.h"
#include "query/ast.h"

namespace kg::cypher {

// Throws QueryError on the first semantic error.
void bindStatement(Statement& statement, std::string_view text, const ValueMap& parameters);

}  // namespace kg::cypher

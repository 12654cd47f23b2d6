// Evaluates bound expressions (query/ast.h after the Binder) against one execution row: variable
// slots, properties of nodes and relationships, operators with Cypher's null semantics, list and
// map access, CASE, list comprehensions and scalar function calls.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/property_graph.h"
#include "query/ast.h"
#include "query/regex_matcher.h"

namespace kg::cypher {

using Row = std::vector<Value>;

struct EvaluationContext {
  const PropertyGraph& graph;
  const ValueMap& parameters;
  RegexMatcher regex;    // =~ patterns compiled once per query
  unsigned hop_cap = 5;  // for unbounded variable-length pattern predicates
  // Whether an EXISTS subquery yields a row when it starts from `row` (set by the executor).
  std::function<bool(const Statement& subquery, const Row& row)> exists_subquery{};
};

Value evaluate(const Expr& expr, Row& row, EvaluationContext& context);

// Cypher truthiness for WHERE: only true passes (null and false do not); a non-boolean is an
// error.
bool isTrue(const Value& value);

// Whether `expr` refers to no variable (so it can be evaluated once per query).
bool isConstant(const Expr& expr);
// Every slot the expression reads.
void collectSlots(const Expr& expr, std::vector<int>& slots);

}  // namespace kg::cypher

// Cypher value semantics over kg::Value: three-valued equality and comparison (null propagates),
// the total order ORDER BY and DISTINCT use (orderability), arithmetic with Cypher's integer and
// float rules, and how values print in toString().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/text_hash.h"
#include "graph/value.h"
#include "query/ast.h"
#include "query/errors.h"

namespace kg::cypher {

// true, false, or null (nullopt).
using Ternary = std::optional<bool>;

inline Value fromTernary(Ternary t) { return t ? Value(*t) : Value(); }

// "INTEGER", "FLOAT", "STRING", "BOOLEAN", "LIST", "MAP", "NODE", "RELATIONSHIP", "PATH",
// "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME", "DURATION", "NULL".
std::string typeName(const Value& value);

bool isNumber(const Value& value);
double numberAsDouble(const Value& value);  // requires isNumber

// `a = b`: null when either side is (or contains, where it matters) null.
Ternary equals(const Value& a, const Value& b);
// `a < b` etc. for op in Less, Greater, LessEqual, GreaterEqual; null when incomparable.
Ternary compareWith(BinaryOp op, const Value& a, const Value& b);
// The total order of ORDER BY (maps < nodes < relationships < lists < paths < temporal values <
// strings < booleans < numbers < null); also decides DISTINCT and grouping (0 means the same).
int orderCompare(const Value& a, const Value& b);

// Runs `compute`, turning a TemporalError (a bad date, zone or duration) into the query's
// ArgumentError with the same message.
template <typename Compute>
auto withTemporalErrors(Compute compute) -> decltype(compute()) {
  try {
    return compute();
  } catch (const TemporalError& error) {
    throwRuntime("ArgumentError", error.code(), error.what());
  }
}

struct ValueLess {
  bool operator()(const Value& a, const Value& b) const { return orderCompare(a, b) < 0; }
};
struct RowLess {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
};
// A hash consistent with orderCompare == 0 (1 and 1.0 hash alike).
size_t hashValue(const Value& value);
// A string hashes as hashText (graph/text_hash.h) of its text: grouping and DISTINCT hash a text
// read in place (a node's name in the graph) alike, then compare it with the kept strings.

// Arithmetic; throws QueryError (TypeError / ArithmeticError) on bad operand types or
// integer overflow and division by zero.
Value arithmetic(BinaryOp op, const Value& a, const Value& b);
Value negate(const Value& value);

// The text toString() gives: 1.0 for floats, true/false, strings as they are.
std::string formatNumber(double value);

}  // namespace kg::cypher

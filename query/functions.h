// Cypher's built-in functions: scalar functions (id, type, labels, size, toLower, coalesce,
// range, ...) looked up by name when the statement is bound and called per row, and the
// aggregate functions (count, collect, sum, avg, min, max, stDev, percentiles) as accumulators.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"
#include "query/value_ops.h"

namespace kg::cypher {

// A scalar function, registered once with its name, arity and code (functions.cc).
struct ScalarFunction {
  const char* name;  // as written in help and completion ("toLower"); found case-insensitively
  int min_arguments;
  int max_arguments;      // -1: any number
  bool null_in_null_out;  // a null first argument gives null without calling `call`
  Value (*call)(std::vector<Value>& arguments, const PropertyGraph& graph);
  // Its result depends on its arguments alone (no clock, no randomness, no graph), so a call
  // whose arguments are all literals is computed once, when the statement is bound.
  bool constant_folds = false;
};

// Every scalar function, in registration order; ids are positions in this list.
const std::vector<ScalarFunction>& scalarFunctions();
// The aggregate functions' names, as written ("percentileCont").
std::vector<std::string> aggregateNames();
// The id of a scalar function (case-insensitive name), or -1.
int findScalarFunction(std::string_view name);
const ScalarFunction& scalarFunction(int id);
// Throws the TypeError a function raises for an argument of a type it does not take.
[[noreturn]] void badArgument(const char* function, const Value& value);

// Calls function `id`; throws QueryError (TypeError/ArgumentError) on bad arguments.
Value callScalarFunction(int id, std::vector<Value>& arguments, const PropertyGraph& graph);

enum class AggregateKind {
  Count,
  Collect,
  Sum,
  Avg,
  Min,
  Max,
  StDev,
  StDevP,
  PercentileDisc,
  PercentileCont
};
// The aggregate called `name` (case-insensitive), if it is one.
std::optional<AggregateKind> findAggregate(std::string_view name);
int aggregateArgumentCount(AggregateKind kind);  // 2 for percentiles, else 1

// One group's running state of one aggregate call.
class Accumulator {
 public:
  Accumulator(AggregateKind kind, bool distinct) : kind_(kind), distinct_(distinct) {}
  // `argument` is the aggregated value (ignored by count(*)); `parameter` the percentile.
  void add(const Value& argument, const Value& parameter);
  void addCountStar() { ++count_; }
  // A count (not DISTINCT) of rows counted elsewhere and merged in.
  void addCounted(int64_t rows) { count_ += rows; }
  // A count's result so far, without building the Value (meaningful for count only).
  int64_t count() const { return count_; }
  Value result() const;

 private:
  // What only min/max, collect, stDev, the percentiles and DISTINCT need. It is allocated on
  // first use: a grouping may keep one accumulator per group for tens of thousands of groups,
  // and most are count or sum, which need a few numbers (the whole was 408 bytes).
  struct Values {
    Value best;                       // min / max
    ValueList values;                 // collect, stDev, percentiles
    std::set<Value, ValueLess> seen;  // DISTINCT
    Value parameter;
  };
  Values& values() {
    if (!values_) values_ = std::make_unique<Values>();
    return *values_;
  }

  AggregateKind kind_;
  bool distinct_;
  bool float_sum_ = false;  // sum/avg: the sum left the integers (a float, or an overflow)
  int64_t count_ = 0;
  int64_t int_sum_ = 0;
  double double_sum_ = 0;
  std::unique_ptr<Values> values_;
};

}  // namespace kg::cypher

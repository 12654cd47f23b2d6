#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <random>
#include <unordered_map>

#include "query/errors.h"
#include "query/temporal_functions.h"

namespace kg::cypher {

[[noreturn]] void badArgument(const char* function, const Value& value) {
  throwRuntime("TypeError", "InvalidArgumentType",
               std::string(function) + "() does not accept a " + typeName(value));
}

namespace {

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// The type-conversion functions (toString, toInteger, ...) and the graph accessors type() and
// labels() report a value of the wrong kind found at run time as an InvalidArgumentValue, as the
// TCK expects, rather than as an InvalidArgumentType.
[[noreturn]] void unconvertible(const char* function, const Value& value) {
  throwRuntime("TypeError", "InvalidArgumentValue",
               std::string(function) + "() cannot take a " + typeName(value));
}

int64_t integerArgument(const char* function, const Value& value) {
  if (!value.is<int64_t>())
    throwRuntime("ArgumentError", "InvalidArgumentType",
                 std::string(function) + "() needs an INTEGER, got " + typeName(value));
  return value.as<int64_t>();
}

// Builds a list Value from any range, converting each element. Out of line so that GCC 12 does
// not inline the variant's constructors into every registry lambda, where it reports
// -Wmaybe-uninitialized on the moved-from variant (a known false positive).
template <typename Range, typename Convert>
[[gnu::noinline]] Value listOf(const Range& range, Convert convert) {
  ValueList list;
  list.reserve(std::size(range));
  for (const auto& element : range) list.emplace_back(convert(element));
  return Value(std::move(list));
}

size_t utf8Length(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::string valueToString(const Value& value) {
  if (value.is<std::string>()) return value.as<std::string>();
  if (value.is<int64_t>()) return std::to_string(value.as<int64_t>());
  if (value.is<double>()) return formatNumber(value.as<double>());
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<Temporal>()) return formatTemporal(value.as<Temporal>());
  unconvertible("toString", value);
}

Value toInteger(const Value& value) {
  if (value.is<int64_t>()) return value;
  if (value.is<double>()) {
    double d = value.as<double>();
    if (std::isnan(d) || std::isinf(d)) return Value();
    return static_cast<int64_t>(d);
  }
  if (value.is<bool>()) return int64_t{value.as<bool>() ? 1 : 0};
  if (value.is<std::string>()) {
    const std::string& text = value.as<std::string>();
    char* end = nullptr;
    errno = 0;
    long long parsed = std::strtoll(text.c_str(), &end, 10);
    if (end != text.c_str() && *end == '\0' && errno == 0) return int64_t{parsed};
    double d = std::strtod(text.c_str(), &end);
    if (end != text.c_str() && *end == '\0' && std::isfinite(d)) return static_cast<int64_t>(d);
    return Value();
  }
  unconvertible("toInteger", value);
}

Value toFloat(const Value& value) {
  if (value.is<double>()) return value;
  if (value.is<int64_t>()) return static_cast<double>(value.as<int64_t>());
  if (value.is<std::string>()) {
    const std::string& text = value.as<std::string>();
    char* end = nullptr;
    double d = std::strtod(text.c_str(), &end);
    if (end != text.c_str() && *end == '\0') return d;
    return Value();
  }
  unconvertible("toFloat", value);
}

std::string trimmed(const std::string& text, bool left, bool right) {
  size_t begin = 0, end = text.size();
  if (left)
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  if (right)
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return text.substr(begin, end - begin);
}

std::mt19937_64& randomEngine() {
  static thread_local std::mt19937_64 engine{std::random_device{}()};
  return engine;
}

using Arguments = std::vector<Value>;

// The argument of a numeric function as a double; a non-number is an error.
double numberArgument(const char* function, const Value& value) {
  if (!isNumber(value)) badArgument(function, value);
  return numberAsDouble(value);
}

// Scalar functions that map one number to a double (null in, null out).
template <double (*Apply)(double)>
Value numeric(Arguments& arguments, const PropertyGraph&) {
  return Apply(numberArgument("a numeric function", arguments[0]));
}

Value propertiesOf(const char* name, const Value& first, const PropertyGraph& graph) {
  requireNotDeleted(first, graph);
  if (first.is<NodeRef>()) return graph.nodeProperties(first.as<NodeRef>().index);
  if (first.is<EdgeRef>()) return graph.edgeProperties(first.as<EdgeRef>().index);
  if (first.is<ValueMap>()) return first.as<ValueMap>();
  badArgument(name, first);
}

Value changeCase(const char* name, const Value& first, int (*change)(int)) {
  if (!first.is<std::string>()) badArgument(name, first);
  std::string text = first.as<std::string>();
  for (char& c : text) c = static_cast<char>(change(static_cast<unsigned char>(c)));
  return text;
}

Value trim(const char* name, const Value& first, bool left, bool right) {
  if (!first.is<std::string>()) badArgument(name, first);
  return trimmed(first.as<std::string>(), left, right);
}

// substring(text, start [, length]), left(text, n), right(text, n).
Value textPart(const char* name, Arguments& arguments, char which) {
  const Value& first = arguments[0];
  if (!first.is<std::string>()) badArgument(name, first);
  const std::string& text = first.as<std::string>();
  if (arguments[1].isNull()) return Value();
  int64_t a = integerArgument(name, arguments[1]);
  if (a < 0)
    throwRuntime("ArgumentError", "NegativeIntegerArgument",
                 std::string(name) + "() needs a non-negative integer");
  size_t n = static_cast<size_t>(a);
  if (which == 'l') return text.substr(0, n);
  if (which == 'r') return n >= text.size() ? text : text.substr(text.size() - n);
  if (n >= text.size()) return std::string();
  if (arguments.size() > 2 && !arguments[2].isNull()) {
    int64_t length = integerArgument(name, arguments[2]);
    if (length < 0)
      throwRuntime("ArgumentError", "NegativeIntegerArgument",
                   "substring() needs a non-negative length");
    return text.substr(n, static_cast<size_t>(length));
  }
  return text.substr(n);
}

// Every scalar function: its name as written in help and completion, its arity, whether a null
// first argument gives null without calling it, and its code.
const std::vector<ScalarFunction>& registry() {
  static const std::vector<ScalarFunction> functions = [] {
    std::vector<ScalarFunction> list = {
        {"id", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (a[0].is<NodeRef>()) return int64_t{a[0].as<NodeRef>().index};
           if (a[0].is<EdgeRef>()) return int64_t{a[0].as<EdgeRef>().index};
           badArgument("id", a[0]);
         }},
        {"type", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) -> Value {
           if (a[0].is<EdgeRef>()) return graph.edgeType(a[0].as<EdgeRef>().index);
           unconvertible("type", a[0]);
         }},
        {"labels", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) -> Value {
           if (!a[0].is<NodeRef>()) unconvertible("labels", a[0]);
           requireNotDeleted(a[0], graph);
           return listOf(graph.nodeLabels(a[0].as<NodeRef>().index),
                         [](const std::string& label) { return Value(label); });
         }},
        {"keys", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) -> Value {
           return listOf(propertiesOf("keys", a[0], graph).as<ValueMap>(),
                         [](const auto& entry) { return Value(entry.first); });
         }},
        {"properties", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) {
           return propertiesOf("properties", a[0], graph);
         }},
        {"size", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           const Value& first = a[0];
           if (first.is<ValueList>()) return static_cast<int64_t>(first.as<ValueList>().size());
           if (first.is<std::string>())
             return static_cast<int64_t>(utf8Length(first.as<std::string>()));
           if (first.is<ValueMap>()) return static_cast<int64_t>(first.as<ValueMap>().size());
           badArgument("size", first);
         }},
        {"length", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           const Value& first = a[0];
           if (first.is<PathValue>())
             return static_cast<int64_t>(first.as<PathValue>().edges.size());
           if (first.is<std::string>())
             return static_cast<int64_t>(utf8Length(first.as<std::string>()));
           if (first.is<ValueList>()) return static_cast<int64_t>(first.as<ValueList>().size());
           badArgument("length", first);
         }},
        {"nodes", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (!a[0].is<PathValue>()) badArgument("nodes", a[0]);
           return listOf(a[0].as<PathValue>().nodes,
                         [](uint32_t node) { return Value(NodeRef{node}); });
         }},
        {"relationships", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (!a[0].is<PathValue>()) badArgument("relationships", a[0]);
           return listOf(a[0].as<PathValue>().edges,
                         [](uint32_t edge) { return Value(EdgeRef{edge}); });
         }},
        {"startNode", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) -> Value {
           if (!a[0].is<EdgeRef>()) badArgument("startNode", a[0]);
           return NodeRef{graph.edge(a[0].as<EdgeRef>().index).source};
         }},
        {"endNode", 1, 1, true,
         [](Arguments& a, const PropertyGraph& graph) -> Value {
           if (!a[0].is<EdgeRef>()) badArgument("endNode", a[0]);
           return NodeRef{graph.edge(a[0].as<EdgeRef>().index).target};
         }},
        {"head", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (!a[0].is<ValueList>()) badArgument("head", a[0]);
           const ValueList& list = a[0].as<ValueList>();
           return list.empty() ? Value() : list.front();
         }},
        {"last", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (!a[0].is<ValueList>()) badArgument("last", a[0]);
           const ValueList& list = a[0].as<ValueList>();
           return list.empty() ? Value() : list.back();
         }},
        {"tail", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (!a[0].is<ValueList>()) badArgument("tail", a[0]);
           const ValueList& list = a[0].as<ValueList>();
           return list.empty() ? ValueList{} : ValueList(list.begin() + 1, list.end());
         }},
        {"range", 2, 3, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           int64_t start = integerArgument("range", a[0]);
           if (a[1].isNull()) return Value();
           int64_t end = integerArgument("range", a[1]);
           int64_t step = 1;
           if (a.size() > 2) step = integerArgument("range", a[2]);
           if (step == 0) throwRuntime("ArgumentError", "NumberOutOfRange", "range() step is zero");
           // The element count in 128 bits, so that bounds near the INTEGER limits cannot overflow.
           __int128 span = static_cast<__int128>(end) - start;
           if (span != 0 && (span > 0) != (step > 0)) return Value(ValueList{});
           __int128 count = span / step + 1;
           if (count > 10'000'000)
             throwRuntime("ArgumentError", "NumberOutOfRange", "range() is too long");
           std::vector<int64_t> numbers(static_cast<size_t>(count));
           for (size_t k = 0; k < numbers.size(); ++k)
             numbers[k] = static_cast<int64_t>(start + static_cast<__int128>(k) * step);
           return listOf(numbers, [](int64_t number) { return Value(number); });
         }},
        {"coalesce", 1, -1, false,
         [](Arguments& a, const PropertyGraph&) -> Value {
           for (Value& argument : a)
             if (!argument.isNull()) return std::move(argument);
           return Value();
         }},
        {"toLower", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) {
           return changeCase("toLower", a[0], std::tolower);
         }},
        {"toUpper", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) {
           return changeCase("toUpper", a[0], std::toupper);
         }},
        {"trim", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) { return trim("trim", a[0], true, true); }},
        {"lTrim", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) { return trim("lTrim", a[0], true, false); }},
        {"rTrim", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) { return trim("rTrim", a[0], false, true); }},
        {"substring", 2, 3, true,
         [](Arguments& a, const PropertyGraph&) { return textPart("substring", a, 's'); }},
        {"left", 2, 2, true,
         [](Arguments& a, const PropertyGraph&) { return textPart("left", a, 'l'); }},
        {"right", 2, 2, true,
         [](Arguments& a, const PropertyGraph&) { return textPart("right", a, 'r'); }},
        {"replace", 3, 3, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           for (const Value& argument : a)
             if (argument.isNull()) return Value();
           for (const Value& argument : a)
             if (!argument.is<std::string>()) badArgument("replace", argument);
           std::string text = a[0].as<std::string>();
           const std::string& search = a[1].as<std::string>();
           const std::string& replacement = a[2].as<std::string>();
           if (search.empty()) return text;
           std::string result;
           size_t position = 0;
           for (size_t found; (found = text.find(search, position)) != std::string::npos;
                position = found + search.size())
             result += text.substr(position, found - position) + replacement;
           result += text.substr(position);
           return result;
         }},
        {"split", 2, 2, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (a[1].isNull()) return Value();
           if (!a[0].is<std::string>() || !a[1].is<std::string>())
             badArgument("split", a[0].is<std::string>() ? a[1] : a[0]);
           const std::string& text = a[0].as<std::string>();
           const std::string& separator = a[1].as<std::string>();
           ValueList parts;
           if (separator.empty()) {
             for (char c : text) parts.push_back(std::string(1, c));
             return parts;
           }
           size_t position = 0;
           for (size_t found; (found = text.find(separator, position)) != std::string::npos;
                position = found + separator.size())
             parts.push_back(text.substr(position, found - position));
           parts.push_back(text.substr(position));
           return parts;
         }},
        {"reverse", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (a[0].is<std::string>()) {
             std::string text = a[0].as<std::string>();
             std::reverse(text.begin(), text.end());
             return text;
           }
           if (a[0].is<ValueList>()) {
             ValueList list = a[0].as<ValueList>();
             std::reverse(list.begin(), list.end());
             return list;
           }
           badArgument("reverse", a[0]);
         }},
        {"toString", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value { return valueToString(a[0]); }},
        {"toInteger", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) { return toInteger(a[0]); }},
        {"toFloat", 1, 1, true, [](Arguments& a, const PropertyGraph&) { return toFloat(a[0]); }},
        {"toBoolean", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           const Value& first = a[0];
           if (first.is<bool>()) return first;
           if (first.is<std::string>()) {
             std::string text = lower(first.as<std::string>());
             if (text == "true") return true;
             if (text == "false") return false;
             return Value();
           }
           if (first.is<int64_t>()) return first.as<int64_t>() != 0;
           unconvertible("toBoolean", first);
         }},
        {"abs", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (a[0].is<int64_t>())
             return a[0].as<int64_t>() < 0 ? -a[0].as<int64_t>() : a[0].as<int64_t>();
           return std::fabs(numberArgument("abs", a[0]));
         }},
        {"ceil", 1, 1, true, numeric<std::ceil>},
        {"floor", 1, 1, true, numeric<std::floor>},
        {"round", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           return std::floor(numberArgument("round", a[0]) + 0.5);
         }},
        {"sign", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           double x = numberArgument("sign", a[0]);
           return int64_t{x > 0 ? 1 : (x < 0 ? -1 : 0)};
         }},
        {"sqrt", 1, 1, true, numeric<std::sqrt>},
        {"exp", 1, 1, true, numeric<std::exp>},
        {"log", 1, 1, true, numeric<std::log>},
        {"log10", 1, 1, true, numeric<std::log10>},
        {"rand", 0, 0, false,
         [](Arguments&, const PropertyGraph&) -> Value {
           return std::uniform_real_distribution<double>(0.0, 1.0)(randomEngine());
         }},
        {"pi", 0, 0, false, [](Arguments&, const PropertyGraph&) -> Value { return M_PI; }},
        {"e", 0, 0, false, [](Arguments&, const PropertyGraph&) -> Value { return M_E; }},
        {"exists", 1, 1, false,
         [](Arguments& a, const PropertyGraph&) -> Value { return !a[0].isNull(); }},
        {"isEmpty", 1, 1, true,
         [](Arguments& a, const PropertyGraph&) -> Value {
           if (a[0].is<ValueList>()) return a[0].as<ValueList>().empty();
           if (a[0].is<std::string>()) return a[0].as<std::string>().empty();
           if (a[0].is<ValueMap>()) return a[0].as<ValueMap>().empty();
           badArgument("isEmpty", a[0]);
         }},
        {"sin", 1, 1, true, numeric<std::sin>},
        {"cos", 1, 1, true, numeric<std::cos>},
        {"tan", 1, 1, true, numeric<std::tan>},
    };
    appendTemporalFunctions(list);
    return list;
  }();
  return functions;
}

}  // namespace

const std::vector<ScalarFunction>& scalarFunctions() { return registry(); }

int findScalarFunction(std::string_view name) {
  // Lower-cased names to ids, built on first use (the registry is fixed by then).
  static const std::unordered_map<std::string, int> kByName = [] {
    std::unordered_map<std::string, int> by_name;
    const auto& functions = registry();
    for (size_t i = 0; i < functions.size(); ++i)
      by_name.emplace(lower(functions[i].name), static_cast<int>(i));
    return by_name;
  }();
  std::string key = lower(name);
  if (key == "lower") key = "tolower";  // older names some tools still write
  if (key == "upper") key = "toupper";
  auto it = kByName.find(key);
  return it == kByName.end() ? -1 : it->second;
}

const ScalarFunction& scalarFunction(int id) { return registry()[static_cast<size_t>(id)]; }

Value callScalarFunction(int id, std::vector<Value>& arguments, const PropertyGraph& graph) {
  const ScalarFunction& function = scalarFunction(id);
  if (function.null_in_null_out && (arguments.empty() || arguments[0].isNull())) return Value();
  return function.call(arguments, graph);
}

namespace {

// The aggregate functions, registered once: name as written, kind, number of arguments.
struct AggregateFunction {
  const char* name;
  AggregateKind kind;
  int arguments;
};
constexpr AggregateFunction kAggregates[] = {
    {"avg", AggregateKind::Avg, 1},
    {"collect", AggregateKind::Collect, 1},
    {"count", AggregateKind::Count, 1},
    {"max", AggregateKind::Max, 1},
    {"min", AggregateKind::Min, 1},
    {"percentileCont", AggregateKind::PercentileCont, 2},
    {"percentileDisc", AggregateKind::PercentileDisc, 2},
    {"stDev", AggregateKind::StDev, 1},
    {"stDevP", AggregateKind::StDevP, 1},
    {"sum", AggregateKind::Sum, 1},
};

}  // namespace

std::vector<std::string> aggregateNames() {
  std::vector<std::string> names;
  for (const AggregateFunction& aggregate : kAggregates) names.emplace_back(aggregate.name);
  return names;
}

std::optional<AggregateKind> findAggregate(std::string_view name) {
  std::string key = lower(name);
  for (const AggregateFunction& aggregate : kAggregates)
    if (lower(aggregate.name) == key) return aggregate.kind;
  return std::nullopt;
}

int aggregateArgumentCount(AggregateKind kind) {
  for (const AggregateFunction& aggregate : kAggregates)
    if (aggregate.kind == kind) return aggregate.arguments;
  return 1;
}

void Accumulator::add(const Value& argument, const Value& parameter) {
  if (argument.isNull()) return;
  if (distinct_ && !values().seen.insert(argument).second) return;
  switch (kind_) {
    case AggregateKind::Count:
      ++count_;
      break;
    case AggregateKind::Collect:
      values().values.push_back(argument);
      break;
    case AggregateKind::Sum:
    case AggregateKind::Avg:
      if (!isNumber(argument))
        throwRuntime("TypeError", "InvalidArgumentType", "cannot sum a " + typeName(argument));
      ++count_;
      if (!float_sum_ && argument.is<int64_t>()) {
        int64_t total;
        if (!__builtin_add_overflow(int_sum_, argument.as<int64_t>(), &total)) {
          int_sum_ = total;
          break;
        }
      }
      double_sum_ =
          (float_sum_ ? double_sum_ : static_cast<double>(int_sum_)) + numberAsDouble(argument);
      float_sum_ = true;
      break;
    case AggregateKind::Min: {
      Value& best = values().best;
      if (best.isNull() || orderCompare(argument, best) < 0) best = argument;
      break;
    }
    case AggregateKind::Max: {
      Value& best = values().best;
      if (best.isNull() || orderCompare(argument, best) > 0) best = argument;
      break;
    }
    case AggregateKind::StDev:
    case AggregateKind::StDevP:
    case AggregateKind::PercentileDisc:
    case AggregateKind::PercentileCont:
      if (!isNumber(argument))
        throwRuntime("TypeError", "InvalidArgumentType",
                     "cannot aggregate a " + typeName(argument) + " numerically");
      if (kind_ == AggregateKind::PercentileDisc || kind_ == AggregateKind::PercentileCont) {
        if (!isNumber(parameter))
          throwRuntime("TypeError", "InvalidArgumentType", "the percentile must be a number");
        double p = numberAsDouble(parameter);
        if (p < 0 || p > 1)
          throwRuntime("ArgumentError", "NumberOutOfRange",
                       "the percentile must be between 0.0 and 1.0");
        values().parameter = parameter;
      }
      values().values.push_back(argument);
      break;
  }
}

Value Accumulator::result() const {
  static const Values kNone;
  const Values& more = values_ ? *values_ : kNone;
  const ValueList& list = more.values;
  Value sum = float_sum_ ? Value(double_sum_) : Value(int_sum_);
  switch (kind_) {
    case AggregateKind::Count:
      return count_;
    case AggregateKind::Collect:
      return list;
    case AggregateKind::Sum:
      return sum;
    case AggregateKind::Avg:
      if (count_ == 0) return Value();
      return numberAsDouble(sum) / static_cast<double>(count_);
    case AggregateKind::Min:
    case AggregateKind::Max:
      return more.best;
    case AggregateKind::StDev:
    case AggregateKind::StDevP: {
      size_t n = list.size();
      if (n == 0 || (kind_ == AggregateKind::StDev && n == 1)) return 0.0;
      double mean = 0;
      for (const Value& v : list) mean += numberAsDouble(v);
      mean /= static_cast<double>(n);
      double squares = 0;
      for (const Value& v : list) squares += std::pow(numberAsDouble(v) - mean, 2);
      return std::sqrt(squares / static_cast<double>(kind_ == AggregateKind::StDev ? n - 1 : n));
    }
    case AggregateKind::PercentileDisc:
    case AggregateKind::PercentileCont: {
      if (list.empty()) return Value();
      ValueList sorted = list;
      std::sort(sorted.begin(), sorted.end(), ValueLess());
      double p = numberAsDouble(more.parameter);
      size_t n = sorted.size();
      if (kind_ == AggregateKind::PercentileDisc) {
        double position = p * static_cast<double>(n);
        size_t index = static_cast<size_t>(position);
        if (static_cast<double>(index) == position && index > 0) --index;
        return sorted[std::min(index, n - 1)];
      }
      double position = p * static_cast<double>(n - 1);
      size_t below = static_cast<size_t>(std::floor(position));
      size_t above = static_cast<size_t>(std::ceil(position));
      double low = numberAsDouble(sorted[below]), high = numberAsDouble(sorted[above]);
      return low + (high - low) * (position - static_cast<double>(below));
    }
  }
  return Value();
}

}  // namespace kg::cypher

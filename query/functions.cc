#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <random>

#include "query/errors.h"

namespace kg::cypher {
namespace {

enum FunctionId {
  kId,
  kType,
  kLabels,
  kKeys,
  kProperties,
  kSize,
  kLength,
  kNodes,
  kRelationships,
  kStartNode,
  kEndNode,
  kHead,
  kLast,
  kTail,
  kRange,
  kCoalesce,
  kToLower,
  kToUpper,
  kTrim,
  kLTrim,
  kRTrim,
  kSubstring,
  kLeft,
  kRight,
  kReplace,
  kSplit,
  kReverse,
  kToString,
  kToInteger,
  kToFloat,
  kToBoolean,
  kAbs,
  kCeil,
  kFloor,
  kRound,
  kSign,
  kSqrt,
  kExp,
  kLog,
  kLog10,
  kRand,
  kPi,
  kE,
  kExists,
  kIsEmpty,
  kSin,
  kCos,
  kTan,
};

const ScalarFunction kFunctions[] = {
    {"id", 1, 1},        {"type", 1, 1},       {"labels", 1, 1},
    {"keys", 1, 1},      {"properties", 1, 1}, {"size", 1, 1},
    {"length", 1, 1},    {"nodes", 1, 1},      {"relationships", 1, 1},
    {"startnode", 1, 1}, {"endnode", 1, 1},    {"head", 1, 1},
    {"last", 1, 1},      {"tail", 1, 1},       {"range", 2, 3},
    {"coalesce", 1, -1}, {"tolower", 1, 1},    {"toupper", 1, 1},
    {"trim", 1, 1},      {"ltrim", 1, 1},      {"rtrim", 1, 1},
    {"substring", 2, 3}, {"left", 2, 2},       {"right", 2, 2},
    {"replace", 3, 3},   {"split", 2, 2},      {"reverse", 1, 1},
    {"tostring", 1, 1},  {"tointeger", 1, 1},  {"tofloat", 1, 1},
    {"toboolean", 1, 1}, {"abs", 1, 1},        {"ceil", 1, 1},
    {"floor", 1, 1},     {"round", 1, 1},      {"sign", 1, 1},
    {"sqrt", 1, 1},      {"exp", 1, 1},        {"log", 1, 1},
    {"log10", 1, 1},     {"rand", 0, 0},       {"pi", 0, 0},
    {"e", 0, 0},         {"exists", 1, 1},     {"isempty", 1, 1},
    {"sin", 1, 1},       {"cos", 1, 1},        {"tan", 1, 1},
};

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

[[noreturn]] void badArgument(const char* function, const Value& value) {
  throwRuntime("TypeError", "InvalidArgumentType",
               std::string(function) + "() does not accept a " + typeName(value));
}

int64_t integerArgument(const char* function, const Value& value) {
  if (!value.is<int64_t>())
    throwRuntime("ArgumentError", "InvalidArgumentType",
                 std::string(function) + "() needs an INTEGER, got " + typeName(value));
  return value.as<int64_t>();
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
  badArgument("toString", value);
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
  badArgument("toInteger", value);
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
  badArgument("toFloat", value);
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

}  // namespace

int findScalarFunction(std::string_view name) {
  std::string key = lower(name);
  for (size_t i = 0; i < std::size(kFunctions); ++i)
    if (key == kFunctions[i].name) return static_cast<int>(i);
  if (key == "lower") return kToLower;
  if (key == "upper") return kToUpper;
  return -1;
}

const ScalarFunction& scalarFunction(int id) { return kFunctions[id]; }

Value callScalarFunction(int id, std::vector<Value>& arguments, const PropertyGraph& graph) {
  const Value& first = arguments.empty() ? Value() : arguments[0];
  switch (id) {
    case kCoalesce:
      for (Value& argument : arguments)
        if (!argument.isNull()) return std::move(argument);
      return Value();
    case kRand:
      return std::uniform_real_distribution<double>(0.0, 1.0)(randomEngine());
    case kPi:
      return M_PI;
    case kE:
      return M_E;
    case kExists:
      return !first.isNull();
    default:
      break;
  }
  if (first.isNull()) return Value();
  const char* name = kFunctions[id].name;
  switch (id) {
    case kId:
      if (first.is<NodeRef>()) return int64_t{first.as<NodeRef>().index};
      if (first.is<EdgeRef>()) return int64_t{first.as<EdgeRef>().index};
      badArgument(name, first);
    case kType:
      if (first.is<EdgeRef>()) return graph.edgeType(first.as<EdgeRef>().index);
      badArgument(name, first);
    case kLabels:
      if (first.is<NodeRef>()) {
        ValueList labels;
        for (const std::string& label : graph.node(first.as<NodeRef>().index).labels)
          labels.push_back(label);
        return labels;
      }
      badArgument(name, first);
    case kKeys:
    case kProperties: {
      ValueMap properties;
      if (first.is<NodeRef>())
        properties = graph.nodeProperties(first.as<NodeRef>().index);
      else if (first.is<EdgeRef>())
        properties = graph.edgeProperties(first.as<EdgeRef>().index);
      else if (first.is<ValueMap>())
        properties = first.as<ValueMap>();
      else
        badArgument(name, first);
      if (id == kProperties) return properties;
      ValueList keys;
      for (const auto& [key, value] : properties) keys.push_back(key);
      return keys;
    }
    case kSize:
      if (first.is<ValueList>()) return static_cast<int64_t>(first.as<ValueList>().size());
      if (first.is<std::string>()) return static_cast<int64_t>(utf8Length(first.as<std::string>()));
      if (first.is<ValueMap>()) return static_cast<int64_t>(first.as<ValueMap>().size());
      badArgument(name, first);
    case kLength:
      if (first.is<PathValue>()) return static_cast<int64_t>(first.as<PathValue>().edges.size());
      if (first.is<std::string>()) return static_cast<int64_t>(utf8Length(first.as<std::string>()));
      if (first.is<ValueList>()) return static_cast<int64_t>(first.as<ValueList>().size());
      badArgument(name, first);
    case kNodes:
    case kRelationships: {
      if (!first.is<PathValue>()) badArgument(name, first);
      ValueList list;
      const PathValue& path = first.as<PathValue>();
      if (id == kNodes)
        for (uint32_t node : path.nodes) list.push_back(NodeRef{node});
      else
        for (uint32_t edge : path.edges) list.push_back(EdgeRef{edge});
      return list;
    }
    case kStartNode:
    case kEndNode: {
      if (!first.is<EdgeRef>()) badArgument(name, first);
      const auto& edge = graph.edge(first.as<EdgeRef>().index);
      return NodeRef{id == kStartNode ? edge.source : edge.target};
    }
    case kHead:
    case kLast:
    case kTail: {
      if (!first.is<ValueList>()) badArgument(name, first);
      const ValueList& list = first.as<ValueList>();
      if (id == kTail) return list.empty() ? ValueList{} : ValueList(list.begin() + 1, list.end());
      if (list.empty()) return Value();
      return id == kHead ? list.front() : list.back();
    }
    case kRange: {
      int64_t start = integerArgument(name, first);
      if (arguments[1].isNull()) return Value();
      int64_t end = integerArgument(name, arguments[1]);
      int64_t step = 1;
      if (arguments.size() > 2) step = integerArgument(name, arguments[2]);
      if (step == 0) throwRuntime("ArgumentError", "NumberOutOfRange", "range() step is zero");
      ValueList list;
      for (int64_t i = start; step > 0 ? i <= end : i >= end; i += step) {
        list.push_back(i);
        if (list.size() > 10'000'000)
          throwRuntime("ArgumentError", "NumberOutOfRange", "range() is too long");
      }
      return list;
    }
    case kToLower:
    case kToUpper: {
      if (!first.is<std::string>()) badArgument(name, first);
      std::string text = first.as<std::string>();
      for (char& c : text)
        c = static_cast<char>(id == kToLower ? std::tolower(static_cast<unsigned char>(c))
                                             : std::toupper(static_cast<unsigned char>(c)));
      return text;
    }
    case kTrim:
    case kLTrim:
    case kRTrim:
      if (!first.is<std::string>()) badArgument(name, first);
      return trimmed(first.as<std::string>(), id != kRTrim, id != kLTrim);
    case kSubstring:
    case kLeft:
    case kRight: {
      if (!first.is<std::string>()) badArgument(name, first);
      const std::string& text = first.as<std::string>();
      if (arguments[1].isNull()) return Value();
      int64_t a = integerArgument(name, arguments[1]);
      if (a < 0)
        throwRuntime("ArgumentError", "NegativeIntegerArgument",
                     std::string(name) + "() needs a non-negative integer");
      size_t n = static_cast<size_t>(a);
      if (id == kLeft) return text.substr(0, n);
      if (id == kRight) return n >= text.size() ? text : text.substr(text.size() - n);
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
    case kReplace: {
      for (const Value& argument : arguments)
        if (argument.isNull()) return Value();
      for (const Value& argument : arguments)
        if (!argument.is<std::string>()) badArgument(name, argument);
      std::string text = first.as<std::string>();
      const std::string& search = arguments[1].as<std::string>();
      const std::string& replacement = arguments[2].as<std::string>();
      if (search.empty()) return text;
      std::string result;
      size_t position = 0;
      for (size_t found; (found = text.find(search, position)) != std::string::npos;
           position = found + search.size())
        result += text.substr(position, found - position) + replacement;
      result += text.substr(position);
      return result;
    }
    case kSplit: {
      if (arguments[1].isNull()) return Value();
      if (!first.is<std::string>() || !arguments[1].is<std::string>())
        badArgument(name, first.is<std::string>() ? arguments[1] : first);
      const std::string& text = first.as<std::string>();
      const std::string& separator = arguments[1].as<std::string>();
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
    }
    case kReverse:
      if (first.is<std::string>()) {
        std::string text = first.as<std::string>();
        std::reverse(text.begin(), text.end());
        return text;
      }
      if (first.is<ValueList>()) {
        ValueList list = first.as<ValueList>();
        std::reverse(list.begin(), list.end());
        return list;
      }
      badArgument(name, first);
    case kToString:
      return valueToString(first);
    case kToInteger:
      return toInteger(first);
    case kToFloat:
      return toFloat(first);
    case kToBoolean:
      if (first.is<bool>()) return first;
      if (first.is<std::string>()) {
        std::string text = lower(first.as<std::string>());
        if (text == "true") return true;
        if (text == "false") return false;
        return Value();
      }
      if (first.is<int64_t>()) return first.as<int64_t>() != 0;
      badArgument(name, first);
    case kIsEmpty:
      if (first.is<ValueList>()) return first.as<ValueList>().empty();
      if (first.is<std::string>()) return first.as<std::string>().empty();
      if (first.is<ValueMap>()) return first.as<ValueMap>().empty();
      badArgument(name, first);
    default:
      break;
  }
  // Numeric functions.
  if (!isNumber(first)) badArgument(name, first);
  double x = numberAsDouble(first);
  switch (id) {
    case kAbs:
      if (first.is<int64_t>())
        return first.as<int64_t>() < 0 ? -first.as<int64_t>() : first.as<int64_t>();
      return std::fabs(x);
    case kCeil:
      return std::ceil(x);
    case kFloor:
      return std::floor(x);
    case kRound:
      return std::floor(x + 0.5);
    case kSign:
      return int64_t{x > 0 ? 1 : (x < 0 ? -1 : 0)};
    case kSqrt:
      return std::sqrt(x);
    case kExp:
      return std::exp(x);
    case kLog:
      return std::log(x);
    case kLog10:
      return std::log10(x);
    case kSin:
      return std::sin(x);
    case kCos:
      return std::cos(x);
    case kTan:
      return std::tan(x);
    default:
      break;
  }
  throwRuntime("SyntaxError", "UnknownFunction", std::string("unknown function ") + name);
}

std::optional<AggregateKind> findAggregate(std::string_view name) {
  std::string key = lower(name);
  if (key == "count") return AggregateKind::Count;
  if (key == "collect") return AggregateKind::Collect;
  if (key == "sum") return AggregateKind::Sum;
  if (key == "avg") return AggregateKind::Avg;
  if (key == "min") return AggregateKind::Min;
  if (key == "max") return AggregateKind::Max;
  if (key == "stdev") return AggregateKind::StDev;
  if (key == "stdevp") return AggregateKind::StDevP;
  if (key == "percentiledisc") return AggregateKind::PercentileDisc;
  if (key == "percentilecont") return AggregateKind::PercentileCont;
  return std::nullopt;
}

int aggregateArgumentCount(AggregateKind kind) {
  return kind == AggregateKind::PercentileDisc || kind == AggregateKind::PercentileCont ? 2 : 1;
}

void Accumulator::add(const Value& argument, const Value& parameter) {
  if (argument.isNull()) return;
  if (distinct_ && !seen_.insert(argument).second) return;
  switch (kind_) {
    case AggregateKind::Count:
      ++count_;
      break;
    case AggregateKind::Collect:
      values_.push_back(argument);
      break;
    case AggregateKind::Sum:
    case AggregateKind::Avg:
      if (!isNumber(argument))
        throwRuntime("TypeError", "InvalidArgumentType", "cannot sum a " + typeName(argument));
      ++count_;
      if (sum_.is<int64_t>() && argument.is<int64_t>()) {
        int64_t total;
        if (!__builtin_add_overflow(sum_.as<int64_t>(), argument.as<int64_t>(), &total)) {
          sum_ = total;
          break;
        }
      }
      sum_ = numberAsDouble(sum_) + numberAsDouble(argument);
      break;
    case AggregateKind::Min:
      if (best_.isNull() || orderCompare(argument, best_) < 0) best_ = argument;
      break;
    case AggregateKind::Max:
      if (best_.isNull() || orderCompare(argument, best_) > 0) best_ = argument;
      break;
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
        parameter_ = parameter;
      }
      values_.push_back(argument);
      break;
  }
  (void)float_sum_;
}

Value Accumulator::result() const {
  switch (kind_) {
    case AggregateKind::Count:
      return count_;
    case AggregateKind::Collect:
      return values_;
    case AggregateKind::Sum:
      return sum_;
    case AggregateKind::Avg:
      if (count_ == 0) return Value();
      return numberAsDouble(sum_) / static_cast<double>(count_);
    case AggregateKind::Min:
    case AggregateKind::Max:
      return best_;
    case AggregateKind::StDev:
    case AggregateKind::StDevP: {
      size_t n = values_.size();
      if (n == 0 || (kind_ == AggregateKind::StDev && n == 1)) return 0.0;
      double mean = 0;
      for (const Value& v : values_) mean += numberAsDouble(v);
      mean /= static_cast<double>(n);
      double squares = 0;
      for (const Value& v : values_) squares += std::pow(numberAsDouble(v) - mean, 2);
      return std::sqrt(squares / static_cast<double>(kind_ == AggregateKind::StDev ? n - 1 : n));
    }
    case AggregateKind::PercentileDisc:
    case AggregateKind::PercentileCont: {
      if (values_.empty()) return Value();
      ValueList sorted = values_;
      std::sort(sorted.begin(), sorted.end(), ValueLess());
      double p = numberAsDouble(parameter_);
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

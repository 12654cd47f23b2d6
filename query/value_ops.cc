#include "query/value_ops.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <limits>

#include "query/errors.h"

namespace kg::cypher {
namespace {

// Orderability rank of each type, in ORDER BY's ascending order.
int orderRank(const Value& value) {
  switch (value.data.index()) {
    case 6:
      return 0;  // map
    case 7:
      return 1;  // node
    case 8:
      return 2;  // relationship
    case 5:
      return 3;  // list
    case 9:
      return 4;  // path
    case 10:
      return 5;  // temporal values (orderTemporal orders their types)
    case 4:
      return 6;  // string
    case 1:
      return 7;  // boolean
    case 2:
    case 3:
      return 8;  // number
    default:
      return 9;  // null
  }
}

int compareNumbers(const Value& a, const Value& b) {
  if (a.is<int64_t>() && b.is<int64_t>()) {
    int64_t x = a.as<int64_t>(), y = b.as<int64_t>();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  long double x = a.is<int64_t>() ? static_cast<long double>(a.as<int64_t>()) : a.as<double>();
  long double y = b.is<int64_t>() ? static_cast<long double>(b.as<int64_t>()) : b.as<double>();
  bool x_nan = std::isnan(x), y_nan = std::isnan(y);
  if (x_nan || y_nan) return x_nan == y_nan ? 0 : (x_nan ? 1 : -1);
  return x < y ? -1 : (x > y ? 1 : 0);
}

template <typename T>
int threeWay(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

[[noreturn]] void typeError(const std::string& message) {
  throwRuntime("TypeError", "InvalidArgumentType", message);
}

}  // namespace

std::string typeName(const Value& value) {
  switch (value.data.index()) {
    case 0:
      return "NULL";
    case 1:
      return "BOOLEAN";
    case 2:
      return "INTEGER";
    case 3:
      return "FLOAT";
    case 4:
      return "STRING";
    case 5:
      return "LIST";
    case 6:
      return "MAP";
    case 7:
      return "NODE";
    case 8:
      return "RELATIONSHIP";
    case 9:
      return "PATH";
    default:
      switch (value.as<Temporal>().type) {
        case TemporalType::Date:
          return "DATE";
        case TemporalType::LocalTime:
          return "LOCAL TIME";
        case TemporalType::Time:
          return "ZONED TIME";
        case TemporalType::LocalDateTime:
          return "LOCAL DATETIME";
        case TemporalType::DateTime:
          return "ZONED DATETIME";
        case TemporalType::Duration:
          return "DURATION";
      }
      return "DURATION";
  }
}

bool isNumber(const Value& value) { return value.is<int64_t>() || value.is<double>(); }

double numberAsDouble(const Value& value) {
  return value.is<int64_t>() ? static_cast<double>(value.as<int64_t>()) : value.as<double>();
}

Ternary equals(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return std::nullopt;
  if (isNumber(a) && isNumber(b)) {
    if ((a.is<double>() && std::isnan(a.as<double>())) ||
        (b.is<double>() && std::isnan(b.as<double>())))
      return false;
    return compareNumbers(a, b) == 0;
  }
  if (a.data.index() != b.data.index()) return false;
  if (a.is<Temporal>())
    return a.as<Temporal>().type == b.as<Temporal>().type &&
           temporalEquals(a.as<Temporal>(), b.as<Temporal>());
  if (a.is<ValueList>()) {
    const ValueList& x = a.as<ValueList>();
    const ValueList& y = b.as<ValueList>();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (size_t i = 0; i < x.size(); ++i) {
      Ternary element = equals(x[i], y[i]);
      if (!element)
        unknown = true;
      else if (!*element)
        return false;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  if (a.is<ValueMap>()) {
    const ValueMap& x = a.as<ValueMap>();
    const ValueMap& y = b.as<ValueMap>();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (auto xi = x.begin(), yi = y.begin(); xi != x.end(); ++xi, ++yi) {
      if (xi->first != yi->first) return false;
      Ternary element = equals(xi->second, yi->second);
      if (!element)
        unknown = true;
      else if (!*element)
        return false;
    }
    if (unknown) return std::nullopt;
    return true;
  }
  return orderCompare(a, b) == 0;
}

namespace {

// Comparison for <, >, ...: nullopt when incomparable (or involving null).
std::optional<int> comparable(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return std::nullopt;
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
  if (a.data.index() != b.data.index()) return std::nullopt;
  if (a.is<std::string>()) return threeWay(a.as<std::string>(), b.as<std::string>());
  if (a.is<bool>()) return threeWay(a.as<bool>(), b.as<bool>());
  if (a.is<Temporal>()) return compareTemporal(a.as<Temporal>(), b.as<Temporal>());
  if (a.is<ValueList>()) {
    const ValueList& x = a.as<ValueList>();
    const ValueList& y = b.as<ValueList>();
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      auto element = comparable(x[i], y[i]);
      if (!element) return std::nullopt;
      if (*element != 0) return element;
    }
    return threeWay(x.size(), y.size());
  }
  return std::nullopt;
}

bool isNaN(const Value& value) { return value.is<double>() && std::isnan(value.as<double>()); }

}  // namespace

Ternary compareWith(BinaryOp op, const Value& a, const Value& b) {
  if (isNaN(a) || isNaN(b)) {
    if (a.isNull() || b.isNull()) return std::nullopt;
    if (isNumber(a) && isNumber(b)) return false;
    return std::nullopt;
  }
  auto result = comparable(a, b);
  if (!result) return std::nullopt;
  switch (op) {
    case BinaryOp::Less:
      return *result < 0;
    case BinaryOp::Greater:
      return *result > 0;
    case BinaryOp::LessEqual:
      return *result <= 0;
    case BinaryOp::GreaterEqual:
      return *result >= 0;
    default:
      return std::nullopt;
  }
}

int orderCompare(const Value& a, const Value& b) {
  int rank_a = orderRank(a), rank_b = orderRank(b);
  if (rank_a != rank_b) return rank_a < rank_b ? -1 : 1;
  switch (rank_a) {
    case 0: {
      const ValueMap& x = a.as<ValueMap>();
      const ValueMap& y = b.as<ValueMap>();
      auto xi = x.begin();
      auto yi = y.begin();
      for (; xi != x.end() && yi != y.end(); ++xi, ++yi) {
        if (int c = threeWay(xi->first, yi->first)) return c;
        if (int c = orderCompare(xi->second, yi->second)) return c;
      }
      return threeWay(x.size(), y.size());
    }
    case 1:
      return threeWay(a.as<NodeRef>().index, b.as<NodeRef>().index);
    case 2:
      return threeWay(a.as<EdgeRef>().index, b.as<EdgeRef>().index);
    case 3: {
      const ValueList& x = a.as<ValueList>();
      const ValueList& y = b.as<ValueList>();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (int c = orderCompare(x[i], y[i])) return c;
      return threeWay(x.size(), y.size());
    }
    case 4: {
      const PathValue& x = a.as<PathValue>();
      const PathValue& y = b.as<PathValue>();
      if (int c = threeWay(x.nodes, y.nodes)) return c;
      return threeWay(x.edges, y.edges);
    }
    case 5:
      return orderTemporal(a.as<Temporal>(), b.as<Temporal>());
    case 6:
      return a.as<std::string>().compare(b.as<std::string>()) < 0
                 ? -1
                 : (a.as<std::string>() == b.as<std::string>() ? 0 : 1);
    case 7:
      return threeWay(a.as<bool>(), b.as<bool>());
    case 8:
      return compareNumbers(a, b);
    default:
      return 0;
  }
}

bool RowLess::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (int c = orderCompare(a[i], b[i])) return c < 0;
  return a.size() < b.size();
}

size_t hashValue(const Value& value) {
  auto mix = [](size_t seed, size_t h) {
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
  };
  switch (value.data.index()) {
    case 0:
      return 0x51;
    case 1:
      return value.as<bool>() ? 0x71 : 0x70;
    case 2:
    case 3: {
      double d = numberAsDouble(value);
      if (std::isnan(d)) return 0x99;
      if (d == 0) return 0;
      return std::hash<double>()(d);
    }
    case 4:
      return hashText(value.as<std::string>());
    case 5: {
      size_t seed = 0x15;
      for (const Value& element : value.as<ValueList>()) seed = mix(seed, hashValue(element));
      return seed;
    }
    case 6: {
      size_t seed = 0x16;
      for (const auto& [key, element] : value.as<ValueMap>()) {
        seed = mix(seed, hashText(key));
        seed = mix(seed, hashValue(element));
      }
      return seed;
    }
    case 7:
      return mix(0x17, value.as<NodeRef>().index);
    case 8:
      return mix(0x18, value.as<EdgeRef>().index);
    case 10: {
      // Equal values must hash alike: points by their type and instant-free fields would split
      // equal date-times of different zones, so hash only what equality keeps fixed.
      const Temporal& t = value.as<Temporal>();
      size_t seed = mix(0x1a, static_cast<size_t>(t.type));
      if (t.type == TemporalType::Duration)
        return mix(mix(mix(mix(seed, t.months), t.days), t.seconds), t.nanoseconds);
      if (t.type == TemporalType::Date || t.type == TemporalType::LocalDateTime)
        seed = mix(seed, t.epoch_day);
      if (t.type == TemporalType::LocalTime || t.type == TemporalType::LocalDateTime)
        seed = mix(seed, t.nano_of_day);
      return seed;
    }
    default: {
      size_t seed = 0x19;
      for (uint32_t edge : value.as<PathValue>().edges) seed = mix(seed, edge);
      for (uint32_t node : value.as<PathValue>().nodes) seed = mix(seed, node);
      return seed;
    }
  }
}

std::string formatNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, error == std::errc() ? end : buffer);
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return text;
}

namespace {

const char* operatorName(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
      return "+";
    case BinaryOp::Subtract:
      return "-";
    case BinaryOp::Multiply:
      return "*";
    case BinaryOp::Divide:
      return "/";
    case BinaryOp::Modulo:
      return "%";
    case BinaryOp::Power:
      return "^";
    default:
      return "?";
  }
}

std::string stringOf(const Value& value) {
  if (value.is<std::string>()) return value.as<std::string>();
  if (value.is<int64_t>()) return std::to_string(value.as<int64_t>());
  if (value.is<double>()) return formatNumber(value.as<double>());
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  typeError("cannot concatenate a " + typeName(value) + " to a STRING");
}

bool isDuration(const Value& value) {
  return value.is<Temporal>() && value.as<Temporal>().type == TemporalType::Duration;
}

// Temporal operands: point +/- duration, duration +/- duration, duration * or / a number.
Value temporalArithmetic(BinaryOp op, const Value& a, const Value& b) {
  return withTemporalErrors([&]() -> Value {
    if (op == BinaryOp::Add || op == BinaryOp::Subtract) {
      int sign = op == BinaryOp::Add ? 1 : -1;
      if (isDuration(a) && isDuration(b))
        return addDurations(a.as<Temporal>(), b.as<Temporal>(), sign);
      if (a.is<Temporal>() && isDuration(b))
        return addDuration(a.as<Temporal>(), b.as<Temporal>(), sign);
      if (op == BinaryOp::Add && isDuration(a) && b.is<Temporal>())
        return addDuration(b.as<Temporal>(), a.as<Temporal>(), 1);
    }
    if (op == BinaryOp::Multiply && isDuration(a) && isNumber(b))
      return multiplyDuration(a.as<Temporal>(), numberAsDouble(b));
    if (op == BinaryOp::Multiply && isNumber(a) && isDuration(b))
      return multiplyDuration(b.as<Temporal>(), numberAsDouble(a));
    if (op == BinaryOp::Divide && isDuration(a) && isNumber(b)) {
      if (numberAsDouble(b) == 0)
        throwRuntime("ArithmeticError", "DivisionByZero", "division by zero");
      return divideDuration(a.as<Temporal>(), numberAsDouble(b));
    }
    typeError(std::string("cannot apply ") + operatorName(op) + " to " + typeName(a) + " and " +
              typeName(b));
  });
}

}  // namespace

Value arithmetic(BinaryOp op, const Value& a, const Value& b) {
  if (op == BinaryOp::Add) {
    if (a.is<ValueList>() || b.is<ValueList>()) {
      ValueList result;
      if (a.is<ValueList>())
        result = a.as<ValueList>();
      else
        result.push_back(a);
      if (b.is<ValueList>())
        result.insert(result.end(), b.as<ValueList>().begin(), b.as<ValueList>().end());
      else
        result.push_back(b);
      return result;
    }
  }
  if (a.isNull() || b.isNull()) return Value();
  if (a.is<Temporal>() || b.is<Temporal>()) return temporalArithmetic(op, a, b);
  if (op == BinaryOp::Add && (a.is<std::string>() || b.is<std::string>()) &&
      !(a.is<ValueMap>() || b.is<ValueMap>()))
    return stringOf(a) + stringOf(b);
  if (!isNumber(a) || !isNumber(b))
    typeError(std::string("cannot apply ") + operatorName(op) + " to " + typeName(a) + " and " +
              typeName(b));
  if (op == BinaryOp::Power) return std::pow(numberAsDouble(a), numberAsDouble(b));
  if (a.is<int64_t>() && b.is<int64_t>()) {
    int64_t x = a.as<int64_t>(), y = b.as<int64_t>(), result = 0;
    bool overflow = false;
    switch (op) {
      case BinaryOp::Add:
        overflow = __builtin_add_overflow(x, y, &result);
        break;
      case BinaryOp::Subtract:
        overflow = __builtin_sub_overflow(x, y, &result);
        break;
      case BinaryOp::Multiply:
        overflow = __builtin_mul_overflow(x, y, &result);
        break;
      case BinaryOp::Divide:
      case BinaryOp::Modulo:
        if (y == 0) throwRuntime("ArithmeticError", "DivisionByZero", "division by zero");
        if (x == std::numeric_limits<int64_t>::min() && y == -1) {
          if (op == BinaryOp::Modulo) return int64_t{0};
          overflow = true;
          break;
        }
        result = op == BinaryOp::Divide ? x / y : x % y;
        break;
      default:
        break;
    }
    if (overflow) throwRuntime("ArithmeticError", "IntegerOverflow", "integer overflow");
    return result;
  }
  double x = numberAsDouble(a), y = numberAsDouble(b);
  switch (op) {
    case BinaryOp::Add:
      return x + y;
    case BinaryOp::Subtract:
      return x - y;
    case BinaryOp::Multiply:
      return x * y;
    case BinaryOp::Divide:
      return x / y;
    case BinaryOp::Modulo:
      return std::fmod(x, y);
    default:
      return Value();
  }
}

Value negate(const Value& value) {
  if (value.isNull()) return Value();
  if (value.is<int64_t>()) {
    if (value.as<int64_t>() == std::numeric_limits<int64_t>::min())
      throwRuntime("ArithmeticError", "IntegerOverflow", "integer overflow");
    return -value.as<int64_t>();
  }
  if (value.is<double>()) return -value.as<double>();
  typeError("cannot negate a " + typeName(value));
}

}  // namespace kg::cypher

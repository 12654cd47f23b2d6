#include "query/temporal_functions.h"

#include <chrono>
#include <optional>

#include "query/errors.h"
#include "query/value_ops.h"

namespace kg::cypher {
namespace {

using Arguments = std::vector<Value>;

// A constructor's map ({year: 1984, month: 10, timezone: '+01:00', date: d}) as TemporalFields.
TemporalFields fieldsOf(const char* function, const ValueMap& map) {
  TemporalFields fields;
  for (const auto& [key, value] : map) {
    if (value.isNull()) continue;
    if (key == "timezone") {
      if (!value.is<std::string>()) badArgument(function, value);
      fields.timezone = value.as<std::string>();
    } else if (key == "date" || key == "time" || key == "datetime") {
      if (!value.is<Temporal>()) badArgument(function, value);
      (key == "date"   ? fields.date
       : key == "time" ? fields.time
                       : fields.datetime) = value.as<Temporal>();
    } else if (value.is<int64_t>()) {
      fields.numbers[key] = value.as<int64_t>();
    } else if (value.is<double>()) {
      fields.numbers[key] = value.as<double>();
    } else {
      throwRuntime("TypeError", "InvalidArgumentType",
                   std::string(function) + "(): the component '" + key +
                       "' must be a number, got " + typeName(value));
    }
  }
  return fields;
}

// Selects a whole temporal value into `type`, as date(dt) = date({date: dt}): a date-only or
// time-only target takes the value as its one selector, a date-time target by the value's kind.
TemporalFields fieldsSelecting(TemporalType type, const Temporal& value) {
  TemporalFields fields;
  if (type == TemporalType::Date)
    fields.date = value;
  else if (type == TemporalType::LocalTime || type == TemporalType::Time)
    fields.time = value;
  else if (value.type == TemporalType::Date)
    fields.date = value;
  else if (hasDate(value.type))
    fields.datetime = value;
  else
    fields.time = value;
  return fields;
}

// The current instant as a UTC date-time.
Temporal systemNow() {
  auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  int64_t nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count();
  int64_t seconds = nanos / kNanosPerSecond;
  return dateTimeFromEpoch(seconds, nanos - seconds * kNanosPerSecond);
}

// The instant of the statement running on this thread (startStatementClock).
thread_local std::optional<Temporal> statement_now;

Temporal now() {
  if (!statement_now) statement_now = systemNow();
  return *statement_now;
}

// The current time as `type`, in UTC or in the zone named by the optional argument.
template <TemporalType type>
Value current(Arguments& arguments, bool realtime = false) {
  if (!arguments.empty() && arguments[0].isNull()) return Value();  // date.statement(null)
  TemporalFields fields = fieldsSelecting(type, realtime ? systemNow() : now());
  if (!arguments.empty()) {
    if (!arguments[0].is<std::string>()) badArgument(temporalFunctionName(type), arguments[0]);
    fields.timezone = arguments[0].as<std::string>();
  }
  return buildTemporal(type, fields);
}

// date(), date('2015-07-21'), date({year: 1984, week: 10}), date(otherTemporal).
template <TemporalType type>
Value construct(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value {
    if (arguments.empty()) return current<type>(arguments);
    const Value& argument = arguments[0];
    if (argument.isNull()) return Value();
    if (argument.is<std::string>()) {
      // A literal such as date('2024-01-01') in a WHERE is evaluated once per row: keep the
      // last string this thread parsed for this type.
      thread_local std::string last_text;
      thread_local std::optional<Temporal> last_value;
      const std::string& text = argument.as<std::string>();
      if (!last_value || text != last_text) {
        last_value.reset();
        last_value = parseTemporal(type, text);
        last_text = text;
      }
      return *last_value;
    }
    if (argument.is<ValueMap>())
      return buildTemporal(type, fieldsOf(temporalFunctionName(type), argument.as<ValueMap>()));
    if (argument.is<Temporal>() && type != TemporalType::Duration &&
        argument.as<Temporal>().type != TemporalType::Duration)
      return buildTemporal(type, fieldsSelecting(type, argument.as<Temporal>()));
    badArgument(temporalFunctionName(type), argument);
  });
}

// date.transaction() and date.statement() (the statement's instant; a statement is its own
// transaction) and date.realtime() (the clock now), and the other types' forms.
template <TemporalType type>
Value clock(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value { return current<type>(arguments); });
}
template <TemporalType type>
Value realtimeClock(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value { return current<type>(arguments, true); });
}

// date.truncate('month', value [, {day: 5}]).
template <TemporalType type>
Value truncate(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value {
    if (arguments[0].isNull() || arguments[1].isNull()) return Value();
    if (!arguments[0].is<std::string>()) badArgument("truncate", arguments[0]);
    if (!arguments[1].is<Temporal>()) badArgument("truncate", arguments[1]);
    TemporalFields fields;
    if (arguments.size() > 2 && !arguments[2].isNull()) {
      if (!arguments[2].is<ValueMap>()) badArgument("truncate", arguments[2]);
      fields = fieldsOf("truncate", arguments[2].as<ValueMap>());
    }
    return truncateTemporal(type, arguments[0].as<std::string>(), arguments[1].as<Temporal>(),
                            fields);
  });
}

// duration.between(a, b) and its inMonths/inDays/inSeconds forms.
template <DurationUnit unit>
Value between(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value {
    if (arguments[0].isNull() || arguments[1].isNull()) return Value();
    for (const Value& argument : arguments)
      if (!argument.is<Temporal>() || argument.as<Temporal>().type == TemporalType::Duration)
        badArgument("duration.between", argument);
    return durationBetween(arguments[0].as<Temporal>(), arguments[1].as<Temporal>(), unit);
  });
}

int64_t integerArgument(const char* function, const Value& value) {
  if (!value.is<int64_t>()) badArgument(function, value);
  return value.as<int64_t>();
}

Value fromEpoch(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value {
    if (arguments[0].isNull() || arguments[1].isNull()) return Value();
    return dateTimeFromEpoch(integerArgument("datetime.fromepoch", arguments[0]),
                             integerArgument("datetime.fromepoch", arguments[1]));
  });
}

Value fromEpochMillis(Arguments& arguments, const PropertyGraph&) {
  return withTemporalErrors([&]() -> Value {
    if (arguments[0].isNull()) return Value();
    int64_t millis = integerArgument("datetime.fromepochmillis", arguments[0]);
    int64_t seconds = millis / 1000 - (millis % 1000 < 0 ? 1 : 0);
    return dateTimeFromEpoch(seconds, (millis - seconds * 1000) * 1'000'000);
  });
}

// The registrations of one point type: the constructor, its clocks and truncate.
template <TemporalType type>
void appendPointType(std::vector<ScalarFunction>& functions, const char* name,
                     const char* transaction, const char* statement, const char* realtime,
                     const char* truncate_name) {
  functions.push_back({name, 0, 1, false, construct<type>, true});
  functions.push_back({transaction, 0, 1, false, clock<type>});
  functions.push_back({statement, 0, 1, false, clock<type>});
  functions.push_back({realtime, 0, 1, false, realtimeClock<type>});
  functions.push_back({truncate_name, 2, 3, false, truncate<type>, true});
}

}  // namespace

void startStatementClock() { statement_now.reset(); }

void appendTemporalFunctions(std::vector<ScalarFunction>& functions) {
  appendPointType<TemporalType::Date>(functions, "date", "date.transaction", "date.statement",
                                      "date.realtime", "date.truncate");
  appendPointType<TemporalType::LocalTime>(functions, "localtime", "localtime.transaction",
                                           "localtime.statement", "localtime.realtime",
                                           "localtime.truncate");
  appendPointType<TemporalType::Time>(functions, "time", "time.transaction", "time.statement",
                                      "time.realtime", "time.truncate");
  appendPointType<TemporalType::LocalDateTime>(
      functions, "localdatetime", "localdatetime.transaction", "localdatetime.statement",
      "localdatetime.realtime", "localdatetime.truncate");
  appendPointType<TemporalType::DateTime>(functions, "datetime", "datetime.transaction",
                                          "datetime.statement", "datetime.realtime",
                                          "datetime.truncate");
  functions.push_back({"datetime.fromepoch", 2, 2, false, fromEpoch, true});
  functions.push_back({"datetime.fromepochmillis", 1, 1, false, fromEpochMillis, true});
  functions.push_back({"duration", 1, 1, false, construct<TemporalType::Duration>, true});
  functions.push_back({"duration.between", 2, 2, false, between<DurationUnit::All>, true});
  functions.push_back({"duration.inMonths", 2, 2, false, between<DurationUnit::Months>, true});
  functions.push_back({"duration.inDays", 2, 2, false, between<DurationUnit::Days>, true});
  functions.push_back({"duration.inSeconds", 2, 2, false, between<DurationUnit::Seconds>, true});
}

Value temporalAccessor(const Temporal& value, const std::string& name) {
  auto component = temporalComponent(value, name);
  if (!component) return Value();
  if (std::holds_alternative<int64_t>(*component)) return std::get<int64_t>(*component);
  return std::get<std::string>(*component);
}

}  // namespace kg::cypher

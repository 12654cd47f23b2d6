// Reading, comparing, adding and truncating temporal values, and the durations between them,
// with the semantics of Neo4j's temporal values (java.time underneath), as the openCypher TCK
// (Temporal5, 7, 8, 9, 10) prints them.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include "graph/temporal.h"
#include "graph/time_zone.h"

namespace kg {
namespace {

using Int128 = __int128;

constexpr int64_t kMinEpochDay = epochDayOf(kMinYear, 1, 1);
constexpr int64_t kMaxEpochDay = epochDayOf(kMaxYear, 12, 31);
constexpr int64_t kNanosPerMicrosecond = 1'000;
constexpr int64_t kNanosPerMillisecond = 1'000'000;
constexpr int64_t kNanosPerMinute = 60 * kNanosPerSecond;
constexpr int64_t kNanosPerHour = 60 * kNanosPerMinute;
// java.time's average month (365.2425 / 12 days), used where a fraction of a month becomes days.
constexpr int64_t kAverageNanosPerMonth = 2'629'746 * kNanosPerSecond;

[[noreturn]] void throwOverflow(const std::string& what) {
  throw TemporalError("Temporal arithmetic overflow: " + what);
}

int64_t checkedAdd(int64_t a, int64_t b, const char* what) {
  int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throwOverflow(what);
  return sum;
}
int64_t checkedMultiply(int64_t a, int64_t b, const char* what) {
  int64_t product = 0;
  if (__builtin_mul_overflow(a, b, &product)) throwOverflow(what);
  return product;
}
int64_t toInt64(Int128 value, const char* what) {
  if (value > std::numeric_limits<int64_t>::max() || value < std::numeric_limits<int64_t>::min())
    throwOverflow(what);
  return static_cast<int64_t>(value);
}

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

void requireDuration(const Temporal& value, const char* operation) {
  if (value.type != TemporalType::Duration)
    throw TemporalError(std::string(operation) + " needs a duration", "InvalidArgumentType");
}
void requirePoint(const Temporal& value, const char* operation) {
  if (value.type == TemporalType::Duration)
    throw TemporalError(std::string(operation) + " needs a date or time, not a duration",
                        "InvalidArgumentType");
}

int64_t checkedEpochDay(int64_t epoch_day) {
  if (epoch_day < kMinEpochDay || epoch_day > kMaxEpochDay)
    throw TemporalError("Date out of the supported range (years -999999999 to 999999999)");
  return epoch_day;
}

// The day `months` calendar months after `epoch_day`, the day of month clamped to the new month's
// length: 2020-01-31 plus one month is 2020-02-29.
int64_t plusMonths(int64_t epoch_day, int64_t months) {
  if (months == 0) return epoch_day;
  const CivilDate date = civilDateOf(epoch_day);
  const int64_t proleptic_month = checkedAdd(date.year * 12 + (date.month - 1), months, "months");
  const int64_t year = floorDiv<int64_t>(proleptic_month, 12);
  if (year < kMinYear || year > kMaxYear)
    throw TemporalError("Date out of the supported range (years -999999999 to 999999999)");
  const int month = static_cast<int>(floorMod<int64_t>(proleptic_month, 12)) + 1;
  return epochDayOf(year, month, std::min(date.day, daysInMonth(year, month)));
}

// A duration's exact part in nanoseconds.
Int128 exactNanos(const Temporal& duration) {
  return static_cast<Int128>(duration.seconds) * kNanosPerSecond + duration.nanoseconds;
}

// A duration from its parts, the exact part split into seconds and nanoseconds of one sign.
Temporal makeDuration(int64_t months, int64_t days, Int128 exact_nanos) {
  Temporal result;
  result.type = TemporalType::Duration;
  result.months = months;
  result.days = days;
  result.seconds = toInt64(exact_nanos / kNanosPerSecond, "seconds");
  result.nanoseconds = static_cast<int64_t>(exact_nanos % kNanosPerSecond);
  return result;
}

// Nanoseconds since 1970-01-01T00:00Z of a DateTime.
Int128 instantNanos(const Temporal& value) {
  return static_cast<Int128>(value.epoch_day) * kNanosPerDay + value.nano_of_day -
         static_cast<Int128>(value.offset_seconds) * kNanosPerSecond;
}
// A Time as nanoseconds of the UTC day (may fall outside 0 .. kNanosPerDay - 1).
int64_t utcNanoOfDay(const Temporal& value) {
  return value.nano_of_day - static_cast<int64_t>(value.offset_seconds) * kNanosPerSecond;
}
Int128 localNanos(const Temporal& value) {
  return static_cast<Int128>(value.epoch_day) * kNanosPerDay + value.nano_of_day;
}
void setLocalNanos(Temporal& value, Int128 local_nanos) {
  value.epoch_day = checkedEpochDay(toInt64(floorDiv<Int128>(local_nanos, kNanosPerDay), "days"));
  value.nano_of_day = static_cast<int64_t>(floorMod<Int128>(local_nanos, kNanosPerDay));
}

// "+01:00", "-05:30", "+01:00:30"; "Z" for UTC, as java.time's ZoneOffset prints.
std::string formatOffset(int32_t offset_seconds) {
  if (offset_seconds == 0) return "Z";
  const int32_t magnitude = offset_seconds < 0 ? -offset_seconds : offset_seconds;
  char text[16];
  const int hours = magnitude / 3600, minutes = magnitude / 60 % 60, seconds = magnitude % 60;
  if (seconds != 0)
    std::snprintf(text, sizeof text, "%c%02d:%02d:%02d", offset_seconds < 0 ? '-' : '+', hours,
                  minutes, seconds);
  else
    std::snprintf(text, sizeof text, "%c%02d:%02d", offset_seconds < 0 ? '-' : '+', hours, minutes);
  return text;
}

// Gives a DateTime in a named zone the offset its local date-time has there, as java.time's
// ZonedDateTime.ofLocal: `preferred` wins where the local time occurs twice (autumn), and a
// local time skipped by a spring gap moves forward by the gap (02:30 becomes 03:30).
void resolveLocal(Temporal& value, std::optional<int32_t> preferred) {
  const int64_t local_seconds =
      value.epoch_day * kSecondsPerDay + value.nano_of_day / kNanosPerSecond;
  int32_t offset = zoneOffsetForLocal(value.zone, local_seconds);
  if (preferred && *preferred != offset &&
      zoneOffsetAtInstant(value.zone, local_seconds - *preferred) == *preferred)
    offset = *preferred;
  const int32_t actual = zoneOffsetAtInstant(value.zone, local_seconds - offset);
  if (actual != offset)  // in a gap: the same instant, read with the offset after the gap
    setLocalNanos(value,
                  localNanos(value) + static_cast<Int128>(actual - offset) * kNanosPerSecond);
  value.offset_seconds = actual;
}

// Moves a DateTime to the instant `instant_nanos`, keeping its zone (a named zone may give the
// new instant another offset).
void setInstant(Temporal& value, Int128 instant_nanos) {
  if (!value.zone.empty())
    value.offset_seconds = zoneOffsetAtInstant(
        value.zone, toInt64(floorDiv<Int128>(instant_nanos, kNanosPerSecond), "seconds"));
  setLocalNanos(value, instant_nanos + static_cast<Int128>(value.offset_seconds) * kNanosPerSecond);
}

// ---- duration.between: java.time's `until`, after Neo4j attaches what one side lacks ----

// Date -> LocalDateTime at midnight.
Temporal withTime(const Temporal& value) {
  if (hasTime(value.type)) return value;
  Temporal result = value;
  result.type = TemporalType::LocalDateTime;
  result.nano_of_day = 0;
  return result;
}
// LocalTime -> LocalDateTime, Time -> DateTime (keeping its offset), on the day `epoch_day`.
Temporal withDate(const Temporal& value, int64_t epoch_day) {
  Temporal result = value;
  result.epoch_day = epoch_day;
  result.type =
      value.type == TemporalType::Time ? TemporalType::DateTime : TemporalType::LocalDateTime;
  return result;
}
// LocalDateTime -> DateTime and LocalTime -> Time in the zone (or offset) of `zone_source`.
Temporal withZone(const Temporal& value, const Temporal& zone_source) {
  Temporal result = value;
  if (value.type == TemporalType::LocalTime) {
    result.type = TemporalType::Time;
    result.offset_seconds = zone_source.offset_seconds;
    return result;
  }
  result.type = TemporalType::DateTime;
  result.zone = zone_source.zone;
  result.offset_seconds = zone_source.offset_seconds;
  if (!result.zone.empty()) resolveLocal(result, std::nullopt);
  return result;
}

enum class UntilUnit { Months, Days, Nanos };

// Whole months (or days) from one local date-time to another, counted as java.time does: the end
// day only counts once its time of day is reached (01-31T12:00 to 02-28T11:00 is 0 months).
int64_t localUntil(int64_t from_day, int64_t from_nano, int64_t to_day, int64_t to_nano,
                   UntilUnit unit) {
  if (to_day > from_day && to_nano < from_nano) --to_day;
  if (to_day < from_day && to_nano > from_nano) ++to_day;
  if (unit == UntilUnit::Days) return to_day - from_day;
  const CivilDate from = civilDateOf(from_day), to = civilDateOf(to_day);
  const int64_t packed_from = (from.year * 12 + from.month - 1) * 32 + from.day;
  const int64_t packed_to = (to.year * 12 + to.month - 1) * 32 + to.day;
  return (packed_to - packed_from) / 32;
}

// The amount of `unit` from `from` to `to`. A side without a time gets midnight, a side without a
// date the other's date, a side without a zone the other's zone; a DateTime end is read in the
// start's zone when counting months or days.
Int128 until(Temporal from, Temporal to, UntilUnit unit) {
  const bool time_based = unit == UntilUnit::Nanos;
  if (time_based || hasTime(from.type) != hasTime(to.type)) {
    from = withTime(from);
    to = withTime(to);
  }
  if (hasDate(from.type) && !hasDate(to.type))
    to = withDate(to, from.epoch_day);
  else if (hasDate(to.type) && !hasDate(from.type))
    from = withDate(from, to.epoch_day);
  if (hasOffset(from.type) && !hasOffset(to.type))
    to = withZone(to, from);
  else if (hasOffset(to.type) && !hasOffset(from.type))
    from = withZone(from, to);

  switch (from.type) {
    case TemporalType::Date:
      return unit == UntilUnit::Nanos
                 ? static_cast<Int128>(to.epoch_day - from.epoch_day) * kNanosPerDay
                 : localUntil(from.epoch_day, 0, to.epoch_day, 0, unit);
    case TemporalType::LocalTime:
      return time_based ? to.nano_of_day - from.nano_of_day : 0;
    case TemporalType::Time:
      return time_based ? utcNanoOfDay(to) - utcNanoOfDay(from) : 0;
    case TemporalType::LocalDateTime:
      if (time_based) return localNanos(to) - localNanos(from);
      return localUntil(from.epoch_day, from.nano_of_day, to.epoch_day, to.nano_of_day, unit);
    case TemporalType::DateTime: {
      if (time_based) return instantNanos(to) - instantNanos(from);
      Temporal end_in_start_zone = to;
      end_in_start_zone.zone = from.zone;
      end_in_start_zone.offset_seconds = from.offset_seconds;
      setInstant(end_in_start_zone, instantNanos(to));
      return localUntil(from.epoch_day, from.nano_of_day, end_in_start_zone.epoch_day,
                        end_in_start_zone.nano_of_day, unit);
    }
    case TemporalType::Duration:
      break;
  }
  return 0;
}

Temporal durationOf(int64_t months, int64_t days) { return makeDuration(months, days, 0); }

// ---- truncate ----

bool isTimeUnit(const std::string& unit) {
  return unit == "hour" || unit == "minute" || unit == "second" || unit == "millisecond" ||
         unit == "microsecond";
}

// The first day of the `unit` ("year", "week", ...) that holds `epoch_day`.
int64_t truncateDate(int64_t epoch_day, const std::string& unit) {
  const CivilDate date = civilDateOf(epoch_day);
  if (unit == "millennium") return epochDayOf(floorDiv<int64_t>(date.year, 1000) * 1000, 1, 1);
  if (unit == "century") return epochDayOf(floorDiv<int64_t>(date.year, 100) * 100, 1, 1);
  if (unit == "decade") return epochDayOf(floorDiv<int64_t>(date.year, 10) * 10, 1, 1);
  if (unit == "year") return epochDayOf(date.year, 1, 1);
  if (unit == "weekyear") return epochDayOfWeekDate(weekDateOf(epoch_day).week_year, 1, 1);
  if (unit == "quarter") return epochDayOf(date.year, (date.month - 1) / 3 * 3 + 1, 1);
  if (unit == "month") return epochDayOf(date.year, date.month, 1);
  if (unit == "week") return epoch_day - (dayOfWeekOf(epoch_day) - 1);
  if (unit == "day") return epoch_day;
  throw TemporalError("Unknown truncation unit '" + unit + "'");
}

int64_t truncateTime(int64_t nano_of_day, const std::string& unit) {
  int64_t step = 1;
  if (unit == "hour")
    step = kNanosPerHour;
  else if (unit == "minute")
    step = kNanosPerMinute;
  else if (unit == "second")
    step = kNanosPerSecond;
  else if (unit == "millisecond")
    step = kNanosPerMillisecond;
  else if (unit == "microsecond")
    step = kNanosPerMicrosecond;
  return nano_of_day - nano_of_day % step;
}

// The components that rebuild `value` (of type `type`) through buildTemporal, in the form the
// overriding `fields` use: {year, week, dayOfWeek} when they set a week day, {year, month, day}
// by default; sub-second parts split into millisecond, microsecond and nanosecond when the
// fields set one of those, so that {nanosecond: 2} on 12:31:14.645 gives 12:31:14.645000002.
std::map<std::string, TemporalNumber> componentsOf(const Temporal& value, TemporalType type,
                                                   const TemporalFields& fields) {
  const auto given = [&](const char* key) { return fields.numbers.count(key) != 0; };
  std::map<std::string, TemporalNumber> numbers;
  if (hasDate(type)) {
    const CivilDate date = civilDateOf(value.epoch_day);
    if (given("week") || given("dayOfWeek")) {
      const WeekDate week_date = weekDateOf(value.epoch_day);
      numbers["year"] = week_date.week_year;
      numbers["week"] = int64_t{week_date.week};
      numbers["dayOfWeek"] = int64_t{week_date.day_of_week};
    } else if (given("ordinalDay")) {
      numbers["year"] = date.year;
      numbers["ordinalDay"] = value.epoch_day - epochDayOf(date.year, 1, 1) + 1;
    } else if (given("quarter") || given("dayOfQuarter")) {
      const int first_month = (date.month - 1) / 3 * 3 + 1;
      numbers["year"] = date.year;
      numbers["quarter"] = int64_t{(date.month - 1) / 3 + 1};
      numbers["dayOfQuarter"] = value.epoch_day - epochDayOf(date.year, first_month, 1) + 1;
    } else {
      numbers["year"] = date.year;
      numbers["month"] = int64_t{date.month};
      numbers["day"] = int64_t{date.day};
    }
  }
  if (hasTime(type)) {
    const int64_t nanos = value.nano_of_day;
    numbers["hour"] = nanos / kNanosPerHour;
    numbers["minute"] = nanos / kNanosPerMinute % 60;
    numbers["second"] = nanos / kNanosPerSecond % 60;
    const int64_t fraction = nanos % kNanosPerSecond;
    if (given("millisecond") || given("microsecond") || given("nanosecond")) {
      if (fraction != 0) numbers["millisecond"] = fraction / kNanosPerMillisecond;
      if (fraction % kNanosPerMillisecond != 0)
        numbers["microsecond"] = fraction / kNanosPerMicrosecond % 1000;
      if (fraction % kNanosPerMicrosecond != 0) numbers["nanosecond"] = fraction % 1000;
    } else if (fraction != 0) {
      numbers["nanosecond"] = fraction;
    }
  }
  return numbers;
}

}  // namespace

// ---- Reading ----

std::optional<std::variant<int64_t, std::string>> temporalComponent(const Temporal& value,
                                                                    std::string_view name) {
  const std::string key = lowercase(name);
  if (value.type == TemporalType::Duration) {
    // Neo4j keeps the exact part as whole seconds rounded down plus 0 .. 999999999 nanoseconds:
    // PT-0.1S has seconds -1 and nanosecondsOfSecond 900000000.
    const Int128 exact = exactNanos(value);
    const int64_t seconds = toInt64(floorDiv<Int128>(exact, kNanosPerSecond), "seconds");
    const int64_t nanos = static_cast<int64_t>(floorMod<Int128>(exact, kNanosPerSecond));
    if (key == "years") return value.months / 12;
    if (key == "quarters") return value.months / 3;
    if (key == "months") return value.months;
    if (key == "weeks") return value.days / 7;
    if (key == "days") return value.days;
    if (key == "hours") return seconds / 3600;
    if (key == "minutes") return seconds / 60;
    if (key == "seconds") return seconds;
    if (key == "milliseconds")
      return checkedAdd(checkedMultiply(seconds, 1000, "milliseconds"),
                        nanos / kNanosPerMillisecond, "milliseconds");
    if (key == "microseconds")
      return checkedAdd(checkedMultiply(seconds, 1'000'000, "microseconds"),
                        nanos / kNanosPerMicrosecond, "microseconds");
    if (key == "nanoseconds")
      return checkedAdd(checkedMultiply(seconds, kNanosPerSecond, "nanoseconds"), nanos,
                        "nanoseconds");
    if (key == "quartersofyear") return value.months / 3 % 4;
    if (key == "monthsofquarter") return value.months % 3;
    if (key == "monthsofyear") return value.months % 12;
    if (key == "daysofweek") return value.days % 7;
    if (key == "minutesofhour") return seconds / 60 % 60;
    if (key == "secondsofminute") return seconds % 60;
    if (key == "millisecondsofsecond") return nanos / kNanosPerMillisecond;
    if (key == "microsecondsofsecond") return nanos / kNanosPerMicrosecond;
    if (key == "nanosecondsofsecond") return nanos;
    return std::nullopt;
  }

  if (hasDate(value.type)) {
    const CivilDate date = civilDateOf(value.epoch_day);
    if (key == "year") return date.year;
    if (key == "quarter") return int64_t{(date.month - 1) / 3 + 1};
    if (key == "month") return int64_t{date.month};
    if (key == "week") return int64_t{weekDateOf(value.epoch_day).week};
    if (key == "weekyear") return weekDateOf(value.epoch_day).week_year;
    if (key == "day") return int64_t{date.day};
    if (key == "ordinalday") return value.epoch_day - epochDayOf(date.year, 1, 1) + 1;
    if (key == "weekday" || key == "dayofweek") return int64_t{dayOfWeekOf(value.epoch_day)};
    if (key == "dayofquarter")
      return value.epoch_day - epochDayOf(date.year, (date.month - 1) / 3 * 3 + 1, 1) + 1;
  }
  if (hasTime(value.type)) {
    const int64_t nanos = value.nano_of_day;
    if (key == "hour") return nanos / kNanosPerHour;
    if (key == "minute") return nanos / kNanosPerMinute % 60;
    if (key == "second") return nanos / kNanosPerSecond % 60;
    if (key == "millisecond") return nanos % kNanosPerSecond / kNanosPerMillisecond;
    if (key == "microsecond") return nanos % kNanosPerSecond / kNanosPerMicrosecond;
    if (key == "nanosecond") return nanos % kNanosPerSecond;
  }
  if (hasOffset(value.type)) {
    if (key == "timezone")
      return value.zone.empty() ? formatOffset(value.offset_seconds) : value.zone;
    if (key == "offset") return formatOffset(value.offset_seconds);
    if (key == "offsetminutes") return int64_t{value.offset_seconds / 60};
    if (key == "offsetseconds") return int64_t{value.offset_seconds};
  }
  if (value.type == TemporalType::DateTime) {
    const Int128 instant = instantNanos(value);
    if (key == "epochseconds")
      return toInt64(floorDiv<Int128>(instant, kNanosPerSecond), "seconds");
    if (key == "epochmillis")
      return toInt64(floorDiv<Int128>(instant, kNanosPerMillisecond), "milliseconds");
  }
  return std::nullopt;
}

// ---- Comparing ----

std::optional<int> compareTemporal(const Temporal& a, const Temporal& b) {
  if (a.type != b.type || a.type == TemporalType::Duration) return std::nullopt;
  const auto sign = [](auto difference) { return difference < 0 ? -1 : difference > 0 ? 1 : 0; };
  switch (a.type) {
    case TemporalType::Date:
      return sign(a.epoch_day - b.epoch_day);
    case TemporalType::LocalTime:
      return sign(a.nano_of_day - b.nano_of_day);
    case TemporalType::Time:
      return sign(utcNanoOfDay(a) - utcNanoOfDay(b));
    case TemporalType::LocalDateTime:
      return sign(localNanos(a) - localNanos(b));
    case TemporalType::DateTime:
      return sign(instantNanos(a) - instantNanos(b));
    case TemporalType::Duration:
      break;
  }
  return std::nullopt;
}

bool temporalEquals(const Temporal& a, const Temporal& b) {
  if (a.type != b.type) return false;
  if (a.type == TemporalType::Duration)
    return a.months == b.months && a.days == b.days && a.seconds == b.seconds &&
           a.nanoseconds == b.nanoseconds;
  return compareTemporal(a, b) == 0;
}

int orderTemporal(const Temporal& a, const Temporal& b) {
  const auto compare = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  if (a.type != b.type) return compare(a.type, b.type);
  if (a.type == TemporalType::Duration) {
    // Durations by their average length (a month as 30.436875 days), then part by part.
    const auto length = [](const Temporal& d) {
      return static_cast<Int128>(d.months) * kAverageNanosPerMonth +
             static_cast<Int128>(d.days) * kNanosPerDay + exactNanos(d);
    };
    if (int by_length = compare(length(a), length(b))) return by_length;
  } else if (int by_instant = *compareTemporal(a, b)) {
    return by_instant;
  }
  if (int c = compare(a.epoch_day, b.epoch_day)) return c;
  if (int c = compare(a.nano_of_day, b.nano_of_day)) return c;
  if (int c = compare(a.offset_seconds, b.offset_seconds)) return c;
  if (int c = compare(a.zone, b.zone)) return c;
  if (int c = compare(a.months, b.months)) return c;
  if (int c = compare(a.days, b.days)) return c;
  if (int c = compare(a.seconds, b.seconds)) return c;
  return compare(a.nanoseconds, b.nanoseconds);
}

// ---- Arithmetic ----

Temporal addDuration(const Temporal& point, const Temporal& duration, int sign) {
  requirePoint(point, "Adding a duration");
  requireDuration(duration, "Adding to a date or time");
  const int64_t months = checkedMultiply(duration.months, sign, "months");
  const int64_t days = checkedMultiply(duration.days, sign, "days");
  const Int128 exact = exactNanos(duration) * sign;
  Temporal result = point;
  switch (point.type) {
    case TemporalType::Date: {
      // Whole days in the exact part count (PT36H adds one day); the rest is dropped. As in
      // Neo4j, the days are those of the seconds rounded down (PT-0.5S is -1 s, 0 days).
      const int64_t floored_seconds =
          toInt64(floorDiv<Int128>(exactNanos(duration), kNanosPerSecond), "seconds");
      const int64_t carried_days = floored_seconds / kSecondsPerDay * sign;
      result.epoch_day = plusMonths(point.epoch_day, months);
      result.epoch_day = checkedEpochDay(checkedAdd(result.epoch_day, days, "days"));
      result.epoch_day = checkedEpochDay(checkedAdd(result.epoch_day, carried_days, "days"));
      break;
    }
    case TemporalType::LocalTime:
    case TemporalType::Time:
      result.nano_of_day =
          static_cast<int64_t>(floorMod<Int128>(point.nano_of_day + exact, kNanosPerDay));
      break;
    case TemporalType::LocalDateTime:
    case TemporalType::DateTime: {
      const bool named_zone = point.type == TemporalType::DateTime && !point.zone.empty();
      if (months != 0) {
        result.epoch_day = plusMonths(result.epoch_day, months);
        if (named_zone) resolveLocal(result, result.offset_seconds);
      }
      if (days != 0) {
        result.epoch_day = checkedEpochDay(checkedAdd(result.epoch_day, days, "days"));
        if (named_zone) resolveLocal(result, result.offset_seconds);
      }
      if (exact != 0) {
        // The exact part moves the instant; in a named zone the offset may change on the way.
        if (named_zone)
          setInstant(result, instantNanos(result) + exact);
        else
          setLocalNanos(result, localNanos(result) + exact);
      }
      break;
    }
    case TemporalType::Duration:
      break;
  }
  return result;
}

Temporal addDurations(const Temporal& a, const Temporal& b, int sign) {
  requireDuration(a, "Duration arithmetic");
  requireDuration(b, "Duration arithmetic");
  const int64_t months = checkedAdd(a.months, checkedMultiply(b.months, sign, "months"), "months");
  const int64_t days = checkedAdd(a.days, checkedMultiply(b.days, sign, "days"), "days");
  return makeDuration(months, days, exactNanos(a) + exactNanos(b) * sign);
}

namespace {

// A double as an integer, truncated toward zero; beyond the int64 range is an overflow.
int64_t truncateToInt64(double value, const char* what) {
  if (!(value > -9.223372036854775808e18 && value < 9.223372036854775808e18)) throwOverflow(what);
  return static_cast<int64_t>(value);
}

// A duration from fractional parts, each part's fraction passed down to the next smaller part
// (half a month is 15.2184375 days, as in Neo4j's DurationValue.approximate).
Temporal approximateDuration(double months, double days, double seconds, double nanos) {
  const double nanos_per_day = static_cast<double>(kNanosPerDay);
  const double nanos_per_second = static_cast<double>(kNanosPerSecond);
  const double nanos_per_month = static_cast<double>(kAverageNanosPerMonth);
  const int64_t whole_months = truncateToInt64(months, "months");
  days += (nanos_per_month * months - nanos_per_month * static_cast<double>(whole_months)) /
          nanos_per_day;
  const int64_t whole_days = truncateToInt64(days, "days");
  seconds +=
      (nanos_per_day * days - nanos_per_day * static_cast<double>(whole_days)) / nanos_per_second;
  const int64_t whole_seconds = truncateToInt64(seconds, "seconds");
  nanos += nanos_per_second * seconds - nanos_per_second * static_cast<double>(whole_seconds);
  const int64_t whole_nanos = truncateToInt64(nanos, "nanoseconds");
  return makeDuration(whole_months, whole_days,
                      static_cast<Int128>(whole_seconds) * kNanosPerSecond + whole_nanos);
}

}  // namespace

Temporal multiplyDuration(const Temporal& duration, double factor) {
  requireDuration(duration, "Multiplying");
  // A whole factor multiplies exactly (as Cypher's INTEGER factor does).
  if (std::trunc(factor) == factor && std::fabs(factor) < 9.0e18) {
    const auto whole = static_cast<int64_t>(factor);
    Int128 exact = 0;
    if (__builtin_mul_overflow(exactNanos(duration), static_cast<Int128>(whole), &exact))
      throwOverflow("seconds");
    return makeDuration(checkedMultiply(duration.months, whole, "months"),
                        checkedMultiply(duration.days, whole, "days"), exact);
  }
  return approximateDuration(static_cast<double>(duration.months) * factor,
                             static_cast<double>(duration.days) * factor,
                             static_cast<double>(duration.seconds) * factor,
                             static_cast<double>(duration.nanoseconds) * factor);
}

Temporal divideDuration(const Temporal& duration, double divisor) {
  requireDuration(duration, "Dividing");
  if (divisor == 0) throw TemporalError("Division of a duration by zero");
  return approximateDuration(static_cast<double>(duration.months) / divisor,
                             static_cast<double>(duration.days) / divisor,
                             static_cast<double>(duration.seconds) / divisor,
                             static_cast<double>(duration.nanoseconds) / divisor);
}

Temporal durationBetween(const Temporal& from, const Temporal& to, DurationUnit unit) {
  requirePoint(from, "duration.between");
  requirePoint(to, "duration.between");
  switch (unit) {
    case DurationUnit::Months:
      return durationOf(toInt64(until(from, to, UntilUnit::Months), "months"), 0);
    case DurationUnit::Days:
      return durationOf(0, toInt64(until(from, to, UntilUnit::Days), "days"));
    case DurationUnit::Seconds:
      return makeDuration(0, 0, until(from, to, UntilUnit::Nanos));
    case DurationUnit::All:
      break;
  }
  // Whole months first, then whole days from there, then the exact rest:
  // 1984-10-11 to 2015-07-21T21:40 is P30Y9M, then 10 days, then PT21H40M.
  int64_t months = 0, days = 0;
  Temporal start = from;
  if (hasDate(from.type) && hasDate(to.type)) {
    months = toInt64(until(start, to, UntilUnit::Months), "months");
    start = addDuration(start, durationOf(months, 0), 1);
    days = toInt64(until(start, to, UntilUnit::Days), "days");
    start = addDuration(start, durationOf(0, days), 1);
  }
  return makeDuration(months, days, until(start, to, UntilUnit::Nanos));
}

Temporal truncateTemporal(TemporalType type, std::string_view unit_name, const Temporal& value,
                          const TemporalFields& fields) {
  if (type == TemporalType::Duration) throw TemporalError("A duration cannot be truncated");
  requirePoint(value, "truncate");
  if (fields.date || fields.time || fields.datetime)
    throw TemporalError("truncate() takes components, not a date, time or datetime selector");
  const std::string unit = lowercase(unit_name);
  const bool time_unit = isTimeUnit(unit);
  if (hasDate(type)) {
    if (!hasDate(value.type))
      throw TemporalError("Cannot truncate a value without a date to a date",
                          "InvalidArgumentType");
    if (type == TemporalType::Date && time_unit)
      throw TemporalError("A date cannot be truncated to the unit '" + unit + "'");
  } else {
    if (!hasTime(value.type))
      throw TemporalError("Cannot truncate a value without a time to a time",
                          "InvalidArgumentType");
    if (!time_unit && unit != "day")
      throw TemporalError("A time cannot be truncated to the unit '" + unit + "'");
  }

  // The local value at the start of the unit, in the value's zone (UTC when it has none).
  Temporal truncated;
  truncated.type = type;
  if (hasDate(type))
    truncated.epoch_day =
        time_unit ? value.epoch_day : checkedEpochDay(truncateDate(value.epoch_day, unit));
  if (hasTime(type) && hasTime(value.type) && time_unit)
    truncated.nano_of_day = truncateTime(value.nano_of_day, unit);
  if (hasOffset(type) && hasOffset(value.type)) {
    truncated.offset_seconds = value.offset_seconds;
    if (type == TemporalType::DateTime) truncated.zone = value.zone;
  }

  if (fields.numbers.empty() && !fields.timezone) {
    if (!truncated.zone.empty()) resolveLocal(truncated, value.offset_seconds);
    return truncated;
  }
  // Override fields: rebuild from components so that a new timezone keeps the local time
  // (datetime.truncate('day', d, {timezone: 'Europe/Stockholm'}) is midnight in Stockholm).
  TemporalFields rebuilt;
  rebuilt.numbers = componentsOf(truncated, type, fields);
  for (const auto& [key, number] : fields.numbers) rebuilt.numbers[key] = number;
  rebuilt.timezone = fields.timezone;
  if (!rebuilt.timezone && hasOffset(type) && hasOffset(value.type))
    rebuilt.timezone =
        truncated.zone.empty() ? formatOffset(truncated.offset_seconds) : truncated.zone;
  return buildTemporal(type, rebuilt);
}

}  // namespace kg

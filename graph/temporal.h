// Cypher's temporal values (date, local time, time, local date-time, date-time and duration):
// how they are built from component maps and ISO 8601 strings, printed, compared, added and
// truncated, with the semantics of the openCypher TCK (expressions/temporal). The query engine
// wraps these in Value; nothing here knows about Value, nodes or SQLite.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace kg {

enum class TemporalType : uint8_t { Date, LocalTime, Time, LocalDateTime, DateTime, Duration };

// The function that builds each type, as Cypher writes it: "date", "localtime", "time",
// "localdatetime", "datetime", "duration".
constexpr const char* temporalFunctionName(TemporalType type) {
  constexpr const char* kNames[] = {"date",          "localtime", "time",
                                    "localdatetime", "datetime",  "duration"};
  return kNames[static_cast<int>(type)];
}
// The type whose function is `name` (lower case), if any.
inline std::optional<TemporalType> temporalTypeNamed(std::string_view name) {
  for (int type = 0; type <= static_cast<int>(TemporalType::Duration); ++type)
    if (name == temporalFunctionName(static_cast<TemporalType>(type)))
      return static_cast<TemporalType>(type);
  return std::nullopt;
}

// Which parts a type has: a calendar date, a time of day, a UTC offset (and maybe a zone).
constexpr bool hasDate(TemporalType type) {
  return type == TemporalType::Date || type == TemporalType::LocalDateTime ||
         type == TemporalType::DateTime;
}
constexpr bool hasTime(TemporalType type) {
  return type == TemporalType::LocalTime || type == TemporalType::Time ||
         type == TemporalType::LocalDateTime || type == TemporalType::DateTime;
}
constexpr bool hasOffset(TemporalType type) {
  return type == TemporalType::Time || type == TemporalType::DateTime;
}

// The years a temporal value may have.
constexpr int64_t kMinYear = -999'999'999;
constexpr int64_t kMaxYear = 999'999'999;

// Division rounding toward negative infinity: floorDiv(-1, 10) is -1, floorMod(-1, 10) is 9.
template <typename T>
constexpr T floorDiv(T a, T b) {
  const T quotient = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}
template <typename T>
constexpr T floorMod(T a, T b) {
  return a - floorDiv(a, b) * b;
}

constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr int64_t kSecondsPerDay = 86'400;
constexpr int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

// One temporal value. Points in time keep their local calendar day and local time of day, and
// the zone they are in; which members a type uses:
//   Date: epoch_day                      LocalTime: nano_of_day
//   Time: nano_of_day, offset_seconds    LocalDateTime: epoch_day, nano_of_day
//   DateTime: epoch_day, nano_of_day, offset_seconds, zone (empty when only an offset was given)
//   Duration: months, days, seconds, nanoseconds
// Unused members stay 0 (or empty), so the defaulted == compares like for like.
struct Temporal {
  TemporalType type = TemporalType::Date;
  int64_t epoch_day = 0;       // local date, days since 1970-01-01 (proleptic Gregorian)
  int64_t nano_of_day = 0;     // local time, 0 .. kNanosPerDay - 1
  int32_t offset_seconds = 0;  // local = UTC + offset
  std::string zone;            // IANA zone id ("Europe/Stockholm"), DateTime only
  // Duration: calendar months, days, and the exact part as seconds plus nanoseconds. seconds
  // and nanoseconds never have opposite signs, and |nanoseconds| < kNanosPerSecond.
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int64_t nanoseconds = 0;

  bool operator==(const Temporal&) const = default;
};

// A temporal value cannot be built, parsed or computed (a bad component, an out-of-range
// field, an unknown zone, overflow). `code` is the openCypher error detail, usually
// "InvalidArgumentValue".
class TemporalError : public std::runtime_error {
 public:
  explicit TemporalError(const std::string& message, std::string code = "InvalidArgumentValue")
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

// ---- Calendar arithmetic (proleptic Gregorian, ISO weeks: Monday = 1) ----

constexpr bool isLeapYear(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}
constexpr int daysInMonth(int64_t year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}
// Days since 1970-01-01 of a calendar date (month 1..12, day 1..31), for any year.
constexpr int64_t epochDayOf(int64_t year, int month, int day) {
  // Count in 400-year eras starting on 1 March, so that the leap day ends a year.
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;  // 0..399
  const int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146'097 + day_of_era - 719'468;
}
// The day of a 'YYYY-MM-DD' calendar date (the form kg stores publication dates in), or nullopt
// when the text is not one ("2024-02-30", "24-3-1").
inline std::optional<int64_t> epochDayOfStoredDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  for (size_t i = 0, part = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) {
      ++part;
    } else if (text[i] >= '0' && text[i] <= '9') {
      parts[part] = parts[part] * 10 + (text[i] - '0');
    } else {
      return std::nullopt;
    }
  }
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > daysInMonth(parts[0], parts[1]))
    return std::nullopt;
  return epochDayOf(parts[0], parts[1], parts[2]);
}

struct CivilDate {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};
// The calendar date of a day since 1970-01-01 (the inverse of epochDayOf).
constexpr CivilDate civilDateOf(int64_t epoch_day) {
  const int64_t z = epoch_day + 719'468;
  const int64_t era = (z >= 0 ? z : z - 146'096) / 146'097;
  const int64_t day_of_era = z - era * 146'097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1'460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;  // 0 = March
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}
// ISO day of the week: 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday).
constexpr int dayOfWeekOf(int64_t epoch_day) {
  const int64_t monday_based = ((epoch_day + 3) % 7 + 7) % 7;
  return static_cast<int>(monday_based) + 1;
}
struct WeekDate {
  int64_t week_year;
  int week;         // 1..53
  int day_of_week;  // 1..7
};
// The ISO week date of a day (week 1 holds the year's first Thursday).
WeekDate weekDateOf(int64_t epoch_day);
// The day of an ISO week date; week 53 of a year with 52 weeks is an error.
int64_t epochDayOfWeekDate(int64_t week_year, int week, int day_of_week);

// ---- Building ----

// A component as the query gave it: an INTEGER or a FLOAT (durations take fractions).
using TemporalNumber = std::variant<int64_t, double>;

// The map a constructor takes, as in date({year: 1984, week: 10, dayOfWeek: 3}) or
// datetime({date: d, time: t, timezone: 'Europe/Stockholm'}). `numbers` holds the numeric
// components under their Cypher names: year, quarter, month, week, dayOfWeek, dayOfQuarter,
// ordinalDay, day, hour, minute, second, millisecond, microsecond, nanosecond, epochSeconds,
// epochMillis; for durations years, quarters, months, weeks, days, hours, minutes, seconds,
// milliseconds, microseconds, nanoseconds. The selectors date, time and datetime name another
// temporal value whose parts are taken first and then overridden by the components
// (Temporal3 of the TCK); `timezone` is "Z", "+01:00", "-0530" or an IANA zone id.
struct TemporalFields {
  std::map<std::string, TemporalNumber> numbers;
  std::optional<std::string> timezone;
  std::optional<Temporal> date;      // the `date:` selector
  std::optional<Temporal> time;      // the `time:` selector
  std::optional<Temporal> datetime;  // the `datetime:` selector
};

// The value of type `type` that `fields` describe; missing smaller components default to their
// least value (month 1, hour 0, ...), a missing zone to UTC. Throws TemporalError on an unknown
// or misplaced key, a missing larger component (a day without a month), or a value out of range.
Temporal buildTemporal(TemporalType type, const TemporalFields& fields);

// The value an ISO 8601 string gives for `type`, in every form the TCK uses: "2015-07-21",
// "20150721", "2015-W30-2", "2015W302", "2015-202", "2015-07", "2015", "21:40:32.142",
// "214032.142", "21:40", "21", with "Z", "+01:00", "+0100", "+01" and "[Europe/Stockholm]",
// date and time joined by "T"; durations "P1Y2M3W4DT5H6M7.8S", "PT-0.5S",
// "P2012-02-02T14:37:21.545". A string without a zone is in UTC where the type needs one. Throws
// TemporalError.
Temporal parseTemporal(TemporalType type, std::string_view text);

// The canonical string of a value, as toString() and the TCK print it: "1984-10-11",
// "12:31:14.645876123", "12:31:14+01:00", "1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]",
// "1984-10-11T12:31Z", "P1Y2M3DT4H5M6.7S", "PT0S".
std::string formatTemporal(const Temporal& value);

// datetime.fromepoch(seconds, nanoseconds) and datetime.fromepochmillis(millis), in UTC.
Temporal dateTimeFromEpoch(int64_t seconds, int64_t nanoseconds);

// ---- Reading ----

// A component of a value by its Cypher accessor name: year, quarter, month, week, weekYear,
// day, ordinalDay, weekDay/dayOfWeek, dayOfQuarter, hour, minute, second, millisecond,
// microsecond, nanosecond, timezone, offset, offsetMinutes, offsetSeconds, epochSeconds,
// epochMillis; for durations years, quarters, months, weeks, days, hours, minutes, seconds,
// milliseconds, microseconds, nanoseconds, quartersOfYear, monthsOfQuarter, monthsOfYear,
// daysOfWeek, minutesOfHour, secondsOfMinute, millisecondsOfSecond, microsecondsOfSecond,
// nanosecondsOfSecond (Temporal5 of the TCK). nullopt when the type has no such component.
std::optional<std::variant<int64_t, std::string>> temporalComponent(const Temporal& value,
                                                                    std::string_view name);

// ---- Comparing ----

// <0, 0 or >0 when a and b are of the same point type and comparable (times and date-times by
// their instant); nullopt for different types and for durations, which only compare equal.
std::optional<int> compareTemporal(const Temporal& a, const Temporal& b);
// Equality as Cypher's = sees it: date-times and times at the same instant are equal; durations
// equal when all four parts are.
bool temporalEquals(const Temporal& a, const Temporal& b);
// A total order for ORDER BY and DISTINCT: by type, then as compareTemporal, then by parts.
int orderTemporal(const Temporal& a, const Temporal& b);

// ---- Arithmetic ----

// point + duration (sign +1) or point - duration (sign -1): months first (the day clamped to
// the month's length), then days, then the exact part; a Date ignores what is less than a day.
Temporal addDuration(const Temporal& point, const Temporal& duration, int sign);
// duration + duration (sign +1) or duration - duration (sign -1).
Temporal addDurations(const Temporal& a, const Temporal& b, int sign);
// duration * factor and duration / divisor; fractions of months and days cascade to the smaller
// parts as the TCK expects.
Temporal multiplyDuration(const Temporal& duration, double factor);
Temporal divideDuration(const Temporal& duration, double divisor);

enum class DurationUnit { All, Months, Days, Seconds };
// duration.between(from, to) (All), duration.inMonths, duration.inDays and duration.inSeconds.
Temporal durationBetween(const Temporal& from, const Temporal& to, DurationUnit unit);

// date.truncate(unit, value, fields) and its localtime/time/localdatetime/datetime forms: the
// value of type `type` at the start of `unit` (millennium, century, decade, year, weekYear,
// quarter, month, week, day, hour, minute, second, millisecond, microsecond) that holds `value`,
// then the components of `fields` set (date.truncate('month', d, {day: 5})).
Temporal truncateTemporal(TemporalType type, std::string_view unit, const Temporal& value,
                          const TemporalFields& fields);

}  // namespace kg

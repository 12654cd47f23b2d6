// Temporal values from component maps and ISO 8601 strings, and back to canonical strings:
// buildTemporal, parseTemporal, formatTemporal, dateTimeFromEpoch and the ISO week helpers.
// Points print as java.time's toString does (Neo4j's and the TCK's rendering); durations as
// Neo4j prints them.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <string>

#include "graph/temporal.h"
#include "graph/time_zone.h"

namespace kg {
namespace {

constexpr int64_t kNanosPerMillisecond = 1'000'000;
constexpr int64_t kNanosPerMicrosecond = 1'000;
constexpr int64_t kSecondsPerHour = 3'600;
constexpr int64_t kSecondsPerMinute = 60;
constexpr int64_t kSecondsPerAverageMonth = 2'629'746;  // 365.2425 days / 12
constexpr int32_t kMaxOffsetSeconds = 18 * 3'600;

[[noreturn]] void fail(const std::string& message) { throw TemporalError(message); }

int64_t checkedAdd(int64_t a, int64_t b) {
  int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) fail("Temporal value overflows: the result is too large");
  return sum;
}
int64_t checkedMultiply(int64_t a, int64_t b) {
  int64_t product = 0;
  if (__builtin_mul_overflow(a, b, &product)) {
    fail("Temporal value overflows: the result is too large");
  }
  return product;
}

void checkRange(const char* what, int64_t value, int64_t low, int64_t high) {
  if (value < low || value > high) {
    fail("Invalid value for " + std::string(what) + ": " + std::to_string(value) +
         " (valid values " + std::to_string(low) + " - " + std::to_string(high) + ")");
  }
}

int64_t checkedEpochDay(int64_t year, int64_t month, int64_t day) {
  checkRange("year", year, kMinYear, kMaxYear);
  checkRange("month", month, 1, 12);
  checkRange("day", day, 1, daysInMonth(year, static_cast<int>(month)));
  return epochDayOf(year, static_cast<int>(month), static_cast<int>(day));
}

int64_t checkedOrdinalDay(int64_t year, int64_t ordinal_day) {
  checkRange("year", year, kMinYear, kMaxYear);
  checkRange("ordinalDay", ordinal_day, 1, isLeapYear(year) ? 366 : 365);
  return epochDayOf(year, 1, 1) + ordinal_day - 1;
}

// A computed day must still lie in the years java.time allows (-999999999 .. 999999999).
int64_t checkedDay(int64_t epoch_day) {
  static const int64_t kFirstDay = epochDayOf(kMinYear, 1, 1);
  static const int64_t kLastDay = epochDayOf(kMaxYear, 12, 31);
  if (epoch_day < kFirstDay || epoch_day > kLastDay) {
    fail("Temporal value out of range: the year must lie between -999999999 and 999999999");
  }
  return epoch_day;
}

int weeksInWeekYear(int64_t week_year) {
  const int first_weekday = dayOfWeekOf(epochDayOf(week_year, 1, 1));
  return first_weekday == 4 || (first_weekday == 3 && isLeapYear(week_year)) ? 53 : 52;
}

int64_t nanoOfDay(int64_t hour, int64_t minute, int64_t second, int64_t nano_of_second) {
  return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + nano_of_second;
}

// ---- Zones ----

// Where a zoned value lives: a fixed offset (name empty) or an IANA zone.
struct Zone {
  int32_t offset_seconds = 0;
  std::string name;
};

int64_t nowUtcSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Reads an ISO 8601 text left to right; errors name the text and what was expected where.
class TextScanner {
 public:
  TextScanner(std::string_view text, std::string what) : text_(text), what_(std::move(what)) {}

  bool atEnd() const { return position_ >= text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[position_]; }
  bool accept(char expected) {
    if (atEnd() || text_[position_] != expected) return false;
    ++position_;
    return true;
  }
  // -1 after a '-', +1 after a '+' or when there is no sign.
  int readSign() {
    if (accept('-')) return -1;
    accept('+');
    return 1;
  }
  // Accepts a letter in either case ('T' or 't').
  bool acceptLetter(char upper) {
    return accept(upper) || accept(static_cast<char>(upper - 'A' + 'a'));
  }
  size_t digitsAhead() const {
    size_t count = 0;
    while (position_ + count < text_.size() && text_[position_ + count] >= '0' &&
           text_[position_ + count] <= '9') {
      ++count;
    }
    return count;
  }
  int64_t readDigits(size_t count, const char* expected) {
    if (digitsAhead() < count) error(expected);
    int64_t value = 0;
    for (size_t i = 0; i < count; ++i) value = value * 10 + (text_[position_++] - '0');
    return value;
  }
  // Up to 9 digits of a fraction of a second after '.' or ',' as nanoseconds; 0 when absent.
  int64_t readFraction() {
    if (!accept('.') && !accept(',')) return 0;
    const size_t count = digitsAhead();
    if (count < 1 || count > 9) error("1 to 9 digits of a fraction of a second");
    int64_t nanos = readDigits(count, "digits");
    for (size_t i = count; i < 9; ++i) nanos *= 10;
    return nanos;
  }
  std::string_view rest() const { return text_.substr(std::min(position_, text_.size())); }
  void skip(size_t count) { position_ += count; }
  void expectEnd(const char* expected) {
    if (!atEnd()) error(expected);
  }
  [[noreturn]] void error(const std::string& expected) const {
    fail("Text cannot be parsed to a " + what_ + ": '" + std::string(text_) + "' (expected " +
         expected + " at position " + std::to_string(position_) + ")");
  }

 private:
  std::string_view text_;
  std::string what_;
  size_t position_ = 0;
};

// An offset "+01", "+0100", "+01:00", "+01:00:00" or "+010000" at the scanner.
int32_t readOffset(TextScanner& scanner) {
  const int sign = scanner.readSign();
  const int64_t hours = scanner.readDigits(2, "a two-digit offset hour such as +01");
  int64_t minutes = 0;
  int64_t seconds = 0;
  if (scanner.accept(':')) {
    minutes = scanner.readDigits(2, "two-digit offset minutes such as +01:30");
    if (scanner.accept(':')) seconds = scanner.readDigits(2, "two-digit offset seconds");
  } else if (scanner.digitsAhead() >= 2) {
    minutes = scanner.readDigits(2, "two-digit offset minutes such as +0130");
    if (scanner.digitsAhead() >= 2) seconds = scanner.readDigits(2, "two-digit offset seconds");
  }
  if (minutes > 59 || seconds > 59) scanner.error("offset minutes and seconds below 60");
  const int64_t total = hours * kSecondsPerHour + minutes * kSecondsPerMinute + seconds;
  if (total > kMaxOffsetSeconds) {
    fail("Invalid time zone offset: it must lie between -18:00 and +18:00");
  }
  return static_cast<int32_t>(sign * total);
}

// A `timezone` value: "Z", an offset ("+01:00", "-0530", "+01") or an IANA zone id.
Zone zoneFromText(std::string_view text) {
  if (text == "Z" || text == "z") return Zone{};
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    TextScanner scanner(text, "time zone offset");
    const int32_t offset = readOffset(scanner);
    scanner.expectEnd("the end of the offset");
    return Zone{offset, ""};
  }
  if (text.empty() || !isKnownTimeZone(text)) {
    fail("Invalid value for timezone: unknown time zone '" + std::string(text) + "'");
  }
  return Zone{0, std::string(text)};
}

// UTC seconds of a DateTime (whole seconds; the nanoseconds are nano_of_day's remainder).
int64_t utcSecondsOf(const Temporal& date_time) {
  return date_time.epoch_day * kSecondsPerDay + date_time.nano_of_day / kNanosPerSecond -
         date_time.offset_seconds;
}

// The DateTime at an instant, shown on the clock of `zone`.
Temporal dateTimeAtInstant(int64_t utc_seconds, int64_t nano_of_second, const Zone& zone) {
  Temporal result;
  result.type = TemporalType::DateTime;
  result.offset_seconds =
      zone.name.empty() ? zone.offset_seconds : zoneOffsetAtInstant(zone.name, utc_seconds);
  result.zone = zone.name;
  const int64_t local_seconds = utc_seconds + result.offset_seconds;
  result.epoch_day = checkedDay(floorDiv(local_seconds, kSecondsPerDay));
  result.nano_of_day = floorMod(local_seconds, kSecondsPerDay) * kNanosPerSecond + nano_of_second;
  return result;
}

// The DateTime of a local date and time in `zone`. In a named zone the offset is the one the zone
// gives that local time, and a time in a gap moves forward by the gap (02:30 in a spring-forward
// gap becomes 03:30).
Temporal dateTimeFromLocal(int64_t epoch_day, int64_t nano_of_day, const Zone& zone) {
  if (zone.name.empty()) {
    Temporal result;
    result.type = TemporalType::DateTime;
    result.epoch_day = epoch_day;
    result.nano_of_day = nano_of_day;
    result.offset_seconds = zone.offset_seconds;
    return result;
  }
  const int64_t local_seconds = epoch_day * kSecondsPerDay + nano_of_day / kNanosPerSecond;
  const int64_t utc_seconds = local_seconds - zoneOffsetForLocal(zone.name, local_seconds);
  return dateTimeAtInstant(utc_seconds, nano_of_day % kNanosPerSecond, zone);
}

// A named zone's offset for a time of day that has no date: the offset in force now.
int32_t offsetForTimeOfDay(const Zone& zone) {
  return zone.name.empty() ? zone.offset_seconds : zoneOffsetAtInstant(zone.name, nowUtcSeconds());
}

// ---- Building ----

constexpr std::array<const char*, 8> kDateKeys = {"year",      "quarter",      "month",      "week",
                                                  "dayOfWeek", "dayOfQuarter", "ordinalDay", "day"};
constexpr std::array<const char*, 6> kTimeKeys = {"hour",        "minute",      "second",
                                                  "millisecond", "microsecond", "nanosecond"};
constexpr std::array<const char*, 2> kEpochKeys = {"epochSeconds", "epochMillis"};
constexpr std::array<const char*, 11> kDurationKeys = {
    "years",   "quarters", "months",       "weeks",        "days",       "hours",
    "minutes", "seconds",  "milliseconds", "microseconds", "nanoseconds"};

template <size_t N>
bool listed(const std::array<const char*, N>& keys, const std::string& key) {
  return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
}

// The numeric components of a map, checked against the keys its type takes.
class Components {
 public:
  Components(TemporalType type, const TemporalFields& fields) : fields_(fields) {
    for (const auto& [key, value] : fields.numbers) {
      const bool allowed = type == TemporalType::Duration
                               ? listed(kDurationKeys, key)
                               : (hasDate(type) && listed(kDateKeys, key)) ||
                                     (hasTime(type) && listed(kTimeKeys, key)) ||
                                     (type == TemporalType::DateTime && listed(kEpochKeys, key));
      if (!allowed) {
        fail("Invalid key '" + key + "' for " + temporalFunctionName(type) +
             "(): no such component");
      }
    }
  }
  bool has(const char* key) const { return fields_.numbers.count(key) != 0; }
  std::optional<int64_t> integer(const char* key) const {
    const auto found = fields_.numbers.find(key);
    if (found == fields_.numbers.end()) return std::nullopt;
    if (const auto* value = std::get_if<int64_t>(&found->second)) return *value;
    fail("Invalid value for " + std::string(key) + ": " +
         std::to_string(std::get<double>(found->second)) + " (it must be an integer)");
  }

 private:
  const TemporalFields& fields_;
};

// The day the date components describe, starting from `base` (a selected date) when given.
// Four groups of components name a day: month/day, week/dayOfWeek (year is then the week-based
// year), ordinalDay, and quarter/dayOfQuarter.
int64_t resolveDate(const Components& components, std::optional<int64_t> base, const char* type) {
  const auto year = components.integer("year");
  const auto month = components.integer("month");
  const auto day = components.integer("day");
  const auto week = components.integer("week");
  const auto day_of_week = components.integer("dayOfWeek");
  const auto ordinal_day = components.integer("ordinalDay");
  const auto quarter = components.integer("quarter");
  const auto day_of_quarter = components.integer("dayOfQuarter");
  const bool calendar = month || day;
  const bool weekly = week || day_of_week;
  const bool ordinal = ordinal_day.has_value();
  const bool quarterly = quarter || day_of_quarter;
  if (int(calendar) + int(weekly) + int(ordinal) + int(quarterly) > 1) {
    fail(std::string("Invalid components for ") + type +
         "(): month/day, week/dayOfWeek, ordinalDay and quarter/dayOfQuarter cannot be combined");
  }
  if (!base && !year) {
    fail(std::string("Invalid components for ") + type + "(): year is required");
  }
  const CivilDate base_date = base ? civilDateOf(*base) : CivilDate{0, 1, 1};
  if (weekly) {
    if (!base && !week)
      fail(std::string("Invalid components for ") + type + "(): dayOfWeek needs week");
    const WeekDate base_week = base ? weekDateOf(*base) : WeekDate{0, 1, 1};
    const int64_t week_year = year.value_or(base_week.week_year);
    checkRange("year", week_year, kMinYear, kMaxYear);
    // A week taken over from the base is kept inside the new week-based year.
    const int64_t week_number =
        week ? *week : std::min<int64_t>(base_week.week, weeksInWeekYear(week_year));
    checkRange("week", week_number, 1, weeksInWeekYear(week_year));
    const int64_t weekday = day_of_week.value_or(base ? base_week.day_of_week : 1);
    checkRange("dayOfWeek", weekday, 1, 7);
    return checkedDay(
        epochDayOfWeekDate(week_year, static_cast<int>(week_number), static_cast<int>(weekday)));
  }
  const int64_t year_value = year.value_or(base_date.year);
  checkRange("year", year_value, kMinYear, kMaxYear);
  if (ordinal) return checkedOrdinalDay(year_value, *ordinal_day);
  if (quarterly) {
    if (!base && !quarter) {
      fail(std::string("Invalid components for ") + type + "(): dayOfQuarter needs quarter");
    }
    const int64_t base_quarter = (base_date.month - 1) / 3 + 1;
    const int64_t quarter_value = quarter.value_or(base_quarter);
    checkRange("quarter", quarter_value, 1, 4);
    const int first_month = static_cast<int>((quarter_value - 1) * 3 + 1);
    const int64_t quarter_start = epochDayOf(year_value, first_month, 1);
    const int64_t next_quarter_start = first_month == 10
                                           ? epochDayOf(year_value + 1, 1, 1)
                                           : epochDayOf(year_value, first_month + 3, 1);
    const int64_t quarter_length = next_quarter_start - quarter_start;
    if (day_of_quarter) {
      checkRange("dayOfQuarter", *day_of_quarter, 1, quarter_length);
      return quarter_start + *day_of_quarter - 1;
    }
    if (!base) return quarter_start;
    // Moving a selected date to another quarter keeps its place in the quarter, as java.time
    // does: the month moves by three per quarter and the day is clamped to the month.
    const int new_month = static_cast<int>(base_date.month + (quarter_value - base_quarter) * 3);
    return epochDayOf(year_value, new_month,
                      std::min(base_date.day, daysInMonth(year_value, new_month)));
  }
  if (!base) {
    if (day && !month) fail(std::string("Invalid components for ") + type + "(): day needs month");
    return checkedEpochDay(year_value, month.value_or(1), day.value_or(1));
  }
  const int64_t month_value = month.value_or(base_date.month);
  checkRange("month", month_value, 1, 12);
  const int month_length = daysInMonth(year_value, static_cast<int>(month_value));
  // A day taken over from the base is clamped to the new month (31 January to February 29).
  const int64_t day_value = day ? *day : std::min(base_date.day, month_length);
  return checkedEpochDay(year_value, month_value, day_value);
}

// The time of day the time components describe, starting from `base` (a selected time's
// nano_of_day) when given. Sub-second components add up: {millisecond: 123, microsecond: 456}.
int64_t resolveTime(const Components& components, std::optional<int64_t> base, const char* type) {
  const auto hour = components.integer("hour");
  const auto minute = components.integer("minute");
  const auto second = components.integer("second");
  const auto millisecond = components.integer("millisecond");
  const auto microsecond = components.integer("microsecond");
  const auto nanosecond = components.integer("nanosecond");
  const bool sub_second = millisecond || microsecond || nanosecond;
  if (!base) {
    const auto missing = [&](const char* smaller, const char* larger) {
      fail(std::string("Invalid components for ") + type + "(): " + smaller + " needs " + larger);
    };
    if (minute && !hour) missing("minute", "hour");
    if (second && !minute) missing("second", "minute");
    if (sub_second && !second) missing("millisecond, microsecond and nanosecond", "second");
  }
  const int64_t base_nanos = base.value_or(0);
  const int64_t base_seconds = base_nanos / kNanosPerSecond;
  const int64_t hour_value = hour.value_or(base_seconds / kSecondsPerHour);
  const int64_t minute_value = minute.value_or(base_seconds / kSecondsPerMinute % 60);
  const int64_t second_value = second.value_or(base_seconds % 60);
  checkRange("hour", hour_value, 0, 23);
  checkRange("minute", minute_value, 0, 59);
  checkRange("second", second_value, 0, 59);
  int64_t nano_of_second = base_nanos % kNanosPerSecond;
  if (sub_second) {
    if (millisecond) checkRange("millisecond", *millisecond, 0, 999);
    if (microsecond) checkRange("microsecond", *microsecond, 0, millisecond ? 999 : 999'999);
    if (nanosecond) {
      checkRange("nanosecond", *nanosecond, 0,
                 microsecond ? 999 : (millisecond ? 999'999 : 999'999'999));
    }
    nano_of_second = millisecond.value_or(0) * kNanosPerMillisecond +
                     microsecond.value_or(0) * kNanosPerMicrosecond + nanosecond.value_or(0);
  }
  return nanoOfDay(hour_value, minute_value, second_value, nano_of_second);
}

bool anyOf(const Components& components, const auto& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return components.has(k); });
}

// A selector's value must hold what it is selected for.
const Temporal* selector(const std::optional<Temporal>& value, const char* name, bool wants_date,
                         bool wants_time) {
  if (!value) return nullptr;
  if (value->type == TemporalType::Duration || (wants_date && !hasDate(value->type)) ||
      (wants_time && !hasTime(value->type))) {
    fail(std::string("Invalid value for ") + name + ": a " + temporalFunctionName(value->type) +
         " cannot be selected here");
  }
  return &*value;
}

// Exact integer parts and leftover fractions of a duration's months, days, seconds and
// nanoseconds; fractions cascade to the next smaller part when finished.
class DurationAccumulator {
 public:
  enum Part { kMonths, kDays, kSeconds, kNanos };

  void add(const char* key, const TemporalNumber& number, Part part, int64_t multiplier) {
    if (const auto* integer = std::get_if<int64_t>(&number)) {
      whole_[part] = checkedAdd(whole_[part], checkedMultiply(*integer, multiplier));
      return;
    }
    const double scaled = std::get<double>(number) * static_cast<double>(multiplier);
    if (!std::isfinite(scaled) || std::fabs(scaled) > 9.2e18) {
      fail("Invalid value for " + std::string(key) + ": it is too large for a duration");
    }
    const double whole = std::trunc(scaled);
    whole_[part] = checkedAdd(whole_[part], static_cast<int64_t>(whole));
    fraction_[part] += scaled - whole;
  }

  Temporal finish() const {
    Temporal result;
    result.type = TemporalType::Duration;
    result.months = whole_[kMonths];
    // Part of a month is an average Gregorian month's share of days, then of seconds.
    const double days =
        fraction_[kMonths] * kSecondsPerAverageMonth / kSecondsPerDay + fraction_[kDays];
    const double whole_days = std::trunc(days);
    result.days = checkedAdd(whole_[kDays], static_cast<int64_t>(whole_days));
    const double seconds = (days - whole_days) * kSecondsPerDay + fraction_[kSeconds];
    const double whole_seconds = std::trunc(seconds);
    int64_t total_seconds = checkedAdd(whole_[kSeconds], static_cast<int64_t>(whole_seconds));
    const double nanos = (seconds - whole_seconds) * kNanosPerSecond + fraction_[kNanos];
    const int64_t total_nanos = checkedAdd(whole_[kNanos], std::llround(nanos));
    // One sign for seconds and nanoseconds, |nanoseconds| below a second.
    total_seconds = checkedAdd(total_seconds, total_nanos / kNanosPerSecond);
    int64_t nano_part = total_nanos % kNanosPerSecond;
    if (total_seconds > 0 && nano_part < 0) {
      --total_seconds;
      nano_part += kNanosPerSecond;
    } else if (total_seconds < 0 && nano_part > 0) {
      ++total_seconds;
      nano_part -= kNanosPerSecond;
    }
    result.seconds = total_seconds;
    result.nanoseconds = nano_part;
    return result;
  }

 private:
  std::array<int64_t, 4> whole_{};
  std::array<double, 4> fraction_{};
};

Temporal buildDuration(const TemporalFields& fields) {
  const Components validated_keys(TemporalType::Duration, fields);
  if (fields.timezone || fields.date || fields.time || fields.datetime) {
    fail("Invalid key for duration(): only years .. nanoseconds are allowed");
  }
  struct Unit {
    const char* key;
    DurationAccumulator::Part part;
    int64_t multiplier;
  };
  static constexpr Unit kUnits[] = {
      {"years", DurationAccumulator::kMonths, 12},
      {"quarters", DurationAccumulator::kMonths, 3},
      {"months", DurationAccumulator::kMonths, 1},
      {"weeks", DurationAccumulator::kDays, 7},
      {"days", DurationAccumulator::kDays, 1},
      {"hours", DurationAccumulator::kSeconds, kSecondsPerHour},
      {"minutes", DurationAccumulator::kSeconds, kSecondsPerMinute},
      {"seconds", DurationAccumulator::kSeconds, 1},
      {"milliseconds", DurationAccumulator::kNanos, kNanosPerMillisecond},
      {"microseconds", DurationAccumulator::kNanos, kNanosPerMicrosecond},
      {"nanoseconds", DurationAccumulator::kNanos, 1},
  };
  DurationAccumulator accumulator;
  for (const Unit& unit : kUnits) {
    const auto found = fields.numbers.find(unit.key);
    if (found != fields.numbers.end()) {
      accumulator.add(unit.key, found->second, unit.part, unit.multiplier);
    }
  }
  return accumulator.finish();
}

// datetime({epochSeconds: 416779, nanosecond: 5, timezone: '+01:00'}) and epochMillis.
Temporal buildFromEpoch(const Components& components, const TemporalFields& fields) {
  if (anyOf(components, kDateKeys) || components.has("hour") || components.has("minute") ||
      components.has("second") || fields.date || fields.time || fields.datetime ||
      (components.has("epochSeconds") && components.has("epochMillis"))) {
    fail(
        "Invalid components for datetime(): epochSeconds or epochMillis takes only sub-second "
        "components and a timezone");
  }
  int64_t seconds = 0;
  int64_t nanos = 0;
  if (const auto epoch_seconds = components.integer("epochSeconds")) {
    seconds = *epoch_seconds;
  } else {
    const int64_t millis = *components.integer("epochMillis");
    seconds = floorDiv(millis, int64_t{1000});
    nanos = floorMod(millis, int64_t{1000}) * kNanosPerMillisecond;
  }
  const auto millisecond = components.integer("millisecond");
  const auto microsecond = components.integer("microsecond");
  const auto nanosecond = components.integer("nanosecond");
  if (millisecond) checkRange("millisecond", *millisecond, 0, 999);
  if (microsecond) checkRange("microsecond", *microsecond, 0, 999'999);
  if (nanosecond) checkRange("nanosecond", *nanosecond, 0, 999'999'999);
  nanos += millisecond.value_or(0) * kNanosPerMillisecond +
           microsecond.value_or(0) * kNanosPerMicrosecond + nanosecond.value_or(0);
  seconds = checkedAdd(seconds, nanos / kNanosPerSecond);
  nanos %= kNanosPerSecond;
  return dateTimeAtInstant(seconds, nanos,
                           fields.timezone ? zoneFromText(*fields.timezone) : Zone{});
}

}  // namespace

// ---- ISO weeks ----

WeekDate weekDateOf(int64_t epoch_day) {
  const int day_of_week = dayOfWeekOf(epoch_day);
  // The Thursday of the same week decides the week-based year.
  const int64_t thursday = epoch_day - (day_of_week - 1) + 3;
  const int64_t week_year = civilDateOf(thursday).year;
  const int week = static_cast<int>((thursday - epochDayOf(week_year, 1, 1)) / 7 + 1);
  return {week_year, week, day_of_week};
}

int64_t epochDayOfWeekDate(int64_t week_year, int week, int day_of_week) {
  checkRange("week", week, 1, weeksInWeekYear(week_year));
  checkRange("dayOfWeek", day_of_week, 1, 7);
  const int64_t january_fourth = epochDayOf(week_year, 1, 4);  // always in week 1
  const int64_t first_monday = january_fourth - (dayOfWeekOf(january_fourth) - 1);
  return first_monday + int64_t{week - 1} * 7 + (day_of_week - 1);
}

// ---- Building ----

Temporal buildTemporal(TemporalType type, const TemporalFields& fields) {
  if (type == TemporalType::Duration) return buildDuration(fields);
  const char* name = temporalFunctionName(type);
  const Components components(type, fields);
  if (fields.timezone && !hasOffset(type)) {
    fail(std::string("Invalid key 'timezone' for ") + name + "(): it has no time zone");
  }
  if (fields.date && !hasDate(type)) {
    fail(std::string("Invalid key 'date' for ") + name + "(): it has no date");
  }
  if (fields.time && !hasTime(type)) {
    fail(std::string("Invalid key 'time' for ") + name + "(): it has no time");
  }
  if (type == TemporalType::DateTime && anyOf(components, kEpochKeys)) {
    return buildFromEpoch(components, fields);
  }
  const Temporal* date_selector = selector(fields.date, "date", true, false);
  const Temporal* time_selector = selector(fields.time, "time", false, true);
  const Temporal* datetime_selector = selector(fields.datetime, "datetime", false, false);
  if (datetime_selector && datetime_selector->type != TemporalType::LocalDateTime &&
      datetime_selector->type != TemporalType::DateTime) {
    fail(std::string("Invalid value for datetime: a ") +
         temporalFunctionName(datetime_selector->type) + " cannot be selected here");
  }
  const Temporal* date_source = date_selector ? date_selector : datetime_selector;
  const Temporal* time_source = time_selector ? time_selector : datetime_selector;

  Temporal result;
  result.type = type;
  if (hasDate(type)) {
    result.epoch_day = resolveDate(
        components, date_source ? std::optional(date_source->epoch_day) : std::nullopt, name);
  }
  if (hasTime(type)) {
    if (!time_source && !hasDate(type) && !components.has("hour")) {
      fail(std::string("Invalid components for ") + name + "(): hour is required");
    }
    result.nano_of_day = resolveTime(
        components, time_source ? std::optional(time_source->nano_of_day) : std::nullopt, name);
  }
  if (!hasOffset(type)) return result;

  // The zone of the selected time, if it has one; a given timezone then converts the instant.
  const bool source_zoned = time_source && hasOffset(time_source->type);
  const std::optional<Zone> target =
      fields.timezone ? std::optional(zoneFromText(*fields.timezone)) : std::nullopt;
  if (type == TemporalType::Time) {
    if (!source_zoned) {
      result.offset_seconds = target ? offsetForTimeOfDay(*target) : 0;
      return result;
    }
    result.offset_seconds = time_source->offset_seconds;
    if (!target) return result;
    int32_t new_offset = target->offset_seconds;
    if (!target->name.empty()) {
      new_offset = time_source->type == TemporalType::DateTime
                       ? zoneOffsetAtInstant(target->name, utcSecondsOf(*time_source))
                       : offsetForTimeOfDay(*target);
    }
    result.nano_of_day =
        floorMod(result.nano_of_day + int64_t{new_offset - result.offset_seconds} * kNanosPerSecond,
                 kNanosPerDay);
    result.offset_seconds = new_offset;
    return result;
  }
  if (!source_zoned) {
    return dateTimeFromLocal(result.epoch_day, result.nano_of_day, target.value_or(Zone{}));
  }
  const Zone source_zone{time_source->offset_seconds,
                         time_source->type == TemporalType::DateTime ? time_source->zone : ""};
  const Temporal in_source = dateTimeFromLocal(result.epoch_day, result.nano_of_day, source_zone);
  if (!target) return in_source;
  return dateTimeAtInstant(utcSecondsOf(in_source), in_source.nano_of_day % kNanosPerSecond,
                           *target);
}

Temporal dateTimeFromEpoch(int64_t seconds, int64_t nanoseconds) {
  const int64_t whole_seconds = checkedAdd(seconds, floorDiv(nanoseconds, kNanosPerSecond));
  return dateTimeAtInstant(whole_seconds, floorMod(nanoseconds, kNanosPerSecond), Zone{});
}

// ---- Parsing ----

namespace {

// "2015-07-21", "20150721", "2015-07", "201507", "2015-W30-2", "2015W302", "2015-W30",
// "2015-202", "2015202", "2015", "+12345-01-01".
int64_t parseDatePart(TextScanner& scanner) {
  int64_t year = 0;
  bool signed_year = false;
  if (scanner.peek() == '+' || scanner.peek() == '-') {
    const int64_t sign = scanner.readSign();
    const size_t count = scanner.digitsAhead();
    if (count < 1 || count > 9) scanner.error("a year of 1 to 9 digits after its sign");
    year = sign * scanner.readDigits(count, "year digits");
    signed_year = true;
  } else {
    switch (scanner.digitsAhead()) {
      case 4:
        year = scanner.readDigits(4, "a year");
        break;
      case 6: {  // YYYYMM
        year = scanner.readDigits(4, "a year");
        return checkedEpochDay(year, scanner.readDigits(2, "a month"), 1);
      }
      case 7: {  // YYYYDDD
        year = scanner.readDigits(4, "a year");
        return checkedOrdinalDay(year, scanner.readDigits(3, "an ordinal day"));
      }
      case 8: {  // YYYYMMDD
        year = scanner.readDigits(4, "a year");
        const int64_t month = scanner.readDigits(2, "a month");
        return checkedEpochDay(year, month, scanner.readDigits(2, "a day"));
      }
      default:
        scanner.error("a date such as 2015-07-21, 20150721, 2015-W30-2 or 2015-202");
    }
  }
  const auto weekDate = [&](bool extended) {
    const int64_t week = scanner.readDigits(2, "a two-digit week such as W30");
    int64_t day_of_week = 1;
    if (extended ? scanner.accept('-') : scanner.digitsAhead() > 0) {
      day_of_week = scanner.readDigits(1, "a day of the week 1 to 7");
    }
    checkRange("year", year, kMinYear, kMaxYear);
    checkRange("week", week, 1, weeksInWeekYear(year));
    checkRange("dayOfWeek", day_of_week, 1, 7);
    return epochDayOfWeekDate(year, static_cast<int>(week), static_cast<int>(day_of_week));
  };
  if (scanner.accept('-')) {
    if (scanner.acceptLetter('W')) return weekDate(true);
    const size_t count = scanner.digitsAhead();
    if (count == 3) return checkedOrdinalDay(year, scanner.readDigits(3, "an ordinal day"));
    const int64_t month = scanner.readDigits(2, "a two-digit month, week (W30) or ordinal day");
    if (count != 2) scanner.error("a two-digit month");
    const int64_t day = scanner.accept('-') ? scanner.readDigits(2, "a two-digit day") : 1;
    if (scanner.digitsAhead() > 0) scanner.error("the end of the date");
    return checkedEpochDay(year, month, day);
  }
  if (!signed_year && scanner.acceptLetter('W')) return weekDate(false);
  checkRange("year", year, kMinYear, kMaxYear);
  return epochDayOf(year, 1, 1);
}

// "21:40:32.142", "214032.142", "21:40:32", "214032", "21:40", "2140", "21".
int64_t parseTimePart(TextScanner& scanner) {
  const int64_t hour = scanner.readDigits(2, "a two-digit hour");
  int64_t minute = 0;
  int64_t second = 0;
  int64_t nano_of_second = 0;
  if (scanner.accept(':')) {
    minute = scanner.readDigits(2, "two-digit minutes");
    if (scanner.accept(':')) {
      second = scanner.readDigits(2, "two-digit seconds");
      nano_of_second = scanner.readFraction();
    }
  } else if (scanner.digitsAhead() > 0) {
    minute = scanner.readDigits(2, "two-digit minutes");
    if (scanner.digitsAhead() > 0) {
      second = scanner.readDigits(2, "two-digit seconds");
      nano_of_second = scanner.readFraction();
    }
  }
  if (scanner.digitsAhead() > 0) scanner.error("the end of the time");
  checkRange("hour", hour, 0, 23);
  checkRange("minute", minute, 0, 59);
  checkRange("second", second, 0, 59);
  return nanoOfDay(hour, minute, second, nano_of_second);
}

struct ParsedZone {
  std::optional<int32_t> offset;
  std::string name;
  bool present() const { return offset || !name.empty(); }
};

// "Z", "+01:00", "+0100", "+01", then optionally "[Europe/Stockholm]".
ParsedZone parseZonePart(TextScanner& scanner) {
  ParsedZone zone;
  if (scanner.acceptLetter('Z')) {
    zone.offset = 0;
  } else if (scanner.peek() == '+' || scanner.peek() == '-') {
    zone.offset = readOffset(scanner);
  }
  if (scanner.accept('[')) {
    const std::string_view rest = scanner.rest();
    const size_t close = rest.find(']');
    if (close == std::string_view::npos || close == 0) scanner.error("a zone name and ']'");
    zone.name = std::string(rest.substr(0, close));
    scanner.skip(close + 1);
    if (!isKnownTimeZone(zone.name)) {
      fail("Invalid value for timezone: unknown time zone '" + zone.name + "'");
    }
  }
  scanner.expectEnd("a time zone such as Z, +01:00 or [Europe/Stockholm], or the end");
  return zone;
}

// 'P1Y2M3W4DT5H6M7.8S' with signed and fractional parts, or 'P2012-02-02T14:37:21.545'.
Temporal parseDuration(std::string_view text) {
  TextScanner scanner(text, "duration");
  const int64_t sign = scanner.readSign();
  if (!scanner.acceptLetter('P')) scanner.error("'P'");
  TemporalFields fields;
  const auto put = [&](const char* key, int64_t value) {
    fields.numbers[key] = TemporalNumber{sign * value};
  };

  // The alternative form: a date and time of day that count years, months, days and time.
  const size_t date_digits = scanner.digitsAhead();
  const std::string_view rest = scanner.rest();
  const bool basic_date =
      date_digits == 8 && (rest.size() == 8 || rest[8] == 'T' || rest[8] == 't');
  if ((date_digits == 4 && rest.size() > 4 && rest[4] == '-') || basic_date) {
    const bool extended = date_digits == 4;
    put("years", scanner.readDigits(4, "a four-digit year"));
    if (extended) scanner.accept('-');
    put("months", scanner.readDigits(2, "two-digit months"));
    if (extended && !scanner.accept('-')) scanner.error("'-'");
    put("days", scanner.readDigits(2, "two-digit days"));
    if (scanner.acceptLetter('T')) {
      put("hours", scanner.readDigits(2, "two-digit hours"));
      const bool colon = scanner.accept(':');
      put("minutes", scanner.readDigits(2, "two-digit minutes"));
      if (colon && !scanner.accept(':')) scanner.error("':'");
      put("seconds", scanner.readDigits(2, "two-digit seconds"));
      put("nanoseconds", scanner.readFraction());
    }
    scanner.expectEnd("the end of the duration");
    return buildTemporal(TemporalType::Duration, fields);
  }

  // Designators in order; each number may carry a sign and a fraction.
  static constexpr std::string_view kDateUnits = "YMWD";
  static constexpr std::string_view kTimeUnits = "HMS";
  static constexpr const char* kDateKeysByUnit[] = {"years", "months", "weeks", "days"};
  static constexpr const char* kTimeKeysByUnit[] = {"hours", "minutes", "seconds"};
  bool in_time = false;
  bool any = false;
  size_t next_unit = 0;
  while (!scanner.atEnd()) {
    if (!in_time && scanner.acceptLetter('T')) {
      in_time = true;
      next_unit = 0;
      if (scanner.atEnd()) scanner.error("a time part after 'T'");
      continue;
    }
    const int64_t part_sign = scanner.readSign();
    const size_t whole_digits = scanner.digitsAhead();
    if (whole_digits == 0 || whole_digits > 18) scanner.error("a number");
    const int64_t whole = part_sign * scanner.readDigits(whole_digits, "a number");
    std::string fraction;
    if (scanner.peek() == '.' || scanner.peek() == ',') {
      scanner.skip(1);
      const size_t fraction_digits = scanner.digitsAhead();
      if (fraction_digits == 0) scanner.error("digits after the decimal point");
      fraction = std::string(scanner.rest().substr(0, fraction_digits));
      scanner.skip(fraction_digits);
    }
    const std::string_view units = in_time ? kTimeUnits : kDateUnits;
    const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(scanner.peek())));
    const size_t unit = units.find(letter, next_unit);
    if (letter == '\0' || unit == std::string_view::npos) {
      scanner.error(in_time ? "H, M or S in that order" : "Y, M, W or D in that order, or T");
    }
    scanner.skip(1);
    next_unit = unit + 1;
    any = true;
    const char* key = in_time ? kTimeKeysByUnit[unit] : kDateKeysByUnit[unit];
    if (in_time && letter == 'S') {
      // Seconds keep their fraction exactly, as nanoseconds.
      if (fraction.size() > 9) scanner.error("at most 9 digits of a fraction of a second");
      int64_t nanos = fraction.empty() ? 0 : std::stoll(fraction);
      for (size_t i = fraction.size(); i < 9; ++i) nanos *= 10;
      put("seconds", whole);
      put("nanoseconds", part_sign * nanos);
    } else if (fraction.empty()) {
      put(key, whole);
    } else {
      // Read digit by digit, so that the locale's decimal point does not matter.
      double value = static_cast<double>(std::llabs(whole));
      double scale = 1;
      for (const char digit : fraction) {
        scale /= 10;
        value += (digit - '0') * scale;
      }
      fields.numbers[key] = TemporalNumber{static_cast<double>(sign * part_sign) * value};
    }
  }
  if (!any) scanner.error("at least one component such as P1D or PT0S");
  return buildTemporal(TemporalType::Duration, fields);
}

}  // namespace

Temporal parseTemporal(TemporalType type, std::string_view text) {
  if (type == TemporalType::Duration) return parseDuration(text);
  TextScanner scanner(text, temporalFunctionName(type));
  Temporal result;
  result.type = type;
  if (hasDate(type)) {
    result.epoch_day = parseDatePart(scanner);
    if (type == TemporalType::Date) {
      scanner.expectEnd("the end of the date");
      return result;
    }
    if (scanner.acceptLetter('T')) result.nano_of_day = parseTimePart(scanner);
  } else {
    result.nano_of_day = parseTimePart(scanner);
  }
  if (!hasOffset(type)) {
    scanner.expectEnd(type == TemporalType::LocalTime ? "the end of the time (no time zone)"
                                                      : "the end of the date-time (no time zone)");
    return result;
  }
  const ParsedZone zone = parseZonePart(scanner);
  if (type == TemporalType::Time) {
    result.offset_seconds =
        zone.offset ? *zone.offset : (zone.name.empty() ? 0 : offsetForTimeOfDay({0, zone.name}));
    return result;
  }
  if (zone.name.empty()) {
    result.offset_seconds = zone.offset.value_or(0);
    return result;
  }
  const Zone named{0, zone.name};
  if (zone.offset) {
    // The offset must be one the zone has at that local time (either one in an overlap).
    const int64_t local_seconds =
        result.epoch_day * kSecondsPerDay + result.nano_of_day / kNanosPerSecond;
    const int64_t utc_seconds = local_seconds - *zone.offset;
    if (zoneOffsetAtInstant(zone.name, utc_seconds) != *zone.offset) {
      fail("Text cannot be parsed to a datetime: '" + std::string(text) +
           "' (the offset does not match the time zone " + zone.name + ")");
    }
    return dateTimeAtInstant(utc_seconds, result.nano_of_day % kNanosPerSecond, named);
  }
  return dateTimeFromLocal(result.epoch_day, result.nano_of_day, named);
}

// ---- Formatting ----

namespace {

void appendPadded(std::string& out, int64_t value, int width) {
  const std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
  out += digits;
}

// Years as java.time prints them: 0000 .. 9999 in four digits, others signed ("+10000", "-0001").
void appendDate(std::string& out, int64_t epoch_day) {
  const CivilDate date = civilDateOf(epoch_day);
  if (date.year < 0) {
    out += '-';
    appendPadded(out, -date.year, 4);
  } else {
    if (date.year > 9999) out += '+';
    appendPadded(out, date.year, 4);
  }
  out += '-';
  appendPadded(out, date.month, 2);
  out += '-';
  appendPadded(out, date.day, 2);
}

// HH:MM, then :SS when there are seconds or a fraction, the fraction in groups of three digits
// (12:31, 12:31:14, 12:31:14.500, 12:31:14.000001).
void appendTime(std::string& out, int64_t nano_of_day) {
  const int64_t seconds = nano_of_day / kNanosPerSecond;
  const int64_t nanos = nano_of_day % kNanosPerSecond;
  appendPadded(out, seconds / kSecondsPerHour, 2);
  out += ':';
  appendPadded(out, seconds / kSecondsPerMinute % 60, 2);
  if (seconds % 60 == 0 && nanos == 0) return;
  out += ':';
  appendPadded(out, seconds % 60, 2);
  if (nanos == 0) return;
  out += '.';
  if (nanos % kNanosPerMillisecond == 0) {
    appendPadded(out, nanos / kNanosPerMillisecond, 3);
  } else if (nanos % kNanosPerMicrosecond == 0) {
    appendPadded(out, nanos / kNanosPerMicrosecond, 6);
  } else {
    appendPadded(out, nanos, 9);
  }
}

// Z, or +HH:MM with :SS when the offset has seconds (+00:53:28).
void appendOffset(std::string& out, int32_t offset_seconds) {
  if (offset_seconds == 0) {
    out += 'Z';
    return;
  }
  out += offset_seconds < 0 ? '-' : '+';
  const int32_t magnitude = std::abs(offset_seconds);
  appendPadded(out, magnitude / 3600, 2);
  out += ':';
  appendPadded(out, magnitude / 60 % 60, 2);
  if (magnitude % 60 != 0) {
    out += ':';
    appendPadded(out, magnitude % 60, 2);
  }
}

// P1Y2M3DT4H5M6.7S: each part signed on its own, zero parts left out, the fraction of a second
// without trailing zeros; PT0S for the zero duration.
std::string formatDuration(const Temporal& value) {
  if (value.months == 0 && value.days == 0 && value.seconds == 0 && value.nanoseconds == 0) {
    return "PT0S";
  }
  std::string out = "P";
  const auto appendPart = [&](int64_t amount, char unit) {
    if (amount == 0) return;
    out += std::to_string(amount);
    out += unit;
  };
  appendPart(value.months / 12, 'Y');
  appendPart(value.months % 12, 'M');
  appendPart(value.days, 'D');
  if (value.seconds == 0 && value.nanoseconds == 0) return out;
  out += 'T';
  appendPart(value.seconds / kSecondsPerHour, 'H');
  appendPart(value.seconds % kSecondsPerHour / kSecondsPerMinute, 'M');
  const int64_t seconds = value.seconds % kSecondsPerMinute;
  if (seconds == 0 && value.nanoseconds == 0) return out;
  if (seconds < 0 || value.nanoseconds < 0) out += '-';
  out += std::to_string(std::llabs(seconds));
  if (value.nanoseconds != 0) {
    std::string fraction;
    appendPadded(fraction, std::llabs(value.nanoseconds), 9);
    fraction.erase(fraction.find_last_not_of('0') + 1);
    out += '.';
    out += fraction;
  }
  out += 'S';
  return out;
}

}  // namespace

std::string formatTemporal(const Temporal& value) {
  std::string out;
  switch (value.type) {
    case TemporalType::Date:
      appendDate(out, value.epoch_day);
      break;
    case TemporalType::LocalTime:
      appendTime(out, value.nano_of_day);
      break;
    case TemporalType::Time:
      appendTime(out, value.nano_of_day);
      appendOffset(out, value.offset_seconds);
      break;
    case TemporalType::LocalDateTime:
      appendDate(out, value.epoch_day);
      out += 'T';
      appendTime(out, value.nano_of_day);
      break;
    case TemporalType::DateTime:
      appendDate(out, value.epoch_day);
      out += 'T';
      appendTime(out, value.nano_of_day);
      appendOffset(out, value.offset_seconds);
      if (!value.zone.empty()) {
        out += '[';
        out += value.zone;
        out += ']';
      }
      break;
    case TemporalType::Duration:
      return formatDuration(value);
  }
  return out;
}

}  // namespace kg

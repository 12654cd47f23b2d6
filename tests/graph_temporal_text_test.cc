// Building, parsing and printing temporal values (graph/temporal_text.cc), checked against the
// example rows of the openCypher TCK (expressions/temporal Temporal1, 2, 3 and 6): each row is a
// small temporal expression and the string its value prints as.
#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/temporal.h"

using namespace kg;

namespace {

// Evaluates the temporal expressions the TCK rows use: date({year: 1984, week: 10}),
// time('21:40+01:00'), duration({days: 1.5}), datetime.fromepoch(416779, 999999999), and
// maps that select other values by name ({date: other, day: 28}).
class ExpressionReader {
 public:
  ExpressionReader(std::string_view text, const std::map<std::string, Temporal>& names)
      : text_(text), names_(names) {}

  Temporal readAll() {
    Temporal value = readValue();
    skipSpaces();
    if (position_ != text_.size()) fail("trailing text");
    return value;
  }

 private:
  Temporal readValue() {
    const std::string name = readName();
    if (peek() != '(') {
      const auto found = names_.find(name);
      if (found == names_.end()) fail("unknown name " + name);
      return found->second;
    }
    expect('(');
    Temporal value;
    if (name == "datetime.fromepoch") {
      const int64_t seconds = readInteger();
      expect(',');
      value = dateTimeFromEpoch(seconds, readInteger());
    } else if (name == "datetime.fromepochmillis") {
      const int64_t millis = readInteger();
      value = dateTimeFromEpoch(millis / 1000, millis % 1000 * 1'000'000);
    } else if (peek() == '\'') {
      value = parseTemporal(typeNamed(name), readQuoted());
    } else if (peek() == '{') {
      value = buildTemporal(typeNamed(name), readMap());
    } else {
      // date(other) selects the whole of another value.
      const Temporal other = readValue();
      const TemporalType type = typeNamed(name);
      TemporalFields fields;
      if (type == TemporalType::Date) {
        fields.date = other;
      } else if (type == TemporalType::LocalTime || type == TemporalType::Time) {
        fields.time = other;
      } else {
        fields.datetime = other;
      }
      value = buildTemporal(type, fields);
    }
    expect(')');
    return value;
  }

  TemporalFields readMap() {
    TemporalFields fields;
    expect('{');
    while (peek() != '}') {
      const std::string key = readName();
      expect(':');
      skipSpaces();
      if (key == "timezone") {
        fields.timezone = readQuoted();
      } else if (key == "date" || key == "time" || key == "datetime") {
        std::optional<Temporal>& slot =
            key == "date" ? fields.date : (key == "time" ? fields.time : fields.datetime);
        slot = readValue();
      } else {
        fields.numbers[key] = readNumber();
      }
      if (peek() == ',') ++position_;
    }
    expect('}');
    return fields;
  }

  static TemporalType typeNamed(const std::string& name) {
    static const std::map<std::string, TemporalType> kTypes = {
        {"date", TemporalType::Date},         {"localtime", TemporalType::LocalTime},
        {"time", TemporalType::Time},         {"localdatetime", TemporalType::LocalDateTime},
        {"datetime", TemporalType::DateTime}, {"duration", TemporalType::Duration}};
    const auto found = kTypes.find(name);
    if (found == kTypes.end()) throw std::runtime_error("unknown function " + name);
    return found->second;
  }

  std::string readName() {
    skipSpaces();
    const size_t start = position_;
    while (position_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[position_])) || text_[position_] == '.' ||
            text_[position_] == '_')) {
      ++position_;
    }
    if (start == position_) fail("a name");
    return std::string(text_.substr(start, position_ - start));
  }
  std::string readQuoted() {
    expect('\'');
    const size_t end = text_.find('\'', position_);
    if (end == std::string_view::npos) fail("a closing quote");
    std::string quoted(text_.substr(position_, end - position_));
    position_ = end + 1;
    return quoted;
  }
  TemporalNumber readNumber() {
    skipSpaces();
    const size_t start = position_;
    while (position_ < text_.size() &&
           (std::isdigit(static_cast<unsigned char>(text_[position_])) || text_[position_] == '-' ||
            text_[position_] == '.')) {
      ++position_;
    }
    const std::string number(text_.substr(start, position_ - start));
    if (number.empty()) fail("a number");
    if (number.find('.') != std::string::npos) return std::stod(number);
    return static_cast<int64_t>(std::stoll(number));
  }
  int64_t readInteger() { return std::get<int64_t>(readNumber()); }

  char peek() {
    skipSpaces();
    return position_ < text_.size() ? text_[position_] : '\0';
  }
  void expect(char wanted) {
    if (peek() != wanted) fail(std::string("'") + wanted + "'");
    ++position_;
  }
  void skipSpaces() {
    while (position_ < text_.size() && text_[position_] == ' ') ++position_;
  }
  [[noreturn]] void fail(const std::string& expected) const {
    throw std::runtime_error("test expression '" + std::string(text_) + "': expected " + expected +
                             " at " + std::to_string(position_));
  }

  std::string_view text_;
  const std::map<std::string, Temporal>& names_;
  size_t position_ = 0;
};

Temporal evaluate(std::string_view text, const std::map<std::string, Temporal>& names = {}) {
  return ExpressionReader(text, names).readAll();
}

std::string printed(std::string_view text) { return formatTemporal(evaluate(text)); }

// One TCK example: WITH <first> AS other (or <first> AS otherDate, <second> AS otherTime)
// RETURN <expression>, which prints as <expected>.
struct Row {
  const char* first;
  const char* second;
  const char* expression;
  const char* expected;
};

void checkRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    INFO("WITH " << row.first << " / " << row.second << " RETURN " << row.expression);
    std::map<std::string, Temporal> names;
    if (*row.second != '\0') {
      names["otherDate"] = evaluate(row.first);
      names["otherTime"] = evaluate(row.second);
    } else if (*row.first != '\0') {
      names["other"] = evaluate(row.first);
    }
    const Temporal value = evaluate(row.expression, names);
    CHECK(formatTemporal(value) == row.expected);
    // Every value reads back from its own string as the same value.
    CHECK(parseTemporal(value.type, formatTemporal(value)) == value);
  }
}

std::string errorOf(std::string_view text) {
  try {
    const Temporal value = evaluate(text);
    return "no error: " + formatTemporal(value);
  } catch (const TemporalError& error) {
    return error.what();
  }
}

}  // namespace

TEST_CASE("ISO week dates", "[temporal][week]") {
  // 2015-07-21 was the Tuesday of week 30.
  const WeekDate tuesday = weekDateOf(epochDayOf(2015, 7, 21));
  CHECK(tuesday.week_year == 2015);
  CHECK(tuesday.week == 30);
  CHECK(tuesday.day_of_week == 2);
  CHECK(epochDayOfWeekDate(2015, 30, 2) == epochDayOf(2015, 7, 21));
  // 1816-12-30 is a Monday that already belongs to week 1 of 1817.
  const WeekDate monday = weekDateOf(epochDayOf(1816, 12, 30));
  CHECK(monday.week_year == 1817);
  CHECK(monday.week == 1);
  CHECK(monday.day_of_week == 1);
  // 2021-01-03 (a Sunday) closes week 53 of 2020.
  const WeekDate sunday = weekDateOf(epochDayOf(2021, 1, 3));
  CHECK(sunday.week_year == 2020);
  CHECK(sunday.week == 53);
  CHECK(sunday.day_of_week == 7);
  CHECK(epochDayOfWeekDate(2020, 53, 7) == epochDayOf(2021, 1, 3));
  CHECK_THROWS_AS(epochDayOfWeekDate(2019, 53, 1), TemporalError);
  CHECK_THROWS_AS(epochDayOfWeekDate(2019, 1, 8), TemporalError);
  // Every day of four centuries round-trips through its week date.
  for (int64_t day = epochDayOf(1800, 1, 1); day < epochDayOf(2200, 1, 1); ++day) {
    const WeekDate week_date = weekDateOf(day);
    REQUIRE(epochDayOfWeekDate(week_date.week_year, week_date.week, week_date.day_of_week) == day);
  }
}

TEST_CASE("Temporal1 [11]: date-times from the epoch", "[temporal][build]") {
  CHECK(printed("datetime.fromepoch(416779, 999999999)") == "1970-01-05T19:46:19.999999999Z");
  CHECK(printed("datetime.fromepochmillis(237821673987)") == "1977-07-15T13:34:33.987Z");
  CHECK(formatTemporal(dateTimeFromEpoch(-1, 0)) == "1969-12-31T23:59:59Z");
  CHECK(formatTemporal(dateTimeFromEpoch(0, -1)) == "1969-12-31T23:59:59.999999999Z");
  CHECK(printed("datetime({epochSeconds: 416779, nanosecond: 999999999})") ==
        "1970-01-05T19:46:19.999999999Z");
  CHECK(printed("datetime({epochMillis: 237821673987})") == "1977-07-15T13:34:33.987Z");
  CHECK(printed("datetime({epochSeconds: 0, timezone: '+01:00'})") == "1970-01-01T01:00+01:00");
  CHECK(printed("datetime({epochSeconds: 0, timezone: 'Europe/Stockholm'})") ==
        "1970-01-01T01:00+01:00[Europe/Stockholm]");
}

TEST_CASE("Printing points in time", "[temporal][format]") {
  // Seconds appear only when not zero or when there is a fraction; fractions in groups of three.
  CHECK(printed("localtime({hour: 7})") == "07:00");
  CHECK(printed("localtime({hour: 7, minute: 5, second: 0, nanosecond: 1})") ==
        "07:05:00.000000001");
  CHECK(printed("localtime({hour: 7, minute: 5, second: 3, millisecond: 500})") == "07:05:03.500");
  CHECK(printed("localtime({hour: 7, minute: 5, second: 3, microsecond: 120})") ==
        "07:05:03.000120");
  // Years outside 0000 .. 9999 carry a sign.
  CHECK(printed("date({year: 10000, month: 1, day: 2})") == "+10000-01-02");
  CHECK(printed("date({year: -1, month: 1, day: 2})") == "-0001-01-02");
  CHECK(printed("date({year: 0, month: 1, day: 2})") == "0000-01-02");
  CHECK(printed("date('+999999999-12-31')") == "+999999999-12-31");
  CHECK(printed("localdatetime('-999999999-01-01')") == "-999999999-01-01T00:00");
  CHECK(printed("localdatetime('+999999999-12-31T23:59:59')") == "+999999999-12-31T23:59:59");
  // Offsets with seconds, and the zero offset as Z.
  CHECK(printed("time('10:00-00:00:30')") == "10:00-00:00:30");
  CHECK(printed("datetime('2001-02-03T04:05:06.789+00:00')") == "2001-02-03T04:05:06.789Z");
}

TEST_CASE("Printing durations", "[temporal][format]") {
  CHECK(printed("duration({seconds: 0})") == "PT0S");
  CHECK(printed("duration({months: 23})") == "P1Y11M");
  CHECK(printed("duration({months: -23})") == "P-1Y-11M");
  CHECK(printed("duration({days: 3})") == "P3D");
  CHECK(printed("duration({hours: 40})") == "PT40H");
  CHECK(printed("duration({milliseconds: -500})") == "PT-0.5S");
  CHECK(printed("duration({seconds: -3725, nanoseconds: -100})") == "PT-1H-2M-5.0000001S");
  CHECK(printed("duration({days: 0.5, seconds: -1})") == "PT11H59M59S");
  CHECK(printed("duration({quarters: 1, weeks: 1})") == "P3M7D");
  CHECK(printed("duration({years: -0.5})") == "P-6M");
}

TEST_CASE("Parsing more duration forms", "[temporal][parse]") {
  CHECK(printed("duration('PT-0.5S')") == "PT-0.5S");
  CHECK(printed("duration('-P1DT2H')") == "P-1DT-2H");
  CHECK(printed("duration('P1Y2M3W4DT5H6M7.8S')") == "P1Y2M25DT5H6M7.8S");
  CHECK(printed("duration('P-12Y-10M-43DT-18H-9M-3.500000003S')") ==
        "P-12Y-10M-43DT-18H-9M-3.500000003S");
  CHECK(printed("duration('PT0.75M')") == "PT45S");
  CHECK(printed("duration('pt1h')") == "PT1H");
  CHECK(printed("duration('P20120202T143721')") == "P2012Y2M2DT14H37M21S");
  CHECK(printed("duration('P1Y')") == "P1Y");
}

TEST_CASE("Named zones: gaps, overlaps and historical offsets", "[temporal][zone]") {
  // 02:30 does not exist in Stockholm on 2017-03-26; it moves forward by the hour skipped.
  CHECK(printed("datetime({year: 2017, month: 3, day: 26, hour: 2, minute: 30, "
                "timezone: 'Europe/Stockholm'})") == "2017-03-26T03:30+02:00[Europe/Stockholm]");
  // 02:30 happens twice on 2017-10-29: the earlier offset unless the text names the later one.
  CHECK(printed("datetime({year: 2017, month: 10, day: 29, hour: 2, minute: 30, "
                "timezone: 'Europe/Stockholm'})") == "2017-10-29T02:30+02:00[Europe/Stockholm]");
  CHECK(printed("datetime('2017-10-29T02:30+01:00[Europe/Stockholm]')") ==
        "2017-10-29T02:30+01:00[Europe/Stockholm]");
  CHECK(printed("datetime('2017-10-28T23:00+02:00[Europe/Stockholm]')") ==
        "2017-10-28T23:00+02:00[Europe/Stockholm]");
  CHECK(printed("datetime({year: 2017, month: 8, day: 8, hour: 12, minute: 31, second: 14, "
                "nanosecond: 645876123, timezone: 'Europe/Stockholm'})") ==
        "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]");
  // Converting to another zone keeps the instant.
  CHECK(printed("datetime({datetime: datetime('2017-08-08T12:00+02:00[Europe/Stockholm]'), "
                "timezone: 'America/New_York'})") == "2017-08-08T06:00-04:00[America/New_York]");
  CHECK(errorOf("datetime('2017-08-08T12:00+01:00[Europe/Stockholm]')").find("does not match") !=
        std::string::npos);
}

TEST_CASE("Selecting with a timezone converts only zoned sources", "[temporal][select]") {
  // A local source takes the zone as given; a zoned one moves to it at the same instant.
  CHECK(printed("datetime({datetime: localdatetime('2015-07-21T23:30'), timezone: '-01:00'})") ==
        "2015-07-21T23:30-01:00");
  CHECK(printed("datetime({datetime: datetime('2015-07-21T23:30Z'), timezone: '+01:00'})") ==
        "2015-07-22T00:30+01:00");
  CHECK(printed("time({time: time('23:30Z'), timezone: '+01:00'})") == "00:30+01:00");
  CHECK(printed("date({date: date('1984-12-31'), quarter: 1})") == "1984-03-31");
  CHECK(printed("date({date: date('1984-02-29'), year: 1985})") == "1985-02-28");
  CHECK(printed("date({date: date('2020-12-28'), year: 2019})") == "2019-12-28");
  CHECK(printed("date({date: date('2021-01-03'), year: 2019})") == "2019-01-03");
  // Week 53 of 2020 becomes the last week of 2019, which has only 52.
  CHECK(printed("date({date: date('2021-01-03'), year: 2019, dayOfWeek: 7})") == "2019-12-29");
}

TEST_CASE("Errors name the bad input", "[temporal][errors]") {
  const auto fails_with = [](std::string_view text, std::string_view part) {
    const std::string message = errorOf(text);
    INFO(text << " -> " << message);
    CHECK(message.find(part) != std::string::npos);
  };
  fails_with("date({year: 1984, month: 13})", "month");
  fails_with("date({year: 1984, month: 2, day: 30})", "day");
  fails_with("date({year: 1984, day: 3})", "day needs month");
  fails_with("date({month: 3})", "year is required");
  fails_with("date({year: 1984, month: 3, week: 2})", "cannot be combined");
  fails_with("date({year: 1984, hour: 3})", "Invalid key 'hour'");
  fails_with("date({year: 1984, timezone: '+01:00'})", "timezone");
  fails_with("date({year: 1983, week: 53})", "week");
  fails_with("localtime({hour: 24})", "hour");
  fails_with("localtime({hour: 1, second: 3})", "second needs minute");
  fails_with("localtime({minute: 3})", "hour is required");
  fails_with("localdatetime({year: 1984, minute: 3})", "minute needs hour");
  fails_with("localtime({hour: 1, minute: 2, second: 3, millisecond: 1000})", "millisecond");
  fails_with("localtime({hour: 1.5})", "integer");
  fails_with("time({hour: 1, timezone: '+19:00'})", "offset");
  fails_with("datetime({year: 1984, timezone: 'Mars/Olympus'})", "unknown time zone");
  fails_with("duration({days: 1, day: 2})", "Invalid key 'day'");
  fails_with("date('2015-13-01')", "month");
  fails_with("date('2015-07-21T10:00')", "expected the end of the date");
  fails_with("date('15-07-21')", "expected a date");
  fails_with("localtime('21:40+01:00')", "no time zone");
  fails_with("localtime('21:4')", "two-digit minutes");
  fails_with("time('21:40:32.')", "fraction");
  fails_with("datetime('2015-07-21T21:40[Mars/Olympus]')", "unknown time zone");
  fails_with("duration('P')", "at least one component");
  fails_with("duration('P1D2Y')", "in that order");
  fails_with("duration('1D')", "'P'");
  fails_with("duration('PT1.5')", "H, M or S");
}

TEST_CASE("Temporal6 [1]-[5]: points print and read back", "[temporal][format]") {
  checkRows({
      {"", "", "date({year: 1984, month: 10, day: 11})", "1984-10-11"},
      {"", "", "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "12:31:14.645876123"},
      {"", "",
       "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})",
       "12:31:14.645876123+01:00"},
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-10-11T12:31:14.645876123"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123, timezone: '+01:00'})",
       "1984-10-11T12:31:14.645876123+01:00"},
  });
}

// Temporal2 [6], last row: the TCK expects Berlin's local mean time (+00:53:28), which
// Europe/Stockholm has been a link to since tzdata 2022b; a tz database built with the older
// Stockholm history (Debian's, with backzone) gives +01:12:12 instead.
TEST_CASE("Temporal2 [6]: Stockholm before standard time", "[temporal][parse][zone][!mayfail]") {
  checkRows({
      {"", "", "datetime('1818-07-21T21:40:32.142[Europe/Stockholm]')",
       "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]"},
  });
}

TEST_CASE("Temporal1 [1]: week dates", "[temporal][build]") {
  checkRows({
      {"", "", "date({year: 1816, week: 1})", "1816-01-01"},
      {"", "", "date({year: 1816, week: 52})", "1816-12-23"},
      {"", "", "date({year: 1817, week: 1})", "1816-12-30"},
      {"", "", "date({year: 1817, week: 10})", "1817-03-03"},
      {"", "", "date({year: 1817, week: 30})", "1817-07-21"},
      {"", "", "date({year: 1817, week: 52})", "1817-12-22"},
      {"", "", "date({year: 1818, week: 1})", "1817-12-29"},
      {"", "", "date({year: 1818, week: 52})", "1818-12-21"},
      {"", "", "date({year: 1818, week: 53})", "1818-12-28"},
      {"", "", "date({year: 1819, week: 1})", "1819-01-04"},
      {"", "", "date({year: 1819, week: 52})", "1819-12-27"},
      {"", "", "date({dayOfWeek: 2, year: 1817, week: 1})", "1816-12-31"},
      {"", "", "date({date: date('1816-12-30'), week: 2, dayOfWeek: 3})", "1817-01-08"},
      {"", "", "date({date: date('1816-12-31'), week: 2})", "1817-01-07"},
      {"", "", "date({date: date('1816-12-31'), year: 1817, week: 2})", "1817-01-07"},
  });
}

TEST_CASE("Temporal1 [2]: week local date-times", "[temporal][build]") {
  checkRows({
      {"", "", "localdatetime({year: 1816, week: 1})", "1816-01-01T00:00"},
      {"", "", "localdatetime({year: 1816, week: 52})", "1816-12-23T00:00"},
      {"", "", "localdatetime({year: 1817, week: 1})", "1816-12-30T00:00"},
      {"", "", "localdatetime({year: 1817, week: 10})", "1817-03-03T00:00"},
      {"", "", "localdatetime({year: 1817, week: 30})", "1817-07-21T00:00"},
      {"", "", "localdatetime({year: 1817, week: 52})", "1817-12-22T00:00"},
      {"", "", "localdatetime({year: 1818, week: 1})", "1817-12-29T00:00"},
      {"", "", "localdatetime({year: 1818, week: 52})", "1818-12-21T00:00"},
      {"", "", "localdatetime({year: 1818, week: 53})", "1818-12-28T00:00"},
      {"", "", "localdatetime({year: 1819, week: 1})", "1819-01-04T00:00"},
      {"", "", "localdatetime({year: 1819, week: 52})", "1819-12-27T00:00"},
      {"", "", "localdatetime({dayOfWeek: 2, year: 1817, week: 1})", "1816-12-31T00:00"},
      {"", "", "localdatetime({date: date('1816-12-30'), week: 2, dayOfWeek: 3})",
       "1817-01-08T00:00"},
      {"", "", "localdatetime({date: date('1816-12-31'), week: 2})", "1817-01-07T00:00"},
      {"", "", "localdatetime({date: date('1816-12-31'), year: 1817, week: 2})",
       "1817-01-07T00:00"},
  });
}

TEST_CASE("Temporal1 [3]: week date-times", "[temporal][build]") {
  checkRows({
      {"", "", "datetime({year: 1816, week: 1})", "1816-01-01T00:00Z"},
      {"", "", "datetime({year: 1816, week: 52})", "1816-12-23T00:00Z"},
      {"", "", "datetime({year: 1817, week: 1})", "1816-12-30T00:00Z"},
      {"", "", "datetime({year: 1817, week: 10})", "1817-03-03T00:00Z"},
      {"", "", "datetime({year: 1817, week: 30})", "1817-07-21T00:00Z"},
      {"", "", "datetime({year: 1817, week: 52})", "1817-12-22T00:00Z"},
      {"", "", "datetime({year: 1818, week: 1})", "1817-12-29T00:00Z"},
      {"", "", "datetime({year: 1818, week: 52})", "1818-12-21T00:00Z"},
      {"", "", "datetime({year: 1818, week: 53})", "1818-12-28T00:00Z"},
      {"", "", "datetime({year: 1819, week: 1})", "1819-01-04T00:00Z"},
      {"", "", "datetime({year: 1819, week: 52})", "1819-12-27T00:00Z"},
      {"", "", "datetime({dayOfWeek: 2, year: 1817, week: 1})", "1816-12-31T00:00Z"},
      {"", "", "datetime({date: date('1816-12-30'), week: 2, dayOfWeek: 3})", "1817-01-08T00:00Z"},
      {"", "", "datetime({date: date('1816-12-31'), week: 2})", "1817-01-07T00:00Z"},
      {"", "", "datetime({date: date('1816-12-31'), year: 1817, week: 2})", "1817-01-07T00:00Z"},
  });
}

TEST_CASE("Temporal1 [4]: dates from maps", "[temporal][build]") {
  checkRows({
      {"", "", "date({year: 1984, month: 10, day: 11})", "1984-10-11"},
      {"", "", "date({year: 1984, month: 10})", "1984-10-01"},
      {"", "", "date({year: 1984, week: 10, dayOfWeek: 3})", "1984-03-07"},
      {"", "", "date({year: 1984, week: 10})", "1984-03-05"},
      {"", "", "date({year: 1984})", "1984-01-01"},
      {"", "", "date({year: 1984, ordinalDay: 202})", "1984-07-20"},
      {"", "", "date({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14"},
      {"", "", "date({year: 1984, quarter: 3})", "1984-07-01"},
  });
}

TEST_CASE("Temporal1 [5]: local times from maps", "[temporal][build]") {
  checkRows({
      {"", "",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, "
       "microsecond: 456})",
       "12:31:14.123456789"},
      {"", "", "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "12:31:14.645876123"},
      {"", "", "localtime({hour: 12, minute: 31, second: 14, microsecond: 645876})",
       "12:31:14.645876"},
      {"", "", "localtime({hour: 12, minute: 31, second: 14, millisecond: 645})", "12:31:14.645"},
      {"", "", "localtime({hour: 12, minute: 31, second: 14})", "12:31:14"},
      {"", "", "localtime({hour: 12, minute: 31})", "12:31"},
      {"", "", "localtime({hour: 12})", "12:00"},
  });
}

TEST_CASE("Temporal1 [6]: times from maps", "[temporal][build]") {
  checkRows({
      {"", "",
       "time({hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, microsecond: "
       "456})",
       "12:31:14.123456789Z"},
      {"", "", "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "12:31:14.645876123Z"},
      {"", "", "time({hour: 12, minute: 31, second: 14, nanosecond: 3})", "12:31:14.000000003Z"},
      {"", "", "time({hour: 12, minute: 31, second: 14, microsecond: 645876})", "12:31:14.645876Z"},
      {"", "", "time({hour: 12, minute: 31, second: 14, millisecond: 645})", "12:31:14.645Z"},
      {"", "", "time({hour: 12, minute: 31, second: 14})", "12:31:14Z"},
      {"", "", "time({hour: 12, minute: 31})", "12:31Z"},
      {"", "", "time({hour: 12})", "12:00Z"},
      {"", "",
       "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})",
       "12:31:14.645876123+01:00"},
      {"", "", "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "12:31:14.645876+01:00"},
      {"", "", "time({hour: 12, minute: 31, second: 14, millisecond: 645, timezone: '+01:00'})",
       "12:31:14.645+01:00"},
      {"", "", "time({hour: 12, minute: 31, second: 14, timezone: '+01:00'})", "12:31:14+01:00"},
      {"", "", "time({hour: 12, minute: 31, timezone: '+01:00'})", "12:31+01:00"},
      {"", "", "time({hour: 12, timezone: '+01:00'})", "12:00+01:00"},
  });
}

TEST_CASE("Temporal1 [7]: local date-times from maps", "[temporal][build]") {
  checkRows({
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 789, millisecond: 123, microsecond: 456})",
       "1984-10-11T12:31:14.123456789"},
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-10-11T12:31:14.645876123"},
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 3})",
       "1984-10-11T12:31:14.000000003"},
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876})",
       "1984-10-11T12:31:14.645876"},
      {"", "",
       "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "1984-10-11T12:31:14.645"},
      {"", "", "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14})",
       "1984-10-11T12:31:14"},
      {"", "", "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31})",
       "1984-10-11T12:31"},
      {"", "", "localdatetime({year: 1984, month: 10, day: 11, hour: 12})", "1984-10-11T12:00"},
      {"", "", "localdatetime({year: 1984, month: 10, day: 11})", "1984-10-11T00:00"},
      {"", "",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-03-07T12:31:14.645876123"},
      {"", "",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876})",
       "1984-03-07T12:31:14.645876"},
      {"", "",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "1984-03-07T12:31:14.645"},
      {"", "",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14})",
       "1984-03-07T12:31:14"},
      {"", "", "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31})",
       "1984-03-07T12:31"},
      {"", "", "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12})", "1984-03-07T12:00"},
      {"", "", "localdatetime({year: 1984, week: 10, dayOfWeek: 3})", "1984-03-07T00:00"},
      {"", "",
       "localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123})",
       "1984-07-20T12:31:14.645876123"},
      {"", "",
       "localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, microsecond: "
       "645876})",
       "1984-07-20T12:31:14.645876"},
      {"", "",
       "localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, millisecond: "
       "645})",
       "1984-07-20T12:31:14.645"},
      {"", "", "localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14})",
       "1984-07-20T12:31:14"},
      {"", "", "localdatetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31})",
       "1984-07-20T12:31"},
      {"", "", "localdatetime({year: 1984, ordinalDay: 202, hour: 12})", "1984-07-20T12:00"},
      {"", "", "localdatetime({year: 1984, ordinalDay: 202})", "1984-07-20T00:00"},
      {"", "",
       "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-08-14T12:31:14.645876123"},
      {"", "",
       "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876})",
       "1984-08-14T12:31:14.645876"},
      {"", "",
       "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "1984-08-14T12:31:14.645"},
      {"", "",
       "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: "
       "14})",
       "1984-08-14T12:31:14"},
      {"", "", "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31})",
       "1984-08-14T12:31"},
      {"", "", "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12})",
       "1984-08-14T12:00"},
      {"", "", "localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14T00:00"},
      {"", "", "localdatetime({year: 1984})", "1984-01-01T00:00"},
  });
}

TEST_CASE("Temporal1 [8]: date-times in the default zone", "[temporal][build]") {
  checkRows({
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: "
       "789, millisecond: 123, microsecond: 456})",
       "1984-10-11T12:31:14.123456789Z"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123})",
       "1984-10-11T12:31:14.645876123Z"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, microsecond: "
       "645876})",
       "1984-10-11T12:31:14.645876Z"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, millisecond: "
       "645})",
       "1984-10-11T12:31:14.645Z"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14})",
       "1984-10-11T12:31:14Z"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31})",
       "1984-10-11T12:31Z"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, hour: 12})", "1984-10-11T12:00Z"},
      {"", "", "datetime({year: 1984, month: 10, day: 11})", "1984-10-11T00:00Z"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-03-07T12:31:14.645876123Z"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876})",
       "1984-03-07T12:31:14.645876Z"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "1984-03-07T12:31:14.645Z"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14})",
       "1984-03-07T12:31:14Z"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31})",
       "1984-03-07T12:31Z"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12})", "1984-03-07T12:00Z"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3})", "1984-03-07T00:00Z"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123})",
       "1984-07-20T12:31:14.645876123Z"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, microsecond: "
       "645876})",
       "1984-07-20T12:31:14.645876Z"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, millisecond: "
       "645})",
       "1984-07-20T12:31:14.645Z"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14})",
       "1984-07-20T12:31:14Z"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31})",
       "1984-07-20T12:31Z"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12})", "1984-07-20T12:00Z"},
      {"", "", "datetime({year: 1984, ordinalDay: 202})", "1984-07-20T00:00Z"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "1984-08-14T12:31:14.645876123Z"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876})",
       "1984-08-14T12:31:14.645876Z"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "1984-08-14T12:31:14.645Z"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14})",
       "1984-08-14T12:31:14Z"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31})",
       "1984-08-14T12:31Z"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12})",
       "1984-08-14T12:00Z"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14T00:00Z"},
      {"", "", "datetime({year: 1984})", "1984-01-01T00:00Z"},
  });
}

TEST_CASE("Temporal1 [9]: date-times with an offset", "[temporal][build]") {
  checkRows({
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123, timezone: '+01:00'})",
       "1984-10-11T12:31:14.645876123+01:00"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, microsecond: "
       "645876, timezone: '+01:00'})",
       "1984-10-11T12:31:14.645876+01:00"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, millisecond: "
       "645, timezone: '+01:00'})",
       "1984-10-11T12:31:14.645+01:00"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, timezone: "
       "'+01:00'})",
       "1984-10-11T12:31:14+01:00"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, timezone: '+01:00'})",
       "1984-10-11T12:31+01:00"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "1984-10-11T12:00+01:00"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, timezone: '+01:00'})",
       "1984-10-11T00:00+01:00"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123, timezone: '+01:00'})",
       "1984-03-07T12:31:14.645876123+01:00"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876, timezone: '+01:00'})",
       "1984-03-07T12:31:14.645876+01:00"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645, timezone: '+01:00'})",
       "1984-03-07T12:31:14.645+01:00"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, timezone: "
       "'+01:00'})",
       "1984-03-07T12:31:14+01:00"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, timezone: '+01:00'})",
       "1984-03-07T12:31+01:00"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, timezone: '+01:00'})",
       "1984-03-07T12:00+01:00"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, timezone: '+01:00'})",
       "1984-03-07T00:00+01:00"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123, timezone: '+01:00'})",
       "1984-07-20T12:31:14.645876123+01:00"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, microsecond: "
       "645876, timezone: '+01:00'})",
       "1984-07-20T12:31:14.645876+01:00"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, millisecond: 645, "
       "timezone: '+01:00'})",
       "1984-07-20T12:31:14.645+01:00"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, timezone: "
       "'+01:00'})",
       "1984-07-20T12:31:14+01:00"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, timezone: '+01:00'})",
       "1984-07-20T12:31+01:00"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: '+01:00'})",
       "1984-07-20T12:00+01:00"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, timezone: '+01:00'})",
       "1984-07-20T00:00+01:00"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123, timezone: '+01:00'})",
       "1984-08-14T12:31:14.645876123+01:00"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876, timezone: '+01:00'})",
       "1984-08-14T12:31:14.645876+01:00"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "millisecond: 645, timezone: '+01:00'})",
       "1984-08-14T12:31:14.645+01:00"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "timezone: '+01:00'})",
       "1984-08-14T12:31:14+01:00"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, timezone: "
       "'+01:00'})",
       "1984-08-14T12:31+01:00"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, timezone: '+01:00'})",
       "1984-08-14T12:00+01:00"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, timezone: '+01:00'})",
       "1984-08-14T00:00+01:00"},
      {"", "", "datetime({year: 1984, timezone: '+01:00'})", "1984-01-01T00:00+01:00"},
  });
}

TEST_CASE("Temporal1 [10]: date-times in a named zone", "[temporal][build][zone]") {
  checkRows({
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123, timezone: 'Europe/Stockholm'})",
       "1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, microsecond: "
       "645876, timezone: 'Europe/Stockholm'})",
       "1984-10-11T12:31:14.645876+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, millisecond: "
       "645, timezone: 'Europe/Stockholm'})",
       "1984-10-11T12:31:14.645+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, timezone: "
       "'Europe/Stockholm'})",
       "1984-10-11T12:31:14+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, timezone: "
       "'Europe/Stockholm'})",
       "1984-10-11T12:31+01:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, month: 10, day: 11, timezone: 'Europe/Stockholm'})",
       "1984-10-11T00:00+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123, timezone: 'Europe/Stockholm'})",
       "1984-03-07T12:31:14.645876123+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876, timezone: 'Europe/Stockholm'})",
       "1984-03-07T12:31:14.645876+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645, timezone: 'Europe/Stockholm'})",
       "1984-03-07T12:31:14.645+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, timezone: "
       "'Europe/Stockholm'})",
       "1984-03-07T12:31:14+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, timezone: "
       "'Europe/Stockholm'})",
       "1984-03-07T12:31+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, timezone: 'Europe/Stockholm'})",
       "1984-03-07T12:00+01:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, week: 10, dayOfWeek: 3, timezone: 'Europe/Stockholm'})",
       "1984-03-07T00:00+01:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, nanosecond: "
       "645876123, timezone: 'Europe/Stockholm'})",
       "1984-07-20T12:31:14.645876123+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, microsecond: "
       "645876, timezone: 'Europe/Stockholm'})",
       "1984-07-20T12:31:14.645876+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, millisecond: 645, "
       "timezone: 'Europe/Stockholm'})",
       "1984-07-20T12:31:14.645+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, second: 14, timezone: "
       "'Europe/Stockholm'})",
       "1984-07-20T12:31:14+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, ordinalDay: 202, hour: 12, minute: 31, timezone: "
       "'Europe/Stockholm'})",
       "1984-07-20T12:31+02:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: 'Europe/Stockholm'})",
       "1984-07-20T12:00+02:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, ordinalDay: 202, timezone: 'Europe/Stockholm'})",
       "1984-07-20T00:00+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123, timezone: 'Europe/Stockholm'})",
       "1984-08-14T12:31:14.645876123+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "microsecond: 645876, timezone: 'Europe/Stockholm'})",
       "1984-08-14T12:31:14.645876+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "millisecond: 645, timezone: 'Europe/Stockholm'})",
       "1984-08-14T12:31:14.645+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, "
       "timezone: 'Europe/Stockholm'})",
       "1984-08-14T12:31:14+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, timezone: "
       "'Europe/Stockholm'})",
       "1984-08-14T12:31+02:00[Europe/Stockholm]"},
      {"", "",
       "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, timezone: "
       "'Europe/Stockholm'})",
       "1984-08-14T12:00+02:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, quarter: 3, dayOfQuarter: 45, timezone: 'Europe/Stockholm'})",
       "1984-08-14T00:00+02:00[Europe/Stockholm]"},
      {"", "", "datetime({year: 1984, timezone: 'Europe/Stockholm'})",
       "1984-01-01T00:00+01:00[Europe/Stockholm]"},
  });
}

TEST_CASE("Temporal1 [12]: durations from maps", "[temporal][build]") {
  checkRows({
      {"", "", "duration({days: 14, hours: 16, minutes: 12})", "P14DT16H12M"},
      {"", "", "duration({months: 5, days: 1.5})", "P5M1DT12H"},
      {"", "", "duration({months: 0.75})", "P22DT19H51M49.5S"},
      {"", "", "duration({weeks: 2.5})", "P17DT12H"},
      {"", "", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})",
       "P12Y5M14DT16H13M10S"},
      {"", "", "duration({days: 14, seconds: 70, milliseconds: 1})", "P14DT1M10.001S"},
      {"", "", "duration({days: 14, seconds: 70, microseconds: 1})", "P14DT1M10.000001S"},
      {"", "", "duration({days: 14, seconds: 70, nanoseconds: 1})", "P14DT1M10.000000001S"},
      {"", "", "duration({minutes: 1.5, seconds: 1})", "PT1M31S"},
  });
}

TEST_CASE("Temporal1 [13]: offsets with seconds", "[temporal][build]") {
  checkRows({
      {"", "", "time({hour: 12, minute: 34, second: 56, timezone: '+02:05:00'})", "12:34:56+02:05"},
      {"", "", "time({hour: 12, minute: 34, second: 56, timezone: '+02:05:59'})",
       "12:34:56+02:05:59"},
      {"", "", "time({hour: 12, minute: 34, second: 56, timezone: '-02:05:07'})",
       "12:34:56-02:05:07"},
      {"", "",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 34, second: 56, timezone: "
       "'+02:05:59'})",
       "1984-10-11T12:34:56+02:05:59"},
  });
}

TEST_CASE("Temporal2 [1]: dates from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "date('2015-07-21')", "2015-07-21"},
      {"", "", "date('20150721')", "2015-07-21"},
      {"", "", "date('2015-07')", "2015-07-01"},
      {"", "", "date('201507')", "2015-07-01"},
      {"", "", "date('2015-W30-2')", "2015-07-21"},
      {"", "", "date('2015W302')", "2015-07-21"},
      {"", "", "date('2015-W30')", "2015-07-20"},
      {"", "", "date('2015W30')", "2015-07-20"},
      {"", "", "date('2015-202')", "2015-07-21"},
      {"", "", "date('2015202')", "2015-07-21"},
      {"", "", "date('2015')", "2015-01-01"},
  });
}

TEST_CASE("Temporal2 [2]: local times from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "localtime('21:40:32.142')", "21:40:32.142"},
      {"", "", "localtime('214032.142')", "21:40:32.142"},
      {"", "", "localtime('21:40:32')", "21:40:32"},
      {"", "", "localtime('214032')", "21:40:32"},
      {"", "", "localtime('21:40')", "21:40"},
      {"", "", "localtime('2140')", "21:40"},
      {"", "", "localtime('21')", "21:00"},
  });
}

TEST_CASE("Temporal2 [3]: times from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "time('21:40:32.142+0100')", "21:40:32.142+01:00"},
      {"", "", "time('214032.142Z')", "21:40:32.142Z"},
      {"", "", "time('21:40:32+01:00')", "21:40:32+01:00"},
      {"", "", "time('214032-0100')", "21:40:32-01:00"},
      {"", "", "time('21:40-01:30')", "21:40-01:30"},
      {"", "", "time('2140-00:00')", "21:40Z"},
      {"", "", "time('2140-02')", "21:40-02:00"},
      {"", "", "time('22+18:00')", "22:00+18:00"},
  });
}

TEST_CASE("Temporal2 [4]: local date-times from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "localdatetime('2015-07-21T21:40:32.142')", "2015-07-21T21:40:32.142"},
      {"", "", "localdatetime('2015-W30-2T214032.142')", "2015-07-21T21:40:32.142"},
      {"", "", "localdatetime('2015-202T21:40:32')", "2015-07-21T21:40:32"},
      {"", "", "localdatetime('2015T214032')", "2015-01-01T21:40:32"},
      {"", "", "localdatetime('20150721T21:40')", "2015-07-21T21:40"},
      {"", "", "localdatetime('2015-W30T2140')", "2015-07-20T21:40"},
      {"", "", "localdatetime('2015202T21')", "2015-07-21T21:00"},
  });
}

TEST_CASE("Temporal2 [5]: date-times from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "datetime('2015-07-21T21:40:32.142+0100')", "2015-07-21T21:40:32.142+01:00"},
      {"", "", "datetime('2015-W30-2T214032.142Z')", "2015-07-21T21:40:32.142Z"},
      {"", "", "datetime('2015-202T21:40:32+01:00')", "2015-07-21T21:40:32+01:00"},
      {"", "", "datetime('2015T214032-0100')", "2015-01-01T21:40:32-01:00"},
      {"", "", "datetime('20150721T21:40-01:30')", "2015-07-21T21:40-01:30"},
      {"", "", "datetime('2015-W30T2140-00:00')", "2015-07-20T21:40Z"},
      {"", "", "datetime('2015-W30T2140-02')", "2015-07-20T21:40-02:00"},
      {"", "", "datetime('2015202T21+18:00')", "2015-07-21T21:00+18:00"},
  });
}

TEST_CASE("Temporal2 [6]: date-times with a named zone from strings", "[temporal][parse][zone]") {
  checkRows({
      {"", "", "datetime('2015-07-21T21:40:32.142+02:00[Europe/Stockholm]')",
       "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]"},
      {"", "", "datetime('2015-07-21T21:40:32.142+0845[Australia/Eucla]')",
       "2015-07-21T21:40:32.142+08:45[Australia/Eucla]"},
      {"", "", "datetime('2015-07-21T21:40:32.142-04[America/New_York]')",
       "2015-07-21T21:40:32.142-04:00[America/New_York]"},
      {"", "", "datetime('2015-07-21T21:40:32.142[Europe/London]')",
       "2015-07-21T21:40:32.142+01:00[Europe/London]"},
  });
}

TEST_CASE("Temporal2 [7]: durations from strings", "[temporal][parse]") {
  checkRows({
      {"", "", "duration('P14DT16H12M')", "P14DT16H12M"},
      {"", "", "duration('P5M1.5D')", "P5M1DT12H"},
      {"", "", "duration('P0.75M')", "P22DT19H51M49.5S"},
      {"", "", "duration('PT0.75M')", "PT45S"},
      {"", "", "duration('P2.5W')", "P17DT12H"},
      {"", "", "duration('P12Y5M14DT16H12M70S')", "P12Y5M14DT16H13M10S"},
      {"", "", "duration('P2012-02-02T14:37:21.545')", "P2012Y2M2DT14H37M21.545S"},
  });
}

TEST_CASE("Temporal3 [1]: selecting a date", "[temporal][select]") {
  checkRows({
      {"date({year: 1984, month: 11, day: 11})", "", "date(other)", "1984-11-11"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other})", "1984-11-11"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other, year: 28})", "0028-11-11"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other, day: 28})", "1984-11-28"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other, week: 1})", "1984-01-08"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other, ordinalDay: 28})",
       "1984-01-28"},
      {"date({year: 1984, month: 11, day: 11})", "", "date({date: other, quarter: 3})",
       "1984-08-11"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date(other)", "1984-11-11"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other})", "1984-11-11"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other, year: 28})", "0028-11-11"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other, day: 28})", "1984-11-28"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other, week: 1})", "1984-01-08"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other, ordinalDay: 28})", "1984-01-28"},
      {"localdatetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, "
       "nanosecond: 645876123})",
       "", "date({date: other, quarter: 3})", "1984-08-11"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date(other)", "1984-11-11"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other})", "1984-11-11"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other, year: 28})", "0028-11-11"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other, day: 28})", "1984-11-28"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other, week: 1})", "1984-01-08"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other, ordinalDay: 28})", "1984-01-28"},
      {"datetime({year: 1984, month: 11, day: 11, hour: 12, timezone: '+01:00'})", "",
       "date({date: other, quarter: 3})", "1984-08-11"},
  });
}

TEST_CASE("Temporal3 [2]: selecting a local time", "[temporal][select]") {
  checkRows({
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "localtime(other)", "12:31:14.645876123"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "localtime({time: other})", "12:31:14.645876123"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "localtime({time: other, second: 42})", "12:31:42.645876123"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "localtime(other)", "12:31:14.645876"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "localtime({time: other})", "12:31:14.645876"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "localtime({time: other, second: 42})", "12:31:42.645876"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localtime(other)", "12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localtime({time: other})", "12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localtime({time: other, second: 42})", "12:31:42.645"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localtime(other)", "12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localtime({time: other})", "12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localtime({time: other, second: 42})", "12:00:42"},
  });
}

TEST_CASE("Temporal3 [3]: selecting a time", "[temporal][select][zone]") {
  checkRows({
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "", "time(other)",
       "12:31:14.645876123Z"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "time({time: other})", "12:31:14.645876123Z"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "time({time: other, timezone: '+05:00'})", "12:31:14.645876123+05:00"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "time({time: other, second: 42})", "12:31:42.645876123Z"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "time({time: other, second: 42, timezone: '+05:00'})", "12:31:42.645876123+05:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "time(other)", "12:31:14.645876+01:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "time({time: other})", "12:31:14.645876+01:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "time({time: other, timezone: '+05:00'})", "16:31:14.645876+05:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "time({time: other, second: 42})", "12:31:42.645876+01:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "time({time: other, second: 42, timezone: '+05:00'})", "16:31:42.645876+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "time(other)", "12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "time({time: other})", "12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "time({time: other, timezone: '+05:00'})", "12:31:14.645+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "time({time: other, second: 42})", "12:31:42.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "time({time: other, second: 42, timezone: '+05:00'})", "12:31:42.645+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "time(other)", "12:00+01:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "time({time: other})", "12:00+01:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "time({time: other, timezone: '+05:00'})", "16:00+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "time({time: other, second: 42})", "12:00:42+01:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "time({time: other, second: 42, timezone: '+05:00'})", "16:00:42+05:00"},
  });
}

TEST_CASE("Temporal3 [4]: selecting a date into a local date-time", "[temporal][select]") {
  checkRows({
      {"date({year: 1984, month: 10, day: 11})", "",
       "localdatetime({date: other, hour: 10, minute: 10, second: 10})", "1984-10-11T10:10:10"},
      {"date({year: 1984, month: 10, day: 11})", "",
       "localdatetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-10-28T10:10:10"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({date: other, hour: 10, minute: 10, second: 10})", "1984-03-07T10:10:10"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-03-28T10:10:10"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({date: other, hour: 10, minute: 10, second: 10})", "1984-10-11T10:10:10"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-10-28T10:10:10"},
  });
}

TEST_CASE("Temporal3 [5]: selecting a time into a local date-time", "[temporal][select]") {
  checkRows({
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other})",
       "1984-10-11T12:31:14.645876123"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645876123"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other})",
       "1984-10-11T12:31:14.645876"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645876"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({year: 1984, month: 10, day: 11, time: other})",
       "1984-10-11T12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other})", "1984-10-11T12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:00:42"},
  });
}

TEST_CASE("Temporal3 [6]: selecting a date and a time into a local date-time",
          "[temporal][select]") {
  checkRows({
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876123"},
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876123"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:00:42"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645876123"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645876123"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645876"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645876"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-03-07T12:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:00:42"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876123"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876123"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime})", "1984-10-11T12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:00:42"},
  });
}

TEST_CASE("Temporal3 [7]: selecting a date-time into a local date-time", "[temporal][select]") {
  checkRows({
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime(other)", "1984-03-07T12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({datetime: other})", "1984-03-07T12:31:14.645"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "localdatetime({datetime: other, day: 28, second: 42})", "1984-03-28T12:31:42.645"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime(other)", "1984-10-11T12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({datetime: other})", "1984-10-11T12:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "localdatetime({datetime: other, day: 28, second: 42})", "1984-10-28T12:00:42"},
  });
}

TEST_CASE("Temporal3 [8]: selecting a date into a date-time", "[temporal][select][zone]") {
  checkRows({
      {"date({year: 1984, month: 10, day: 11})", "",
       "datetime({date: other, hour: 10, minute: 10, second: 10})", "1984-10-11T10:10:10Z"},
      {"date({year: 1984, month: 10, day: 11})", "",
       "datetime({date: other, hour: 10, minute: 10, second: 10, timezone: '+05:00'})",
       "1984-10-11T10:10:10+05:00"},
      {"date({year: 1984, month: 10, day: 11})", "",
       "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-10-28T10:10:10Z"},
      {"date({year: 1984, month: 10, day: 11})", "",
       "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T10:10:10-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({date: other, hour: 10, minute: 10, second: 10})", "1984-03-07T10:10:10Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({date: other, hour: 10, minute: 10, second: 10, timezone: '+05:00'})",
       "1984-03-07T10:10:10+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-03-28T10:10:10Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "",
       "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10, timezone: "
       "'Pacific/Honolulu'})",
       "1984-03-28T10:10:10-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "datetime({date: other, hour: 10, minute: 10, second: 10})", "1984-10-11T10:10:10Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "datetime({date: other, hour: 10, minute: 10, second: 10, timezone: '+05:00'})",
       "1984-10-11T10:10:10+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10})",
       "1984-10-28T10:10:10Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})", "",
       "datetime({date: other, day: 28, hour: 10, minute: 10, second: 10, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T10:10:10-10:00[Pacific/Honolulu]"},
  });
}

TEST_CASE("Temporal3 [9]: selecting a time into a date-time", "[temporal][select][zone]") {
  checkRows({
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other})", "1984-10-11T12:31:14.645876123Z"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645876123+05:00"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645876123Z"},
      {"localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-11T12:31:42.645876123-10:00[Pacific/Honolulu]"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other})",
       "1984-10-11T12:31:14.645876+01:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, timezone: '+05:00'})",
       "1984-10-11T16:31:14.645876+05:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645876+01:00"},
      {"time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-11T01:31:42.645876-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({year: 1984, month: 10, day: 11, time: other})", "1984-10-11T12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({year: 1984, month: 10, day: 11, time: other, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:31:42.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-11T12:31:42.645-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other})",
       "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, timezone: '+05:00'})",
       "1984-10-11T16:00+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42})",
       "1984-10-11T12:00:42+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({year: 1984, month: 10, day: 11, time: other, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-11T01:00:42-10:00[Pacific/Honolulu]"},
  });
}

TEST_CASE("Temporal3 [10]: selecting a date and a time into a date-time",
          "[temporal][select][zone]") {
  checkRows({
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876123Z"},
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645876123+05:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876123Z"},
      {"date({year: 1984, month: 10, day: 11})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T12:31:42.645876123-10:00[Pacific/Honolulu]"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876+01:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T16:31:14.645876+05:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876+01:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T01:31:42.645876-10:00[Pacific/Honolulu]"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645Z"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645+05:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645Z"},
      {"date({year: 1984, month: 10, day: 11})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T12:31:42.645-10:00[Pacific/Honolulu]"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T16:00+05:00"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:00:42+01:00[Europe/Stockholm]"},
      {"date({year: 1984, month: 10, day: 11})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T01:00:42-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645876123Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-03-07T12:31:14.645876123+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645876123Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-03-28T12:31:42.645876123-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645876+01:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-03-07T16:31:14.645876+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645876+01:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-03-28T01:31:42.645876-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime})", "1984-03-07T12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-03-07T12:31:14.645+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:31:42.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-03-28T12:31:42.645-10:00[Pacific/Honolulu]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime})", "1984-03-07T12:00+01:00[Europe/Stockholm]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-03-07T16:00+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-03-28T12:00:42+02:00[Europe/Stockholm]"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-03-28T00:00:42-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876123Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645876123+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876123Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T12:31:42.645876123-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645876+01:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T16:31:14.645876+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645876+01:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T01:31:42.645876-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:31:14.645Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T12:31:14.645+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:31:42.645Z"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T12:31:42.645-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime})", "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, timezone: '+05:00'})",
       "1984-10-11T16:00+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42})",
       "1984-10-28T12:00:42+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})",
       "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})",
       "datetime({date: otherDate, time: otherTime, day: 28, second: 42, timezone: "
       "'Pacific/Honolulu'})",
       "1984-10-28T01:00:42-10:00[Pacific/Honolulu]"},
  });
}

TEST_CASE("Temporal3 [11]: selecting a date-time into a date-time", "[temporal][select][zone]") {
  checkRows({
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime(other)", "1984-03-07T12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({datetime: other})", "1984-03-07T12:31:14.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({datetime: other, timezone: '+05:00'})", "1984-03-07T12:31:14.645+05:00"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({datetime: other, day: 28, second: 42})", "1984-03-28T12:31:42.645Z"},
      {"localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, "
       "millisecond: 645})",
       "", "datetime({datetime: other, day: 28, second: 42, timezone: 'Pacific/Honolulu'})",
       "1984-03-28T12:31:42.645-10:00[Pacific/Honolulu]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime(other)", "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({datetime: other})", "1984-10-11T12:00+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({datetime: other, timezone: '+05:00'})", "1984-10-11T16:00+05:00"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({datetime: other, day: 28, second: 42})",
       "1984-10-28T12:00:42+01:00[Europe/Stockholm]"},
      {"datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "",
       "datetime({datetime: other, day: 28, second: 42, timezone: 'Pacific/Honolulu'})",
       "1984-10-28T01:00:42-10:00[Pacific/Honolulu]"},
  });
}

TEST_CASE("Temporal6 [6]: durations as strings", "[temporal][format]") {
  checkRows({
      {"", "",
       "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, "
       "nanoseconds: 1})",
       "P12Y5M14DT16H13M10.000000001S"},
      {"", "", "duration({years: 12, months: 5, days: -14, hours: 16})", "P12Y5M-14DT16H"},
      {"", "", "duration({minutes: 12, seconds: -60})", "PT11M"},
      {"", "", "duration({seconds: 2, milliseconds: -1})", "PT1.999S"},
      {"", "", "duration({seconds: -2, milliseconds: 1})", "PT-1.999S"},
      {"", "", "duration({seconds: -2, milliseconds: -1})", "PT-2.001S"},
      {"", "", "duration({days: 1, milliseconds: 1})", "P1DT0.001S"},
      {"", "", "duration({days: 1, milliseconds: -1})", "P1DT-0.001S"},
      {"", "", "duration({seconds: 60, milliseconds: -1})", "PT59.999S"},
      {"", "", "duration({seconds: -60, milliseconds: 1})", "PT-59.999S"},
      {"", "", "duration({seconds: -60, milliseconds: -1})", "PT-1M-0.001S"},
  });
}

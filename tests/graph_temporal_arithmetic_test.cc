// Temporal accessors, comparison, arithmetic, truncation and duration.between, checked against
// the rows of the openCypher TCK (expressions/temporal Temporal5, 7, 8, 9 and 10).
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/temporal.h"

using namespace kg;

namespace {

Temporal date(const char* text) { return parseTemporal(TemporalType::Date, text); }
Temporal localTime(const char* text) { return parseTemporal(TemporalType::LocalTime, text); }
Temporal time(const char* text) { return parseTemporal(TemporalType::Time, text); }
Temporal localDateTime(const char* text) {
  return parseTemporal(TemporalType::LocalDateTime, text);
}
Temporal dateTime(const char* text) { return parseTemporal(TemporalType::DateTime, text); }

// A duration by its stored parts (months, days, seconds, nanoseconds).
Temporal duration(int64_t months, int64_t days, int64_t seconds, int64_t nanoseconds) {
  Temporal value;
  value.type = TemporalType::Duration;
  value.months = months;
  value.days = days;
  value.seconds = seconds;
  value.nanoseconds = nanoseconds;
  return value;
}

// The TCK's durations: {years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70,
// nanoseconds: 2}, {months: 1, days: -14, hours: 16, minutes: -12, seconds: 70} and the one
// with halves, {years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5,
// nanoseconds: 3}, whose half month became 15.2184375 days.
const Temporal kWhole = duration(149, 14, 58'390, 2);
const Temporal kMixedSigns = duration(1, -14, 56'950, 0);
const Temporal kHalves = duration(155, 29, 122'293, 500'000'003);

int64_t integerComponent(const Temporal& value, const char* name) {
  const auto component = temporalComponent(value, name);
  INFO(name);
  REQUIRE(component.has_value());
  REQUIRE(std::holds_alternative<int64_t>(*component));
  return std::get<int64_t>(*component);
}
std::string textComponent(const Temporal& value, const char* name) {
  const auto component = temporalComponent(value, name);
  INFO(name);
  REQUIRE(component.has_value());
  REQUIRE(std::holds_alternative<std::string>(*component));
  return std::get<std::string>(*component);
}

std::string sum(const Temporal& point, const Temporal& amount) {
  return formatTemporal(point.type == TemporalType::Duration ? addDurations(point, amount, 1)
                                                             : addDuration(point, amount, 1));
}
std::string difference(const Temporal& point, const Temporal& amount) {
  return formatTemporal(point.type == TemporalType::Duration ? addDurations(point, amount, -1)
                                                             : addDuration(point, amount, -1));
}

}  // namespace

// ---- Temporal5: accessors ----

TEST_CASE("date accessors", "[temporal][accessors]") {
  const Temporal d = date("1984-10-11");
  CHECK(integerComponent(d, "year") == 1984);
  CHECK(integerComponent(d, "quarter") == 4);
  CHECK(integerComponent(d, "month") == 10);
  CHECK(integerComponent(d, "week") == 41);
  CHECK(integerComponent(d, "weekYear") == 1984);
  CHECK(integerComponent(d, "day") == 11);
  CHECK(integerComponent(d, "ordinalDay") == 285);
  CHECK(integerComponent(d, "weekDay") == 4);
  CHECK(integerComponent(d, "dayOfQuarter") == 11);
  CHECK_FALSE(temporalComponent(d, "hour").has_value());

  const Temporal new_year = date("1984-01-01");  // still in week 52 of 1983
  CHECK(integerComponent(new_year, "year") == 1984);
  CHECK(integerComponent(new_year, "weekYear") == 1983);
  CHECK(integerComponent(new_year, "week") == 52);
  CHECK(integerComponent(new_year, "weekDay") == 7);
}

TEST_CASE("local time and time accessors", "[temporal][accessors]") {
  const Temporal local = localTime("12:31:14.645876123");
  CHECK(integerComponent(local, "hour") == 12);
  CHECK(integerComponent(local, "minute") == 31);
  CHECK(integerComponent(local, "second") == 14);
  CHECK(integerComponent(local, "millisecond") == 645);
  CHECK(integerComponent(local, "microsecond") == 645876);
  CHECK(integerComponent(local, "nanosecond") == 645876123);
  CHECK_FALSE(temporalComponent(local, "offset").has_value());
  CHECK_FALSE(temporalComponent(local, "year").has_value());

  const Temporal zoned = time("12:31:14.645876123+01:00");
  CHECK(integerComponent(zoned, "hour") == 12);
  CHECK(integerComponent(zoned, "nanosecond") == 645876123);
  CHECK(textComponent(zoned, "timezone") == "+01:00");
  CHECK(textComponent(zoned, "offset") == "+01:00");
  CHECK(integerComponent(zoned, "offsetMinutes") == 60);
  CHECK(integerComponent(zoned, "offsetSeconds") == 3600);
}

TEST_CASE("local date-time and date-time accessors", "[temporal][accessors]") {
  const Temporal local = localDateTime("1984-11-11T12:31:14.645876123");
  CHECK(integerComponent(local, "year") == 1984);
  CHECK(integerComponent(local, "quarter") == 4);
  CHECK(integerComponent(local, "month") == 11);
  CHECK(integerComponent(local, "week") == 45);
  CHECK(integerComponent(local, "weekYear") == 1984);
  CHECK(integerComponent(local, "day") == 11);
  CHECK(integerComponent(local, "ordinalDay") == 316);
  CHECK(integerComponent(local, "weekDay") == 7);
  CHECK(integerComponent(local, "dayOfQuarter") == 42);
  CHECK(integerComponent(local, "hour") == 12);
  CHECK(integerComponent(local, "microsecond") == 645876);
  CHECK_FALSE(temporalComponent(local, "epochSeconds").has_value());

  const Temporal zoned = dateTime("1984-11-11T12:31:14.645876123[Europe/Stockholm]");
  CHECK(integerComponent(zoned, "dayOfQuarter") == 42);
  CHECK(integerComponent(zoned, "millisecond") == 645);
  CHECK(textComponent(zoned, "timezone") == "Europe/Stockholm");
  CHECK(textComponent(zoned, "offset") == "+01:00");
  CHECK(integerComponent(zoned, "offsetMinutes") == 60);
  CHECK(integerComponent(zoned, "offsetSeconds") == 3600);
  CHECK(integerComponent(zoned, "epochSeconds") == 469020674);
  CHECK(integerComponent(zoned, "epochMillis") == 469020674645);
}

TEST_CASE("duration accessors", "[temporal][accessors]") {
  // duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1,
  //           nanoseconds: 111111111})
  const Temporal d = duration(16, 10, 3661, 111111111);
  CHECK(integerComponent(d, "years") == 1);
  CHECK(integerComponent(d, "quarters") == 5);
  CHECK(integerComponent(d, "months") == 16);
  CHECK(integerComponent(d, "weeks") == 1);
  CHECK(integerComponent(d, "days") == 10);
  CHECK(integerComponent(d, "hours") == 1);
  CHECK(integerComponent(d, "minutes") == 61);
  CHECK(integerComponent(d, "seconds") == 3661);
  CHECK(integerComponent(d, "milliseconds") == 3661111);
  CHECK(integerComponent(d, "microseconds") == 3661111111);
  CHECK(integerComponent(d, "nanoseconds") == 3661111111111);
  CHECK(integerComponent(d, "quartersOfYear") == 1);
  CHECK(integerComponent(d, "monthsOfQuarter") == 1);
  CHECK(integerComponent(d, "monthsOfYear") == 4);
  CHECK(integerComponent(d, "daysOfWeek") == 3);
  CHECK(integerComponent(d, "minutesOfHour") == 1);
  CHECK(integerComponent(d, "secondsOfMinute") == 1);
  CHECK(integerComponent(d, "millisecondsOfSecond") == 111);
  CHECK(integerComponent(d, "microsecondsOfSecond") == 111111);
  CHECK(integerComponent(d, "nanosecondsOfSecond") == 111111111);
  CHECK_FALSE(temporalComponent(d, "year").has_value());
}

TEST_CASE("a negative exact part reads as seconds rounded down", "[temporal][accessors]") {
  // Temporal10 [1]: PT-23H-59M-59.9S has seconds -86400 and nanosecondsOfSecond 100000000.
  const Temporal d = duration(0, 0, -86399, -900000000);
  CHECK(integerComponent(d, "days") == 0);
  CHECK(integerComponent(d, "seconds") == -86400);
  CHECK(integerComponent(d, "nanosecondsOfSecond") == 100000000);
  const Temporal positive = duration(0, 0, 86399, 900000000);
  CHECK(integerComponent(positive, "seconds") == 86399);
  CHECK(integerComponent(positive, "nanosecondsOfSecond") == 900000000);
}

// ---- Temporal7: comparison ----

TEST_CASE("points compare by their instant", "[temporal][compare]") {
  CHECK(compareTemporal(date("1980-12-24"), date("1984-10-11")) < 0);
  CHECK(compareTemporal(date("1984-10-11"), date("1984-10-11")) == 0);
  CHECK(compareTemporal(localTime("10:35"), localTime("12:31:14.645876123")) < 0);
  CHECK(compareTemporal(localTime("12:31:14.645876123"), localTime("12:31:14.645876123")) == 0);
  // 10:00+01:00 is 09:00Z, before 09:35:14Z.
  CHECK(compareTemporal(time("10:00+01:00"), time("09:35:14.645876123+00:00")) < 0);
  CHECK(compareTemporal(time("09:35:14.645876123+00:00"), time("09:35:14.645876123+00:00")) == 0);
  CHECK(compareTemporal(localDateTime("1980-12-11T12:31:14"),
                        localDateTime("1984-10-11T12:31:14.645876123")) < 0);
  CHECK(compareTemporal(dateTime("1980-12-11T12:31:14+00:00"),
                        dateTime("1984-10-11T12:31:14+05:00")) < 0);
  CHECK(compareTemporal(dateTime("1984-10-11T12:31:14+05:00"),
                        dateTime("1984-10-11T12:31:14+05:00")) == 0);
  CHECK(compareTemporal(dateTime("1984-10-11T12:00+01:00"), dateTime("1984-10-11T11:00Z")) == 0);
  CHECK(temporalEquals(dateTime("1984-10-11T12:00+01:00"), dateTime("1984-10-11T11:00Z")));

  CHECK_FALSE(compareTemporal(date("1984-10-11"), localDateTime("1984-10-11T00:00")));
  CHECK_FALSE(compareTemporal(kWhole, kWhole));
}

TEST_CASE("durations are equal only part by part", "[temporal][compare]") {
  // duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})
  const Temporal d = duration(149, 14, 58390, 0);
  CHECK(temporalEquals(d, duration(149, 14, 58390, 0)));
  // ... equals {..., minutes: 13, seconds: 10} but not {days: 13, hours: 40, ...}.
  CHECK(temporalEquals(d, duration(149, 14, 16 * 3600 + 13 * 60 + 10, 0)));
  CHECK_FALSE(temporalEquals(d, duration(149, 13, 40 * 3600 + 13 * 60 + 10, 0)));
  CHECK_FALSE(temporalEquals(d, date("1984-10-11")));
  CHECK_FALSE(temporalEquals(d, localTime("12:31:14.645876123")));
  CHECK_FALSE(temporalEquals(d, dateTime("1984-10-11T12:31:14+05:00")));
}

TEST_CASE("orderTemporal is a total order", "[temporal][compare]") {
  CHECK(orderTemporal(date("1984-10-11"), date("1984-10-12")) < 0);
  CHECK(orderTemporal(date("1984-10-12"), date("1984-10-11")) > 0);
  CHECK(orderTemporal(date("1984-10-11"), date("1984-10-11")) == 0);
  CHECK(orderTemporal(date("2000-01-01"), localTime("00:00")) < 0);  // by type first
  // WithOrderBy1: times by instant; 12:30:14+01:01 comes before 12:31:14+01:00.
  CHECK(orderTemporal(time("12:30:14.645876123+01:01"), time("12:31:14.645876123+01:00")) < 0);
  CHECK(orderTemporal(time("10:35-08:00"), time("12:35:15+05:00")) > 0);
  // Same instant, different offsets: still ordered, not equal.
  CHECK(orderTemporal(dateTime("1984-10-11T12:00+01:00"), dateTime("1984-10-11T11:00Z")) != 0);
  CHECK(orderTemporal(duration(1, 0, 0, 0), duration(0, 40, 0, 0)) < 0);
  CHECK(orderTemporal(duration(1, 0, 0, 0), duration(1, 0, 0, 0)) == 0);
}

// ---- Temporal8: arithmetic ----

TEST_CASE("date plus and minus a duration", "[temporal][arithmetic]") {
  const Temporal x = date("1984-10-11");
  CHECK(sum(x, kWhole) == "1997-03-25");
  CHECK(difference(x, kWhole) == "1972-04-27");
  CHECK(sum(x, kMixedSigns) == "1984-10-28");
  CHECK(difference(x, kMixedSigns) == "1984-09-25");
  CHECK(sum(x, kHalves) == "1997-10-11");  // the 33 hours add one more day
  CHECK(difference(x, kHalves) == "1971-10-12");
}

TEST_CASE("local time and time plus and minus a duration", "[temporal][arithmetic]") {
  const Temporal local = localTime("12:31:14.000000001");
  CHECK(sum(local, kWhole) == "04:44:24.000000003");
  CHECK(difference(local, kWhole) == "20:18:03.999999999");
  CHECK(sum(local, kMixedSigns) == "04:20:24.000000001");
  CHECK(difference(local, kMixedSigns) == "20:42:04.000000001");
  CHECK(sum(local, kHalves) == "22:29:27.500000004");
  CHECK(difference(local, kHalves) == "02:33:00.499999998");

  const Temporal zoned = time("12:31:14.000000001+01:00");
  CHECK(sum(zoned, kWhole) == "04:44:24.000000003+01:00");
  CHECK(difference(zoned, kWhole) == "20:18:03.999999999+01:00");
  CHECK(sum(zoned, kMixedSigns) == "04:20:24.000000001+01:00");
  CHECK(difference(zoned, kMixedSigns) == "20:42:04.000000001+01:00");
  CHECK(sum(zoned, kHalves) == "22:29:27.500000004+01:00");
  CHECK(difference(zoned, kHalves) == "02:33:00.499999998+01:00");
}

TEST_CASE("local date-time and date-time plus and minus a duration", "[temporal][arithmetic]") {
  const Temporal local = localDateTime("1984-10-11T12:31:14.000000001");
  CHECK(sum(local, kWhole) == "1997-03-26T04:44:24.000000003");
  CHECK(difference(local, kWhole) == "1972-04-26T20:18:03.999999999");
  CHECK(sum(local, kMixedSigns) == "1984-10-29T04:20:24.000000001");
  CHECK(difference(local, kMixedSigns) == "1984-09-24T20:42:04.000000001");
  CHECK(sum(local, kHalves) == "1997-10-11T22:29:27.500000004");
  CHECK(difference(local, kHalves) == "1971-10-12T02:33:00.499999998");

  const Temporal zoned = dateTime("1984-10-11T12:31:14.000000001+01:00");
  CHECK(sum(zoned, kWhole) == "1997-03-26T04:44:24.000000003+01:00");
  CHECK(difference(zoned, kWhole) == "1972-04-26T20:18:03.999999999+01:00");
  CHECK(sum(zoned, kMixedSigns) == "1984-10-29T04:20:24.000000001+01:00");
  CHECK(difference(zoned, kMixedSigns) == "1984-09-24T20:42:04.000000001+01:00");
  CHECK(sum(zoned, kHalves) == "1997-10-11T22:29:27.500000004+01:00");
  CHECK(difference(zoned, kHalves) == "1971-10-12T02:33:00.499999998+01:00");
}

TEST_CASE("adding to a date-time in a named zone", "[temporal][arithmetic]") {
  // Days move the local date-time (the offset follows the zone); hours move the instant.
  const Temporal before = dateTime("2017-10-28T12:00+02:00[Europe/Stockholm]");
  CHECK(sum(before, duration(0, 1, 0, 0)) == "2017-10-29T12:00+01:00[Europe/Stockholm]");
  CHECK(sum(before, duration(0, 0, 24 * 3600, 0)) == "2017-10-29T11:00+01:00[Europe/Stockholm]");
  // A local time in the spring gap moves forward by the gap.
  const Temporal spring = dateTime("2017-03-25T02:30+01:00[Europe/Stockholm]");
  CHECK(sum(spring, duration(0, 1, 0, 0)) == "2017-03-26T03:30+02:00[Europe/Stockholm]");
  // In the autumn overlap the offset the value had is kept where it is still valid.
  CHECK(sum(dateTime("2017-10-28T02:30+02:00[Europe/Stockholm]"), duration(0, 1, 0, 0)) ==
        "2017-10-29T02:30+02:00[Europe/Stockholm]");
  CHECK(difference(dateTime("2017-10-30T02:30+01:00[Europe/Stockholm]"), duration(0, 1, 0, 0)) ==
        "2017-10-29T02:30+01:00[Europe/Stockholm]");
  // Month ends clamp: 2020-01-31 plus one month is 2020-02-29.
  CHECK(sum(date("2020-01-31"), duration(1, 0, 0, 0)) == "2020-02-29");
}

TEST_CASE("duration plus and minus a duration", "[temporal][arithmetic]") {
  const Temporal whole = duration(149, 14, 58'390, 1);  // ..., nanoseconds: 1
  CHECK(sum(whole, whole) == "P24Y10M28DT32H26M20.000000002S");
  CHECK(difference(whole, whole) == "PT0S");
  CHECK(sum(whole, kMixedSigns) == "P12Y6MT32H2M20.000000001S");
  CHECK(difference(whole, kMixedSigns) == "P12Y4M28DT24M0.000000001S");
  CHECK(sum(whole, kHalves) == "P25Y4M43DT50H11M23.500000004S");
  CHECK(difference(whole, kHalves) == "P-6M-15DT-17H-45M-3.500000002S");
  CHECK(sum(kMixedSigns, whole) == "P12Y6MT32H2M20.000000001S");
  CHECK(difference(kMixedSigns, whole) == "P-12Y-4M-28DT-24M-0.000000001S");
  CHECK(sum(kMixedSigns, kMixedSigns) == "P2M-28DT31H38M20S");
  CHECK(difference(kMixedSigns, kMixedSigns) == "PT0S");
  CHECK(sum(kMixedSigns, kHalves) == "P13Y15DT49H47M23.500000003S");
  CHECK(difference(kMixedSigns, kHalves) == "P-12Y-10M-43DT-18H-9M-3.500000003S");
  CHECK(sum(kHalves, whole) == "P25Y4M43DT50H11M23.500000004S");
  CHECK(difference(kHalves, whole) == "P6M15DT17H45M3.500000002S");
  CHECK(sum(kHalves, kMixedSigns) == "P13Y15DT49H47M23.500000003S");
  CHECK(difference(kHalves, kMixedSigns) == "P12Y10M43DT18H9M3.500000003S");
  CHECK(sum(kHalves, kHalves) == "P25Y10M58DT67H56M27.000000006S");
  CHECK(difference(kHalves, kHalves) == "PT0S");

  const Temporal diff = addDurations(whole, kHalves, -1);
  CHECK(diff.seconds == -63903);
  CHECK(diff.nanoseconds == -500000002);
}

TEST_CASE("duration times and divided by a number", "[temporal][arithmetic]") {
  const Temporal d = duration(149, 14, 58'390, 1);
  CHECK(formatTemporal(multiplyDuration(d, 1)) == "P12Y5M14DT16H13M10.000000001S");
  CHECK(formatTemporal(divideDuration(d, 1)) == "P12Y5M14DT16H13M10.000000001S");
  CHECK(formatTemporal(multiplyDuration(d, 2)) == "P24Y10M28DT32H26M20.000000002S");
  CHECK(formatTemporal(divideDuration(d, 2)) == "P6Y2M22DT13H21M8S");
  CHECK(formatTemporal(multiplyDuration(d, 0.5)) == "P6Y2M22DT13H21M8S");
  CHECK(formatTemporal(divideDuration(d, 0.5)) == "P24Y10M28DT32H26M20.000000002S");
  CHECK_THROWS_AS(divideDuration(d, 0), TemporalError);
}

TEST_CASE("arithmetic overflow is an error, not a wrap", "[temporal][arithmetic]") {
  const Temporal huge = duration(INT64_MAX / 2, 0, 0, 0);
  CHECK_THROWS_AS(addDurations(duration(INT64_MAX - 1, 0, 0, 0), duration(2, 0, 0, 0), 1),
                  TemporalError);
  CHECK_THROWS_AS(addDurations(duration(0, 0, INT64_MIN + 1, 0), duration(0, 0, 2, 0), -1),
                  TemporalError);
  CHECK_THROWS_AS(multiplyDuration(huge, 3), TemporalError);
  CHECK_THROWS_AS(addDuration(date("2000-01-01"), huge, 1), TemporalError);
  CHECK_THROWS_AS(addDuration(date("+999999999-12-31"), duration(0, 1, 0, 0), 1), TemporalError);
  CHECK_THROWS_AS(multiplyDuration(duration(0, 0, INT64_MAX / 2, 0), 4.5), TemporalError);
}

// ---- Temporal9: truncate ----

namespace {

struct TruncateCase {
  TemporalType type;
  const char* unit;
  Temporal value;
  TemporalFields fields;
  const char* expected;
};

TemporalFields numbers(std::map<std::string, TemporalNumber> values) {
  TemporalFields fields;
  fields.numbers = std::move(values);
  return fields;
}
TemporalFields zone(const char* timezone) {
  TemporalFields fields;
  fields.timezone = timezone;
  return fields;
}

}  // namespace

TEST_CASE("truncate to a date or date-time", "[temporal][truncate]") {
  const Temporal d2017 = date("2017-10-11");
  const Temporal d1984 = date("1984-10-11");
  const Temporal dt2017 = dateTime("2017-10-11T12:31:14.645876123+01:00");
  const Temporal dt2017_west = dateTime("2017-10-11T12:31:14.645876123-01:00");
  const Temporal dt1984 = dateTime("1984-10-11T12:31:14.645876123+01:00");
  const Temporal ldt1984 = localDateTime("1984-10-11T12:31:14.645876123");
  const Temporal ldt_new_year = localDateTime("1984-01-01T12:31:14.645876123");
  const Temporal dt_new_year = dateTime("1984-01-01T12:31:14.645876123+01:00");
  const Temporal d_feb = date("1984-02-01");
  const Temporal d_nov = date("1984-11-11");
  const Temporal ldt_nov = localDateTime("1984-11-11T12:31:14.645876123");
  const auto D = TemporalType::Date;
  const auto DT = TemporalType::DateTime;
  const auto LDT = TemporalType::LocalDateTime;
  const std::vector<TruncateCase> cases = {
      {D, "millennium", d2017, numbers({{"day", int64_t{2}}}), "2000-01-02"},
      {D, "millennium", dt2017, {}, "2000-01-01"},
      {D, "century", ldt1984, numbers({{"day", int64_t{2}}}), "1900-01-02"},
      {D, "decade", d1984, {}, "1980-01-01"},
      {D, "year", dt1984, numbers({{"day", int64_t{2}}}), "1984-01-02"},
      {D, "weekYear", d_feb, numbers({{"day", int64_t{5}}}), "1984-01-05"},
      {D, "weekYear", d_feb, {}, "1984-01-02"},
      {D, "weekYear", dt_new_year, numbers({{"day", int64_t{5}}}), "1983-01-05"},
      {D, "weekYear", ldt_new_year, {}, "1983-01-03"},
      {D, "quarter", d_nov, numbers({{"day", int64_t{2}}}), "1984-10-02"},
      {D, "quarter", ldt_nov, {}, "1984-10-01"},
      {D, "month", d1984, numbers({{"day", int64_t{2}}}), "1984-10-02"},
      {D, "week", d1984, numbers({{"dayOfWeek", int64_t{2}}}), "1984-10-09"},
      {D, "week", dt1984, {}, "1984-10-08"},
      {D, "day", ldt1984, {}, "1984-10-11"},

      {DT, "millennium", d2017, numbers({{"day", int64_t{2}}}), "2000-01-02T00:00Z"},
      {DT, "millennium", d2017, zone("Europe/Stockholm"),
       "2000-01-01T00:00+01:00[Europe/Stockholm]"},
      {DT, "millennium", d2017, {}, "2000-01-01T00:00Z"},
      {DT, "millennium", dt2017, numbers({{"day", int64_t{2}}}), "2000-01-02T00:00+01:00"},
      {DT, "millennium", dt2017, {}, "2000-01-01T00:00+01:00"},
      {DT, "millennium", dt2017_west, zone("Europe/Stockholm"),
       "2000-01-01T00:00+01:00[Europe/Stockholm]"},
      {DT, "century", ldt1984, numbers({{"day", int64_t{2}}}), "1900-01-02T00:00Z"},
      {DT, "decade", ldt1984, zone("Europe/Stockholm"), "1980-01-01T00:00+01:00[Europe/Stockholm]"},
      {DT, "year", dt1984, {}, "1984-01-01T00:00+01:00"},
      {DT, "weekYear", dt_new_year, numbers({{"day", int64_t{5}}}), "1983-01-05T00:00+01:00"},
      {DT, "weekYear", d_feb, zone("Europe/Stockholm"), "1984-01-02T00:00+01:00[Europe/Stockholm]"},
      {DT, "quarter", d_nov, {}, "1984-10-01T00:00Z"},
      {DT, "month", dt1984, numbers({{"day", int64_t{2}}}), "1984-10-02T00:00+01:00"},
      {DT, "week", d1984, numbers({{"dayOfWeek", int64_t{2}}}), "1984-10-09T00:00Z"},
      {DT, "week", ldt1984, zone("Europe/Stockholm"), "1984-10-08T00:00+01:00[Europe/Stockholm]"},
      {DT, "day", d1984, numbers({{"nanosecond", int64_t{2}}}), "1984-10-11T00:00:00.000000002Z"},
      {DT, "day", dt1984, {}, "1984-10-11T00:00+01:00"},
      {DT, "hour", dt1984, {}, "1984-10-11T12:00+01:00"},
      {DT, "minute", ldt1984, numbers({{"nanosecond", int64_t{2}}}),
       "1984-10-11T12:31:00.000000002Z"},
      {DT, "second", dt1984, {}, "1984-10-11T12:31:14+01:00"},
      {DT, "millisecond", ldt1984, zone("Europe/Stockholm"),
       "1984-10-11T12:31:14.645+01:00[Europe/Stockholm]"},
      {DT, "microsecond", dt1984, numbers({{"nanosecond", int64_t{2}}}),
       "1984-10-11T12:31:14.645876002+01:00"},

      {LDT, "millennium", dt2017, {}, "2000-01-01T00:00"},
      {LDT, "weekYear", dt_new_year, {}, "1983-01-03T00:00"},
      {LDT, "week", ldt1984, numbers({{"dayOfWeek", int64_t{2}}}), "1984-10-09T00:00"},
      {LDT, "day", dt1984, numbers({{"nanosecond", int64_t{2}}}), "1984-10-11T00:00:00.000000002"},
      {LDT, "hour", ldt1984, {}, "1984-10-11T12:00"},
  };
  for (const TruncateCase& row : cases) {
    INFO(row.unit << " of " << formatTemporal(row.value) << " expecting " << row.expected);
    CHECK(formatTemporal(truncateTemporal(row.type, row.unit, row.value, row.fields)) ==
          row.expected);
  }
}

TEST_CASE("truncate to a local time or time", "[temporal][truncate]") {
  const Temporal dt = dateTime("1984-10-11T12:31:14.645876123+01:00");
  const Temporal dt_west = dateTime("1984-10-11T12:31:14.645876123-01:00");
  const Temporal ldt = localDateTime("1984-10-11T12:31:14.645876123");
  const Temporal local = localTime("12:31:14.645876123");
  const Temporal zoned = time("12:31:14.645876123+01:00");
  const Temporal zoned_west = time("12:31:14.645876123-01:00");
  const auto LT = TemporalType::LocalTime;
  const auto T = TemporalType::Time;
  const std::vector<TruncateCase> cases = {
      {LT, "day", dt, numbers({{"nanosecond", int64_t{2}}}), "00:00:00.000000002"},
      {LT, "day", ldt, {}, "00:00"},
      {LT, "hour", zoned, numbers({{"nanosecond", int64_t{2}}}), "12:00:00.000000002"},
      {LT, "minute", local, {}, "12:31"},
      {LT, "second", dt, numbers({{"nanosecond", int64_t{2}}}), "12:31:14.000000002"},
      {LT, "millisecond", ldt, numbers({{"nanosecond", int64_t{2}}}), "12:31:14.645000002"},
      {LT, "millisecond", zoned, {}, "12:31:14.645"},
      {LT, "microsecond", local, numbers({{"nanosecond", int64_t{2}}}), "12:31:14.645876002"},
      {LT, "microsecond", dt, {}, "12:31:14.645876"},

      {T, "day", dt, numbers({{"nanosecond", int64_t{2}}}), "00:00:00.000000002+01:00"},
      {T, "day", ldt, {}, "00:00Z"},
      {T, "hour", dt_west, zone("+01:00"), "12:00+01:00"},
      {T, "hour", dt_west, {}, "12:00-01:00"},
      {T, "hour", local, zone("+01:00"), "12:00+01:00"},
      {T, "hour", zoned_west, numbers({{"nanosecond", int64_t{2}}}), "12:00:00.000000002-01:00"},
      {T, "minute", ldt, {}, "12:31Z"},
      {T, "second", zoned, {}, "12:31:14+01:00"},
      {T, "millisecond", local, numbers({{"nanosecond", int64_t{2}}}), "12:31:14.645000002Z"},
      {T, "microsecond", dt, {}, "12:31:14.645876+01:00"},
  };
  for (const TruncateCase& row : cases) {
    INFO(row.unit << " of " << formatTemporal(row.value) << " expecting " << row.expected);
    CHECK(formatTemporal(truncateTemporal(row.type, row.unit, row.value, row.fields)) ==
          row.expected);
  }
}

TEST_CASE("truncating a date-time in a named zone keeps the zone", "[temporal][truncate]") {
  const Temporal summer = dateTime("2017-10-29T12:00+01:00[Europe/Stockholm]");
  CHECK(formatTemporal(truncateTemporal(TemporalType::DateTime, "day", summer, {})) ==
        "2017-10-29T00:00+02:00[Europe/Stockholm]");
  CHECK(formatTemporal(truncateTemporal(TemporalType::DateTime, "month", summer,
                                        numbers({{"day", int64_t{2}}}))) ==
        "2017-10-02T00:00+02:00[Europe/Stockholm]");
  CHECK(formatTemporal(truncateTemporal(TemporalType::Time, "hour", summer, {})) == "12:00+01:00");
}

TEST_CASE("truncate rejects units and values that do not fit", "[temporal][truncate]") {
  CHECK_THROWS_AS(truncateTemporal(TemporalType::Date, "hour", date("1984-10-11"), {}),
                  TemporalError);
  CHECK_THROWS_AS(truncateTemporal(TemporalType::LocalTime, "month", localTime("12:00"), {}),
                  TemporalError);
  CHECK_THROWS_AS(truncateTemporal(TemporalType::Date, "day", localTime("12:00"), {}),
                  TemporalError);
  CHECK_THROWS_AS(truncateTemporal(TemporalType::Date, "fortnight", date("1984-10-11"), {}),
                  TemporalError);
}

// ---- Temporal10: duration.between, inMonths, inDays, inSeconds ----

namespace {

std::string between(const Temporal& from, const Temporal& to, DurationUnit unit) {
  return formatTemporal(durationBetween(from, to, unit));
}

struct BetweenCase {
  Temporal from;
  Temporal to;
  const char* all;
  const char* months;
  const char* days;
  const char* seconds;
};

}  // namespace

TEST_CASE("duration between two temporals, in every unit", "[temporal][between]") {
  const Temporal d = date("1984-10-11");
  const Temporal lt = localTime("14:30");
  const Temporal t = time("14:30");
  const Temporal ldt = localDateTime("2015-07-21T21:40:32.142");
  const Temporal dt = dateTime("2014-07-21T21:40:36.143+0200");
  const Temporal to_date = date("2015-06-24");
  const Temporal to_ldt = localDateTime("2016-07-21T21:45:22.142");
  const Temporal to_dt = dateTime("2015-07-21T21:40:32.142+0100");
  const Temporal to_lt = localTime("16:30");
  const Temporal to_t = time("16:30+0100");
  const std::vector<BetweenCase> cases = {
      {d, to_date, "P30Y8M13D", "P30Y8M", "P11213D", "PT269112H"},
      {d, to_ldt, "P31Y9M10DT21H45M22.142S", "P31Y9M", "P11606D", "PT278565H45M22.142S"},
      {d, to_dt, "P30Y9M10DT21H40M32.142S", "P30Y9M", "P11240D", "PT269781H40M32.142S"},
      {d, to_lt, "PT16H30M", "PT0S", "PT0S", "PT16H30M"},
      {d, to_t, "PT16H30M", "PT0S", "PT0S", "PT16H30M"},
      {lt, to_date, "PT-14H-30M", "PT0S", "PT0S", "PT-14H-30M"},
      {lt, to_ldt, "PT7H15M22.142S", "PT0S", "PT0S", "PT7H15M22.142S"},
      {lt, to_dt, "PT7H10M32.142S", "PT0S", "PT0S", "PT7H10M32.142S"},
      {lt, to_lt, "PT2H", nullptr, nullptr, "PT2H"},
      {lt, to_t, "PT2H", nullptr, nullptr, "PT2H"},
      {t, to_date, "PT-14H-30M", "PT0S", "PT0S", "PT-14H-30M"},
      {t, to_ldt, "PT7H15M22.142S", "PT0S", "PT0S", "PT7H15M22.142S"},
      {t, to_dt, "PT6H10M32.142S", "PT0S", "PT0S", "PT6H10M32.142S"},
      {t, to_lt, "PT2H", nullptr, nullptr, "PT2H"},
      {t, to_t, "PT1H", nullptr, nullptr, "PT1H"},
      {ldt, to_date, "P-27DT-21H-40M-32.142S", "PT0S", "P-27D", "PT-669H-40M-32.142S"},
      {ldt, to_ldt, "P1YT4M50S", "P1Y", "P366D", "PT8784H4M50S"},
      {ldt, to_dt, "PT0S", "PT0S", "PT0S", "PT0S"},
      {ldt, to_lt, "PT-5H-10M-32.142S", "PT0S", "PT0S", "PT-5H-10M-32.142S"},
      {ldt, to_t, "PT-5H-10M-32.142S", "PT0S", "PT0S", "PT-5H-10M-32.142S"},
      {dt, to_date, "P11M2DT2H19M23.857S", "P11M", "P337D", "PT8090H19M23.857S"},
      {dt, to_ldt, "P2YT4M45.999S", "P2Y", "P731D", "PT17544H4M45.999S"},
      {dt, to_dt, "P1YT59M55.999S", "P1Y", "P365D", "PT8760H59M55.999S"},
      {dt, to_lt, "PT-5H-10M-36.143S", "PT0S", "PT0S", "PT-5H-10M-36.143S"},
      {dt, to_t, "PT-4H-10M-36.143S", "PT0S", "PT0S", "PT-4H-10M-36.143S"},
  };
  for (const BetweenCase& row : cases) {
    INFO(formatTemporal(row.from) << " to " << formatTemporal(row.to));
    CHECK(between(row.from, row.to, DurationUnit::All) == row.all);
    if (row.months) CHECK(between(row.from, row.to, DurationUnit::Months) == row.months);
    if (row.days) CHECK(between(row.from, row.to, DurationUnit::Days) == row.days);
    CHECK(between(row.from, row.to, DurationUnit::Seconds) == row.seconds);
  }
}

TEST_CASE("duration between splits at day boundaries", "[temporal][between]") {
  const auto check = [](const Temporal& from, const Temporal& to, const char* expected,
                        int64_t days, int64_t seconds, int64_t nanos) {
    const Temporal result = durationBetween(from, to, DurationUnit::All);
    INFO(formatTemporal(from) << " to " << formatTemporal(to));
    CHECK(formatTemporal(result) == expected);
    CHECK(integerComponent(result, "days") == days);
    CHECK(integerComponent(result, "seconds") == seconds);
    CHECK(integerComponent(result, "nanosecondsOfSecond") == nanos);
  };
  check(localDateTime("2018-01-01T12:00"), localDateTime("2018-01-02T10:00"), "PT22H", 0, 79200, 0);
  check(localDateTime("2018-01-02T10:00"), localDateTime("2018-01-01T12:00"), "PT-22H", 0, -79200,
        0);
  check(localDateTime("2018-01-01T10:00:00.2"), localDateTime("2018-01-02T10:00:00.1"),
        "PT23H59M59.9S", 0, 86399, 900000000);
  check(localDateTime("2018-01-02T10:00:00.1"), localDateTime("2018-01-01T10:00:00.2"),
        "PT-23H-59M-59.9S", 0, -86400, 100000000);
  // Across the autumn change in Stockholm, 23:00 to 04:00 is six hours.
  check(dateTime("2017-10-28T23:00+02:00[Europe/Stockholm]"),
        dateTime("2017-10-29T04:00+01:00[Europe/Stockholm]"), "PT6H", 0, 21600, 0);
  check(dateTime("2017-10-29T04:00+01:00[Europe/Stockholm]"),
        dateTime("2017-10-28T23:00+02:00[Europe/Stockholm]"), "PT-6H", 0, -21600, 0);
}

TEST_CASE("negative durations in months", "[temporal][between]") {
  const auto in_months = [](const Temporal& from, const Temporal& to) {
    return between(from, to, DurationUnit::Months);
  };
  CHECK(in_months(date("2018-03-11"), date("2016-06-24")) == "P-1Y-8M");
  CHECK(in_months(date("2018-07-21"), dateTime("2016-07-21T21:40:32.142+0100")) == "P-1Y-11M");
  CHECK(in_months(localDateTime("2018-07-21T21:40:32.142"), date("2016-07-21")) == "P-2Y");
  CHECK(in_months(dateTime("2018-07-21T21:40:36.143+0200"),
                  localDateTime("2016-07-21T21:40:36.143")) == "P-2Y");
  CHECK(in_months(dateTime("2018-07-21T21:40:36.143+0500"),
                  dateTime("1984-07-21T22:40:36.143+0200")) == "P-33Y-11M");
}

TEST_CASE("durations in seconds on a daylight saving day", "[temporal][between]") {
  const Temporal midnight = dateTime("2017-10-29T00:00[Europe/Stockholm]");
  const Temporal four = dateTime("2017-10-29T04:00[Europe/Stockholm]");
  const auto in_seconds = [](const Temporal& from, const Temporal& to) {
    return between(from, to, DurationUnit::Seconds);
  };
  CHECK(in_seconds(midnight, localDateTime("2017-10-29T04:00")) == "PT5H");
  CHECK(in_seconds(midnight, localTime("04:00")) == "PT5H");
  CHECK(in_seconds(localDateTime("2017-10-29T00:00"), four) == "PT5H");
  CHECK(in_seconds(localTime("00:00"), four) == "PT5H");
  CHECK(in_seconds(date("2017-10-29"), four) == "PT5H");
  CHECK(in_seconds(midnight, date("2017-10-30")) == "PT25H");
}

TEST_CASE("large durations and sub-second differences", "[temporal][between]") {
  CHECK(between(date("-999999999-01-01"), date("+999999999-12-31"), DurationUnit::All) ==
        "P1999999998Y11M30D");
  CHECK(between(localDateTime("-999999999-01-01"), localDateTime("+999999999-12-31T23:59:59"),
                DurationUnit::Seconds) == "PT17531639991215H59M59S");
  CHECK(between(localDateTime("2014-07-21T21:40:36.143"), localDateTime("2014-07-21T21:40:36.142"),
                DurationUnit::Seconds) == "PT-0.001S");

  const std::vector<std::vector<const char*>> sub_seconds = {
      {"12:34:54.7", "12:34:54.3", "PT-0.4S"},     {"12:34:54.3", "12:34:54.7", "PT0.4S"},
      {"12:34:54.7", "12:34:55.3", "PT0.6S"},      {"12:34:54.7", "12:44:55.3", "PT10M0.6S"},
      {"12:44:54.7", "12:34:55.3", "PT-9M-59.4S"}, {"12:34:56", "12:34:55.7", "PT-0.3S"},
      {"12:34:56", "12:44:55.7", "PT9M59.7S"},     {"12:44:56", "12:34:55.7", "PT-10M-0.3S"},
      {"12:34:56.3", "12:34:54.7", "PT-1.6S"},     {"12:34:54.7", "12:34:56.3", "PT1.6S"},
  };
  for (const auto& row : sub_seconds) {
    INFO(row[0] << " to " << row[1]);
    CHECK(between(localTime(row[0]), localTime(row[1]), DurationUnit::Seconds) == row[2]);
  }

  for (const Temporal& value :
       {date("2020-02-29"), localTime("12:00"), time("12:00+01:00"),
        localDateTime("2020-02-29T12:00"), dateTime("2020-02-29T12:00[Europe/Stockholm]")})
    CHECK(between(value, value, DurationUnit::Seconds) == "PT0S");
}

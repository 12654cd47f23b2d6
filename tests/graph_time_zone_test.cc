// Time zones read from the system's tz database (checked against zdump and python's zoneinfo),
// and from small TZif files written here to reach the footer rule forms real zones lack.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "graph/temporal.h"
#include "graph/time_zone.h"

namespace {

constexpr int32_t kHour = 3'600;

// Seconds since 1970-01-01T00:00 of a calendar date and time (UTC or local, as the test uses it).
int64_t secondsAt(int64_t year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
  return kg::epochDayOf(year, month, day) * kg::kSecondsPerDay + hour * 3'600 + minute * 60 +
         second;
}

void appendBigEndian(std::string& out, uint64_t value, int byte_count) {
  for (int shift = (byte_count - 1) * 8; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((value >> shift) & 0xff));
  }
}

// A TZif file with one abbreviation ("XXX") shared by all types and no leap seconds.
struct TzifContent {
  char version = '2';  // '\0' writes a version 1 file: a 32-bit block and no footer
  std::vector<int64_t> transitions = {};
  std::vector<uint8_t> type_indices = {};
  std::vector<int32_t> type_offsets = {};
  std::string footer = {};
};

std::string tzifBytes(const TzifContent& content) {
  const auto append_block = [&content](std::string& out, int time_bytes) {
    out += "TZif";
    out.push_back(content.version);
    out.append(15, '\0');
    for (const uint64_t count : {uint64_t{0}, uint64_t{0}, uint64_t{0}, content.transitions.size(),
                                 content.type_offsets.size(), uint64_t{4}}) {
      appendBigEndian(out, count, 4);
    }
    for (const int64_t at : content.transitions) {
      appendBigEndian(out, static_cast<uint64_t>(at), time_bytes);
    }
    for (const uint8_t index : content.type_indices) out.push_back(static_cast<char>(index));
    for (const int32_t offset : content.type_offsets) {
      appendBigEndian(out, static_cast<uint32_t>(offset), 4);
      out.append(2, '\0');  // not DST, abbreviation 0
    }
    out.append("XXX\0", 4);
  };
  std::string bytes;
  append_block(bytes, 4);
  if (content.version != '\0') {
    append_block(bytes, 8);
    bytes += "\n" + content.footer + "\n";
  }
  return bytes;
}

// A zoneinfo directory of hand-made zones, made $TZDIR while it lives.
class ScratchZoneDirectory {
 public:
  ScratchZoneDirectory()
      : root_(std::filesystem::temp_directory_path() /
              ("kg_time_zone_test_" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(root_ / "Kgtest");
    if (const char* previous = std::getenv("TZDIR")) previous_tz_dir_ = previous;
    ::setenv("TZDIR", root_.c_str(), 1);
  }
  ~ScratchZoneDirectory() {
    if (previous_tz_dir_) {
      ::setenv("TZDIR", previous_tz_dir_->c_str(), 1);
    } else {
      ::unsetenv("TZDIR");
    }
    std::filesystem::remove_all(root_);
  }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(root_ / name, std::ios::binary) << bytes;
  }
  // A zone with no transitions, described by its footer alone.
  void writeFooterZone(const std::string& name, const std::string& footer,
                       int32_t offset = 0) const {
    write(name, tzifBytes({.type_offsets = {offset}, .footer = footer}));
  }

 private:
  std::filesystem::path root_;
  std::optional<std::string> previous_tz_dir_;
};

}  // namespace

TEST_CASE("Stockholm's standard and summer time") {
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 1, 15, 12)) == kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 7, 15, 12)) == 2 * kHour);
  // Summer time started 2017-03-26T01:00Z and ended 2017-10-29T01:00Z.
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 3, 26, 0, 59, 59)) == kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 3, 26, 1)) == 2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 10, 29, 0, 59, 59)) ==
        2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2017, 10, 29, 1)) == kHour);
}

TEST_CASE("Local mean time holds before a zone's first transition") {
  // Berlin kept its local mean time, +00:53:28, until 1893.
  CHECK(kg::zoneOffsetAtInstant("Europe/Berlin", secondsAt(1818, 6, 1)) == 3'208);
  CHECK(kg::zoneOffsetAtInstant("Europe/Berlin", secondsAt(1893, 3, 31, 23, 6, 31)) == 3'208);
  CHECK(kg::zoneOffsetAtInstant("Europe/Berlin", secondsAt(1893, 3, 31, 23, 6, 32)) == kHour);
  // Stockholm's own history (Debian builds tzdata with backzone) has +01:12:12 until 1879;
  // tzdata built without it makes Stockholm a link to Berlin, +00:53:28 (java.time's answer).
  const int32_t stockholm_1818 = kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(1818, 6, 1));
  CHECK((stockholm_1818 == 4'332 || stockholm_1818 == 3'208));
  CHECK(kg::zoneOffsetForLocal("Europe/Berlin", secondsAt(1818, 6, 1, 12)) == 3'208);
}

TEST_CASE("A local time in the spring gap resolves with the offset before the gap") {
  // Stockholm's clocks went from 02:00 to 03:00 on 2017-03-26.
  const int64_t local = secondsAt(2017, 3, 26, 2, 30);
  const int32_t offset = kg::zoneOffsetForLocal("Europe/Stockholm", local);
  CHECK(offset == kHour);
  // The instant that gives is shown half past three, the time moved on by the gap.
  const int64_t instant = local - offset;
  CHECK(instant + kg::zoneOffsetAtInstant("Europe/Stockholm", instant) ==
        secondsAt(2017, 3, 26, 3, 30));
  // Either side of the gap a local time has one offset.
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 3, 26, 1, 59, 59)) == kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 3, 26, 2)) == kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 3, 26, 3)) == 2 * kHour);
}

TEST_CASE("A local time in the autumn overlap resolves with the earlier offset") {
  // Stockholm's clocks went from 03:00 back to 02:00 on 2017-10-29: 02:00-02:59 came twice.
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 10, 29, 2, 30)) == 2 * kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 10, 29, 2)) == 2 * kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 10, 29, 2, 59, 59)) ==
        2 * kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 10, 29, 1, 59, 59)) ==
        2 * kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 10, 29, 3)) == kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 7, 1, 12)) == 2 * kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2017, 1, 1, 12)) == kHour);
}

TEST_CASE("Instants past the listed transitions follow the footer rule") {
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 7, 1)) == 2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 1, 1)) == kHour);
  // CET-1CEST,M3.5.0,M10.5.0/3: the last Sundays of March (28th) and October (31st) 2100.
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 3, 28, 0, 59, 59)) == kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 3, 28, 1)) == 2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 10, 31, 0, 59, 59)) ==
        2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(2100, 10, 31, 1)) == kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2100, 3, 28, 2, 30)) == kHour);
  CHECK(kg::zoneOffsetForLocal("Europe/Stockholm", secondsAt(2100, 10, 31, 2, 30)) == 2 * kHour);
  // Far in the future the rule still answers.
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(999'999, 7, 1)) == 2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Europe/Stockholm", secondsAt(999'999, 12, 1)) == kHour);
}

TEST_CASE("Footer rules with times outside 0-24 h and the southern hemisphere") {
  // Asia/Jerusalem, IST-2IDT,M3.4.4/26,M10.5.0: summer time begins at 26:00 on the fourth
  // Thursday of March, 02:00 on Friday 2100-03-26 (00:00Z).
  CHECK(kg::zoneOffsetAtInstant("Asia/Jerusalem", secondsAt(2100, 3, 25, 23, 59, 59)) == 2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Asia/Jerusalem", secondsAt(2100, 3, 26)) == 3 * kHour);
  // America/Nuuk, <-02>2<-01>,M3.5.0/-1,M10.5.0/0: 23:00 on the Saturday before, 01:00Z.
  CHECK(kg::zoneOffsetAtInstant("America/Nuuk", secondsAt(2100, 3, 28, 0, 59, 59)) == -2 * kHour);
  CHECK(kg::zoneOffsetAtInstant("America/Nuuk", secondsAt(2100, 3, 28, 1)) == -kHour);
  // Australia/Sydney has summer time around the new year.
  CHECK(kg::zoneOffsetAtInstant("Australia/Sydney", secondsAt(2100, 1, 1)) == 11 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Australia/Sydney", secondsAt(2100, 7, 1)) == 10 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Australia/Sydney", secondsAt(2100, 12, 31, 23)) == 11 * kHour);
}

TEST_CASE("Zones with odd offsets, no summer time, or west of Greenwich") {
  CHECK(kg::zoneOffsetAtInstant("Australia/Eucla", secondsAt(2017, 1, 1)) == 8 * kHour + 45 * 60);
  CHECK(kg::zoneOffsetAtInstant("Australia/Eucla", secondsAt(2017, 7, 1)) == 8 * kHour + 45 * 60);
  CHECK(kg::zoneOffsetForLocal("Australia/Eucla", secondsAt(2017, 7, 1)) == 8 * kHour + 45 * 60);
  CHECK(kg::zoneOffsetAtInstant("Asia/Kolkata", secondsAt(2017, 7, 1)) == 5 * kHour + 30 * 60);
  CHECK(kg::zoneOffsetAtInstant("Pacific/Honolulu", secondsAt(2017, 1, 1)) == -10 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Pacific/Honolulu", secondsAt(2017, 7, 1)) == -10 * kHour);
  CHECK(kg::zoneOffsetAtInstant("Pacific/Honolulu", secondsAt(2200, 7, 1)) == -10 * kHour);

  CHECK(kg::zoneOffsetAtInstant("America/New_York", secondsAt(2017, 1, 1)) == -5 * kHour);
  CHECK(kg::zoneOffsetAtInstant("America/New_York", secondsAt(2017, 7, 1)) == -4 * kHour);
  CHECK(kg::zoneOffsetAtInstant("America/New_York", secondsAt(2017, 3, 12, 6, 59, 59)) ==
        -5 * kHour);
  CHECK(kg::zoneOffsetAtInstant("America/New_York", secondsAt(2017, 3, 12, 7)) == -4 * kHour);
  // 02:30 on 2017-03-12 never happened; 01:30 on 2017-11-05 happened twice.
  CHECK(kg::zoneOffsetForLocal("America/New_York", secondsAt(2017, 3, 12, 2, 30)) == -5 * kHour);
  CHECK(kg::zoneOffsetForLocal("America/New_York", secondsAt(2017, 11, 5, 1, 30)) == -4 * kHour);
  CHECK(kg::zoneOffsetForLocal("America/New_York", secondsAt(2017, 11, 5, 2)) == -5 * kHour);
  CHECK(kg::zoneOffsetAtInstant("America/New_York", secondsAt(2100, 7, 1)) == -4 * kHour);

  for (const char* utc : {"UTC", "Etc/UTC", "Etc/GMT"}) {
    CHECK(kg::zoneOffsetAtInstant(utc, secondsAt(1800, 1, 1)) == 0);
    CHECK(kg::zoneOffsetAtInstant(utc, secondsAt(2017, 7, 1)) == 0);
    CHECK(kg::zoneOffsetForLocal(utc, secondsAt(2300, 7, 1)) == 0);
  }
  // The Etc zones use POSIX's sign: Etc/GMT+5 is five hours west.
  CHECK(kg::zoneOffsetAtInstant("Etc/GMT+5", 0) == -5 * kHour);
}

TEST_CASE("Extreme instants do not overflow") {
  for (const int64_t extreme :
       {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    CHECK(kg::zoneOffsetAtInstant("UTC", extreme) == 0);
    const int32_t offset = kg::zoneOffsetAtInstant("Europe/Stockholm", extreme);
    CHECK((offset == kHour || offset == 2 * kHour || offset == 4'332 || offset == 3'208));
    CHECK(kg::zoneOffsetForLocal("America/New_York", extreme) <= -4 * kHour);
  }
}

TEST_CASE("Unknown and unsafe zone names") {
  CHECK(kg::isKnownTimeZone("Europe/Stockholm"));
  CHECK(kg::isKnownTimeZone("UTC"));
  CHECK(kg::isKnownTimeZone("America/Argentina/Buenos_Aires"));
  CHECK(kg::isKnownTimeZone("America/Port-au-Prince"));
  CHECK(kg::isKnownTimeZone("Etc/GMT-14"));
  CHECK_FALSE(kg::isKnownTimeZone("Mars/Olympus"));
  CHECK_FALSE(kg::isKnownTimeZone("../etc/passwd"));
  CHECK_FALSE(kg::isKnownTimeZone("Europe/../Europe/Stockholm"));
  CHECK_FALSE(kg::isKnownTimeZone("/usr/share/zoneinfo/UTC"));
  CHECK_FALSE(kg::isKnownTimeZone(""));
  CHECK_FALSE(kg::isKnownTimeZone("Europe"));  // a directory
  CHECK_FALSE(kg::isKnownTimeZone("Europe/"));
  CHECK_FALSE(kg::isKnownTimeZone("Europe//Stockholm"));
  CHECK_FALSE(kg::isKnownTimeZone("Europe/Stockholm "));
  CHECK_FALSE(kg::isKnownTimeZone(std::string_view("UTC\0x", 5)));
  CHECK_FALSE(kg::isKnownTimeZone("zone.tab"));
  CHECK_FALSE(kg::isKnownTimeZone("posixrules"));
  CHECK_FALSE(kg::isKnownTimeZone("right/UTC"));

  CHECK_THROWS_AS(kg::zoneOffsetAtInstant("Mars/Olympus", 0), kg::TemporalError);
  CHECK_THROWS_AS(kg::zoneOffsetForLocal("../etc/passwd", 0), kg::TemporalError);
  try {
    kg::zoneOffsetAtInstant("Mars/Olympus", 0);
  } catch (const kg::TemporalError& error) {
    CHECK(std::string(error.what()) == "unknown time zone 'Mars/Olympus'");
    CHECK(error.code() == "InvalidArgumentValue");
  }
}

TEST_CASE("Zones are shared safely between threads") {
  const char* zones[] = {"Europe/Paris", "Asia/Tokyo", "America/Chicago", "Africa/Cairo"};
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  for (size_t t = 0; t < failures.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const char* zone = zones[(t + i) % 4];
        const int32_t offset = kg::zoneOffsetAtInstant(zone, secondsAt(2017, 1, 1));
        const int32_t expected = zone == zones[0]   ? kHour
                                 : zone == zones[1] ? 9 * kHour
                                 : zone == zones[2] ? -6 * kHour
                                                    : 2 * kHour;
        failures[t] += offset == expected ? 0 : 1;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const int failure_count : failures) CHECK(failure_count == 0);
}

TEST_CASE("TZif files under $TZDIR: footer day forms, clock times and file versions") {
  const ScratchZoneDirectory directory;

  SECTION("Jn never counts 29 February; n counts from 0 and does") {
    directory.writeFooterZone("Kgtest/Julian", "AAA0BBB,J60/0,J300/0");
    directory.writeFooterZone("Kgtest/ZeroBased", "AAA0BBB,59/0,300/0");
    // Both start on 1 March in 2023; in leap 2024 day 59 is 29 February.
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2023, 2, 28, 23, 59, 59)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2023, 3, 1)) == kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2024, 2, 29, 12)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2024, 3, 1)) == kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2023, 2, 28, 23, 59, 59)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2023, 3, 1)) == kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2024, 2, 28, 23, 59, 59)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2024, 2, 29)) == kHour);
    // J300 is 27 October (day 300 of 365); 0-based 300 is 28 October, 27 October in leap years.
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2024, 10, 26, 22, 59, 59)) == kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Julian", secondsAt(2024, 10, 26, 23)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2023, 10, 27, 23)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/ZeroBased", secondsAt(2023, 10, 27, 22, 59, 59)) ==
          kHour);
  }

  SECTION("Signed times, times past 24 h, minutes and seconds, explicit DST offsets") {
    // Summer time (+02:30) from 23:00 on the Saturday before March's last Sunday (-1 h) to
    // 02:00 on the Monday after October's last Sunday (26 h); standard time is +01:15:30.
    directory.writeFooterZone("Kgtest/Clock", "<+0115>-1:15:30<+0230>-2:30,M3.5.0/-1,M10.5.0/26");
    const int32_t standard = kHour + 15 * 60 + 30, summer = 2 * kHour + 30 * 60;
    // The last Sundays of 2030 are 31 March and 27 October.
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Clock", secondsAt(2030, 3, 30, 23) - standard - 1) ==
          standard);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Clock", secondsAt(2030, 3, 30, 23) - standard) == summer);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Clock", secondsAt(2030, 10, 28, 2) - summer - 1) ==
          summer);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Clock", secondsAt(2030, 10, 28, 2) - summer) == standard);
    // Local 23:30 that Saturday is in the gap, local 01:00 that Monday in the overlap.
    CHECK(kg::zoneOffsetForLocal("Kgtest/Clock", secondsAt(2030, 3, 30, 23, 30)) == standard);
    CHECK(kg::zoneOffsetForLocal("Kgtest/Clock", secondsAt(2030, 10, 28, 1)) == summer);
    CHECK(kg::zoneOffsetForLocal("Kgtest/Clock", secondsAt(2030, 10, 28, 2)) == standard);
  }

  SECTION("Summer time all year, and the default rule when none is given") {
    directory.writeFooterZone("Kgtest/AllYear", "EST5EDT4,0/0,J365/25");
    for (const int64_t local : {secondsAt(2030, 1, 1, 0, 30), secondsAt(2030, 7, 1),
                                secondsAt(2030, 12, 31, 23, 30), secondsAt(2032, 12, 31, 23)}) {
      CHECK(kg::zoneOffsetAtInstant("Kgtest/AllYear", local + 4 * kHour) == -4 * kHour);
      CHECK(kg::zoneOffsetForLocal("Kgtest/AllYear", local) == -4 * kHour);
    }
    directory.writeFooterZone("Kgtest/DefaultRule", "EST5EDT");
    CHECK(kg::zoneOffsetAtInstant("Kgtest/DefaultRule", secondsAt(2030, 1, 1)) == -5 * kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/DefaultRule", secondsAt(2030, 7, 1)) == -4 * kHour);
  }

  SECTION("Version 1 files use the 32-bit block and the last type holds afterwards") {
    directory.write("Kgtest/Version1", tzifBytes({.version = '\0',
                                                  .transitions = {1'000'000'000},
                                                  .type_indices = {1},
                                                  .type_offsets = {600, 2 * kHour}}));
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version1", 999'999'999) == 600);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version1", 1'000'000'000) == 2 * kHour);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version1", secondsAt(2200, 1, 1)) == 2 * kHour);
  }

  SECTION("Version 4 files: type 0 before the first transition, the footer after the last") {
    directory.write("Kgtest/Version4",
                    tzifBytes({.version = '4',
                               .transitions = {secondsAt(1900, 1, 1), secondsAt(2000, 1, 1)},
                               .type_indices = {1, 2},
                               .type_offsets = {-1'234, 0, 3 * kHour},
                               .footer = "<+03>-3"}));
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version4", secondsAt(1800, 1, 1)) == -1'234);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version4", secondsAt(1950, 1, 1)) == 0);
    CHECK(kg::zoneOffsetAtInstant("Kgtest/Version4", secondsAt(2100, 1, 1)) == 3 * kHour);
    // The 3-hour gap at 2000-01-01T00:00Z: local 01:00 resolves with the offset before it.
    CHECK(kg::zoneOffsetForLocal("Kgtest/Version4", secondsAt(2000, 1, 1, 1)) == 0);
    CHECK(kg::zoneOffsetForLocal("Kgtest/Version4", secondsAt(2000, 1, 1, 3)) == 3 * kHour);
  }

  SECTION("Damaged files are unknown zones") {
    directory.write("Kgtest/NotTzif", "This is not a TZif file at all, nor anywhere near one.");
    const std::string whole = tzifBytes({.type_offsets = {0}, .footer = "UTC0"});
    directory.write("Kgtest/Truncated", whole.substr(0, whole.size() / 2));
    directory.write(
        "Kgtest/BadIndex",
        tzifBytes(
            {.transitions = {0}, .type_indices = {7}, .type_offsets = {0}, .footer = "UTC0"}));
    CHECK_FALSE(kg::isKnownTimeZone("Kgtest/NotTzif"));
    CHECK_FALSE(kg::isKnownTimeZone("Kgtest/Truncated"));
    CHECK_FALSE(kg::isKnownTimeZone("Kgtest/BadIndex"));
    CHECK_THROWS_AS(kg::zoneOffsetAtInstant("Kgtest/Truncated", 0), kg::TemporalError);
  }
}

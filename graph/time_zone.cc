// Reads compiled tz database files (TZif, RFC 8536, versions 1-4) and answers offset questions
// from them: the explicit transitions of the file's 64-bit block (the 32-bit block for version 1
// files) and, after the last transition, the POSIX TZ string in the file's footer.
#include "graph/time_zone.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "graph/temporal.h"

namespace kg {
namespace {

constexpr int64_t kSecondsPerHour = 3'600;
// Instants further from 1970 than this (about 9 billion years) are answered as at this bound,
// so that adding offsets and day windows can never overflow.
constexpr int64_t kFarthestSeconds = int64_t{1} << 58;
// Real TZif files are a few kilobytes; anything much larger is not one.
constexpr std::streamsize kMaxTzifBytes = 1 << 20;
// Offsets RFC 8536 allows for a local time type (just under -25 h .. +26 h).
constexpr int32_t kMinUtcOffset = -89'999;
constexpr int32_t kMaxUtcOffset = 93'599;
// Every offset is well under a day and a half, so the instants a local time can map to lie
// within this window around the local time read as UTC.
constexpr int64_t kLocalSearchWindow = 2 * kSecondsPerDay;

// ---- POSIX TZ strings ("CET-1CEST,M3.5.0,M10.5.0/3") ----

// The day a daylight-saving rule switches on, in one of the three POSIX forms, and the local
// time of day it switches at (seconds, possibly negative or past 24 h as RFC 8536 allows).
struct PosixRuleDay {
  enum class Form { JulianNoLeap, ZeroBasedDay, MonthWeekDay };
  Form form = Form::MonthWeekDay;
  int day = 0;      // Jn: 1..365 (29 February never counted); n: 0..365
  int month = 0;    // Mm.w.d: 1..12
  int week = 0;     // 1..5, 5 meaning the last such weekday of the month
  int weekday = 0;  // 0 = Sunday .. 6 = Saturday
  int32_t time_of_day = 2 * kSecondsPerHour;

  // Days since 1970-01-01 of this rule's day in `year`.
  int64_t epochDayIn(int64_t year) const {
    switch (form) {
      case Form::JulianNoLeap:
        return epochDayOf(year, 1, 1) + day - 1 + (isLeapYear(year) && day >= 60 ? 1 : 0);
      case Form::ZeroBasedDay:
        return epochDayOf(year, 1, 1) + day;
      case Form::MonthWeekDay: {
        const int64_t first_of_month = epochDayOf(year, month, 1);
        const int first_weekday = dayOfWeekOf(first_of_month) % 7;  // 0 = Sunday
        int64_t result = first_of_month + (weekday - first_weekday + 7) % 7 + (week - 1) * 7;
        while (result >= first_of_month + daysInMonth(year, month)) result -= 7;
        return result;
      }
    }
    return 0;
  }
};

struct PosixTimeZone {
  int32_t standard_offset = 0;  // seconds east of UTC (the string itself counts west)
  bool has_daylight_saving = false;
  int32_t daylight_offset = 0;
  PosixRuleDay daylight_start;  // given in standard time
  PosixRuleDay daylight_end;    // given in daylight-saving time
};

// One switch between standard and daylight-saving time, as an instant.
struct RuleSwitch {
  int64_t utc_seconds;
  int32_t offset_after;
};

// A cursor over a POSIX TZ string; every parse step returns false on malformed input.
class PosixTzParser {
 public:
  explicit PosixTzParser(std::string_view text) : text_(text) {}

  std::optional<PosixTimeZone> parse() {
    PosixTimeZone zone;
    int32_t seconds_west = 0;
    if (!skipName() || !parseClockTime(24, seconds_west)) return std::nullopt;
    zone.standard_offset = -seconds_west;
    if (atEnd()) return zone;

    zone.has_daylight_saving = true;
    if (!skipName()) return std::nullopt;
    zone.daylight_offset = zone.standard_offset + static_cast<int32_t>(kSecondsPerHour);
    if (!atEnd() && peek() != ',') {
      if (!parseClockTime(24, seconds_west)) return std::nullopt;
      zone.daylight_offset = -seconds_west;
    }
    if (atEnd()) {
      // POSIX leaves the rule to the implementation; use the US rule as tzcode does.
      zone.daylight_start = {.form = PosixRuleDay::Form::MonthWeekDay, .month = 3, .week = 2};
      zone.daylight_end = {.form = PosixRuleDay::Form::MonthWeekDay, .month = 11, .week = 1};
      return zone;
    }
    if (!consume(',') || !parseRuleDay(zone.daylight_start) || !consume(',') ||
        !parseRuleDay(zone.daylight_end) || !atEnd()) {
      return std::nullopt;
    }
    return zone;
  }

 private:
  bool atEnd() const { return position_ == text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[position_]; }
  bool consume(char expected) {
    if (peek() != expected) return false;
    ++position_;
    return true;
  }
  static bool isDigit(char c) { return c >= '0' && c <= '9'; }
  static bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

  // A zone abbreviation: three or more letters, or <...> quoting letters, digits and signs.
  bool skipName() {
    const size_t start = position_;
    if (consume('<')) {
      while (!atEnd() && peek() != '>') {
        const char c = peek();
        if (!isLetter(c) && !isDigit(c) && c != '+' && c != '-') return false;
        ++position_;
      }
      const size_t length = position_ - start - 1;
      return consume('>') && length >= 3;
    }
    while (isLetter(peek())) ++position_;
    return position_ - start >= 3;
  }

  bool parseNumber(int max_digits, int max_value, int& value) {
    value = 0;
    int digits = 0;
    while (isDigit(peek()) && digits < max_digits) {
      value = value * 10 + (peek() - '0');
      ++position_;
      ++digits;
    }
    return digits > 0 && value <= max_value;
  }

  // [+|-]hh[:mm[:ss]] with hours up to `max_hours`, as signed seconds.
  bool parseClockTime(int max_hours, int32_t& seconds) {
    int sign = 1;
    if (consume('-')) {
      sign = -1;
    } else {
      consume('+');
    }
    int hours = 0, minutes = 0, secs = 0;
    if (!parseNumber(3, max_hours, hours)) return false;
    if (consume(':')) {
      if (!parseNumber(2, 59, minutes)) return false;
      if (consume(':') && !parseNumber(2, 59, secs)) return false;
    }
    seconds = sign * (hours * 3'600 + minutes * 60 + secs);
    return true;
  }

  // Jn, n or Mm.w.d, then an optional /time (hours -167..167 per RFC 8536).
  bool parseRuleDay(PosixRuleDay& rule) {
    if (consume('J')) {
      rule.form = PosixRuleDay::Form::JulianNoLeap;
      if (!parseNumber(3, 365, rule.day) || rule.day < 1) return false;
    } else if (consume('M')) {
      rule.form = PosixRuleDay::Form::MonthWeekDay;
      if (!parseNumber(2, 12, rule.month) || rule.month < 1 || !consume('.') ||
          !parseNumber(1, 5, rule.week) || rule.week < 1 || !consume('.') ||
          !parseNumber(1, 6, rule.weekday)) {
        return false;
      }
    } else {
      rule.form = PosixRuleDay::Form::ZeroBasedDay;
      if (!parseNumber(3, 365, rule.day)) return false;
    }
    if (consume('/')) return parseClockTime(167, rule.time_of_day);
    return true;
  }

  std::string_view text_;
  size_t position_ = 0;
};

// The switches of `zone`'s daylight-saving rule in the calendar years first_year..last_year,
// in time order. At equal instants a later year's switch comes last, so that a rule which is
// daylight-saving all year ("...,0/0,J365/25") stays in daylight-saving time.
std::vector<RuleSwitch> ruleSwitches(const PosixTimeZone& zone, int64_t first_year,
                                     int64_t last_year) {
  std::vector<RuleSwitch> switches;
  for (int64_t year = first_year; year <= last_year; ++year) {
    const int64_t start = zone.daylight_start.epochDayIn(year) * kSecondsPerDay +
                          zone.daylight_start.time_of_day - zone.standard_offset;
    const int64_t end = zone.daylight_end.epochDayIn(year) * kSecondsPerDay +
                        zone.daylight_end.time_of_day - zone.daylight_offset;
    // Southern-hemisphere rules end daylight-saving time before they start it.
    if (start <= end) {
      switches.push_back({start, zone.daylight_offset});
      switches.push_back({end, zone.standard_offset});
    } else {
      switches.push_back({end, zone.standard_offset});
      switches.push_back({start, zone.daylight_offset});
    }
  }
  std::stable_sort(switches.begin(), switches.end(), [](const RuleSwitch& a, const RuleSwitch& b) {
    return a.utc_seconds < b.utc_seconds;
  });
  return switches;
}

int64_t yearOfInstant(int64_t utc_seconds, int32_t offset) {
  const int64_t local = utc_seconds + offset;
  const int64_t epoch_day = local / kSecondsPerDay - (local % kSecondsPerDay < 0 ? 1 : 0);
  return civilDateOf(epoch_day).year;
}

int32_t posixOffsetAt(const PosixTimeZone& zone, int64_t utc_seconds) {
  if (!zone.has_daylight_saving) return zone.standard_offset;
  const int64_t year = yearOfInstant(utc_seconds, zone.standard_offset);
  // The year before supplies the offset in force on 1 January before the year's first switch.
  int32_t offset = zone.standard_offset;
  for (const RuleSwitch& rule_switch : ruleSwitches(zone, year - 1, year + 1)) {
    if (rule_switch.utc_seconds > utc_seconds) break;
    offset = rule_switch.offset_after;
  }
  return offset;
}

// ---- TZif files ----

struct MalformedTzif {};

// Big-endian reads over the file's bytes; throws MalformedTzif when the data runs out.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  std::string_view take(uint64_t count) {
    if (count > bytes_.size() - position_) throw MalformedTzif{};
    const std::string_view result = bytes_.substr(position_, count);
    position_ += count;
    return result;
  }
  void skip(uint64_t count) { take(count); }
  uint8_t readByte() { return static_cast<uint8_t>(take(1)[0]); }
  uint64_t readUnsigned(int byte_count) {
    uint64_t value = 0;
    for (const char c : take(byte_count)) value = (value << 8) | static_cast<uint8_t>(c);
    return value;
  }
  int32_t readInt32() { return static_cast<int32_t>(static_cast<uint32_t>(readUnsigned(4))); }
  int64_t readInt64() { return static_cast<int64_t>(readUnsigned(8)); }
  std::string_view rest() const { return bytes_.substr(position_); }

 private:
  std::string_view bytes_;
  size_t position_ = 0;
};

struct TzifHeader {
  char version;  // '\0' for version 1, else '2', '3', '4' ...
  uint32_t utc_indicator_count;
  uint32_t standard_indicator_count;
  uint32_t leap_second_count;
  uint32_t transition_count;
  uint32_t type_count;
  uint32_t abbreviation_bytes;
};

TzifHeader readHeader(ByteReader& reader) {
  if (reader.take(4) != "TZif") throw MalformedTzif{};
  TzifHeader header{};
  header.version = static_cast<char>(reader.readByte());
  reader.skip(15);
  header.utc_indicator_count = static_cast<uint32_t>(reader.readUnsigned(4));
  header.standard_indicator_count = static_cast<uint32_t>(reader.readUnsigned(4));
  header.leap_second_count = static_cast<uint32_t>(reader.readUnsigned(4));
  header.transition_count = static_cast<uint32_t>(reader.readUnsigned(4));
  header.type_count = static_cast<uint32_t>(reader.readUnsigned(4));
  header.abbreviation_bytes = static_cast<uint32_t>(reader.readUnsigned(4));
  if (header.type_count == 0 || header.type_count > 256) throw MalformedTzif{};
  return header;
}

// A zone as this file answers questions: the offset before the first transition, the offset
// each transition switches to, and the footer rule for instants after the last one.
class ZoneRules {
 public:
  static ZoneRules fromTzif(std::string_view bytes) {
    ByteReader reader(bytes);
    TzifHeader header = readHeader(reader);
    const bool has_64_bit_block = header.version != '\0';
    if (has_64_bit_block) {
      skipDataBlock(reader, header, 4);
      header = readHeader(reader);
    }
    ZoneRules rules = readDataBlock(reader, header, has_64_bit_block ? 8 : 4);
    if (has_64_bit_block) rules.footer_ = readFooter(reader.rest());
    return rules;
  }

  int32_t offsetAt(int64_t utc_seconds) const {
    const auto after = std::upper_bound(transitions_.begin(), transitions_.end(), utc_seconds);
    if (after == transitions_.end() && footer_) return posixOffsetAt(*footer_, utc_seconds);
    if (after == transitions_.begin()) return initial_offset_;
    return offsets_after_[std::distance(transitions_.begin(), after) - 1];
  }

  // Instants in (from, to] at which the offset may change (a superset of the real changes).
  std::vector<int64_t> possibleChangesBetween(int64_t from, int64_t to) const {
    std::vector<int64_t> changes(std::upper_bound(transitions_.begin(), transitions_.end(), from),
                                 std::upper_bound(transitions_.begin(), transitions_.end(), to));
    if (footer_ && footer_->has_daylight_saving) {
      const int64_t first_year = yearOfInstant(from, footer_->standard_offset) - 1;
      const int64_t last_year = yearOfInstant(to, footer_->standard_offset) + 1;
      for (const RuleSwitch& rule_switch : ruleSwitches(*footer_, first_year, last_year)) {
        if (rule_switch.utc_seconds > from && rule_switch.utc_seconds <= to) {
          changes.push_back(rule_switch.utc_seconds);
        }
      }
      std::sort(changes.begin(), changes.end());
    }
    return changes;
  }

 private:
  static void skipDataBlock(ByteReader& reader, const TzifHeader& header, int time_bytes) {
    reader.skip(uint64_t{header.transition_count} * (time_bytes + 1) +
                uint64_t{header.type_count} * 6 + header.abbreviation_bytes +
                uint64_t{header.leap_second_count} * (time_bytes + 4) +
                header.standard_indicator_count + header.utc_indicator_count);
  }

  static ZoneRules readDataBlock(ByteReader& reader, const TzifHeader& header, int time_bytes) {
    ZoneRules rules;
    rules.transitions_.reserve(header.transition_count);
    for (uint32_t i = 0; i < header.transition_count; ++i) {
      const int64_t at = time_bytes == 8 ? reader.readInt64() : reader.readInt32();
      if (!rules.transitions_.empty() && at <= rules.transitions_.back()) throw MalformedTzif{};
      rules.transitions_.push_back(at);
    }
    std::vector<uint8_t> type_indices;
    for (uint32_t i = 0; i < header.transition_count; ++i) {
      type_indices.push_back(reader.readByte());
      if (type_indices.back() >= header.type_count) throw MalformedTzif{};
    }
    std::vector<int32_t> type_offsets;
    for (uint32_t i = 0; i < header.type_count; ++i) {
      const int32_t utc_offset = reader.readInt32();
      if (utc_offset < kMinUtcOffset || utc_offset > kMaxUtcOffset) throw MalformedTzif{};
      type_offsets.push_back(utc_offset);
      reader.skip(2);  // is-DST flag and abbreviation index: not needed for offsets
    }
    // Abbreviations, leap-second records and indicators are not needed; leap seconds ("right/"
    // zones) are not applied.
    reader.skip(header.abbreviation_bytes + uint64_t{header.leap_second_count} * (time_bytes + 4) +
                header.standard_indicator_count + header.utc_indicator_count);
    // RFC 8536: type 0 holds before the first transition (zic makes it the local mean time).
    rules.initial_offset_ = type_offsets[0];
    for (const uint8_t type_index : type_indices) {
      rules.offsets_after_.push_back(type_offsets[type_index]);
    }
    return rules;
  }

  // The footer is "\n<TZ string>\n"; an empty or unreadable string leaves the last
  // transition's offset in force.
  static std::optional<PosixTimeZone> readFooter(std::string_view footer) {
    if (footer.size() < 2 || footer[0] != '\n') return std::nullopt;
    const size_t end = footer.find('\n', 1);
    if (end == std::string_view::npos || end == 1) return std::nullopt;
    return PosixTzParser(footer.substr(1, end - 1)).parse();
  }

  std::vector<int64_t> transitions_;    // ascending UTC instants
  std::vector<int32_t> offsets_after_;  // the offset from each transition on
  int32_t initial_offset_ = 0;
  std::optional<PosixTimeZone> footer_;
};

// ---- Loading and caching ----

// IANA zone names only: components of [A-Za-z0-9_+-] starting with an upper-case letter, so
// no "..", no absolute paths, and none of the database's other files ("posixrules",
// "zone.tab") or directories ("posix/", "right/").
bool isValidZoneName(std::string_view name) {
  if (name.empty() || name.size() > 255) return false;
  bool at_component_start = true;
  for (const char c : name) {
    if (c == '/') {
      if (at_component_start) return false;  // leading '/' or an empty component
      at_component_start = true;
      continue;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    const bool allowed = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                         c == '+' || c == '-';
    if (!allowed || (at_component_start && !upper)) return false;
    at_component_start = false;
  }
  return !at_component_start;  // no trailing '/'
}

std::optional<ZoneRules> readZoneFile(std::string_view name) {
  const char* tz_dir = std::getenv("TZDIR");
  std::string path = tz_dir != nullptr && *tz_dir != '\0' ? tz_dir : "/usr/share/zoneinfo";
  path += '/';
  path += name;
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::string bytes(kMaxTzifBytes, '\0');
  file.read(bytes.data(), kMaxTzifBytes);
  if (file.bad()) return std::nullopt;
  bytes.resize(static_cast<size_t>(file.gcount()));
  try {
    return ZoneRules::fromTzif(bytes);
  } catch (const MalformedTzif&) {
    return std::nullopt;
  }
}

// Zones already read, and (up to a bound) names known to be missing: null.
class ZoneCache {
 public:
  std::shared_ptr<const ZoneRules> find(std::string_view name) {
    if (!isValidZoneName(name)) return nullptr;
    std::lock_guard<std::mutex> lock(mutex_);
    const auto cached = zones_.find(name);
    if (cached != zones_.end()) return cached->second;
    std::shared_ptr<const ZoneRules> zone;
    if (std::optional<ZoneRules> rules = readZoneFile(name)) {
      zone = std::make_shared<const ZoneRules>(std::move(*rules));
    }
    if (zone || missing_count_ < kMaxMissingEntries) {
      missing_count_ += zone ? 0 : 1;
      zones_.emplace(std::string(name), zone);
    }
    return zone;
  }

 private:
  static constexpr size_t kMaxMissingEntries = 1'024;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ZoneRules>, std::less<>> zones_;
  size_t missing_count_ = 0;
};

const ZoneRules& zoneRules(std::string_view name) {
  static ZoneCache cache;
  // Zones are never evicted, so the reference outlives the shared_ptr copy.
  const std::shared_ptr<const ZoneRules> zone = cache.find(name);
  if (!zone) throw TemporalError("unknown time zone '" + std::string(name) + "'");
  return *zone;
}

int64_t clampToFarthest(int64_t seconds) {
  return std::clamp(seconds, -kFarthestSeconds, kFarthestSeconds);
}

}  // namespace

bool isKnownTimeZone(std::string_view name) {
  try {
    zoneRules(name);
    return true;
  } catch (const TemporalError&) {
    return false;
  }
}

int32_t zoneOffsetAtInstant(std::string_view name, int64_t utc_seconds) {
  return zoneRules(name).offsetAt(clampToFarthest(utc_seconds));
}

int32_t zoneOffsetForLocal(std::string_view name, int64_t local_seconds) {
  const ZoneRules& rules = zoneRules(name);
  const int64_t local = clampToFarthest(local_seconds);
  // The offsets in force around `local`, as segments of time: segment i has offsets[i] from
  // starts[i] (the first from the window's start, taken as the distant past) to starts[i + 1].
  const int64_t window_start = local - kLocalSearchWindow;
  std::vector<int64_t> starts = {std::numeric_limits<int64_t>::min()};
  std::vector<int32_t> offsets = {rules.offsetAt(window_start)};
  for (const int64_t change :
       rules.possibleChangesBetween(window_start, local + kLocalSearchWindow)) {
    const int32_t offset = rules.offsetAt(change);
    if (offset == offsets.back()) continue;
    starts.push_back(change);
    offsets.push_back(offset);
  }
  // The earliest segment whose clock shows `local`: in an overlap the one before the change.
  for (size_t i = 0; i < offsets.size(); ++i) {
    const bool after_start = i == 0 || local >= starts[i] + offsets[i];
    const bool before_end = i + 1 == offsets.size() || local < starts[i + 1] + offsets[i];
    if (after_start && before_end) return offsets[i];
  }
  // `local` falls in a gap: the offset before the clocks jumped over it.
  for (size_t i = 1; i < offsets.size(); ++i) {
    if (local >= starts[i] + offsets[i - 1] && local < starts[i] + offsets[i]) {
      return offsets[i - 1];
    }
  }
  return offsets.front();  // unreachable for consistent data
}

}  // namespace kg

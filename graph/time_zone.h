// Named time zones ("Europe/Stockholm") for date-time values: the UTC offset a zone has at an
// instant and the offset it gives a local date-time, read from the system's compiled tz
// database (Debian's tzdata, /usr/share/zoneinfo, or $TZDIR), loaded once per zone.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg {

// True when the tz database has a zone of this name.
bool isKnownTimeZone(std::string_view name);

// The offset (seconds east of UTC) of zone `name` at the UTC instant `utc_seconds` (seconds
// since 1970-01-01T00:00Z), past the last listed transition by the file's POSIX TZ rule.
// Throws TemporalError for an unknown zone.
int32_t zoneOffsetAtInstant(std::string_view name, int64_t utc_seconds);

// The offset zone `name` gives the local date-time `local_seconds` (seconds since
// 1970-01-01T00:00 on the zone's own clock), as java.time resolves it: in an overlap the earlier
// (larger) offset, in a gap the offset before the gap, so that the time moves forward by the
// gap's length. Throws TemporalError for an unknown zone.
int32_t zoneOffsetForLocal(std::string_view name, int64_t local_seconds);

}  // namespace kg

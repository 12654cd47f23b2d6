// Cypher's temporal functions, registered with the other scalar functions (functions.cc):
// the constructors date(), localtime(), time(), localdatetime(), datetime() and duration() over
// strings, maps and other temporal values, their .transaction/.statement/.realtime clocks and
// .truncate, duration.between/inMonths/inDays/inSeconds and datetime.fromepoch[millis].
#pragma once

#include <vector>

#include "query/functions.h"

namespace kg::cypher {

// Reads the clock that date(), datetime.statement(), localtime.transaction() ... return for the
// statement about to run, so that every call in one statement sees the same instant (the
// .realtime forms read the clock each time).
void startStatementClock();

// Appends the temporal functions to `functions` (called once, when the registry is built).
void appendTemporalFunctions(std::vector<ScalarFunction>& functions);

// The value's component `name` (d.year, t.timezone, dur.minutesOfHour), or null.
Value temporalAccessor(const Temporal& value, const std::string& name);

}  // namespace kg::cypher

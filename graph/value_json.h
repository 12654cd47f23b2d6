// Value <-> JSON text, for the property columns of the store and for exporters. Node,
// relationship and path references have no JSON form of their own here; they serialise as null.
// Temporal values are tagged or text (TemporalJson).
#pragma once

#include <string>
#include <string_view>

#include "graph/value.h"

namespace kg {

// How temporal values are written: Tagged keeps their type so that fromJson reads them back
// ({"$date": "1984-10-11"}; the store), Text writes their ISO string ("1984-10-11"; exports,
// whose readers know no such tags).
enum class TemporalJson { Tagged, Text };

std::string toJson(const Value& value, TemporalJson temporals = TemporalJson::Tagged);
// Parses JSON text; throws std::runtime_error with the offset on malformed input.
Value fromJson(std::string_view text);

}  // namespace kg

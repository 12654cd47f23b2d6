// Value <-> JSON text, for the property columns of the store and for exporters. Node,
// relationship and path references have no JSON form of their own here; they serialise as null.
#pragma once

#include <string>
#include <string_view>

#include "graph/value.h"

namespace kg {

std::string toJson(const Value& value);
// Parses JSON text; throws std::runtime_error with the offset on malformed input.
Value fromJson(std::string_view text);

}  // namespace kg

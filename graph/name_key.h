// The key under which names and aliases are indexed and compared: case-folded, accents and
// curly quotes folded to ASCII, white space collapsed. "Tōmàs  Brāndt" and "tomas brandt"
// share a key, so users find an actor however they type its name.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string nameKey(std::string_view name);

}  // namespace kg

// Name-based UUIDs (RFC 4122 version 5: SHA-1 of a namespace UUID and a name), so an export
// gives the same identifiers every time it runs over the same graph.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

// SHA-1 digest of the bytes (FIPS 180-4).
std::array<uint8_t, 20> sha1(std::string_view bytes);

// "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" for `name` in the namespace `namespace_uuid` (itself
// in that text form). Throws std::invalid_argument when the namespace is not a UUID.
std::string uuidVersion5(std::string_view namespace_uuid, std::string_view name);

}  // namespace kg

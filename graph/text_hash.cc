#include "graph/text_hash.h"

#include <cstdint>
#include <cstring>

namespace kg {

size_t hashText(std::string_view text) {
  // Eight bytes at a time, each word multiplied into the state, then a final avalanche so that
  // the low bits (what an open-addressing table masks) depend on every byte. Loads are of fixed
  // size (the last word overlaps the one before), so no byte loop and no memcpy call: most
  // keys are names of 10-40 bytes.
  constexpr uint64_t kMultiplier = 0x9e3779b97f4a7c15ULL;
  auto load64 = [](const char* at) {
    uint64_t word;
    std::memcpy(&word, at, 8);
    return word;
  };
  auto load32 = [](const char* at) {
    uint32_t word;
    std::memcpy(&word, at, 4);
    return uint64_t{word};
  };
  const char* bytes = text.data();
  size_t size = text.size();
  uint64_t state = (size + 1) * kMultiplier;
  auto add = [&state](uint64_t word) {
    state = (state ^ word) * kMultiplier;
    state ^= state >> 29;
  };
  if (size >= 8) {
    size_t at = 0;
    for (; at + 8 <= size; at += 8) add(load64(bytes + at));
    if (at < size) add(load64(bytes + size - 8));
  } else if (size >= 4) {
    add(load32(bytes) | load32(bytes + size - 4) << 32);
  } else if (size > 0) {
    add(uint64_t{static_cast<unsigned char>(bytes[0])} |
        uint64_t{static_cast<unsigned char>(bytes[size / 2])} << 8 |
        uint64_t{static_cast<unsigned char>(bytes[size - 1])} << 16);
  }
  state ^= state >> 32;
  state *= 0xd6e8feb86659fd93ULL;
  state ^= state >> 32;
  return static_cast<size_t>(state != 0 ? state : 1);  // never 0: callers may use 0 for "none"
}

}  // namespace kg

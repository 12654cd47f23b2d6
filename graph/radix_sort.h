// A stable least-significant-digit radix sort by an unsigned 64-bit key, for large arrays of
// small records where std::sort's comparisons dominate (the name index of a large graph, a
// scan's candidates by node). Header only.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kg {

// Sorts `count` records by key(record), `digit_bits` bits at a time from the lowest, stopping
// once the digits left of `max_key` (the largest key) are all zero; records of equal keys keep
// their order. The records move between `items` and `buffer` (room for `count` each): returns
// the one that holds them sorted.
template <typename T, typename KeyOf>
T* radixSort(T* items, T* buffer, size_t count, KeyOf key, uint64_t max_key, int digit_bits) {
  const size_t buckets = size_t{1} << digit_bits;
  std::vector<size_t> offsets(buckets);
  for (int shift = 0; shift == 0 || (shift < 64 && (max_key >> shift) != 0); shift += digit_bits) {
    std::fill(offsets.begin(), offsets.end(), 0);
    for (size_t i = 0; i < count; ++i) ++offsets[(key(items[i]) >> shift) & (buckets - 1)];
    size_t total = 0;
    for (size_t& offset : offsets) total += std::exchange(offset, total);
    for (size_t i = 0; i < count; ++i)
      buffer[offsets[(key(items[i]) >> shift) & (buckets - 1)]++] = items[i];
    std::swap(items, buffer);
  }
  return items;
}

}  // namespace kg

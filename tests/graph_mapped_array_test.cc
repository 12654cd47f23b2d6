// MappedArray's storage: arrays that grow past the large-array threshold (allocated aligned, in
// huge pages where Linux gives them) keep their elements through growth, copies and erasure.
#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <vector>

#include "graph/mapped_array.h"

using namespace kg;

TEST_CASE("a large array keeps its elements across the large-array threshold", "[mapped_array]") {
  constexpr size_t kCount = 3 * LargeArrayAllocator<uint64_t>::kLargeBytes / sizeof(uint64_t);
  MappedArray<uint64_t> values;
  for (uint64_t i = 0; i < kCount; ++i) values.push_back(i * 3);  // small, then large storage
  REQUIRE(values.size() == kCount);
  CHECK(reinterpret_cast<uintptr_t>(values.data()) %
            LargeArrayAllocator<uint64_t>::kHugePageBytes ==
        0);
  bool all = true;
  for (uint64_t i = 0; i < kCount; ++i) all = all && values[i] == i * 3;
  CHECK(all);

  MappedArray<uint64_t> copy = values;
  copy.erase(copy.begin() + 1, copy.end() - 1);  // back under the threshold, same storage
  CHECK(copy.size() == 2);
  CHECK(copy[1] == (kCount - 1) * 3);
  CHECK(values.size() == kCount);

  values.resize(10);
  values.resize(2 * kCount, 7);
  CHECK(values[9] == 27);
  CHECK(values[2 * kCount - 1] == 7);

  // A borrowed large array is copied into large storage on its first change.
  auto owner = std::make_shared<std::vector<uint64_t>>(kCount, 5);
  MappedArray<uint64_t> borrowed;
  borrowed.borrow(owner->data(), owner->size(), owner);
  borrowed[0] = 1;
  CHECK(borrowed.data() != owner->data());
  CHECK(borrowed[0] == 1);
  CHECK(borrowed[kCount - 1] == 5);
  CHECK((*owner)[0] == 5);
  values.clear();
  CHECK(values.empty());
}

TEST_CASE("the large-array allocator gives small arrays plain storage", "[mapped_array]") {
  LargeArrayAllocator<uint32_t> allocator;
  uint32_t* small = allocator.allocate(16);
  small[15] = 1;
  allocator.deallocate(small, 16);
  size_t count = LargeArrayAllocator<uint32_t>::kLargeBytes / sizeof(uint32_t) + 1;
  uint32_t* large = allocator.allocate(count);
  large[0] = 1;
  large[count - 1] = 2;
  CHECK(reinterpret_cast<uintptr_t>(large) % LargeArrayAllocator<uint32_t>::kHugePageBytes == 0);
  allocator.deallocate(large, count);
  CHECK_THROWS_AS(allocator.allocate(SIZE_MAX / 2), std::bad_array_new_length);
}

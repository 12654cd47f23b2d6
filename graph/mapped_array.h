// MappedArray: an array of plain records that either owns its elements (a std::vector) or reads
// them in place from memory it does not own, such as a graph snapshot mapped from its file
// (graph_snapshot.h), so that a new process touches only the pages a query reads. Reading is
// the same either way; the first change to a borrowed array copies it into its own storage.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace kg {

// Allocates arrays of 4 MiB and more aligned to 2 MiB and asks Linux for transparent huge pages
// for them; smaller ones as std::allocator does. The first touch of each 4 KiB page is a fault,
// and on the virtual machines kg runs on a fault is dear: filling 40 MB (the edges of a 1M-edge
// graph) took 116 ms in 4 KiB pages against 9 ms in 2 MiB ones. (Where huge pages are turned
// off the advice changes nothing.)
template <typename T>
struct LargeArrayAllocator {
  using value_type = T;
  static constexpr size_t kLargeBytes = size_t{4} << 20;
  static constexpr size_t kHugePageBytes = size_t{2} << 20;

  LargeArrayAllocator() = default;
  template <typename U>
  LargeArrayAllocator(const LargeArrayAllocator<U>&) noexcept {}

  T* allocate(size_t count) {
    if (count > SIZE_MAX / sizeof(T) - kHugePageBytes) throw std::bad_array_new_length();
    size_t bytes = count * sizeof(T);
    if (bytes < kLargeBytes) return std::allocator<T>().allocate(count);
    // aligned_alloc wants a size that is a multiple of the alignment.
    bytes = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
    void* memory = std::aligned_alloc(kHugePageBytes, bytes);
    if (!memory) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    ::madvise(memory, bytes, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(memory);
  }
  void deallocate(T* memory, size_t count) {
    if (count * sizeof(T) < kLargeBytes)
      std::allocator<T>().deallocate(memory, count);
    else
      std::free(memory);
  }
  template <typename U>
  bool operator==(const LargeArrayAllocator<U>&) const {
    return true;
  }
};

// A std::vector that takes huge pages once it is large.
template <typename T>
using LargeVector = std::vector<T, LargeArrayAllocator<T>>;

template <typename T>
class MappedArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  MappedArray() = default;
  MappedArray(const MappedArray& other) : owned_(other.begin(), other.end()) { sync(); }
  MappedArray& operator=(const MappedArray& other) {
    if (this != &other) {
      owned_.assign(other.begin(), other.end());
      keep_alive_.reset();
      sync();
    }
    return *this;
  }
  MappedArray(MappedArray&& other) noexcept { *this = std::move(other); }
  MappedArray& operator=(MappedArray&& other) noexcept {
    owned_ = std::move(other.owned_);
    keep_alive_ = std::move(other.keep_alive_);
    data_ = keep_alive_ ? other.data_ : owned_.data();
    size_ = other.size_;
    other.owned_.clear();
    other.keep_alive_.reset();
    other.sync();
    return *this;
  }

  // Reads `size` records at `data`, which `keep_alive` keeps valid (and unchanged).
  void borrow(const T* data, size_t size, std::shared_ptr<const void> keep_alive) {
    owned_.clear();
    owned_.shrink_to_fit();
    keep_alive_ = std::move(keep_alive);
    data_ = data;
    size_ = size;
  }
  bool borrowed() const { return keep_alive_ != nullptr; }

  // --- reading ---
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* data() const { return data_; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }

  // --- changing (a borrowed array is copied first) ---
  T& operator[](size_t i) { return own()[i]; }
  T* begin() { return own().data(); }
  T* end() { return own().data() + size_; }
  T& back() { return own().back(); }
  void push_back(const T& value) {
    own().push_back(value);
    sync();
  }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    own().emplace_back(std::forward<Args>(args)...);
    sync();
    return owned_.back();
  }
  void append(const T* first, size_t count) {
    own().insert(owned_.end(), first, first + count);
    sync();
  }
  void resize(size_t size) {
    own().resize(size);
    sync();
  }
  void resize(size_t size, const T& value) {
    own().resize(size, value);
    sync();
  }
  void reserve(size_t size) {
    own().reserve(size);
    sync();
  }
  void assign(size_t size, const T& value) {
    keep_alive_.reset();
    owned_.assign(size, value);
    sync();
  }
  template <typename Iterator>
  void assign(Iterator first, Iterator last) {
    keep_alive_.reset();
    owned_.assign(first, last);
    sync();
  }
  void clear() {
    keep_alive_.reset();
    owned_.clear();
    sync();
  }
  template <typename Iterator>
  void erase(Iterator first, Iterator last) {
    LargeVector<T>& items = own();
    items.erase(items.begin() + (first - data_), items.begin() + (last - data_));
    sync();
  }

 private:
  LargeVector<T>& own() {
    if (keep_alive_) {
      owned_.assign(data_, data_ + size_);
      keep_alive_.reset();
      sync();
    }
    return owned_;
  }
  void sync() {
    data_ = owned_.data();
    size_ = owned_.size();
  }

  LargeVector<T> owned_;
  std::shared_ptr<const void> keep_alive_;  // set while borrowed
  const T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace kg

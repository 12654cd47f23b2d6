#include "query/regex_matcher.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "query/errors.h"

namespace kg::cypher {
namespace {

// Budgets of one match: backtracking steps, nested backtracking frames and their heap (KiB).
// Ordinary patterns over property values use a tiny fraction of each.
constexpr uint32_t kMatchLimit = 10'000'000;
constexpr uint32_t kDepthLimit = 10'000'000;
constexpr uint32_t kHeapLimitKiB = 256 * 1024;
// Patterns longer than this are refused before compiling.
constexpr size_t kMaxPatternBytes = 64 * 1024;

}  // namespace

struct RegexMatcher::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_data* match_data = nullptr;
  ~Compiled() {
    pcre2_match_data_free(match_data);
    pcre2_code_free(code);
  }
};

struct RegexMatcher::Limits {
  pcre2_match_context* match_context = pcre2_match_context_create(nullptr);
  ~Limits() { pcre2_match_context_free(match_context); }
};

RegexMatcher::RegexMatcher() : limits_(std::make_unique<Limits>()) {
  pcre2_set_match_limit(limits_->match_context, kMatchLimit);
  pcre2_set_depth_limit(limits_->match_context, kDepthLimit);
  pcre2_set_heap_limit(limits_->match_context, kHeapLimitKiB);
}

RegexMatcher::~RegexMatcher() = default;

bool RegexMatcher::matches(const std::string& text, const std::string& pattern) {
  auto it = cache_.find(pattern);
  if (it == cache_.end()) {
    if (pattern.size() > kMaxPatternBytes)
      throwRuntime("ArgumentError", "InvalidRegex",
                   "regular expression longer than " + std::to_string(kMaxPatternBytes) + " bytes");
    auto compiled = std::make_unique<Compiled>();
    int error = 0;
    PCRE2_SIZE error_offset = 0;
    // UTF mode that tolerates invalid UTF-8 in subjects; anchored at both ends: =~ matches the
    // whole string, as Java's String.matches does.
    compiled->code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_ANCHORED | PCRE2_ENDANCHORED,
                      &error, &error_offset, nullptr);
    if (!compiled->code) {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message(error, message, sizeof message);
      throwRuntime("ArgumentError", "InvalidRegex",
                   "invalid regular expression at offset " + std::to_string(error_offset) + ": " +
                       reinterpret_cast<const char*>(message));
    }
    compiled->match_data = pcre2_match_data_create_from_pattern(compiled->code, nullptr);
    it = cache_.emplace(pattern, std::move(compiled)).first;
  }
  const Compiled& compiled = *it->second;
  int result = pcre2_match(compiled.code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0,
                           0, compiled.match_data, limits_->match_context);
  if (result >= 0) return true;
  if (result == PCRE2_ERROR_NOMATCH) return false;
  if (result == PCRE2_ERROR_MATCHLIMIT || result == PCRE2_ERROR_DEPTHLIMIT ||
      result == PCRE2_ERROR_HEAPLIMIT || result == PCRE2_ERROR_NOMEMORY)
    throwRuntime("RuntimeError", "RegexTooComplex",
                 "regular expression too costly to match (backtracking limit reached): " +
                     pattern.substr(0, 80));
  PCRE2_UCHAR message[256];
  pcre2_get_error_message(result, message, sizeof message);
  throwRuntime(
      "RuntimeError", "RegexFailed",
      std::string("regular expression match failed: ") + reinterpret_cast<const char*>(message));
}

}  // namespace kg::cypher

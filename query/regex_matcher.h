// Cypher's =~ operator: a whole-string match of a regular expression (Java-like syntax, PCRE2),
// compiled once per pattern text and bounded in time and memory, so that no pattern or subject
// from a user can exhaust the stack or run for ever (std::regex recurses per character).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

namespace kg::cypher {

class RegexMatcher {
 public:
  RegexMatcher();
  ~RegexMatcher();
  RegexMatcher(const RegexMatcher&) = delete;
  RegexMatcher& operator=(const RegexMatcher&) = delete;

  // Whether all of `text` matches `pattern`. Throws QueryError ArgumentError/InvalidRegex on a
  // pattern that does not compile, and RuntimeError/RegexTooComplex when the match exceeds its
  // backtracking or memory budget.
  bool matches(const std::string& text, const std::string& pattern);

 private:
  struct Compiled;
  std::unordered_map<std::string, std::unique_ptr<Compiled>> cache_;
  struct Limits;
  std::unique_ptr<Limits> limits_;
};

}  // namespace kg::cypher

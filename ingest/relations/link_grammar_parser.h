// LinkGrammarParser: a thin owner of one link-grammar English dictionary (loaded once) that parses
// a sentence into words with byte offsets and typed links (S subject, O object, Pv passive ...).
// Sentences longer than a limit are refused and each parse has a time limit.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct ParsedLink {
  size_t left = 0;  // word indices into ParsedSentence::words
  size_t right = 0;
  std::string label;  // "Ss*s", "Os", "MVp", ...
};

struct ParsedWord {
  std::string text;  // as the dictionary knows it, with its subscript: "sanctions.n"
  size_t begin = 0;  // byte offsets into the parsed string; begin == end for the walls
  size_t end = 0;
  bool wall = false;  // LEFT-WALL / RIGHT-WALL
};

struct ParsedSentence {
  bool parsed = false;  // false: refused, timed out or no linkage
  std::string failure;  // why not, when !parsed
  int null_words = 0;   // words the linkage left unlinked
  std::vector<ParsedWord> words;
  std::vector<ParsedLink> links;
};

class LinkGrammarParser {
 public:
  struct Options {
    std::string dictionary = "en";  // language name or dictionary path
    int timeout_ms = 200;           // rounded up to whole seconds (the library's granularity)
    size_t max_bytes = 1000;        // longer sentences are not parsed
    size_t max_words = 60;          // nor sentences of more words than this
    int max_null_words = 4;         // a linkage may leave this many words unlinked
  };

  // Loads the dictionary. Throws std::runtime_error when it cannot be loaded.
  explicit LinkGrammarParser(Options options);
  LinkGrammarParser() : LinkGrammarParser(Options{}) {}
  ~LinkGrammarParser();
  LinkGrammarParser(const LinkGrammarParser&) = delete;
  LinkGrammarParser& operator=(const LinkGrammarParser&) = delete;

  // Parses one sentence and returns its best linkage. Never throws for odd text.
  ParsedSentence parse(std::string_view text) const { return parse(text, options_.max_null_words); }
  // The same with another limit on unlinked words (0: only complete linkages).
  ParsedSentence parse(std::string_view text, int max_null_words) const;

  const Options& options() const { return options_; }

 private:
  Options options_;
  struct Library;
  std::unique_ptr<Library> library_;
};

// The label's leading upper-case letters: "Ss*s" -> "S", "MVp" -> "MV", "SJls" -> "SJ".
std::string_view linkType(std::string_view label);

// A word's text without its subscript: "sanctions.n" -> "sanctions".
std::string_view wordWithoutSubscript(std::string_view word);
// The subscript's first letter ('v' for "said.v-d", 'n' for "sanctions.n"), 0 when none.
char wordSubscript(std::string_view word);

}  // namespace kg

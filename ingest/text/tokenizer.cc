#include "ingest/text/tokenizer.h"

#include <cctype>

namespace kg {
namespace {

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordByte(char c) { return isLetter(c) || isDigit(c); }
bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The length of an English clitic starting at the apostrophe at `at` ("'re", "'ve", "'ll", "'m",
// "'d", ending the word), or 0: "We're" is "We" and "'re"; "O'Hara" has none.
size_t cliticLength(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '\'') return 0;
  for (std::string_view clitic : {"'re", "'ve", "'ll", "'m", "'d"}) {
    if (text.size() - at < clitic.size()) continue;
    bool same = true;
    for (size_t k = 1; k < clitic.size(); ++k)
      same = same && std::tolower(static_cast<unsigned char>(text[at + k])) == clitic[k];
    size_t end = at + clitic.size();
    if (same && (end == text.size() || !isWordByte(text[end]))) return clitic.size();
  }
  return 0;
}

std::string lowerCase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

}  // namespace

Tokenizer::Tokenizer(std::unordered_set<std::string> abbreviations)
    : abbreviations_(std::move(abbreviations)) {}

std::vector<Token> Tokenizer::tokenize(std::string_view text) const {
  std::vector<Token> tokens;
  bool space = true;
  auto push = [&](size_t begin, size_t end) {
    Token token;
    token.begin = begin;
    token.end = end;
    token.text = std::string(text.substr(begin, end - begin));
    token.lower = lowerCase(token.text);
    token.capitalised = std::isupper(static_cast<unsigned char>(token.text[0])) != 0;
    token.space_before = space;
    space = false;
    tokens.push_back(std::move(token));
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (isSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    // Possessive clitic after a word: "China's", "members'".
    bool after_initials = i > 1 && text[i - 1] == '.' && !tokens.empty() &&
                          tokens.back().end == i && tokens.back().text.size() >= 3;
    if (c == '\'' && i > 0 && (isWordByte(text[i - 1]) || after_initials) && !space) {
      bool s_clitic = i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S') &&
                      (i + 2 >= text.size() || !isWordByte(text[i + 2]));
      if (s_clitic) {
        push(i, i + 2);
        i += 2;
        continue;
      }
      bool plural_possessive =
          (text[i - 1] == 's') && (i + 1 >= text.size() || !isWordByte(text[i + 1]));
      if (plural_possessive) {
        push(i, i + 1);
        tokens.back().text.assign(1, '\'');
        ++i;
        continue;
      }
    }
    // "--" and "---" are a dash written with hyphens: one token, "-", as an en or em dash is.
    if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      size_t end = i;
      while (end < text.size() && text[end] == '-') ++end;
      push(i, end);
      tokens.back().text.assign(1, '-');
      i = end;
      continue;
    }
    if (!isWordByte(c)) {
      push(i, i + 1);
      ++i;
      continue;
    }
    size_t start = i;
    bool number = isDigit(c);
    // A capital at k that ends a run of initials without its dot: no word byte follows it.
    auto lastInitial = [&](size_t k) {
      return std::isupper(static_cast<unsigned char>(text[k])) &&
             (k + 1 >= text.size() || !isWordByte(text[k + 1]));
    };
    while (i < text.size()) {
      char d = text[i];
      char next = i + 1 < text.size() ? text[i + 1] : '\0';
      if (isWordByte(d)) {
        ++i;
      } else if ((d == '-' || d == '&' || d == '/') && isWordByte(next) && i > start &&
                 (d != '/' || number)) {
        ++i;
      } else if (number && (d == ',' || d == '.') && isDigit(next) && isDigit(text[i - 1])) {
        ++i;
      } else if (d == '\'' && isLetter(next) &&
                 !((next == 's' || next == 'S') &&
                   (i + 2 >= text.size() || !isWordByte(text[i + 2]))) &&
                 !(next == 't' && i > start && (text[i - 1] == 'n' || text[i - 1] == 'N')) &&
                 cliticLength(text, i) == 0) {
        ++i;  // O'Hara; not the possessive 's, not n't, not a clitic ("they're")
      } else if (d == '.' && isLetter(next) && i + 2 <= text.size() &&
                 (i + 2 == text.size() || text[i + 2] == '.' || lastInitial(i + 1)) &&
                 i - start == 1 && std::isupper(static_cast<unsigned char>(text[start]))) {
        // Initials: U.S., U.K., E.U. (a capital, a dot, a letter, a dot ...); a last capital
        // may go without its dot ("L.L.C", "S.A").
        while (i + 1 < text.size() && text[i] == '.' && isLetter(text[i + 1]) &&
               (i + 2 == text.size() || text[i + 2] == '.' || lastInitial(i + 1)))
          i += 2;
        if (i < text.size() && text[i] == '.') ++i;
        // "U.S.-based", "U.K.-led": a compound on the initials is one word.
        if (i + 1 < text.size() && text[i] == '-' && isLetter(text[i + 1])) {
          ++i;
          while (i < text.size() &&
                 (isWordByte(text[i]) ||
                  (text[i] == '-' && i + 1 < text.size() && isLetter(text[i + 1]))))
            ++i;
        }
        break;
      } else if (d == '.' && i - start == 1 &&
                 std::islower(static_cast<unsigned char>(text[start])) && i + 2 < text.size() &&
                 std::islower(static_cast<unsigned char>(next)) && text[i + 2] == '.') {
        // Lower-case dotted letters are one word, with an inflection written after them: "o.k.",
        // "o.k.ed", "o.k.s". The last full stop stays the sentence's when nothing follows it on
        // the line or a capital does.
        while (i + 2 < text.size() && text[i] == '.' &&
               std::islower(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == '.')
          i += 2;
        size_t after = i + 1;
        bool inflected =
            after < text.size() && std::islower(static_cast<unsigned char>(text[after]));
        bool mid_sentence = after + 1 < text.size() && text[after] == ' ' &&
                            std::islower(static_cast<unsigned char>(text[after + 1]));
        if (inflected) {
          i = after;
          while (i < text.size() && std::islower(static_cast<unsigned char>(text[i]))) ++i;
        } else if (mid_sentence) {
          i = after;
        }
        break;
      } else {
        break;
      }
    }
    // "We're" -> "We" "'re", "they'll" -> "they" "'ll": the clitic is a word of its own.
    if (size_t clitic = i > start ? cliticLength(text, i) : 0; clitic > 0) {
      push(start, i);
      push(i, i + clitic);
      i += clitic;
      continue;
    }
    // "doesn't" -> "does" "n't"; "can't" -> "ca" "n't" is left as "can't" would read oddly, so
    // the negation is cut off after the 'n' only when the rest is a word.
    if (i + 1 < text.size() && text[i] == '\'' && text[i + 1] == 't' && i > start + 1 &&
        (text[i - 1] == 'n' || text[i - 1] == 'N') &&
        (i + 2 >= text.size() || !isWordByte(text[i + 2]))) {
      push(start, i - 1);
      push(i - 1, i + 2);
      i += 2;
      continue;
    }
    // A known abbreviation keeps its full stop ("Ltd.", "Mr.", "Jan.") unless that stop ends the
    // text (the sentence's own full stop); so does a middle initial ("Jane Q. Holt").
    bool initial = i == start + 1 && std::isupper(static_cast<unsigned char>(text[start])) &&
                   i + 2 < text.size() && text[i] == '.' && text[i + 1] == ' ' &&
                   std::isupper(static_cast<unsigned char>(text[i + 2]));
    if (i + 1 < text.size() && text[i] == '.' &&
        (initial || abbreviations_.count(std::string(text.substr(start, i - start)))))
      ++i;
    push(start, i);
  }
  return tokens;
}

}  // namespace kg

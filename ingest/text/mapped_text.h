// Text that remembers where each of its bytes came from in the article's original bytes, so the
// text stage can strip HTML, decode entities and normalise quotes while evidence offsets still
// point into what the user fed in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct MappedText {
  std::string text;
  std::vector<int64_t> begin;  // per byte of text: first original byte it came from
  std::vector<int64_t> end;    // per byte of text: one past the last original byte

  // Appends `bytes`, all coming from the original range [from, to).
  void append(std::string_view bytes, int64_t from, int64_t to) {
    for (char c : bytes) {
      text.push_back(c);
      begin.push_back(from);
      end.push_back(to);
    }
  }
  // Appends byte `index` of `source` with its origin.
  void appendFrom(const MappedText& source, size_t index) {
    text.push_back(source.text[index]);
    begin.push_back(source.begin[index]);
    end.push_back(source.end[index]);
  }
  size_t size() const { return text.size(); }
};

// Strips HTML: drops tags, comments, scripts, styles and navigation chrome, decodes character
// entities, and turns block elements into blank lines (paragraph breaks). Offsets of `html`'s
// bytes start at `base`.
MappedText stripHtml(std::string_view html, int64_t base);

// Decodes the character entity at html[i] == '&' ("&amp;", "&#39;", "&rsquo;") onto `out` as
// UTF-8; returns its length, or 0 (appending nothing) when it is none.
size_t decodeHtmlEntity(std::string_view html, size_t i, std::string& out);

// Whether the text looks like an HTML page or fragment (has block or document tags).
bool looksLikeHtml(std::string_view text);

// Replaces curly quotes and apostrophes by ' and ", non-breaking and other special spaces by a
// plain space, dashes by '-', an ellipsis by "...", and drops carriage returns, soft hyphens and
// zero-width characters. Each output byte keeps the origin of the character it replaces.
MappedText normalizeText(const MappedText& input);

}  // namespace kg

#include "graph/name_key.h"

#include <cstdint>

namespace kg {
namespace {

// Decodes one UTF-8 code point at text[i]; advances i. Invalid bytes decode as themselves.
uint32_t nextCodePoint(std::string_view text, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  int length = lead < 0x80           ? 1
               : (lead >> 5) == 0x6  ? 2
               : (lead >> 4) == 0xE  ? 3
               : (lead >> 3) == 0x1E ? 4
                                     : 1;
  if (i + length > text.size()) length = 1;
  uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return lead;
    }
    code = (code << 6) | (next & 0x3F);
  }
  i += length;
  return code;
}

// Maps a Latin letter with a diacritic to its base letter (lower case), or 0 when none applies.
char foldLatin(uint32_t code) {
  static const char* latin1 =  // U+00C0 .. U+00FF
      "aaaaaaeceeeeiiiidnooooo*ouuuuyts"
      "aaaaaaeceeeeiiiidnooooo/ouuuuyty";
  if (code >= 0xC0 && code <= 0xFF) {
    char c = latin1[code - 0xC0];
    return c == '*' || c == '/' ? 0 : c;
  }
  if (code >= 0x100 && code <= 0x17F) {  // Latin Extended-A, in pairs
    static const char* extended =        // U+0100 .. U+017F
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    size_t index = code - 0x100;
    return index < 128 ? extended[index] : 0;
  }
  if (code >= 0x1CD && code <= 0x1DC) return "aaiioouuuuuuuuuu"[code - 0x1CD];  // pinyin tones
  return 0;
}

}  // namespace

std::string nameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool pendingSpace = false;
  for (size_t i = 0; i < name.size();) {
    uint32_t code = nextCodePoint(name, i);
    bool space = code == ' ' || code == '\t' || code == '\n' || code == '\r' || code == 0xA0 ||
                 (code >= 0x2000 && code <= 0x200B) || code == 0x202F;
    if (space) {
      pendingSpace = !key.empty();
      continue;
    }
    std::string piece;
    if (code < 0x80) {
      piece = static_cast<char>(code >= 'A' && code <= 'Z' ? code + 32 : code);
    } else if (code == 0x2018 || code == 0x2019 || code == 0x02BC) {
      piece = "'";
    } else if (code == 0x201C || code == 0x201D) {
      piece = "\"";
    } else if (code >= 0x2010 && code <= 0x2015) {
      piece = "-";
    } else if (char base = foldLatin(code)) {
      piece = base;
    } else {  // keep other scripts as they are (re-encode)
      if (code < 0x800) {
        piece += static_cast<char>(0xC0 | (code >> 6));
        piece += static_cast<char>(0x80 | (code & 0x3F));
      } else if (code < 0x10000) {
        piece += static_cast<char>(0xE0 | (code >> 12));
        piece += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        piece += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        piece += static_cast<char>(0xF0 | (code >> 18));
        piece += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        piece += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        piece += static_cast<char>(0x80 | (code & 0x3F));
      }
    }
    if (pendingSpace) key += ' ';
    pendingSpace = false;
    key += piece;
  }
  return key;
}

}  // namespace kg

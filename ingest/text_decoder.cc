#include "ingest/text_decoder.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace kg {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

void appendUtf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// The length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is invalid; then
// `invalid_length` is the length of its longest valid-looking prefix (at least 1), which becomes
// one U+FFFD (the "maximal subpart" rule of Unicode chapter 3).
size_t utf8SequenceLength(std::string_view bytes, size_t i, size_t& invalid_length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  unsigned char lead = byte(i);
  invalid_length = 1;
  if (lead < 0x80) return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (size_t k = 1; k < length; ++k) {
    if (i + k >= bytes.size()) return 0;
    unsigned char next = byte(i + k);
    bool ok = k == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
    if (!ok) return 0;
    invalid_length = k + 1;
  }
  return length;
}

struct BinaryFormat {
  std::string_view magic;
  const char* description;
};

const BinaryFormat kBinaryFormats[] = {
    {"\x7f"
     "ELF",
     "an ELF executable or library"},
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a ZIP archive (or an Office document)"},
    {"\x1f\x8b", "gzip-compressed data"},
    {"\xfd"
     "7zXZ",
     "xz-compressed data"},
    {"\x28\xb5\x2f\xfd", "zstd-compressed data"},
    {"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
    {"Rar!\x1a\x07", "a RAR archive"},
    {"\x89PNG", "a PNG image"},
    {"\xff\xd8\xff", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {std::string_view("SQLite format 3\0", 16), "an SQLite database"},
    {"\xd0\xcf\x11\xe0", "an old-style Office document"},
    {"\xcf\xfa\xed\xfe", "a Mach-O executable"},
    {"\xce\xfa\xed\xfe", "a Mach-O executable"},
    {"\xca\xfe\xba\xbe", "a Mach-O universal binary or Java class file"},
    {std::string_view("\0asm", 4), "a WebAssembly module"},
};

[[noreturn]] void refuseBinary(const std::string& why) {
  throw InputRefused("binary", "binary data, not text: " + why);
}

bool startsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

// Windows-1252's characters for bytes 0x80-0x9F; 0 where the code page leaves a byte undefined.
const char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isWindows1252Letter(unsigned char c) {
  if (c >= 0xC0) return c != 0xD7 && c != 0xF7;
  switch (c) {
    case 0x83:
    case 0x8A:
    case 0x8C:
    case 0x8E:
    case 0x9A:
    case 0x9C:
    case 0x9E:
    case 0x9F:
    case 0xAA:
    case 0xB5:
    case 0xBA:
      return true;
    default:
      return false;
  }
}

bool isAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool isControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f;
}

// Whether bytes that are not UTF-8 read as Latin text in Windows-1252: every high byte is a
// defined character, letters sit next to letters (as in "café", "Müller"), punctuation next to
// text, and high bytes are a small share of the whole.
bool looksLikeWindows1252(std::string_view bytes) {
  size_t high = 0, plausible = 0;
  auto at = [&](size_t k) -> unsigned char {
    return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : ' ';
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = at(i);
    if (c < 0x80) continue;
    ++high;
    if (c <= 0x9F && kWindows1252High[c - 0x80] == 0) return false;
    unsigned char previous = i > 0 ? at(i - 1) : ' ', next = at(i + 1);
    auto letterish = [](unsigned char x) { return isAsciiLetter(x) || isWindows1252Letter(x); };
    if (isWindows1252Letter(c))
      plausible += letterish(previous) || letterish(next);
    else
      plausible += !isControl(previous) && !isControl(next);
  }
  return high > 0 && plausible * 10 >= high * 9 && high * 4 <= bytes.size();
}

std::string percent(size_t part, size_t whole) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", whole ? 100.0 * part / whole : 0.0);
  return text;
}

void addAnchor(DecodedText& decoded, size_t original, unsigned unit) {
  decoded.anchors.push_back({decoded.text.size(), original, unit});
}

void noteInvalid(DecodedText& decoded, size_t original_offset) {
  if (decoded.invalid_sequences++ == 0) decoded.first_invalid_offset = original_offset;
}

void decodeUtf8(std::string_view bytes, size_t start, DecodedText& decoded) {
  decoded.anchors = {{0, start, 1}};
  decoded.text.reserve(bytes.size() - start);
  size_t run_start = start;
  size_t i = start;
  while (i < bytes.size()) {
    size_t invalid_length;
    size_t length = utf8SequenceLength(bytes, i, invalid_length);
    if (length > 0) {
      i += length;
      continue;
    }
    decoded.text.append(bytes.substr(run_start, i - run_start));
    noteInvalid(decoded, i);
    appendUtf8(decoded.text, kReplacementCharacter);
    i += invalid_length;
    addAnchor(decoded, i, 1);
    run_start = i;
  }
  decoded.text.append(bytes.substr(run_start));
}

void decodeWindows1252(std::string_view bytes, DecodedText& decoded) {
  decoded.encoding = TextEncoding::Windows1252;
  decoded.text.reserve(bytes.size() + bytes.size() / 8);
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      decoded.text += static_cast<char>(c);
      continue;
    }
    char32_t code_point = c;
    if (c <= 0x9F && kWindows1252High[c - 0x80] != 0) code_point = kWindows1252High[c - 0x80];
    appendUtf8(decoded.text, code_point);
    addAnchor(decoded, i + 1, 1);
  }
}

void decodeUtf16(std::string_view bytes, size_t start, bool little_endian, DecodedText& decoded) {
  decoded.encoding = little_endian ? TextEncoding::Utf16LittleEndian : TextEncoding::Utf16BigEndian;
  decoded.anchors = {{0, start, 2}};
  decoded.text.reserve((bytes.size() - start) / 2);
  auto unit = [&](size_t k) -> char16_t {
    auto first = static_cast<unsigned char>(bytes[k]);
    auto second = static_cast<unsigned char>(bytes[k + 1]);
    return little_endian ? static_cast<char16_t>(first | (second << 8))
                         : static_cast<char16_t>((first << 8) | second);
  };
  size_t i = start;
  while (i + 1 < bytes.size()) {
    char16_t first = unit(i);
    size_t consumed = 2;
    char32_t code_point = first;
    if (first >= 0xD800 && first <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 &&
        unit(i + 2) <= 0xDFFF) {
      code_point = 0x10000 + ((first - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      consumed = 4;
    } else if (first >= 0xD800 && first <= 0xDFFF) {
      noteInvalid(decoded, i);
      code_point = kReplacementCharacter;
    }
    appendUtf8(decoded.text, code_point);
    i += consumed;
    if (code_point >= 0x80) addAnchor(decoded, i, 2);
  }
  if (i < bytes.size()) {  // an odd byte at the end
    noteInvalid(decoded, i);
    appendUtf8(decoded.text, kReplacementCharacter);
    addAnchor(decoded, bytes.size(), 2);
  }
}

// UTF-16 without a byte order mark shows as zero bytes in every other position (for the Latin,
// Cyrillic and Greek text news is mostly in). Returns the byte order, or nullopt.
std::optional<bool> detectUtf16WithoutMark(std::string_view bytes) {
  size_t pairs = std::min<size_t>(bytes.size(), 1 << 16) / 2;
  if (pairs < 4) return std::nullopt;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t k = 0; k < pairs; ++k) {
    zero_even += bytes[2 * k] == '\0';
    zero_odd += bytes[2 * k + 1] == '\0';
  }
  if (zero_odd * 10 >= pairs * 4 && zero_even * 50 <= pairs) return true;
  if (zero_even * 10 >= pairs * 4 && zero_odd * 50 <= pairs) return false;
  return std::nullopt;
}

// Replaces control characters (not tab, newlines, form feed) by spaces, keeping every offset;
// refuses the text when they are too large a share of it.
void replaceControls(DecodedText& decoded, double max_control_ratio) {
  size_t characters = 0, controls = 0;
  for (char& c : decoded.text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) ++characters;
    if (isControl(byte)) {
      ++controls;
      c = ' ';
    }
  }
  if (controls > 0 && controls > max_control_ratio * characters)
    refuseBinary(std::to_string(controls) + " of " + std::to_string(characters) + " characters (" +
                 percent(controls, characters) + ") are control characters");
  decoded.controls_replaced = controls;
}

}  // namespace

std::optional<TextEncoding> parseTextEncoding(std::string_view name) {
  std::string lower;
  for (char c : name)
    if (c != '-' && c != '_')
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "auto") return TextEncoding::Auto;
  if (lower == "utf8") return TextEncoding::Utf8;
  if (lower == "utf16" || lower == "utf16le") return TextEncoding::Utf16LittleEndian;
  if (lower == "utf16be") return TextEncoding::Utf16BigEndian;
  if (lower == "latin1" || lower == "iso88591" || lower == "windows1252" || lower == "cp1252")
    return TextEncoding::Windows1252;
  return std::nullopt;
}

std::string_view textEncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::Auto:
      return "auto";
    case TextEncoding::Utf8:
      return "utf-8";
    case TextEncoding::Utf16LittleEndian:
      return "utf-16le";
    case TextEncoding::Utf16BigEndian:
      return "utf-16be";
    case TextEncoding::Windows1252:
      return "windows-1252";
  }
  return "auto";
}

size_t DecodedText::originalOffset(size_t text_offset) const {
  auto next = std::upper_bound(anchors.begin(), anchors.end(), text_offset,
                               [](size_t offset, const Anchor& a) { return offset < a.text; });
  const Anchor& anchor = *std::prev(next);
  size_t original = anchor.original + (text_offset - anchor.text) * anchor.unit;
  if (next != anchors.end()) original = std::min(original, next->original);
  return original;
}

DecodedText decodeArticleBytes(std::string_view bytes, const DecodeOptions& options) {
  if (bytes.empty()) throw InputRefused("empty", "empty file");
  for (const BinaryFormat& format : kBinaryFormats)
    if (startsWith(bytes, format.magic)) refuseBinary(format.description);
  if (startsWith(bytes, "MZ") && bytes.find('\0') != std::string_view::npos)
    refuseBinary("a Windows executable");

  DecodedText decoded;
  bool utf32_mark = startsWith(bytes, std::string_view("\xff\xfe\0\0", 4)) ||
                    startsWith(bytes, std::string_view("\0\0\xfe\xff", 4));
  if (utf32_mark) throw InputRefused("binary", "UTF-32 text is not supported; convert it to UTF-8");
  TextEncoding encoding = options.encoding;
  size_t start = 0;
  if (startsWith(bytes, "\xff\xfe")) {
    encoding = TextEncoding::Utf16LittleEndian;
    start = 2;
  } else if (startsWith(bytes, "\xfe\xff")) {
    encoding = TextEncoding::Utf16BigEndian;
    start = 2;
  } else if (startsWith(bytes, "\xef\xbb\xbf")) {
    encoding = TextEncoding::Utf8;
    start = 3;
  }
  decoded.byte_order_mark = start > 0;
  if (encoding == TextEncoding::Auto && bytes.find('\0') != std::string_view::npos) {
    if (auto little_endian = detectUtf16WithoutMark(bytes)) {
      encoding = *little_endian ? TextEncoding::Utf16LittleEndian : TextEncoding::Utf16BigEndian;
      decoded.notes.push_back("no byte order mark, but every other byte is zero: read as " +
                              std::string(textEncodingName(encoding)));
    }
  }

  if (encoding == TextEncoding::Utf16LittleEndian || encoding == TextEncoding::Utf16BigEndian) {
    decodeUtf16(bytes, start, encoding == TextEncoding::Utf16LittleEndian, decoded);
    if (decoded.invalid_sequences > 0)
      decoded.notes.push_back(std::to_string(decoded.invalid_sequences) +
                              " invalid UTF-16 code units replaced by U+FFFD (first at byte " +
                              std::to_string(decoded.first_invalid_offset) + ")");
  } else {
    if (size_t nul = bytes.find('\0', start); nul != std::string_view::npos)
      refuseBinary("NUL byte at offset " + std::to_string(nul));
    if (encoding == TextEncoding::Windows1252) {
      decodeWindows1252(bytes, decoded);
    } else {
      decodeUtf8(bytes, start, decoded);
      if (decoded.invalid_sequences > 0 && encoding == TextEncoding::Auto && start == 0) {
        // Not UTF-8. Latin text in Windows-1252 (or Latin-1)? Only when no valid multi-byte
        // sequence says the file is UTF-8 after all.
        bool has_multibyte = false;
        for (size_t i = 0, length; i < bytes.size() && !has_multibyte;
             i += std::max<size_t>(length, 1)) {
          size_t invalid_length;
          length = utf8SequenceLength(bytes, i, invalid_length);
          has_multibyte = length > 1;
          if (length == 0) length = invalid_length;
        }
        if (!has_multibyte && looksLikeWindows1252(bytes)) {
          size_t first_invalid = decoded.first_invalid_offset;
          decoded = DecodedText{};
          decodeWindows1252(bytes, decoded);
          decoded.notes.push_back("not valid UTF-8 (first bad byte at offset " +
                                  std::to_string(first_invalid) +
                                  "); read as Windows-1252/Latin-1 (see --encoding)");
        } else if (decoded.invalid_sequences >= 8 &&
                   decoded.invalid_sequences > options.max_invalid_ratio * bytes.size()) {
          refuseBinary(std::to_string(decoded.invalid_sequences) + " invalid UTF-8 sequences in " +
                       std::to_string(bytes.size()) + " bytes (first at offset " +
                       std::to_string(decoded.first_invalid_offset) +
                       "); if this is Latin-1 text, use --encoding latin1");
        }
      }
      if (decoded.invalid_sequences > 0)
        decoded.notes.push_back(
            std::to_string(decoded.invalid_sequences) + " invalid UTF-8 sequence" +
            (decoded.invalid_sequences == 1 ? "" : "s") + " replaced by U+FFFD (first at byte " +
            std::to_string(decoded.first_invalid_offset) + ")");
    }
  }

  replaceControls(decoded, options.max_control_ratio);
  if (decoded.controls_replaced > 0)
    decoded.notes.push_back(std::to_string(decoded.controls_replaced) + " control character" +
                            (decoded.controls_replaced == 1 ? "" : "s") + " replaced by spaces");
  bool has_text = std::any_of(decoded.text.begin(), decoded.text.end(), [](char c) {
    return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
  });
  if (!has_text) throw InputRefused("empty", "no text (only white space)");
  return decoded;
}

}  // namespace kg

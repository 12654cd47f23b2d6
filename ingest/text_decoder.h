// The single point where an article's raw bytes become text: UTF-8 (with or without a byte order
// mark), UTF-16 with a byte order mark (or recognisably UTF-16 without one) and Windows-1252 /
// Latin-1 (detected when the bytes are not UTF-8 but read as Latin text, or forced) all come out
// as valid UTF-8. Binary data (NUL bytes, executables and other known binary formats, mostly
// control bytes) is refused with InputRefused saying why. Invalid UTF-8 inside good text is
// replaced by U+FFFD and reported, never silently dropped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article_source.h"

namespace kg {

enum class TextEncoding { Auto, Utf8, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

// "auto", "utf-8"/"utf8", "utf-16le", "utf-16be", "utf-16" (little endian unless a byte order mark
// says otherwise), "latin1"/"latin-1"/"iso-8859-1"/"windows-1252"/"cp1252"; nullopt otherwise.
std::optional<TextEncoding> parseTextEncoding(std::string_view name);
std::string_view textEncodingName(TextEncoding encoding);  // "utf-8", "windows-1252" ...

struct DecodeOptions {
  TextEncoding encoding = TextEncoding::Auto;  // Auto: byte order mark, then detection
  // Refuse as binary when more than this share of the characters are control characters
  // (other than tab, line feed, carriage return, form feed, vertical tab).
  double max_control_ratio = 0.05;
  // Refuse as not text when more than this share of the bytes are invalid UTF-8 (and they do not
  // read as Windows-1252 either); fewer than 8 bad sequences are always only replaced.
  double max_invalid_ratio = 0.05;
};

struct DecodedText {
  std::string text;  // valid UTF-8, no byte order mark; controls other than whitespace -> ' '
  TextEncoding encoding = TextEncoding::Utf8;  // what the bytes were read as
  bool byte_order_mark = false;
  size_t invalid_sequences = 0;     // invalid UTF-8 (or lone UTF-16 surrogates) replaced by U+FFFD
  size_t first_invalid_offset = 0;  // byte offset of the first of them in the original bytes
  size_t controls_replaced = 0;     // control characters replaced by spaces
  // One line each, for the user: the encoding guessed, the bytes replaced and where.
  std::vector<std::string> notes;

  // The byte offset in the original bytes of byte `text_offset` of `text` (offsets of the end of
  // a span map to the end of the corresponding original bytes).
  size_t originalOffset(size_t text_offset) const;
  // True when text offsets are original offsets (plain UTF-8 without a byte order mark).
  bool offsetsAreOriginal() const { return anchors.size() == 1 && anchors[0].original == 0; }

  // From `text` offset `text` on, original offsets grow by `unit` bytes per text byte, until the
  // next anchor. Sorted by `text`; the first is at text offset 0.
  struct Anchor {
    size_t text = 0;
    size_t original = 0;
    unsigned unit = 1;
  };
  std::vector<Anchor> anchors{Anchor{}};
};

// Decodes one article. Throws InputRefused ("empty" or "binary") for input that is not text.
DecodedText decodeArticleBytes(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace kg

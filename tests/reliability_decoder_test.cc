// decodeArticleBytes: every encoding an analyst's scraped folder holds comes out as valid UTF-8
// with offsets that map back to the original bytes; binary data is refused with the reason.
#include <catch2/catch.hpp>
#include <string>

#include "ingest/text_decoder.h"

using kg::decodeArticleBytes;
using kg::DecodedText;
using kg::DecodeOptions;
using kg::InputRefused;
using kg::TextEncoding;

namespace {

std::string utf16(const std::u16string& text, bool little_endian, bool mark) {
  std::string bytes;
  auto put = [&](char16_t unit) {
    char low = static_cast<char>(unit & 0xFF), high = static_cast<char>(unit >> 8);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  };
  if (mark) put(0xFEFF);
  for (char16_t unit : text) put(unit);
  return bytes;
}

// The reason an input is refused, or "" when it is accepted.
std::string refusal(std::string_view bytes, const DecodeOptions& options = {}) {
  try {
    decodeArticleBytes(bytes, options);
  } catch (const InputRefused& error) {
    return error.category + ": " + error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("plain UTF-8 passes through unchanged with original offsets", "[reliability]") {
  std::string text = "Zürich police said “no comment” — 東京 and 🇺🇦 too.\n";
  DecodedText decoded = decodeArticleBytes(text);
  CHECK(decoded.text == text);
  CHECK(decoded.encoding == TextEncoding::Utf8);
  CHECK(decoded.notes.empty());
  CHECK(decoded.offsetsAreOriginal());
  CHECK(decoded.originalOffset(10) == 10);
}

TEST_CASE("a UTF-8 byte order mark is dropped and offsets shift by three", "[reliability]") {
  DecodedText decoded = decodeArticleBytes("\xef\xbb\xbfRussia denied it.");
  CHECK(decoded.text == "Russia denied it.");
  CHECK(decoded.byte_order_mark);
  CHECK(decoded.originalOffset(0) == 3);
  CHECK(decoded.originalOffset(7) == 10);
}

TEST_CASE("UTF-16 with a byte order mark is transcoded, both byte orders", "[reliability]") {
  std::u16string text = u"Kyiv \u00e9t\u00e9 \U0001F600 Paris.";
  std::string expected = "Kyiv \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80 Paris.";
  for (bool little_endian : {true, false}) {
    DecodedText decoded = decodeArticleBytes(utf16(text, little_endian, true));
    CHECK(decoded.text == expected);
    CHECK(decoded.encoding ==
          (little_endian ? TextEncoding::Utf16LittleEndian : TextEncoding::Utf16BigEndian));
    // "Paris" starts at UTF-16 unit 12 (after the mark; the surrogate pair counts two units).
    size_t paris = expected.find("Paris");
    CHECK(decoded.originalOffset(paris) == 2 + 2 * 12);
    CHECK(decoded.originalOffset(expected.size()) == 2 + 2 * text.size());
  }
}

TEST_CASE("UTF-16 without a mark is recognised, a lone surrogate is reported", "[reliability]") {
  DecodedText decoded = decodeArticleBytes(utf16(u"Moscow summoned the ambassador.", true, false));
  CHECK(decoded.text == "Moscow summoned the ambassador.");
  REQUIRE(decoded.notes.size() == 1);
  CHECK(decoded.notes[0].find("utf-16le") != std::string::npos);

  std::u16string broken = u"Oslo ";
  broken += char16_t(0xD800);
  broken += u" Rome";
  decoded = decodeArticleBytes(utf16(broken, true, true));
  CHECK(decoded.text == "Oslo \xef\xbf\xbd Rome");
  CHECK(decoded.invalid_sequences == 1);
  CHECK(decoded.first_invalid_offset == 2 + 2 * 5);
}

TEST_CASE("invalid UTF-8 inside good text is replaced and its position reported", "[reliability]") {
  std::string text = "Caf\xc3\xa9 owners in M\xc3\xbcnchen \xc3\x28 protested \xff\xfe today.";
  DecodedText decoded = decodeArticleBytes(text);
  CHECK(decoded.encoding == TextEncoding::Utf8);
  CHECK(decoded.invalid_sequences == 3);  // \xc3, \xff, \xfe
  CHECK(decoded.first_invalid_offset == text.find("\xc3\x28"));
  CHECK(decoded.text ==
        "Caf\xc3\xa9 owners in M\xc3\xbcnchen \xef\xbf\xbd( protested \xef\xbf\xbd\xef\xbf\xbd "
        "today.");
  REQUIRE(decoded.notes.size() == 1);
  CHECK(decoded.notes[0].find("3 invalid UTF-8 sequences") != std::string::npos);
  CHECK(decoded.notes[0].find("byte " + std::to_string(text.find("\xc3\x28"))) !=
        std::string::npos);
  // "today" maps back to where it is in the original bytes.
  CHECK(decoded.originalOffset(decoded.text.find("today")) == text.find("today"));
}

TEST_CASE("overlong forms, surrogates and truncated sequences are invalid", "[reliability]") {
  DecodeOptions utf8;
  utf8.encoding = TextEncoding::Utf8;
  for (std::string bad :
       {"\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
    DecodedText decoded = decodeArticleBytes("Ankara \xc3\xa7" + bad + " said", utf8);
    CHECK(decoded.invalid_sequences >= 1);
    CHECK(decoded.text.find("\xef\xbf\xbd") != std::string::npos);
  }
}

TEST_CASE("Latin-1 text is detected, or read as such when forced", "[reliability]") {
  std::string latin1 =
      "Le pr\xe9sident fran\xe7"
      "ais a condamn\xe9 Moscou \x96 \x93vite\x94.";
  DecodedText decoded = decodeArticleBytes(latin1);
  CHECK(decoded.encoding == TextEncoding::Windows1252);
  CHECK(decoded.text ==
        "Le pr\xc3\xa9sident fran\xc3\xa7"
        "ais a condamn\xc3\xa9 Moscou \xe2\x80\x93 "
        "\xe2\x80\x9cvite\xe2\x80\x9d.");
  REQUIRE_FALSE(decoded.notes.empty());
  CHECK(decoded.notes[0].find("Windows-1252") != std::string::npos);
  CHECK(decoded.originalOffset(decoded.text.find("Moscou")) == latin1.find("Moscou"));

  // Bytes that happen to be valid UTF-8 stay UTF-8 unless the user says they are Latin-1.
  std::string ambiguous = "Ren\xc3\xa9 said";
  CHECK(decodeArticleBytes(ambiguous).text == ambiguous);
  DecodeOptions forced;
  forced.encoding = TextEncoding::Windows1252;
  CHECK(decodeArticleBytes(ambiguous, forced).text == "Ren\xc3\x83\xc2\xa9 said");
}

TEST_CASE("binary data is refused with the reason", "[reliability]") {
  CHECK(refusal("") == "empty: empty file");
  CHECK(refusal(" \n\t\n").find("empty: no text") == 0);
  CHECK(refusal("\x7f"
                "ELF\x02\x01\x01")
            .find("ELF executable") != std::string::npos);
  CHECK(refusal("%PDF-1.7\n...").find("PDF") != std::string::npos);
  CHECK(refusal("PK\x03\x04rest").find("ZIP") != std::string::npos);
  CHECK(refusal(std::string("Sanctions were\0 announced", 25)) ==
        "binary: binary data, not text: NUL byte at offset 14");
  std::string noisy = "Sanctions";
  for (int i = 0; i < 10; ++i) noisy += "\x01\x02\x1b";
  CHECK(refusal(noisy).find("control characters") != std::string::npos);
  std::string garbage;
  for (int i = 0; i < 400; ++i) garbage += static_cast<char>(0x80 + (i * 37) % 0x7f);
  CHECK(refusal(garbage).find("binary") == 0);
  CHECK(refusal(std::string("\xff\xfe\0\0x\0\0\0", 8)).find("UTF-32") != std::string::npos);
}

TEST_CASE("a few control characters are replaced by spaces, offsets kept", "[reliability]") {
  std::string text =
      "Beijing\x1b[31m rejected\x07 the claims, said the ministry of foreign "
      "affairs in a statement on its website on Tuesday morning.";
  DecodedText decoded = decodeArticleBytes(text);
  CHECK(decoded.text.size() == text.size());
  CHECK(decoded.text.substr(0, 17) == "Beijing [31m reje");
  CHECK(decoded.controls_replaced == 2);
  CHECK(decoded.offsetsAreOriginal());
}

TEST_CASE("encoding names parse", "[reliability]") {
  CHECK(kg::parseTextEncoding("latin1") == TextEncoding::Windows1252);
  CHECK(kg::parseTextEncoding("ISO-8859-1") == TextEncoding::Windows1252);
  CHECK(kg::parseTextEncoding("UTF-8") == TextEncoding::Utf8);
  CHECK(kg::parseTextEncoding("utf-16be") == TextEncoding::Utf16BigEndian);
  CHECK_FALSE(kg::parseTextEncoding("ebcdic"));
}

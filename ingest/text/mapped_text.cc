#include "ingest/text/mapped_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace kg {
namespace {

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is never article prose.
bool isSkippedElement(std::string_view name) {
  return isOneOf(name, {"script", "style", "noscript", "template", "svg", "head", "nav", "footer",
                        "aside", "form", "button", "select", "iframe", "object", "figcaption"});
}

bool isBlockElement(std::string_view name) {
  return isOneOf(
      name,
      {"p",          "div", "br",    "h1", "h2", "h3",    "h4",      "h5",      "h6",     "li",
       "ul",         "ol",  "tr",    "td", "th", "table", "article", "section", "header", "main",
       "blockquote", "hr",  "title", "dd", "dt", "dl",    "pre",     "figure",  "body",   "html"});
}

void appendCodePoint(std::string& out, uint32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x110000) {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

struct NamedEntity {
  std::string_view name;
  uint32_t code;
};

constexpr std::array<NamedEntity, 32> kNamedEntities{{
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},     {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"sbquo", 0x201A},  {"bdquo", 0x201E}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026},
    {"shy", 0xAD},      {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122}, {"laquo", 0xAB},
    {"raquo", 0xBB},    {"eacute", 0xE9},  {"egrave", 0xE8},  {"aacute", 0xE1},  {"oacute", 0xF3},
    {"uuml", 0xFC},     {"ouml", 0xF6},    {"auml", 0xE4},    {"ccedil", 0xE7},  {"iacute", 0xED},
    {"thinsp", 0x2009}, {"zwj", 0x200D},
}};

// Reads the tag name after '<' (or "</"); lower-cased.
std::string tagName(std::string_view html, size_t i) {
  size_t start = i + 1;
  if (start < html.size() && html[start] == '/') ++start;
  size_t end = start;
  while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])))) ++end;
  return lowerAscii(html.substr(start, end - start));
}

}  // namespace

size_t decodeHtmlEntity(std::string_view html, size_t i, std::string& out) {
  size_t semicolon = html.find(';', i + 1);
  if (semicolon == std::string_view::npos || semicolon - i > 12) return 0;
  std::string_view body = html.substr(i + 1, semicolon - i - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    uint32_t code = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
      if (value < 0) return 0;
      code = code * (hex ? 16 : 10) + static_cast<uint32_t>(value);
      if (code > 0x10FFFF) return 0;
    }
    appendCodePoint(out, code);
    return semicolon - i + 1;
  }
  for (const auto& entity : kNamedEntities) {
    if (entity.name == body) {
      appendCodePoint(out, entity.code);
      return semicolon - i + 1;
    }
  }
  return 0;
}

bool looksLikeHtml(std::string_view text) {
  std::string head = lowerAscii(text.substr(0, 4096));
  for (std::string_view marker : {"<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<br",
                                  "<article", "</p>", "<h1", "<span"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

MappedText stripHtml(std::string_view html, int64_t base) {
  MappedText out;
  size_t i = 0;
  auto paragraphBreak = [&](size_t at) { out.append("\n\n", base + at, base + at); };
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        size_t close = html.find("-->", i + 4);
        i = close == std::string_view::npos ? html.size() : close + 3;
        continue;
      }
      size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;
      std::string name = tagName(html, i);
      bool closing = i + 1 < html.size() && html[i + 1] == '/';
      bool self_closing = close > i && html[close - 1] == '/';
      if (!closing && !self_closing && isSkippedElement(name)) {
        // Skip to the matching close tag (same name; nesting of the same element counted).
        std::string lower_rest;
        int depth = 1;
        size_t j = close + 1;
        while (j < html.size() && depth > 0) {
          size_t next = html.find('<', j);
          if (next == std::string_view::npos) {
            j = html.size();
            break;
          }
          std::string inner = tagName(html, next);
          size_t inner_close = html.find('>', next);
          if (inner_close == std::string_view::npos) {
            j = html.size();
            break;
          }
          if (inner == name) depth += html[next + 1] == '/' ? -1 : 1;
          j = inner_close + 1;
        }
        paragraphBreak(i);
        i = j;
        continue;
      }
      if (isBlockElement(name)) paragraphBreak(i);
      i = close + 1;
      continue;
    }
    if (c == '&') {
      std::string decoded;
      if (size_t length = decodeHtmlEntity(html, i, decoded)) {
        out.append(decoded, base + i, base + i + length);
        i += length;
        continue;
      }
    }
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out.append(std::string_view(&c, 1), base + i, base + i + 1);
    ++i;
  }
  return out;
}

namespace {

// Length of the UTF-8 sequence at text[i] and its code point; 1 and the byte for invalid input.
size_t decodeUtf8(std::string_view text, size_t i, uint32_t& code) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  size_t length = lead < 0x80         ? 1
                  : (lead >> 5) == 6  ? 2
                  : (lead >> 4) == 14 ? 3
                  : (lead >> 3) == 30 ? 4
                                      : 0;
  if (length == 0 || i + length > text.size()) {
    code = lead;
    return 1;
  }
  code = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next >> 6) != 2) {
      code = lead;
      return 1;
    }
    code = (code << 6) | (next & 0x3F);
  }
  return length;
}

}  // namespace

MappedText normalizeText(const MappedText& input) {
  MappedText out;
  const std::string& text = input.text;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t code = 0;
    size_t length = decodeUtf8(text, i, code);
    int64_t from = input.begin[i], to = input.end[i + length - 1];
    std::string_view replacement;
    bool replace = true;
    switch (code) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x02BC:
      case 0xB4:  // an acute accent typed for an apostrophe: "Russia´s"
      case 0x60:  // a grave accent, likewise: "Russia`s"
        replacement = "'";
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0xAB:
      case 0xBB:
        replacement = "\"";
        break;
      case 0xA0:
      case 0x2000:
      case 0x2001:
      case 0x2002:
      case 0x2003:
      case 0x2004:
      case 0x2005:
      case 0x2006:
      case 0x2007:
      case 0x2008:
      case 0x2009:
      case 0x200A:
      case 0x202F:
      case 0x205F:
      case 0x3000:
      case '\t':
      case '\f':
      case '\v':
        replacement = " ";
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        replacement = "-";
        break;
      case 0x2026:
        replacement = "...";
        break;
      case '\r':
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0xFEFF:
      case 0xAD:
        replacement = "";
        break;
      default:
        replace = false;
    }
    if (replace) {
      out.append(replacement, from, to);
    } else {
      for (size_t k = 0; k < length; ++k) out.appendFrom(input, i + k);
    }
    i += length;
  }
  return out;
}

}  // namespace kg

#include "export/export_text.h"

#include <charconv>
#include <cstdint>

namespace kg {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at text[i] and its code point, or 0 when malformed.
size_t sequenceAt(std::string_view text, size_t i, uint32_t& code_point) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  size_t length;
  uint32_t minimum;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, minimum = 0x80, code_point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, minimum = 0x800, code_point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, minimum = 0x10000, code_point = lead & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(i + k) & 0x3F);
  }
  if (code_point < minimum || code_point > 0x10FFFF) return 0;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return 0;
  return length;
}

bool xmlAllows(uint32_t code_point) {
  if (code_point < 0x20) return code_point == '\t' || code_point == '\n' || code_point == '\r';
  return code_point != 0xFFFE && code_point != 0xFFFF;
}

std::string clean(std::string_view text, bool xml) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t code_point = 0;
    size_t length = sequenceAt(text, i, code_point);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (!xml || xmlAllows(code_point)) out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

template <typename Number>
std::string shortest(Number number) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, result.ptr);
}

}  // namespace

std::string validUtf8(std::string_view text) { return clean(text, false); }
std::string xmlSafeText(std::string_view text) { return clean(text, true); }

std::string formatDouble(double number) { return shortest(number); }
std::string formatFloat(float number) { return shortest(number); }

std::string nodeName(const PropertyGraph& graph, uint32_t node) {
  Value name = graph.nodeProperty(node, "name");
  return name.is<std::string>() ? name.as<std::string>() : "";
}

std::string nodeType(const PropertyGraph& graph, uint32_t node) {
  Value type = graph.nodeProperty(node, "type");
  if (type.is<std::string>()) return type.as<std::string>();
  const auto& labels = graph.nodeLabels(node);
  return labels.empty() ? "" : labels.front();
}

std::vector<std::string> nodeAliases(const PropertyGraph& graph, uint32_t node) {
  std::vector<std::string> aliases;
  Value list = graph.nodeProperty(node, "aliases");
  if (list.is<ValueList>())
    for (const Value& alias : list.as<ValueList>())
      if (alias.is<std::string>()) aliases.push_back(alias.as<std::string>());
  return aliases;
}

std::string joinText(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace kg

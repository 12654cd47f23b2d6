#include "query/result_format.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace kg {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;
constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kZeroWidthJoiner = 0x200D;

// Decodes the code point at text[i] and advances i; an invalid or truncated sequence yields
// kInvalid and consumes one byte.
char32_t decodeNext(std::string_view text, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  size_t length = 0;
  char32_t code = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code = lead & 0x07, minimum = 0x10000;
  } else {
    ++i;
    return kInvalid;
  }
  if (i + length > text.size()) {
    ++i;
    return kInvalid;
  }
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    code = (code << 6) | (next & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    ++i;
    return kInvalid;
  }
  i += length;
  return code;
}

void appendUtf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

struct Range {
  char32_t first, last;
};

bool inRanges(char32_t code, const Range* begin, const Range* end) {
  const Range* it = std::upper_bound(
      begin, end, code, [](char32_t value, const Range& r) { return value < r.first; });
  return it != begin && code <= (it - 1)->last;
}

// Combining marks and invisible format characters (sorted): they take no column of their own.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F},   {0x0483, 0x0489},   {0x0591, 0x05BD},   {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5},   {0x05C7, 0x05C7},   {0x0610, 0x061A},   {0x061C, 0x061C}, {0x064B, 0x065F},
    {0x0670, 0x0670},   {0x06D6, 0x06DC},   {0x06DF, 0x06E4},   {0x06E7, 0x06E8}, {0x06EA, 0x06ED},
    {0x0711, 0x0711},   {0x0730, 0x074A},   {0x07A6, 0x07B0},   {0x0900, 0x0902}, {0x093A, 0x093A},
    {0x093C, 0x093C},   {0x0941, 0x0948},   {0x094D, 0x094D},   {0x0951, 0x0957}, {0x0962, 0x0963},
    {0x0981, 0x0981},   {0x09BC, 0x09BC},   {0x09C1, 0x09C4},   {0x09CD, 0x09CD}, {0x0A01, 0x0A02},
    {0x0A3C, 0x0A3C},   {0x0A41, 0x0A51},   {0x0A70, 0x0A71},   {0x0A81, 0x0A82}, {0x0ABC, 0x0ABC},
    {0x0AC1, 0x0AC8},   {0x0ACD, 0x0ACD},   {0x0B01, 0x0B01},   {0x0B3C, 0x0B3C}, {0x0B41, 0x0B44},
    {0x0B4D, 0x0B4D},   {0x0BC0, 0x0BC0},   {0x0BCD, 0x0BCD},   {0x0C3E, 0x0C40}, {0x0C46, 0x0C56},
    {0x0CBC, 0x0CBC},   {0x0CCC, 0x0CCD},   {0x0D41, 0x0D44},   {0x0D4D, 0x0D4D}, {0x0DCA, 0x0DCA},
    {0x0DD2, 0x0DD6},   {0x0E31, 0x0E31},   {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1},
    {0x0EB4, 0x0EBC},   {0x0EC8, 0x0ECD},   {0x0F18, 0x0F19},   {0x0F35, 0x0F35}, {0x0F37, 0x0F37},
    {0x0F39, 0x0F39},   {0x0F71, 0x0F7E},   {0x0F80, 0x0F84},   {0x102D, 0x1030}, {0x1032, 0x1037},
    {0x1039, 0x103A},   {0x1160, 0x11FF},   {0x135D, 0x135F},   {0x1712, 0x1714}, {0x17B4, 0x17B5},
    {0x17B7, 0x17BD},   {0x17C6, 0x17C6},   {0x17C9, 0x17D3},   {0x180B, 0x180F}, {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},   {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064}, {0x20D0, 0x20FF},
    {0x302A, 0x302D},   {0x3099, 0x309A},   {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
    {0x1F3FB, 0x1F3FF}, {0xE0000, 0xE007F}, {0xE0100, 0xE01EF},
};

// East Asian Wide and Fullwidth characters and emoji presented as pictures (sorted).
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1E6, 0x1F1FF}, {0x1F200, 0x1F251},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
    {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4},
    {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D},
    {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
    {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

bool isRegionalIndicator(char32_t code) { return code >= 0x1F1E6 && code <= 0x1F1FF; }

// Width of one code point given the one before it (emoji sequences join into one picture).
size_t codePointWidth(char32_t code, char32_t previous) {
  if (code == kInvalid) return 1;
  if (code < 0x20 || (code >= 0x7F && code < 0xA0)) return 0;
  if (code < 0x300) return 1;
  if (previous == kZeroWidthJoiner) return 0;
  if (isRegionalIndicator(code) && isRegionalIndicator(previous)) return 0;  // a flag's 2nd half
  if (inRanges(code, std::begin(kZeroWidth), std::end(kZeroWidth))) return 0;
  if (inRanges(code, std::begin(kWide), std::end(kWide))) return 2;
  return 1;
}

// --- literals ---------------------------------------------------------------------------------

std::string formatDouble(double value, bool json) {
  if (std::isnan(value)) return json ? "null" : "NaN";
  if (std::isinf(value)) return json ? "null" : (value < 0 ? "-Infinity" : "Infinity");
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, error == std::errc() ? end : buffer);
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return text;
}

// Appends `text` with invalid UTF-8 bytes replaced by U+FFFD, and `escape` applied to each
// code point that needs it.
template <typename Escape>
void appendEscaped(std::string& out, std::string_view text, Escape&& escape) {
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t code = decodeNext(text, i);
    if (code == kInvalid) {
      appendUtf8(out, kReplacement);
    } else if (!escape(out, code)) {
      out.append(text.substr(start, i - start));
    }
  }
}

bool escapeControl(std::string& out, char32_t code) {
  switch (code) {
    case '"':
      out += "\\\"";
      return true;
    case '\\':
      out += "\\\\";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    case '\t':
      out += "\\t";
      return true;
    case '\b':
      out += "\\b";
      return true;
    case '\f':
      out += "\\f";
      return true;
    default:
      if (code < 0x20 || code == 0x7F) {
        char buffer[12];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(code));
        out += buffer;
        return true;
      }
      return false;
  }
}

void appendQuoted(std::string& out, std::string_view text) {
  out += '"';
  appendEscaped(out, text, escapeControl);
  out += '"';
}

bool isIdentifier(std::string_view key) {
  if (key.empty()) return false;
  unsigned char first = static_cast<unsigned char>(key[0]);
  if (!(std::isalpha(first) || first == '_')) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u == '_';
  });
}

void appendKey(std::string& out, std::string_view key) {
  if (isIdentifier(key)) {
    out += key;
  } else {
    out += '`';
    for (char c : key) {
      if (c == '`') out += '`';
      out += c;
    }
    out += '`';
  }
}

void appendLiteral(std::string& out, const PropertyGraph& graph, const Value& value);

void appendProperties(std::string& out, const PropertyGraph& graph,
                      const std::vector<std::pair<const std::string*, const Value*>>& items) {
  if (items.empty()) return;
  out += " {";
  bool first = true;
  for (const auto& [key, value] : items) {
    if (!first) out += ", ";
    first = false;
    appendKey(out, *key);
    out += ": ";
    appendLiteral(out, graph, *value);
  }
  out += '}';
}

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

void appendNode(std::string& out, const PropertyGraph& graph, uint32_t index) {
  if (index >= graph.nodeCount()) {
    out += "(?)";
    return;
  }
  out += '(';
  for (const std::string& label : graph.nodeLabels(index)) {
    out += ':';
    appendKey(out, label);
  }
  std::vector<std::pair<const std::string*, const Value*>> items;
  ValueMap properties = graph.nodeProperties(index);
  auto name = properties.find("name");
  if (name != properties.end()) items.emplace_back(&name->first, &name->second);
  for (const auto& entry : properties) {
    if (entry.first == "name") continue;
    if (entry.first == "type" && entry.second.is<std::string>() &&
        std::any_of(graph.nodeLabels(index).begin(), graph.nodeLabels(index).end(),
                    [&](const std::string& label) {
                      return lowerAscii(label) == entry.second.as<std::string>();
                    }))
      continue;
    items.emplace_back(&entry.first, &entry.second);
  }
  appendProperties(out, graph, items);
  out += ')';
}

void appendRelationship(std::string& out, const PropertyGraph& graph, uint32_t index) {
  if (index >= graph.edgeCount()) {
    out += "[?]";
    return;
  }
  out += "[:";
  appendKey(out, graph.edgeType(index));
  ValueMap properties = graph.edgeProperties(index);
  if (graph.edge(index).news) properties.erase("evidence");
  std::vector<std::pair<const std::string*, const Value*>> items;
  for (const auto& entry : properties) items.emplace_back(&entry.first, &entry.second);
  appendProperties(out, graph, items);
  out += ']';
}

void appendPath(std::string& out, const PropertyGraph& graph, const PathValue& path) {
  if (path.nodes.empty()) {
    out += "<>";
    return;
  }
  appendNode(out, graph, path.nodes[0]);
  for (size_t i = 0; i < path.edges.size() && i + 1 < path.nodes.size(); ++i) {
    uint32_t edge = path.edges[i];
    bool forward = edge >= graph.edgeCount() || graph.edge(edge).source == path.nodes[i];
    out += forward ? "-" : "<-";
    appendRelationship(out, graph, edge);
    out += forward ? "->" : "-";
    appendNode(out, graph, path.nodes[i + 1]);
  }
}

void appendLiteral(std::string& out, const PropertyGraph& graph, const Value& value) {
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += item ? "true" : "false";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out += std::to_string(item);
        } else if constexpr (std::is_same_v<T, double>) {
          out += formatDouble(item, false);
        } else if constexpr (std::is_same_v<T, std::string>) {
          appendQuoted(out, item);
        } else if constexpr (std::is_same_v<T, ValueList>) {
          out += '[';
          for (size_t i = 0; i < item.size(); ++i) {
            if (i) out += ", ";
            appendLiteral(out, graph, item[i]);
          }
          out += ']';
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          out += '{';
          bool first = true;
          for (const auto& [key, element] : item) {
            if (!first) out += ", ";
            first = false;
            appendKey(out, key);
            out += ": ";
            appendLiteral(out, graph, element);
          }
          out += '}';
        } else if constexpr (std::is_same_v<T, NodeRef>) {
          appendNode(out, graph, item.index);
        } else if constexpr (std::is_same_v<T, EdgeRef>) {
          appendRelationship(out, graph, item.index);
        } else if constexpr (std::is_same_v<T, PathValue>) {
          appendPath(out, graph, item);
        } else if constexpr (std::is_same_v<T, Temporal>) {
          out += formatTemporal(item);
        }
      },
      value.data);
}

// --- JSON -------------------------------------------------------------------------------------

void appendJsonString(std::string& out, std::string_view text) { appendQuoted(out, text); }

std::string nodeJsonId(const PropertyGraph& graph, uint32_t index) {
  if (index < graph.nodeCount() && graph.node(index).store_id >= 0)
    return "n" + std::to_string(graph.node(index).store_id);
  return "m" + std::to_string(index);
}

std::string edgeJsonId(const PropertyGraph& graph, uint32_t index) {
  if (index < graph.edgeCount() && graph.edge(index).store_id >= 0)
    return "e" + std::to_string(graph.edge(index).store_id);
  return "r" + std::to_string(index);
}

void appendJson(std::string& out, const PropertyGraph& graph, const Value& value);

void appendJsonMap(std::string& out, const PropertyGraph& graph, const ValueMap& map) {
  out += '{';
  bool first = true;
  for (const auto& [key, element] : map) {
    if (!first) out += ',';
    first = false;
    appendJsonString(out, key);
    out += ':';
    appendJson(out, graph, element);
  }
  out += '}';
}

void appendJsonNode(std::string& out, const PropertyGraph& graph, uint32_t index) {
  out += "{\"id\":";
  appendJsonString(out, nodeJsonId(graph, index));
  out += ",\"labels\":[";
  if (index < graph.nodeCount()) {
    const auto& labels = graph.nodeLabels(index);
    for (size_t i = 0; i < labels.size(); ++i) {
      if (i) out += ',';
      appendJsonString(out, labels[i]);
    }
  }
  out += "],\"properties\":";
  appendJsonMap(out, graph, index < graph.nodeCount() ? graph.nodeProperties(index) : ValueMap{});
  out += '}';
}

void appendJsonRelationship(std::string& out, const PropertyGraph& graph, uint32_t index) {
  out += "{\"id\":";
  appendJsonString(out, edgeJsonId(graph, index));
  if (index < graph.edgeCount()) {
    const auto& edge = graph.edge(index);
    out += ",\"type\":";
    appendJsonString(out, graph.edgeType(index));
    out += ",\"source\":";
    appendJsonString(out, nodeJsonId(graph, edge.source));
    out += ",\"target\":";
    appendJsonString(out, nodeJsonId(graph, edge.target));
    out += ",\"properties\":";
    appendJsonMap(out, graph, graph.edgeProperties(index));
  }
  out += '}';
}

void appendJson(std::string& out, const PropertyGraph& graph, const Value& value) {
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          out += "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          out += item ? "true" : "false";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out += std::to_string(item);
        } else if constexpr (std::is_same_v<T, double>) {
          out += formatDouble(item, true);
        } else if constexpr (std::is_same_v<T, std::string>) {
          appendJsonString(out, item);
        } else if constexpr (std::is_same_v<T, ValueList>) {
          out += '[';
          for (size_t i = 0; i < item.size(); ++i) {
            if (i) out += ',';
            appendJson(out, graph, item[i]);
          }
          out += ']';
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          appendJsonMap(out, graph, item);
        } else if constexpr (std::is_same_v<T, NodeRef>) {
          appendJsonNode(out, graph, item.index);
        } else if constexpr (std::is_same_v<T, EdgeRef>) {
          appendJsonRelationship(out, graph, item.index);
        } else if constexpr (std::is_same_v<T, PathValue>) {
          out += "{\"nodes\":[";
          for (size_t i = 0; i < item.nodes.size(); ++i) {
            if (i) out += ',';
            appendJsonNode(out, graph, item.nodes[i]);
          }
          out += "],\"relationships\":[";
          for (size_t i = 0; i < item.edges.size(); ++i) {
            if (i) out += ',';
            appendJsonRelationship(out, graph, item.edges[i]);
          }
          out += "]}";
        } else if constexpr (std::is_same_v<T, Temporal>) {
          appendJsonString(out, formatTemporal(item));
        }
      },
      value.data);
}

std::string jsonRow(const PropertyGraph& graph, const QueryResult& result,
                    const std::vector<Value>& row) {
  std::string out = "{";
  for (size_t c = 0; c < result.columns.size(); ++c) {
    if (c) out += ',';
    appendJsonString(out, result.columns[c]);
    out += ':';
    appendJson(out, graph, c < row.size() ? row[c] : Value());
  }
  out += '}';
  return out;
}

// --- table ------------------------------------------------------------------------------------

// Splits `text` into pieces at most `width` columns wide, preferring to break after a space.
std::vector<std::string> wrapText(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  if (width == 0 || displayWidth(text) <= width) {
    lines.push_back(text);
    return lines;
  }
  size_t line_start = 0, used = 0, last_space_end = std::string::npos;
  char32_t previous = 0;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t code = decodeNext(text, i);
    size_t w = codePointWidth(code, previous);
    previous = code;
    if (used + w > width && start > line_start) {
      if (code == ' ') {  // a break at this space: drop it
        lines.push_back(text.substr(line_start, start - line_start));
        line_start = i;
        used = 0;
        last_space_end = std::string::npos;
        continue;
      }
      size_t cut = start;
      if (last_space_end != std::string::npos && last_space_end > line_start &&
          last_space_end - line_start >= width / 3)
        cut = last_space_end;
      lines.push_back(text.substr(line_start, cut - line_start));
      line_start = cut;
      used = displayWidth(std::string_view(text).substr(cut, i - cut));
      last_space_end = std::string::npos;
    } else {
      used += w;
    }
    if (code == ' ') last_space_end = i;
  }
  if (line_start < text.size() || lines.empty()) lines.push_back(text.substr(line_start));
  return lines;
}

std::string repeat(std::string_view piece, size_t count) {
  std::string out;
  out.reserve(piece.size() * count);
  for (size_t i = 0; i < count; ++i) out += piece;
  return out;
}

// Column widths that fit `limit` columns of terminal in total: every column keeps its natural
// width when it can, otherwise the widest are capped at one common width (never below 8).
std::vector<size_t> fitWidths(std::vector<size_t> natural, size_t limit) {
  size_t columns = natural.size();
  size_t frame = 3 * columns + 1;
  auto total = [&](size_t cap) {
    size_t sum = frame;
    for (size_t w : natural) sum += std::min(w, cap);
    return sum;
  };
  size_t widest = *std::max_element(natural.begin(), natural.end());
  if (limit == 0 || total(widest) <= limit) return natural;
  size_t low = 8, high = widest;
  if (total(low) > limit) {
    high = low;
  } else {
    while (low < high) {  // the largest cap that fits
      size_t middle = (low + high + 1) / 2;
      if (total(middle) <= limit)
        low = middle;
      else
        high = middle - 1;
    }
    high = low;
  }
  for (size_t& w : natural) w = std::min(w, high);
  return natural;
}

bool isNumber(const Value& value) { return value.is<int64_t>() || value.is<double>(); }

void writeTable(const PropertyGraph& graph, const QueryResult& result, const FormatOptions& options,
                std::ostream& out) {
  size_t columns = result.columns.size();
  if (columns == 0) return;
  std::vector<std::vector<std::string>> cells(result.rows.size(),
                                              std::vector<std::string>(columns));
  std::vector<size_t> natural(columns, 1);
  if (options.headers)
    for (size_t c = 0; c < columns; ++c)
      natural[c] = std::max(natural[c], displayWidth(result.columns[c]));
  for (size_t r = 0; r < result.rows.size(); ++r)
    for (size_t c = 0; c < columns; ++c) {
      const Value& value = c < result.rows[r].size() ? result.rows[r][c] : Value();
      cells[r][c] = valueLiteral(graph, value);
      natural[c] = std::max(natural[c], displayWidth(cells[r][c]));
    }
  std::vector<size_t> widths = fitWidths(natural, options.max_table_width);
  // When a cell wraps, rules between the rows show where each row ends.
  bool wrapped = false;
  for (size_t c = 0; c < columns; ++c) wrapped = wrapped || widths[c] < natural[c];

  auto rule = [&](std::string_view left, std::string_view middle, std::string_view right) {
    std::string line(left);
    for (size_t c = 0; c < columns; ++c) {
      if (c) line += middle;
      line += repeat("─", widths[c] + 2);
    }
    line += right;
    out << line << '\n';
  };
  auto row = [&](const std::vector<std::string>& texts, const std::vector<bool>& right_align) {
    std::vector<std::vector<std::string>> pieces(columns);
    size_t height = 1;
    for (size_t c = 0; c < columns; ++c) {
      pieces[c] = wrapText(texts[c], widths[c]);
      height = std::max(height, pieces[c].size());
    }
    for (size_t line = 0; line < height; ++line) {
      std::string text = "│";
      for (size_t c = 0; c < columns; ++c) {
        if (c) text += "│";
        std::string piece = line < pieces[c].size() ? pieces[c][line] : std::string();
        size_t padding = widths[c] - std::min(widths[c], displayWidth(piece));
        text += ' ';
        if (right_align[c]) text.append(padding, ' ');
        text += piece;
        if (!right_align[c]) text.append(padding, ' ');
        text += ' ';
      }
      text += "│";
      out << text << '\n';
    }
  };

  rule("┌", "┬", "┐");
  if (options.headers) {
    row(result.columns, std::vector<bool>(columns, false));
    if (!result.rows.empty()) rule("├", "┼", "┤");
  }
  for (size_t r = 0; r < result.rows.size(); ++r) {
    if (r > 0 && wrapped) rule("├", "┼", "┤");
    std::vector<bool> right_align(columns, false);
    for (size_t c = 0; c < columns && c < result.rows[r].size(); ++c)
      right_align[c] = isNumber(result.rows[r][c]);
    row(cells[r], right_align);
  }
  rule("└", "┴", "┘");
}

void writeCsv(const PropertyGraph& graph, const QueryResult& result, const FormatOptions& options,
              std::ostream& out) {
  if (result.columns.empty()) return;
  if (options.headers) {
    for (size_t c = 0; c < result.columns.size(); ++c)
      out << (c ? "," : "") << csvField(result.columns[c]);
    out << "\r\n";
  }
  for (const auto& row : result.rows) {
    for (size_t c = 0; c < result.columns.size(); ++c)
      out << (c ? "," : "") << csvField(valuePlainText(graph, c < row.size() ? row[c] : Value()));
    out << "\r\n";
  }
}

void writeLines(const PropertyGraph& graph, const QueryResult& result, std::ostream& out) {
  if (result.columns.empty()) return;
  size_t name_width = 0;
  for (const auto& column : result.columns) name_width = std::max(name_width, displayWidth(column));
  for (size_t r = 0; r < result.rows.size(); ++r) {
    if (r) out << '\n';
    for (size_t c = 0; c < result.columns.size(); ++c) {
      const std::string& name = result.columns[c];
      out << std::string(name_width - displayWidth(name), ' ') << name << " = "
          << valuePlainText(graph, c < result.rows[r].size() ? result.rows[r][c] : Value()) << '\n';
    }
  }
}

}  // namespace

std::optional<OutputMode> parseOutputMode(std::string_view name) {
  if (name == "table" || name == "box") return OutputMode::Table;
  if (name == "csv") return OutputMode::Csv;
  if (name == "json") return OutputMode::Json;
  if (name == "jsonl" || name == "ndjson") return OutputMode::Jsonl;
  if (name == "line") return OutputMode::Line;
  return std::nullopt;
}

std::string_view outputModeName(OutputMode mode) {
  switch (mode) {
    case OutputMode::Table:
      return "table";
    case OutputMode::Csv:
      return "csv";
    case OutputMode::Json:
      return "json";
    case OutputMode::Jsonl:
      return "jsonl";
    case OutputMode::Line:
      return "line";
  }
  return "table";
}

size_t displayWidth(std::string_view utf8) {
  size_t width = 0;
  char32_t previous = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t code = decodeNext(utf8, i);
    width += codePointWidth(code, previous);
    previous = code;
  }
  return width;
}

std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string valueLiteral(const PropertyGraph& graph, const Value& value) {
  std::string out;
  appendLiteral(out, graph, value);
  return out;
}

std::string valuePlainText(const PropertyGraph& graph, const Value& value) {
  if (value.isNull()) return {};
  if (value.is<std::string>()) return value.as<std::string>();
  return valueLiteral(graph, value);
}

std::string valueJson(const PropertyGraph& graph, const Value& value) {
  std::string out;
  appendJson(out, graph, value);
  return out;
}

void writeResult(const PropertyGraph& graph, const QueryResult& result,
                 const FormatOptions& options, std::ostream& out) {
  switch (options.mode) {
    case OutputMode::Table:
      writeTable(graph, result, options, out);
      break;
    case OutputMode::Csv:
      writeCsv(graph, result, options, out);
      break;
    case OutputMode::Line:
      writeLines(graph, result, out);
      break;
    case OutputMode::Json:
      if (result.rows.empty()) {
        out << "[]\n";
        break;
      }
      out << "[\n";
      for (size_t r = 0; r < result.rows.size(); ++r)
        out << jsonRow(graph, result, result.rows[r])
            << (r + 1 < result.rows.size() ? ",\n" : "\n");
      out << "]\n";
      break;
    case OutputMode::Jsonl:
      for (const auto& row : result.rows) out << jsonRow(graph, result, row) << '\n';
      break;
  }
}

void writeNotifications(const QueryResult& result, OutputMode mode, std::ostream& out) {
  if (result.notifications.empty()) return;
  if (mode != OutputMode::Json && mode != OutputMode::Jsonl) {
    for (const QueryNotification& notification : result.notifications)
      out << "Warning: line " << notification.line << ", column " << notification.column << ": "
          << notification.message << '\n';
    return;
  }
  std::string json = "{\"notifications\": [";
  for (size_t i = 0; i < result.notifications.size(); ++i) {
    const QueryNotification& notification = result.notifications[i];
    json += i ? ", {\"code\": " : "{\"code\": ";
    appendJsonString(json, notification.code);
    json += ", \"message\": ";
    appendJsonString(json, notification.message);
    json += ", \"line\": " + std::to_string(notification.line) +
            ", \"column\": " + std::to_string(notification.column) + "}";
  }
  out << json << "]}\n";
}

}  // namespace kg

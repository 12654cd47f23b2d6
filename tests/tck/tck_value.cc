#include "tests/tck/tck_value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace kg::tck {
namespace {

bool isIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Recursive-descent reader over one cell of TCK notation.
class NotationParser {
 public:
  explicit NotationParser(std::string_view text) : text_(text) {}

  TckValue parseWhole() {
    TckValue value = parseValue();
    skipSpace();
    if (position_ != text_.size()) fail("unexpected text after the value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw TckParseError(message, position_ + 1);
  }

  void skipSpace() {
    while (position_ < text_.size() && (text_[position_] == ' ' || text_[position_] == '\t' ||
                                        text_[position_] == '\n' || text_[position_] == '\r')) {
      ++position_;
    }
  }

  bool atEnd() const { return position_ >= text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[position_]; }

  bool consume(std::string_view token) {
    skipSpace();
    if (text_.substr(position_, token.size()) == token) {
      position_ += token.size();
      return true;
    }
    return false;
  }

  void expect(std::string_view token) {
    if (!consume(token)) fail("expected '" + std::string(token) + "'");
  }

  // A word that must not run on into an identifier (so "nullx" is not null).
  bool consumeWord(std::string_view word) {
    skipSpace();
    if (text_.substr(position_, word.size()) != word) return false;
    size_t after = position_ + word.size();
    if (after < text_.size() && isIdentifierChar(text_[after])) return false;
    position_ = after;
    return true;
  }

  TckValue parseValue() {
    skipSpace();
    if (atEnd()) fail("expected a value");
    TckValue value;
    char c = peek();
    if (consumeWord("null")) return value;
    if (consumeWord("true")) {
      value.kind = TckValue::Kind::Boolean;
      value.boolean = true;
      return value;
    }
    if (consumeWord("false")) {
      value.kind = TckValue::Kind::Boolean;
      return value;
    }
    if (consumeWord("NaN")) {
      value.kind = TckValue::Kind::Float;
      value.number = std::numeric_limits<double>::quiet_NaN();
      return value;
    }
    if (consumeWord("Infinity") || consumeWord("+Infinity")) {
      value.kind = TckValue::Kind::Float;
      value.number = std::numeric_limits<double>::infinity();
      return value;
    }
    if (consumeWord("-Infinity")) {
      value.kind = TckValue::Kind::Float;
      value.number = -std::numeric_limits<double>::infinity();
      return value;
    }
    if (c == '\'' || c == '"') return parseString();
    if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) return parseNumber();
    if (c == '[') {
      size_t open = position_;
      ++position_;
      skipSpace();
      if (peek() == ':') {
        position_ = open;
        return parseRelationship();
      }
      position_ = open;
      return parseList();
    }
    if (c == '{') {
      value.kind = TckValue::Kind::Map;
      value.entries = parseMap();
      return value;
    }
    if (c == '(') return parseNode();
    if (c == '<') return parsePath();
    fail(std::string("unexpected character '") + c + "'");
  }

  TckValue parseString() {
    char quote = text_[position_++];
    TckValue value;
    value.kind = TckValue::Kind::String;
    while (true) {
      if (atEnd()) fail("unterminated string");
      char c = text_[position_++];
      if (c == quote) break;
      if (c != '\\') {
        value.text += c;
        continue;
      }
      if (atEnd()) fail("unterminated escape");
      char escaped = text_[position_++];
      switch (escaped) {
        case 'n':
          value.text += '\n';
          break;
        case 't':
          value.text += '\t';
          break;
        case 'r':
          value.text += '\r';
          break;
        case 'b':
          value.text += '\b';
          break;
        case 'f':
          value.text += '\f';
          break;
        case 'u': {
          if (position_ + 4 > text_.size()) fail("short \\u escape");
          unsigned code = 0;
          auto [end, error] =
              std::from_chars(text_.data() + position_, text_.data() + position_ + 4, code, 16);
          if (error != std::errc() || end != text_.data() + position_ + 4) fail("bad \\u escape");
          position_ += 4;
          appendUtf8(value.text, code);
          break;
        }
        default:
          value.text += escaped;
          break;  // \' \" \\ and anything else stands for itself
      }
    }
    return value;
  }

  static void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  TckValue parseNumber() {
    size_t start = position_;
    if (peek() == '-' || peek() == '+') ++position_;
    bool is_float = false;
    size_t digits = 0;
    while (peek() >= '0' && peek() <= '9') ++position_, ++digits;
    if (peek() == '.') {
      is_float = true;
      ++position_;
      while (peek() >= '0' && peek() <= '9') ++position_, ++digits;
    }
    if (digits == 0) fail("expected a number");
    if (peek() == 'e' || peek() == 'E') {
      is_float = true;
      ++position_;
      if (peek() == '-' || peek() == '+') ++position_;
      size_t exponent_digits = 0;
      while (peek() >= '0' && peek() <= '9') ++position_, ++exponent_digits;
      if (exponent_digits == 0) fail("expected exponent digits");
    }
    std::string literal(text_.substr(start, position_ - start));
    if (literal[0] == '+') literal.erase(0, 1);
    TckValue value;
    const char* first = literal.data();
    const char* last = literal.data() + literal.size();
    if (is_float) {
      value.kind = TckValue::Kind::Float;
      auto [end, error] = std::from_chars(first, last, value.number);
      if (error == std::errc::result_out_of_range) {
        value.number = std::strtod(literal.c_str(), nullptr);
      } else if (error != std::errc() || end != last) {
        fail("bad float '" + literal + "'");
      }
    } else {
      value.kind = TckValue::Kind::Integer;
      auto [end, error] = std::from_chars(first, last, value.integer);
      if (error != std::errc() || end != last) fail("integer out of range '" + literal + "'");
    }
    return value;
  }

  TckValue parseList() {
    expect("[");
    TckValue value;
    value.kind = TckValue::Kind::List;
    if (consume("]")) return value;
    while (true) {
      value.items.push_back(parseValue());
      if (consume("]")) return value;
      expect(",");
    }
  }

  std::string parseName() {
    skipSpace();
    std::string name;
    if (peek() == '`') {
      ++position_;
      while (!atEnd() && peek() != '`') name += text_[position_++];
      if (atEnd()) fail("unterminated `name`");
      ++position_;
      return name;
    }
    if (peek() == '\'' || peek() == '"') return parseString().text;
    while (!atEnd() && isIdentifierChar(peek())) name += text_[position_++];
    if (name.empty()) fail("expected a name");
    return name;
  }

  std::map<std::string, TckValue> parseMap() {
    expect("{");
    std::map<std::string, TckValue> entries;
    if (consume("}")) return entries;
    while (true) {
      std::string key = parseName();
      expect(":");
      if (!entries.emplace(key, parseValue()).second) fail("duplicate key '" + key + "'");
      if (consume("}")) return entries;
      expect(",");
    }
  }

  TckValue parseNode() {
    expect("(");
    TckValue value;
    value.kind = TckValue::Kind::Node;
    while (consume(":")) value.labels.push_back(parseName());
    std::sort(value.labels.begin(), value.labels.end());
    skipSpace();
    if (peek() == '{') value.entries = parseMap();
    expect(")");
    return value;
  }

  // "[:T {k: v}]"
  TckValue parseRelationship() {
    expect("[");
    TckValue value;
    value.kind = TckValue::Kind::Relationship;
    expect(":");
    value.text = parseName();
    skipSpace();
    if (peek() == '{') value.entries = parseMap();
    expect("]");
    return value;
  }

  TckValue parsePath() {
    expect("<");
    TckValue value;
    value.kind = TckValue::Kind::Path;
    value.items.push_back(parseNode());
    while (!consume(">")) {
      bool forward;
      if (consume("<-")) {
        forward = false;
        value.items.push_back(parseRelationship());
        expect("-");
      } else {
        expect("-");
        forward = true;
        value.items.push_back(parseRelationship());
        expect("->");
      }
      value.forward.push_back(forward);
      value.items.push_back(parseNode());
    }
    return value;
  }

  std::string_view text_;
  size_t position_ = 0;
};

std::string formatName(const std::string& name) {
  bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
  for (char c : name) plain = plain && isIdentifierChar(c);
  return plain ? name : "`" + name + "`";
}

std::string formatFloat(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  std::string text = error == std::errc() ? std::string(buffer, end) : std::to_string(number);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

void formatEntries(std::string& out, const std::map<std::string, TckValue>& entries) {
  out += '{';
  bool first = true;
  for (const auto& [key, entry] : entries) {
    if (!first) out += ", ";
    first = false;
    out += formatName(key) + ": " + formatTckValue(entry);
  }
  out += '}';
}

void formatNode(std::string& out, const TckValue& node) {
  out += '(';
  for (const std::string& label : node.labels) out += ":" + formatName(label);
  if (!node.entries.empty()) {
    if (!node.labels.empty()) out += ' ';
    formatEntries(out, node.entries);
  }
  out += ')';
}

void formatRelationship(std::string& out, const TckValue& relationship) {
  out += "[:" + formatName(relationship.text);
  if (!relationship.entries.empty()) {
    out += ' ';
    formatEntries(out, relationship.entries);
  }
  out += ']';
}

bool entriesEqual(const std::map<std::string, TckValue>& left,
                  const std::map<std::string, TckValue>& right, bool ignore_list_order) {
  if (left.size() != right.size()) return false;
  for (auto l = left.begin(), r = right.begin(); l != left.end(); ++l, ++r) {
    if (l->first != r->first || !tckEqual(l->second, r->second, ignore_list_order)) return false;
  }
  return true;
}

bool itemsEqual(const std::vector<TckValue>& left, const std::vector<TckValue>& right,
                bool ignore_list_order, bool ordered) {
  if (left.size() != right.size()) return false;
  if (ordered) {
    for (size_t i = 0; i < left.size(); ++i) {
      if (!tckEqual(left[i], right[i], ignore_list_order)) return false;
    }
    return true;
  }
  std::vector<bool> used(right.size(), false);
  for (const TckValue& item : left) {
    bool found = false;
    for (size_t j = 0; j < right.size() && !found; ++j) {
      if (!used[j] && tckEqual(item, right[j], ignore_list_order)) used[j] = found = true;
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

TckValue parseTckValue(std::string_view text) { return NotationParser(text).parseWhole(); }

std::string formatTckValue(const TckValue& value) {
  using Kind = TckValue::Kind;
  std::string out;
  switch (value.kind) {
    case Kind::Null:
      return "null";
    case Kind::Boolean:
      return value.boolean ? "true" : "false";
    case Kind::Integer:
      return std::to_string(value.integer);
    case Kind::Float:
      return formatFloat(value.number);
    case Kind::String:
      out = "'";
      for (char c : value.text) {
        if (c == '\'' || c == '\\') {
          out += '\\';
          out += c;
        } else if (c == '\n') {
          out += "\\n";
        } else if (c == '\t') {
          out += "\\t";
        } else {
          out += c;
        }
      }
      return out + "'";
    case Kind::List:
      out = "[";
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += formatTckValue(value.items[i]);
      }
      return out + "]";
    case Kind::Map:
      formatEntries(out, value.entries);
      return out;
    case Kind::Node:
      formatNode(out, value);
      return out;
    case Kind::Relationship:
      formatRelationship(out, value);
      return out;
    case Kind::Path:
      out = "<";
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i % 2 == 0) {
          formatNode(out, value.items[i]);
        } else {
          bool forward = i / 2 < value.forward.size() && value.forward[i / 2];
          out += forward ? "-" : "<-";
          formatRelationship(out, value.items[i]);
          out += forward ? "->" : "-";
        }
      }
      return out + ">";
  }
  return out;
}

bool tckEqual(const TckValue& left, const TckValue& right, bool ignore_list_order) {
  using Kind = TckValue::Kind;
  if (left.kind != right.kind) return false;
  switch (left.kind) {
    case Kind::Null:
      return true;
    case Kind::Boolean:
      return left.boolean == right.boolean;
    case Kind::Integer:
      return left.integer == right.integer;
    case Kind::Float:
      return left.number == right.number || (std::isnan(left.number) && std::isnan(right.number));
    case Kind::String:
      return left.text == right.text;
    case Kind::List:
      return itemsEqual(left.items, right.items, ignore_list_order, !ignore_list_order);
    case Kind::Map:
      return entriesEqual(left.entries, right.entries, ignore_list_order);
    case Kind::Node:
      return left.labels == right.labels &&
             entriesEqual(left.entries, right.entries, ignore_list_order);
    case Kind::Relationship:
      return left.text == right.text &&
             entriesEqual(left.entries, right.entries, ignore_list_order);
    case Kind::Path:
      return left.forward == right.forward &&
             itemsEqual(left.items, right.items, ignore_list_order, true);
  }
  return false;
}

namespace {

TckValue nodeValue(uint32_t index, const PropertyGraph& graph) {
  if (index >= graph.nodeCount()) {
    throw std::runtime_error("result refers to node " + std::to_string(index) +
                             " but the graph has " + std::to_string(graph.nodeCount()));
  }
  TckValue value;
  value.kind = TckValue::Kind::Node;
  value.labels = graph.nodeLabels(index);
  std::sort(value.labels.begin(), value.labels.end());
  for (const auto& [key, property] : graph.nodeProperties(index)) {
    if (!property.isNull()) value.entries.emplace(key, fromValue(property, graph));
  }
  return value;
}

TckValue relationshipValue(uint32_t index, const PropertyGraph& graph) {
  if (index >= graph.edgeCount()) {
    throw std::runtime_error("result refers to relationship " + std::to_string(index) +
                             " but the graph has " + std::to_string(graph.edgeCount()));
  }
  TckValue value;
  value.kind = TckValue::Kind::Relationship;
  value.text = graph.edgeType(index);
  for (const auto& [key, property] : graph.edgeProperties(index)) {
    if (!property.isNull()) value.entries.emplace(key, fromValue(property, graph));
  }
  return value;
}

}  // namespace

TckValue fromValue(const Value& value, const PropertyGraph& graph) {
  TckValue result;
  std::visit(
      [&](const auto& data) {
        using T = std::decay_t<decltype(data)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          result.kind = TckValue::Kind::Null;
        } else if constexpr (std::is_same_v<T, bool>) {
          result.kind = TckValue::Kind::Boolean;
          result.boolean = data;
        } else if constexpr (std::is_same_v<T, int64_t>) {
          result.kind = TckValue::Kind::Integer;
          result.integer = data;
        } else if constexpr (std::is_same_v<T, double>) {
          result.kind = TckValue::Kind::Float;
          result.number = data;
        } else if constexpr (std::is_same_v<T, std::string>) {
          result.kind = TckValue::Kind::String;
          result.text = data;
        } else if constexpr (std::is_same_v<T, ValueList>) {
          result.kind = TckValue::Kind::List;
          for (const Value& item : data) result.items.push_back(fromValue(item, graph));
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          result.kind = TckValue::Kind::Map;
          for (const auto& [key, entry] : data)
            result.entries.emplace(key, fromValue(entry, graph));
        } else if constexpr (std::is_same_v<T, NodeRef>) {
          result = nodeValue(data.index, graph);
        } else if constexpr (std::is_same_v<T, EdgeRef>) {
          result = relationshipValue(data.index, graph);
        } else if constexpr (std::is_same_v<T, Temporal>) {
          // The TCK writes temporal values as their ISO strings ('1984-10-11').
          result.kind = TckValue::Kind::String;
          result.text = formatTemporal(data);
        } else if constexpr (std::is_same_v<T, PathValue>) {
          if (data.nodes.size() != data.edges.size() + 1) {
            throw std::runtime_error("result path has " + std::to_string(data.nodes.size()) +
                                     " nodes and " + std::to_string(data.edges.size()) +
                                     " relationships");
          }
          result.kind = TckValue::Kind::Path;
          result.items.push_back(nodeValue(data.nodes[0], graph));
          for (size_t i = 0; i < data.edges.size(); ++i) {
            result.items.push_back(relationshipValue(data.edges[i], graph));
            result.forward.push_back(graph.edge(data.edges[i]).source == data.nodes[i]);
            result.items.push_back(nodeValue(data.nodes[i + 1], graph));
          }
        }
      },
      value.data);
  return result;
}

Value toValue(const TckValue& value) {
  using Kind = TckValue::Kind;
  switch (value.kind) {
    case Kind::Null:
      return Value();
    case Kind::Boolean:
      return Value(value.boolean);
    case Kind::Integer:
      return Value(value.integer);
    case Kind::Float:
      return Value(value.number);
    case Kind::String:
      return Value(value.text);
    case Kind::List: {
      ValueList list;
      for (const TckValue& item : value.items) list.push_back(toValue(item));
      return Value(std::move(list));
    }
    case Kind::Map: {
      ValueMap map;
      for (const auto& [key, entry] : value.entries) map.emplace(key, toValue(entry));
      return Value(std::move(map));
    }
    default:
      throw std::runtime_error("a node, relationship or path cannot be a parameter");
  }
}

}  // namespace kg::tck

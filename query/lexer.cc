#include "query/lexer.h"

#include <cctype>

#include "query/errors.h"

namespace kg::cypher {
namespace {

bool isIdentifierStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool isIdentifierPart(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

void appendUtf8(std::string& out, uint32_t code) {
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

// The byte length of a Unicode dash or minus sign (U+2010 to U+2015, U+2212, U+FE58, U+FE63,
// U+FF0D) at the start of `text`, else 0: text pasted from a word processor, not Cypher's '-'.
size_t unicodeDashLength(std::string_view text) {
  auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) >= 0x90 && byte(2) <= 0x95) return 3;
  if (byte(0) == 0xE2 && byte(1) == 0x88 && byte(2) == 0x92) return 3;
  if (byte(0) == 0xEF && byte(1) == 0xB9 && (byte(2) == 0x98 || byte(2) == 0xA3)) return 3;
  if (byte(0) == 0xEF && byte(1) == 0xBC && byte(2) == 0x8D) return 3;
  return 0;
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    for (;;) {
      skipSpaceAndComments();
      Token token;
      token.offset = position_;
      if (position_ >= text_.size()) {
        token.kind = TokenKind::End;
        token.end = position_;
        tokens.push_back(token);
        return tokens;
      }
      unsigned char c = text_[position_];
      if (unicodeDashLength(text_.substr(position_)) > 0)
        throwAt(text_, position_, "SyntaxError", "InvalidUnicodeCharacter",
                "a Unicode dash is not an operator (use '-')");
      if (isIdentifierStart(c)) {
        while (position_ < text_.size() && isIdentifierPart(text_[position_]) &&
               unicodeDashLength(text_.substr(position_)) == 0)
          ++position_;
        token.kind = TokenKind::Identifier;
        token.text = std::string(text_.substr(token.offset, position_ - token.offset));
      } else if (c == '`') {
        size_t close = text_.find('`', position_ + 1);
        if (close == std::string_view::npos)
          throwAt(text_, position_, "SyntaxError", "UnexpectedSyntax", "unterminated `identifier`");
        token.kind = TokenKind::QuotedIdentifier;
        token.text = std::string(text_.substr(position_ + 1, close - position_ - 1));
        position_ = close + 1;
      } else if (std::isdigit(c) ||
                 (c == '.' && position_ + 1 < text_.size() && std::isdigit(text_[position_ + 1]))) {
        if (!tokens.empty() && tokens.back().kind == TokenKind::Symbol && tokens.back().text == "{")
          throwAt(text_, position_, "SyntaxError", "UnexpectedSyntax",
                  "expected a property key name (a map key cannot start with a digit)");
        lexNumber(token);
      } else if (c == '\'' || c == '"') {
        lexString(token);
      } else if (c == '$') {
        ++position_;
        size_t start = position_;
        if (position_ < text_.size() && text_[position_] == '`') {
          size_t close = text_.find('`', position_ + 1);
          if (close == std::string_view::npos)
            throwAt(text_, position_, "SyntaxError", "UnexpectedSyntax", "unterminated parameter");
          token.text = std::string(text_.substr(position_ + 1, close - position_ - 1));
          position_ = close + 1;
        } else {
          while (position_ < text_.size() && isIdentifierPart(text_[position_])) ++position_;
          if (position_ == start)
            throwAt(text_, token.offset, "SyntaxError", "UnexpectedSyntax",
                    "expected a parameter name after '$'");
          token.text = std::string(text_.substr(start, position_ - start));
        }
        token.kind = TokenKind::Parameter;
      } else {
        lexSymbol(token);
      }
      token.end = position_;
      tokens.push_back(std::move(token));
    }
  }

 private:
  void skipSpaceAndComments() {
    while (position_ < text_.size()) {
      unsigned char c = text_[position_];
      if (std::isspace(c)) {
        ++position_;
      } else if (text_.substr(position_, 2) == "//") {
        while (position_ < text_.size() && text_[position_] != '\n') ++position_;
      } else if (text_.substr(position_, 2) == "/*") {
        size_t close = text_.find("*/", position_ + 2);
        if (close == std::string_view::npos)
          throwAt(text_, position_, "SyntaxError", "UnexpectedSyntax", "unterminated comment");
        position_ = close + 2;
      } else {
        return;
      }
    }
  }

  void lexNumber(Token& token) {
    size_t start = position_;
    if (text_[position_] == '0' && position_ + 1 < text_.size() &&
        (text_[position_ + 1] == 'x' || text_[position_ + 1] == 'X' ||
         text_[position_ + 1] == 'o' || text_[position_ + 1] == 'O')) {
      position_ += 2;
      while (position_ < text_.size() && std::isxdigit(text_[position_])) ++position_;
      token.kind = TokenKind::Integer;
    } else {
      bool is_float = false;
      while (position_ < text_.size() && std::isdigit(text_[position_])) ++position_;
      // "1..3" is a range, not the float "1." followed by ".3".
      if (position_ + 1 < text_.size() && text_[position_] == '.' &&
          std::isdigit(text_[position_ + 1])) {
        is_float = true;
        ++position_;
        while (position_ < text_.size() && std::isdigit(text_[position_])) ++position_;
      }
      if (position_ < text_.size() && (text_[position_] == 'e' || text_[position_] == 'E')) {
        size_t mark = position_ + 1;
        if (mark < text_.size() && (text_[mark] == '+' || text_[mark] == '-')) ++mark;
        if (mark < text_.size() && std::isdigit(text_[mark])) {
          is_float = true;
          position_ = mark;
          while (position_ < text_.size() && std::isdigit(text_[position_])) ++position_;
        }
      }
      token.kind = is_float ? TokenKind::Float : TokenKind::Integer;
    }
    if (position_ < text_.size() && isIdentifierStart(text_[position_]))
      throwAt(text_, start, "SyntaxError", "InvalidNumberLiteral", "invalid number literal");
    token.text = std::string(text_.substr(start, position_ - start));
  }

  void lexString(Token& token) {
    char quote = text_[position_++];
    std::string value;
    for (;;) {
      if (position_ >= text_.size())
        throwAt(text_, token.offset, "SyntaxError", "UnexpectedSyntax", "unterminated string");
      char c = text_[position_++];
      if (c == quote) break;
      if (c != '\\') {
        value += c;
        continue;
      }
      if (position_ >= text_.size())
        throwAt(text_, token.offset, "SyntaxError", "UnexpectedSyntax", "unterminated string");
      char escape = text_[position_++];
      switch (escape) {
        case 'n':
          value += '\n';
          break;
        case 't':
          value += '\t';
          break;
        case 'r':
          value += '\r';
          break;
        case 'b':
          value += '\b';
          break;
        case 'f':
          value += '\f';
          break;
        case '\\':
          value += '\\';
          break;
        case '\'':
          value += '\'';
          break;
        case '"':
          value += '"';
          break;
        case 'u':
        case 'U': {
          size_t digits = escape == 'u' ? 4 : 8;
          if (position_ + digits > text_.size())
            throwAt(text_, position_ - 2, "SyntaxError", "InvalidUnicodeLiteral",
                    "invalid unicode escape");
          uint32_t code = 0;
          for (size_t i = 0; i < digits; ++i) {
            char h = text_[position_ + i];
            if (!std::isxdigit(static_cast<unsigned char>(h)))
              throwAt(text_, position_ - 2, "SyntaxError", "InvalidUnicodeLiteral",
                      "invalid unicode escape");
            code = code * 16 + (std::isdigit(static_cast<unsigned char>(h))
                                    ? h - '0'
                                    : (std::tolower(static_cast<unsigned char>(h)) - 'a' + 10));
          }
          position_ += digits;
          appendUtf8(value, code);
          break;
        }
        default:
          value += '\\';
          value += escape;
      }
    }
    token.kind = TokenKind::String;
    token.text = std::move(value);
  }

  void lexSymbol(Token& token) {
    static const char* kTwoCharacter[] = {"<=", ">=", "<>", "!=", "=~", "..", "+="};
    for (const char* symbol : kTwoCharacter)
      if (text_.substr(position_, 2) == symbol) {
        token.kind = TokenKind::Symbol;
        token.text = symbol;
        position_ += 2;
        return;
      }
    static const std::string_view kSingle = "()[]{},.:;|*+-/%^=<>";
    char c = text_[position_];
    if (kSingle.find(c) == std::string_view::npos)
      throwAt(text_, position_, "SyntaxError", "UnexpectedSyntax",
              std::string("unexpected character '") + c + "'");
    token.kind = TokenKind::Symbol;
    token.text = std::string(1, c);
    ++position_;
  }

  std::string_view text_;
  size_t position_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Lexer(text).run(); }

}  // namespace kg::cypher

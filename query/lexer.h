// Splits a Cypher statement into tokens (identifiers and keywords, numbers, strings, $parameters,
// punctuation), skipping white space and comments. Each token keeps its byte offset so later
// stages can point at it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::cypher {

enum class TokenKind {
  Identifier,        // names and keywords (keywords are matched case-insensitively)
  QuotedIdentifier,  // `any text`
  Integer,           // text holds the digits (decimal, 0x hex or 0o octal)
  Float,
  String,     // text holds the unescaped value
  Parameter,  // text holds the name without '$'
  Symbol,     // ( ) [ ] { } , . : ; | * + - / % ^ = < > <= >= <> != =~ .. +=
  End,
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;
  size_t offset = 0;
  size_t end = 0;  // offset one past the token
};

// Throws QueryError (SyntaxError) on an unterminated string or comment or a stray character.
std::vector<Token> tokenize(std::string_view text);

}  // namespace kg::cypher

// Recursive-descent parser for the Cypher subset: turns the Lexer's tokens into a Statement
// (query/ast.h). Syntax errors are QueryError("SyntaxError", ...) pointing at the token where
// the statement stopped making sense, e.g. "expected ')'".
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::cypher {

Statement parseStatement(std::string_view text);

}  // namespace kg::cypher

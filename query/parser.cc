#include "query/parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_set>

#include "query/errors.h"
#include "query/lexer.h"

namespace kg::cypher {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(a[i])) !=
        std::toupper(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Words that start or structure clauses; they cannot name a variable without backticks.
bool isReservedWord(std::string_view word) {
  static const char* kReserved[] = {
      "MATCH",  "OPTIONAL",  "WHERE",      "RETURN", "WITH",  "UNWIND",  "CREATE", "MERGE",
      "DELETE", "DETACH",    "SET",        "REMOVE", "ORDER", "BY",      "SKIP",   "LIMIT",
      "AS",     "AND",       "OR",         "XOR",    "NOT",   "IN",      "IS",     "DISTINCT",
      "CASE",   "WHEN",      "THEN",       "ELSE",   "END",   "UNION",   "CALL",   "ASC",
      "DESC",   "ASCENDING", "DESCENDING", "STARTS", "ENDS",  "CONTAINS"};
  for (const char* reserved : kReserved)
    if (equalsIgnoreCase(word, reserved)) return true;
  return false;
}

// How deep an expression may nest: brackets, lists, maps, CASE, NOT and signs inside each other
// (each level costs the parser a dozen stack frames), and any expression tree, long operator
// chains included (each level costs the binder and the evaluator a few frames). Past these the
// statement is refused with its position, rather than overflowing the stack.
constexpr int kMaxNesting = 200;
constexpr int kMaxExpressionDepth = 1000;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

  Statement parse() {
    Statement statement = parseSingleQuery();
    bool first_union = true;
    while (atKeyword("UNION")) {
      size_t offset = current().offset;
      advance();
      bool all = acceptKeyword("ALL");
      if (!first_union && all != statement.union_all)
        throwAt(text_, offset, "SyntaxError", "InvalidClauseComposition",
                "UNION and UNION ALL cannot be mixed in one query");
      statement.union_all = all;
      first_union = false;
      statement.union_offsets.push_back(offset);
      statement.union_parts.push_back(parseSingleQuery());
    }
    if (acceptSymbol(";") && !atEnd()) fail("unexpected text after ';'");
    if (!atEnd()) fail("unexpected text after the query");
    return statement;
  }

  Statement parseSingleQuery() {
    Statement statement;
    if (atEnd() || atSymbol(";") || atKeyword("UNION"))
      fail("expected a clause (MATCH, CREATE, RETURN, ...)");
    while (!atEnd() && !atSymbol(";") && !atKeyword("UNION"))
      statement.clauses.push_back(parseClause());
    return statement;
  }

 private:
  // --- token helpers ----------------------------------------------------------------------
  const Token& current() const { return tokens_[position_]; }
  const Token& peek(size_t ahead = 1) const {
    return tokens_[std::min(position_ + ahead, tokens_.size() - 1)];
  }
  bool atEnd() const { return current().kind == TokenKind::End; }
  const Token& advance() {
    const Token& token = tokens_[position_];
    if (position_ + 1 < tokens_.size()) ++position_;
    previous_end_ = token.end;
    return token;
  }
  bool isKeyword(const Token& token, std::string_view word) const {
    return token.kind == TokenKind::Identifier && equalsIgnoreCase(token.text, word);
  }
  bool atKeyword(std::string_view word) const { return isKeyword(current(), word); }
  bool acceptKeyword(std::string_view word) {
    if (!atKeyword(word)) return false;
    advance();
    return true;
  }
  void expectKeyword(std::string_view word) {
    if (!acceptKeyword(word)) fail("expected " + std::string(word));
  }
  bool isSymbol(const Token& token, std::string_view symbol) const {
    return token.kind == TokenKind::Symbol && token.text == symbol;
  }
  bool atSymbol(std::string_view symbol) const { return isSymbol(current(), symbol); }
  bool acceptSymbol(std::string_view symbol) {
    if (!atSymbol(symbol)) return false;
    advance();
    return true;
  }
  void expectSymbol(std::string_view symbol) {
    if (!acceptSymbol(symbol)) fail("expected '" + std::string(symbol) + "'");
  }
  [[noreturn]] void fail(const std::string& message, const std::string& code = "UnexpectedSyntax") {
    throwAt(text_, current().offset, "SyntaxError", code, message);
  }

  // Held by every parse function that can reach itself again through nested syntax.
  class NestingGuard {
   public:
    explicit NestingGuard(Parser& parser) : parser_(parser) {
      if (++parser_.nesting_ > kMaxNesting)
        parser_.fail("expression nested too deeply (more than " + std::to_string(kMaxNesting) +
                         " levels of brackets, lists, maps, CASE, NOT or signs)",
                     "NestingTooDeep");
    }
    ~NestingGuard() { --parser_.nesting_; }
    NestingGuard(const NestingGuard&) = delete;
    NestingGuard& operator=(const NestingGuard&) = delete;

   private:
    Parser& parser_;
  };

  // Computes Expr::depth bottom-up without recursion (subtrees already measured are not walked
  // again) and refuses an expression deeper than kMaxExpressionDepth at the node that crosses it.
  void checkDepth(Expr& root) {
    std::vector<std::pair<Expr*, bool>> stack{{&root, false}};
    auto below = [](Expr& expr, auto&& visit) {
      for (ExprPtr& child : expr.children)
        if (child) visit(*child);
      if (expr.pattern) {
        for (NodePattern& node : expr.pattern->nodes)
          if (node.properties) visit(*node.properties);
        for (RelPattern& rel : expr.pattern->relationships)
          if (rel.properties) visit(*rel.properties);
      }
    };
    while (!stack.empty()) {
      auto [expr, expanded] = stack.back();
      stack.pop_back();
      if (expr->depth > 0) continue;
      if (!expanded) {
        stack.push_back({expr, true});
        below(*expr, [&](Expr& child) {
          if (child.depth == 0) stack.push_back({&child, false});
        });
        continue;
      }
      int deepest = 0;
      below(*expr, [&](Expr& child) { deepest = std::max(deepest, child.depth); });
      expr->depth = deepest + 1;
      if (expr->depth > kMaxExpressionDepth)
        throwAt(text_, expr->begin, "SyntaxError", "NestingTooDeep",
                "expression nested too deeply (more than " + std::to_string(kMaxExpressionDepth) +
                    " levels; a long chain of OR or + is one level per term: for a long OR of "
                    "equalities use x IN [...])");
    }
  }

  // A variable, label, type or key name: a plain or `quoted` identifier.
  std::string parseName(const char* what, bool allow_reserved) {
    const Token& token = current();
    if (token.kind == TokenKind::QuotedIdentifier ||
        (token.kind == TokenKind::Identifier && (allow_reserved || !isReservedWord(token.text)))) {
      std::string name = token.text;
      advance();
      return name;
    }
    fail(std::string("expected ") + what);
  }
  bool atVariableName() const {
    return current().kind == TokenKind::QuotedIdentifier ||
           (current().kind == TokenKind::Identifier && !isReservedWord(current().text));
  }

  // --- clauses ----------------------------------------------------------------------------
  Clause parseClause() {
    Clause clause;
    clause.offset = current().offset;
    if (acceptKeyword("OPTIONAL")) {
      expectKeyword("MATCH");
      clause.optional = true;
      parseMatchBody(clause);
    } else if (acceptKeyword("MATCH")) {
      parseMatchBody(clause);
    } else if (acceptKeyword("UNWIND")) {
      clause.kind = ClauseKind::Unwind;
      clause.unwind_expression = parseExpression();
      expectKeyword("AS");
      clause.unwind_alias = parseName("a variable name", false);
    } else if (acceptKeyword("CALL")) {
      parseCall(clause);
    } else if (acceptKeyword("WITH")) {
      clause.kind = ClauseKind::With;
      parseProjection(clause.projection);
      if (acceptKeyword("WHERE")) clause.projection.where = parseExpression();
    } else if (acceptKeyword("RETURN")) {
      clause.kind = ClauseKind::Return;
      parseProjection(clause.projection);
    } else if (acceptKeyword("CREATE")) {
      clause.kind = ClauseKind::Create;
      parsePattern(clause.pattern);
    } else if (acceptKeyword("SET")) {
      clause.kind = ClauseKind::Set;
      do clause.set_items.push_back(parseSetItem());
      while (acceptSymbol(","));
    } else if (acceptKeyword("MERGE")) {
      clause.kind = ClauseKind::Merge;
      clause.pattern.push_back(parsePatternPart());
      while (atKeyword("ON")) {
        advance();
        bool on_create = acceptKeyword("CREATE");
        if (!on_create) expectKeyword("MATCH");
        expectKeyword("SET");
        auto& items = on_create ? clause.on_create : clause.set_items;
        do items.push_back(parseSetItem());
        while (acceptSymbol(","));
      }
    } else if (atKeyword("DELETE") || atKeyword("DETACH")) {
      parseDelete(clause);
    } else if (acceptKeyword("REMOVE")) {
      clause.kind = ClauseKind::Remove;
      do clause.set_items.push_back(parseRemoveItem());
      while (acceptSymbol(","));
    } else if (atKeyword("FOREACH") || atKeyword("LOAD")) {
      fail(current().text + " is not supported by this engine", "UnsupportedClause");
    } else {
      fail(
          "expected a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, CREATE, MERGE, SET, REMOVE, "
          "DELETE, RETURN)");
    }
    return clause;
  }

  // CALL name.space.proc(arg, ...) [YIELD * | YIELD column [AS alias], ... [WHERE expr]]; without
  // the parentheses, a standalone CALL takes its arguments from the parameters of their names.
  void parseCall(Clause& clause) {
    clause.kind = ClauseKind::Call;
    if (atSymbol("{")) fail("CALL { ... } subqueries are not supported", "UnsupportedClause");
    clause.procedure = parseName("a procedure name", true);
    while (acceptSymbol(".")) clause.procedure += "." + parseName("a procedure name", true);
    if (acceptSymbol("(")) {
      if (!atSymbol(")")) {
        do clause.arguments.push_back(parseExpression());
        while (acceptSymbol(","));
      }
      expectSymbol(")");
    } else {
      clause.implicit_arguments = true;
    }
    if (!acceptKeyword("YIELD")) {
      clause.yield_all = true;
      return;
    }
    clause.has_yield = true;
    if (acceptSymbol("*")) {
      clause.yield_all = true;
    } else {
      do {
        YieldItem item;
        item.offset = current().offset;
        item.column = parseName("a column the procedure yields", true);
        item.alias = acceptKeyword("AS") ? parseName("a variable name", false) : item.column;
        clause.yields.push_back(std::move(item));
      } while (acceptSymbol(","));
    }
    if (acceptKeyword("WHERE")) clause.where = parseExpression();
  }

  void parseMatchBody(Clause& clause) {
    clause.kind = ClauseKind::Match;
    parsePattern(clause.pattern);
    if (acceptKeyword("WHERE")) clause.where = parseExpression();
  }

  // [DETACH] DELETE expression, ...: each a node, relationship or path (or a list or map member
  // holding one); `n:Label` is refused (REMOVE takes labels off).
  void parseDelete(Clause& clause) {
    clause.kind = ClauseKind::Delete;
    clause.detach = acceptKeyword("DETACH");
    expectKeyword("DELETE");
    do {
      ExprPtr target = parseExpression();
      if (target->kind == ExprKind::LabelCheck)
        throwAt(text_, target->begin, "SyntaxError", "InvalidDelete",
                "DELETE removes nodes, relationships and paths; use REMOVE n:Label for labels");
      clause.deleted.push_back(std::move(target));
    } while (acceptSymbol(","));
  }

  // The target of a SET or REMOVE item: `n.key` or `n:Label[:Label...]` (SET also allows
  // `(n).key`). Returns false, with the bare variable as the target, when neither follows.
  bool parseItemTarget(SetItem& item, bool allow_parentheses) {
    item.offset = current().offset;
    auto variable = std::make_unique<Expr>();
    variable->kind = ExprKind::Variable;
    variable->begin = current().offset;
    bool parenthesized = allow_parentheses && acceptSymbol("(");  // SET (n).key = ...
    variable->name = parseName("a variable name", false);
    if (parenthesized) expectSymbol(")");
    variable->end = previous_end_;
    if (acceptSymbol(".")) {
      auto property = std::make_unique<Expr>();
      property->kind = ExprKind::Property;
      property->begin = variable->begin;
      property->name = parseName("a property key", true);
      property->end = previous_end_;
      property->children.push_back(std::move(variable));
      item.target = std::move(property);
      item.kind = SetItem::Kind::Property;
      return true;
    }
    item.target = std::move(variable);
    if (!atSymbol(":")) return false;
    item.kind = SetItem::Kind::Labels;
    while (acceptSymbol(":")) item.labels.push_back(parseName("a label", true));
    return true;
  }

  // REMOVE n.key or REMOVE n:Label[:Label...], as a SetItem without a value.
  SetItem parseRemoveItem() {
    SetItem item;
    if (!parseItemTarget(item, false)) fail("expected '.' or ':' in REMOVE");
    return item;
  }

  SetItem parseSetItem() {
    SetItem item;
    if (parseItemTarget(item, true)) {
      if (item.kind == SetItem::Kind::Property) {
        expectSymbol("=");
        item.value = parseExpression();
      }
    } else if (acceptSymbol("=")) {
      item.kind = SetItem::Kind::ReplaceMap;
      item.value = parseExpression();
    } else if (acceptSymbol("+=")) {
      item.kind = SetItem::Kind::MergeMap;
      item.value = parseExpression();
    } else {
      fail("expected '.', ':', '=' or '+=' in SET");
    }
    return item;
  }

  void parseProjection(Projection& projection) {
    projection.distinct = acceptKeyword("DISTINCT");
    if (acceptSymbol("*")) {
      projection.star = true;
      if (acceptSymbol(",")) do
          projection.items.push_back(parseProjectionItem());
        while (acceptSymbol(","));
    } else {
      do projection.items.push_back(parseProjectionItem());
      while (acceptSymbol(","));
    }
    if (acceptKeyword("ORDER")) {
      expectKeyword("BY");
      do {
        SortItem item;
        item.expression = parseExpression();
        if (acceptKeyword("DESC") || acceptKeyword("DESCENDING"))
          item.descending = true;
        else if (!acceptKeyword("ASC"))
          acceptKeyword("ASCENDING");
        projection.order_by.push_back(std::move(item));
      } while (acceptSymbol(","));
    }
    if (acceptKeyword("SKIP")) projection.skip = parseExpression();
    if (acceptKeyword("LIMIT")) projection.limit = parseExpression();
  }

  ProjectionItem parseProjectionItem() {
    ProjectionItem item;
    item.expression = parseExpression();
    if (acceptKeyword("AS")) {
      item.alias = parseName("a column name", false);
      item.has_alias = true;
    } else {
      item.alias = std::string(
          text_.substr(item.expression->begin, item.expression->end - item.expression->begin));
    }
    return item;
  }

  // --- patterns ---------------------------------------------------------------------------
  void parsePattern(std::vector<PatternPart>& parts) {
    do parts.push_back(parsePatternPart());
    while (acceptSymbol(","));
  }

  PatternPart parsePatternPart() {
    PatternPart part;
    part.offset = current().offset;
    if (atVariableName() && isSymbol(peek(), "=")) {
      part.path_variable = parseName("a path name", false);
      expectSymbol("=");
    }
    bool shortest = atKeyword("shortestPath") && isSymbol(peek(), "(");
    bool all_shortest = atKeyword("allShortestPaths") && isSymbol(peek(), "(");
    if (shortest || all_shortest) {
      part.shortest = shortest ? ShortestKind::Shortest : ShortestKind::All;
      advance();
      expectSymbol("(");
      parseChain(part);
      expectSymbol(")");
    } else {
      parseChain(part);
    }
    return part;
  }

  void parseChain(PatternPart& part) {
    part.nodes.push_back(parseNodePattern());
    while (atSymbol("-") || atSymbol("<")) {
      part.relationships.push_back(parseRelationshipPattern());
      part.nodes.push_back(parseNodePattern());
    }
  }

  ExprPtr parsePatternProperties() {
    if (atSymbol("{")) return parseMapLiteral();
    if (current().kind == TokenKind::Parameter) return parseAtom();
    return nullptr;
  }

  NodePattern parseNodePattern() {
    NodePattern node;
    node.offset = current().offset;
    expectSymbol("(");
    if (atVariableName()) node.variable = parseName("a variable name", false);
    while (acceptSymbol(":")) node.labels.push_back(parseName("a label", true));
    node.properties = parsePatternProperties();
    expectSymbol(")");
    return node;
  }

  RelPattern parseRelationshipPattern() {
    RelPattern relationship;
    relationship.offset = current().offset;
    bool left_arrow = acceptSymbol("<");
    expectSymbol("-");
    if (acceptSymbol("[")) {
      if (atVariableName()) relationship.variable = parseName("a variable name", false);
      if (acceptSymbol(":")) {
        relationship.types.push_back(parseName("a relationship type", true));
        while (acceptSymbol("|")) {
          acceptSymbol(":");
          relationship.types.push_back(parseName("a relationship type", true));
        }
      }
      if (acceptSymbol("*")) {
        relationship.variable_length = true;
        if (!atSymbol("..") && !atSymbol("]") && !atSymbol("{") &&
            current().kind != TokenKind::Integer && current().kind != TokenKind::Parameter)
          fail("expected a hop range such as *2, *1..3 or *..3", "InvalidRelationshipPattern");
        if (current().kind == TokenKind::Integer) relationship.min_hops = parseHopCount();
        if (acceptSymbol("..")) {
          if (current().kind == TokenKind::Integer) relationship.max_hops = parseHopCount();
        } else if (relationship.min_hops) {
          relationship.max_hops = relationship.min_hops;
        }
      }
      relationship.properties = parsePatternProperties();
      if (!acceptSymbol("]"))
        fail("expected ']' (a variable length needs '*', as in [:T*1..3])",
             "InvalidRelationshipPattern");
    }
    expectSymbol("-");
    bool right_arrow = acceptSymbol(">");
    if (left_arrow && !right_arrow)
      relationship.direction = Direction::Incoming;
    else if (right_arrow && !left_arrow)
      relationship.direction = Direction::Outgoing;
    else
      relationship.direction = Direction::Both;
    return relationship;
  }

  int64_t parseHopCount() {
    int64_t value = parseIntegerText(current());
    advance();
    return value;
  }

  // The magnitude of an integer token (which may be 2^63 only after a minus sign).
  uint64_t parseMagnitude(const Token& token) {
    std::string_view digits = token.text;
    int base = 10;
    if (digits.size() >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
      base = 16;
      digits.remove_prefix(2);
    } else if (digits.size() >= 2 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) {
      base = 8;
      digits.remove_prefix(2);
    }
    if (digits.empty())
      throwAt(text_, token.offset, "SyntaxError", "InvalidNumberLiteral",
              "invalid number literal: " + token.text);
    uint64_t value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (end != digits.data() + digits.size() && error == std::errc())
      throwAt(text_, token.offset, "SyntaxError", "InvalidNumberLiteral",
              "invalid number literal: " + token.text);
    if (error != std::errc())
      throwAt(text_, token.offset, "SyntaxError", "IntegerOverflow",
              "integer literal is too large: " + token.text);
    return value;
  }

  int64_t parseIntegerText(const Token& token) {
    uint64_t magnitude = parseMagnitude(token);
    if (magnitude > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      throwAt(text_, token.offset, "SyntaxError", "IntegerOverflow",
              "integer literal is too large: " + token.text);
    return static_cast<int64_t>(magnitude);
  }

  // --- expressions ------------------------------------------------------------------------
  ExprPtr makeExpr(ExprKind kind, size_t begin) {
    auto expr = std::make_unique<Expr>();
    expr->kind = kind;
    expr->begin = begin;
    return expr;
  }
  ExprPtr makeBinary(BinaryOp op, ExprPtr left, ExprPtr right) {
    auto expr = makeExpr(ExprKind::Binary, left->begin);
    expr->binary_op = op;
    expr->end = right->end;
    expr->children.push_back(std::move(left));
    expr->children.push_back(std::move(right));
    return expr;
  }

 public:
  ExprPtr parseExpression() {
    NestingGuard guard(*this);
    ExprPtr expr = parseOr();
    checkDepth(*expr);
    return expr;
  }

 private:
  ExprPtr parseOr() {
    ExprPtr left = parseXor();
    while (acceptKeyword("OR")) left = makeBinary(BinaryOp::Or, std::move(left), parseXor());
    return left;
  }
  ExprPtr parseXor() {
    ExprPtr left = parseAnd();
    while (acceptKeyword("XOR")) left = makeBinary(BinaryOp::Xor, std::move(left), parseAnd());
    return left;
  }
  ExprPtr parseAnd() {
    ExprPtr left = parseNot();
    while (acceptKeyword("AND")) left = makeBinary(BinaryOp::And, std::move(left), parseNot());
    return left;
  }
  ExprPtr parseNot() {
    if (atKeyword("NOT")) {
      size_t begin = current().offset;
      advance();
      auto expr = makeExpr(ExprKind::Unary, begin);
      expr->unary_op = UnaryOp::Not;
      NestingGuard guard(*this);
      expr->children.push_back(parseNot());
      expr->end = expr->children[0]->end;
      return expr;
    }
    return parseComparison();
  }

  std::optional<BinaryOp> comparisonOperator() const {
    if (current().kind != TokenKind::Symbol) return std::nullopt;
    const std::string& s = current().text;
    if (s == "=") return BinaryOp::Equal;
    if (s == "<>" || s == "!=") return BinaryOp::NotEqual;
    if (s == "<") return BinaryOp::Less;
    if (s == ">") return BinaryOp::Greater;
    if (s == "<=") return BinaryOp::LessEqual;
    if (s == ">=") return BinaryOp::GreaterEqual;
    return std::nullopt;
  }

  ExprPtr parseComparison() {
    ExprPtr left = parseStringListNull();
    ExprPtr chain;  // a < b < c means a < b AND b < c
    Expr* last_comparison = nullptr;
    while (auto op = comparisonOperator()) {
      advance();
      ExprPtr right = parseStringListNull();
      checkDepth(*right);  // before it is cloned (recursively) into the next comparison
      if (!chain) {
        chain = makeBinary(*op, std::move(left), std::move(right));
        last_comparison = chain.get();
      } else {
        ExprPtr next = makeBinary(*op, clone(*last_comparison->children[1]), std::move(right));
        last_comparison = next.get();
        chain = makeBinary(BinaryOp::And, std::move(chain), std::move(next));
      }
    }
    return chain ? std::move(chain) : std::move(left);
  }

  static ExprPtr clone(const Expr& expr) {
    auto copy = std::make_unique<Expr>();
    copy->kind = expr.kind;
    copy->begin = expr.begin;
    copy->end = expr.end;
    copy->value = expr.value;
    copy->name = expr.name;
    copy->unary_op = expr.unary_op;
    copy->binary_op = expr.binary_op;
    copy->distinct = expr.distinct;
    copy->has_subject = expr.has_subject;
    copy->has_else = expr.has_else;
    copy->has_where = expr.has_where;
    copy->has_projection = expr.has_projection;
    copy->keys = expr.keys;
    copy->pattern = expr.pattern;
    for (const ExprPtr& child : expr.children) copy->children.push_back(clone(*child));
    return copy;
  }

  ExprPtr parseStringListNull() {
    ExprPtr left = parseAddSubtract();
    for (;;) {
      if (acceptKeyword("IN")) {
        left = makeBinary(BinaryOp::In, std::move(left), parseAddSubtract());
      } else if (atKeyword("STARTS") && isKeyword(peek(), "WITH")) {
        advance();
        advance();
        left = makeBinary(BinaryOp::StartsWith, std::move(left), parseAddSubtract());
      } else if (atKeyword("ENDS") && isKeyword(peek(), "WITH")) {
        advance();
        advance();
        left = makeBinary(BinaryOp::EndsWith, std::move(left), parseAddSubtract());
      } else if (acceptKeyword("CONTAINS")) {
        left = makeBinary(BinaryOp::Contains, std::move(left), parseAddSubtract());
      } else if (acceptSymbol("=~")) {
        left = makeBinary(BinaryOp::RegexMatch, std::move(left), parseAddSubtract());
      } else if (atKeyword("IS")) {
        advance();
        bool negated = acceptKeyword("NOT");
        expectKeyword("NULL");
        auto expr = makeExpr(negated ? ExprKind::IsNotNull : ExprKind::IsNull, left->begin);
        expr->end = previous_end_;
        expr->children.push_back(std::move(left));
        left = std::move(expr);
      } else {
        return left;
      }
    }
  }

  ExprPtr parseAddSubtract() {
    ExprPtr left = parseMultiply();
    for (;;) {
      if (acceptSymbol("+"))
        left = makeBinary(BinaryOp::Add, std::move(left), parseMultiply());
      else if (acceptSymbol("-"))
        left = makeBinary(BinaryOp::Subtract, std::move(left), parseMultiply());
      else
        return left;
    }
  }

  ExprPtr parseMultiply() {
    ExprPtr left = parsePower();
    for (;;) {
      if (acceptSymbol("*"))
        left = makeBinary(BinaryOp::Multiply, std::move(left), parsePower());
      else if (acceptSymbol("/"))
        left = makeBinary(BinaryOp::Divide, std::move(left), parsePower());
      else if (acceptSymbol("%"))
        left = makeBinary(BinaryOp::Modulo, std::move(left), parsePower());
      else
        return left;
    }
  }

  ExprPtr parsePower() {
    ExprPtr left = parseUnary();
    while (acceptSymbol("^")) left = makeBinary(BinaryOp::Power, std::move(left), parseUnary());
    return left;
  }

  ExprPtr parseUnary() {
    if (atSymbol("-") || atSymbol("+")) {
      size_t begin = current().offset;
      bool negate = current().text == "-";
      advance();
      // -9223372036854775808 only exists as a negative literal.
      if (negate && current().kind == TokenKind::Integer &&
          parseMagnitude(current()) == uint64_t{1} << 63) {
        advance();
        auto literal = makeExpr(ExprKind::Literal, begin);
        literal->value = std::numeric_limits<int64_t>::min();
        literal->end = previous_end_;
        return parsePostfix(std::move(literal));
      }
      NestingGuard guard(*this);
      ExprPtr operand = parseUnary();
      if (negate && operand->kind == ExprKind::Literal &&
          (operand->value.is<int64_t>() || operand->value.is<double>())) {
        if (operand->value.is<int64_t>())
          operand->value = -operand->value.as<int64_t>();
        else
          operand->value = -operand->value.as<double>();
        operand->begin = begin;
        return operand;
      }
      auto expr = makeExpr(ExprKind::Unary, begin);
      expr->unary_op = negate ? UnaryOp::Negate : UnaryOp::Plus;
      expr->end = operand->end;
      expr->children.push_back(std::move(operand));
      return expr;
    }
    return parsePostfix(parseAtom());
  }

  ExprPtr parsePostfix(ExprPtr expr) {
    for (;;) {
      if (atSymbol(".") &&
          (peek().kind == TokenKind::Identifier || peek().kind == TokenKind::QuotedIdentifier)) {
        advance();
        auto property = makeExpr(ExprKind::Property, expr->begin);
        property->name = parseName("a property key", true);
        property->end = previous_end_;
        property->children.push_back(std::move(expr));
        expr = std::move(property);
      } else if (atSymbol("[")) {
        advance();
        ExprPtr from, to;
        bool slice = false;
        if (!atSymbol("..")) from = parseExpression();
        if (acceptSymbol("..")) {
          slice = true;
          if (!atSymbol("]")) to = parseExpression();
        }
        expectSymbol("]");
        auto access = makeExpr(slice ? ExprKind::Slice : ExprKind::Subscript, expr->begin);
        access->end = previous_end_;
        access->children.push_back(std::move(expr));
        if (slice) {
          for (ExprPtr* bound : {&from, &to}) {
            if (!*bound) {
              *bound = makeExpr(ExprKind::Literal, access->end);
              (*bound)->end = access->end;
            }
          }
        }
        access->children.push_back(std::move(from));
        if (slice) access->children.push_back(std::move(to));
        expr = std::move(access);
      } else if (atSymbol(":") && (peek().kind == TokenKind::Identifier ||
                                   peek().kind == TokenKind::QuotedIdentifier)) {
        auto check = makeExpr(ExprKind::LabelCheck, expr->begin);
        while (acceptSymbol(":")) check->keys.push_back(parseName("a label", true));
        check->end = previous_end_;
        check->children.push_back(std::move(expr));
        expr = std::move(check);
      } else {
        return expr;
      }
    }
  }

  ExprPtr parseMapLiteral() {
    auto map = makeExpr(ExprKind::MapLiteral, current().offset);
    expectSymbol("{");
    if (!atSymbol("}")) {
      do {
        map->keys.push_back(parseName("a map key", true));
        expectSymbol(":");
        map->children.push_back(parseExpression());
      } while (acceptSymbol(","));
    }
    expectSymbol("}");
    map->end = previous_end_;
    return map;
  }

  ExprPtr parseAtom() {
    const Token& token = current();
    size_t begin = token.offset;
    switch (token.kind) {
      case TokenKind::Integer: {
        auto literal = makeExpr(ExprKind::Literal, begin);
        literal->value = parseIntegerText(token);
        advance();
        literal->end = previous_end_;
        return literal;
      }
      case TokenKind::Float: {
        auto literal = makeExpr(ExprKind::Literal, begin);
        double value = std::strtod(token.text.c_str(), nullptr);
        if (std::isinf(value))
          throwAt(text_, begin, "SyntaxError", "FloatingPointOverflow",
                  "float literal is too large: " + token.text);
        literal->value = value;
        advance();
        literal->end = previous_end_;
        return literal;
      }
      case TokenKind::String: {
        auto literal = makeExpr(ExprKind::Literal, begin);
        literal->value = token.text;
        advance();
        literal->end = previous_end_;
        return literal;
      }
      case TokenKind::Parameter: {
        auto parameter = makeExpr(ExprKind::Parameter, begin);
        parameter->name = token.text;
        advance();
        parameter->end = previous_end_;
        return parameter;
      }
      case TokenKind::QuotedIdentifier: {
        auto variable = makeExpr(ExprKind::Variable, begin);
        variable->name = token.text;
        advance();
        variable->end = previous_end_;
        return variable;
      }
      case TokenKind::Symbol:
        if (token.text == "(") {
          if (auto predicate = tryPatternPredicate()) return predicate;
          advance();
          ExprPtr inner = parseExpression();
          expectSymbol(")");
          inner->begin = begin;
          inner->end = previous_end_;
          return inner;
        }
        if (token.text == "[") return parseListOrComprehension();
        if (token.text == "{") return parseMapLiteral();
        break;
      case TokenKind::Identifier:
        return parseIdentifierAtom();
      case TokenKind::End:
        break;
    }
    fail("expected an expression");
  }

  // `(a)-[:T]->(b)` used as an expression; null (and nothing consumed) when the text at hand is
  // not a pattern with at least one relationship.
  // A position that failed once is remembered: text such as ({a: ({a: (...)})}) is first tried
  // as a pattern at every '(' and then parsed as an expression, which without the memory takes
  // time exponential in the depth. Too deep a nesting is an error either way, not a retry.
  ExprPtr tryPatternPredicate() {
    size_t saved_position = position_;
    size_t saved_end = previous_end_;
    size_t begin = current().offset;
    if (not_a_pattern_.count(saved_position)) return nullptr;
    auto part = std::make_shared<PatternPart>();
    part->offset = begin;
    auto backtrack = [&] {
      not_a_pattern_.insert(saved_position);
      position_ = saved_position;
      previous_end_ = saved_end;
    };
    try {
      parseChain(*part);
    } catch (const QueryError& error) {
      if (error.code == "NestingTooDeep") throw;
      backtrack();
      return nullptr;
    }
    if (part->relationships.empty()) {
      backtrack();
      return nullptr;
    }
    auto predicate = makeExpr(ExprKind::PatternPredicate, begin);
    predicate->pattern = std::move(part);
    predicate->end = previous_end_;
    return predicate;
  }

  ExprPtr parseListOrComprehension() {
    size_t begin = current().offset;
    expectSymbol("[");
    // [path = (a)-->(b) | ...]: a pattern comprehension that names its path.
    std::string path_variable;
    if (atVariableName() && isSymbol(peek(), "=") && isSymbol(peek(2), "(")) {
      path_variable = parseName("a path name", false);
      expectSymbol("=");
    }
    if (atSymbol("(")) {
      if (ExprPtr pattern = tryPatternPredicate()) {
        auto comprehension = makeExpr(ExprKind::PatternComprehension, begin);
        comprehension->pattern = pattern->pattern;
        comprehension->pattern->path_variable = path_variable;
        auto placeholder = [&] {
          auto literal = makeExpr(ExprKind::Literal, begin);
          literal->end = begin;
          return literal;
        };
        if (acceptKeyword("WHERE")) {
          comprehension->has_where = true;
          comprehension->children.push_back(parseExpression());
        } else {
          comprehension->children.push_back(placeholder());
        }
        expectSymbol("|");
        comprehension->has_projection = true;
        comprehension->children.push_back(parseExpression());
        expectSymbol("]");
        comprehension->end = previous_end_;
        return comprehension;
      }
    }
    if (!path_variable.empty()) fail("expected a pattern after `" + path_variable + " =`");
    if (atVariableName() && isKeyword(peek(), "IN")) {
      auto comprehension = makeExpr(ExprKind::ListComprehension, begin);
      comprehension->name = parseName("a variable name", false);
      expectKeyword("IN");
      comprehension->children.push_back(parseExpression());
      ExprPtr where, projection;
      if (acceptKeyword("WHERE")) {
        comprehension->has_where = true;
        where = parseExpression();
      }
      if (acceptSymbol("|")) {
        comprehension->has_projection = true;
        projection = parseExpression();
      }
      expectSymbol("]");
      comprehension->end = previous_end_;
      auto placeholder = [&] {
        auto literal = makeExpr(ExprKind::Literal, begin);
        literal->end = begin;
        return literal;
      };
      comprehension->children.push_back(where ? std::move(where) : placeholder());
      comprehension->children.push_back(projection ? std::move(projection) : placeholder());
      return comprehension;
    }
    auto list = makeExpr(ExprKind::ListLiteral, begin);
    if (!atSymbol("]")) {
      do list->children.push_back(parseExpression());
      while (acceptSymbol(","));
    }
    expectSymbol("]");
    list->end = previous_end_;
    return list;
  }

  // EXISTS { pattern [WHERE ...] } (kept as one MATCH clause) or EXISTS { query }.
  ExprPtr parseExistsSubquery() {
    auto exists = makeExpr(ExprKind::ExistsSubquery, current().offset);
    advance();
    expectSymbol("{");
    auto subquery = std::make_shared<Statement>();
    if (atSymbol("(") || (atVariableName() && isSymbol(peek(), "="))) {
      Clause match;
      match.offset = current().offset;
      parseMatchBody(match);
      subquery->clauses.push_back(std::move(match));
    } else {
      while (!atSymbol("}") && !atEnd()) subquery->clauses.push_back(parseClause());
      if (subquery->clauses.empty()) fail("expected a pattern or a query inside EXISTS { }");
    }
    expectSymbol("}");
    exists->subquery = std::move(subquery);
    exists->end = previous_end_;
    return exists;
  }

  ExprPtr parseIdentifierAtom() {
    const Token& token = current();
    size_t begin = token.offset;
    if (acceptKeyword("TRUE") || acceptKeyword("FALSE") || acceptKeyword("NULL")) {
      auto literal = makeExpr(ExprKind::Literal, begin);
      if (equalsIgnoreCase(token.text, "TRUE"))
        literal->value = true;
      else if (equalsIgnoreCase(token.text, "FALSE"))
        literal->value = false;
      literal->end = previous_end_;
      return literal;
    }
    if (atKeyword("CASE")) return parseCase();
    if (atKeyword("EXISTS") && isSymbol(peek(), "{")) return parseExistsSubquery();
    if ((atKeyword("ALL") || atKeyword("ANY") || atKeyword("NONE") || atKeyword("SINGLE")) &&
        isSymbol(peek(), "(") &&
        (peek(2).kind == TokenKind::Identifier || peek(2).kind == TokenKind::QuotedIdentifier) &&
        isKeyword(peek(3), "IN")) {
      auto quantifier = makeExpr(ExprKind::Quantifier, begin);
      std::string which = token.text;
      for (char& c : which) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      quantifier->keys.push_back(which);
      advance();
      advance();
      quantifier->name = parseName("a variable name", false);
      expectKeyword("IN");
      quantifier->children.push_back(parseExpression());
      expectKeyword("WHERE");
      quantifier->children.push_back(parseExpression());
      expectSymbol(")");
      quantifier->end = previous_end_;
      return quantifier;
    }
    // A function call: name(  or  namespace.name(
    size_t look = 0;
    std::string function_name = token.text;
    while (isSymbol(peek(look + 1), ".") && peek(look + 2).kind == TokenKind::Identifier) {
      function_name += "." + peek(look + 2).text;
      look += 2;
    }
    if (isSymbol(peek(look + 1), "(")) {
      for (size_t i = 0; i <= look + 1; ++i) advance();
      if (equalsIgnoreCase(function_name, "count") && atSymbol("*")) {
        advance();
        expectSymbol(")");
        auto count = makeExpr(ExprKind::CountStar, begin);
        count->end = previous_end_;
        count->aggregate = true;
        return count;
      }
      auto call = makeExpr(ExprKind::FunctionCall, begin);
      call->name = function_name;
      call->distinct = acceptKeyword("DISTINCT");
      if (!atSymbol(")")) {
        do call->children.push_back(parseExpression());
        while (acceptSymbol(","));
      }
      expectSymbol(")");
      call->end = previous_end_;
      return call;
    }
    if (isReservedWord(token.text)) fail("expected an expression");
    auto variable = makeExpr(ExprKind::Variable, begin);
    variable->name = token.text;
    advance();
    variable->end = previous_end_;
    return variable;
  }

  ExprPtr parseCase() {
    auto expr = makeExpr(ExprKind::Case, current().offset);
    expectKeyword("CASE");
    if (!atKeyword("WHEN")) {
      expr->has_subject = true;
      expr->children.push_back(parseExpression());
    }
    if (!atKeyword("WHEN")) fail("expected WHEN");
    while (acceptKeyword("WHEN")) {
      expr->children.push_back(parseExpression());
      expectKeyword("THEN");
      expr->children.push_back(parseExpression());
    }
    if (acceptKeyword("ELSE")) {
      expr->has_else = true;
      expr->children.push_back(parseExpression());
    }
    expectKeyword("END");
    expr->end = previous_end_;
    return expr;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t position_ = 0;
  size_t previous_end_ = 0;
  int nesting_ = 0;                           // NestingGuard levels open
  std::unordered_set<size_t> not_a_pattern_;  // token positions where tryPatternPredicate failed
};

}  // namespace

Statement parseStatement(std::string_view text) { return Parser(text).parse(); }

}  // namespace kg::cypher

// The syntax tree of one Cypher statement as the Parser builds it. Every node keeps the byte
// offset where it starts (and expressions where they end, so RETURN can name a column by its
// text). The Binder annotates the tree in place (variable slots, aggregate indices, functions).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/value.h"

namespace kg::cypher {

enum class ExprKind {
  Literal,               // value
  Parameter,             // $name
  Variable,              // name
  Property,              // children[0].name
  ListLiteral,           // [children...]
  MapLiteral,            // {keys[i]: children[i]}
  FunctionCall,          // name(children...), distinct
  CountStar,             // count(*)
  Unary,                 // unary_op children[0]
  Binary,                // children[0] binary_op children[1]
  IsNull,                // children[0] IS NULL
  IsNotNull,             // children[0] IS NOT NULL
  Subscript,             // children[0][children[1]]
  Slice,                 // children[0][children[1]..children[2]] (missing bounds are null literals)
  LabelCheck,            // children[0]:keys...
  Case,                  // CASE [subject] WHEN .. THEN .. [ELSE ..] END
  ListComprehension,     // [name IN children[0] WHERE children[1] | children[2]]
  AggregateRef,          // (binder) the value of aggregate number `slot` of the current projection
  PatternPredicate,      // WHERE (a)-[:T]->(:B): whether the pattern has a match (`pattern`)
  PatternComprehension,  // [(a)-->() WHERE children[0] | children[1]]: one value per match
  Quantifier,      // all|any|none|single(name IN children[0] WHERE children[1]), keys[0] = which
  ExistsSubquery,  // EXISTS { pattern [WHERE ...] } or EXISTS { query }: `subquery` has a row
};

enum class UnaryOp { Not, Negate, Plus };
enum class BinaryOp {
  Or,
  Xor,
  And,
  Equal,
  NotEqual,
  Less,
  Greater,
  LessEqual,
  GreaterEqual,
  Add,
  Subtract,
  Multiply,
  Divide,
  Modulo,
  Power,
  In,
  StartsWith,
  EndsWith,
  Contains,
  RegexMatch,
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct PatternPart;
struct Statement;

struct Expr {
  Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
  // Destroys the subtree without recursion (ast.cc): a long chain of operators is a deep tree,
  // and a statement the parser refuses for its depth must still be freed safely.
  ~Expr();

  ExprKind kind = ExprKind::Literal;
  size_t begin = 0;  // byte offsets of the expression's text in the statement
  size_t end = 0;
  Value value;       // Literal
  std::string name;  // Variable, Parameter, Property key, function name
  UnaryOp unary_op = UnaryOp::Not;
  BinaryOp binary_op = BinaryOp::And;
  bool distinct = false;        // FunctionCall: f(DISTINCT x)
  bool has_subject = false;     // Case: CASE subject WHEN ...
  bool has_else = false;        // Case
  bool has_where = false;       // ListComprehension
  bool has_projection = false;  // ListComprehension
  std::vector<ExprPtr> children;
  std::vector<std::string> keys;         // MapLiteral keys, LabelCheck labels
  std::shared_ptr<PatternPart> pattern;  // PatternPredicate
  std::shared_ptr<Statement> subquery;   // ExistsSubquery (the simple form is one MATCH)

  // Annotation of the Parser: the levels of expressions below and including this one (patterns'
  // property maps included), so that no later stage recurses deeper than the parser allowed.
  int depth = 0;

  // Annotations of the Binder.
  int slot = -1;           // Variable: row slot; AggregateRef: aggregate index; comprehension var
  int function = -1;       // FunctionCall: scalar function id (functions.h), -1 for aggregates
  bool aggregate = false;  // FunctionCall/CountStar that aggregates
};

enum class Direction { Outgoing, Incoming, Both };  // -> , <- , --

struct NodePattern {
  size_t offset = 0;
  std::string variable;
  std::vector<std::string> labels;
  ExprPtr properties;      // MapLiteral or Parameter, may be null
  int slot = -1;           // (binder) always set: anonymous nodes get a hidden slot
  bool reference = false;  // (binder) CREATE: an already bound node, not a new one
};

struct RelPattern {
  size_t offset = 0;
  std::string variable;
  std::vector<std::string> types;
  ExprPtr properties;
  Direction direction = Direction::Both;
  bool variable_length = false;
  std::optional<int64_t> min_hops;
  std::optional<int64_t> max_hops;
  int slot = -1;  // (binder) edge, or list of edges when variable_length
};

enum class ShortestKind { None, Shortest, All };

// One comma-separated part of a pattern: [path =] node (rel node)*.
struct PatternPart {
  size_t offset = 0;
  std::string path_variable;
  ShortestKind shortest = ShortestKind::None;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> relationships;  // relationships[i] joins nodes[i] and nodes[i+1]
  int path_slot = -1;
  // (binder) A pattern comprehension's own variables (and its path): the slots its matcher
  // assigns for each match, where every other variable of the pattern must equal a bound value.
  std::vector<int> introduced_slots;
};

struct ProjectionItem {
  ExprPtr expression;
  std::string alias;  // the column name: AS alias, else the expression's text
  bool has_alias = false;
  int slot = -1;  // (binder) where the item's value goes
};

struct SortItem {
  ExprPtr expression;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
  ExprPtr where;  // WITH ... WHERE

  // Annotations of the Binder.
  bool aggregating = false;
  std::vector<Expr*> aggregates;  // the aggregate calls, AggregateRef.slot indexes this
  std::vector<int> star_slots;    // slots copied by *, in column order
  std::vector<std::string> star_names;
};

enum class ClauseKind { Match, Unwind, With, Return, Create, Set, Merge, Call, Delete, Remove };

// CALL proc(...) YIELD column [AS alias]: one output column of the procedure and its variable.
struct YieldItem {
  size_t offset = 0;
  std::string column;
  std::string alias;
  int slot = -1;     // (binder)
  size_t index = 0;  // (binder) the column's position in the procedure's outputs
};

// One item of SET, or of REMOVE (kind Property: `n.key`, without a value; Labels: `n:A:B`).
struct SetItem {
  size_t offset = 0;
  enum class Kind { Property, Labels, ReplaceMap, MergeMap } kind = Kind::Property;
  ExprPtr target;  // Property: a Property expression; otherwise a Variable
  ExprPtr value;
  std::vector<std::string> labels;
};

struct Clause {
  ClauseKind kind = ClauseKind::Match;
  size_t offset = 0;
  bool optional = false;             // OPTIONAL MATCH
  std::vector<PatternPart> pattern;  // Match, Create
  ExprPtr where;                     // Match
  Projection projection;             // With, Return
  ExprPtr unwind_expression;         // Unwind
  std::string unwind_alias;
  int unwind_slot = -1;
  std::vector<SetItem> set_items;  // Set, Remove; Merge: ON MATCH SET
  std::vector<SetItem> on_create;  // Merge: ON CREATE SET
  std::string procedure;           // Call: its name as written ("algo.pageRank")
  std::vector<ExprPtr> arguments;  // Call
  std::vector<YieldItem> yields;   // Call: empty with yield_all
  bool yield_all = false;          // Call: no YIELD (a standalone CALL) or YIELD *
  bool has_yield = false;          // Call: YIELD was written
  bool standalone = false;         // Call: (binder) the statement's only clause
  std::vector<ExprPtr> deleted;    // Delete: what to delete (nodes, relationships, paths)
  bool detach = false;             // Delete: DETACH DELETE
  // Call: `CALL proc` without parentheses; a standalone call's arguments are the parameters.
  bool implicit_arguments = false;
};

struct Statement {
  std::vector<Clause> clauses;
  int slot_count = 0;  // (binder) size of an execution row
  // (binder) An EXISTS subquery: the outer variables it sees, bound when it starts. Its slots
  // continue the numbering of the query around it, so it runs on a copy of that query's row.
  std::vector<int> imported_slots;
  std::vector<std::string> columns;  // (binder) RETURN column names
  // `... UNION [ALL] ...`: the queries after the first, each a Statement of its own (bound and
  // run on its own; the results are concatenated, duplicates removed unless ALL).
  std::vector<Statement> union_parts;
  std::vector<size_t> union_offsets;  // where each UNION keyword is
  bool union_all = false;
};

}  // namespace kg::cypher

#include "query/binder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "query/errors.h"
#include "query/expression.h"
#include "query/functions.h"
#include "query/procedures.h"
#include "query/value_ops.h"

namespace kg::cypher {
namespace {

enum class VariableType { Any, Value, Node, Relationship, RelationshipList, Path };

struct Variable {
  int slot = -1;
  VariableType type = VariableType::Any;
};
using Scope = std::map<std::string, Variable>;

// What an expression may contain where it is bound.
struct Rules {
  std::vector<Expr*>* aggregates = nullptr;  // null: aggregates are not allowed here
  bool inside_aggregate = false;
  const Scope* aggregate_scope = nullptr;                  // scope for the arguments of aggregates
  const std::set<std::string>* ambiguous_names = nullptr;  // unknown here but grouped before
};

std::string compactText(std::string_view text, const Expr& expr) {
  std::string compact;
  for (char c : text.substr(expr.begin, expr.end - expr.begin))
    if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
  return compact;
}

class Binder {
 public:
  Binder(Statement& statement, std::string_view text, const ValueMap& parameters)
      : statement_(statement), text_(text), parameters_(parameters) {}

  void run() {
    auto& clauses = statement_.clauses;
    if (subquery_) rejectUpdatingClauses();
    for (size_t i = 0; i < clauses.size(); ++i) {
      Clause& clause = clauses[i];
      bool last = i + 1 == clauses.size();
      switch (clause.kind) {
        case ClauseKind::Match:
          bindMatch(clause);
          break;
        case ClauseKind::Unwind: {
          bindExpression(*clause.unwind_expression, scope_, Rules{});
          if (scope_.count(clause.unwind_alias))
            fail(clause.offset, "VariableAlreadyBound",
                 "variable `" + clause.unwind_alias + "` already declared");
          clause.unwind_slot = newSlot();
          scope_[clause.unwind_alias] = Variable{clause.unwind_slot, VariableType::Any};
          break;
        }
        case ClauseKind::With:
        case ClauseKind::Return:
          if (clause.kind == ClauseKind::Return && !last)
            fail(clauses[i + 1].offset, "InvalidClauseComposition",
                 "RETURN can only be used at the end of the query");
          bindProjection(clause);
          break;
        case ClauseKind::Create:
          bindCreate(clause);
          break;
        case ClauseKind::Set:
          bindSetItems(clause.set_items);
          break;
        case ClauseKind::Call:
          bindCall(clause, clauses.size() == 1);
          break;
        case ClauseKind::Merge:
          bindMerge(clause);
          break;
        case ClauseKind::Delete:
          bindDelete(clause);
          break;
        case ClauseKind::Remove:
          bindSetItems(clause.set_items);
          break;
      }
    }
    if (call_without_yield_)
      fail(call_without_yield_->offset, "InvalidClauseComposition",
           "a CALL inside a larger query needs YIELD and the columns it uses: CALL " +
               call_without_yield_->procedure + "(...) YIELD ...");
    const Clause& final = clauses.back();
    if (!subquery_ && final.kind != ClauseKind::Return && final.kind != ClauseKind::Create &&
        final.kind != ClauseKind::Set && final.kind != ClauseKind::Merge &&
        final.kind != ClauseKind::Call && final.kind != ClauseKind::Delete &&
        final.kind != ClauseKind::Remove)
      fail(final.offset, "InvalidClauseComposition",
           "a query cannot end with this clause (it must end with RETURN, CREATE, MERGE, SET, "
           "REMOVE, DELETE or CALL)");
    if (final.kind == ClauseKind::Return) {
      statement_.columns = final.projection.star_names;
      for (const ProjectionItem& item : final.projection.items)
        statement_.columns.push_back(item.alias);
    }
    if (final.kind == ClauseKind::Call)
      for (const YieldItem& item : final.yields) statement_.columns.push_back(item.alias);
  }

 private:
  int newSlot() { return statement_.slot_count++; }

  // An EXISTS subquery only reads.
  void rejectUpdatingClauses() {
    for (const Clause& clause : statement_.clauses)
      if (clause.kind == ClauseKind::Create || clause.kind == ClauseKind::Set ||
          clause.kind == ClauseKind::Merge || clause.kind == ClauseKind::Delete ||
          clause.kind == ClauseKind::Remove)
        fail(clause.offset, "InvalidClauseComposition",
             "an EXISTS subquery cannot update the graph");
  }

  // EXISTS { ... }: bound by a binder of its own that starts from the variables in scope here
  // and continues this query's slot numbering.
  void bindExistsSubquery(Expr& expr, const Scope& scope) {
    Statement& subquery = *expr.subquery;
    subquery.slot_count = statement_.slot_count;
    subquery.imported_slots.clear();
    for (const auto& [name, variable] : scope) subquery.imported_slots.push_back(variable.slot);
    Binder inner(subquery, text_, parameters_);
    inner.subquery_ = true;
    inner.scope_ = scope;
    inner.run();
    statement_.slot_count = subquery.slot_count;
  }

  // CALL: the procedure exists, takes this many arguments of its types (checked here when they
  // are constants or parameters) and yields these columns; each yielded column becomes a
  // variable. Standing alone, a CALL without YIELD (or with YIELD *) yields every column, and one
  // without parentheses takes its arguments from the parameters of their names. Inside a larger
  // query a void procedure passes each row on; one with columns needs YIELD and the columns.
  void bindCall(Clause& clause, bool standalone) {
    std::shared_ptr<const ProcedureDefinition> procedure = findProcedure(clause.procedure);
    if (!procedure) {
      std::string known;
      for (const ProcedureDefinition& p : procedures())
        known += (known.empty() ? "" : ", ") + p.name;
      throwAt(text_, clause.offset, "ProcedureError", "ProcedureNotFound",
              "there is no procedure '" + clause.procedure +
                  "' (CALL kg.procedures() lists them: " + known + ")");
    }
    clause.procedure = procedure->name;
    clause.standalone = standalone;
    if (clause.implicit_arguments) bindImplicitArguments(clause, *procedure);
    if (clause.arguments.size() < procedure->required_arguments ||
        clause.arguments.size() > procedure->arguments.size())
      fail(clause.offset, "InvalidNumberOfArguments",
           "wrong number of arguments: " + procedure->signature);
    for (size_t i = 0; i < clause.arguments.size(); ++i) {
      Expr& argument = *clause.arguments[i];
      bindExpression(argument, scope_, Rules{});
      std::optional<Value> constant;
      if (argument.kind == ExprKind::Literal) constant = argument.value;
      if (argument.kind == ExprKind::Parameter && parameters_.count(argument.name))
        constant = parameters_.at(argument.name);
      const ProcedureField& field = procedure->arguments[i];
      if (constant && !acceptProcedureArgument(field.type, *constant))
        fail(argument.begin, "InvalidArgumentType",
             "argument `" + field.name + "` of " + procedure->name + " is " + field.type +
                 ", not " + typeName(*constant) + ": " + procedure->signature);
    }
    if (clause.yield_all) {
      if (!standalone && clause.has_yield)
        fail(clause.offset, "UnexpectedSyntax",
             "YIELD * is only allowed in a CALL standing alone; name the columns: " +
                 procedure->signature);
      clause.yields.clear();
      if (!standalone) {
        // Nothing is yielded; a later use of a column fails as an undefined variable, and a
        // query that uses none still fails (run()), as it would silently repeat rows.
        if (!procedure->outputs.empty() && !call_without_yield_) call_without_yield_ = &clause;
        return;
      }
      for (const ProcedureField& column : procedure->outputs) {
        YieldItem item;
        item.offset = clause.offset;
        item.column = item.alias = column.name;
        clause.yields.push_back(std::move(item));
      }
    }
    for (YieldItem& item : clause.yields) {
      auto it =
          std::find_if(procedure->outputs.begin(), procedure->outputs.end(),
                       [&](const ProcedureField& column) { return column.name == item.column; });
      if (it == procedure->outputs.end())
        fail(item.offset, "UndefinedVariable",
             "'" + item.column + "' is not a column of " + procedure->signature);
      item.index = static_cast<size_t>(it - procedure->outputs.begin());
      if (scope_.count(item.alias))
        fail(item.offset, "VariableAlreadyBound", "variable `" + item.alias + "` already declared");
      item.slot = newSlot();
      scope_[item.alias] = Variable{item.slot, columnVariableType(it->type)};
    }
    if (clause.where) bindExpression(*clause.where, scope_, Rules{});
  }

  // `CALL proc` standing alone: each argument is the parameter of its name (the optional ones
  // while they are given).
  void bindImplicitArguments(Clause& clause, const ProcedureDefinition& procedure) {
    if (!clause.standalone)
      fail(clause.offset, "InvalidArgumentPassingMode",
           "a CALL inside a larger query passes its arguments in parentheses: " +
               procedure.signature);
    for (size_t i = 0; i < procedure.arguments.size(); ++i) {
      const std::string& name = procedure.arguments[i].name;
      if (!parameters_.count(name)) {
        if (i >= procedure.required_arguments) break;
        throwAt(text_, clause.offset, "ParameterMissing", "MissingParameter",
                "CALL " + procedure.name + " without parentheses takes `" + name +
                    "` from the parameter $" + name + ", which is not given");
      }
      auto parameter = std::make_unique<Expr>();
      parameter->kind = ExprKind::Parameter;
      parameter->name = name;
      parameter->begin = parameter->end = clause.offset;
      clause.arguments.push_back(std::move(parameter));
    }
  }

  static VariableType columnVariableType(const std::string& type) {
    std::string base = type.substr(0, type.find('?'));
    if (base == "NODE") return VariableType::Node;
    if (base == "RELATIONSHIP") return VariableType::Relationship;
    if (base == "PATH") return VariableType::Path;
    return VariableType::Any;
  }

  [[noreturn]] void fail(size_t offset, const std::string& code, const std::string& message) {
    throwAt(text_, offset, "SyntaxError", code, message);
  }

  // --- expressions ------------------------------------------------------------------------
  void bindExpression(Expr& expr, const Scope& scope, const Rules& rules) {
    switch (expr.kind) {
      case ExprKind::Variable: {
        if (expr.slot >= 0) return;  // already resolved (a projected item ORDER BY refers to)
        auto it = scope.find(expr.name);
        if (it == scope.end()) {
          if (rules.ambiguous_names && rules.ambiguous_names->count(expr.name))
            fail(expr.begin, "AmbiguousAggregationExpression",
                 "`" + expr.name + "` is neither grouped nor aggregated here");
          fail(expr.begin, "UndefinedVariable", "variable `" + expr.name + "` not defined");
        }
        expr.slot = it->second.slot;
        return;
      }
      case ExprKind::FunctionCall:
      case ExprKind::CountStar: {
        auto aggregate = expr.kind == ExprKind::CountStar ? std::optional(AggregateKind::Count)
                                                          : findAggregate(expr.name);
        if (aggregate) {
          if (!rules.aggregates)
            fail(expr.begin, "InvalidAggregation",
                 "aggregate functions are only allowed in WITH, RETURN and ORDER BY");
          if (rules.inside_aggregate)
            fail(expr.begin, "NestedAggregation", "aggregate functions cannot be nested");
          if (expr.kind == ExprKind::FunctionCall &&
              static_cast<int>(expr.children.size()) != aggregateArgumentCount(*aggregate))
            fail(expr.begin, "InvalidNumberOfArguments",
                 "wrong number of arguments for " + expr.name + "()");
          expr.aggregate = true;
          expr.slot = newSlot();
          rules.aggregates->push_back(&expr);
          Rules inner = rules;
          inner.inside_aggregate = true;
          const Scope& argument_scope = rules.aggregate_scope ? *rules.aggregate_scope : scope;
          inner.ambiguous_names = nullptr;
          for (ExprPtr& child : expr.children) {
            bindExpression(*child, argument_scope, inner);
            if (callsRandom(*child))
              fail(child->begin, "NonConstantExpression",
                   "aggregating a random value is not allowed");
          }
          return;
        }
        int id = findScalarFunction(expr.name);
        if (id < 0) fail(expr.begin, "UnknownFunction", "unknown function " + expr.name + "()");
        const ScalarFunction& function = scalarFunction(id);
        int count = static_cast<int>(expr.children.size());
        if (count < function.min_arguments ||
            (function.max_arguments >= 0 && count > function.max_arguments))
          fail(expr.begin, "InvalidNumberOfArguments",
               "wrong number of arguments for " + expr.name + "()");
        expr.function = id;
        if (std::string(function.name) == "size" && expr.children.size() == 1 &&
            expr.children[0]->kind == ExprKind::Variable) {
          auto it = scope.find(expr.children[0]->name);
          if (it != scope.end() && it->second.type == VariableType::Path)
            fail(expr.children[0]->begin, "InvalidArgumentType",
                 "size() does not accept a path (use length())");
        }
        for (ExprPtr& child : expr.children)
          if (child->kind == ExprKind::PatternPredicate && std::string(function.name) != "exists")
            fail(child->begin, "UnexpectedSyntax",
                 "a pattern can only be used as a predicate here");
        for (ExprPtr& child : expr.children) bindExpression(*child, scope, rules);
        checkArgumentKind(expr, function.name, scope);
        foldConstantCall(expr, function);
        return;
      }
      case ExprKind::Property: {
        const Expr& owner = *expr.children[0];
        if (owner.kind == ExprKind::Variable && owner.slot < 0) {
          auto it = scope.find(owner.name);
          if (it != scope.end() && it->second.type == VariableType::Path)
            fail(expr.begin, "InvalidArgumentType", "a path has no properties");
        }
        bindExpression(*expr.children[0], scope, rules);
        return;
      }
      case ExprKind::PatternPredicate:
      case ExprKind::PatternComprehension: {
        // A pattern predicate only refers to bound variables; a pattern comprehension may
        // introduce its own (and name its path), visible in its WHERE and projection only.
        PatternPart& part = *expr.pattern;
        bool comprehension = expr.kind == ExprKind::PatternComprehension;
        Scope inner = scope;
        part.introduced_slots.clear();
        auto introduce = [&](const std::string& name, VariableType type) {
          int slot = newSlot();
          inner[name] = Variable{slot, type};
          part.introduced_slots.push_back(slot);
          return slot;
        };
        for (NodePattern& node : part.nodes) {
          if (node.variable.empty()) continue;
          auto it = inner.find(node.variable);
          if (it == inner.end()) {
            if (!comprehension)
              fail(node.offset, "UndefinedVariable",
                   "variable `" + node.variable +
                       "` not defined (a pattern predicate cannot "
                       "introduce variables)");
            node.slot = introduce(node.variable, VariableType::Node);
            continue;
          }
          if (it->second.type != VariableType::Node && it->second.type != VariableType::Any)
            fail(node.offset, "VariableTypeConflict",
                 "variable `" + node.variable + "` is not a node");
          node.slot = it->second.slot;
        }
        for (RelPattern& relationship : part.relationships) {
          if (relationship.variable.empty()) continue;
          auto it = inner.find(relationship.variable);
          if (it == inner.end()) {
            if (!comprehension)
              fail(relationship.offset, "UndefinedVariable",
                   "variable `" + relationship.variable + "` not defined");
            relationship.slot = introduce(
                relationship.variable, relationship.variable_length ? VariableType::RelationshipList
                                                                    : VariableType::Relationship);
            continue;
          }
          relationship.slot = it->second.slot;
        }
        if (!part.path_variable.empty()) {
          if (inner.count(part.path_variable))
            fail(part.offset, "VariableAlreadyBound",
                 "variable `" + part.path_variable + "` already declared");
          part.path_slot = introduce(part.path_variable, VariableType::Path);
        }
        Rules no_aggregates = rules;
        no_aggregates.aggregates = nullptr;
        for (NodePattern& node : part.nodes)
          if (node.properties) bindExpression(*node.properties, inner, no_aggregates);
        for (RelPattern& relationship : part.relationships)
          if (relationship.properties)
            bindExpression(*relationship.properties, inner, no_aggregates);
        for (ExprPtr& child : expr.children) bindExpression(*child, inner, no_aggregates);
        return;
      }
      case ExprKind::ExistsSubquery:
        bindExistsSubquery(expr, scope);
        return;
      case ExprKind::ListComprehension:
      case ExprKind::Quantifier: {
        bindExpression(*expr.children[0], scope, rules);
        Scope inner = scope;
        expr.slot = newSlot();
        inner[expr.name] = Variable{expr.slot, VariableType::Any};
        if (StaticType type = elementType(*expr.children[0]); type != StaticType::Unknown)
          element_types_[expr.slot] = type;
        Rules no_aggregates = rules;
        no_aggregates.aggregates = nullptr;
        for (size_t i = 1; i < expr.children.size(); ++i)
          bindExpression(*expr.children[i], inner, no_aggregates);
        return;
      }
      case ExprKind::Unary:
      case ExprKind::Binary: {
        for (ExprPtr& child : expr.children) bindExpression(*child, scope, rules);
        checkOperandTypes(expr);
        return;
      }
      default:
        for (ExprPtr& child : expr.children) bindExpression(*child, scope, rules);
    }
  }

  // The type of an expression when it is evident from the text (literals, and the variable of a
  // comprehension or quantifier over a list literal whose elements share one type), else Unknown.
  enum class StaticType { Unknown, Null, Boolean, Integer, Float, String, List, Map };
  StaticType staticType(const Expr& expr) const {
    switch (expr.kind) {
      case ExprKind::Variable: {
        auto it = element_types_.find(expr.slot);
        return it == element_types_.end() ? StaticType::Unknown : it->second;
      }
      case ExprKind::Literal:
        if (expr.value.isNull()) return StaticType::Null;
        if (expr.value.is<bool>()) return StaticType::Boolean;
        if (expr.value.is<int64_t>()) return StaticType::Integer;
        if (expr.value.is<double>()) return StaticType::Float;
        if (expr.value.is<std::string>()) return StaticType::String;
        return StaticType::Unknown;
      case ExprKind::ListLiteral:
      case ExprKind::ListComprehension:
        return StaticType::List;
      case ExprKind::MapLiteral:
        return StaticType::Map;
      default:
        return StaticType::Unknown;
    }
  }

  // The one type every element of a list literal has, else Unknown.
  StaticType elementType(const Expr& list) const {
    if (list.kind != ExprKind::ListLiteral || list.children.empty()) return StaticType::Unknown;
    StaticType first = staticType(*list.children[0]);
    for (const ExprPtr& element : list.children)
      if (staticType(*element) != first) return StaticType::Unknown;
    return first == StaticType::Null ? StaticType::Unknown : first;
  }

  // Operators whose operands are literals of a type they can never accept fail at compile time.
  void checkOperandTypes(const Expr& expr) {
    auto reject = [&](const Expr& operand, const char* what) {
      fail(operand.begin, "InvalidArgumentType", std::string(what) + " cannot take this value");
    };
    if (expr.kind == ExprKind::Unary && expr.unary_op == UnaryOp::Not) {
      StaticType type = staticType(*expr.children[0]);
      if (type != StaticType::Unknown && type != StaticType::Null && type != StaticType::Boolean)
        reject(*expr.children[0], "NOT");
      return;
    }
    if (expr.kind != ExprKind::Binary) return;
    switch (expr.binary_op) {
      case BinaryOp::And:
      case BinaryOp::Or:
      case BinaryOp::Xor:
        for (const ExprPtr& operand : expr.children) {
          StaticType type = staticType(*operand);
          if (type != StaticType::Unknown && type != StaticType::Null &&
              type != StaticType::Boolean)
            reject(*operand, "a boolean operator");
        }
        return;
      case BinaryOp::In: {
        StaticType type = staticType(*expr.children[1]);
        if (type != StaticType::Unknown && type != StaticType::Null && type != StaticType::List)
          reject(*expr.children[1], "IN");
        return;
      }
      case BinaryOp::Subtract:
      case BinaryOp::Multiply:
      case BinaryOp::Divide:
      case BinaryOp::Modulo:
      case BinaryOp::Power:
        for (const ExprPtr& operand : expr.children) {
          StaticType type = staticType(*operand);
          if (type == StaticType::Boolean || type == StaticType::String ||
              type == StaticType::List || type == StaticType::Map)
            reject(*operand, "an arithmetic operator");
        }
        return;
      default:
        return;
    }
  }

  // A call of a function whose result depends on its arguments alone, with literal arguments
  // only (date('2024-01-01')), becomes the literal it computes, so it is not computed per row.
  // A call that fails is left as it is, to raise its error when it runs.
  void foldConstantCall(Expr& call, const ScalarFunction& function) {
    if (!function.constant_folds || call.children.empty()) return;
    for (const ExprPtr& child : call.children)
      if (child->kind != ExprKind::Literal) return;
    static const PropertyGraph kNoGraph;  // such functions do not read the graph
    std::vector<Value> arguments;
    for (const ExprPtr& child : call.children) arguments.push_back(child->value);
    try {
      call.value = callScalarFunction(call.function, arguments, kNoGraph);
    } catch (const std::exception&) {
      return;
    }
    call.kind = ExprKind::Literal;
    call.function = -1;
    call.children.clear();
  }

  // A graph function called on an argument whose kind is evident from the text and that it can
  // never accept (labels() of a path, type() of a node, properties() of a number, ...).
  void checkArgumentKind(const Expr& call, std::string_view function, const Scope& scope) {
    if (call.children.size() != 1) return;
    const Expr& argument = *call.children[0];
    VariableType kind = inferType(argument, scope);
    StaticType type = staticType(argument);
    bool rejected = false;
    if (function == "labels")
      rejected = kind == VariableType::Relationship || kind == VariableType::RelationshipList ||
                 kind == VariableType::Path;
    else if (function == "type")
      rejected = kind == VariableType::Node || kind == VariableType::RelationshipList ||
                 kind == VariableType::Path;
    else if (function == "length")
      rejected = kind == VariableType::Node || kind == VariableType::Relationship;
    else if (function == "properties" || function == "keys")
      rejected =
          kind == VariableType::Path ||
          (type != StaticType::Unknown && type != StaticType::Null && type != StaticType::Map);
    if (rejected)
      fail(argument.begin, "InvalidArgumentType",
           std::string(function) + "() cannot take this argument");
  }

  // A pattern used as a value (RETURN (a)-->(), WITH (a)-->() AS x, SET n.x = ...) is an
  // error: a pattern is a predicate, in WHERE or inside exists(); pattern comprehensions and
  // the WHERE of list comprehensions and quantifiers may use one.
  void rejectPatternValues(const Expr& expr) {
    switch (expr.kind) {
      case ExprKind::PatternPredicate:
        fail(expr.begin, "UnexpectedSyntax",
             "a pattern can only be used as a predicate (in WHERE or exists())");
      case ExprKind::PatternComprehension:
      case ExprKind::ListComprehension:
      case ExprKind::Quantifier:
        return;
      case ExprKind::FunctionCall:
        if (expr.function >= 0 && std::string(scalarFunction(expr.function).name) == "exists")
          return;
        break;
      default:
        break;
    }
    for (const ExprPtr& child : expr.children) rejectPatternValues(*child);
  }

  // WHERE needs a boolean: a node, relationship or path there (`WHERE (n)`) is an error.
  void checkPredicate(const Expr& where, const Scope& scope) {
    VariableType kind = inferType(where, scope);
    if (kind == VariableType::Node || kind == VariableType::Relationship ||
        kind == VariableType::RelationshipList || kind == VariableType::Path)
      fail(where.begin, "InvalidArgumentType", "WHERE needs a boolean, not a graph element");
  }

  static bool callsRandom(const Expr& expr) {
    if (expr.kind == ExprKind::FunctionCall && expr.function >= 0 &&
        std::string(scalarFunction(expr.function).name) == "rand")
      return true;
    for (const ExprPtr& child : expr.children)
      if (callsRandom(*child)) return true;
    return false;
  }

  static bool containsAggregate(const Expr& expr) {
    if (expr.aggregate) return true;
    for (const ExprPtr& child : expr.children)
      if (containsAggregate(*child)) return true;
    return false;
  }

  static VariableType inferType(const Expr& expr, const Scope& scope) {
    switch (expr.kind) {
      case ExprKind::Variable: {
        auto it = scope.find(expr.name);
        return it == scope.end() ? VariableType::Any : it->second.type;
      }
      case ExprKind::Literal:
        return expr.value.isNull() ? VariableType::Any : VariableType::Value;
      case ExprKind::ListLiteral:
      case ExprKind::MapLiteral:
      case ExprKind::Binary:
      case ExprKind::IsNull:
      case ExprKind::IsNotNull:
      case ExprKind::CountStar:
        return VariableType::Value;
      default:
        return VariableType::Any;
    }
  }

  // --- MATCH ------------------------------------------------------------------------------
  void expectKind(const std::string& name, VariableType wanted, size_t offset) {
    VariableType have = scope_.at(name).type;
    if (have == wanted || have == VariableType::Any) return;
    if (wanted == VariableType::RelationshipList &&
        (have == VariableType::Relationship || have == VariableType::Value))
      return;
    fail(offset, "VariableTypeConflict", "variable `" + name + "` is not of the kind used here");
  }

  void bindMatch(Clause& clause) {
    std::set<std::string> relationships_here;
    for (PatternPart& part : clause.pattern) {
      if (part.shortest != ShortestKind::None && part.relationships.size() != 1)
        fail(part.offset, "InvalidShortestPath",
             "shortestPath needs a pattern with exactly one relationship");
      for (NodePattern& node : part.nodes) {
        if (node.variable.empty()) {
          node.slot = newSlot();
        } else if (scope_.count(node.variable)) {
          expectKind(node.variable, VariableType::Node, node.offset);
          node.slot = scope_[node.variable].slot;
        } else {
          node.slot = newSlot();
          scope_[node.variable] = Variable{node.slot, VariableType::Node};
        }
      }
      for (RelPattern& relationship : part.relationships) {
        VariableType kind = relationship.variable_length || part.shortest != ShortestKind::None
                                ? VariableType::RelationshipList
                                : VariableType::Relationship;
        if (relationship.variable.empty()) {
          relationship.slot = newSlot();
        } else if (relationships_here.count(relationship.variable)) {
          fail(relationship.offset, "RelationshipUniquenessViolation",
               "relationship `" + relationship.variable + "` used twice in one pattern");
        } else if (scope_.count(relationship.variable)) {
          expectKind(relationship.variable, kind, relationship.offset);
          relationship.slot = scope_[relationship.variable].slot;
        } else {
          relationship.slot = newSlot();
          scope_[relationship.variable] = Variable{relationship.slot, kind};
        }
        if (!relationship.variable.empty()) relationships_here.insert(relationship.variable);
      }
      if (!part.path_variable.empty()) {
        if (scope_.count(part.path_variable))
          fail(part.offset, "VariableAlreadyBound",
               "variable `" + part.path_variable + "` already declared");
        part.path_slot = newSlot();
        scope_[part.path_variable] = Variable{part.path_slot, VariableType::Path};
      }
    }
    for (PatternPart& part : clause.pattern) {
      for (NodePattern& node : part.nodes) bindPatternProperties(node.properties, false);
      for (RelPattern& relationship : part.relationships)
        bindPatternProperties(relationship.properties, false);
    }
    if (clause.where) {
      bindExpression(*clause.where, scope_, Rules{});
      checkPredicate(*clause.where, scope_);
    }
  }

  void bindPatternProperties(ExprPtr& properties, bool allow_parameter) {
    if (!properties) return;
    if (properties->kind == ExprKind::Parameter && !allow_parameter)
      fail(properties->begin, "InvalidParameterUse",
           "a parameter cannot be used as a property map in MATCH");
    bindExpression(*properties, scope_, Rules{});
  }

  // --- CREATE -----------------------------------------------------------------------------
  void bindCreate(Clause& clause) {
    for (PatternPart& part : clause.pattern) {
      if (part.shortest != ShortestKind::None)
        fail(part.offset, "UnexpectedSyntax", "CREATE cannot create a shortest path");
      for (NodePattern& node : part.nodes) {
        if (!node.variable.empty() && scope_.count(node.variable)) {
          expectKind(node.variable, VariableType::Node, node.offset);
          if (!node.labels.empty() || node.properties || part.nodes.size() == 1)
            fail(node.offset, "VariableAlreadyBound",
                 "variable `" + node.variable + "` already declared");
          node.slot = scope_[node.variable].slot;
          node.reference = true;
          continue;
        }
        node.slot = newSlot();
        if (!node.variable.empty()) scope_[node.variable] = Variable{node.slot, VariableType::Node};
      }
      for (RelPattern& relationship : part.relationships) {
        if (!relationship.variable.empty() && scope_.count(relationship.variable))
          fail(relationship.offset, "VariableAlreadyBound",
               "variable `" + relationship.variable + "` already declared");
        if (relationship.variable_length)
          fail(relationship.offset, "CreatingVarLength",
               "CREATE cannot create a variable-length relationship");
        if (relationship.types.size() != 1)
          fail(relationship.offset, "NoSingleRelationshipType",
               "a created relationship needs exactly one type");
        if (relationship.direction == Direction::Both)
          fail(relationship.offset, "RequiresDirectedRelationship",
               "a created relationship needs a direction");
        if (!relationship.variable.empty() && scope_.count(relationship.variable))
          fail(relationship.offset, "VariableAlreadyBound",
               "variable `" + relationship.variable + "` already declared");
        relationship.slot = newSlot();
        if (!relationship.variable.empty())
          scope_[relationship.variable] = Variable{relationship.slot, VariableType::Relationship};
      }
      if (!part.path_variable.empty()) {
        if (scope_.count(part.path_variable))
          fail(part.offset, "VariableAlreadyBound",
               "variable `" + part.path_variable + "` already declared");
        part.path_slot = newSlot();
        scope_[part.path_variable] = Variable{part.path_slot, VariableType::Path};
      }
    }
    for (PatternPart& part : clause.pattern) {
      for (NodePattern& node : part.nodes) bindPatternProperties(node.properties, true);
      for (RelPattern& relationship : part.relationships)
        bindPatternProperties(relationship.properties, true);
    }
  }

  // MERGE (pattern): matched like MATCH, else created like CREATE; bound nodes are references.
  void bindMerge(Clause& clause) {
    PatternPart& part = clause.pattern[0];
    if (part.shortest != ShortestKind::None)
      fail(part.offset, "UnexpectedSyntax", "MERGE cannot use shortestPath");
    for (RelPattern& relationship : part.relationships) {
      if (!relationship.variable.empty() && scope_.count(relationship.variable))
        fail(relationship.offset, "VariableAlreadyBound",
             "variable `" + relationship.variable + "` already declared");
      if (relationship.variable_length)
        fail(relationship.offset, "CreatingVarLength",
             "MERGE cannot create a variable-length relationship");
      if (relationship.types.size() != 1)
        fail(relationship.offset, "NoSingleRelationshipType",
             "a merged relationship needs exactly one type");
    }
    for (NodePattern& node : part.nodes) {
      if (!node.variable.empty() && scope_.count(node.variable)) {
        expectKind(node.variable, VariableType::Node, node.offset);
        if (part.nodes.size() == 1 || !node.labels.empty() || node.properties)
          fail(node.offset, "VariableAlreadyBound",
               "variable `" + node.variable + "` already declared");
        node.reference = true;
      }
    }
    bindMatch(clause);  // the binding rules of MATCH, on the same pattern
    bindSetItems(clause.on_create);
    bindSetItems(clause.set_items);
  }

  void bindSetItems(std::vector<SetItem>& items) {
    for (SetItem& item : items) {
      bindExpression(*item.target, scope_, Rules{});
      if (item.value) {
        bindExpression(*item.value, scope_, Rules{});
        rejectPatternValues(*item.value);
      }
    }
  }

  // DELETE: each expression must be able to yield a node, relationship or path (a variable, a
  // property, index or function of one, ...); literals and operators never do.
  void bindDelete(Clause& clause) {
    for (ExprPtr& target : clause.deleted) {
      bindExpression(*target, scope_, Rules{});
      switch (target->kind) {
        case ExprKind::Variable:
        case ExprKind::Parameter:
        case ExprKind::Property:
        case ExprKind::Subscript:
        case ExprKind::FunctionCall:
        case ExprKind::Case:
          break;
        default:
          fail(target->begin, "InvalidArgumentType",
               "DELETE needs a node, relationship or path, not this expression");
      }
    }
  }

  // --- WITH / RETURN ----------------------------------------------------------------------
  // Replaces sub-expressions of an ORDER BY item that repeat a projected item by a reference to
  // that item's slot (only variables, properties and aggregates when `simple_only`).
  void rewriteProjected(ExprPtr& expr, const Projection& projection, bool simple_only) {
    std::string text = compactText(text_, *expr);
    bool simple = expr->kind == ExprKind::Variable || expr->kind == ExprKind::Property ||
                  expr->kind == ExprKind::FunctionCall || expr->kind == ExprKind::CountStar;
    if (!simple_only || simple) {
      for (const ProjectionItem& item : projection.items) {
        if (compactText(text_, *item.expression) != text) continue;
        if (simple_only && (expr->kind == ExprKind::FunctionCall) && !findAggregate(expr->name))
          break;
        auto reference = std::make_unique<Expr>();
        reference->kind = ExprKind::Variable;
        reference->begin = expr->begin;
        reference->end = expr->end;
        reference->name = item.alias;
        reference->slot = item.slot;
        expr = std::move(reference);
        return;
      }
    }
    if (expr->kind == ExprKind::Variable) return;
    for (ExprPtr& child : expr->children) rewriteProjected(child, projection, simple_only);
  }

  // Aggregating items may only use grouping keys outside their aggregates.
  void checkGrouping(const Expr& expr, const Projection& projection,
                     const std::set<int>& outer_slots) {
    if (expr.aggregate) return;
    if (expr.kind == ExprKind::Variable || expr.kind == ExprKind::Property) {
      std::string text = compactText(text_, expr);
      for (const ProjectionItem& item : projection.items)
        if (!containsAggregate(*item.expression) && compactText(text_, *item.expression) == text)
          return;
      if (expr.kind == ExprKind::Variable && outer_slots.count(expr.slot) &&
          std::find(projection.star_slots.begin(), projection.star_slots.end(), expr.slot) ==
              projection.star_slots.end())
        fail(expr.begin, "AmbiguousAggregationExpression",
             "`" + expr.name + "` is neither grouped nor aggregated here");
    }
    for (const ExprPtr& child : expr.children) checkGrouping(*child, projection, outer_slots);
  }

  void collectNames(const Expr& expr, std::set<std::string>& names) {
    if (expr.kind == ExprKind::Variable) names.insert(expr.name);
    for (const ExprPtr& child : expr.children) collectNames(*child, names);
  }

  void checkSkipLimit(ExprPtr& expr) {
    if (!expr) return;
    if (!isConstant(*expr))
      fail(expr->begin, "NonConstantExpression", "SKIP and LIMIT need a constant expression");
    bindExpression(*expr, Scope{}, Rules{});
    bool has_parameter = false, random = false;
    std::vector<const Expr*> stack{expr.get()};
    while (!stack.empty()) {
      const Expr* e = stack.back();
      stack.pop_back();
      if (e->kind == ExprKind::Parameter) has_parameter = true;
      if (e->kind == ExprKind::FunctionCall) random = true;
      for (const ExprPtr& child : e->children) stack.push_back(child.get());
    }
    if (has_parameter || random) return;  // checked when the query runs
    Row row;
    PropertyGraph no_graph;
    EvaluationContext context{no_graph, parameters_, {}};
    Value value = evaluate(*expr, row, context);
    if (!value.is<int64_t>())
      fail(expr->begin, "InvalidArgumentType", "SKIP and LIMIT need an integer");
    if (value.as<int64_t>() < 0)
      fail(expr->begin, "NegativeIntegerArgument", "SKIP and LIMIT need a non-negative integer");
  }

  void bindProjection(Clause& clause) {
    Projection& projection = clause.projection;
    bool is_with = clause.kind == ClauseKind::With;
    Scope old = scope_;
    Scope next;
    std::set<int> outer_slots;
    for (const auto& [name, variable] : old) outer_slots.insert(variable.slot);
    if (projection.star) {
      if (old.empty() && !is_with)
        fail(clause.offset, "NoVariablesInScope", "RETURN * / WITH * with no variables in scope");
      for (const auto& [name, variable] : old) {
        projection.star_slots.push_back(variable.slot);
        projection.star_names.push_back(name);
        next[name] = variable;
      }
    }
    Rules item_rules;
    item_rules.aggregates = &projection.aggregates;
    std::set<std::string> aliases;
    const Expr* unaliased = nullptr;  // reported after ORDER BY, whose errors the TCK expects first
    for (ProjectionItem& item : projection.items) {
      bindExpression(*item.expression, old, item_rules);
      rejectPatternValues(*item.expression);
      if (is_with && !item.has_alias && item.expression->kind != ExprKind::Variable && !unaliased)
        unaliased = item.expression.get();
      if (!aliases.insert(item.alias).second)
        fail(item.expression->begin, "ColumnNameConflict",
             "multiple result columns with the same name `" + item.alias + "`");
    }
    for (ProjectionItem& item : projection.items) {
      item.slot = newSlot();
      next[item.alias] = Variable{item.slot, inferType(*item.expression, old)};
    }
    projection.aggregating = !projection.aggregates.empty();
    if (projection.aggregating)
      for (ProjectionItem& item : projection.items)
        if (containsAggregate(*item.expression))
          checkGrouping(*item.expression, projection, outer_slots);

    for (SortItem& sort : projection.order_by)
      bindAfterProjection(sort.expression, projection, old, next, true);
    if (unaliased)
      fail(unaliased->begin, "NoExpressionAlias", "expressions in WITH must be aliased (use AS)");
    checkSkipLimit(projection.skip);
    checkSkipLimit(projection.limit);
    if (projection.where) bindAfterProjection(projection.where, projection, old, next, false);
    scope_ = std::move(next);
  }

  // ORDER BY and WITH's WHERE see the projected names and, unless the projection aggregates or
  // is DISTINCT, the variables before it; after aggregation or DISTINCT only what was projected
  // (repeating a projected expression is fine).
  void bindAfterProjection(ExprPtr& expr, Projection& projection, const Scope& old,
                           const Scope& next, bool allow_aggregates) {
    if (projection.aggregating || projection.distinct) {
      rewriteProjected(expr, projection, projection.aggregating);
      std::set<std::string> grouped;
      for (const ProjectionItem& item : projection.items)
        if (!containsAggregate(*item.expression)) collectNames(*item.expression, grouped);
      Rules rules;
      if (projection.aggregating && allow_aggregates) rules.aggregates = &projection.aggregates;
      rules.aggregate_scope = &next;
      if (projection.aggregating) rules.ambiguous_names = &grouped;
      bindExpression(*expr, next, rules);
    } else {
      Scope combined = old;
      for (const auto& [name, variable] : next) combined[name] = variable;
      bindExpression(*expr, combined, Rules{});
    }
  }

  Statement& statement_;
  std::string_view text_;
  const ValueMap& parameters_;
  Scope scope_;
  // Comprehension and quantifier variables (by slot) whose type the list literal tells.
  std::map<int, StaticType> element_types_;
  bool subquery_ = false;                       // binding the query inside EXISTS { }
  const Clause* call_without_yield_ = nullptr;  // the first CALL in a query that yields nothing
};

}  // namespace

void bindStatement(Statement& statement, std::string_view text, const ValueMap& parameters) {
  Binder(statement, text, parameters).run();
  // Each query of a UNION is bound on its own, and all return the same columns.
  for (size_t i = 0; i < statement.union_parts.size(); ++i) {
    Statement& part = statement.union_parts[i];
    Binder(part, text, parameters).run();
    if (part.columns != statement.columns)
      throwAt(text, statement.union_offsets[i], "SyntaxError", "DifferentColumnsInUnion",
              "all queries of a UNION must return the same column names in the same order");
  }
}

}  // namespace kg::cypher

#include "query/expression.h"

#include <algorithm>
#include <cmath>

#include "query/errors.h"
#include "query/functions.h"
#include "query/temporal_functions.h"
#include "query/value_ops.h"

namespace kg::cypher {
namespace {

[[noreturn]] void typeError(const std::string& message) {
  throwRuntime("TypeError", "InvalidArgumentType", message);
}

Ternary asTernary(const Value& value, const char* where) {
  if (value.isNull()) return std::nullopt;
  if (!value.is<bool>()) typeError(std::string(where) + " needs a BOOLEAN, got " + typeName(value));
  return value.as<bool>();
}

Value property(const Value& owner, const std::string& key, const PropertyGraph& graph) {
  if (owner.isNull()) return Value();
  requireNotDeleted(owner, graph);
  if (owner.is<NodeRef>()) return graph.nodeProperty(owner.as<NodeRef>().index, key);
  if (owner.is<EdgeRef>()) return graph.edgeProperty(owner.as<EdgeRef>().index, key);
  if (owner.is<ValueMap>()) {
    const ValueMap& map = owner.as<ValueMap>();
    auto it = map.find(key);
    return it == map.end() ? Value() : it->second;
  }
  if (owner.is<Temporal>()) return temporalAccessor(owner.as<Temporal>(), key);
  typeError("cannot read property `" + key + "` of a " + typeName(owner));
}

int64_t normalizeIndex(int64_t index, size_t size) {
  return index < 0 ? index + static_cast<int64_t>(size) : index;
}

Value subscript(const Value& container, const Value& index, const PropertyGraph& graph) {
  if (container.isNull() || index.isNull()) return Value();
  if (container.is<ValueList>()) {
    if (!index.is<int64_t>()) typeError("a list index must be an INTEGER");
    const ValueList& list = container.as<ValueList>();
    int64_t i = normalizeIndex(index.as<int64_t>(), list.size());
    if (i < 0 || i >= static_cast<int64_t>(list.size())) return Value();
    return list[static_cast<size_t>(i)];
  }
  if (container.is<ValueMap>() || container.is<NodeRef>() || container.is<EdgeRef>()) {
    if (!index.is<std::string>())
      throwRuntime("TypeError", "MapElementAccessByNonString",
                   "a map key must be a STRING, got " + typeName(index));
    return property(container, index.as<std::string>(), graph);
  }
  typeError("cannot index a " + typeName(container));
}

Value slice(const Value& container, const Value& from, const Value& to, bool has_from,
            bool has_to) {
  if (container.isNull()) return Value();
  if (!container.is<ValueList>()) typeError("cannot slice a " + typeName(container));
  if ((has_from && from.isNull()) || (has_to && to.isNull())) return Value();
  const ValueList& list = container.as<ValueList>();
  int64_t size = static_cast<int64_t>(list.size());
  int64_t begin = 0, end = size;
  if (has_from) {
    if (!from.is<int64_t>()) typeError("a slice bound must be an INTEGER");
    begin = std::clamp<int64_t>(normalizeIndex(from.as<int64_t>(), list.size()), 0, size);
  }
  if (has_to) {
    if (!to.is<int64_t>()) typeError("a slice bound must be an INTEGER");
    end = std::clamp<int64_t>(normalizeIndex(to.as<int64_t>(), list.size()), 0, size);
  }
  if (end <= begin) return ValueList{};
  return ValueList(list.begin() + begin, list.begin() + end);
}

Value inList(const Value& element, const Value& list_value) {
  if (list_value.isNull()) return Value();
  if (!list_value.is<ValueList>()) typeError("IN needs a LIST, got " + typeName(list_value));
  const ValueList& list = list_value.as<ValueList>();
  if (list.empty()) return false;
  if (element.isNull()) return Value();
  bool unknown = false;
  for (const Value& candidate : list) {
    Ternary same = equals(element, candidate);
    if (!same)
      unknown = true;
    else if (*same)
      return true;
  }
  return unknown ? Value() : Value(false);
}

Value stringPredicate(BinaryOp op, const Value& a, const Value& b, EvaluationContext& context) {
  if (!a.is<std::string>() || !b.is<std::string>()) return Value();
  const std::string& text = a.as<std::string>();
  const std::string& part = b.as<std::string>();
  switch (op) {
    case BinaryOp::StartsWith:
      return text.compare(0, part.size(), part) == 0;
    case BinaryOp::EndsWith:
      return text.size() >= part.size() &&
             text.compare(text.size() - part.size(), part.size(), part) == 0;
    case BinaryOp::Contains:
      return text.find(part) != std::string::npos;
    case BinaryOp::RegexMatch:
      return context.regex.matches(text, part);
    default:
      return Value();
  }
}

bool hasLabels(const Value& value, const std::vector<std::string>& labels,
               const PropertyGraph& graph) {
  uint32_t node = value.as<NodeRef>().index;
  for (const std::string& label : labels)
    if (!graph.hasLabel(node, label)) return false;
  return true;
}

// Whether a pattern predicate has at least one match, or the values of a pattern comprehension
// for each match, walking from its first node (bound, or every node) along adjacency lists;
// relationships are not reused within the pattern. The variables a comprehension introduces are
// assigned as the walk reaches them and cleared when it backs off.
class PatternMatcher {
 public:
  PatternMatcher(const PatternPart& part, Row& row, EvaluationContext& context)
      : part_(part), row_(row), context_(context), graph_(context.graph) {}

  bool exists() {
    stop_at_first_ = true;
    return search() > 0;
  }

  // The comprehension's WHERE and projection for every match, in the order found.
  ValueList collect(const Expr& comprehension) {
    stop_at_first_ = false;
    comprehension_ = &comprehension;
    search();
    return std::move(results_);
  }

 private:
  int64_t search() {
    matches_ = 0;
    const NodePattern& first = part_.nodes[0];
    if (!first.variable.empty() && !isFree(first.slot)) {
      const Value& bound = row_[first.slot];
      if (!bound.is<NodeRef>()) return 0;
      uint32_t node = bound.as<NodeRef>().index;
      if (nodeMatches(0, node)) bindAndContinue(0, node, 0);
      return matches_;
    }
    uint32_t count = static_cast<uint32_t>(graph_.nodeCount());
    for (uint32_t node = 0; node < count; ++node)
      if (nodeMatches(0, node) && bindAndContinue(0, node, 0)) break;
    return matches_;
  }

  // Whether `slot` belongs to a variable the comprehension introduces that the walk has not
  // assigned yet (so any node or relationship is acceptable there).
  bool isFree(int slot) const {
    const std::vector<int>& introduced = part_.introduced_slots;
    return slot >= 0 && std::find(introduced.begin(), introduced.end(), slot) != introduced.end() &&
           std::find(assigned_.begin(), assigned_.end(), slot) == assigned_.end();
  }

  void assign(int slot, Value value) {
    row_[slot] = std::move(value);
    assigned_.push_back(slot);
  }

  // Assigns the introduced variables of node i and of the relationship that reached it (the
  // `hops` edges walked last), continues the walk, then clears them. True when the search should
  // stop.
  bool bindAndContinue(size_t i, uint32_t node, int64_t hops) {
    size_t mark = assigned_.size();
    if (i == 0) start_node_ = node;
    const NodePattern& pattern = part_.nodes[i];
    if (!pattern.variable.empty() && isFree(pattern.slot)) assign(pattern.slot, NodeRef{node});
    if (i > 0) {
      const RelPattern& relationship = part_.relationships[i - 1];
      if (!relationship.variable.empty() && isFree(relationship.slot)) {
        if (relationship.variable_length) {
          ValueList edges;
          for (auto edge = used_.end() - hops; edge != used_.end(); ++edge)
            edges.emplace_back(EdgeRef{*edge});
          assign(relationship.slot, Value(std::move(edges)));
        } else {
          assign(relationship.slot, EdgeRef{used_.back()});
        }
      }
    }
    bool stop = continueFrom(i, node);
    for (; assigned_.size() > mark; assigned_.pop_back()) row_[assigned_.back()] = Value();
    return stop;
  }

  // The walk so far as a path: the first node and the edges in the order walked.
  PathValue walkedPath() const {
    PathValue path;
    uint32_t current = start_node_;
    path.nodes.push_back(current);
    for (uint32_t edge : used_) {
      const auto& record = graph_.edge(edge);
      current = record.source == current ? record.target : record.source;
      path.edges.push_back(edge);
      path.nodes.push_back(current);
    }
    return path;
  }

  // True when the search should stop.
  bool matched() {
    ++matches_;
    if (comprehension_) {
      if (part_.path_slot >= 0) row_[part_.path_slot] = walkedPath();
      if (!comprehension_->has_where ||
          isTrue(evaluate(*comprehension_->children[0], row_, context_)))
        results_.push_back(evaluate(*comprehension_->children[1], row_, context_));
      if (part_.path_slot >= 0) row_[part_.path_slot] = Value();
    }
    return stop_at_first_;
  }

  bool propertiesMatch(const Expr* properties, bool node, uint32_t index) {
    if (!properties) return true;
    Value map = evaluate(*properties, row_, context_);
    if (!map.is<ValueMap>()) return map.isNull();
    for (const auto& [key, expected] : map.as<ValueMap>()) {
      if (node && key == "name" && expected.is<std::string>()) {
        std::vector<uint32_t> named = graph_.findByName(expected.as<std::string>());
        if (std::find(named.begin(), named.end(), index) == named.end()) return false;
        continue;
      }
      Value actual = node ? graph_.nodeProperty(index, key) : graph_.edgeProperty(index, key);
      if (!equals(actual, expected).value_or(false)) return false;
    }
    return true;
  }

  bool nodeMatches(size_t i, uint32_t node) {
    if (graph_.nodeDeleted(node)) return false;
    const NodePattern& pattern = part_.nodes[i];
    if (!pattern.variable.empty() && !isFree(pattern.slot)) {
      const Value& bound = row_[pattern.slot];
      if (!bound.is<NodeRef>() || bound.as<NodeRef>().index != node) return false;
    }
    for (const std::string& label : pattern.labels)
      if (!graph_.hasLabel(node, label)) return false;
    return propertiesMatch(pattern.properties.get(), true, node);
  }

  bool edgeMatches(size_t i, uint32_t edge) {
    const RelPattern& pattern = part_.relationships[i];
    if (!pattern.types.empty() && std::find(pattern.types.begin(), pattern.types.end(),
                                            graph_.edgeType(edge)) == pattern.types.end())
      return false;
    if (!pattern.variable.empty() && !pattern.variable_length && !isFree(pattern.slot)) {
      const Value& bound = row_[pattern.slot];
      if (!bound.is<EdgeRef>() || bound.as<EdgeRef>().index != edge) return false;
    }
    return propertiesMatch(pattern.properties.get(), false, edge);
  }

  bool continueFrom(size_t i, uint32_t node) {
    if (i == part_.relationships.size()) return matched();
    const RelPattern& pattern = part_.relationships[i];
    int64_t min = pattern.variable_length ? pattern.min_hops.value_or(1) : 1;
    int64_t max = pattern.variable_length
                      ? pattern.max_hops.value_or(std::max<int64_t>(context_.hop_cap, min))
                      : 1;
    return walk(i, node, 0, min, max);
  }

  bool walk(size_t i, uint32_t node, int64_t depth, int64_t min, int64_t max) {
    if (depth >= min && nodeMatches(i + 1, node) && bindAndContinue(i + 1, node, depth))
      return true;
    if (depth >= max) return false;
    Direction direction = part_.relationships[i].direction;
    auto step = [&](uint32_t edge, uint32_t other) {
      if (std::find(used_.begin(), used_.end(), edge) != used_.end()) return false;
      if (!edgeMatches(i, edge)) return false;
      used_.push_back(edge);
      bool found = walk(i, other, depth + 1, min, max);
      used_.pop_back();
      return found;
    };
    if (direction != Direction::Incoming && !graph_.forEachOutEdge(node, [&](uint32_t edge) {
          return !step(edge, graph_.edge(edge).target);
        }))
      return true;
    if (direction != Direction::Outgoing && !graph_.forEachInEdge(node, [&](uint32_t edge) {
          const auto& record = graph_.edge(edge);
          if (direction == Direction::Both && record.source == record.target) return true;
          return !step(edge, record.source);
        }))
      return true;
    return false;
  }

  const PatternPart& part_;
  Row& row_;
  EvaluationContext& context_;
  const PropertyGraph& graph_;
  std::vector<uint32_t> used_;  // the edges walked, in order
  std::vector<int> assigned_;   // introduced slots assigned by the walk so far
  uint32_t start_node_ = 0;
  bool stop_at_first_ = true;
  int64_t matches_ = 0;
  const Expr* comprehension_ = nullptr;
  ValueList results_;
};

}  // namespace

bool isTrue(const Value& value) {
  if (value.isNull()) return false;
  if (!value.is<bool>()) typeError("WHERE needs a BOOLEAN, got " + typeName(value));
  return value.as<bool>();
}

Value evaluate(const Expr& expr, Row& row, EvaluationContext& context) {
  switch (expr.kind) {
    case ExprKind::Literal:
      return expr.value;
    case ExprKind::Parameter: {
      auto it = context.parameters.find(expr.name);
      if (it == context.parameters.end())
        throwRuntime("ParameterMissing", "MissingParameter",
                     "expected a value for parameter $" + expr.name);
      return it->second;
    }
    case ExprKind::Variable:
      return row[expr.slot];
    case ExprKind::Property: {
      const Expr& owner = *expr.children[0];
      if (owner.kind == ExprKind::Variable)
        return property(row[owner.slot], expr.name, context.graph);
      return property(evaluate(owner, row, context), expr.name, context.graph);
    }
    case ExprKind::ListLiteral: {
      ValueList list;
      list.reserve(expr.children.size());
      for (const ExprPtr& child : expr.children) list.push_back(evaluate(*child, row, context));
      return list;
    }
    case ExprKind::MapLiteral: {
      ValueMap map;
      for (size_t i = 0; i < expr.children.size(); ++i)
        map[expr.keys[i]] = evaluate(*expr.children[i], row, context);
      return map;
    }
    case ExprKind::CountStar:
    case ExprKind::AggregateRef:
      return row[expr.slot];
    case ExprKind::FunctionCall: {
      if (expr.aggregate) return row[expr.slot];
      std::vector<Value> arguments;
      arguments.reserve(expr.children.size());
      for (const ExprPtr& child : expr.children)
        arguments.push_back(evaluate(*child, row, context));
      return callScalarFunction(expr.function, arguments, context.graph);
    }
    case ExprKind::Unary: {
      Value operand = evaluate(*expr.children[0], row, context);
      switch (expr.unary_op) {
        case UnaryOp::Not: {
          Ternary t = asTernary(operand, "NOT");
          return t ? Value(!*t) : Value();
        }
        case UnaryOp::Negate:
          return negate(operand);
        case UnaryOp::Plus:
          if (!operand.isNull() && !isNumber(operand))
            typeError("unary + needs a number, got " + typeName(operand));
          return operand;
      }
      return Value();
    }
    case ExprKind::Binary: {
      BinaryOp op = expr.binary_op;
      if (op == BinaryOp::And || op == BinaryOp::Or) {
        Ternary left = asTernary(evaluate(*expr.children[0], row, context),
                                 op == BinaryOp::And ? "AND" : "OR");
        if (left && *left == (op == BinaryOp::Or)) return *left;
        Ternary right = asTernary(evaluate(*expr.children[1], row, context),
                                  op == BinaryOp::And ? "AND" : "OR");
        if (right && *right == (op == BinaryOp::Or)) return *right;
        if (!left || !right) return Value();
        return op == BinaryOp::And;
      }
      Value left = evaluate(*expr.children[0], row, context);
      Value right = evaluate(*expr.children[1], row, context);
      switch (op) {
        case BinaryOp::Xor: {
          Ternary a = asTernary(left, "XOR"), b = asTernary(right, "XOR");
          if (!a || !b) return Value();
          return *a != *b;
        }
        case BinaryOp::Equal:
          return fromTernary(equals(left, right));
        case BinaryOp::NotEqual: {
          Ternary t = equals(left, right);
          return t ? Value(!*t) : Value();
        }
        case BinaryOp::Less:
        case BinaryOp::Greater:
        case BinaryOp::LessEqual:
        case BinaryOp::GreaterEqual:
          return fromTernary(compareWith(op, left, right));
        case BinaryOp::In:
          return inList(left, right);
        case BinaryOp::StartsWith:
        case BinaryOp::EndsWith:
        case BinaryOp::Contains:
        case BinaryOp::RegexMatch:
          return stringPredicate(op, left, right, context);
        default:
          return arithmetic(op, left, right);
      }
    }
    case ExprKind::IsNull:
      return evaluate(*expr.children[0], row, context).isNull();
    case ExprKind::IsNotNull:
      return !evaluate(*expr.children[0], row, context).isNull();
    case ExprKind::Subscript:
      return subscript(evaluate(*expr.children[0], row, context),
                       evaluate(*expr.children[1], row, context), context.graph);
    case ExprKind::Slice: {
      const Expr& from = *expr.children[1];
      const Expr& to = *expr.children[2];
      bool has_from = !(from.kind == ExprKind::Literal && from.end == from.begin);
      bool has_to = !(to.kind == ExprKind::Literal && to.end == to.begin);
      return slice(evaluate(*expr.children[0], row, context), evaluate(from, row, context),
                   evaluate(to, row, context), has_from, has_to);
    }
    case ExprKind::LabelCheck: {
      Value value = evaluate(*expr.children[0], row, context);
      if (value.isNull()) return Value();
      if (value.is<EdgeRef>()) {  // r:T: whether the relationship's type is T
        const std::string& type = context.graph.edgeType(value.as<EdgeRef>().index);
        return std::all_of(expr.keys.begin(), expr.keys.end(),
                           [&](const std::string& label) { return label == type; });
      }
      if (!value.is<NodeRef>()) typeError("a label check needs a NODE, got " + typeName(value));
      return hasLabels(value, expr.keys, context.graph);
    }
    case ExprKind::Case: {
      size_t index = 0;
      Value subject;
      if (expr.has_subject) subject = evaluate(*expr.children[index++], row, context);
      size_t alternatives_end = expr.children.size() - (expr.has_else ? 1 : 0);
      for (; index + 1 < alternatives_end; index += 2) {
        Value when = evaluate(*expr.children[index], row, context);
        bool matched = expr.has_subject ? equals(subject, when).value_or(false)
                                        : (when.is<bool>() && when.as<bool>());
        if (matched) return evaluate(*expr.children[index + 1], row, context);
      }
      if (expr.has_else) return evaluate(*expr.children.back(), row, context);
      return Value();
    }
    case ExprKind::Quantifier: {
      Value source = evaluate(*expr.children[0], row, context);
      if (source.isNull()) return Value();
      if (!source.is<ValueList>()) typeError(expr.keys[0] + "() needs a LIST");
      int64_t true_count = 0, false_count = 0, null_count = 0;
      Value saved = row[expr.slot];
      for (const Value& element : source.as<ValueList>()) {
        row[expr.slot] = element;
        Value verdict = evaluate(*expr.children[1], row, context);
        if (verdict.isNull())
          ++null_count;
        else if (!verdict.is<bool>())
          typeError(expr.keys[0] + "() needs a BOOLEAN predicate");
        else if (verdict.as<bool>())
          ++true_count;
        else
          ++false_count;
      }
      row[expr.slot] = std::move(saved);
      const std::string& which = expr.keys[0];
      if (which == "all") return false_count ? Value(false) : (null_count ? Value() : Value(true));
      if (which == "any") return true_count ? Value(true) : (null_count ? Value() : Value(false));
      if (which == "none") return true_count ? Value(false) : (null_count ? Value() : Value(true));
      if (true_count > 1) return false;
      if (null_count) return Value();
      return true_count == 1;
    }
    case ExprKind::PatternPredicate:
      return PatternMatcher(*expr.pattern, row, context).exists();
    case ExprKind::PatternComprehension:
      return PatternMatcher(*expr.pattern, row, context).collect(expr);
    case ExprKind::ExistsSubquery:
      if (!context.exists_subquery)
        throwRuntime("SemanticError", "UnexpectedSyntax", "EXISTS { } cannot be evaluated here");
      return context.exists_subquery(*expr.subquery, row);
    case ExprKind::ListComprehension: {
      Value source = evaluate(*expr.children[0], row, context);
      if (source.isNull()) return Value();
      if (!source.is<ValueList>()) typeError("a list comprehension needs a LIST");
      ValueList result;
      Value saved = row[expr.slot];
      for (const Value& element : source.as<ValueList>()) {
        row[expr.slot] = element;
        if (expr.has_where && !isTrue(evaluate(*expr.children[1], row, context))) continue;
        result.push_back(expr.has_projection ? evaluate(*expr.children[2], row, context) : element);
      }
      row[expr.slot] = std::move(saved);
      return result;
    }
  }
  return Value();
}

bool isConstant(const Expr& expr) {
  if (expr.kind == ExprKind::Variable || expr.kind == ExprKind::ListComprehension ||
      expr.kind == ExprKind::Quantifier || expr.kind == ExprKind::PatternPredicate ||
      expr.kind == ExprKind::PatternComprehension || expr.kind == ExprKind::ExistsSubquery)
    return false;
  if (expr.aggregate) return false;
  for (const ExprPtr& child : expr.children)
    if (!isConstant(*child)) return false;
  return true;
}

void collectSlots(const Expr& expr, std::vector<int>& slots) {
  if (expr.kind == ExprKind::Variable || expr.kind == ExprKind::AggregateRef || expr.aggregate)
    slots.push_back(expr.slot);
  if (expr.kind == ExprKind::ExistsSubquery)
    slots.insert(slots.end(), expr.subquery->imported_slots.begin(),
                 expr.subquery->imported_slots.end());
  if (expr.kind == ExprKind::PatternPredicate || expr.kind == ExprKind::PatternComprehension) {
    for (const NodePattern& node : expr.pattern->nodes) {
      if (!node.variable.empty()) slots.push_back(node.slot);
      if (node.properties) collectSlots(*node.properties, slots);
    }
    for (const RelPattern& relationship : expr.pattern->relationships) {
      if (!relationship.variable.empty()) slots.push_back(relationship.slot);
      if (relationship.properties) collectSlots(*relationship.properties, slots);
    }
  }
  for (const ExprPtr& child : expr.children) collectSlots(*child, slots);
}

}  // namespace kg::cypher

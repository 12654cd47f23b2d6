#include "query/planner.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "query/expression.h"

namespace kg::cypher {
namespace {

void splitConjuncts(const Expr* expr, std::vector<const Expr*>& out) {
  if (!expr) return;
  if (expr->kind == ExprKind::Binary && expr->binary_op == BinaryOp::And) {
    splitConjuncts(expr->children[0].get(), out);
    splitConjuncts(expr->children[1].get(), out);
    return;
  }
  out.push_back(expr);
}

class Planner {
 public:
  Planner(const Statement& statement, unsigned hop_cap)
      : statement_(statement), hop_cap_(hop_cap), bound_(statement.slot_count, false) {
    for (int slot : statement.imported_slots) bound_[slot] = true;  // EXISTS { }: outer variables
  }

  Plan run() {
    Plan plan;
    plan.slot_count = statement_.slot_count;
    plan.columns = statement_.columns;
    for (const Clause& clause : statement_.clauses) {
      switch (clause.kind) {
        case ClauseKind::Match: {
          PlanOperator op;
          op.kind = OperatorKind::Match;
          op.match = planMatch(clause);
          op.clause = &clause;
          plan.operators.push_back(std::move(op));
          break;
        }
        case ClauseKind::Merge: {
          PlanOperator op;
          op.kind = OperatorKind::Merge;
          op.match = planMatch(clause);
          op.clause = &clause;
          plan.operators.push_back(std::move(op));
          break;
        }
        case ClauseKind::Call: {
          PlanOperator op;
          op.kind = OperatorKind::Call;
          op.clause = &clause;
          for (const YieldItem& item : clause.yields) bound_[item.slot] = true;
          plan.operators.push_back(std::move(op));
          if (clause.where) {
            PlanOperator filter;
            filter.kind = OperatorKind::Filter;
            filter.predicate = clause.where.get();
            plan.operators.push_back(std::move(filter));
          }
          break;
        }
        case ClauseKind::Unwind: {
          PlanOperator op;
          op.kind = OperatorKind::Unwind;
          op.clause = &clause;
          bound_[clause.unwind_slot] = true;
          plan.operators.push_back(std::move(op));
          break;
        }
        case ClauseKind::Delete:
        case ClauseKind::Remove: {
          PlanOperator op;
          op.kind = clause.kind == ClauseKind::Delete ? OperatorKind::Delete : OperatorKind::Remove;
          op.clause = &clause;
          plan.operators.push_back(std::move(op));
          break;
        }
        case ClauseKind::Create:
        case ClauseKind::Set: {
          PlanOperator op;
          op.kind = clause.kind == ClauseKind::Create ? OperatorKind::Create : OperatorKind::Set;
          op.clause = &clause;
          for (const PatternPart& part : clause.pattern) {
            for (const NodePattern& node : part.nodes) bound_[node.slot] = true;
            for (const RelPattern& relationship : part.relationships)
              bound_[relationship.slot] = true;
            if (part.path_slot >= 0) bound_[part.path_slot] = true;
          }
          plan.operators.push_back(std::move(op));
          break;
        }
        case ClauseKind::With:
        case ClauseKind::Return:
          planProjection(clause, plan);
          break;
      }
    }
    const Clause& last = statement_.clauses.back();
    if (last.kind == ClauseKind::Call)
      for (const YieldItem& item : last.yields) plan.output_slots.push_back(item.slot);
    if (last.kind == ClauseKind::Return) {
      for (int slot : last.projection.star_slots) plan.output_slots.push_back(slot);
      for (const ProjectionItem& item : last.projection.items)
        plan.output_slots.push_back(item.slot);
    }
    for (size_t i = 0; i + 1 < plan.operators.size(); ++i)
      if (plan.operators[i].kind == OperatorKind::Match)
        markListsUnused(plan.operators[i], duplicateInsensitive(plan.operators[i + 1]));
    PlanOperator produce;
    produce.kind = OperatorKind::Produce;
    plan.operators.push_back(std::move(produce));
    return plan;
  }

 private:
  void planProjection(const Clause& clause, Plan& plan) {
    const Projection& projection = clause.projection;
    PlanOperator op;
    op.projection = &projection;
    op.kind = projection.aggregating ? OperatorKind::Aggregate : OperatorKind::Project;
    std::vector<const ProjectionItem*> deferred;
    bool can_defer = !projection.aggregating && !projection.distinct &&
                     !projection.order_by.empty() && clause.kind == ClauseKind::Return;
    std::vector<int> sort_slots;
    for (const SortItem& item : projection.order_by) collectSlots(*item.expression, sort_slots);
    for (const ProjectionItem& item : projection.items) {
      bool read_by_sort =
          std::find(sort_slots.begin(), sort_slots.end(), item.slot) != sort_slots.end();
      if (can_defer && !read_by_sort)
        deferred.push_back(&item);
      else
        op.items.push_back(&item);
    }
    plan.operators.push_back(op);
    op.items.clear();
    if (projection.distinct) {
      op.kind = OperatorKind::Distinct;
      plan.operators.push_back(op);
    }
    if (!projection.order_by.empty()) {
      op.kind = OperatorKind::Sort;
      plan.operators.push_back(op);
    }
    if (projection.skip || projection.limit) {
      op.kind = OperatorKind::SkipLimit;
      plan.operators.push_back(op);
    }
    if (!deferred.empty()) {
      op.kind = OperatorKind::Project;
      op.items = deferred;
      plan.operators.push_back(op);
    }
    for (const ProjectionItem& item : projection.items) bound_[item.slot] = true;
    for (const Expr* aggregate : projection.aggregates) bound_[aggregate->slot] = true;
    if (projection.where) {
      PlanOperator filter;
      filter.kind = OperatorKind::Filter;
      filter.predicate = projection.where.get();
      plan.operators.push_back(filter);
    }
  }

  // Whether the operator after a MATCH gives the same result when a row repeats.
  static bool duplicateInsensitive(const PlanOperator& op) {
    if (!op.projection) return false;
    if (op.kind == OperatorKind::Project) return op.projection->distinct;
    if (op.kind != OperatorKind::Aggregate) return false;
    for (const Expr* aggregate : op.projection->aggregates) {
      if (aggregate->kind == ExprKind::CountStar) return false;
      std::string name = aggregate->name;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!aggregate->distinct && name != "min" && name != "max") return false;
    }
    return true;
  }

  static void markListsUnused(PlanOperator& op, bool duplicate_insensitive) {
    MatchPlan& plan = op.match;
    std::vector<const RelPattern*> relationships;
    for (const PatternPart& part : op.clause->pattern) {
      if (part.path_slot >= 0) return;
      for (const RelPattern& relationship : part.relationships)
        relationships.push_back(&relationship);
    }
    if (relationships.size() != 1 || !relationships[0]->variable.empty()) return;
    for (MatchStep& step : plan.steps) {
      if (step.kind != StepKind::VarExpand || step.relationship_bound) continue;
      step.list_unused = true;
      step.reachability_only =
          duplicate_insensitive && step.min_hops <= 1 && step.direction != Direction::Both;
    }
  }

  // --- MATCH ------------------------------------------------------------------------------
  bool readsUnbound(const Expr* expr, const std::vector<bool>& bound) const {
    std::vector<int> slots;
    collectSlots(*expr, slots);
    for (int slot : slots)
      if (slot >= 0 && slot < static_cast<int>(bound.size()) && !bound[slot] &&
          match_slots_.count(slot))
        return true;
    return false;
  }

  std::vector<PropertyRequirement> requirements(const Expr* properties) {
    std::vector<PropertyRequirement> result;
    if (!properties || properties->kind != ExprKind::MapLiteral) return result;
    for (size_t i = 0; i < properties->keys.size(); ++i)
      result.push_back(PropertyRequirement{properties->keys[i], properties->children[i].get(),
                                           readsUnbound(properties->children[i].get(), bound_)});
    return result;
  }

  NodeRequirement nodeRequirement(const NodePattern& node) {
    NodeRequirement requirement;
    requirement.labels = node.labels;
    requirement.properties = requirements(node.properties.get());
    for (size_t i = 0; i < requirement.properties.size(); ++i)
      if (requirement.properties[i].key == "name" && !requirement.properties[i].dynamic) {
        requirement.name_property = static_cast<int>(i);
        break;
      }
    return requirement;
  }

  int anchorScore(const NodePattern& node) const {
    if (bound_[node.slot]) return 100;
    int score = 0;
    if (node.properties && node.properties->kind == ExprKind::MapLiteral)
      for (const std::string& key : node.properties->keys)
        if (key == "name") score = std::max(score, 50);
    if (!node.labels.empty()) score = std::max(score, 10);
    if (node.properties) score = std::max(score, 5);
    return score;
  }

  void bindNode(const NodePattern& node, MatchPlan& plan) {
    MatchStep step;
    step.node_slot = node.slot;
    step.node = nodeRequirement(node);
    if (bound_[node.slot]) {
      if (step.node.empty()) return;
      step.kind = StepKind::CheckNode;
    } else {
      step.kind = step.node.name_property >= 0 ? StepKind::SeekByName : StepKind::ScanNodes;
      bound_[node.slot] = true;
    }
    plan.steps.push_back(std::move(step));
    attachFilters(plan);
  }

  void expand(const RelPattern& relationship, const NodePattern& from, const NodePattern& to,
              bool reversed, MatchPlan& plan) {
    MatchStep step;
    step.kind = relationship.variable_length ? StepKind::VarExpand : StepKind::Expand;
    step.from_slot = from.slot;
    step.node_slot = to.slot;
    step.node = nodeRequirement(to);
    step.to_bound = bound_[to.slot];
    step.relationship_slot = relationship.slot;
    step.relationship_bound = bound_before_[relationship.slot];
    step.direction = relationship.direction;
    if (reversed && step.direction != Direction::Both)
      step.direction =
          step.direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
    step.reversed = reversed;
    step.relationship.types = relationship.types;
    step.relationship.properties = requirements(relationship.properties.get());
    if (relationship.variable_length) {
      step.min_hops = relationship.min_hops.value_or(1);
      step.max_hops = relationship.max_hops.value_or(std::max<int64_t>(hop_cap_, step.min_hops));
    }
    for (int slot : relationship_slots_)
      if (bound_[slot] && slot != relationship.slot) step.unique_slots.push_back(slot);
    bound_[to.slot] = true;
    bound_[relationship.slot] = true;
    plan.steps.push_back(std::move(step));
    attachFilters(plan);
  }

  bool startsWithTypedRelationship(const PatternPart& part) const {
    if (part.relationships.empty()) return false;
    const RelPattern& relationship = part.relationships[0];
    return !relationship.types.empty() && !relationship.variable_length &&
           !bound_before_[relationship.slot] && !bound_[part.nodes[1].slot] &&
           part.nodes[0].slot != part.nodes[1].slot;
  }

  void attachFilters(MatchPlan& plan) {
    for (auto it = pending_.begin(); it != pending_.end();) {
      if (readsUnbound(*it, bound_)) {
        ++it;
        continue;
      }
      MatchStep filter;
      filter.kind = StepKind::Filter;
      filter.predicate = *it;
      plan.steps.push_back(filter);
      it = pending_.erase(it);
    }
  }

  void planPart(const PatternPart& part, MatchPlan& plan) {
    if (part.shortest != ShortestKind::None) {
      bindNode(part.nodes[0], plan);
      bindNode(part.nodes[1], plan);
      const RelPattern& relationship = part.relationships[0];
      MatchStep step;
      step.kind = StepKind::ShortestPath;
      step.shortest = part.shortest;
      step.from_slot = part.nodes[0].slot;
      step.node_slot = part.nodes[1].slot;
      step.to_bound = true;
      step.relationship_slot = relationship.slot;
      step.direction = relationship.direction;
      step.relationship.types = relationship.types;
      step.relationship.properties = requirements(relationship.properties.get());
      step.min_hops = relationship.min_hops.value_or(1);
      step.max_hops = relationship.max_hops.value_or(-1);  // unbounded: BFS stops by itself
      bound_[relationship.slot] = true;
      plan.steps.push_back(std::move(step));
    } else {
      size_t anchor = 0;
      int best = -1;
      for (size_t i = 0; i < part.nodes.size(); ++i) {
        int score = anchorScore(part.nodes[i]);
        if (score > best) {
          best = score;
          anchor = i;
        }
      }
      size_t right = anchor, left = anchor;  // expand right from `right`, left from `left`
      if (best == 0 && anchor == 0 && startsWithTypedRelationship(part)) {
        // Nothing narrows the first node but the relationship has a type: read that type's
        // relationships instead of scanning every node's adjacency.
        size_t scan = plan.steps.size();
        bound_[part.nodes[0].slot] = true;
        expand(part.relationships[0], part.nodes[0], part.nodes[1], false, plan);
        plan.steps[scan].kind = StepKind::ScanEdges;
        right = 1;
      } else {
        bindNode(part.nodes[anchor], plan);
      }
      for (size_t i = right; i + 1 < part.nodes.size(); ++i)
        expand(part.relationships[i], part.nodes[i], part.nodes[i + 1], false, plan);
      for (size_t i = left; i > 0; --i)
        expand(part.relationships[i - 1], part.nodes[i], part.nodes[i - 1], true, plan);
    }
    if (part.path_slot >= 0) {
      MatchStep step;
      step.kind = StepKind::BuildPath;
      step.path = &part;
      step.node_slot = part.path_slot;
      bound_[part.path_slot] = true;
      plan.steps.push_back(std::move(step));
    }
    attachFilters(plan);
  }

  MatchPlan planMatch(const Clause& clause) {
    MatchPlan plan;
    plan.optional = clause.optional;
    bound_before_ = bound_;
    match_slots_.clear();
    relationship_slots_.clear();
    for (const PatternPart& part : clause.pattern) {
      for (const NodePattern& node : part.nodes) match_slots_.insert(node.slot);
      for (const RelPattern& relationship : part.relationships) {
        match_slots_.insert(relationship.slot);
        relationship_slots_.push_back(relationship.slot);
      }
      if (part.path_slot >= 0) match_slots_.insert(part.path_slot);
    }
    for (int slot : match_slots_)
      if (!bound_[slot]) plan.introduced_slots.push_back(slot);
    pending_.clear();
    splitConjuncts(clause.where.get(), pending_);
    attachFilters(plan);

    std::vector<const PatternPart*> remaining;
    for (const PatternPart& part : clause.pattern) remaining.push_back(&part);
    while (!remaining.empty()) {
      // Next: the part with the best anchor (bound nodes first, then named ones); shortest paths
      // go last so their end points are bound by the other parts when possible.
      size_t pick = 0;
      int best = -1;
      for (size_t i = 0; i < remaining.size(); ++i) {
        int score = 0;
        for (const NodePattern& node : remaining[i]->nodes)
          score = std::max(score, anchorScore(node));
        if (remaining[i]->shortest != ShortestKind::None) score -= 1000;
        if (score > best) {
          best = score;
          pick = i;
        }
      }
      planPart(*remaining[pick], plan);
      remaining.erase(remaining.begin() + static_cast<long>(pick));
    }
    for (const Expr* predicate : pending_) {
      MatchStep filter;
      filter.kind = StepKind::Filter;
      filter.predicate = predicate;
      plan.steps.push_back(filter);
    }
    pending_.clear();
    return plan;
  }

  const Statement& statement_;
  unsigned hop_cap_;
  std::vector<bool> bound_;
  std::vector<bool> bound_before_;
  std::set<int> match_slots_;
  std::vector<int> relationship_slots_;
  std::vector<const Expr*> pending_;
};

const char* stepName(StepKind kind) {
  switch (kind) {
    case StepKind::ScanNodes:
      return "ScanNodes";
    case StepKind::ScanEdges:
      return "ScanEdges";
    case StepKind::SeekByName:
      return "SeekByName";
    case StepKind::CheckNode:
      return "CheckNode";
    case StepKind::Expand:
      return "Expand";
    case StepKind::VarExpand:
      return "VarExpand";
    case StepKind::ShortestPath:
      return "ShortestPath";
    case StepKind::BuildPath:
      return "BuildPath";
    case StepKind::Filter:
      return "Filter";
  }
  return "?";
}

const char* operatorName(OperatorKind kind) {
  switch (kind) {
    case OperatorKind::Match:
      return "Match";
    case OperatorKind::Unwind:
      return "Unwind";
    case OperatorKind::Call:
      return "ProcedureCall";
    case OperatorKind::Project:
      return "Project";
    case OperatorKind::Aggregate:
      return "Aggregate";
    case OperatorKind::Distinct:
      return "Distinct";
    case OperatorKind::Sort:
      return "Sort";
    case OperatorKind::SkipLimit:
      return "SkipLimit";
    case OperatorKind::Filter:
      return "Filter";
    case OperatorKind::Create:
      return "Create";
    case OperatorKind::Set:
      return "Set";
    case OperatorKind::Merge:
      return "Merge";
    case OperatorKind::Delete:
      return "Delete";
    case OperatorKind::Remove:
      return "Remove";
    case OperatorKind::Produce:
      return "Produce";
  }
  return "?";
}

}  // namespace

Plan planStatement(const Statement& statement, unsigned hop_cap) {
  return Planner(statement, hop_cap).run();
}

std::string describePlan(const Plan& plan) {
  std::string text;
  for (const PlanOperator& op : plan.operators) {
    text += operatorName(op.kind);
    if (op.kind == OperatorKind::Match && op.match.optional) text += " (optional)";
    text += "\n";
    if (op.kind != OperatorKind::Match) continue;
    for (const MatchStep& step : op.match.steps) {
      text += "  ";
      text += stepName(step.kind);
      if (step.kind == StepKind::Expand || step.kind == StepKind::VarExpand ||
          step.kind == StepKind::ShortestPath)
        text += " $" + std::to_string(step.from_slot) + " -> $" + std::to_string(step.node_slot);
      else if (step.kind != StepKind::Filter)
        text += " $" + std::to_string(step.node_slot);
      text += "\n";
    }
  }
  return text;
}

}  // namespace kg::cypher

// Turns a bound Statement into an executable plan: a pipeline of operators (match, unwind,
// project, aggregate, distinct, sort, skip/limit, filter, create, set, remove, delete), and for
// every MATCH the order in which its pattern is walked: an anchor node (already bound, else found
// through the name index when the pattern says {name: ...}, else a scan), expansions along
// adjacency lists, and each WHERE conjunct as early as its variables are bound.
#pragma once

#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "query/ast.h"

namespace kg::cypher {

// A property the pattern requires: key = expression. `dynamic` when the expression reads a
// variable bound by the same MATCH (evaluated per candidate, not once per input row).
struct PropertyRequirement {
  std::string key;
  const Expr* value = nullptr;
  bool dynamic = false;
};

struct NodeRequirement {
  std::vector<std::string> labels;
  std::vector<PropertyRequirement> properties;
  // {name: X}: the node answers to X by name or alias (case- and accent-insensitive), looked up
  // through PropertyGraph::findByName. Index into `properties`, -1 when absent.
  int name_property = -1;
  bool empty() const { return labels.empty() && properties.empty(); }
};

struct RelationshipRequirement {
  std::vector<std::string> types;  // empty: any type
  std::vector<PropertyRequirement> properties;
  const Expr* properties_parameter = nullptr;
};

enum class StepKind {
  ScanNodes,     // every node (checking the requirement)
  ScanEdges,     // every relationship of the given types: binds both end nodes and itself
  SeekByName,    // nodes named (or aliased) like the requirement's name property
  CheckNode,     // a bound node must meet the requirement
  Expand,        // one relationship from a bound node
  VarExpand,     // a variable-length relationship (depth-first, relationship-unique)
  ShortestPath,  // breadth-first between two bound nodes
  BuildPath,     // assemble a named path from its slots
  Filter,        // a WHERE conjunct
};

struct MatchStep {
  StepKind kind = StepKind::ScanNodes;
  int node_slot = -1;  // Scan/Seek/Check, or the far node of an expansion
  NodeRequirement node;
  int from_slot = -1;
  int relationship_slot = -1;
  bool to_bound = false;            // the far node is already bound: only check it
  bool relationship_bound = false;  // the relationship variable came from an earlier clause
  Direction direction = Direction::Outgoing;  // as walked, from from_slot
  bool reversed = false;  // walked right to left (lists are stored left to right)
  RelationshipRequirement relationship;
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  ShortestKind shortest = ShortestKind::None;
  std::vector<int> unique_slots;  // relationships of this MATCH bound before this step
  // VarExpand: nothing reads the relationship list (anonymous, no path, no other relationship
  // to stay unique against), so it is not built.
  bool list_unused = false;
  // VarExpand: besides, only which far nodes are reachable matters (the next projection is
  // DISTINCT or aggregates only distinct values), so a breadth-first search that reports each
  // far node once replaces the enumeration of every path.
  bool reachability_only = false;
  const Expr* predicate = nullptr;    // Filter
  const PatternPart* path = nullptr;  // BuildPath
};

struct MatchPlan {
  std::vector<MatchStep> steps;
  std::vector<int> introduced_slots;  // set to null when an OPTIONAL MATCH finds nothing
  bool optional = false;
};

enum class OperatorKind {
  Match,
  Unwind,
  Project,
  Aggregate,
  Distinct,
  Sort,
  SkipLimit,
  Filter,
  Create,
  Set,
  Merge,
  Call,
  Delete,  // DELETE / DETACH DELETE (clause->detach)
  Remove,  // REMOVE n.key, REMOVE n:Label
  Produce
};

struct PlanOperator {
  OperatorKind kind = OperatorKind::Match;
  MatchPlan match;
  const Clause* clause = nullptr;          // Unwind, Create, Set, Call, Delete, Remove
  const Projection* projection = nullptr;  // Project, Aggregate, Distinct, Sort, SkipLimit
  const Expr* predicate = nullptr;         // Filter
  // Project: the items it computes. Items that ORDER BY does not read are computed after
  // sorting and paging, for the rows that survive (a LIMIT then saves most of the work).
  std::vector<const ProjectionItem*> items;
};

struct Plan {
  std::vector<PlanOperator> operators;
  int slot_count = 0;
  std::vector<int> output_slots;  // Produce: the RETURN columns
  std::vector<std::string> columns;
};

Plan planStatement(const Statement& statement, unsigned hop_cap);

// A readable outline of the plan (one operator or step per line), for debugging and tests.
std::string describePlan(const Plan& plan);

}  // namespace kg::cypher

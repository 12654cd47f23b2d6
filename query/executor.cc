#include "query/executor.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/radix_sort.h"
#include "query/errors.h"
#include "query/expression.h"
#include "query/functions.h"
#include "query/procedures.h"
#include "query/value_ops.h"

namespace kg::cypher {
namespace {

using Clock = std::chrono::steady_clock;

// A row's hash: its width, then each value's hash (hashValue) mixed in by mixRowHash. A string
// hashes as hashText of its text, so a key read in place as a string_view hashes alike.
size_t mixRowHash(size_t seed, size_t value_hash) { return seed * 1000003 ^ value_hash; }
struct RowHash {
  size_t operator()(const Row& row) const {
    size_t seed = row.size();
    for (const Value& value : row) seed = mixRowHash(seed, hashValue(value));
    return seed;
  }
};
struct RowEqual {
  bool operator()(const Row& a, const Row& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (orderCompare(a[i], b[i]) != 0) return false;
    return true;
  }
};

// Shared state of one execution.
struct Runtime {
  PropertyGraph& graph;
  const QueryOptions& options;
  EvaluationContext evaluation;
  QueryResult& result;
  Clock::time_point deadline;
  uint64_t ticks = 0;

  void tick() {
    if ((++ticks & 1023) == 0) checkLimits();
  }
  void checkLimits() const {
    if (options.cancel && options.cancel->load())
      throwRuntime("ExecutionError", "Cancelled", "the query was cancelled");
    if (options.time_limit_ms > 0 && Clock::now() > deadline)
      throwRuntime("ExecutionError", "Timeout",
                   "the query ran longer than " + std::to_string(options.time_limit_ms) + " ms");
  }
  Value eval(const Expr& expr, Row& row) { return evaluate(expr, row, evaluation); }
  std::map<const Statement*, Plan> subquery_plans{};  // EXISTS { }: planned when first run
};

class Operator {
 public:
  explicit Operator(Runtime& runtime) : runtime_(runtime) {}
  virtual ~Operator() = default;
  // Takes one row; false asks the producer to stop sending.
  virtual bool consume(Row& row) = 0;
  // No more rows will come: flush what was collected.
  virtual void finish() {
    if (next_) next_->finish();
  }
  Operator* next_ = nullptr;

 protected:
  Runtime& runtime_;
};

// --- MATCH ------------------------------------------------------------------------------
// Per-node scratch values for one breadth-first search over the whole graph, reused across
// searches: a node's value counts only when its stamp is the current search's, so starting a
// search costs nothing however large the graph is.
class NodeMarks {
 public:
  void start(size_t nodes) {
    if (stamp_.size() < nodes) {
      stamp_.resize(nodes, 0);
      depth_.resize(nodes);
      parent_node_.resize(nodes);
      parent_edge_.resize(nodes);
    }
    if (++epoch_ == 0) {  // wrapped: clear the old stamps once
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
  }
  bool seen(uint32_t node) const { return stamp_[node] == epoch_; }
  int64_t depth(uint32_t node) const { return depth_[node]; }
  void mark(uint32_t node, int64_t depth, uint32_t parent_node = 0, uint32_t parent_edge = 0) {
    stamp_[node] = epoch_;
    depth_[node] = static_cast<int32_t>(depth);
    parent_node_[node] = parent_node;
    parent_edge_[node] = parent_edge;
  }
  uint32_t parentNode(uint32_t node) const { return parent_node_[node]; }
  uint32_t parentEdge(uint32_t node) const { return parent_edge_[node]; }

 private:
  std::vector<uint32_t> stamp_;
  std::vector<int32_t> depth_;
  std::vector<uint32_t> parent_node_, parent_edge_;
  uint32_t epoch_ = 0;
};

class MatchOperator : public Operator {
 public:
  MatchOperator(Runtime& runtime, const MatchPlan& plan)
      : Operator(runtime), plan_(plan), graph_(runtime.graph), prepared_(plan.steps.size()) {}

  bool consume(Row& row) override {
    prepare(row);
    produced_ = false;
    if (!run(0, row)) return false;
    if (plan_.optional && !produced_) {
      for (int slot : plan_.introduced_slots) row[slot] = Value();
      return next_->consume(row);
    }
    return true;
  }

 private:
  // One relationship a scan of relationships by type binds (see scanEdges).
  struct ScanCandidate {
    uint32_t near;
    bool incoming;
    uint32_t edge;
    uint32_t far;
  };

  // Values of one step that stay the same for a whole input row.
  struct Prepared {
    std::vector<Value> node_values;  // per node property requirement (non-dynamic ones)
    std::vector<Value> relationship_values;
    std::vector<uint32_t> named;  // nodes answering to the name requirement
    bool name_by_index = false;
    std::vector<uint32_t> type_ids;
    bool any_type = true;
    // ScanEdges: the relationships to bind, and scratch for sorting them (kept for the next
    // input row, so a scan repeated per row does not allocate).
    std::vector<ScanCandidate> scan_candidates, scan_buffer;
  };

  void prepare(Row& row) {
    for (size_t k = 0; k < plan_.steps.size(); ++k) {
      const MatchStep& step = plan_.steps[k];
      Prepared& prepared = prepared_[k];
      prepared.node_values.assign(step.node.properties.size(), Value());
      for (size_t i = 0; i < step.node.properties.size(); ++i)
        if (!step.node.properties[i].dynamic)
          prepared.node_values[i] = runtime_.eval(*step.node.properties[i].value, row);
      prepared.name_by_index = false;
      if (step.node.name_property >= 0) {
        const Value& name = prepared.node_values[step.node.name_property];
        if (name.is<std::string>()) {
          prepared.named = graph_.findByName(name.as<std::string>());
          prepared.name_by_index = true;
        }
      }
      prepared.relationship_values.assign(step.relationship.properties.size(), Value());
      for (size_t i = 0; i < step.relationship.properties.size(); ++i)
        if (!step.relationship.properties[i].dynamic)
          prepared.relationship_values[i] =
              runtime_.eval(*step.relationship.properties[i].value, row);
      prepared.any_type = step.relationship.types.empty();
      prepared.type_ids.clear();
      for (const std::string& type : step.relationship.types)
        if (auto id = graph_.findRelationType(type)) prepared.type_ids.push_back(*id);
    }
  }

  // `live`: the node was reached through a relationship that is not deleted, so it is not
  // deleted either (DELETE refuses a node that keeps a relationship), and its record need not be
  // read when the step asks nothing else of it: on a scan of a large graph that record is a
  // cache miss per row.
  bool nodeMatches(uint32_t node, const MatchStep& step, const Prepared& prepared, Row& row,
                   bool live = false) {
    if (!live && graph_.nodeDeleted(node)) return false;
    for (const std::string& label : step.node.labels)
      if (!graph_.hasLabel(node, label)) return false;
    for (size_t i = 0; i < step.node.properties.size(); ++i) {
      const PropertyRequirement& requirement = step.node.properties[i];
      if (static_cast<int>(i) == step.node.name_property && prepared.name_by_index) {
        if (std::find(prepared.named.begin(), prepared.named.end(), node) == prepared.named.end())
          return false;
        continue;
      }
      Value actual = graph_.nodeProperty(node, requirement.key);
      if (actual.isNull()) return false;
      if (requirement.dynamic) {
        if (!equals(actual, runtime_.eval(*requirement.value, row)).value_or(false)) return false;
      } else if (!equals(actual, prepared.node_values[i]).value_or(false)) {
        return false;
      }
    }
    return true;
  }

  bool edgeMatches(uint32_t edge_index, const MatchStep& step, const Prepared& prepared, Row& row) {
    if (!prepared.any_type) {
      uint32_t type = graph_.edge(edge_index).type;
      if (std::find(prepared.type_ids.begin(), prepared.type_ids.end(), type) ==
          prepared.type_ids.end())
        return false;
    }
    for (size_t i = 0; i < step.relationship.properties.size(); ++i) {
      const PropertyRequirement& requirement = step.relationship.properties[i];
      Value actual = graph_.edgeProperty(edge_index, requirement.key);
      Value expected = requirement.dynamic ? runtime_.eval(*requirement.value, row)
                                           : prepared.relationship_values[i];
      if (!equals(actual, expected).value_or(false)) return false;
    }
    return true;
  }

  static bool usedBy(const Value& value, uint32_t edge) {
    if (value.is<EdgeRef>()) return value.as<EdgeRef>().index == edge;
    if (value.is<ValueList>())
      for (const Value& element : value.as<ValueList>())
        if (element.is<EdgeRef>() && element.as<EdgeRef>().index == edge) return true;
    return false;
  }

  bool edgeUsed(uint32_t edge, const MatchStep& step, const Row& row) const {
    for (int slot : step.unique_slots)
      if (usedBy(row[slot], edge)) return true;
    return false;
  }

  // Calls visit(edge, other_node) for each relationship at `node` in `direction`; stops early
  // when visit returns false.
  template <typename Visit>
  bool forEachAdjacent(uint32_t node, Direction direction, Visit&& visit) {
    if (direction != Direction::Incoming && !graph_.forEachOutEdge(node, [&](uint32_t edge) {
          return static_cast<bool>(visit(edge, graph_.edge(edge).target));
        }))
      return false;
    if (direction != Direction::Outgoing && !graph_.forEachInEdge(node, [&](uint32_t edge) {
          const auto& record = graph_.edge(edge);
          if (direction == Direction::Both && record.source == record.target) return true;
          return static_cast<bool>(visit(edge, record.source));
        }))
      return false;
    return true;
  }

  bool emit(Row& row) {
    produced_ = true;
    return next_->consume(row);
  }

  bool run(size_t k, Row& row) {
    if (k == plan_.steps.size()) return emit(row);
    const MatchStep& step = plan_.steps[k];
    Prepared& prepared = prepared_[k];
    switch (step.kind) {
      case StepKind::ScanNodes: {
        uint32_t count = static_cast<uint32_t>(graph_.nodeCount());
        for (uint32_t node = 0; node < count; ++node) {
          runtime_.tick();
          if (!nodeMatches(node, step, prepared, row)) continue;
          row[step.node_slot] = NodeRef{node};
          if (!run(k + 1, row)) return false;
        }
        return true;
      }
      case StepKind::ScanEdges:
        return scanEdges(k, step, prepared, row);
      case StepKind::SeekByName: {
        if (!prepared.name_by_index) {  // the name is not a string: scan instead
          uint32_t count = static_cast<uint32_t>(graph_.nodeCount());
          for (uint32_t node = 0; node < count; ++node) {
            runtime_.tick();
            if (!nodeMatches(node, step, prepared, row)) continue;
            row[step.node_slot] = NodeRef{node};
            if (!run(k + 1, row)) return false;
          }
          return true;
        }
        std::vector<uint32_t> candidates = prepared.named;
        for (uint32_t node : candidates) {
          if (!nodeMatches(node, step, prepared, row)) continue;
          row[step.node_slot] = NodeRef{node};
          if (!run(k + 1, row)) return false;
        }
        return true;
      }
      case StepKind::CheckNode: {
        const Value& value = row[step.node_slot];
        if (!value.is<NodeRef>() || !nodeMatches(value.as<NodeRef>().index, step, prepared, row))
          return true;
        return run(k + 1, row);
      }
      case StepKind::Expand:
        return expand(k, step, prepared, row);
      case StepKind::VarExpand: {
        const Value& from = row[step.from_slot];
        if (!from.is<NodeRef>()) return true;
        if (step.to_bound && !row[step.node_slot].is<NodeRef>()) return true;
        if (step.relationship_bound) return followList(k, step, prepared, row);
        if (step.reachability_only) return reachable(k, step, prepared, row);
        std::vector<uint32_t> edges;
        return varExpand(k, step, prepared, row, from.as<NodeRef>().index, edges);
      }
      case StepKind::ShortestPath:
        return shortestPath(k, step, prepared, row);
      case StepKind::BuildPath: {
        row[step.node_slot] = buildPath(*step.path, row);
        return run(k + 1, row);
      }
      case StepKind::Filter:
        if (!isTrue(runtime_.eval(*step.predicate, row))) return true;
        return run(k + 1, row);
    }
    return true;
  }

  bool acceptFar(uint32_t other, const MatchStep& step, const Prepared& prepared, Row& row,
                 bool live = false) {
    if (step.to_bound) {
      const Value& bound = row[step.node_slot];
      if (!bound.is<NodeRef>() || bound.as<NodeRef>().index != other) return false;
    }
    return nodeMatches(other, step, prepared, row, live);
  }

  bool expand(size_t k, const MatchStep& step, Prepared& prepared, Row& row) {
    const Value& from_value = row[step.from_slot];
    if (!from_value.is<NodeRef>()) return true;
    uint32_t from = from_value.as<NodeRef>().index;
    if (step.relationship_bound) {
      const Value& bound = row[step.relationship_slot];
      if (!bound.is<EdgeRef>()) return true;
      uint32_t edge = bound.as<EdgeRef>().index;
      const auto& record = graph_.edge(edge);
      if (record.deleted) return true;
      std::vector<uint32_t> others;
      if (step.direction != Direction::Incoming && record.source == from)
        others.push_back(record.target);
      if (step.direction != Direction::Outgoing && record.target == from &&
          !(step.direction == Direction::Both && record.source == record.target))
        others.push_back(record.source);
      for (uint32_t other : others) {
        if (!edgeMatches(edge, step, prepared, row) || edgeUsed(edge, step, row)) continue;
        if (!acceptFar(other, step, prepared, row)) continue;
        if (!step.to_bound) row[step.node_slot] = NodeRef{other};
        if (!run(k + 1, row)) return false;
      }
      return true;
    }
    if (!prepared.any_type && prepared.type_ids.empty()) return true;
    return forEachAdjacent(from, step.direction, [&](uint32_t edge, uint32_t other) {
      runtime_.tick();
      if (!edgeMatches(edge, step, prepared, row) || edgeUsed(edge, step, row)) return true;
      if (!acceptFar(other, step, prepared, row, /*live=*/true)) return true;  // adjacency: live
      row[step.relationship_slot] = EdgeRef{edge};
      if (!step.to_bound) row[step.node_slot] = NodeRef{other};
      return run(k + 1, row);
    });
  }

  // Every relationship of the step's types, bound with both end nodes, in the order a scan of
  // the near node followed by an expansion gives: by near node, its out-edges before its
  // in-edges, each in edge order.
  bool scanEdges(size_t k, const MatchStep& step, Prepared& prepared, Row& row) {
    // The far node is read here, in edge order, so that the loop below, in near-node order,
    // does not go back to the edge records.
    std::vector<uint32_t> types = prepared.type_ids;  // [:T|:T] names a type twice
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    PropertyGraph::EdgeList edges;
    std::vector<uint32_t> merged;  // several types: their edges together, in edge order
    if (types.size() == 1) {
      edges = graph_.edgesOfType(types[0]);
    } else {
      for (uint32_t type : types) {
        PropertyGraph::EdgeList of_type = graph_.edgesOfType(type);
        merged.insert(merged.end(), of_type.begin(), of_type.end());
      }
      std::sort(merged.begin(), merged.end());
      edges = {merged.data(), merged.data() + merged.size()};
    }
    std::vector<ScanCandidate>& candidates = prepared.scan_candidates;
    candidates.clear();
    candidates.reserve(edges.size() * (step.direction == Direction::Both ? 2 : 1));
    // The edges of one type lie scattered among the others: their records are loaded a few
    // edges ahead, so that the misses overlap instead of coming one after another.
    constexpr size_t kRecordsAhead = 16;
    for (size_t i = 0; i < edges.size(); ++i) {
      if (i + kRecordsAhead < edges.size()) graph_.prefetchEdge(edges.first[i + kRecordsAhead]);
      uint32_t edge = edges.first[i];
      const auto& record = graph_.edge(edge);
      if (step.direction != Direction::Incoming)
        candidates.push_back(ScanCandidate{record.source, false, edge, record.target});
      if (step.direction != Direction::Outgoing &&
          !(step.direction == Direction::Both && record.source == record.target))
        candidates.push_back(ScanCandidate{record.target, true, edge, record.source});
    }
    // In edge order now; a stable sort by (near node, incoming) gives the order of the scan.
    sortByNear(candidates, prepared.scan_buffer);
    // Every candidate has one of the step's types (edgesOfType): only properties remain to check.
    bool check_edge = !step.relationship.properties.empty();
    for (const ScanCandidate& candidate : candidates) {
      runtime_.tick();
      if ((check_edge && !edgeMatches(candidate.edge, step, prepared, row)) ||
          edgeUsed(candidate.edge, step, row))
        continue;
      uint32_t other = candidate.far;
      if (!acceptFar(other, step, prepared, row, /*live=*/true)) continue;
      row[step.from_slot] = NodeRef{candidate.near};
      row[step.relationship_slot] = EdgeRef{candidate.edge};
      row[step.node_slot] = NodeRef{other};
      if (!run(k + 1, row)) return false;
    }
    return true;
  }

  // A variable-length relationship bound to a list before this MATCH: follow exactly it.
  bool followList(size_t k, const MatchStep& step, Prepared& prepared, Row& row) {
    const Value& bound = row[step.relationship_slot];
    if (!bound.is<ValueList>()) return true;
    const ValueList& list = bound.as<ValueList>();
    int64_t length = static_cast<int64_t>(list.size());
    if (length < step.min_hops || length > step.max_hops) return true;
    uint32_t current = row[step.from_slot].as<NodeRef>().index;
    for (size_t i = 0; i < list.size(); ++i) {
      const Value& element = list[step.reversed ? list.size() - 1 - i : i];
      if (!element.is<EdgeRef>()) return true;
      uint32_t edge = element.as<EdgeRef>().index;
      const auto& record = graph_.edge(edge);
      if (step.direction != Direction::Incoming && record.source == current)
        current = record.target;
      else if (step.direction != Direction::Outgoing && record.target == current)
        current = record.source;
      else
        return true;
      if (!edgeMatches(edge, step, prepared, row)) return true;
    }
    if (!acceptFar(current, step, prepared, row)) return true;
    if (!step.to_bound) row[step.node_slot] = NodeRef{current};
    return run(k + 1, row);
  }

  ValueList edgeList(const std::vector<uint32_t>& edges, bool reversed) const {
    ValueList list;
    list.reserve(edges.size());
    if (reversed)
      for (auto it = edges.rbegin(); it != edges.rend(); ++it) list.push_back(EdgeRef{*it});
    else
      for (uint32_t edge : edges) list.push_back(EdgeRef{edge});
    return list;
  }

  bool varExpand(size_t k, const MatchStep& step, Prepared& prepared, Row& row, uint32_t node,
                 std::vector<uint32_t>& edges) {
    runtime_.tick();
    int64_t depth = static_cast<int64_t>(edges.size());
    if (depth >= step.min_hops && acceptFar(node, step, prepared, row)) {
      if (!step.list_unused) row[step.relationship_slot] = edgeList(edges, step.reversed);
      if (!step.to_bound) row[step.node_slot] = NodeRef{node};
      if (!run(k + 1, row)) return false;
    }
    if (depth >= step.max_hops) return true;
    if (!prepared.any_type && prepared.type_ids.empty()) return true;
    return forEachAdjacent(node, step.direction, [&](uint32_t edge, uint32_t other) {
      if (std::find(edges.begin(), edges.end(), edge) != edges.end()) return true;
      if (!edgeMatches(edge, step, prepared, row) || edgeUsed(edge, step, row)) return true;
      edges.push_back(edge);
      bool more = varExpand(k, step, prepared, row, other, edges);
      edges.pop_back();
      return more;
    });
  }

  // Each node reachable within [min_hops <= 1, max_hops] relationships, once. A node other than
  // the start is reachable by some relationship-unique walk exactly when breadth-first search
  // finds it within max_hops (a shortest walk repeats no relationship); the start itself needs
  // a directed cycle, i.e. an edge into it from a node found within max_hops - 1.
  bool reachable(size_t k, const MatchStep& step, Prepared& prepared, Row& row) {
    uint32_t start = row[step.from_slot].as<NodeRef>().index;
    row[step.relationship_slot] = Value();
    auto offer = [&](uint32_t node) {
      if (!acceptFar(node, step, prepared, row)) return true;
      if (!step.to_bound) row[step.node_slot] = NodeRef{node};
      return run(k + 1, row);
    };
    if (!prepared.any_type && prepared.type_ids.empty())
      return step.min_hops == 0 ? offer(start) : true;
    NodeMarks& distance = marks_;
    distance.start(graph_.nodeCount());
    distance.mark(start, 0);
    std::vector<uint32_t> frontier{start}, found;
    for (int64_t depth = 1; depth <= step.max_hops && !frontier.empty(); ++depth) {
      std::vector<uint32_t> next;
      for (uint32_t node : frontier)
        forEachAdjacent(node, step.direction, [&](uint32_t edge, uint32_t other) {
          runtime_.tick();
          if (distance.seen(other) || !edgeMatches(edge, step, prepared, row)) return true;
          distance.mark(other, depth);
          next.push_back(other);
          return true;
        });
      found.insert(found.end(), next.begin(), next.end());
      frontier = std::move(next);
    }
    bool start_reachable = step.min_hops == 0;
    if (!start_reachable) {
      Direction back =
          step.direction == Direction::Outgoing ? Direction::Incoming : Direction::Outgoing;
      forEachAdjacent(start, back, [&](uint32_t edge, uint32_t other) {
        if (distance.seen(other) && distance.depth(other) <= step.max_hops - 1 &&
            edgeMatches(edge, step, prepared, row)) {
          start_reachable = true;
          return false;
        }
        return true;
      });
    }
    if (start_reachable && !offer(start)) return false;
    for (uint32_t node : found)
      if (!offer(node)) return false;
    return true;
  }

  bool shortestPath(size_t k, const MatchStep& step, Prepared& prepared, Row& row) {
    const Value& from_value = row[step.from_slot];
    const Value& to_value = row[step.node_slot];
    if (!from_value.is<NodeRef>() || !to_value.is<NodeRef>()) return true;
    uint32_t from = from_value.as<NodeRef>().index, to = to_value.as<NodeRef>().index;
    if (from == to) {
      if (step.min_hops > 0) return true;
      row[step.relationship_slot] = ValueList{};
      return run(k + 1, row);
    }
    if (!prepared.any_type && prepared.type_ids.empty()) return true;
    bool all = step.shortest == ShortestKind::All;
    // Breadth-first from `from`: every node's depth and first parent in marks_; allShortestPaths
    // also keeps the further parents at the same depth.
    NodeMarks& distance = marks_;
    distance.start(graph_.nodeCount());
    distance.mark(from, 0);
    std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, uint32_t>>> more_parents;
    std::vector<uint32_t> frontier{from};
    int64_t depth = 0;
    bool found = false;
    while (!frontier.empty() && !found && (step.max_hops < 0 || depth < step.max_hops)) {
      ++depth;
      std::vector<uint32_t> next;
      for (uint32_t node : frontier) {
        bool go_on = forEachAdjacent(node, step.direction, [&](uint32_t edge, uint32_t other) {
          runtime_.tick();
          if (!edgeMatches(edge, step, prepared, row)) return true;
          if (!distance.seen(other)) {
            distance.mark(other, depth, node, edge);
            next.push_back(other);
            if (other == to && !all) return false;  // one shortest path is enough
          } else if (all && distance.depth(other) == depth) {
            more_parents[other].push_back({node, edge});
          }
          return true;
        });
        if (!go_on) break;
      }
      found = distance.seen(to);
      frontier = std::move(next);
    }
    if (!found || depth < step.min_hops) return true;
    // Walk back from `to` along parents; each complete walk is one shortest path.
    std::vector<uint32_t> reversed_edges;
    std::function<bool(uint32_t)> walk = [&](uint32_t node) -> bool {
      if (node == from) {
        row[step.relationship_slot] = edgeList(reversed_edges, true);
        return run(k + 1, row);
      }
      std::vector<std::pair<uint32_t, uint32_t>> parents{
          {distance.parentNode(node), distance.parentEdge(node)}};
      if (all)
        if (auto it = more_parents.find(node); it != more_parents.end())
          parents.insert(parents.end(), it->second.begin(), it->second.end());
      for (const auto& [previous, edge] : parents) {
        reversed_edges.push_back(edge);
        bool more = walk(previous);
        reversed_edges.pop_back();
        if (!more) return false;
      }
      return true;
    };
    return walk(to);
  }

  PathValue buildPath(const PatternPart& part, const Row& row) const {
    PathValue path;
    const Value& first = row[part.nodes[0].slot];
    if (!first.is<NodeRef>()) return path;
    uint32_t current = first.as<NodeRef>().index;
    path.nodes.push_back(current);
    for (const RelPattern& relationship : part.relationships) {
      const Value& value = row[relationship.slot];
      auto step_over = [&](uint32_t edge) {
        const auto& record = graph_.edge(edge);
        current = record.source == current ? record.target : record.source;
        path.edges.push_back(edge);
        path.nodes.push_back(current);
      };
      if (value.is<EdgeRef>()) {
        step_over(value.as<EdgeRef>().index);
      } else if (value.is<ValueList>()) {
        for (const Value& edge : value.as<ValueList>()) step_over(edge.as<EdgeRef>().index);
      }
    }
    return path;
  }

  // Stable radix sort by (near, incoming): two or three passes over 11-bit digits instead of
  // std::sort's comparisons (a tenth of a scan of 80k relationships).
  static void sortByNear(std::vector<ScanCandidate>& candidates,
                         std::vector<ScanCandidate>& buffer) {
    if (candidates.size() < 2) return;
    auto key = [](const ScanCandidate& c) { return uint64_t{c.near} << 1 | c.incoming; };
    uint64_t max_key = 0;
    for (const ScanCandidate& candidate : candidates) max_key = std::max(max_key, key(candidate));
    buffer.resize(candidates.size());
    if (radixSort(candidates.data(), buffer.data(), candidates.size(), key, max_key, 11) !=
        candidates.data())
      candidates.swap(buffer);
  }

  const MatchPlan& plan_;
  PropertyGraph& graph_;
  std::vector<Prepared> prepared_;
  NodeMarks marks_;
  bool produced_ = false;
};

// --- UNWIND, filters, projections -------------------------------------------------------
class UnwindOperator : public Operator {
 public:
  UnwindOperator(Runtime& runtime, const Clause& clause) : Operator(runtime), clause_(clause) {}
  bool consume(Row& row) override {
    Value value = runtime_.eval(*clause_.unwind_expression, row);
    if (value.isNull()) return true;
    if (!value.is<ValueList>()) {
      row[clause_.unwind_slot] = std::move(value);
      return next_->consume(row);
    }
    for (Value& element : value.as<ValueList>()) {
      runtime_.tick();
      row[clause_.unwind_slot] = std::move(element);
      if (!next_->consume(row)) return false;
    }
    return true;
  }

 private:
  const Clause& clause_;
};

// CALL: runs the procedure for each incoming row (once while its arguments stay the same) and
// passes one row on per result, with the yielded columns set. A void procedure inside a larger
// query passes each row on once; standing alone it returns no rows.
class CallOperator : public Operator {
 public:
  CallOperator(Runtime& runtime, const Clause& clause)
      : Operator(runtime), clause_(clause), procedure_(findProcedure(clause.procedure)) {
    if (!procedure_)
      throwRuntime("ProcedureError", "ProcedureNotFound",
                   "procedure " + clause.procedure + " is no longer registered");
  }
  bool consume(Row& row) override {
    std::vector<Value> arguments;
    for (size_t i = 0; i < clause_.arguments.size(); ++i) {
      Value value = runtime_.eval(*clause_.arguments[i], row);
      const ProcedureField& field = procedure_->arguments[i];
      if (!acceptProcedureArgument(field.type, value))
        throwRuntime("TypeError", "InvalidArgumentType",
                     "argument `" + field.name + "` of " + procedure_->name + " is " + field.type +
                         ", not " + typeName(value));
      arguments.push_back(std::move(value));
    }
    bool same = ran_ && arguments.size() == last_arguments_.size();
    for (size_t i = 0; same && i < arguments.size(); ++i)
      same = arguments[i].data.index() == last_arguments_[i].data.index() &&
             orderCompare(arguments[i], last_arguments_[i]) == 0;
    if (!same) {
      results_ = procedure_->run(runtime_.graph, arguments);
      last_arguments_ = std::move(arguments);
      ran_ = true;
    }
    if (procedure_->outputs.empty()) return clause_.standalone || next_->consume(row);
    for (const std::vector<Value>& result : results_) {
      runtime_.tick();
      for (const YieldItem& item : clause_.yields) row[item.slot] = result.at(item.index);
      if (!next_->consume(row)) return false;
    }
    return true;
  }

 private:
  const Clause& clause_;
  std::shared_ptr<const ProcedureDefinition> procedure_;
  bool ran_ = false;
  std::vector<Value> last_arguments_;
  std::vector<std::vector<Value>> results_;
};

class FilterOperator : public Operator {
 public:
  FilterOperator(Runtime& runtime, const Expr& predicate)
      : Operator(runtime), predicate_(predicate) {}
  bool consume(Row& row) override {
    if (!isTrue(runtime_.eval(predicate_, row))) return true;
    return next_->consume(row);
  }

 private:
  const Expr& predicate_;
};

class ProjectOperator : public Operator {
 public:
  ProjectOperator(Runtime& runtime, const std::vector<const ProjectionItem*>& items)
      : Operator(runtime), items_(items) {}
  bool consume(Row& row) override {
    for (const ProjectionItem* item : items_)
      row[item->slot] = runtime_.eval(*item->expression, row);
    return next_->consume(row);
  }

 private:
  const std::vector<const ProjectionItem*>& items_;
};

bool containsAggregate(const Expr& expr) {
  if (expr.aggregate) return true;
  for (const ExprPtr& child : expr.children)
    if (containsAggregate(*child)) return true;
  return false;
}

// Open-addressing map from the entities (up to two node or relationship ids) that determine a
// row's grouping key to the row's group: one probe of a compact array per row, where the
// general path evaluates the keys, copies them (names are strings) into a key row, hashes it
// and chases a hash-table node. Entity codes: 0 none, then kind << 32 | index.
class EntityGroupMap {
 public:
  struct Key {
    uint64_t first = 0;
    uint64_t second = 0;
    bool operator==(const Key&) const = default;
  };

  const uint32_t* find(const Key& key) const {
    if (entries_.empty()) return nullptr;
    for (size_t i = position(key);; i = (i + 1) & (entries_.size() - 1)) {
      const Entry& entry = entries_[i];
      if (entry.key.first == 0) return nullptr;
      if (entry.key == key) return &entry.group;
    }
  }
  void insert(const Key& key, uint32_t group) {
    if ((used_ + 1) * 2 > entries_.size()) grow();
    size_t i = position(key);
    while (entries_[i].key.first != 0) i = (i + 1) & (entries_.size() - 1);
    entries_[i] = Entry{key, group};
    ++used_;
  }
  // Sets the group of a key that is present.
  void assign(const Key& key, uint32_t group) {
    for (size_t i = position(key);; i = (i + 1) & (entries_.size() - 1))
      if (entries_[i].key == key) {
        entries_[i].group = group;
        return;
      }
  }
  void clear() {
    entries_.clear();
    used_ = 0;
  }
  size_t size() const { return used_; }
  // Keeps only the entries for which keep(key, group) is true.
  template <typename Keep>
  void retain(Keep&& keep) {
    std::vector<Entry> old = std::move(entries_);
    clear();
    for (const Entry& entry : old)
      if (entry.key.first != 0 && keep(entry.key, entry.group)) insert(entry.key, entry.group);
  }

 private:
  struct Entry {
    Key key;  // key.first == 0: free
    uint32_t group = 0;
  };
  size_t position(const Key& key) const {
    uint64_t h = key.first * 0x9e3779b97f4a7c15ULL ^ key.second * 0xc2b2ae3d27d4eb4fULL;
    h ^= h >> 29;  // the multiplications move entropy up; the mask keeps the low bits
    return static_cast<size_t>(h) & (entries_.size() - 1);
  }
  void grow() {
    std::vector<Entry> old = std::move(entries_);
    entries_.assign(old.empty() ? 64 : old.size() * 2, Entry{});
    used_ = 0;
    for (const Entry& entry : old)
      if (entry.key.first != 0) insert(entry.key, entry.group);
  }
  std::vector<Entry> entries_;
  size_t used_ = 0;
};

int64_t countArgument(Runtime& runtime, const Expr* expr);

// Copies of short texts in large blocks that never move: a view of a copy stays valid until the
// store goes, and thousands of copies cost a few allocations instead of one each.
class TextStore {
 public:
  std::string_view copy(std::string_view text) {
    if (text.empty()) return std::string_view("", 0);  // never a null view
    char* at;
    if (text.size() > kBlockSize / 4) {  // a long text gets a block of its own
      blocks_.push_back(std::make_unique<char[]>(text.size() + 1));
      at = blocks_.back().get();
    } else {
      if (text.size() > left_) {
        blocks_.push_back(std::make_unique<char[]>(kBlockSize));
        next_ = blocks_.back().get();
        left_ = kBlockSize;
      }
      at = next_;
      next_ += text.size();
      left_ -= text.size();
    }
    std::memcpy(at, text.data(), text.size());
    return {at, text.size()};
  }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // the free part of the last short-text block
  size_t left_ = 0;
};

class AggregateOperator : public Operator {
 public:
  AggregateOperator(Runtime& runtime, const Projection& projection, int slot_count)
      : Operator(runtime), projection_(projection), slot_count_(slot_count) {
    for (const ProjectionItem& item : projection.items) {
      bool aggregate = containsAggregate(*item.expression);
      key_of_item_.push_back(aggregate ? -1 : static_cast<int>(keys_.size()));
      if (!aggregate) keys_.push_back(item.expression.get());
    }
    findEntitySlots();
    findKeptSlots();
    findCountingByEntity();
  }

  bool consume(Row& row) override {
    size_t group;
    EntityGroupMap::Key entities;
    if (counting_by_entity_) {
      if (countByEntity(row)) return true;
      flushEntities();  // this row starts a group now: the ones seen before it go first
    }
    if (entityKey(row, entities)) {
      // A write between two rows could change a property the keys read; the writing clauses
      // collect all their rows first today, but should one pass rows on as it writes, what was
      // remembered must not outlive the change.
      if (runtime_.graph.changeCount() != memo_changes_) {
        by_entity_.clear();
        memo_changes_ = runtime_.graph.changeCount();
      }
      if (const uint32_t* found = by_entity_.find(entities)) {
        group = *found;
      } else {
        group = findGroup(row);
        by_entity_.insert(entities, static_cast<uint32_t>(group));
      }
    } else {
      group = findGroup(row);
    }
    size_t first = group * projection_.aggregates.size();
    for (size_t i = 0; i < projection_.aggregates.size(); ++i) {
      const Expr& aggregate = *projection_.aggregates[i];
      Accumulator& accumulator = accumulators_[first + i];
      if (aggregate.kind == ExprKind::CountStar) {
        accumulator.addCountStar();
        continue;
      }
      Value argument = runtime_.eval(*aggregate.children[0], row);
      Value parameter;
      if (aggregate.children.size() > 1) parameter = runtime_.eval(*aggregate.children[1], row);
      accumulator.add(argument, parameter);
    }
    return true;
  }

  void finish() override {
    flushEntities(/*more_rows=*/false);
    if (groupCount() == 0 && keys_.empty() && projection_.star_slots.empty())
      addGroup(Row(slot_count_));
    Row row;
    size_t width = keyWidth();
    std::optional<CountBound> bound = countBound();
    for (size_t group = 0; group < groupCount(); ++group) {
      if (bound &&
          !bound->admits(
              accumulators_[group * projection_.aggregates.size() + bound->aggregate].count()))
        continue;
      row.assign(row_size_, Value());
      if (group < kept_tuples_.size() && kept_tuples_[group].first != 0)
        setEntities(row, kept_tuples_[group]);
      else
        for (size_t i = 0; i < kept_slots_.size(); ++i)
          row[kept_slots_[i]] = std::move(rows_[group * kept_slots_.size() + i]);
      for (size_t i = 0; i < projection_.aggregates.size(); ++i)
        row[projection_.aggregates[i]->slot] =
            accumulators_[group * projection_.aggregates.size() + i].result();
      for (size_t i = 0; i < projection_.items.size(); ++i) {
        const ProjectionItem& item = projection_.items[i];
        // A grouping key was evaluated on this very row when the group began: reuse it rather
        // than reading the graph again for every group (each key belongs to one item).
        if (key_of_item_[i] >= 0 && width > 0)
          row[item.slot] = takeKey(group * width + key_of_item_[i]);
        else
          row[item.slot] = runtime_.eval(*item.expression, row);
      }
      if (!next_->consume(row)) break;
    }
    next_->finish();
  }

 private:
  size_t keyWidth() const { return keys_.size() + projection_.star_slots.size(); }
  size_t groupCount() const { return group_count_; }

  // ORDER BY a count first, then LIMIT k (SKIP included): a group whose count is worse than the
  // k-th best count of all groups cannot be among the first k rows and the Sort that follows
  // would drop it, so it is not built into a row at all (most groups, in a long tail). Groups
  // that tie with the k-th best are all passed on, in their order, for the other keys to decide.
  struct CountBound {
    size_t aggregate;  // index in projection_.aggregates
    int64_t count;     // the k-th best count
    bool descending;
    bool admits(int64_t group_count) const {
      return descending ? group_count >= count : group_count <= count;
    }
  };
  // The bound, or nothing when the projection is not of that shape or the groups are few.
  // Every item and sort key must be a value read as is (a key, an aggregate, a variable), so a
  // group left out cannot hide an error its row would have raised.
  std::optional<CountBound> countBound() {
    const Projection& projection = projection_;
    if (projection.distinct || projection.order_by.empty() || !projection.limit) return {};
    for (const SortItem& item : projection.order_by)
      if (item.expression->kind != ExprKind::Variable || item.expression->slot < 0) return {};
    std::optional<size_t> counted;
    for (size_t i = 0; i < projection.items.size(); ++i) {
      const Expr& expression = *projection.items[i].expression;
      if (key_of_item_[i] >= 0) continue;
      if (!expression.aggregate) return {};
      if (projection.items[i].slot != projection.order_by[0].expression->slot) continue;
      bool count = expression.kind == ExprKind::CountStar ||
                   findAggregate(expression.name) == AggregateKind::Count;
      for (size_t a = 0; a < projection.aggregates.size() && count; ++a)
        if (projection.aggregates[a] == &expression) counted = a;
    }
    if (!counted) return {};
    int64_t keep = countArgument(runtime_, projection.limit.get());
    if (projection.skip) keep += countArgument(runtime_, projection.skip.get());
    if (keep <= 0 || static_cast<size_t>(keep) >= groupCount()) return {};
    bool descending = projection.order_by[0].descending;
    std::vector<int64_t> counts(groupCount());
    for (size_t group = 0; group < groupCount(); ++group)
      counts[group] = accumulators_[group * projection.aggregates.size() + *counted].count();
    auto kth = counts.begin() + (keep - 1);
    if (descending)
      std::nth_element(counts.begin(), kth, counts.end(), std::greater<>());
    else
      std::nth_element(counts.begin(), kth, counts.end());
    return CountBound{*counted, *kth, descending};
  }

  // Groups live in flat arrays (keys, first rows and accumulators, one stretch per group), not
  // in a hash-map node with three vectors of their own each: grouping tens of thousands of
  // rows was mostly allocating, chasing and freeing those.
  // With `tuple` (counting by entity: the kept slots are among the tuple's entities), the group
  // keeps the tuple's ids instead of copies of the row's values (see kept_tuples_).
  void addGroup(const Row& row, const EntityGroupMap::Key* tuple = nullptr) {
    if (tuple && !kept_slots_.empty()) {
      if (kept_tuples_.size() <= group_count_) kept_tuples_.resize(group_count_ + 1);
      kept_tuples_[group_count_] = *tuple;
    } else if (!kept_slots_.empty()) {
      rows_.resize(group_count_ * kept_slots_.size());  // a null row for each group before
      for (int slot : kept_slots_) rows_.push_back(row[slot]);
    }
    row_size_ = std::max(row_size_, row.size());
    ++group_count_;
    for (const Expr* aggregate : projection_.aggregates) {
      AggregateKind kind = aggregate->kind == ExprKind::CountStar ? AggregateKind::Count
                                                                  : *findAggregate(aggregate->name);
      accumulators_.emplace_back(kind, aggregate->distinct);
    }
  }

  // The group of the row's key values, created when new.
  size_t findGroup(Row& row, const EntityGroupMap::Key* tuple = nullptr) {
    size_t hash = prepareKey(row);
    // A text key may equal the name of a group of an unshared name: those enter the table now.
    // A group with a text key found this way keeps later groups of unshared names from being
    // made without the table (text_groups_from_rows_).
    for (size_t k = 0; k < key_.size(); ++k)
      if (key_texts_[k].in_place || key_[k].is<std::string>()) {
        tableUnsharedGroups();
        text_groups_from_rows_ = true;
        break;
      }
    return findKeyedGroup(row, hash, tuple);
  }

  // A group for a node whose name no other node has (PropertyGraph::nameUnshared), found by
  // counting by entity with the node's name as the only key: no other tuple's key can equal it,
  // so it goes into no table and its name is neither read nor hashed now; a key of another kind
  // of row that might equal it makes it enter the table first (tableUnsharedGroups). Its name
  // is read then or when the group is passed on, not at its first row: the same as the other
  // tuples' keys, read when they are flushed (no clause writes while an aggregation reads).
  size_t addUnsharedGroup(uint32_t node, const EntityGroupMap::Key& tuple, const Row& row) {
    size_t group = groupCount();
    if (unshared_nodes_.size() <= group) unshared_nodes_.resize(group + 1, kNoNode);
    unshared_nodes_[group] = node;
    unshared_groups_.push_back(static_cast<uint32_t>(group));
    addGroup(row, &tuple);
    return group;
  }

  // Reads, keeps and enters in the table the names of the groups of unshared names: before a
  // key that might equal one is looked up, and before the graph may change again.
  // From then on no group is made without the table: a node seen again after a graph change
  // must find the group its name is in now.
  void tableUnsharedGroups() {
    const PropertyGraph& graph = runtime_.graph;
    if (!unshared_groups_.empty()) text_groups_from_rows_ = true;
    for (uint32_t group : unshared_groups_) {
      uint32_t node = std::exchange(unshared_nodes_[group], kNoNode);
      std::string_view text;
      if (!graph.nodeNameText(node, text)) {  // (only after a change took the name away)
        if (group_keys_.size() <= group) group_keys_.resize(group + 1);  // a null key
        continue;
      }
      if (kept_texts_.size() <= group) kept_texts_.resize(group + 1);
      kept_texts_[group] = text_store_.copy(text);
      if ((groupCount() + 1) * 2 > table_.size()) growTable();
      placeInTable(mixRowHash(1, hashText(text)), group);
    }
    unshared_groups_.clear();
  }

  // Fills key_ and key_texts_ with the row's key values and returns their hash (as RowHash
  // hashes the key row).
  size_t prepareKey(Row& row) {
    Row& key = key_;  // reused: most rows join an existing group
    key.clear();
    key_texts_.clear();
    size_t hash = keyWidth();
    for (const Expr* expr : keys_) {
      KeyText text;
      if (nameInPlace(*expr, row, text.text)) {
        // Hashed and compared where the graph keeps it; copied only for a new group.
        text.in_place = true;
        key.emplace_back();
        hash = mixRowHash(hash, hashText(text.text));
      } else {
        key.push_back(runtime_.eval(*expr, row));
        hash = mixRowHash(hash, hashValue(key.back()));
      }
      key_texts_.push_back(text);
    }
    for (int slot : projection_.star_slots) {
      key.push_back(row[slot]);
      key_texts_.emplace_back();
      hash = mixRowHash(hash, hashValue(key.back()));
    }
    return hash;
  }

  // The group of the key in key_ and key_texts_ (prepareKey), created from the row when new.
  size_t findKeyedGroup(const Row& row, size_t hash, const EntityGroupMap::Key* tuple = nullptr) {
    Row& key = key_;
    size_t width = keyWidth();
    if ((groupCount() + 1) * 2 > table_.size()) growTable();
    size_t mask = table_.size() - 1;
    size_t i = hash & mask;
    for (; table_[i].group != 0; i = (i + 1) & mask) {
      if (table_[i].hash != hash) continue;
      size_t group = table_[i].group - 1;
      bool equal = true;
      for (size_t k = 0; k < width && equal; ++k) {
        size_t at = group * width + k;
        if (const std::string_view* text = keptText(at)) {
          if (key_texts_[k].in_place)
            equal = *text == key_texts_[k].text;
          else
            equal = key[k].is<std::string>() && key[k].as<std::string>() == *text;
        } else if (key_texts_[k].in_place) {
          const Value& kept = group_keys_[at];
          equal = kept.is<std::string>() && kept.as<std::string>() == key_texts_[k].text;
        } else {
          equal = orderCompare(group_keys_[at], key[k]) == 0;
        }
      }
      if (equal) return group;
    }
    size_t group = groupCount();
    table_[i] = TableSlot{hash, static_cast<uint32_t>(group + 1)};
    for (size_t k = 0; k < width; ++k) {  // key_ is scratch
      size_t at = group * width + k;
      if (key_texts_[k].in_place) {
        // Copied into the operator's own text store, and into a string value only for the
        // groups passed on (finish): most groups of a top-k query never are.
        if (kept_texts_.size() <= at) kept_texts_.resize(at + 1);
        kept_texts_[at] = text_store_.copy(key_texts_[k].text);
      } else {
        if (group_keys_.size() < at) group_keys_.resize(at);
        group_keys_.push_back(std::move(key[k]));
      }
    }
    addGroup(row, tuple);
    return group;
  }

  // The text of a group key kept in text_store_, or nullptr when group_keys_ holds the key.
  const std::string_view* keptText(size_t at) const {
    return at < kept_texts_.size() && kept_texts_[at].data() != nullptr ? &kept_texts_[at]
                                                                        : nullptr;
  }
  // The key value of group_keys_[at], built from the kept text or the unshared name when there
  // is one.
  Value takeKey(size_t at) {
    if (at < unshared_nodes_.size() && unshared_nodes_[at] != kNoNode) {
      std::string_view text;
      if (!runtime_.graph.nodeNameText(unshared_nodes_[at], text)) return Value();
      return Value(std::string(text));
    }
    if (const std::string_view* text = keptText(at)) return Value(std::string(*text));
    return std::move(group_keys_[at]);
  }

  // Whether a key is the name of a node that keeps it as a field (`b.name`): its text in place.
  // Reading a deleted node's property fails, so that takes the general path.
  bool nameInPlace(const Expr& key, const Row& row, std::string_view& text) const {
    if (key.kind != ExprKind::Property || key.name != "name") return false;
    const Expr& owner = *key.children[0];
    if (owner.kind != ExprKind::Variable || owner.slot < 0) return false;
    const Value& value = row[owner.slot];
    if (!value.is<NodeRef>()) return false;
    uint32_t node = value.as<NodeRef>().index;
    const PropertyGraph& graph = runtime_.graph;
    return node < graph.nodeCount() && !graph.nodeDeleted(node) && graph.nodeNameText(node, text);
  }

  // Makes room for `groups` more groups, so that growing moves no Value while they are added;
  // with `texts`, their keys will be texts read in place (kept_texts_).
  void reserveGroups(size_t groups, bool texts) {
    size_t total = groupCount() + groups;
    if (texts)
      kept_texts_.reserve(total * keyWidth());
    else
      group_keys_.reserve(total * keyWidth());
    if (!kept_slots_.empty()) kept_tuples_.reserve(total);  // flushed tuples keep their ids
    accumulators_.reserve(total * projection_.aggregates.size());
  }

  // Sizes the group table for `groups` more groups, so that it does not grow while they come.
  void reserveTable(size_t groups) {
    size_t size = table_.empty() ? 64 : table_.size();
    while ((groupCount() + groups) * 2 > size) size *= 2;
    if (size > table_.size()) growTable(size);
  }

  // Moves the groups to a table of `size` slots (a power of two; twice the size by default).
  void growTable(size_t size = 0) {
    std::vector<TableSlot> old = std::move(table_);
    if (size == 0) size = old.empty() ? 64 : old.size() * 2;
    table_.assign(size, TableSlot{});
    for (const TableSlot& slot : old)
      if (slot.group != 0) placeInTable(slot.hash, slot.group - 1);
  }

  // Puts a group known to be new in the first free slot its hash leads to.
  void placeInTable(size_t hash, uint32_t group) {
    size_t mask = table_.size() - 1, i = hash & mask;
    while (table_[i].group != 0) i = (i + 1) & mask;
    table_[i] = TableSlot{hash, group + 1};
  }

  // The grouping keys read nothing but one or two variables, each a node or relationship
  // (`b`, `b.name`, `r.mentions`): the keys are then a function of those entities' ids while
  // the graph is unchanged, and rows can find their group by the ids (entityKey). Two nodes
  // with equal names still share one group: the ids only lead to the group the key values
  // chose the first time.
  void findEntitySlots() {
    if (keys_.empty() || !projection_.star_slots.empty()) return;
    for (const Expr* expr : keys_) {
      const Expr* variable = expr;
      if (expr->kind == ExprKind::Property) variable = expr->children[0].get();
      if (variable->kind != ExprKind::Variable || variable->slot < 0) {
        entity_slots_.clear();
        return;
      }
      if (std::find(entity_slots_.begin(), entity_slots_.end(), variable->slot) ==
          entity_slots_.end())
        entity_slots_.push_back(variable->slot);
      if (entity_slots_.size() > 2) {
        entity_slots_.clear();
        return;
      }
    }
  }

  // The slots of a group's first row that what follows the aggregation may read: those the
  // items, ORDER BY and WHERE of the projection read (the items' own slots and the aggregates'
  // are set for each group). Other variables are out of scope after WITH/RETURN, so copying
  // the whole row for every group (most of the cost with many small groups) is not needed.
  void findKeptSlots() {
    std::vector<int> read(projection_.star_slots);
    for (const ProjectionItem& item : projection_.items) collectSlots(*item.expression, read);
    for (const SortItem& item : projection_.order_by) collectSlots(*item.expression, read);
    if (projection_.where) collectSlots(*projection_.where, read);
    std::vector<int> assigned;
    for (const ProjectionItem& item : projection_.items) assigned.push_back(item.slot);
    for (const Expr* aggregate : projection_.aggregates) assigned.push_back(aggregate->slot);
    std::sort(read.begin(), read.end());
    read.erase(std::unique(read.begin(), read.end()), read.end());
    for (int slot : read)
      if (slot >= 0 && std::find(assigned.begin(), assigned.end(), slot) == assigned.end())
        kept_slots_.push_back(slot);
  }

  // Counting by entity: when the keys are determined by the entities (findEntitySlots), every
  // aggregate is a count that cannot fail (count(*), count(variable)) and the slots a group
  // keeps of its first row are among those entities, rows are only counted per entity tuple:
  // one probe of by_entity_ and an increment, no key evaluated, nothing copied. The tuples
  // become groups by their key values in flushEntities, in the order each tuple was first seen,
  // which is the order of the groups' first rows; two tuples with equal keys add their counts
  // into one group, as their rows would have. Not while anything is deleted: reading a deleted
  // entity's property fails, and must fail at the row, as the general path does.
  void findCountingByEntity() {
    if (entity_slots_.empty()) return;
    for (int slot : kept_slots_)
      if (std::find(entity_slots_.begin(), entity_slots_.end(), slot) == entity_slots_.end())
        return;
    for (const Expr* aggregate : projection_.aggregates) {
      if (aggregate->kind == ExprKind::CountStar) {
        counted_slots_.push_back(-1);
        continue;
      }
      if (aggregate->distinct || findAggregate(aggregate->name) != AggregateKind::Count ||
          aggregate->children.size() != 1 || aggregate->children[0]->kind != ExprKind::Variable ||
          aggregate->children[0]->slot < 0)
        return;
      counted_slots_.push_back(aggregate->children[0]->slot);
    }
    counting_by_entity_ = true;
    const Expr& key = *keys_[0];
    single_node_name_ = keys_.size() == 1 && key.kind == ExprKind::Property && key.name == "name" &&
                        key.children[0]->kind == ExprKind::Variable;
  }

  // Counts the row by its entities (see findCountingByEntity); false when it must take the
  // general path (a slot holds something else than an entity, or something was deleted).
  bool countByEntity(const Row& row) {
    const PropertyGraph& graph = runtime_.graph;
    EntityGroupMap::Key entities;
    if (graph.anyNodeDeleted() || graph.anyEdgeDeleted() || !entityKey(row, entities)) return false;
    if (graph.changeCount() != memo_changes_) {
      flushEntities();
      tableUnsharedGroups();  // names as of now, as the flush read the others'
      by_entity_.clear();
      dense_by_node_.clear();
      memo_changes_ = graph.changeCount();
    }
    DenseEntry* dense = denseEntry(entities);
    if (dense && counted_slots_.size() == 1) {
      // The node's entry is seldom in the cache: it is prefetched now and counted a few rows
      // later (countDelayed), in the order the rows came.
      __builtin_prefetch(dense, 1);
      if (delayed_size_ == kDelayedRows) countOldestDelayed();
      delayed_[(delayed_first_ + delayed_size_++) % kDelayedRows] =
          DelayedRow{static_cast<uint32_t>(entities.first),
                     counted_slots_[0] < 0 || !row[counted_slots_[0]].isNull()};
      input_width_ = row.size();
      return true;
    }
    countDelayed();  // rows counted otherwise must not overtake the delayed ones
    uint32_t tuple = kNoTuple;
    if (dense)
      tuple = dense->tuple;
    else if (const uint32_t* found = by_entity_.find(entities))
      tuple = *found;
    if (tuple == kNoTuple) {
      tuple = static_cast<uint32_t>(pending_entities_.size()) | kPendingTuple;
      if (dense) {
        dense->tuple = tuple;
      } else {
        by_entity_.insert(entities, tuple);
        switchToDense();
      }
      pending_entities_.push_back(entities);
      pending_counts_.resize(pending_counts_.size() + counted_slots_.size(), 0);
      input_width_ = row.size();
    }
    if (tuple & kPendingTuple) {
      int64_t* counts = &pending_counts_[(tuple & ~kPendingTuple) * counted_slots_.size()];
      if (dense && counted_slots_.size() == 1) {  // next to the tuple: one cache line per row
        if (dense->count == UINT32_MAX) counts[0] += std::exchange(dense->count, 0);
        dense->count += counted_slots_[0] < 0 || !row[counted_slots_[0]].isNull();
        return true;
      }
      for (size_t i = 0; i < counted_slots_.size(); ++i)
        counts[i] += counted_slots_[i] < 0 || !row[counted_slots_[i]].isNull();
      return true;
    }
    // Flushed earlier (a row of another shape came in between): its group is known.
    for (size_t i = 0; i < counted_slots_.size(); ++i)
      accumulators_[tuple * counted_slots_.size() + i].addCounted(counted_slots_[i] < 0 ||
                                                                  !row[counted_slots_[i]].isNull());
    return true;
  }

  static constexpr uint32_t kNoTuple = UINT32_MAX;
  struct DenseEntry {
    uint32_t tuple = kNoTuple;
    uint32_t count = 0;
  };
  // A row counted by its node's dense entry a few rows after it came (see countByEntity).
  struct DelayedRow {
    uint32_t node;
    uint32_t counted;  // 1 when the count counts the row (count(v) skips a null v)
  };
  static constexpr size_t kDelayedRows = 16;

  void countOldestDelayed() {
    const DelayedRow& row = delayed_[delayed_first_];
    delayed_first_ = (delayed_first_ + 1) % kDelayedRows;
    --delayed_size_;
    DenseEntry& dense = dense_by_node_[row.node];
    if (dense.tuple == kNoTuple) {
      dense.tuple = static_cast<uint32_t>(pending_entities_.size()) | kPendingTuple;
      pending_entities_.push_back(EntityGroupMap::Key{uint64_t{2} << 32 | row.node, 0});
      pending_counts_.push_back(0);
    }
    if (!(dense.tuple & kPendingTuple)) {  // flushed earlier: its group is known
      accumulators_[dense.tuple].addCounted(row.counted);
      return;
    }
    if (dense.count == UINT32_MAX)
      pending_counts_[dense.tuple & ~kPendingTuple] += std::exchange(dense.count, 0);
    dense.count += row.counted;
  }
  void countDelayed() {
    while (delayed_size_ > 0) countOldestDelayed();
  }

  // The entry of dense_by_node_ for a node key, or nullptr when the key is looked up in
  // by_entity_ (no dense array, a null or a relationship, a node added since).
  DenseEntry* denseEntry(const EntityGroupMap::Key& entities) {
    if (dense_by_node_.empty() || entities.first >> 32 != 2) return nullptr;
    uint32_t node = static_cast<uint32_t>(entities.first);
    return node < dense_by_node_.size() ? &dense_by_node_[node] : nullptr;
  }

  // Counting by one node variable: once by_entity_ holds a sizeable share of the graph's nodes,
  // an array over all nodes costs little more memory than the map and is one access per row
  // instead of a hash probe into a table larger than the caches. Before that, a small
  // aggregation on a large graph does not pay for allocating and filling it.
  void switchToDense() {
    size_t nodes = runtime_.graph.nodeCount();
    if (entity_slots_.size() != 1 || !dense_by_node_.empty() ||
        by_entity_.size() * kDenseShare < nodes)
      return;
    dense_by_node_.assign(nodes, DenseEntry{});
    by_entity_.retain([this](const EntityGroupMap::Key& key, uint32_t group) {
      DenseEntry* dense = denseEntry(key);
      if (dense) dense->tuple = group;
      return dense == nullptr;
    });
  }

  // Turns the entity tuples counted so far into groups (see findCountingByEntity); by_entity_
  // then leads their further rows to those groups (unless no more rows will come).
  void flushEntities(bool more_rows = true) {
    countDelayed();
    if (pending_entities_.empty()) return;
    Row& row = flush_row_;
    row.assign(input_width_, Value());
    size_t width = counted_slots_.size();
    size_t tuples = pending_entities_.size();
    size_t tabled = tuples;  // at most this many tuples will enter the group table
    bool names_read = readNamesInNodeOrder(tabled);
    reserveGroups(tuples, names_read);
    if (names_read) reserveTable(tabled);
    // The tuples are scattered over the graph: reading their keys is a cache miss or two per
    // node (its record, its name's text), so the nodes a few tuples ahead are prefetched (or,
    // with names_read, the group table's slot of the tuple a few ahead).
    const PropertyGraph& graph = runtime_.graph;
    for (size_t tuple = 0; tuple < tuples; ++tuple) {
      if (names_read) {
        // The slot the tuple's hash leads to, and its name, copied when it starts a group.
        if (tuple + kPrefetchDistance < tuples &&
            pending_names_[tuple + kPrefetchDistance].in_place &&
            !pending_names_[tuple + kPrefetchDistance].unshared) {
          __builtin_prefetch(
              &table_[pending_hashes_[tuple + kPrefetchDistance] & (table_.size() - 1)]);
          __builtin_prefetch(pending_names_[tuple + kPrefetchDistance].text.data());
        }
      } else {
        for (size_t ahead : {2 * kPrefetchDistance, kPrefetchDistance})
          if (tuple + ahead < tuples)
            for (uint64_t code :
                 {pending_entities_[tuple + ahead].first, pending_entities_[tuple + ahead].second})
              if (code >> 32 == 2)
                graph.prefetchNode(static_cast<uint32_t>(code), ahead == kPrefetchDistance);
      }
      if (tuple + kPrefetchDistance < tuples)
        if (const DenseEntry* ahead = denseEntry(pending_entities_[tuple + kPrefetchDistance]))
          __builtin_prefetch(ahead, 1);
      const EntityGroupMap::Key& entities = pending_entities_[tuple];
      DenseEntry* dense = denseEntry(entities);
      size_t group;
      const KeyText& name = names_read ? pending_names_[tuple] : KeyText{};
      if (name.unshared && !text_groups_from_rows_) {
        group = addUnsharedGroup(static_cast<uint32_t>(entities.first), entities, row);
      } else if (name.in_place) {                       // nothing to evaluate on the row
        if (key_.size() != 1) key_.assign(1, Value());  // unread: the key is the text
        key_texts_.resize(1);
        key_texts_[0] = name;
        if (name.unshared)  // its name was not read
          graph.nodeNameText(static_cast<uint32_t>(entities.first), key_texts_[0].text);
        group = findKeyedGroup(row, pending_hashes_[tuple], &entities);
      } else {
        setEntities(row, entities);
        group = findGroup(row, &entities);
      }
      for (size_t i = 0; i < width; ++i)
        accumulators_[group * width + i].addCounted(pending_counts_[tuple * width + i]);
      if (dense) {  // the rows counted next to the tuple (see countByEntity)
        accumulators_[group * width].addCounted(std::exchange(dense->count, 0));
        dense->tuple = static_cast<uint32_t>(group);
      } else if (more_rows) {
        by_entity_.assign(entities, static_cast<uint32_t>(group));
      }
    }
    pending_entities_.clear();
    pending_counts_.clear();
  }

  // Grouping by one node's name (`b.name`) with the dense array: reads the name hashes of the
  // pending tuples' nodes (PropertyGraph::nameHash) and the names of those whose name another
  // node shares, in node order, a walk the caches follow, instead of a cache miss or two per
  // tuple in the order the tuples came; their keys (KeyText) and hashes go to pending_names_ and
  // pending_hashes_, by tuple. False (nothing read) for other keys, or when few tuples are
  // pending against the nodes to walk. Lowers `tabled` (the tuples that will look for their
  // group in the table) by the unshared ones.
  bool readNamesInNodeOrder(size_t& tabled) {
    size_t tuples = pending_entities_.size();
    if (!single_node_name_ || dense_by_node_.empty() || tuples * 8 < dense_by_node_.size())
      return false;
    pending_names_.assign(tuples, KeyText{});  // tuples not in the array: evaluated as usual
    pending_hashes_.assign(tuples, 0);
    const PropertyGraph& graph = runtime_.graph;
    for (uint32_t node = 0; node < dense_by_node_.size(); ++node) {
      uint32_t tuple = dense_by_node_[node].tuple;
      if (tuple == kNoTuple || !(tuple & kPendingTuple)) continue;
      tuple &= ~kPendingTuple;
      KeyText& name = pending_names_[tuple];
      // A deleted node's property must fail as the general path fails: evaluated there.
      uint64_t hash = graph.nameHash(node);  // 0: no name kept as a field
      name.in_place = hash != 0 && !graph.nodeDeleted(node);
      if (!name.in_place) continue;
      name.unshared = graph.nameUnshared(node);
      tabled -= name.unshared && !text_groups_from_rows_;
      // The name of an unshared node is not read; the others' names are compared.
      if (!name.unshared) graph.nodeNameText(node, name.text);
      pending_hashes_[tuple] = mixRowHash(1, hash);  // as prepareKey hashes one key (hashText)
    }
    return true;
  }

  // Puts the entities of a tuple (entityKey) into their slots of the row.
  void setEntities(Row& row, const EntityGroupMap::Key& entities) const {
    uint64_t codes[2] = {entities.first, entities.second};
    for (size_t i = 0; i < entity_slots_.size(); ++i) {
      uint32_t index = static_cast<uint32_t>(codes[i]);
      switch (codes[i] >> 32) {
        case 2:
          row[entity_slots_[i]] = NodeRef{index};
          break;
        case 3:
          row[entity_slots_[i]] = EdgeRef{index};
          break;
        default:
          row[entity_slots_[i]] = Value();
      }
    }
  }

  // The row's entity ids when the key is determined by them (see findEntitySlots); false when
  // a slot holds anything else (a map, a path, a number), which takes the general path.
  bool entityKey(const Row& row, EntityGroupMap::Key& key) const {
    if (entity_slots_.empty()) return false;
    uint64_t codes[2] = {0, 0};
    for (size_t i = 0; i < entity_slots_.size(); ++i) {
      const Value& value = row[entity_slots_[i]];
      if (value.is<NodeRef>())
        codes[i] = uint64_t{2} << 32 | value.as<NodeRef>().index;
      else if (value.is<EdgeRef>())
        codes[i] = uint64_t{3} << 32 | value.as<EdgeRef>().index;
      else if (value.isNull())
        codes[i] = uint64_t{1} << 32;
      else
        return false;
    }
    key = EntityGroupMap::Key{codes[0], codes[1]};
    return true;
  }

  const Projection& projection_;
  int slot_count_;
  std::vector<const Expr*> keys_;
  std::vector<int> key_of_item_;  // per item: its index in keys_, -1 for an aggregate
  struct TableSlot {
    size_t hash = 0;
    uint32_t group = 0;  // group number + 1; 0: free
  };
  std::vector<TableSlot> table_;  // open addressing over group_keys_, at most half full
  // Flat arrays, reserved ahead when the number of new groups is known (reserveGroups).
  // keyWidth() keys per group, key k of group g at g * keyWidth() + k: in group_keys_, or, when
  // it was read in place, as copied into text_store_ with its view in kept_texts_ (keptText).
  // Each vector ends after its last entry in use; a null view or value fills the gaps.
  std::vector<Value> group_keys_;
  std::vector<std::string_view> kept_texts_;
  TextStore text_store_;
  std::vector<int> kept_slots_;  // see findKeptSlots
  std::vector<Value> rows_;      // per group the kept slots of its first row...
  // ...or, for a group a tuple of entities began (counting by entity), that tuple, whose
  // entities are the kept slots' values; first == 0 where rows_ holds them. Both vectors end
  // after their last group in use.
  std::vector<EntityGroupMap::Key> kept_tuples_;
  // Groups of unshared names (addUnsharedGroup): per group its node, kNoNode for the others
  // (ends after the last such group); those not yet in the table, in group order.
  static constexpr uint32_t kNoNode = UINT32_MAX;
  std::vector<uint32_t> unshared_nodes_;
  std::vector<uint32_t> unshared_groups_;
  // Groups with text keys that an unshared name might equal are in the table (findGroup,
  // tableUnsharedGroups): no more groups are made without it.
  bool text_groups_from_rows_ = false;
  size_t row_size_ = 0;  // the width of the rows passed on
  size_t group_count_ = 0;
  std::vector<Accumulator> accumulators_;  // aggregates.size() per group
  Row key_;  // findGroup's scratch: the row's key values (null where read in place)
  struct KeyText {
    std::string_view text;  // a node's name in the graph (see nameInPlace)
    bool in_place = false;
    bool unshared = false;  // in place, and no other node has that name (addUnsharedGroup)
  };
  std::vector<KeyText> key_texts_;  // per key of key_
  std::vector<int> entity_slots_;   // empty: group by key values only
  EntityGroupMap by_entity_;
  uint64_t memo_changes_ = 0;  // the graph's changeCount() when by_entity_ was filled
  // Counting by entity (findCountingByEntity): per aggregate the slot count(variable) reads,
  // -1 for count(*); the entity tuples not yet grouped, in the order first seen, and their
  // counts (counted_slots_.size() per tuple). by_entity_ holds a tuple's index with
  // kPendingTuple set until it is flushed, then its group.
  static constexpr uint32_t kPendingTuple = 0x80000000u;
  static constexpr size_t kPrefetchDistance = 8;  // tuples; see flushEntities
  bool counting_by_entity_ = false;
  std::vector<int> counted_slots_;
  std::vector<EntityGroupMap::Key> pending_entities_;
  std::vector<int64_t> pending_counts_;
  size_t input_width_ = 0;
  // Counting by one node variable on a large share of the nodes (see switchToDense): per node
  // what by_entity_ would hold for it (kNoTuple when not seen yet) and, with a single count,
  // that count's rows not yet added to pending_counts_; empty while the map serves.
  std::vector<DenseEntry> dense_by_node_;
  std::array<DelayedRow, kDelayedRows> delayed_{};  // a ring: delayed_size_ from delayed_first_
  size_t delayed_first_ = 0;
  size_t delayed_size_ = 0;
  // The only key is the name of the one entity variable (`b.name`): see readNamesInNodeOrder.
  bool single_node_name_ = false;
  std::vector<KeyText> pending_names_;
  std::vector<size_t> pending_hashes_;
  static constexpr size_t kDenseShare = 16;  // switch when the map holds 1/16 of the nodes
  Row flush_row_;
};

Row projectedValues(const Projection& projection, const Row& row) {
  Row values;
  for (int slot : projection.star_slots) values.push_back(row[slot]);
  for (const ProjectionItem& item : projection.items) values.push_back(row[item.slot]);
  return values;
}

class DistinctOperator : public Operator {
 public:
  DistinctOperator(Runtime& runtime, const Projection& projection)
      : Operator(runtime), projection_(projection) {}
  bool consume(Row& row) override {
    if (!seen_.insert(projectedValues(projection_, row)).second) return true;
    return next_->consume(row);
  }

 private:
  const Projection& projection_;
  std::unordered_set<Row, RowHash, RowEqual> seen_;
};

int64_t countArgument(Runtime& runtime, const Expr* expr);

class SortOperator : public Operator {
 public:
  SortOperator(Runtime& runtime, const Projection& projection)
      : Operator(runtime), projection_(projection) {
    if (projection.limit) {
      keep_ = countArgument(runtime, projection.limit.get());
      if (projection.skip) keep_ += countArgument(runtime, projection.skip.get());
    }
    computed_keys_.resize(projection.order_by.size());
  }
  bool consume(Row& row) override {
    runtime_.tick();
    size_t sequence = sequence_++;
    const auto& order = projection_.order_by;
    for (size_t i = 0; i < order.size(); ++i)
      if (!readInPlace(*order[i].expression))
        computed_keys_[i] = runtime_.eval(*order[i].expression, row);
    // SKIP + LIMIT known: keep the best keep_ rows in a heap whose top is the worst of them, so
    // a row that does not beat it is dropped without copying it (a later row never wins a tie).
    // The comparison reads a variable's value in place: most rows are dropped, and copying their
    // keys (names are strings) was most of the cost.
    bool full = keep_ >= 0 && entries_.size() >= static_cast<size_t>(keep_);
    if (full && (keep_ == 0 || !beatsWorst(row))) return true;
    Row keys;
    keys.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i)
      keys.push_back(readInPlace(*order[i].expression) ? row[order[i].expression->slot]
                                                       : std::move(computed_keys_[i]));
    auto before = [this](const Entry& a, const Entry& b) { return precedes(a, b); };
    if (keep_ < 0) {
      entries_.push_back(Entry{std::move(keys), row, sequence});
    } else if (!full) {
      entries_.push_back(Entry{std::move(keys), row, sequence});
      std::push_heap(entries_.begin(), entries_.end(), before);
    } else {
      std::pop_heap(entries_.begin(), entries_.end(), before);
      entries_.back() = Entry{std::move(keys), row, sequence};
      std::push_heap(entries_.begin(), entries_.end(), before);
    }
    return true;
  }
  void finish() override {
    std::sort(entries_.begin(), entries_.end(),
              [this](const Entry& a, const Entry& b) { return precedes(a, b); });
    for (Entry& entry : entries_)
      if (!next_->consume(entry.row)) break;
    entries_.clear();
    next_->finish();
  }

 private:
  struct Entry {
    Row keys;
    Row row;
    size_t sequence;  // arrival order: equal keys keep it
  };
  // -1, 0 or 1 as keys a sort before, tie with or sort after keys b.
  int compareKeys(const Row& a, const Row& b) const {
    const auto& order = projection_.order_by;
    for (size_t i = 0; i < order.size(); ++i) {
      int c = orderCompare(a[i], b[i]);
      if (c != 0) return order[i].descending ? -c : c;
    }
    return 0;
  }
  // Whether the row's keys (variables read in the row, the others in computed_keys_) sort
  // before those of the worst row kept.
  bool beatsWorst(const Row& row) const {
    const auto& order = projection_.order_by;
    const Row& worst = entries_.front().keys;
    for (size_t i = 0; i < order.size(); ++i) {
      const Expr& expression = *order[i].expression;
      const Value& key = readInPlace(expression) ? row[expression.slot] : computed_keys_[i];
      if (int c = orderCompare(key, worst[i])) return (order[i].descending ? -c : c) < 0;
    }
    return false;
  }
  bool precedes(const Entry& a, const Entry& b) const {
    int c = compareKeys(a.keys, b.keys);
    return c != 0 ? c < 0 : a.sequence < b.sequence;
  }

  static bool readInPlace(const Expr& key) {
    return key.kind == ExprKind::Variable && key.slot >= 0;
  }

  const Projection& projection_;
  std::vector<Entry> entries_;
  Row computed_keys_;  // this row's keys that are not read in place (see readInPlace)
  size_t sequence_ = 0;
  int64_t keep_ = -1;  // SKIP + LIMIT when known: only that many rows need keeping
};

int64_t countArgument(Runtime& runtime, const Expr* expr) {
  Row empty;
  Value value = runtime.eval(*expr, empty);
  if (!value.is<int64_t>())
    throwRuntime("SyntaxError", "InvalidArgumentType", "SKIP and LIMIT need an integer");
  if (value.as<int64_t>() < 0)
    throwRuntime("SyntaxError", "NegativeIntegerArgument",
                 "SKIP and LIMIT need a non-negative integer");
  return value.as<int64_t>();
}

class SkipLimitOperator : public Operator {
 public:
  SkipLimitOperator(Runtime& runtime, const Projection& projection) : Operator(runtime) {
    if (projection.skip) skip_ = countArgument(runtime, projection.skip.get());
    if (projection.limit) limit_ = countArgument(runtime, projection.limit.get());
  }
  bool consume(Row& row) override {
    if (limit_ >= 0 && passed_ >= limit_) return false;
    if (skipped_ < skip_) {
      ++skipped_;
      return true;
    }
    ++passed_;
    bool more = next_->consume(row);
    return more && (limit_ < 0 || passed_ < limit_);
  }

 private:
  int64_t skip_ = 0;
  int64_t limit_ = -1;
  int64_t skipped_ = 0;
  int64_t passed_ = 0;
};

// --- writes -----------------------------------------------------------------------------
ValueMap propertyMap(Runtime& runtime, const Expr* properties, Row& row) {
  if (!properties) return {};
  Value value = runtime.eval(*properties, row);
  if (value.isNull()) return {};
  if (!value.is<ValueMap>())
    throwRuntime("TypeError", "InvalidArgumentType", "properties must be a map");
  ValueMap map;
  for (auto& [key, element] : value.as<ValueMap>())
    if (!element.isNull()) map[key] = element;
  return map;
}

// Collects every input row before writing, so reads never see a half-written graph.
class EagerOperator : public Operator {
 public:
  using Operator::Operator;
  bool consume(Row& row) override {
    rows_.push_back(row);
    return true;
  }
  void finish() override {
    for (Row& row : rows_) apply(row);
    afterApply();
    for (Row& row : rows_)
      if (!next_->consume(row)) break;
    rows_.clear();
    next_->finish();
  }

 protected:
  virtual void apply(Row& row) = 0;
  virtual void afterApply() {}  // every row applied, none passed on yet
  std::vector<Row> rows_;
};

class CreateOperator : public EagerOperator {
 public:
  CreateOperator(Runtime& runtime, const Clause& clause)
      : EagerOperator(runtime), clause_(clause) {}

  void createIn(Row& row) { apply(row); }

 private:
  void apply(Row& row) override {
    PropertyGraph& graph = runtime_.graph;
    QueryResult& result = runtime_.result;
    for (const PatternPart& part : clause_.pattern) {
      for (const NodePattern& node : part.nodes) {
        if (node.reference) {
          if (!row[node.slot].is<NodeRef>())
            throwRuntime("SemanticError", "InvalidArgumentType",
                         "cannot create a relationship to a missing node");
          continue;
        }
        ValueMap properties = propertyMap(runtime_, node.properties.get(), row);
        result.properties_set += static_cast<int64_t>(properties.size());
        uint32_t index = graph.addNode(node.labels, std::move(properties));
        result.created_nodes.push_back(index);
        row[node.slot] = NodeRef{index};
      }
      for (size_t i = 0; i < part.relationships.size(); ++i) {
        const RelPattern& relationship = part.relationships[i];
        const Value& left = row[part.nodes[i].slot];
        const Value& right = row[part.nodes[i + 1].slot];
        if (!left.is<NodeRef>() || !right.is<NodeRef>())
          throwRuntime("SemanticError", "InvalidArgumentType",
                       "cannot create a relationship to a missing node");
        uint32_t source = left.as<NodeRef>().index, target = right.as<NodeRef>().index;
        if (relationship.direction == Direction::Incoming) std::swap(source, target);
        ValueMap properties = propertyMap(runtime_, relationship.properties.get(), row);
        result.properties_set += static_cast<int64_t>(properties.size());
        uint32_t index =
            graph.addEdge(source, target, relationship.types[0], std::move(properties));
        result.created_edges.push_back(index);
        row[relationship.slot] = EdgeRef{index};
      }
      if (part.path_slot >= 0) {
        PathValue path;
        path.nodes.push_back(row[part.nodes[0].slot].as<NodeRef>().index);
        for (size_t i = 0; i < part.relationships.size(); ++i) {
          path.edges.push_back(row[part.relationships[i].slot].as<EdgeRef>().index);
          path.nodes.push_back(row[part.nodes[i + 1].slot].as<NodeRef>().index);
        }
        row[part.path_slot] = std::move(path);
      }
    }
  }

  const Clause& clause_;
};

class SetOperator : public EagerOperator {
 public:
  SetOperator(Runtime& runtime, const Clause& clause) : EagerOperator(runtime), clause_(clause) {}

  void applyItems(const std::vector<SetItem>& items, Row& row);

 private:
  void apply(Row& row) override { applyItems(clause_.set_items, row); }

  void setProperty(const Value& owner, const std::string& key, Value value) {
    PropertyGraph& graph = runtime_.graph;
    if (owner.is<NodeRef>()) {
      graph.setNodeProperty(owner.as<NodeRef>().index, key, std::move(value));
      runtime_.result.changed_nodes.push_back(owner.as<NodeRef>().index);
    } else if (owner.is<EdgeRef>()) {
      graph.setEdgeProperty(owner.as<EdgeRef>().index, key, std::move(value));
      runtime_.result.changed_edges.push_back(owner.as<EdgeRef>().index);
    } else {
      throwRuntime("TypeError", "InvalidArgumentType",
                   "SET needs a node or relationship, got " + typeName(owner));
    }
    ++runtime_.result.properties_set;
  }

  // A property holds a value or a list of values, not a map, a list of maps or nested lists.
  static void rejectUnstorable(const Value& value) {
    bool nested = value.is<ValueList>() &&
                  std::any_of(value.as<ValueList>().begin(), value.as<ValueList>().end(),
                              [](const Value& element) {
                                return element.is<ValueMap>() || element.is<ValueList>();
                              });
    if (value.is<ValueMap>() || nested)
      throwRuntime("TypeError", "InvalidPropertyType",
                   "a property cannot hold a map, a list of maps or a list of lists");
  }

  void applyNow(const std::vector<SetItem>& items, Row& row) {
    PropertyGraph& graph = runtime_.graph;
    for (const SetItem& item : items) {
      if (item.kind == SetItem::Kind::Property) {
        Value owner = runtime_.eval(*item.target->children[0], row);
        if (owner.isNull()) continue;
        Value value = runtime_.eval(*item.value, row);
        rejectUnstorable(value);
        setProperty(owner, item.target->name, std::move(value));
        continue;
      }
      Value owner = runtime_.eval(*item.target, row);
      if (owner.isNull()) continue;
      if (item.kind == SetItem::Kind::Labels) {
        if (!owner.is<NodeRef>())
          throwRuntime("TypeError", "InvalidArgumentType", "only nodes have labels");
        for (const std::string& label : item.labels)
          graph.addLabel(owner.as<NodeRef>().index, label);
        runtime_.result.changed_nodes.push_back(owner.as<NodeRef>().index);
        continue;
      }
      Value source = runtime_.eval(*item.value, row);
      ValueMap map;
      if (source.is<NodeRef>())
        map = graph.nodeProperties(source.as<NodeRef>().index);
      else if (source.is<EdgeRef>())
        map = graph.edgeProperties(source.as<EdgeRef>().index);
      else if (source.is<ValueMap>())
        map = source.as<ValueMap>();
      else if (!source.isNull())
        throwRuntime("TypeError", "InvalidArgumentType", "SET needs a map");
      if (item.kind == SetItem::Kind::ReplaceMap) {
        ValueMap existing = owner.is<NodeRef>()   ? graph.nodeProperties(owner.as<NodeRef>().index)
                            : owner.is<EdgeRef>() ? graph.edgeProperties(owner.as<EdgeRef>().index)
                                                  : ValueMap{};
        for (const auto& [key, value] : existing)
          if (!map.count(key)) setProperty(owner, key, Value());
      }
      for (auto& [key, value] : map) setProperty(owner, key, value);
    }
  }

  const Clause& clause_;
};

void SetOperator::applyItems(const std::vector<SetItem>& items, Row& row) { applyNow(items, row); }

// REMOVE n.key (a relationship's too) and REMOVE n:Label; a null owner is skipped.
class RemoveOperator : public EagerOperator {
 public:
  RemoveOperator(Runtime& runtime, const Clause& clause)
      : EagerOperator(runtime), clause_(clause) {}

 private:
  void apply(Row& row) override {
    PropertyGraph& graph = runtime_.graph;
    QueryResult& result = runtime_.result;
    for (const SetItem& item : clause_.set_items) {
      bool property = item.kind == SetItem::Kind::Property;
      Value owner = runtime_.eval(property ? *item.target->children[0] : *item.target, row);
      if (owner.isNull()) continue;
      if (owner.is<NodeRef>()) {
        uint32_t node = owner.as<NodeRef>().index;
        if (property) {
          if (graph.nodeProperty(node, item.target->name).isNull()) continue;
          graph.setNodeProperty(node, item.target->name, Value());
        } else {
          for (const std::string& label : item.labels) graph.removeLabel(node, label);
        }
        result.changed_nodes.push_back(node);
      } else if (owner.is<EdgeRef>() && property) {
        uint32_t edge = owner.as<EdgeRef>().index;
        if (graph.edgeProperty(edge, item.target->name).isNull()) continue;
        graph.setEdgeProperty(edge, item.target->name, Value());
        result.changed_edges.push_back(edge);
      } else {
        throwRuntime("TypeError", "InvalidArgumentType",
                     std::string(property ? "REMOVE needs a node or relationship, got "
                                          : "only nodes have labels, got ") +
                         typeName(owner));
      }
    }
  }

  const Clause& clause_;
};

// DELETE and DETACH DELETE: collects the nodes, relationships and paths of every row, then
// deletes them at once (DETACH DELETE also every relationship of a deleted node). A node that
// would keep a relationship is an error and nothing is deleted. Null is skipped.
class DeleteOperator : public EagerOperator {
 public:
  DeleteOperator(Runtime& runtime, const Clause& clause)
      : EagerOperator(runtime), clause_(clause) {}

 private:
  void apply(Row& row) override {
    for (const ExprPtr& target : clause_.deleted) collect(runtime_.eval(*target, row));
  }

  void collect(const Value& value) {
    if (value.isNull()) return;
    if (value.is<NodeRef>()) {
      nodes_.push_back(value.as<NodeRef>().index);
    } else if (value.is<EdgeRef>()) {
      edges_.push_back(value.as<EdgeRef>().index);
    } else if (value.is<PathValue>()) {
      const PathValue& path = value.as<PathValue>();
      nodes_.insert(nodes_.end(), path.nodes.begin(), path.nodes.end());
      edges_.insert(edges_.end(), path.edges.begin(), path.edges.end());
    } else {
      throwRuntime("TypeError", "InvalidArgumentType",
                   "DELETE needs a node, relationship or path, got " + typeName(value));
    }
  }

  void afterApply() override {
    PropertyGraph& graph = runtime_.graph;
    auto keepLive = [](std::vector<uint32_t>& items, auto deleted) {
      std::sort(items.begin(), items.end());
      items.erase(std::unique(items.begin(), items.end()), items.end());
      items.erase(std::remove_if(items.begin(), items.end(), deleted), items.end());
    };
    keepLive(nodes_, [&](uint32_t node) { return graph.node(node).deleted; });
    if (clause_.detach)
      for (uint32_t node : nodes_) {
        graph.forEachOutEdge(node, [&](uint32_t edge) { edges_.push_back(edge); });
        graph.forEachInEdge(node, [&](uint32_t edge) { edges_.push_back(edge); });
      }
    keepLive(edges_, [&](uint32_t edge) { return graph.edge(edge).deleted; });
    for (uint32_t node : nodes_) {
      auto kept = [&](uint32_t edge) {
        return !std::binary_search(edges_.begin(), edges_.end(), edge);
      };
      bool connected = false;
      graph.forEachOutEdge(node, [&](uint32_t edge) { connected = connected || kept(edge); });
      graph.forEachInEdge(node, [&](uint32_t edge) { connected = connected || kept(edge); });
      if (connected)
        throwRuntime("ConstraintVerificationFailed", "DeleteConnectedNode",
                     "cannot delete a node that still has relationships (DETACH DELETE deletes "
                     "them too)");
    }
    graph.deleteEdges(edges_);
    graph.deleteNodes(nodes_);
    QueryResult& result = runtime_.result;
    result.deleted_edges.insert(result.deleted_edges.end(), edges_.begin(), edges_.end());
    result.deleted_nodes.insert(result.deleted_nodes.end(), nodes_.begin(), nodes_.end());
    if (clause_.detach)
      result.detached_nodes.insert(result.detached_nodes.end(), nodes_.begin(), nodes_.end());
    nodes_.clear();
    edges_.clear();
  }

  const Clause& clause_;
  std::vector<uint32_t> nodes_, edges_;
};

// Keeps every row it is given (the matches MERGE looks for).
class CollectOperator : public Operator {
 public:
  using Operator::Operator;
  bool consume(Row& row) override {
    rows.push_back(row);
    return true;
  }
  void finish() override {}
  std::vector<Row> rows;
};

// MERGE: per input row, the pattern's matches, or else the pattern created (then ON CREATE
// SET); rows are handled one after the other so later rows see what earlier ones created.
class MergeOperator : public EagerOperator {
 public:
  MergeOperator(Runtime& runtime, const PlanOperator& op)
      : EagerOperator(runtime),
        clause_(*op.clause),
        matcher_(runtime, op.match),
        collector_(runtime),
        creator_(runtime, *op.clause),
        setter_(runtime, *op.clause) {
    matcher_.next_ = &collector_;
  }

  void finish() override {
    std::vector<Row> output;
    for (Row& row : rows_) {
      collector_.rows.clear();
      matcher_.consume(row);
      if (collector_.rows.empty()) {
        rejectNullProperties(row);
        creator_.createIn(row);
        setter_.applyItems(clause_.on_create, row);
        output.push_back(row);
        continue;
      }
      for (Row& matched : collector_.rows) {
        setter_.applyItems(clause_.set_items, matched);
        output.push_back(std::move(matched));
      }
    }
    rows_.clear();
    for (Row& row : output)
      if (!next_->consume(row)) break;
    next_->finish();
  }

 private:
  void apply(Row&) override {}

  // MERGE ({key: null}) can never match what it would create: an error, as in Neo4j.
  void rejectNullProperties(Row& row) {
    auto check = [&](const ExprPtr& properties) {
      if (!properties) return;
      Value map = runtime_.eval(*properties, row);
      if (!map.is<ValueMap>()) return;
      for (const auto& [key, value] : map.as<ValueMap>())
        if (value.isNull())
          throwRuntime("SemanticError", "MergeReadOwnWrites",
                       "cannot merge a pattern whose property `" + key + "` is null");
    };
    for (const NodePattern& node : clause_.pattern[0].nodes) check(node.properties);
    for (const RelPattern& relationship : clause_.pattern[0].relationships)
      check(relationship.properties);
  }

  const Clause& clause_;
  MatchOperator matcher_;
  CollectOperator collector_;
  CreateOperator creator_;
  SetOperator setter_;
};

class ProduceOperator : public Operator {
 public:
  ProduceOperator(Runtime& runtime, const std::vector<int>& slots)
      : Operator(runtime), slots_(slots) {}
  bool consume(Row& row) override {
    if (slots_.empty()) return true;
    QueryResult& result = runtime_.result;
    if (result.rows.size() >= runtime_.options.row_limit)
      throwRuntime(
          "ExecutionError", "RowLimitExceeded",
          "the query returned more than " + std::to_string(runtime_.options.row_limit) + " rows");
    std::vector<Value> values;
    values.reserve(slots_.size());
    for (int slot : slots_) values.push_back(row[slot]);
    result.rows.push_back(std::move(values));
    return true;
  }
  void finish() override {}

 private:
  const std::vector<int>& slots_;
};

// The operator that runs one step of a plan.
std::unique_ptr<Operator> makeOperator(Runtime& runtime, const Plan& plan, const PlanOperator& op) {
  switch (op.kind) {
    case OperatorKind::Match:
      return std::make_unique<MatchOperator>(runtime, op.match);
    case OperatorKind::Unwind:
      return std::make_unique<UnwindOperator>(runtime, *op.clause);
    case OperatorKind::Call:
      return std::make_unique<CallOperator>(runtime, *op.clause);
    case OperatorKind::Project:
      return std::make_unique<ProjectOperator>(runtime, op.items);
    case OperatorKind::Aggregate:
      return std::make_unique<AggregateOperator>(runtime, *op.projection, plan.slot_count);
    case OperatorKind::Distinct:
      return std::make_unique<DistinctOperator>(runtime, *op.projection);
    case OperatorKind::Sort:
      return std::make_unique<SortOperator>(runtime, *op.projection);
    case OperatorKind::SkipLimit:
      return std::make_unique<SkipLimitOperator>(runtime, *op.projection);
    case OperatorKind::Filter:
      return std::make_unique<FilterOperator>(runtime, *op.predicate);
    case OperatorKind::Create:
      return std::make_unique<CreateOperator>(runtime, *op.clause);
    case OperatorKind::Set:
      return std::make_unique<SetOperator>(runtime, *op.clause);
    case OperatorKind::Merge:
      return std::make_unique<MergeOperator>(runtime, op);
    case OperatorKind::Delete:
      return std::make_unique<DeleteOperator>(runtime, *op.clause);
    case OperatorKind::Remove:
      return std::make_unique<RemoveOperator>(runtime, *op.clause);
    case OperatorKind::Produce:
      return std::make_unique<ProduceOperator>(runtime, plan.output_slots);
  }
  return nullptr;
}

// The end of an EXISTS subquery's pipeline: notes that a row arrived and stops the producers.
class ExistsSink : public Operator {
 public:
  using Operator::Operator;
  bool consume(Row&) override {
    found = true;
    return false;
  }
  void finish() override {}
  bool found = false;
};

// Runs an EXISTS subquery from a copy of the current row (its slots continue the outer query's
// numbering) until it yields a first row. Its plan is made once per query.
bool subqueryHasRow(Runtime& runtime, const Statement& subquery, const Row& row) {
  auto it = runtime.subquery_plans.find(&subquery);
  if (it == runtime.subquery_plans.end())
    it = runtime.subquery_plans.emplace(&subquery, planStatement(subquery, runtime.options.hop_cap))
             .first;
  const Plan& plan = it->second;
  std::vector<std::unique_ptr<Operator>> operators;
  for (const PlanOperator& op : plan.operators)
    if (op.kind != OperatorKind::Produce) operators.push_back(makeOperator(runtime, plan, op));
  auto sink = std::make_unique<ExistsSink>(runtime);
  const ExistsSink& result = *sink;
  operators.push_back(std::move(sink));
  for (size_t i = 0; i + 1 < operators.size(); ++i) operators[i]->next_ = operators[i + 1].get();
  Row start = row;
  if (start.size() < static_cast<size_t>(plan.slot_count)) start.resize(plan.slot_count);
  if (operators.front()->consume(start)) operators.front()->finish();
  return result.found;
}

}  // namespace

QueryResult execute(const Plan& plan, PropertyGraph& graph, const QueryOptions& options) {
  QueryResult result;
  result.columns = plan.columns;
  Runtime runtime{graph, options, EvaluationContext{graph, options.parameters, {}, options.hop_cap},
                  result, Clock::now() + std::chrono::milliseconds(options.time_limit_ms)};
  runtime.evaluation.exists_subquery = [&runtime](const Statement& subquery, const Row& row) {
    return subqueryHasRow(runtime, subquery, row);
  };
  std::vector<std::unique_ptr<Operator>> operators;
  for (const PlanOperator& op : plan.operators)
    operators.push_back(makeOperator(runtime, plan, op));
  for (size_t i = 0; i + 1 < operators.size(); ++i) operators[i]->next_ = operators[i + 1].get();
  Row row(plan.slot_count);
  operators.front()->consume(row);
  operators.front()->finish();
  return result;
}

}  // namespace kg::cypher

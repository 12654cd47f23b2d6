// A property value as the graph stores it and the query engine computes with it: null, boolean,
// integer, float, string, list, map, references to a node, a relationship or a path of the
// in-memory PropertyGraph, and the temporal types (graph/temporal.h). Comparison and arithmetic
// rules (Cypher's) live in query/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "graph/temporal.h"

namespace kg {

struct Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

// Index of a node or relationship in a PropertyGraph.
struct NodeRef {
  uint32_t index = 0;
  bool operator==(const NodeRef&) const = default;
};
struct EdgeRef {
  uint32_t index = 0;
  bool operator==(const EdgeRef&) const = default;
};
// A walk: nodes[0] -edges[0]- nodes[1] ... ; nodes.size() == edges.size() + 1.
struct PathValue {
  std::vector<uint32_t> nodes;
  std::vector<uint32_t> edges;
  bool operator==(const PathValue&) const = default;
};

struct Value {
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string, ValueList,
                               ValueMap, NodeRef, EdgeRef, PathValue, Temporal>;
  Storage data;

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data(b) {}
  Value(int v) : data(int64_t{v}) {}
  Value(int64_t v) : data(v) {}
  Value(double v) : data(v) {}
  Value(const char* s) : data(std::string(s)) {}
  Value(std::string s) : data(std::move(s)) {}
  Value(ValueList l) : data(std::move(l)) {}
  Value(ValueMap m) : data(std::move(m)) {}
  Value(NodeRef n) : data(n) {}
  Value(EdgeRef e) : data(e) {}
  Value(PathValue p) : data(std::move(p)) {}
  Value(Temporal t) : data(std::move(t)) {}
  // Storing a node or relationship id into a value that already holds one (a query's row slots,
  // once per row) assigns in place, without a temporary Value and the variant's move visit.
  Value& operator=(NodeRef n) {
    data = n;
    return *this;
  }
  Value& operator=(EdgeRef e) {
    data = e;
    return *this;
  }

  bool isNull() const { return std::holds_alternative<std::monostate>(data); }
  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(data);
  }
  template <typename T>
  const T& as() const {
    return std::get<T>(data);
  }
  template <typename T>
  T& as() {
    return std::get<T>(data);
  }
};

}  // namespace kg

#include "query/procedures.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include "graph/graph_algorithms.h"
#include "graph/temporal.h"
#include "query/errors.h"

namespace kg::cypher {
namespace {

[[noreturn]] void badArgument(const std::string& procedure, const std::string& message) {
  throwRuntime("ArgumentError", "InvalidArgument", procedure + ": " + message);
}

std::string trimmed(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t");
  return std::string(text.substr(begin, end - begin + 1));
}

std::string upperCase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Whether a non-null `value` is of the single type `name` ("INTEGER", "LIST OF STRING", upper
// case, without ?); nullopt for a type this registry does not know.
std::optional<bool> hasType(const std::string& name, const Value& value) {
  if (name == "ANY") return true;
  if (name == "BOOLEAN") return value.is<bool>();
  if (name == "INTEGER") return value.is<int64_t>();
  if (name == "FLOAT" || name == "NUMBER") return value.is<double>() || value.is<int64_t>();
  if (name == "STRING") return value.is<std::string>();
  if (name == "MAP") return value.is<ValueMap>();
  if (name == "NODE") return value.is<NodeRef>();
  if (name == "RELATIONSHIP") return value.is<EdgeRef>();
  if (name == "PATH") return value.is<PathValue>();
  if (name == "LIST") return value.is<ValueList>();
  if (name.rfind("LIST OF ", 0) == 0) {
    std::string element = trimmed(name.substr(8));
    if (!element.empty() && element.back() == '?')
      element = trimmed(element.substr(0, element.size() - 1));
    if (!hasType(element, Value())) return std::nullopt;
    if (!value.is<ValueList>()) return false;
    for (const Value& item : value.as<ValueList>())
      if (!item.isNull() && !*hasType(element, item)) return false;
    return true;
  }
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::optional<TemporalType> type = temporalTypeNamed(lower))
    return value.is<Temporal>() && value.as<Temporal>().type == *type;
  return std::nullopt;
}

// "NODE|STRING?" -> {"NODE", "STRING"}, nullable.
std::vector<std::string> typeAlternatives(std::string_view type, bool& nullable) {
  std::string text = upperCase(trimmed(type));
  nullable = !text.empty() && text.back() == '?';
  if (nullable) text.pop_back();
  std::vector<std::string> alternatives;
  size_t begin = 0;
  for (size_t bar = text.find('|');; bar = text.find('|', begin)) {
    alternatives.push_back(trimmed(std::string_view(text).substr(begin, bar - begin)));
    if (bar == std::string::npos) break;
    begin = bar + 1;
  }
  return alternatives;
}

// Reads "ns.name(arg :: TYPE, ...) :: (column :: TYPE, ...)" into a definition.
class SignatureReader {
 public:
  explicit SignatureReader(std::string_view text) : text_(text) {}

  ProcedureDefinition read() {
    ProcedureDefinition definition;
    definition.signature = trimmed(text_);
    definition.name = name();
    while (accept(".")) definition.name += "." + name();
    definition.arguments = fields();
    if (accept("::")) definition.outputs = fields();
    skipSpace();
    if (at_ != text_.size()) fail("unexpected '" + std::string(text_.substr(at_)) + "'");
    return definition;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw std::invalid_argument("procedure signature '" + std::string(text_) + "': " + message);
  }
  void skipSpace() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  bool accept(std::string_view symbol) {
    skipSpace();
    if (text_.substr(at_, symbol.size()) != symbol) return false;
    at_ += symbol.size();
    return true;
  }
  std::string name() {
    skipSpace();
    size_t begin = at_;
    while (at_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_'))
      ++at_;
    if (at_ == begin) fail("expected a name at column " + std::to_string(at_ + 1));
    return std::string(text_.substr(begin, at_ - begin));
  }
  // ( [name :: TYPE {, name :: TYPE}] )
  std::vector<ProcedureField> fields() {
    if (!accept("(")) fail("expected '(' at column " + std::to_string(at_ + 1));
    std::vector<ProcedureField> fields;
    if (accept(")")) return fields;
    do {
      ProcedureField field;
      field.name = name();
      if (!accept("::")) fail("expected ':: TYPE' after " + field.name);
      size_t end = text_.find_first_of(",)", at_);
      if (end == std::string_view::npos) fail("expected ')'");
      field.type = trimmed(text_.substr(at_, end - at_));
      at_ = end;
      bool nullable = false;
      for (const std::string& type : typeAlternatives(field.type, nullable))
        if (!hasType(type, Value())) fail("unknown type '" + type + "'");
      for (const ProcedureField& other : fields)
        if (other.name == field.name) fail("'" + field.name + "' appears twice");
      fields.push_back(std::move(field));
    } while (accept(","));
    if (!accept(")")) fail("expected ')' at column " + std::to_string(at_ + 1));
    return fields;
  }

  std::string_view text_;
  size_t at_ = 0;
};

ProcedureDefinition define(const std::string& signature, const std::string& description,
                           size_t required_arguments, ProcedureFunction run) {
  ProcedureDefinition definition = SignatureReader(signature).read();
  definition.description = description;
  definition.required_arguments = required_arguments;
  definition.run = std::move(run);
  return definition;
}

// The configuration map every algo.* procedure takes, read with the keys it knows; an unknown
// key is an error (a misspelt option must not be ignored).
class Config {
 public:
  Config(const std::string& procedure, const std::vector<Value>& arguments, size_t position,
         std::vector<std::string> known)
      : procedure_(procedure), known_(std::move(known)) {
    if (position >= arguments.size() || arguments[position].isNull()) return;
    if (!arguments[position].is<ValueMap>())
      badArgument(procedure_,
                  "the configuration must be a map, such as {relationships: ['accused']}");
    map_ = arguments[position].as<ValueMap>();
    for (const auto& [key, value] : map_)
      if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
        std::string keys;
        for (const std::string& name : known_) keys += (keys.empty() ? "" : ", ") + name;
        badArgument(procedure_, "unknown configuration key '" + key + "' (known: " + keys + ")");
      }
  }
  double number(const std::string& key, double fallback) const {
    auto it = map_.find(key);
    if (it == map_.end() || it->second.isNull()) return fallback;
    if (it->second.is<int64_t>()) return static_cast<double>(it->second.as<int64_t>());
    if (it->second.is<double>()) return it->second.as<double>();
    badArgument(procedure_, "'" + key + "' must be a number");
  }
  // A whole number in [low, high]; a float is accepted when it is whole.
  int64_t integer(const std::string& key, int64_t fallback, int64_t low, int64_t high) const {
    double value = number(key, static_cast<double>(fallback));
    if (!(value >= static_cast<double>(low) && value <= static_cast<double>(high)) ||
        value != std::floor(value))
      badArgument(procedure_, "'" + key + "' must be a whole number from " + std::to_string(low) +
                                  " to " + std::to_string(high));
    return static_cast<int64_t>(value);
  }
  bool flag(const std::string& key, bool fallback) const {
    auto it = map_.find(key);
    if (it == map_.end() || it->second.isNull()) return fallback;
    if (!it->second.is<bool>()) badArgument(procedure_, "'" + key + "' must be true or false");
    return it->second.as<bool>();
  }
  std::string text(const std::string& key) const {
    auto it = map_.find(key);
    if (it == map_.end() || it->second.isNull()) return "";
    if (!it->second.is<std::string>()) badArgument(procedure_, "'" + key + "' must be a string");
    return it->second.as<std::string>();
  }
  // relationships: a type name or a list of them.
  EdgeScope scope(bool one_edge_per_pair) const {
    EdgeScope scope;
    scope.one_edge_per_pair = one_edge_per_pair;
    auto it = map_.find("relationships");
    if (it == map_.end() || it->second.isNull()) return scope;
    if (it->second.is<std::string>()) {
      scope.relationships.push_back(it->second.as<std::string>());
    } else if (it->second.is<ValueList>()) {
      for (const Value& name : it->second.as<ValueList>()) {
        if (!name.is<std::string>())
          badArgument(procedure_, "'relationships' must list relationship type names");
        scope.relationships.push_back(name.as<std::string>());
      }
    } else {
      badArgument(procedure_, "'relationships' must be a type name or a list of them");
    }
    return scope;
  }

 private:
  std::string procedure_;
  std::vector<std::string> known_;
  ValueMap map_;
};

std::vector<std::vector<Value>> scoreRows(const std::vector<double>& scores) {
  std::vector<std::vector<Value>> rows;
  rows.reserve(scores.size());
  for (uint32_t node = 0; node < scores.size(); ++node)
    rows.push_back({Value(NodeRef{node}), Value(scores[node])});
  return rows;
}

std::vector<std::vector<Value>> componentRows(const std::vector<uint32_t>& components) {
  std::vector<std::vector<Value>> rows;
  rows.reserve(components.size());
  for (uint32_t node = 0; node < components.size(); ++node)
    rows.push_back({Value(NodeRef{node}), Value(static_cast<int64_t>(components[node]))});
  return rows;
}

// A node argument: a node, or a name or alias that finds exactly one node.
uint32_t nodeArgument(const std::string& procedure, const PropertyGraph& graph, const Value& value,
                      const char* what) {
  if (value.is<NodeRef>()) return value.as<NodeRef>().index;
  if (value.is<std::string>()) {
    std::vector<uint32_t> found = graph.findByName(value.as<std::string>());
    if (found.size() == 1) return found[0];
    badArgument(procedure, std::string(what) + " '" + value.as<std::string>() + "' " +
                               (found.empty() ? "names no node" : "names several nodes"));
  }
  badArgument(procedure, std::string(what) + " must be a node or a name");
}

std::vector<ProcedureDefinition> build() {
  std::vector<ProcedureDefinition> all;
  all.push_back(define(
      "algo.pageRank(config :: MAP?) :: (node :: NODE, score :: FLOAT)",
      "PageRank (Boost.Graph; scores sum to 1, as NetworkX's). config: relationships, "
      "dampingFactor (0.85), maxIterations (1000), tolerance (1e-10: the largest change of a "
      "score between iterations)",
      0, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
        Config config("algo.pageRank", arguments, 0,
                      {"relationships", "dampingFactor", "maxIterations", "tolerance"});
        double damping = config.number("dampingFactor", 0.85);
        if (!(damping >= 0 && damping < 1))
          badArgument("algo.pageRank", "'dampingFactor' must be in [0, 1)");
        EdgeSelection selection(graph, config.scope(true));
        double tolerance = config.number("tolerance", 1e-10);
        if (!(tolerance >= 0 && tolerance < 1))
          badArgument("algo.pageRank", "'tolerance' must be in [0, 1)");
        int iterations = static_cast<int>(config.integer("maxIterations", 1000, 1, 1'000'000));
        return scoreRows(pageRank(selection, damping, tolerance, iterations));
      }));
  all.push_back(
      define("algo.betweenness(config :: MAP?) :: (node :: NODE, score :: FLOAT)",
             "betweenness centrality (Brandes, Boost.Graph) over directed shortest paths. config: "
             "relationships, normalized (false; true divides by (n-1)(n-2))",
             0, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
               Config config("algo.betweenness", arguments, 0, {"relationships", "normalized"});
               EdgeSelection selection(graph, config.scope(true));
               return scoreRows(betweenness(selection, config.flag("normalized", false)));
             }));
  all.push_back(define(
      "algo.wcc(config :: MAP?) :: (node :: NODE, componentId :: INTEGER)",
      "weakly connected components (edges read both ways); the id is the component's smallest "
      "node id. config: relationships",
      0, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
        Config config("algo.wcc", arguments, 0, {"relationships"});
        EdgeSelection selection(graph, config.scope(false));
        return componentRows(weaklyConnectedComponents(selection));
      }));
  all.push_back(
      define("algo.scc(config :: MAP?) :: (node :: NODE, componentId :: INTEGER)",
             "strongly connected components (Tarjan, Boost.Graph); the id is the component's "
             "smallest node id. config: relationships",
             0, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
               Config config("algo.scc", arguments, 0, {"relationships"});
               EdgeSelection selection(graph, config.scope(false));
               return componentRows(stronglyConnectedComponents(selection));
             }));
  all.push_back(define(
      "algo.degree(config :: MAP?) :: (node :: NODE, outDegree :: INTEGER, inDegree :: "
      "INTEGER, score :: INTEGER)",
      "degree centrality: relationships out of, into and at each node (parallel ones count). "
      "config: relationships",
      0, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
        Config config("algo.degree", arguments, 0, {"relationships"});
        EdgeSelection selection(graph, config.scope(false));
        std::vector<std::vector<Value>> rows;
        for (uint32_t node = 0; node < num_vertices(selection); ++node) {
          auto out = static_cast<int64_t>(out_degree(node, selection));
          auto in = static_cast<int64_t>(in_degree(node, selection));
          rows.push_back({Value(NodeRef{node}), Value(out), Value(in), Value(out + in)});
        }
        return rows;
      }));
  all.push_back(define(
      "algo.dijkstra(source :: NODE|STRING, config :: MAP?) :: (node :: NODE, cost :: FLOAT, "
      "path :: PATH)",
      "shortest paths from a node (Dijkstra, Boost.Graph) along relationship directions, one "
      "row per reachable node. config: relationships, weight (a numeric relationship "
      "property such as 'mentions' or 'confidence'; 1 per hop when absent), target (a node "
      "or name: only its row)",
      1, [](const PropertyGraph& graph, const std::vector<Value>& arguments) {
        const std::string name = "algo.dijkstra";
        uint32_t source = nodeArgument(name, graph, arguments[0], "the source");
        Config config(name, arguments, 1, {"relationships", "weight", "target"});
        EdgeSelection selection(graph, config.scope(false));
        std::vector<double> costs;
        try {
          costs = edgeCosts(selection, config.text("weight"));
        } catch (const std::invalid_argument& error) {
          badArgument(name, error.what());
        }
        ShortestPaths paths = dijkstra(selection, source, costs);
        std::vector<std::vector<Value>> rows;
        auto row = [&](uint32_t node) {
          PathValue path;
          for (uint32_t at = node; at != source;) {
            uint32_t edge = paths.predecessor_edge[at];
            path.edges.push_back(edge);
            path.nodes.push_back(at);
            at = graph.edge(edge).source;
          }
          path.nodes.push_back(source);
          std::reverse(path.nodes.begin(), path.nodes.end());
          std::reverse(path.edges.begin(), path.edges.end());
          rows.push_back({Value(NodeRef{node}), Value(paths.distance[node]), Value(path)});
        };
        Value target = Value();
        {
          ValueMap map = arguments.size() > 1 && arguments[1].is<ValueMap>()
                             ? arguments[1].as<ValueMap>()
                             : ValueMap{};
          if (auto it = map.find("target"); it != map.end()) target = it->second;
        }
        if (!target.isNull()) {
          uint32_t node = nodeArgument(name, graph, target, "the target");
          if (std::isfinite(paths.distance[node])) row(node);
          return rows;
        }
        for (uint32_t node = 0; node < paths.distance.size(); ++node)
          if (std::isfinite(paths.distance[node])) row(node);
        return rows;
      }));
  all.push_back(define(
      "kg.procedures() :: (name :: STRING, signature :: STRING, description :: STRING)",
      "lists the procedures CALL can run", 0, [](const PropertyGraph&, const std::vector<Value>&) {
        std::vector<std::vector<Value>> rows;
        for (const ProcedureDefinition& procedure : procedures())
          rows.push_back(
              {Value(procedure.name), Value(procedure.signature), Value(procedure.description)});
        return rows;
      }));
  std::sort(all.begin(), all.end(), [](const ProcedureDefinition& a, const ProcedureDefinition& b) {
    return a.name < b.name;
  });
  return all;
}

bool sameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// The one registry: the built-in procedures, then those registered at run time, kept in name
// order. Definitions are shared so that a query keeps the one it bound.
class Registry {
 public:
  static Registry& instance() {
    static Registry registry;
    return registry;
  }
  std::vector<ProcedureDefinition> all() const {
    std::lock_guard lock(mutex_);
    std::vector<ProcedureDefinition> copies;
    for (const auto& procedure : procedures_) copies.push_back(*procedure);
    return copies;
  }
  std::shared_ptr<const ProcedureDefinition> find(std::string_view name) const {
    std::lock_guard lock(mutex_);
    for (const auto& procedure : procedures_)
      if (sameName(procedure->name, name)) return procedure;
    return nullptr;
  }
  std::shared_ptr<const ProcedureDefinition> add(ProcedureDefinition definition) {
    std::lock_guard lock(mutex_);
    for (const auto& procedure : procedures_)
      if (sameName(procedure->name, definition.name))
        throw std::invalid_argument("there is already a procedure " + procedure->name);
    auto at = std::upper_bound(
        procedures_.begin(), procedures_.end(), definition.name,
        [](const std::string& name, const auto& procedure) { return name < procedure->name; });
    auto procedure = std::make_shared<const ProcedureDefinition>(std::move(definition));
    procedures_.insert(at, procedure);
    return procedure;
  }
  bool remove(std::string_view name) {
    std::lock_guard lock(mutex_);
    for (auto it = procedures_.begin(); it != procedures_.end(); ++it)
      if (sameName((*it)->name, name)) {
        if (built_in_.count((*it)->name)) return false;
        procedures_.erase(it);
        return true;
      }
    return false;
  }

 private:
  Registry() {
    for (ProcedureDefinition& definition : build()) {
      built_in_.insert(definition.name);
      procedures_.push_back(std::make_shared<const ProcedureDefinition>(std::move(definition)));
    }
  }
  mutable std::mutex mutex_;
  std::vector<std::shared_ptr<const ProcedureDefinition>> procedures_;
  std::set<std::string> built_in_;
};

}  // namespace

std::vector<ProcedureDefinition> procedures() { return Registry::instance().all(); }

std::shared_ptr<const ProcedureDefinition> findProcedure(std::string_view name) {
  return Registry::instance().find(name);
}

std::shared_ptr<const ProcedureDefinition> registerProcedure(const std::string& signature,
                                                             const std::string& description,
                                                             ProcedureFunction run) {
  if (!run) throw std::invalid_argument("procedure " + signature + " has no code");
  ProcedureDefinition definition = SignatureReader(signature).read();
  size_t arguments = definition.arguments.size();
  return Registry::instance().add(define(signature, description, arguments, std::move(run)));
}

bool unregisterProcedure(std::string_view name) { return Registry::instance().remove(name); }

bool acceptProcedureArgument(std::string_view type, Value& value) {
  bool nullable = false;
  std::vector<std::string> alternatives = typeAlternatives(type, nullable);
  if (value.isNull()) return nullable;
  for (const std::string& alternative : alternatives) {
    if (!hasType(alternative, value).value_or(false)) continue;
    if (alternative == "FLOAT" && value.is<int64_t>())
      value = Value(static_cast<double>(value.as<int64_t>()));
    return true;
  }
  return false;
}

}  // namespace kg::cypher

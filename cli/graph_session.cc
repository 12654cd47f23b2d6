#include "cli/graph_session.h"

#include <chrono>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "graph/graph_store.h"
#include "graph/value_json.h"

namespace kg::cli {
namespace {

std::string_view trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

}  // namespace

Value parseParameterValue(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
    std::string inner;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      char c = text[i];
      if ((c == '\\' || c == '\'') && i + 2 < text.size() && text[i + 1] == '\'') {
        inner += '\'';
        ++i;
      } else {
        inner += c;
      }
    }
    return inner;
  }
  if (!text.empty()) {
    try {
      return fromJson(text);
    } catch (const std::exception&) {
      // Not JSON: the text itself.
    }
  }
  return std::string(text);
}

GraphSession::GraphSession(std::string database_path, bool all_statuses)
    : database_path_(std::move(database_path)),
      all_statuses_(all_statuses),
      graph_(std::make_shared<PropertyGraph>()) {}

bool GraphSession::databaseExists() const {
  std::error_code error;
  return std::filesystem::exists(database_path_, error);
}

void GraphSession::load() {
  if (!databaseExists()) {
    graph_ = std::make_shared<PropertyGraph>();
    hidden_edges_ = 0;
    return;
  }
  // Queries read few evidence sentences, if any; a window loads from the tables.
  GraphStore::LoadOptions options = GraphStore::LoadOptions::queryView(all_statuses_);
  options.hidden_edges = &hidden_edges_;
  options.window_from = window_from_;
  options.window_to = window_to_;
  graph_ = std::make_shared<PropertyGraph>(
      GraphStore(database_path_, GraphStore::Mode::ReadOnly).load(options));
}

void GraphSession::setWindow(const std::string& from, const std::string& to) {
  window_from_ = from;
  window_to_ = to;
  load();
}

void GraphSession::setAllStatuses(bool all) {
  if (all == all_statuses_) return;
  all_statuses_ = all;
  load();
}

std::string describeWrites(const QueryResult& result) {
  auto counted = [](size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
  };
  auto pair = [&](size_t nodes, size_t edges) {
    return counted(nodes, "node", "nodes") + ", " + counted(edges, "relationship", "relationships");
  };
  auto distinct = [](const std::vector<uint32_t>& items) {
    return std::set<uint32_t>(items.begin(), items.end());
  };
  std::set<uint32_t> deleted_nodes = distinct(result.deleted_nodes);
  std::set<uint32_t> deleted_edges = distinct(result.deleted_edges);
  std::set<uint32_t> new_nodes = distinct(result.created_nodes);
  std::set<uint32_t> new_edges = distinct(result.created_edges);
  size_t changed_nodes = 0, changed_edges = 0;
  for (uint32_t n : distinct(result.changed_nodes))
    changed_nodes += !deleted_nodes.count(n) && !new_nodes.count(n);
  for (uint32_t e : distinct(result.changed_edges))
    changed_edges += !deleted_edges.count(e) && !new_edges.count(e);
  bool deleted = !deleted_nodes.empty() || !deleted_edges.empty();
  bool changed = changed_nodes > 0 || changed_edges > 0;
  std::string text;
  if ((new_nodes.empty() && new_edges.empty()) && (deleted || changed)) {
    if (deleted) text = "Deleted " + pair(deleted_nodes.size(), deleted_edges.size());
    if (changed) text += (deleted ? "; changed " : "Changed ") + pair(changed_nodes, changed_edges);
    return text;
  }
  text = "Created " + pair(new_nodes.size(), new_edges.size());
  if (deleted) text += "; deleted " + pair(deleted_nodes.size(), deleted_edges.size());
  if (changed) text += "; changed " + pair(changed_nodes, changed_edges);
  return text;
}

bool GraphSession::Outcome::wrote() const {
  return !result.created_nodes.empty() || !result.created_edges.empty() ||
         !result.deleted_nodes.empty() || !result.deleted_edges.empty() ||
         !result.changed_nodes.empty() || !result.changed_edges.empty();
}

GraphSession::Outcome GraphSession::run(std::string_view text, const QueryOptions& options) {
  Outcome outcome;
  uint64_t changes_before = graph_->changeCount();
  auto start = std::chrono::steady_clock::now();
  try {
    outcome.result = runQuery(*graph_, text, options);
  } catch (...) {
    // A statement that failed half-way may have changed the graph: read it again.
    if (graph_->changeCount() != changes_before) load();
    throw;
  }
  outcome.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  outcome.graph = graph_;
  if (outcome.wrote()) {
    try {
      persistWrites(*graph_, outcome.result);
    } catch (...) {
      load();
      throw;
    }
    outcome.persisted = true;
    load();  // new elements get their store ids; deleted ones are gone
  }
  return outcome;
}

void GraphSession::persistWrites(const PropertyGraph& graph, const QueryResult& result) {
  GraphStore store(database_path_, GraphStore::Mode::ReadWrite);
  store.begin();
  try {
    // Created elements are written as they are now (after any SET); an element created and
    // deleted by the same statement is not written at all.
    std::unordered_map<uint32_t, int64_t> new_ids;
    for (uint32_t n : result.created_nodes) {
      const PropertyGraph::Node& node = graph.node(n);
      if (node.deleted) continue;
      new_ids[n] = store.createNode(graph.nodeLabels(n), graph.nodeProperties(n));
    }
    auto storeId = [&](uint32_t n) -> int64_t {
      if (graph.node(n).store_id >= 0) return graph.node(n).store_id;
      auto it = new_ids.find(n);
      if (it == new_ids.end())
        throw StoreError(database_path_ +
                         ": a created relationship ends at a node that is not "
                         "stored");
      return it->second;
    };
    for (uint32_t e : result.created_edges) {
      const PropertyGraph::Edge& edge = graph.edge(e);
      if (edge.deleted) continue;
      store.createEdge(storeId(edge.source), storeId(edge.target), graph.edgeType(e),
                       graph.edgeProperties(e));
    }
    // Stored elements: deleted (edges first, then nodes), or changed by SET or REMOVE.
    for (uint32_t e : std::set<uint32_t>(result.deleted_edges.begin(), result.deleted_edges.end()))
      if (graph.edge(e).store_id >= 0) store.deleteEdge(graph.edge(e).store_id);
    std::set<uint32_t> detached(result.detached_nodes.begin(), result.detached_nodes.end());
    for (uint32_t n : std::set<uint32_t>(result.deleted_nodes.begin(), result.deleted_nodes.end()))
      if (graph.node(n).store_id >= 0) store.deleteNode(graph.node(n).store_id, detached.count(n));
    for (uint32_t n :
         std::set<uint32_t>(result.changed_nodes.begin(), result.changed_nodes.end())) {
      const PropertyGraph::Node& node = graph.node(n);
      if (node.store_id >= 0 && !node.deleted)
        store.updateNode(node.store_id, graph.nodeLabels(n), graph.nodeProperties(n));
    }
    for (uint32_t e :
         std::set<uint32_t>(result.changed_edges.begin(), result.changed_edges.end())) {
      const PropertyGraph::Edge& edge = graph.edge(e);
      if (edge.store_id >= 0 && !edge.deleted)
        store.updateEdge(edge.store_id, graph.edgeProperties(e));
    }
    store.commit();
  } catch (...) {
    store.rollback();
    throw;
  }
}

}  // namespace kg::cli

#include "cli/graph_session.h"

#include <chrono>
#include <filesystem>
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
  GraphStore::LoadOptions options;
  options.asserted_only = !all_statuses_;
  options.hidden_edges = &hidden_edges_;
  options.lazy_evidence = true;  // queries read few evidence sentences, if any
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

GraphSession::Outcome GraphSession::run(std::string_view text, const QueryOptions& options) {
  Outcome outcome;
  size_t nodes_before = graph_->nodeCount(), edges_before = graph_->edgeCount();
  auto start = std::chrono::steady_clock::now();
  try {
    outcome.result = runQuery(*graph_, text, options);
  } catch (...) {
    // A statement that failed half-way may have added to the graph: read it again.
    if (graph_->nodeCount() != nodes_before || graph_->edgeCount() != edges_before) load();
    throw;
  }
  outcome.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  outcome.graph = graph_;
  if (!outcome.result.created_nodes.empty() || !outcome.result.created_edges.empty()) {
    try {
      persistCreated(*graph_, outcome.result);
    } catch (...) {
      load();
      throw;
    }
    outcome.persisted = true;
    load();  // the new elements get their store ids
  }
  return outcome;
}

void GraphSession::persistCreated(const PropertyGraph& graph, const QueryResult& result) {
  GraphStore store(database_path_, GraphStore::Mode::ReadWrite);
  store.begin();
  try {
    std::unordered_map<uint32_t, int64_t> new_ids;
    for (uint32_t n : result.created_nodes) {
      const PropertyGraph::Node& node = graph.node(n);
      new_ids[n] = store.createNode(node.labels, graph.nodeProperties(n));
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
      store.createEdge(storeId(edge.source), storeId(edge.target), graph.edgeType(e),
                       graph.edgeProperties(e));
    }
    store.commit();
  } catch (...) {
    store.rollback();
    throw;
  }
}

}  // namespace kg::cli

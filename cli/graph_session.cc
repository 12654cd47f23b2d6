#include "cli/graph_session.h"

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>

#include "graph/graph_store.h"
#include "graph/value_json.h"

namespace kg::cli {
namespace {

bool isNewsField(const std::string& key) {
  return key == "status" || key == "mentions" || key == "confidence" || key == "evidence";
}

std::string_view trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

// The whole graph of a store, read in place.
struct StoredGraph {
  explicit StoredGraph(const std::string& path)
      : graph(GraphStore(path, GraphStore::Mode::ReadOnly).load()) {}
  PropertyGraph graph;
};

bool isAsserted(const PropertyGraph& graph, uint32_t edge) {
  if (graph.edge(edge).news) return graph.edge(edge).status == EdgeStatus::Asserted;
  Value status = graph.edgeProperty(edge, "status");
  return status.isNull() || (status.is<std::string>() && status.as<std::string>() == "asserted");
}

size_t countUnassertedEdges(const PropertyGraph& graph) {
  size_t count = 0;
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) count += isAsserted(graph, e) ? 0 : 1;
  return count;
}

}  // namespace

void copyAssertedEdges(const PropertyGraph& graph, PropertyGraph& view) {
  view.reserve(graph.nodeCount(), graph.edgeCount());
  for (uint32_t n = 0; n < graph.nodeCount(); ++n) {
    const PropertyGraph::Node& node = graph.node(n);
    view.addNode(node.labels, graph.nodeProperties(n), node.store_id);
  }
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
    if (!isAsserted(graph, e)) continue;
    const PropertyGraph::Edge& edge = graph.edge(e);
    if (!edge.news) {
      view.addEdge(edge.source, edge.target, graph.edgeType(e), graph.edgeProperties(e),
                   edge.store_id);
      continue;
    }
    std::vector<Evidence> evidence;
    evidence.reserve(edge.mentions);
    for (uint32_t i = 0; i < edge.mentions; ++i) {
      EvidenceView item = graph.evidence(e, i);
      evidence.push_back(
          Evidence{std::string(item.article), std::string(item.sentence), item.start, item.end});
    }
    uint32_t copy = view.addNewsEdge(edge.source, edge.target, graph.edgeType(e), edge.status,
                                     edge.confidence, evidence, edge.store_id);
    for (auto& [key, value] : graph.edgeProperties(e))
      if (!isNewsField(key)) view.setEdgeProperty(copy, key, value);
  }
}

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
  // PropertyGraph is built in place: moving one would copy its Boost topology.
  auto stored = std::make_shared<StoredGraph>(database_path_);
  if (all_statuses_) {
    hidden_edges_ = 0;
    graph_ = std::shared_ptr<PropertyGraph>(stored, &stored->graph);
    return;
  }
  if (countUnassertedEdges(stored->graph) == 0) {  // nothing to hide: no copy
    hidden_edges_ = 0;
    graph_ = std::shared_ptr<PropertyGraph>(stored, &stored->graph);
    return;
  }
  auto view = std::make_shared<PropertyGraph>();
  copyAssertedEdges(stored->graph, *view);
  hidden_edges_ = stored->graph.edgeCount() - view->edgeCount();
  graph_ = std::move(view);
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

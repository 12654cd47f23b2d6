#include "graph/property_graph.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <set>

#include "graph/name_key.h"

namespace kg {
namespace {

const std::vector<uint32_t> kNoNodes;

// The double a user wrote when the float was stored: 0.9f reads back as 0.9, not
// 0.8999999761581421, so `r.confidence >= 0.9` finds what was stored as 0.9.
double floatAsDecimal(float value) {
  char text[32];
  auto result = std::to_chars(text, text + sizeof text, value);
  return std::strtod(std::string(text, result.ptr).c_str(), nullptr);
}

// The names a node answers to: its `name` and every string in `aliases`.
template <typename Visit>
void forEachName(const ValueMap& properties, Visit&& visit) {
  if (auto it = properties.find("name"); it != properties.end() && it->second.is<std::string>())
    visit(it->second.as<std::string>());
  if (auto it = properties.find("aliases"); it != properties.end() && it->second.is<ValueList>())
    for (const Value& alias : it->second.as<ValueList>())
      if (alias.is<std::string>()) visit(alias.as<std::string>());
}

}  // namespace

uint32_t PropertyGraph::addNode(std::vector<std::string> labels, ValueMap properties,
                                int64_t store_id) {
  uint32_t index = static_cast<uint32_t>(boost::add_vertex(topology_));
  nodes_.push_back(Node{store_id, std::move(labels), std::move(properties)});
  indexNames(index);
  return index;
}

uint32_t PropertyGraph::internType(std::string_view type) {
  auto it = relation_type_index_.find(std::string(type));
  if (it != relation_type_index_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(relation_types_.size());
  relation_types_.emplace_back(type);
  relation_type_index_.emplace(std::string(type), id);
  return id;
}

uint32_t PropertyGraph::addEdge(uint32_t source, uint32_t target, std::string_view type,
                                ValueMap properties, int64_t store_id) {
  uint32_t index = static_cast<uint32_t>(edges_.size());
  Edge edge;
  edge.store_id = store_id;
  edge.source = source;
  edge.target = target;
  edge.type = internType(type);
  if (!properties.empty()) {
    edge.extra = static_cast<int32_t>(extra_.size());
    extra_.push_back(std::move(properties));
  }
  edges_.push_back(edge);
  boost::add_edge(source, target, index, topology_);
  return index;
}

uint32_t PropertyGraph::addNewsEdge(uint32_t source, uint32_t target, std::string_view type,
                                    EdgeStatus status, double confidence,
                                    std::vector<Evidence> evidence, int64_t store_id) {
  uint32_t index = addEdge(source, target, type, {}, store_id);
  Edge& edge = edges_[index];
  edge.news = true;
  edge.status = status;
  edge.confidence = static_cast<float>(confidence);
  edge.mentions = static_cast<uint32_t>(evidence.size());
  edge.evidence_first = static_cast<uint32_t>(evidence_.size());
  for (Evidence& item : evidence) evidence_.push_back(std::move(item));
  return index;
}

void PropertyGraph::setNodeProperty(uint32_t node, const std::string& key, Value value) {
  bool named = key == "name" || key == "aliases";
  if (named) unindexNames(node);
  if (value.isNull())
    nodes_[node].properties.erase(key);
  else
    nodes_[node].properties[key] = std::move(value);
  if (named) indexNames(node);
}

void PropertyGraph::setEdgeProperty(uint32_t edge_index, const std::string& key, Value value) {
  Edge& edge = edges_[edge_index];
  if (edge.news) {  // well-known fields first
    if (key == "status" && value.is<std::string>()) {
      if (auto status = parseEdgeStatus(value.as<std::string>())) {
        edge.status = *status;
        return;
      }
    } else if (key == "confidence" && (value.is<double>() || value.is<int64_t>())) {
      edge.confidence =
          static_cast<float>(value.is<double>() ? value.as<double>() : double(value.as<int64_t>()));
      return;
    }
  }
  if (edge.extra < 0) {
    if (value.isNull()) return;
    edge.extra = static_cast<int32_t>(extra_.size());
    extra_.emplace_back();
  }
  if (value.isNull())
    extra_[edge.extra].erase(key);
  else
    extra_[edge.extra][key] = std::move(value);
}

void PropertyGraph::addLabel(uint32_t node, const std::string& label) {
  auto& labels = nodes_[node].labels;
  if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

void PropertyGraph::reserve(size_t nodes, size_t edges) {
  nodes_.reserve(nodes);
  edges_.reserve(edges);
  topology_.m_vertices.reserve(nodes);
  topology_.m_edges.reserve(edges);
}

std::optional<uint32_t> PropertyGraph::findRelationType(std::string_view name) const {
  auto it = relation_type_index_.find(std::string(name));
  if (it == relation_type_index_.end()) return std::nullopt;
  return it->second;
}

bool PropertyGraph::hasLabel(uint32_t node, std::string_view label) const {
  const auto& labels = nodes_[node].labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::vector<std::string> PropertyGraph::labels() const {
  std::set<std::string> all;
  for (const Node& node : nodes_) all.insert(node.labels.begin(), node.labels.end());
  return {all.begin(), all.end()};
}

Value PropertyGraph::nodeProperty(uint32_t node, std::string_view key) const {
  const ValueMap& properties = nodes_[node].properties;
  auto it = properties.find(std::string(key));
  return it == properties.end() ? Value() : it->second;
}

Value PropertyGraph::edgeProperty(uint32_t edge_index, std::string_view key) const {
  const Edge& edge = edges_[edge_index];
  if (edge.news) {
    if (key == "status") return std::string(edgeStatusName(edge.status));
    if (key == "mentions") return int64_t{edge.mentions};
    if (key == "confidence") return floatAsDecimal(edge.confidence);
    if (key == "evidence") {
      ValueList list;
      const Evidence* item = evidenceBegin(edge_index);
      for (uint32_t i = 0; i < edge.mentions; ++i, ++item)
        list.push_back(ValueMap{{"article", item->article},
                                {"sentence", item->sentence},
                                {"start", item->start},
                                {"end", item->end}});
      return list;
    }
  }
  if (edge.extra < 0) return Value();
  const ValueMap& extra = extra_[edge.extra];
  auto it = extra.find(std::string(key));
  return it == extra.end() ? Value() : it->second;
}

ValueMap PropertyGraph::edgeProperties(uint32_t edge_index) const {
  const Edge& edge = edges_[edge_index];
  ValueMap properties;
  if (edge.extra >= 0) properties = extra_[edge.extra];
  if (edge.news)
    for (const char* key : {"status", "mentions", "confidence", "evidence"})
      properties[key] = edgeProperty(edge_index, key);
  return properties;
}

const Evidence* PropertyGraph::evidenceBegin(uint32_t edge) const {
  return evidence_.data() + edges_[edge].evidence_first;
}

const std::vector<uint32_t>& PropertyGraph::findByName(std::string_view name) const {
  auto it = name_index_.find(nameKey(name));
  return it == name_index_.end() ? kNoNodes : it->second;
}

std::vector<std::string> PropertyGraph::indexedNames() const {
  std::vector<std::string> names;
  names.reserve(name_index_.size());
  for (const auto& [key, nodes] : name_index_) names.push_back(key);
  std::sort(names.begin(), names.end());
  return names;
}

void PropertyGraph::indexNames(uint32_t node) {
  forEachName(nodes_[node].properties, [&](const std::string& name) {
    auto& bucket = name_index_[nameKey(name)];
    if (bucket.empty() || bucket.back() != node) bucket.push_back(node);
  });
}

void PropertyGraph::unindexNames(uint32_t node) {
  forEachName(nodes_[node].properties, [&](const std::string& name) {
    auto it = name_index_.find(nameKey(name));
    if (it == name_index_.end()) return;
    auto& bucket = it->second;
    bucket.erase(std::remove(bucket.begin(), bucket.end(), node), bucket.end());
    if (bucket.empty()) name_index_.erase(it);
  });
}

}  // namespace kg

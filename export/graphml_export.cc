#include "export/graphml_export.h"

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/export_text.h"
#include "export/xml_writer.h"
#include "graph/value_json.h"

namespace kg {
namespace {

// GraphML's attribute types, in the order a mixed column widens to.
enum class KeyType { Boolean, Long, Double, String };

const char* keyTypeName(KeyType type) {
  switch (type) {
    case KeyType::Boolean:
      return "boolean";
    case KeyType::Long:
      return "long";
    case KeyType::Double:
      return "double";
    case KeyType::String:
      return "string";
  }
  return "string";
}

KeyType typeOf(const Value& value) {
  if (value.is<bool>()) return KeyType::Boolean;
  if (value.is<int64_t>()) return KeyType::Long;
  if (value.is<double>()) return KeyType::Double;
  return KeyType::String;
}

// The type a key needs to hold both kinds of value: numbers widen to double, anything else
// mixed becomes text.
KeyType widen(KeyType a, KeyType b) {
  if (a == b) return a;
  bool numbers =
      (a == KeyType::Long || a == KeyType::Double) && (b == KeyType::Long || b == KeyType::Double);
  return numbers ? KeyType::Double : KeyType::String;
}

std::string doubleText(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "INF" : "-INF";
  return formatDouble(number);
}

std::string valueText(const Value& value, KeyType type) {
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<int64_t>())
    return type == KeyType::Double ? doubleText(static_cast<double>(value.as<int64_t>()))
                                   : std::to_string(value.as<int64_t>());
  if (value.is<double>()) return doubleText(value.as<double>());
  if (value.is<std::string>()) return xmlSafeText(value.as<std::string>());
  if (value.is<Temporal>()) return formatTemporal(value.as<Temporal>());
  return xmlSafeText(toJson(value, TemporalJson::Text));
}

struct Key {
  std::string id;        // "d0", ...
  std::string for_what;  // "node" or "edge"
  std::string name;      // attr.name
  KeyType type = KeyType::String;
};

// Properties the named keys already show; everything else gets a key of its own.
const std::set<std::string> kNodeNamed = {"name", "type", "aliases"};
const std::set<std::string> kEdgeNamed = {"status", "mentions", "confidence", "evidence"};

class GraphmlWriter {
 public:
  GraphmlWriter(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out)
      : graph_(graph), subgraph_(subgraph), xml_(out, "GraphML") {}

  void run() {
    declareKeys();
    xml_.startDocument();
    xml_.start("graphml");
    xml_.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    xml_.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml_.attribute("xsi:schemaLocation",
                   "http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (const Key& key : keys_) {
      xml_.start("key");
      xml_.attribute("id", key.id);
      xml_.attribute("for", key.for_what);
      xml_.attribute("attr.name", xmlSafeText(key.name));
      xml_.attribute("attr.type", keyTypeName(key.type));
      xml_.end();
    }
    xml_.start("graph");
    xml_.attribute("id", "kg");
    xml_.attribute("edgedefault", "directed");
    for (uint32_t node : subgraph_.nodes()) writeNode(node);
    for (uint32_t edge : subgraph_.edges()) writeEdge(edge);
    xml_.end();  // graph
    xml_.end();  // graphml
    xml_.endDocument();
  }

 private:
  void declareKeys() {
    for (const char* name : {"label", "name", "type", "aliases", "labels"})
      addKey(node_keys_, "node", name, KeyType::String);
    addKey(edge_keys_, "edge", "label", KeyType::String);
    addKey(edge_keys_, "edge", "relation", KeyType::String);
    addKey(edge_keys_, "edge", "status", KeyType::String);
    addKey(edge_keys_, "edge", "weight", KeyType::Double);
    addKey(edge_keys_, "edge", "mentions", KeyType::Long);
    addKey(edge_keys_, "edge", "confidence", KeyType::Double);
    addKey(edge_keys_, "edge", "evidence_count", KeyType::Long);
    addKey(edge_keys_, "edge", "evidence_article", KeyType::String);
    addKey(edge_keys_, "edge", "evidence_sentence", KeyType::String);
    addKey(edge_keys_, "edge", "evidence_start", KeyType::Long);
    addKey(edge_keys_, "edge", "evidence_end", KeyType::Long);

    // Other properties: one key per name, typed by every value it holds.
    std::map<std::string, KeyType> node_extra, edge_extra;
    auto note = [](std::map<std::string, KeyType>& extra, const std::string& name,
                   const Value& value) {
      if (value.isNull()) return;
      auto [it, inserted] = extra.emplace(name, typeOf(value));
      if (!inserted) it->second = widen(it->second, typeOf(value));
    };
    for (uint32_t node : subgraph_.nodes())
      for (const auto& [name, value] : graph_.nodeProperties(node))
        if (!kNodeNamed.count(name)) note(node_extra, name, value);
    for (uint32_t edge : subgraph_.edges())
      for (const auto& [name, value] : graph_.edgeProperties(edge))
        if (!kEdgeNamed.count(name)) note(edge_extra, name, value);
    for (const auto& [name, type] : node_extra)
      addExtraKey(node_keys_, node_renamed_, "node", name, type);
    for (const auto& [name, type] : edge_extra)
      addExtraKey(edge_keys_, edge_renamed_, "edge", name, type);
  }

  void addKey(std::map<std::string, size_t>& index, const char* for_what, const std::string& name,
              KeyType type) {
    index[name] = keys_.size();
    keys_.push_back(Key{"d" + std::to_string(keys_.size()), for_what, name, type});
  }

  // A user property whose name clashes with a fixed key is written as "property_<name>".
  void addExtraKey(std::map<std::string, size_t>& index,
                   std::map<std::string, std::string>& renamed, const char* for_what,
                   const std::string& name, KeyType type) {
    std::string shown = name;
    while (index.count(shown)) shown = "property_" + shown;
    addKey(index, for_what, shown, type);
    renamed[name] = shown;
  }

  void data(const std::map<std::string, size_t>& index, const std::string& name,
            const std::string& value) {
    xml_.start("data");
    xml_.attribute("key", keys_[index.at(name)].id);
    xml_.text(value);
    xml_.end();
  }

  void extraData(const std::map<std::string, size_t>& index,
                 const std::map<std::string, std::string>& renamed, const std::string& name,
                 const Value& value) {
    if (value.isNull()) return;
    const std::string& shown = renamed.at(name);
    data(index, shown, valueText(value, keys_[index.at(shown)].type));
  }

  void writeNode(uint32_t node) {
    xml_.start("node");
    xml_.attribute("id", nodeId(graph_, node));
    std::string name = xmlSafeText(nodeName(graph_, node));
    data(node_keys_, "label", name);
    data(node_keys_, "name", name);
    data(node_keys_, "type", xmlSafeText(nodeType(graph_, node)));
    // Empty text is left out: readers such as NetworkX take <data></data> as "no value" anyway.
    std::vector<std::string> aliases = nodeAliases(graph_, node);
    if (!aliases.empty()) data(node_keys_, "aliases", xmlSafeText(joinText(aliases, "; ")));
    if (!graph_.nodeLabels(node).empty())
      data(node_keys_, "labels", xmlSafeText(joinText(graph_.nodeLabels(node), ":")));
    for (const auto& [key, value] : graph_.nodeProperties(node))
      if (!kNodeNamed.count(key)) extraData(node_keys_, node_renamed_, key, value);
    xml_.end();
  }

  void writeEdge(uint32_t index) {
    const PropertyGraph::Edge& edge = graph_.edge(index);
    xml_.start("edge");
    xml_.attribute("id", edgeId(graph_, index));
    xml_.attribute("source", nodeId(graph_, edge.source));
    xml_.attribute("target", nodeId(graph_, edge.target));
    std::string relation = xmlSafeText(graph_.edgeType(index));
    uint32_t mentions = edge.news ? edge.mentions : 0;
    data(edge_keys_, "label", relation);
    data(edge_keys_, "relation", relation);
    data(edge_keys_, "status", edge.news ? std::string(edgeStatusName(edge.status)) : "asserted");
    data(edge_keys_, "weight", std::to_string(mentions));
    data(edge_keys_, "mentions", std::to_string(mentions));
    data(edge_keys_, "confidence", formatFloat(edge.news ? edge.confidence : 1.0f));
    data(edge_keys_, "evidence_count", std::to_string(mentions));
    if (mentions > 0) {
      EvidenceView first = graph_.evidence(index, 0);
      data(edge_keys_, "evidence_article", xmlSafeText(first.article));
      data(edge_keys_, "evidence_sentence", xmlSafeText(first.sentence));
      data(edge_keys_, "evidence_start", std::to_string(first.start));
      data(edge_keys_, "evidence_end", std::to_string(first.end));
    }
    for (const auto& [key, value] : graph_.edgeProperties(index))
      if (!kEdgeNamed.count(key)) extraData(edge_keys_, edge_renamed_, key, value);
    xml_.end();
  }

  const PropertyGraph& graph_;
  const Subgraph& subgraph_;
  XmlWriter xml_;
  std::vector<Key> keys_;
  std::map<std::string, size_t> node_keys_, edge_keys_;
  std::map<std::string, std::string> node_renamed_, edge_renamed_;
};

}  // namespace

void writeGraphml(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out) {
  GraphmlWriter(graph, subgraph, out).run();
}

}  // namespace kg

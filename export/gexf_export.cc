#include "export/gexf_export.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "export/export_text.h"
#include "export/xml_writer.h"
#include "graph/value_json.h"

namespace kg {
namespace {

struct Attribute {
  std::string id;     // the title: unique within its class
  std::string title;  // shown in Gephi's data laboratory
  const char* type;   // GEXF attribute type
};

// Properties the fixed attributes already show.
const std::set<std::string> kNodeShown = {"name", "type", "aliases"};
const std::set<std::string> kEdgeShown = {"status",     "mentions",  "confidence", "evidence",
                                          "first_seen", "last_seen", "sources"};

std::string plainText(const Value& value) {
  if (value.is<std::string>()) return value.as<std::string>();
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<int64_t>()) return std::to_string(value.as<int64_t>());
  if (value.is<double>()) return formatDouble(value.as<double>());
  if (value.is<Temporal>()) return formatTemporal(value.as<Temporal>());
  return toJson(value, TemporalJson::Text);
}

class GexfWriter {
 public:
  GexfWriter(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out)
      : graph_(graph), subgraph_(subgraph), xml_(out, "GEXF") {}

  void run() {
    declare();
    xml_.startDocument();
    xml_.start("gexf");
    xml_.attribute("xmlns", "http://gexf.net/1.3");
    xml_.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml_.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    xml_.attribute("version", "1.3");
    xml_.start("meta");
    xml_.start("creator");
    xml_.text("kg");
    xml_.end();
    xml_.start("description");
    xml_.text(
        "actors and the relations the press reported between them; an edge appears on "
        "the publication date of its first report");
    xml_.end();
    xml_.end();  // meta
    xml_.start("graph");
    xml_.attribute("defaultedgetype", "directed");
    xml_.attribute("mode", "dynamic");
    xml_.attribute("timeformat", "date");
    writeAttributes("node", node_attributes_);
    writeAttributes("edge", edge_attributes_);
    xml_.start("nodes");
    for (uint32_t node : subgraph_.nodes()) writeNode(node);
    xml_.end();
    xml_.start("edges");
    for (uint32_t edge : subgraph_.edges()) writeEdge(edge);
    xml_.end();
    xml_.end();  // graph
    xml_.end();  // gexf
    xml_.endDocument();
  }

 private:
  void declare() {
    for (const char* title : {"type", "aliases", "labels"})
      add(node_attributes_, node_index_, title, "string");
    add(edge_attributes_, edge_index_, "relation", "string");
    add(edge_attributes_, edge_index_, "status", "string");
    add(edge_attributes_, edge_index_, "mentions", "integer");
    add(edge_attributes_, edge_index_, "confidence", "double");
    for (const char* title :
         {"first_seen", "last_seen", "sources", "evidence_article", "evidence_sentence"})
      add(edge_attributes_, edge_index_, title, "string");
    std::set<std::string> node_extra, edge_extra;
    for (uint32_t node : subgraph_.nodes())
      for (const auto& [name, value] : graph_.nodeProperties(node))
        if (!kNodeShown.count(name) && !value.isNull()) node_extra.insert(name);
    for (uint32_t edge : subgraph_.edges())
      for (const auto& [name, value] : graph_.edgeProperties(edge))
        if (!kEdgeShown.count(name) && !value.isNull()) edge_extra.insert(name);
    for (const std::string& name : node_extra)
      addExtra(node_attributes_, node_index_, node_renamed_, name);
    for (const std::string& name : edge_extra)
      addExtra(edge_attributes_, edge_index_, edge_renamed_, name);
    // A node lives from its first dated edge in the subgraph; one with an undated edge (always
    // shown) is always shown too, so no edge outlives its ends.
    std::set<uint32_t> always;
    for (uint32_t edge : subgraph_.edges()) {
      std::string_view first = graph_.edgeSeen(edge).first;
      for (uint32_t node : {graph_.edge(edge).source, graph_.edge(edge).target}) {
        if (first.empty()) {
          always.insert(node);
          continue;
        }
        auto [it, added] = node_start_.emplace(node, std::string(first));
        if (!added && first < it->second) it->second = std::string(first);
      }
    }
    for (uint32_t node : always) node_start_.erase(node);
  }

  void add(std::vector<Attribute>& list, std::map<std::string, size_t>& index,
           const std::string& title, const char* type) {
    index[title] = list.size();
    list.push_back({title, title, type});
  }
  // A property named like a fixed attribute is shown as "property_<name>".
  void addExtra(std::vector<Attribute>& list, std::map<std::string, size_t>& index,
                std::map<std::string, std::string>& renamed, const std::string& name) {
    std::string shown = name;
    while (index.count(shown)) shown = "property_" + shown;
    add(list, index, shown, "string");
    renamed[name] = shown;
  }

  void writeAttributes(const char* for_class, const std::vector<Attribute>& list) {
    xml_.start("attributes");
    xml_.attribute("class", for_class);
    for (const Attribute& attribute : list) {
      xml_.start("attribute");
      xml_.attribute("id", xmlSafeText(attribute.id));
      xml_.attribute("title", xmlSafeText(attribute.title));
      xml_.attribute("type", attribute.type);
      xml_.end();
    }
    xml_.end();
  }

  void value(const std::vector<Attribute>& list, const std::map<std::string, size_t>& index,
             const std::string& title, const std::string& text) {
    if (text.empty()) return;  // no value: Gephi and NetworkX show it as missing
    xml_.start("attvalue");
    xml_.attribute("for", xmlSafeText(list[index.at(title)].id));
    xml_.attribute("value", xmlSafeText(text));
    xml_.end();
  }

  void spell(const std::string& start) {
    if (start.empty()) return;
    xml_.start("spells");
    xml_.start("spell");
    xml_.attribute("start", xmlSafeText(start));
    xml_.end();
    xml_.end();
  }

  void writeNode(uint32_t node) {
    xml_.start("node");
    xml_.attribute("id", nodeId(graph_, node));
    xml_.attribute("label", xmlSafeText(nodeName(graph_, node)));
    xml_.start("attvalues");
    value(node_attributes_, node_index_, "type", nodeType(graph_, node));
    value(node_attributes_, node_index_, "aliases", joinText(nodeAliases(graph_, node), "; "));
    value(node_attributes_, node_index_, "labels", joinText(graph_.nodeLabels(node), ":"));
    for (const auto& [name, property] : graph_.nodeProperties(node))
      if (!kNodeShown.count(name) && !property.isNull())
        value(node_attributes_, node_index_, node_renamed_.at(name), plainText(property));
    xml_.end();  // attvalues
    auto start = node_start_.find(node);
    spell(start == node_start_.end() ? std::string() : start->second);
    xml_.end();
  }

  void writeEdge(uint32_t index) {
    const PropertyGraph::Edge& edge = graph_.edge(index);
    uint32_t mentions = edge.news ? edge.mentions : 0;
    std::string relation = graph_.edgeType(index);
    xml_.start("edge");
    xml_.attribute("id", edgeId(graph_, index));
    xml_.attribute("source", nodeId(graph_, edge.source));
    xml_.attribute("target", nodeId(graph_, edge.target));
    xml_.attribute("label", xmlSafeText(relation));
    if (mentions > 0) xml_.attribute("weight", std::to_string(mentions));
    xml_.start("attvalues");
    value(edge_attributes_, edge_index_, "relation", relation);
    value(edge_attributes_, edge_index_, "status",
          edge.news ? std::string(edgeStatusName(edge.status)) : "asserted");
    value(edge_attributes_, edge_index_, "mentions", std::to_string(mentions));
    value(edge_attributes_, edge_index_, "confidence",
          formatFloat(edge.news ? edge.confidence : 1.0f));
    auto [first, last] = graph_.edgeSeen(index);
    value(edge_attributes_, edge_index_, "first_seen", std::string(first));
    value(edge_attributes_, edge_index_, "last_seen", std::string(last));
    Value sources = graph_.edgeProperty(index, "sources");
    if (sources.is<ValueList>()) {
      std::vector<std::string> names;
      for (const Value& source : sources.as<ValueList>()) names.push_back(plainText(source));
      value(edge_attributes_, edge_index_, "sources", joinText(names, "; "));
    }
    if (mentions > 0) {
      EvidenceView evidence = graph_.evidence(index, 0);
      value(edge_attributes_, edge_index_, "evidence_article", std::string(evidence.article));
      value(edge_attributes_, edge_index_, "evidence_sentence", std::string(evidence.sentence));
    }
    for (const auto& [name, property] : graph_.edgeProperties(index))
      if (!kEdgeShown.count(name) && !property.isNull())
        value(edge_attributes_, edge_index_, edge_renamed_.at(name), plainText(property));
    xml_.end();  // attvalues
    spell(std::string(first));
    xml_.end();
  }

  const PropertyGraph& graph_;
  const Subgraph& subgraph_;
  XmlWriter xml_;
  std::vector<Attribute> node_attributes_, edge_attributes_;
  std::map<std::string, size_t> node_index_, edge_index_;
  std::map<std::string, std::string> node_renamed_, edge_renamed_;
  std::map<uint32_t, std::string> node_start_;
};

}  // namespace

void writeGexf(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out) {
  GexfWriter(graph, subgraph, out).run();
}

}  // namespace kg

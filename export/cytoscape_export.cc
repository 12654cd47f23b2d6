#include "export/cytoscape_export.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <set>
#include <string>

#include "export/export_text.h"
#include "graph/value_json.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void writeString(Writer& out, std::string_view text) {
  std::string valid = validUtf8(text);
  out.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()), true);
}

void writeNumber(Writer& out, const std::string& text) {
  out.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

// A property the fixed fields do not show; it may not hide one of them.
void writeExtra(Writer& out, const std::set<std::string>& taken, const std::string& key,
                const Value& value) {
  std::string name = key;
  while (taken.count(name)) name = "property_" + name;
  writeString(out, name);
  std::string json = validUtf8(toJson(value, TemporalJson::Text));
  out.RawValue(json.data(), json.size(), rapidjson::kObjectType);
}

}  // namespace

void writeCytoscape(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& stream) {
  static const std::set<std::string> kNodeFields = {"id",   "label",   "name",
                                                    "type", "aliases", "labels"};
  static const std::set<std::string> kEdgeFields = {"id",         "source",  "target", "label",
                                                    "relation",   "status",  "weight", "mentions",
                                                    "confidence", "evidence"};
  rapidjson::OStreamWrapper wrapper(stream);
  Writer out(wrapper);
  out.SetIndent(' ', 1);
  out.StartObject();
  out.Key("format_version");
  out.String("1.0");
  out.Key("generated_by");
  out.String("kg");
  out.Key("target_cytoscapejs_version");
  out.String("~3");
  out.Key("data");
  out.StartObject();
  out.Key("name");
  out.String("kg");
  out.EndObject();
  out.Key("elements");
  out.StartObject();
  out.Key("nodes");
  out.StartArray();
  for (uint32_t node : subgraph.nodes()) {
    std::string type = nodeType(graph, node);
    out.StartObject();
    out.Key("data");
    out.StartObject();
    out.Key("id");
    writeString(out, nodeId(graph, node));
    std::string name = nodeName(graph, node);
    out.Key("label");
    writeString(out, name);
    out.Key("name");
    writeString(out, name);
    out.Key("type");
    writeString(out, type);
    out.Key("aliases");
    out.StartArray();
    for (const std::string& alias : nodeAliases(graph, node)) writeString(out, alias);
    out.EndArray();
    out.Key("labels");
    out.StartArray();
    for (const std::string& label : graph.nodeLabels(node)) writeString(out, label);
    out.EndArray();
    for (const auto& [key, value] : graph.nodeProperties(node))
      if (key != "name" && key != "type" && key != "aliases")
        writeExtra(out, kNodeFields, key, value);
    out.EndObject();
    out.Key("classes");
    writeString(out, type);
    out.EndObject();
  }
  out.EndArray();
  out.Key("edges");
  out.StartArray();
  for (uint32_t index : subgraph.edges()) {
    const PropertyGraph::Edge& edge = graph.edge(index);
    const std::string& relation = graph.edgeType(index);
    uint32_t mentions = edge.news ? edge.mentions : 0;
    out.StartObject();
    out.Key("data");
    out.StartObject();
    out.Key("id");
    writeString(out, edgeId(graph, index));
    out.Key("source");
    writeString(out, nodeId(graph, edge.source));
    out.Key("target");
    writeString(out, nodeId(graph, edge.target));
    out.Key("label");
    writeString(out, relation);
    out.Key("relation");
    writeString(out, relation);
    out.Key("status");
    writeString(out, edge.news ? edgeStatusName(edge.status) : "asserted");
    out.Key("weight");
    out.Uint(mentions);
    out.Key("mentions");
    out.Uint(mentions);
    out.Key("confidence");
    writeNumber(out, formatFloat(edge.news ? edge.confidence : 1.0f));
    out.Key("evidence");
    out.StartArray();
    for (uint32_t i = 0; i < mentions; ++i) {
      EvidenceView item = graph.evidence(index, i);
      out.StartObject();
      out.Key("article");
      writeString(out, item.article);
      out.Key("sentence");
      writeString(out, item.sentence);
      out.Key("start");
      out.Int64(item.start);
      out.Key("end");
      out.Int64(item.end);
      out.EndObject();
    }
    out.EndArray();
    for (const auto& [key, value] : graph.edgeProperties(index))
      if (key != "status" && key != "mentions" && key != "confidence" && key != "evidence")
        writeExtra(out, kEdgeFields, key, value);
    out.EndObject();
    out.Key("classes");
    writeString(out, relation);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  out.EndObject();
  stream << '\n';
}

}  // namespace kg

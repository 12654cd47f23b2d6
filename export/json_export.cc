#include "export/json_export.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "graph/value_json.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void writeString(Writer& out, std::string_view text) {
  out.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
}

void writeValue(Writer& out, const Value& value) {
  std::string json = toJson(value);
  out.RawValue(json.data(), json.size(), rapidjson::kObjectType);
}

// Properties beyond the contract's named fields, so nothing a user CREATEd is lost.
void writeExtraProperties(Writer& out, const ValueMap& properties,
                          std::initializer_list<std::string_view> named) {
  ValueMap extra;
  for (const auto& [key, value] : properties)
    if (std::find(named.begin(), named.end(), key) == named.end()) extra[key] = value;
  out.Key("properties");
  writeValue(out, extra);
}

}  // namespace

void writeJson(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& stream) {
  rapidjson::OStreamWrapper wrapper(stream);
  Writer out(wrapper);
  out.SetIndent(' ', 1);
  out.StartObject();
  out.Key("nodes");
  out.StartArray();
  for (uint32_t index : subgraph.nodes()) {
    const auto& node = graph.node(index);
    out.StartObject();
    out.Key("id");
    writeString(out, nodeId(graph, index));
    Value name = graph.nodeProperty(index, "name");
    out.Key("name");
    writeString(out, name.is<std::string>() ? name.as<std::string>() : "");
    Value type = graph.nodeProperty(index, "type");
    out.Key("type");
    if (type.is<std::string>())
      writeString(out, type.as<std::string>());
    else if (!node.labels.empty())
      writeString(out, node.labels.front());
    else
      writeString(out, "");
    out.Key("aliases");
    out.StartArray();
    Value aliases = graph.nodeProperty(index, "aliases");
    if (aliases.is<ValueList>())
      for (const Value& alias : aliases.as<ValueList>())
        if (alias.is<std::string>()) writeString(out, alias.as<std::string>());
    out.EndArray();
    out.Key("labels");
    out.StartArray();
    for (const auto& label : node.labels) writeString(out, label);
    out.EndArray();
    writeExtraProperties(out, node.properties, {"name", "type", "aliases"});
    out.EndObject();
  }
  out.EndArray();
  out.Key("edges");
  out.StartArray();
  for (uint32_t index : subgraph.edges()) {
    const auto& edge = graph.edge(index);
    out.StartObject();
    out.Key("id");
    writeString(out, edgeId(graph, index));
    out.Key("source");
    writeString(out, nodeId(graph, edge.source));
    out.Key("target");
    writeString(out, nodeId(graph, edge.target));
    out.Key("relation");
    writeString(out, graph.edgeType(index));
    out.Key("status");
    writeString(out, edge.news ? edgeStatusName(edge.status) : "asserted");
    out.Key("mentions");
    out.Uint(edge.mentions);
    out.Key("confidence");
    out.Double(edge.news ? edge.confidence : 1.0);
    out.Key("evidence");
    out.StartArray();
    const Evidence* item = graph.evidenceBegin(index);
    for (uint32_t i = 0; edge.news && i < edge.mentions; ++i, ++item) {
      out.StartObject();
      out.Key("article");
      writeString(out, item->article);
      out.Key("sentence");
      writeString(out, item->sentence);
      out.Key("start");
      out.Int64(item->start);
      out.Key("end");
      out.Int64(item->end);
      out.EndObject();
    }
    out.EndArray();
    ValueMap properties = graph.edgeProperties(index);
    writeExtraProperties(out, properties, {"status", "mentions", "confidence", "evidence"});
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  stream << '\n';
}

}  // namespace kg

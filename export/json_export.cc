#include "export/json_export.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>

#include "export/export_text.h"
#include "graph/value_json.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// Scraped text may hold invalid UTF-8, which JSON cannot carry: such bytes become U+FFFD.
// Control characters stay; the JSON writer escapes them.
void writeString(Writer& out, std::string_view text) {
  std::string valid = validUtf8(text);
  out.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()), true);
}

Value withValidText(const Value& value) {
  if (value.is<std::string>()) return validUtf8(value.as<std::string>());
  if (value.is<ValueList>()) {
    ValueList list;
    for (const Value& item : value.as<ValueList>()) list.push_back(withValidText(item));
    return list;
  }
  if (value.is<ValueMap>()) {
    ValueMap map;
    for (const auto& [key, item] : value.as<ValueMap>()) map[validUtf8(key)] = withValidText(item);
    return map;
  }
  return value;
}

void writeValue(Writer& out, const Value& value) {
  std::string json = toJson(withValidText(value), TemporalJson::Text);
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
    else if (!graph.nodeLabels(index).empty())
      writeString(out, graph.nodeLabels(index).front());
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
    for (const auto& label : graph.nodeLabels(index)) writeString(out, label);
    out.EndArray();
    writeExtraProperties(out, graph.nodeProperties(index), {"name", "type", "aliases"});
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
    // The float's shortest form (0.8, not 0.800000011920929), as every exporter writes it.
    std::string confidence = formatFloat(edge.news ? edge.confidence : 1.0f);
    out.RawValue(confidence.data(), confidence.size(), rapidjson::kNumberType);
    out.Key("evidence");
    out.StartArray();
    for (uint32_t i = 0; edge.news && i < edge.mentions; ++i) {
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
      // The article's date and outlet, when known.
      const ArticleInfo& info = graph.articleInfo(item.article);
      if (!info.published.empty()) {
        out.Key("published");
        writeString(out, info.published);
      }
      if (!info.source.empty()) {
        out.Key("source");
        writeString(out, info.source);
      }
      // The date the sentence gives its event, and the words it came from, when it names one.
      if (!item.event_date.empty()) {
        out.Key("event_date");
        writeString(out, item.event_date);
      }
      if (!item.event_words.empty()) {
        out.Key("event_words");
        writeString(out, item.event_words);
      }
      out.EndObject();
    }
    out.EndArray();
    // When the edge was stated (its articles' first and last dates) and by which outlets.
    auto [first_seen, last_seen] = graph.edgeSeen(index);
    if (!first_seen.empty()) {
      out.Key("first_seen");
      writeString(out, first_seen);
      out.Key("last_seen");
      writeString(out, last_seen);
    }
    ValueMap properties = graph.edgeProperties(index);
    if (auto sources = properties.find("sources");
        sources != properties.end() && sources->second.is<ValueList>()) {
      out.Key("sources");
      out.StartArray();
      for (const Value& source : sources->second.as<ValueList>())
        writeString(out, source.as<std::string>());
      out.EndArray();
    }
    writeExtraProperties(
        out, properties,
        {"status", "mentions", "confidence", "evidence", "first_seen", "last_seen", "sources"});
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  stream << '\n';
}

}  // namespace kg

#include "export/stix_export.h"

#include <rapidjson/document.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "export/export_text.h"
#include "export/stable_uuid.h"
#include "graph/name_key.h"

namespace kg {
namespace {

// kg's own namespace for name-based UUIDs.
constexpr std::string_view kUuidNamespace = "8d2c4f1e-5a7b-4c39-9e61-0b3f7a2d9c54";

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void writeString(Writer& out, std::string_view text) {
  std::string safe = xmlSafeText(text);
  out.String(safe.data(), static_cast<rapidjson::SizeType>(safe.size()), true);
}

void field(Writer& out, const char* key, std::string_view value) {
  out.Key(key);
  writeString(out, value);
}

// Country name (any of ISO's names and codes, as nameKey) -> alpha-2 code.
std::unordered_map<std::string, std::string> loadCountryCodes(const std::string& path) {
  std::unordered_map<std::string, std::string> codes;
  std::ifstream file(path, std::ios::binary);
  if (!file) return codes;
  std::stringstream text;
  text << file.rdbuf();
  rapidjson::Document document;
  document.Parse(text.str().c_str());
  if (document.HasParseError() || !document.IsObject()) return codes;
  if (!document.HasMember("3166-1") || !document["3166-1"].IsArray()) return codes;
  for (const auto& country : document["3166-1"].GetArray()) {
    if (!country.IsObject() || !country.HasMember("alpha_2") || !country["alpha_2"].IsString())
      continue;
    std::string code = country["alpha_2"].GetString();
    for (const char* key : {"name", "common_name", "official_name", "alpha_3"})
      if (country.HasMember(key) && country[key].IsString())
        codes.emplace(nameKey(country[key].GetString()), code);
  }
  return codes;
}

std::string relationshipSlug(std::string_view relation) {
  std::string slug;
  for (char c : relation) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    slug += keep ? c : '-';
  }
  return slug.empty() ? "related" : slug;
}

bool isAccusation(std::string_view relation) {
  return relation == "accused" || relation == "sanctioned" || relation == "charged" ||
         relation == "condemned";
}

struct StixActor {
  std::string type;  // identity, location, intrusion-set, threat-actor
  std::string identity_class;
  std::string country_code;
  bool government = false;
};

class StixWriter {
 public:
  StixWriter(const PropertyGraph& graph, const Subgraph& subgraph, const StixOptions& options)
      : graph_(graph), subgraph_(subgraph), options_(options) {}

  void run(std::ostream& stream) {
    country_codes_ = loadCountryCodes(options_.country_codes_path);
    actors_.resize(graph_.nodeCount());
    std::string all_ids;
    for (uint32_t node : subgraph_.nodes()) {
      actors_[node] = classify(node);
      all_ids += objectId(node) + "\n";
    }
    for (uint32_t edge : subgraph_.edges()) all_ids += relationshipId(edge) + "\n";

    rapidjson::OStreamWrapper wrapper(stream);
    Writer out(wrapper);
    out.SetIndent(' ', 1);
    out.StartObject();
    field(out, "type", "bundle");
    field(out, "id", "bundle--" + uuidVersion5(kUuidNamespace, "bundle\n" + all_ids));
    out.Key("objects");
    out.StartArray();
    for (uint32_t node : subgraph_.nodes()) writeActor(out, node);
    for (uint32_t edge : subgraph_.edges()) writeRelationship(out, edge);
    out.EndArray();
    out.EndObject();
    stream << '\n';
  }

 private:
  StixActor classify(uint32_t node) const {
    std::string type = nodeType(graph_, node);
    StixActor actor;
    if (type == "country") {
      std::vector<std::string> names = nodeAliases(graph_, node);
      names.insert(names.begin(), nodeName(graph_, node));
      for (const std::string& name : names)
        if (auto it = country_codes_.find(nameKey(name)); it != country_codes_.end()) {
          actor.type = "location";
          actor.country_code = it->second;
          return actor;
        }
      actor.type = "identity";
      actor.identity_class = "organization";
      actor.government = true;
    } else if (type == "organization") {
      actor.type = "identity";
      actor.identity_class = "organization";
    } else if (type == "group") {
      actor.type = "intrusion-set";
    } else if (type == "person") {
      actor.type = threatening(node) ? "threat-actor" : "identity";
      actor.identity_class = "individual";
    } else {
      actor.type = "identity";
      actor.identity_class = "unknown";
    }
    return actor;
  }

  // A person the news accuses, sanctions, charges or condemns, or who targeted someone or is a
  // member of a group (judged on the whole graph, so the type does not depend on the subgraph).
  bool threatening(uint32_t node) const {
    bool found = false;
    graph_.forEachInEdge(node, [&](uint32_t edge) {
      if (asserted(edge) && isAccusation(graph_.edgeType(edge))) found = true;
    });
    graph_.forEachOutEdge(node, [&](uint32_t edge) {
      const std::string& relation = graph_.edgeType(edge);
      if (!asserted(edge)) return;
      if (relation == "targeted") found = true;
      if ((relation == "member_of" || relation == "affiliated_with") &&
          nodeType(graph_, graph_.edge(edge).target) == "group")
        found = true;
    });
    return found;
  }

  bool asserted(uint32_t edge) const {
    return !graph_.edge(edge).news || graph_.edge(edge).status == EdgeStatus::Asserted;
  }

  std::string objectId(uint32_t node) const {
    return actors_[node].type + "--" + uuidVersion5(kUuidNamespace, "node:" + nodeId(graph_, node));
  }
  std::string relationshipId(uint32_t edge) const {
    return "relationship--" + uuidVersion5(kUuidNamespace, "edge:" + edgeId(graph_, edge));
  }

  void common(Writer& out, const std::string& type, const std::string& id) {
    field(out, "type", type);
    field(out, "spec_version", "2.1");
    field(out, "id", id);
    field(out, "created", options_.timestamp);
    field(out, "modified", options_.timestamp);
  }

  void writeActor(Writer& out, uint32_t node) {
    const StixActor& actor = actors_[node];
    std::vector<std::string> aliases = nodeAliases(graph_, node);
    out.StartObject();
    common(out, actor.type, objectId(node));
    field(out, "name", nodeName(graph_, node));
    if (actor.type == "identity") {
      field(out, "identity_class", actor.identity_class);
      if (actor.government) {
        out.Key("sectors");
        out.StartArray();
        writeString(out, "government-national");
        out.EndArray();
      }
    } else if (actor.type == "location") {
      field(out, "country", actor.country_code);
    } else if (actor.type == "threat-actor") {
      out.Key("threat_actor_types");
      out.StartArray();
      writeString(out, "unknown");
      out.EndArray();
    }
    bool has_aliases_property = actor.type == "intrusion-set" || actor.type == "threat-actor";
    if (!aliases.empty()) {
      out.Key(has_aliases_property ? "aliases" : "x_kg_aliases");
      out.StartArray();
      for (const std::string& alias : aliases) writeString(out, alias);
      out.EndArray();
    }
    field(out, "x_kg_id", nodeId(graph_, node));
    field(out, "x_kg_type", nodeType(graph_, node));
    out.EndObject();
  }

  void writeRelationship(Writer& out, uint32_t index) {
    const PropertyGraph::Edge& edge = graph_.edge(index);
    const std::string& relation = graph_.edgeType(index);
    std::string type = "x-kg-" + relationshipSlug(relation);
    if (asserted(index)) {
      if (relation == "targeted") type = "targets";
      if (relation == "member_of" || relation == "affiliated_with") type = "attributed-to";
    }
    uint32_t mentions = edge.news ? edge.mentions : 0;
    out.StartObject();
    common(out, "relationship", relationshipId(index));
    field(out, "relationship_type", type);
    field(out, "source_ref", objectId(edge.source));
    field(out, "target_ref", objectId(edge.target));
    float confidence = edge.news ? edge.confidence : 1.0f;
    out.Key("confidence");
    out.Int(static_cast<int>(std::lround(std::clamp(confidence, 0.0f, 1.0f) * 100)));
    if (mentions > 0) {
      field(out, "description", graph_.evidence(index, 0).sentence);
      out.Key("external_references");
      out.StartArray();
      for (uint32_t i = 0; i < mentions; ++i) {
        EvidenceView item = graph_.evidence(index, i);
        out.StartObject();
        field(out, "source_name", item.article.empty() ? std::string_view("kg") : item.article);
        field(out, "description", item.sentence);
        field(out, "external_id",
              std::string(item.article) + ":" + std::to_string(item.start) + "-" +
                  std::to_string(item.end));
        out.EndObject();
      }
      out.EndArray();
    }
    field(out, "x_kg_id", edgeId(graph_, index));
    field(out, "x_kg_relation", relation);
    field(out, "x_kg_status", edge.news ? edgeStatusName(edge.status) : "asserted");
    out.Key("x_kg_mentions");
    out.Uint(mentions);
    out.EndObject();
  }

  const PropertyGraph& graph_;
  const Subgraph& subgraph_;
  const StixOptions& options_;
  std::unordered_map<std::string, std::string> country_codes_;
  std::vector<StixActor> actors_;
};

}  // namespace

void writeStix(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out,
               const StixOptions& options) {
  StixWriter(graph, subgraph, options).run(out);
}

std::string stixTimestamp(std::string_view iso8601) {
  std::string text(iso8601.substr(0, 19));
  if (text.size() == 19 && text[10] == ' ') text[10] = 'T';
  if (text.size() != 19 || text[10] != 'T') return "1970-01-01T00:00:00.000Z";
  return text + ".000Z";
}

}  // namespace kg

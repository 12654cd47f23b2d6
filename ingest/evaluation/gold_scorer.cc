#include "ingest/evaluation/gold_scorer.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

namespace kg {
namespace {

std::string readFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw GoldError(path + ": cannot read the gold file");
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

// "path:line:column: message" and the offending line with a caret under the column.
[[noreturn]] void syntaxError(const std::string& path, const std::string& text, size_t offset,
                              const std::string& message) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  size_t line_end = text.find('\n', line_start);
  std::string source = text.substr(
      line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start);
  size_t column = offset - line_start + 1;
  throw GoldError(path + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                  message + "\n  " + source + "\n  " + std::string(column - 1, ' ') + "^");
}

std::vector<std::string> valueOrList(const rapidjson::Value& value) {
  std::vector<std::string> result;
  if (value.IsString()) {
    result.push_back(value.GetString());
  } else if (value.IsArray()) {
    for (const auto& item : value.GetArray())
      if (item.IsString()) result.push_back(item.GetString());
  }
  return result;
}

GoldEdge readEdge(const std::string& path, const rapidjson::Value& value, const char* list,
                  size_t index) {
  if (!value.IsObject())
    throw GoldError(path + ": " + list + "[" + std::to_string(index) + "] is not an object");
  GoldEdge edge;
  for (const char* key : {"subject", "relation", "object"})
    if (!value.HasMember(key))
      throw GoldError(path + ": " + list + "[" + std::to_string(index) + "] has no \"" + key +
                      "\"");
  edge.subjects = valueOrList(value["subject"]);
  edge.relations = valueOrList(value["relation"]);
  edge.objects = valueOrList(value["object"]);
  if (value.HasMember("line") && value["line"].IsInt()) edge.line = value["line"].GetInt();
  if (value.HasMember("optional") && value["optional"].IsBool())
    edge.optional = value["optional"].GetBool();
  if (value.HasMember("note") && value["note"].IsString()) edge.note = value["note"].GetString();
  if (value.HasMember("why") && value["why"].IsString()) edge.note = value["why"].GetString();
  return edge;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

bool matches(const GoldEdge& gold, const EdgeTriple& edge) {
  return contains(gold.subjects, std::get<0>(edge)) &&
         contains(gold.relations, std::get<1>(edge)) && contains(gold.objects, std::get<2>(edge));
}

// Lower-cases ASCII and folds the few non-ASCII characters score.py's NFKC + lower() meets in
// names: curly quotes, non-breaking and other spaces.
std::string foldCharacters(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    unsigned char byte = static_cast<unsigned char>(name[i]);
    auto next = [&](std::string_view sequence) {
      return name.substr(i, sequence.size()) == sequence;
    };
    if (next("\u2019") || next("\u2018")) {
      out += '\'';
      i += 3;
    } else if (next("\u201c") || next("\u201d")) {
      i += 3;
    } else if (next("\u00a0")) {
      out += ' ';
      i += 2;
    } else if (byte == '`') {
      out += '\'';
      ++i;
    } else if (byte == '"') {
      ++i;
    } else {
      out += static_cast<char>(byte < 0x80 ? std::tolower(byte) : byte);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string normaliseGoldName(std::string_view name) {
  std::string folded = foldCharacters(name);
  std::string collapsed;
  for (char letter : folded) {
    bool space = letter == ' ' || letter == '\t' || letter == '\n' || letter == '\r';
    if (space) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += letter;
    }
  }
  auto strip = [](std::string& text, std::string_view characters) {
    size_t begin = text.find_first_not_of(characters);
    if (begin == std::string::npos) {
      text.clear();
      return;
    }
    size_t end = text.find_last_not_of(characters);
    text = text.substr(begin, end - begin + 1);
  };
  strip(collapsed, " .,;:");
  for (std::string_view prefix : {"the ", "sir ", "mr ", "mrs ", "ms ", "miss ", "lord ", "lady ",
                                  "dr ", "dame ", "president ", "minister "})
    if (collapsed.rfind(prefix, 0) == 0) collapsed = collapsed.substr(prefix.size());
  if (collapsed.size() >= 2 && collapsed.compare(collapsed.size() - 2, 2, "'s") == 0)
    collapsed.resize(collapsed.size() - 2);
  strip(collapsed, " \t\n\r");
  return collapsed;
}

Gold readGold(const std::string& path) {
  std::string text = readFile(path);
  rapidjson::Document json;
  json.Parse<rapidjson::kParseDefaultFlags>(text.c_str(), text.size());
  if (json.HasParseError())
    syntaxError(path, text, json.GetErrorOffset(),
                rapidjson::GetParseError_En(json.GetParseError()));
  if (!json.IsObject()) throw GoldError(path + ": the gold file is not a JSON object");
  Gold gold;
  gold.path = path;
  if (json.HasMember("article") && json["article"].IsString())
    gold.article = json["article"].GetString();
  if (!json.HasMember("relations") || !json["relations"].IsArray())
    throw GoldError(path + ": no \"relations\" list");
  gold.relations = valueOrList(json["relations"]);
  if (!json.HasMember("entities") || !json["entities"].IsArray())
    throw GoldError(path + ": no \"entities\" list");
  for (const auto& value : json["entities"].GetArray()) {
    if (!value.IsObject() || !value.HasMember("id") || !value.HasMember("name") ||
        !value["id"].IsString() || !value["name"].IsString())
      throw GoldError(path + ": an entity lacks a string \"id\" or \"name\"");
    GoldEntity entity;
    entity.id = value["id"].GetString();
    entity.name = value["name"].GetString();
    if (value.HasMember("type") && value["type"].IsString())
      entity.type = value["type"].GetString();
    if (value.HasMember("aliases")) entity.aliases = valueOrList(value["aliases"]);
    gold.entities.push_back(std::move(entity));
  }
  if (!json.HasMember("edges") || !json["edges"].IsArray())
    throw GoldError(path + ": no \"edges\" list");
  size_t index = 0;
  for (const auto& value : json["edges"].GetArray())
    gold.edges.push_back(readEdge(path, value, "edges", index++));
  index = 0;
  if (json.HasMember("must_not") && json["must_not"].IsArray())
    for (const auto& value : json["must_not"].GetArray())
      gold.must_not.push_back(readEdge(path, value, "must_not", index++));
  return gold;
}

Score scoreGraph(const Gold& gold, const std::vector<ScoredNode>& nodes,
                 const std::vector<ScoredEdge>& edges, std::set<std::string> relations) {
  if (relations.empty()) relations.insert(gold.relations.begin(), gold.relations.end());
  std::map<std::string, std::string> alias;
  for (const GoldEntity& entity : gold.entities) {
    alias.emplace(normaliseGoldName(entity.name), entity.id);
    for (const std::string& name : entity.aliases)
      alias.emplace(normaliseGoldName(name), entity.id);
  }
  auto goldId = [&](const ScoredNode& node) -> std::string {
    auto it = alias.find(normaliseGoldName(node.name));
    if (it != alias.end()) return it->second;
    for (const std::string& name : node.aliases) {
      auto found = alias.find(normaliseGoldName(name));
      if (found != alias.end()) return found->second;
    }
    return "";
  };
  std::set<std::string> found_entities;
  for (const ScoredNode& node : nodes)
    if (std::string id = goldId(node); !id.empty()) found_entities.insert(id);

  std::set<EdgeTriple> system;
  for (const ScoredEdge& edge : edges) {
    if (!relations.count(edge.relation)) continue;
    if (!edge.status.empty() && edge.status != "asserted") continue;
    const ScoredNode& source = nodes.at(edge.source);
    const ScoredNode& target = nodes.at(edge.target);
    std::string subject = goldId(source), object = goldId(target);
    if (subject.empty()) subject = "?" + source.name;
    if (object.empty()) object = "?" + target.name;
    system.insert({subject, edge.relation, object});
  }

  std::vector<const GoldEdge*> required, optional;
  for (const GoldEdge& edge : gold.edges) {
    if (edge.optional) {
      optional.push_back(&edge);
      continue;
    }
    bool scored = std::any_of(edge.relations.begin(), edge.relations.end(),
                              [&](const std::string& r) { return relations.count(r) > 0; });
    if (scored) required.push_back(&edge);
  }
  std::map<EdgeTriple, std::vector<size_t>> candidates;
  for (const EdgeTriple& edge : system)
    for (size_t i = 0; i < required.size(); ++i)
      if (matches(*required[i], edge)) candidates[edge].push_back(i);
  std::map<size_t, EdgeTriple> owner;
  std::function<bool(const EdgeTriple&, std::set<size_t>&)> augment = [&](const EdgeTriple& edge,
                                                                          std::set<size_t>& seen) {
    for (size_t i : candidates[edge]) {
      if (!seen.insert(i).second) continue;
      auto it = owner.find(i);
      if (it == owner.end() || augment(it->second, seen)) {
        owner[i] = edge;
        return true;
      }
    }
    return false;
  };
  for (const EdgeTriple& edge : system)
    if (!candidates[edge].empty()) {
      std::set<size_t> seen;
      augment(edge, seen);
    }
  std::set<EdgeTriple> matched_edges;
  for (const auto& [i, edge] : owner) matched_edges.insert(edge);

  Score score;
  score.true_positives = static_cast<int>(owner.size());
  for (const EdgeTriple& edge : system) {
    if (matched_edges.count(edge) || !candidates[edge].empty()) continue;
    if (std::any_of(optional.begin(), optional.end(),
                    [&](const GoldEdge* g) { return matches(*g, edge); }))
      continue;
    ++score.false_positives;
    score.extra.push_back(edge);
    if (std::any_of(gold.must_not.begin(), gold.must_not.end(),
                    [&](const GoldEdge& g) { return matches(g, edge); }))
      score.violations.push_back(edge);
  }
  score.matched.assign(matched_edges.begin(), matched_edges.end());
  for (size_t i = 0; i < required.size(); ++i)
    if (!owner.count(i)) score.missed.push_back(required[i]);
  score.required = static_cast<int>(required.size());
  int tp = score.true_positives, fp = score.false_positives;
  score.precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
  score.recall = required.empty() ? 0.0 : static_cast<double>(tp) / required.size();
  score.f1 = score.precision + score.recall > 0
                 ? 2 * score.precision * score.recall / (score.precision + score.recall)
                 : 0.0;
  std::set<std::string> key_entities;
  for (const GoldEdge* edge : required) {
    key_entities.insert(edge->subjects.begin(), edge->subjects.end());
    key_entities.insert(edge->objects.begin(), edge->objects.end());
  }
  int key_found = 0;
  for (const std::string& id : key_entities) key_found += found_entities.count(id) ? 1 : 0;
  score.entity_recall =
      key_entities.empty() ? 0.0 : static_cast<double>(key_found) / key_entities.size();
  for (const std::string& relation : relations) {
    RelationScore& per = score.per_relation[relation];
    for (size_t i = 0; i < required.size(); ++i)
      if (contains(required[i]->relations, relation)) {
        ++per.required;
        if (owner.count(i)) ++per.found;
      }
    for (const EdgeTriple& edge : score.extra)
      if (std::get<1>(edge) == relation) ++per.false_positives;
  }
  return score;
}

}  // namespace kg

// JSON, Cytoscape.js, DOT (rendered by Graphviz), neo4j-admin CSV and STIX exports: escaping of
// hazardous text, layouts, and the STIX mapping and stable ids.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "export/csv_export.h"
#include "export/cytoscape_export.h"
#include "export/dot_export.h"
#include "export/export_text.h"
#include "export/json_export.h"
#include "export/stable_uuid.h"
#include "export/stix_export.h"
#include "export_fixture.h"

using namespace kg;
using namespace kg::test;

namespace {

template <typename Write>
std::string render(Write write, const PropertyGraph& graph) {
  std::ostringstream out;
  write(graph, Subgraph::all(graph), out);
  return out.str();
}

// Parses strict JSON: a string with invalid UTF-8 is a parse error.
rapidjson::Document parseJson(const std::string& text) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag>(
      text.c_str());
  INFO("offset " << document.GetErrorOffset());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

// RFC 4180 records: quoted cells with doubled quotes.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, in_cell = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = in_cell = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
    } else if (c == '\n') {
      rows.back().push_back(cell);
      cell.clear();
      rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

const rapidjson::Value* findById(const rapidjson::Value& objects, const std::string& id) {
  for (const auto& object : objects.GetArray())
    if (object["id"].GetString() == id) return &object;
  return nullptr;
}

}  // namespace

TEST_CASE("JSON export escapes hazardous text and stays valid UTF-8") {
  PropertyGraph graph = hazardGraph();
  std::string text = render(writeJson, graph);
  rapidjson::Document document = parseJson(text);
  const auto& nodes = document["nodes"];
  REQUIRE(nodes.Size() == graph.nodeCount());
  CHECK(nodes[4]["name"].GetString() == kHazardName);
  const auto& targeted = document["edges"][2];
  CHECK(std::string(targeted["relation"].GetString()) == "targeted");
  std::string sentence = targeted["evidence"][0]["sentence"].GetString();
  CHECK(sentence.find('\x01') != std::string::npos);  // kept, escaped by the JSON writer
  CHECK(text.find("\\u0001") != std::string::npos);
  CHECK(sentence.find("\xEF\xBF\xBD\xEF\xBF\xBD") != std::string::npos);  // U+FFFD twice
  CHECK(std::string(targeted["evidence"][0]["article"].GetString()) == kHazardArticle);
  // Confidence is the float's shortest form.
  CHECK(text.find("\"confidence\": 0.7,") != std::string::npos);
  CHECK(document["nodes"][1]["properties"]["score"].GetDouble() == 0.1 + 0.2);
}

TEST_CASE("validUtf8 and xmlSafeText repair and strip exactly the bad parts") {
  CHECK(validUtf8("plain") == "plain");
  CHECK(validUtf8("Zh\xC3\xA0o") == "Zh\xC3\xA0o");
  CHECK(validUtf8("a\xC0\xAF"
                  "b") ==
        "a\xEF\xBF\xBD\xEF\xBF\xBD"
        "b");                                                                  // overlong '/'
  CHECK(validUtf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(validUtf8("cut \xE4\xB8") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(xmlSafeText("a\x01"
                    "b\tc\n\x1F"
                    "d\xEF\xBF\xBF") == "ab\tc\nd");
  CHECK(formatFloat(0.8f) == "0.8");
  CHECK(formatDouble(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("Cytoscape.js elements hold every node and edge with their data") {
  PropertyGraph graph = hazardGraph();
  rapidjson::Document document = parseJson(render(writeCytoscape, graph));
  const auto& nodes = document["elements"]["nodes"];
  const auto& edges = document["elements"]["edges"];
  REQUIRE(nodes.Size() == graph.nodeCount());
  REQUIRE(edges.Size() == graph.edgeCount());
  std::set<std::string> ids;
  for (const auto& node : nodes.GetArray()) {
    ids.insert(node["data"]["id"].GetString());
    CHECK(std::string(node["data"]["label"].GetString()) == node["data"]["name"].GetString());
    CHECK(std::string(node["classes"].GetString()) == node["data"]["type"].GetString());
  }
  CHECK(std::string(nodes[4]["data"]["name"].GetString()) == kHazardName);
  CHECK(std::string(nodes[1]["data"]["property_label"].GetString()) == "user label");
  for (const auto& edge : edges.GetArray()) {
    const auto& data = edge["data"];
    CHECK(ids.count(data["source"].GetString()) == 1);
    CHECK(ids.count(data["target"].GetString()) == 1);
    CHECK(data["weight"].GetUint() == data["mentions"].GetUint());
    CHECK(data["evidence"].Size() == data["mentions"].GetUint());
  }
  CHECK(edges[0]["data"]["mentions"].GetUint() == 2);
  CHECK(std::string(edges[0]["data"]["relation"].GetString()) == "sanctioned");
}

TEST_CASE("DOT colours edges by relation, escapes labels and renders to SVG with Graphviz") {
  PropertyGraph graph = hazardGraph();
  std::string dot = render(writeDot, graph);
  CHECK(dot.find("digraph kg {") == 0);
  CHECK(dot.find("label=\"AT&T <Holdings> \\\"Ltd\\\"\"") != std::string::npos);
  CHECK(dot.find("color=\"" + relationColour("sanctioned") + "\"") != std::string::npos);
  CHECK(relationColour("sanctioned") != relationColour("accused"));
  CHECK(relationColour("some_new_relation") == relationColour("some_new_relation"));
  CHECK(dot.find("style=dashed") != std::string::npos);  // the negated edge
  CHECK(dot.find('\x01') == std::string::npos);

  std::ostringstream svg;
  REQUIRE_NOTHROW(renderWithGraphviz(dot, "svg", svg));
  CHECK(svg.str().find("<svg") != std::string::npos);
  CHECK(svg.str().find("Holdings") != std::string::npos);
  ScratchDirectory scratch;
  writeFile(scratch.file("graph.svg"), svg.str());
  ProgramRun lint = runProgram({"xmllint", "--noout", scratch.file("graph.svg")});
  INFO(lint.err);
  CHECK(lint.exit_code == 0);
}

TEST_CASE("Graphviz rendering reports a missing dot program and how to install it") {
  std::ostringstream out;
  try {
    renderWithGraphviz("digraph { a -> b }", "svg", out, "kg-test-no-such-dot-program");
    FAIL("no exception");
  } catch (const GraphvizMissing& error) {
    CHECK(std::string(error.what()).find("apt-get install graphviz") != std::string::npos);
  }
  CHECK(out.str().empty());
  CHECK_THROWS_WITH(renderWithGraphviz("digraph { a -> ", "svg", out), Catch::Contains("failed"));
}

TEST_CASE("CSV export writes the neo4j-admin import layout") {
  PropertyGraph graph = hazardGraph();
  ScratchDirectory scratch;
  std::string directory = scratch.file("neo4j");
  writeNeo4jCsv(graph, Subgraph::all(graph), directory);
  auto nodes = parseCsv(readFile(directory + "/nodes.csv"));
  auto relationships = parseCsv(readFile(directory + "/relationships.csv"));
  REQUIRE(nodes.size() == graph.nodeCount() + 1);
  REQUIRE(relationships.size() == graph.edgeCount() + 1);
  // The fixed columns come first, in this order (outside tools read them by position).
  REQUIRE(nodes[0].size() >= 5);
  CHECK(std::vector<std::string>(nodes[0].begin(), nodes[0].begin() + 5) ==
        std::vector<std::string>{"id:ID", "name", ":LABEL", "type", "aliases:string[]"});
  REQUIRE(relationships[0].size() >= 13);
  CHECK(std::vector<std::string>(relationships[0].begin(), relationships[0].begin() + 13) ==
        std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "id", "status", "mentions:int",
                                 "confidence:double", "evidence", "article", "evidence_start:long",
                                 "evidence_end:long", "start_label:IGNORE", "end_label:IGNORE"});
  CHECK(std::vector<std::string>(nodes[1].begin(), nodes[1].begin() + 5) ==
        std::vector<std::string>{"m0", "United Kingdom", "Country", "country", "UK;Britain"});
  CHECK(nodes[5][1] == kHazardName);
  std::set<std::string> node_ids;
  for (size_t i = 1; i < nodes.size(); ++i) node_ids.insert(nodes[i][0]);
  for (size_t i = 1; i < relationships.size(); ++i) {
    REQUIRE(relationships[i].size() == relationships[0].size());
    CHECK(node_ids.count(relationships[i][0]) == 1);
    CHECK(node_ids.count(relationships[i][1]) == 1);
  }
  CHECK(relationships[1][2] == "sanctioned");
  CHECK(relationships[1][5] == "2");
  CHECK(relationships[1][6] == "0.9");
  CHECK(relationships[1][11] == "Country");
  CHECK(relationships[1][12] == "Person");
  const auto& targeted = relationships[3];
  CHECK(targeted[7].find('\x01') == std::string::npos);
  CHECK(targeted[7] == xmlSafeText(kHazardSentence));
  CHECK(targeted[8] == kHazardArticle);
  CHECK(validUtf8(readFile(directory + "/relationships.csv")) ==
        readFile(directory + "/relationships.csv"));

  CHECK_THROWS_WITH(writeNeo4jCsv(graph, Subgraph::all(graph), directory + "/nodes.csv/x"),
                    Catch::Contains("nodes.csv/x"));
}

TEST_CASE("CSV export carries the properties users add, in typed columns after the fixed ones") {
  PropertyGraph graph = hazardGraph();  // China: score 0.1 + 0.2, label; works_for: since, ...
  graph.setNodeProperty(0, "id", std::string("user id"));                             // clashes
  graph.setNodeProperty(0, "tags", ValueList{std::string("a;b"), std::string("c")});  // text[]
  graph.setNodeProperty(2, "born", int64_t{1} << 40);                                 // > 32 bits
  graph.setNodeProperty(2, "years", ValueList{int64_t{2019}, int64_t{2024}});
  graph.setNodeProperty(3, "mixed", int64_t{7});
  graph.setNodeProperty(4, "mixed", std::string("seven"));
  graph.setNodeProperty(5, "meta", ValueMap{{"k", int64_t{1}}});
  graph.setNodeProperty(5, "active", true);
  uint32_t works_for = static_cast<uint32_t>(graph.edgeCount() - 1);
  graph.setEdgeProperty(works_for, "status", std::string("draft"));  // hand-made: a user property
  ScratchDirectory scratch;
  writeNeo4jCsv(graph, Subgraph::all(graph), scratch.file("neo4j"));
  std::string nodes_text = readFile(scratch.file("neo4j/nodes.csv"));
  std::string relationships_text = readFile(scratch.file("neo4j/relationships.csv"));
  auto nodes = parseCsv(nodes_text);
  auto relationships = parseCsv(relationships_text);

  CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", ":LABEL", "type", "aliases:string[]",
                                             "active:boolean", "born:long", "property_id", "label",
                                             "meta", "mixed", "score:double", "tags:string[]",
                                             "years:int[]"});
  for (const auto& row : nodes) REQUIRE(row.size() == nodes[0].size());
  // Columns: 5 active, 6 born, 7 property_id, 8 label, 9 meta, 10 mixed, 11 score, 12 tags,
  // 13 years.
  CHECK(nodes[1][0] == "m0");
  CHECK(nodes[1][7] == "user id");
  CHECK(nodes[1][12] == "a,b;c");  // ';' separates array items, so it cannot be inside one
  CHECK(nodes[2][8] == "user label");
  CHECK(nodes[2][11] == "0.30000000000000004");
  CHECK(nodes[3][6] == "1099511627776");
  CHECK(nodes[3][13] == "2019;2024");
  CHECK(nodes[4][10] == "7");  // a column of numbers and text is text
  CHECK(nodes[5][10] == "seven");
  CHECK(nodes[6][9] == R"({"k":1})");
  CHECK(nodes[6][5] == "true");
  // An absent property is an empty unquoted cell (neo4j-admin leaves it unset), text is quoted.
  CHECK(nodes_text.find("\"m0\",\"United Kingdom\",\"Country\",\"country\",\"UK;Britain\",,,"
                        "\"user id\",,,,,\"a,b;c\",\n") != std::string::npos);

  CHECK(std::vector<std::string>(relationships[0].begin() + 13, relationships[0].end()) ==
        std::vector<std::string>{"note", "since:int", "property_status", "weight:double"});
  for (const auto& row : relationships) REQUIRE(row.size() == relationships[0].size());
  const auto& hand_made = relationships.back();
  CHECK(hand_made[2] == "works_for");
  CHECK(hand_made[4] == "asserted");
  CHECK(hand_made[13] == kHazardName);
  CHECK(hand_made[14] == "2024");
  CHECK(hand_made[15] == "draft");
  CHECK(hand_made[16] == "1.5");
  CHECK(relationships[1][13].empty());
  CHECK(relationships[1][14].empty());
}

TEST_CASE("UUIDv5 and SHA-1 match their reference vectors") {
  auto hex = [](const std::array<uint8_t, 20>& digest) {
    std::string text;
    for (uint8_t byte : digest) {
      char pair[3];
      std::snprintf(pair, sizeof pair, "%02x", byte);
      text += pair;
    }
    return text;
  };
  CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1(std::string(1000, 'a'))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba");
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
  CHECK(uuidVersion5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com") ==
        "2ed6657d-e927-568b-95e1-2665a8aea6a2");
  CHECK_THROWS(uuidVersion5("not-a-uuid", "x"));
}

TEST_CASE("STIX bundle maps actors and relations and is stable") {
  PropertyGraph graph = hazardGraph();
  StixOptions options;
  options.timestamp = stixTimestamp("2026-03-01T10:20:30Z");
  auto write = [&](const PropertyGraph& g, const Subgraph& s, std::ostream& out) {
    writeStix(g, s, out, options);
  };
  std::string text = render(write, graph);
  CHECK(text == render(write, graph));  // deterministic
  rapidjson::Document bundle = parseJson(text);
  CHECK(std::string(bundle["type"].GetString()) == "bundle");
  CHECK(std::string(bundle["id"].GetString()).rfind("bundle--", 0) == 0);
  const auto& objects = bundle["objects"];
  REQUIRE(objects.Size() == graph.nodeCount() + graph.edgeCount());

  std::regex id_form(
      "([a-z-]+)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  std::map<std::string, std::string> type_by_name;
  for (const auto& object : objects.GetArray()) {
    std::string type = object["type"].GetString(), id = object["id"].GetString();
    std::smatch match;
    REQUIRE(std::regex_match(id, match, id_form));
    CHECK(match[1] == type);
    CHECK(std::string(object["spec_version"].GetString()) == "2.1");
    CHECK(std::string(object["created"].GetString()) == "2026-03-01T10:20:30.000Z");
    CHECK(std::string(object["modified"].GetString()) == "2026-03-01T10:20:30.000Z");
    if (type != "relationship") {
      type_by_name[object["name"].GetString()] = type;
      continue;
    }
    // Every reference points at an object of the bundle.
    CHECK(findById(objects, object["source_ref"].GetString()) != nullptr);
    CHECK(findById(objects, object["target_ref"].GetString()) != nullptr);
    CHECK(std::regex_match(std::string(object["relationship_type"].GetString()),
                           std::regex("[a-z0-9-]+")));
  }
  CHECK(type_by_name["United Kingdom"] == "location");
  CHECK(type_by_name["China"] == "location");
  CHECK(type_by_name["APT99"] == "intrusion-set");
  CHECK(type_by_name["Tomas Brandt"] == "threat-actor");  // sanctioned
  CHECK(type_by_name["David Lammy"] == "identity");       // only condemns
  CHECK(type_by_name[kHazardName] == "identity");

  auto relationship = [&](size_t edge) -> const rapidjson::Value& {
    return objects[static_cast<rapidjson::SizeType>(graph.nodeCount() + edge)];
  };
  CHECK(std::string(relationship(0)["relationship_type"].GetString()) == "x-kg-sanctioned");
  CHECK(relationship(0)["external_references"].Size() == 2);
  CHECK(relationship(0)["confidence"].GetInt() == 90);
  CHECK(std::string(relationship(1)["relationship_type"].GetString()) == "x-kg-accused");
  CHECK(std::string(relationship(2)["relationship_type"].GetString()) == "targets");
  CHECK(std::string(relationship(3)["relationship_type"].GetString()) == "attributed-to");
  CHECK(std::string(relationship(4)["relationship_type"].GetString()) == "x-kg-targeted");
  CHECK(std::string(relationship(4)["x_kg_status"].GetString()) == "negated");
  const auto& reference = relationship(2)["external_references"][0];
  CHECK(std::string(reference["source_name"].GetString()) == kHazardArticle);
  CHECK(std::string(reference["description"].GetString()) == xmlSafeText(kHazardSentence));
  const auto* location = findById(objects, relationship(1)["target_ref"].GetString());
  REQUIRE(location != nullptr);
  CHECK(std::string((*location)["country"].GetString()) == "CN");

  // A subgraph keeps the ids of the full export.
  std::ostringstream part;
  writeStix(graph, Subgraph::of(graph, {}, {2}), part, options);
  rapidjson::Document small = parseJson(part.str());
  REQUIRE(small["objects"].Size() == 3);
  CHECK(findById(objects, small["objects"][2]["id"].GetString()) != nullptr);
}

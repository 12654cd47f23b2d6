// libFuzzer target: the JSON and GraphML writers. The input is read as a small graph (names,
// aliases, labels, property keys and values, relation types, evidence sentences - any valid
// UTF-8, control characters, quotes and markup included); both exports must parse again (JSON
// with RapidJSON, GraphML with libxml2) with every node and edge, and names must round-trip.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "export/graphml_export.h"
#include "export/json_export.h"
#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg::fuzz {

// Reads the fuzz input as a stream of small numbers and strings.
class FuzzInput {
 public:
  FuzzInput(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  unsigned byte() { return position_ < size_ ? data_[position_++] : 0; }
  // A string of up to 63 bytes made valid UTF-8 (bytes that do not form a sequence become '?').
  std::string text() {
    size_t length = byte() % 64;
    std::string raw;
    while (length-- > 0 && position_ < size_) raw += static_cast<char>(data_[position_++]);
    return validUtf8(raw);
  }

 private:
  static std::string validUtf8(const std::string& raw) {
    std::string out;
    for (size_t i = 0; i < raw.size();) {
      auto c = static_cast<unsigned char>(raw[i]);
      size_t length = c < 0x80         ? 1
                      : (c >> 5) == 6  ? 2
                      : (c >> 4) == 14 ? 3
                      : (c >> 3) == 30 ? 4
                                       : 0;
      bool ok = length > 0 && i + length <= raw.size() && !(c == 0xC0 || c == 0xC1 || c > 0xF4);
      for (size_t k = 1; ok && k < length; ++k)
        ok = (static_cast<unsigned char>(raw[i + k]) & 0xC0) == 0x80;
      if (ok && length == 3) {  // no surrogates, no overlong forms
        auto second = static_cast<unsigned char>(raw[i + 1]);
        ok = !(c == 0xED && second >= 0xA0) && !(c == 0xE0 && second < 0xA0);
      }
      if (ok && length == 4) {
        auto second = static_cast<unsigned char>(raw[i + 1]);
        ok = !(c == 0xF0 && second < 0x90) && !(c == 0xF4 && second >= 0x90);
      }
      if (ok) {
        out.append(raw, i, length);
        i += length;
      } else {
        out += '?';
        ++i;
      }
    }
    return out;
  }
  const uint8_t* data_;
  size_t size_;
  size_t position_ = 0;
};

// Says what went wrong (libFuzzer shows it with the crash) and stops.
[[noreturn]] inline void fail(const std::string& why, const std::string& output) {
  std::string message = "fuzz_export: " + why + "\n--- output ---\n";
  std::fwrite(message.data(), 1, message.size(), stderr);
  std::fwrite(output.data(), 1, output.size(), stderr);
  __builtin_trap();
}

inline int exportOneInput(const uint8_t* data, size_t size) {
  FuzzInput input(data, size);
  PropertyGraph graph;
  size_t node_count = 1 + input.byte() % 6;
  std::vector<std::string> names;
  for (size_t n = 0; n < node_count; ++n) {
    std::string label = input.text(), name = input.text(), alias = input.text();
    std::string key = input.text();
    ValueMap properties{{"name", name}, {"aliases", ValueList{alias}}};
    if (!key.empty() && key != "name" && key != "aliases") {
      if (input.byte() % 2)
        properties[key] = input.text();
      else
        properties[key] = static_cast<int64_t>(input.byte()) - 128;
    }
    std::vector<std::string> labels;
    if (!label.empty()) labels.push_back(label);
    graph.addNode(labels, properties, input.byte() % 2 ? static_cast<int64_t>(n + 1) : -1);
    names.push_back(name);
  }
  size_t edge_count = input.byte() % 8;
  for (size_t e = 0; e < edge_count; ++e) {
    auto source = static_cast<uint32_t>(input.byte() % node_count);
    auto target = static_cast<uint32_t>(input.byte() % node_count);
    std::string relation = input.text();
    if (relation.empty()) relation = "accused";
    if (input.byte() % 2) {
      std::vector<Evidence> evidence;
      for (unsigned k = input.byte() % 3; k > 0; --k)
        evidence.push_back(Evidence{input.text(), input.text(), input.byte(), input.byte()});
      graph.addNewsEdge(source, target, relation, EdgeStatus::Asserted, input.byte() / 255.0,
                        std::move(evidence), static_cast<int64_t>(e + 1));
    } else {
      ValueMap properties;
      std::string key = input.text();
      if (!key.empty()) properties[key] = input.text();
      graph.addEdge(source, target, relation, properties, -1);
    }
  }
  Subgraph all = Subgraph::all(graph);

  std::ostringstream json_text;
  writeJson(graph, all, json_text);
  rapidjson::Document json;
  json.Parse<rapidjson::kParseValidateEncodingFlag>(json_text.str().c_str());
  if (json.HasParseError())
    fail("JSON does not parse at offset " + std::to_string(json.GetErrorOffset()), json_text.str());
  if (json["nodes"].Size() != node_count || json["edges"].Size() != edge_count)
    fail("JSON has the wrong number of nodes or edges", json_text.str());
  for (size_t n = 0; n < node_count; ++n) {
    const auto& name = json["nodes"][static_cast<rapidjson::SizeType>(n)]["name"];
    std::string parsed(name.GetString(), name.GetStringLength());  // names may hold NUL
    if (parsed != names[n])
      fail("JSON node " + std::to_string(n) + " name does not round-trip: '" + names[n] +
               "' came back as '" + parsed + "'",
           json_text.str());
  }

  std::ostringstream graphml_text;
  writeGraphml(graph, all, graphml_text);
  std::string graphml = graphml_text.str();
  xmlDocPtr document =
      xmlReadMemory(graphml.data(), static_cast<int>(graphml.size()), "fuzz.graphml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!document) fail("GraphML does not parse", graphml);
  size_t xml_nodes = 0, xml_edges = 0;
  for (xmlNodePtr top = xmlDocGetRootElement(document)->children; top; top = top->next) {
    if (top->type != XML_ELEMENT_NODE) continue;
    for (xmlNodePtr element = top->children; element; element = element->next) {
      if (element->type != XML_ELEMENT_NODE) continue;
      std::string tag = reinterpret_cast<const char*>(element->name);
      xml_nodes += tag == "node";
      xml_edges += tag == "edge";
    }
  }
  xmlFreeDoc(document);
  if (xml_nodes != node_count || xml_edges != edge_count)
    fail("GraphML has the wrong number of nodes or edges", graphml);
  return 0;
}

}  // namespace kg::fuzz

#ifndef KG_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kg::fuzz::exportOneInput(data, size);
}
#endif

// libFuzzer target: the Cypher lexer, parser, binder, planner and executor. Any text is run
// against a small graph with tight limits; a QueryError is the expected answer to nonsense, any
// other exception, crash, leak or hang is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/property_graph.h"
#include "query/query_engine.h"

namespace kg::fuzz {

// A few people and countries with news and hand-made edges, so matches have something to walk.
inline PropertyGraph smallGraph() {
  PropertyGraph graph;
  uint32_t uk = graph.addNode({"Country"}, {{"name", "United Kingdom"}, {"type", "country"}}, 1);
  uint32_t china = graph.addNode({"Country"}, {{"name", "China"}, {"type", "country"}}, 2);
  uint32_t person = graph.addNode(
      {"Person"}, {{"name", "Tomas Brandt"}, {"type", "person"}, {"aliases", ValueList{"Brandt"}}},
      3);
  uint32_t group = graph.addNode({"Group"}, {{"name", "APT99"}, {"age", int64_t{12}}}, 4);
  graph.addNewsEdge(uk, person, "sanctioned", EdgeStatus::Asserted, 0.9,
                    {Evidence{"a.txt", "The UK sanctioned Brandt.", 0, 25}}, 1);
  graph.addNewsEdge(uk, china, "accused", EdgeStatus::Asserted, 0.8,
                    {Evidence{"a.txt", "Britain accused China.", 26, 48},
                     Evidence{"b.txt", "The UK accused China.", 0, 21}},
                    2);
  graph.addNewsEdge(china, uk, "denied", EdgeStatus::Negated, 0.5, {}, 3);
  graph.addEdge(person, group, "member_of", {{"since", int64_t{2010}}}, 4);
  graph.addEdge(group, group, "self", {}, -1);
  return graph;
}

inline int cypherOneInput(const uint8_t* data, size_t size) {
  PropertyGraph graph = smallGraph();
  QueryOptions options;
  options.time_limit_ms = 200;
  options.row_limit = 10'000;
  options.hop_cap = 3;
  options.parameters["name"] = "China";
  options.parameters["limit"] = int64_t{2};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    QueryResult result = runQuery(graph, text, options);
    for (const auto& row : result.rows)
      if (row.size() != result.columns.size()) __builtin_trap();  // a ragged result
  } catch (const QueryError& error) {
    (void)error.render(text);  // the caret line must be safe to build for any input
  }
  return 0;
}

}  // namespace kg::fuzz

#ifndef KG_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kg::fuzz::cypherOneInput(data, size);
}
#endif

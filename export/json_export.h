// The JSON export: a contract outside tools read. Fields may be added, never renamed or dropped:
//   {"nodes": [{"id", "name", "type", "aliases", "labels", "properties"}],
//    "edges": [{"id", "source", "target", "relation", "status", "mentions", "confidence",
//               "evidence": [{"article", "sentence", "start", "end"}], "properties"}]}
#pragma once

#include <ostream>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

void writeJson(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

}  // namespace kg

// Cytoscape.js elements JSON (also what Cytoscape desktop imports as "Cytoscape.js JSON"):
// {"elements": {"nodes": [{"data": {...}, "classes": ...}], "edges": [...]}}.
#pragma once

#include <ostream>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

// Node data: id, label, name, type, aliases, labels and any other property; edge data: id,
// source, target, label, relation, status, weight (= mentions), mentions, confidence, evidence.
void writeCytoscape(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

}  // namespace kg

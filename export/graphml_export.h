// GraphML 1.0 export for Gephi, yEd, Cytoscape, NetworkX and Boost.Graph: declared <key>s with
// attr.type, stable ids (nodeId/edgeId), text made XML-safe, doubles in round-trip precision.
// Written with libxml2's xmlwriter, so names and values are escaped by a real XML writer.
#pragma once

#include <ostream>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

// Nodes carry label and name (the canonical name), type, aliases ("; "-separated) and labels
// (":"-separated), plus any other property; edges carry label and relation, status, weight (=
// mentions), mentions, confidence, evidence_count and the first evidence (evidence_article,
// evidence_sentence, evidence_start, evidence_end), plus any other property.
// Throws std::runtime_error when the writer fails.
void writeGraphml(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

}  // namespace kg

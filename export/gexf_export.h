// GEXF 1.3 export for Gephi's timeline: a dynamic graph (timeformat "date") whose edges live from
// the day the press first reported them (first_seen, the earliest publication date of their
// evidence) and whose nodes live from their first dated edge; undated edges and nodes are always
// there. Written with libxml2's xmlwriter.
#pragma once

#include <ostream>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

// Nodes carry label (the canonical name) and the attributes type, aliases ("; "-separated) and
// labels (":"-separated); edges carry label (the relation), weight (= mentions, when reported)
// and the attributes relation, status, mentions, confidence, first_seen, last_seen, sources
// ("; "-separated) and the first evidence (evidence_article, evidence_sentence). Other
// properties become string attributes (JSON text for lists and maps). Each dated element has
// one open-ended <spell start="YYYY-MM-DD"/>. Throws std::runtime_error when the writer fails.
void writeGexf(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

}  // namespace kg

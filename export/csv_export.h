// The neo4j-admin import layout, also loadable with Memgraph's LOAD CSV and Kùzu's COPY FROM:
//   nodes.csv          id:ID,name,:LABEL,type,aliases:string[]
//   relationships.csv  :START_ID,:END_ID,:TYPE,id,status,mentions:int,confidence:double,
//                      evidence,article,evidence_start:long,evidence_end:long,
//                      start_label:IGNORE,end_label:IGNORE
// Text cells are always quoted (RFC 4180), XML-safe, on one line; lists use ';'.
// Properties users add (CREATE, SET) follow the fixed columns, one typed column each in key
// order (`since:int`, `born:long`, `score:double`, `flag:boolean`, `note`, `tags:string[]`,
// `years:int[]`; maps, nested lists and mixed kinds as JSON text); an absent one is an empty
// cell. A name a fixed column uses becomes property_<name>.
#pragma once

#include <ostream>
#include <string>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

void writeNodesCsv(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);
void writeRelationshipsCsv(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

// Creates `directory` when missing and writes nodes.csv and relationships.csv into it. Throws
// std::runtime_error naming the file or directory that could not be written.
void writeNeo4jCsv(const PropertyGraph& graph, const Subgraph& subgraph,
                   const std::string& directory);

}  // namespace kg

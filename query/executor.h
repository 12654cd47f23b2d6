// Runs a Plan over a PropertyGraph: a push pipeline of operators (each row flows from the first
// MATCH to the result as soon as it is found; sort, aggregation and writes collect their input
// first). Guard rails of QueryOptions (row limit, time limit, cancel flag) are checked while
// running.
#pragma once

#include "graph/property_graph.h"
#include "query/planner.h"
#include "query/query_engine.h"

namespace kg::cypher {

QueryResult execute(const Plan& plan, PropertyGraph& graph, const QueryOptions& options);

}  // namespace kg::cypher

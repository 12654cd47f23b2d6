// Notifications: after binding, the names a statement reads (relationship types and labels in
// MATCH patterns and label checks, property keys) that the graph does not have, each with the
// nearest known name. The result does not change; the CLI prints them as warnings.
#pragma once

#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "query/ast.h"
#include "query/query_engine.h"

namespace kg::cypher {

std::vector<QueryNotification> notificationsFor(const Statement& statement,
                                                const PropertyGraph& graph, std::string_view text);

}  // namespace kg::cypher

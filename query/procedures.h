// The procedures CALL runs, registered once with their signature, output columns, help text and
// code: the graph algorithms of graph/graph_algorithms.h (algo.*) and kg.procedures(), which
// lists them. The binder checks calls against this registry, the executor runs them, and the
// shell's .procedures and completion read it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"

namespace kg::cypher {

struct ProcedureDefinition {
  std::string name;                  // "algo.pageRank"
  std::string signature;             // "algo.pageRank(config :: MAP?) :: (node, score)"
  std::string description;           // one line
  size_t required_arguments = 0;     // the first ones; the rest are optional
  size_t arguments = 0;              // at most
  std::vector<std::string> outputs;  // the columns it yields, in order
  // One row per result, values in `outputs` order. Throws QueryError (through throwRuntime) on
  // a bad argument.
  std::function<std::vector<std::vector<Value>>(const PropertyGraph&, const std::vector<Value>&)>
      run;
};

// Every procedure, in name order.
const std::vector<ProcedureDefinition>& procedures();
// The procedure of this name (case-insensitive), or null.
const ProcedureDefinition* findProcedure(std::string_view name);

}  // namespace kg::cypher

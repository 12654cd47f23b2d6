// The procedures CALL runs, one registry of them with their signature, output columns, help text
// and code: the graph algorithms of graph/graph_algorithms.h (algo.*) and kg.procedures(), which
// lists them, plus any an embedder or test registers at run time (registerProcedure). The binder
// checks calls against this registry, the executor runs them, and the shell's .procedures and
// completion read it.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"

namespace kg::cypher {

// One argument or output column of a procedure's signature, `name :: TYPE`.
struct ProcedureField {
  std::string name;
  // As written: "INTEGER?", "MAP?", "NODE|STRING", "LIST OF STRING", "ANY?". A trailing ? admits
  // null; FLOAT accepts an INTEGER (converted), NUMBER both.
  std::string type;
};

// The code of a procedure: one row per result, values in `outputs` order. Throws QueryError
// (through throwRuntime) on a bad argument.
using ProcedureFunction =
    std::function<std::vector<std::vector<Value>>(const PropertyGraph&, const std::vector<Value>&)>;

struct ProcedureDefinition {
  std::string name;                       // "algo.pageRank"
  std::string signature;                  // "algo.pageRank(config :: MAP?) :: (node :: NODE, ...)"
  std::string description;                // one line
  size_t required_arguments = 0;          // the first ones; the rest are optional
  std::vector<ProcedureField> arguments;  // in order
  std::vector<ProcedureField> outputs;    // the columns it yields, in order; none: a void procedure
  ProcedureFunction run;
};

// Every procedure, in name order (a snapshot: later registrations do not change it).
std::vector<ProcedureDefinition> procedures();
// The procedure of this name (case-insensitive), or null. The definition stays valid while a
// caller holds it.
std::shared_ptr<const ProcedureDefinition> findProcedure(std::string_view name);

// Adds a procedure for the rest of the process (embedders, tests). `signature` names it and
// declares its arguments and columns, "ns.name(arg :: TYPE, ...) :: (column :: TYPE, ...)", with
// ":: ()" for a procedure that yields nothing; every argument is required. Throws
// std::invalid_argument for a malformed signature, an unknown type or a name already taken.
// Returns the definition as the registry holds it.
std::shared_ptr<const ProcedureDefinition> registerProcedure(const std::string& signature,
                                                             const std::string& description,
                                                             ProcedureFunction run);

// Removes a procedure registerProcedure added; false if there is none of this name (the built-in
// procedures cannot be removed). A query that already bound it still runs it.
bool unregisterProcedure(std::string_view name);

// Whether `value` may be passed for an argument of this signature type; an INTEGER for a FLOAT
// argument is converted in place. Used by the binder (constant arguments) and the executor.
bool acceptProcedureArgument(std::string_view type, Value& value);

}  // namespace kg::cypher

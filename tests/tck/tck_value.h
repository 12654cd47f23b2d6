// Values in the openCypher TCK's expected-result notation (null, true, 1, 1.5, 'text', [1, 2],
// {k: v}, (:L {k: v}), [:T {k: v}], <(:A)-[:T]->(:B)>): parsed from feature-file cells, built
// from the engine's kg::Value results, printed back, and compared the way the TCK compares them.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"
#include "graph/value.h"

namespace kg::tck {

struct TckValue {
  enum class Kind { Null, Boolean, Integer, Float, String, List, Map, Node, Relationship, Path };
  Kind kind = Kind::Null;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;
  std::string text;                         // String contents; a relationship's type
  std::vector<std::string> labels;          // Node labels, sorted
  std::vector<TckValue> items;              // List elements; Path: node, rel, node, rel, node...
  std::map<std::string, TckValue> entries;  // Map entries; node and relationship properties
  std::vector<bool> forward;                // Path: per relationship, true if it points ahead
};

// A cell that is not valid TCK notation; `column` is 1-based within the cell.
class TckParseError : public std::runtime_error {
 public:
  TckParseError(const std::string& message, size_t column)
      : std::runtime_error(message + " at column " + std::to_string(column)), column(column) {}
  size_t column;
};

// Parses one value written in TCK notation (the whole text must be one value).
TckValue parseTckValue(std::string_view text);

// Writes a value back in TCK notation (maps and labels sorted), for failure messages.
std::string formatTckValue(const TckValue& value);

// Structural equality as the TCK checks results: null equals null, 1 differs from 1.0, NaN
// equals NaN, nodes compare by labels and properties, relationships by type and properties,
// paths by their sequence and directions. With ignore_list_order, lists compare as multisets.
bool tckEqual(const TckValue& left, const TckValue& right, bool ignore_list_order = false);

// The engine's value in TCK terms, reading node and relationship contents from the graph.
// Throws std::runtime_error for a node, relationship or path reference outside the graph.
TckValue fromValue(const Value& value, const PropertyGraph& graph);

// A TCK value as an engine value (for query parameters); graph entities cannot be converted and
// throw std::runtime_error.
Value toValue(const TckValue& value);

}  // namespace kg::tck

// Prints a QueryResult for people (a box-drawn table, sqlite3's `.mode line`) and for tools
// (RFC 4180 CSV, a JSON array of objects, JSON lines). Values read like cypher-shell prints them:
// nodes as (:Person {name: "..."}), relationships as [:accused {status: "asserted"}], paths, lists
// and maps as Cypher literals; the PropertyGraph the query ran on resolves node and edge values.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/property_graph.h"
#include "graph/value.h"
#include "query/query_engine.h"

namespace kg {

enum class OutputMode { Table, Csv, Json, Jsonl, Line };

// "table", "csv", "json", "jsonl", "line" (also "box" for table); nullopt for anything else.
std::optional<OutputMode> parseOutputMode(std::string_view name);
std::string_view outputModeName(OutputMode mode);

struct FormatOptions {
  OutputMode mode = OutputMode::Table;
  bool headers = true;  // table: the header row; csv: the first line; ignored by the others
  // Table mode: when a row would be wider than this many terminal columns, the widest columns
  // are narrowed and their cells wrap onto several lines. 0: never wrap.
  size_t max_table_width = 0;
};

// Writes every row of `result` in the chosen mode. Table and line modes print nothing for a
// result without columns; csv and json modes print a valid (empty) document.
void writeResult(const PropertyGraph& graph, const QueryResult& result,
                 const FormatOptions& options, std::ostream& out);

// Writes the result's notifications (unknown relationship types, labels, property keys) for a
// person, one per line ("Warning: line 1, column 10: relationship type 'acused' is not in this
// graph; did you mean 'accused'?"), or in json and jsonl modes as one JSON object
// {"notifications": [{"code", "message", "line", "column"}, ...]}. Nothing when there are none.
void writeNotifications(const QueryResult& result, OutputMode mode, std::ostream& out);

// A value as a Cypher literal, the way table cells show it: strings in double quotes with
// escapes, null as `null`, nodes as (:Label {name: "...", ...}) with `name` first,
// relationships as [:type {...}] and paths with arrows. Text forms leave out the evidence list of
// news edges (it is long; `r.evidence` or the shell's .why shows it) and a node's `type` property
// when it only repeats its label.
std::string valueLiteral(const PropertyGraph& graph, const Value& value);

// The text of a cell where a bare string reads better (csv, line): strings as they are, null as
// the empty string, anything else as valueLiteral.
std::string valuePlainText(const PropertyGraph& graph, const Value& value);

// A value as JSON: nodes {"id", "labels", "properties"}, relationships {"id", "type", "source",
// "target", "properties"} (evidence included), paths {"nodes": [...], "relationships": [...]}.
// Ids are those of the JSON export: "n<store id>" / "e<store id>", "m<index>" / "r<index>" for
// elements not stored. NaN and infinities have no JSON form and become null.
std::string valueJson(const PropertyGraph& graph, const Value& value);

// How many terminal columns `utf8` occupies: East Asian wide and fullwidth characters and emoji
// count 2, combining marks, zero-width characters and the parts of emoji sequences after a zero
// width joiner count 0, a byte that is not valid UTF-8 counts 1.
size_t displayWidth(std::string_view utf8);

// A field quoted as RFC 4180 asks when it holds a comma, a double quote, CR or LF.
std::string csvField(std::string_view text);

}  // namespace kg

// Every export format, registered once with its name, its help text and its writer: `kg export`,
// the shell's .export, their usage texts and the shell's completion all read this list, so the
// two ways to export write the same bytes.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/property_graph.h"

namespace kg {

// What a writer needs besides the graph: the time STIX objects carry (the latest ingest, so the
// bundle stays the same while the database does).
struct ExportSettings {
  std::string stix_timestamp = "1970-01-01T00:00:00.000Z";
};
// The settings for a database: its latest ingest time.
ExportSettings exportSettingsFor(const GraphStore& store);

struct ExportFormat {
  std::string name;        // "json"
  std::string help;        // the usage text's paragraph, lines after the first indented by 11
  bool directory = false;  // writes files into a directory (csv), not one stream
  bool binary = false;     // not for a terminal (png)
  // Stream formats: writes the subgraph to `out`. Throws std::runtime_error (a missing Graphviz
  // for svg and png) before writing anything.
  void (*write)(const PropertyGraph&, const Subgraph&, const ExportSettings&,
                std::ostream&) = nullptr;
  // Directory formats: writes the files into `directory`. Throws std::runtime_error.
  void (*write_directory)(const PropertyGraph&, const Subgraph&, const std::string&) = nullptr;
};

// In the order help lists them.
const std::vector<ExportFormat>& exportFormats();
// The format of this name, or null.
const ExportFormat* findExportFormat(std::string_view name);
// "json, graphml, gexf, cytoscape, dot, svg, png, csv, stix"
std::string exportFormatNames();
// The FORMATS section of a usage text: each name and its help, indented by 4.
std::string exportFormatsHelp();

}  // namespace kg

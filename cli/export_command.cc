// kg export: writes the graph, or the part a query returns, in a format other tools read.
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "export/export_formats.h"
#include "export/subgraph.h"
#include "graph/graph_store.h"
#include "query/query_engine.h"

namespace kg::cli {
namespace {

std::string exportUsage() {
  return R"(NAME
    kg export - write the graph, or the part a query returns, for other tools

SYNOPSIS
    kg export [--db PATH] [--format FORMAT] [--query 'CYPHER'] [--between FROM TO] [-o FILE]
    kg export [--db PATH] --format csv [--query 'CYPHER'] --out DIR

DESCRIPTION
    Writes every node and edge of the database, or with --query only the nodes, relationships
    and paths the query returns (a relationship brings its two end nodes). Node and edge ids are
    stable ("n<row id>", "e<row id>"), so exports of the same database can be compared and
    merged. Text from scraped articles is written safely: invalid UTF-8 becomes U+FFFD, and the
    XML-based formats drop the control characters XML 1.0 forbids.

FORMATS
)" + exportFormatsHelp() +
         R"(
OPTIONS
    --db PATH           database file (default: $KG_DB, else ./kg.db)
    -f, --format F      )" +
         exportFormatNames() + R"( (default json)
    -q, --query CYPHER  export only what this query returns: nodes, relationships, paths,
                        and lists of them, e.g. MATCH p=(:Country)-[:sanctioned]->() RETURN p
    --between FROM TO   only edges stated in an article published from FROM to TO (dates
                        YYYY-MM-DD, both included; - for an open end)
    -o, --out PATH      write to the file PATH (default: standard output); for csv, the
                        directory to write nodes.csv and relationships.csv into (required)
    -h, --help          show this help

EXIT STATUS
    0 written; 1 the export failed (database, query or write error, Graphviz missing);
    2 usage error (unknown option or format, csv without --out).

EXAMPLES
    kg export --format graphml -o news.graphml
    kg export --format svg -o sanctions.svg \
        --query "MATCH p=()-[:sanctioned]->() RETURN p"
    kg export --format csv --out neo4j-import/
    kg export --format stix -o bundle.json
)";
}

}  // namespace

int exportCommand(const Arguments& arguments) {
  std::optional<std::string> db, out, query;
  std::string format = "json";
  TimeWindow window;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-h" || arguments[i] == "--help") {
      std::cout << exportUsage();
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else if (auto value = optionValue(arguments, i, "--format")) {
      format = *value;
    } else if (auto value = optionValue(arguments, i, "-f")) {
      format = *value;
    } else if (auto value = optionValue(arguments, i, "--query")) {
      query = value;
    } else if (auto value = optionValue(arguments, i, "-q")) {
      query = value;
    } else if (auto value = optionValue(arguments, i, "-o")) {
      out = value;
    } else if (auto value = optionValue(arguments, i, "--out")) {
      out = value;
    } else if (betweenOption(arguments, i, window)) {
      // set
    } else {
      printError("export: unexpected argument '" + arguments[i] + "'; see 'kg export --help'");
      return 2;
    }
  }
  const ExportFormat* writer = findExportFormat(format);
  if (!writer) {
    printError("export: unknown format '" + format + "' (" + exportFormatNames() +
               "); see 'kg export --help'");
    return 2;
  }
  if (writer->directory && !out) {
    printError("export: --format " + format + " writes several files and needs --out DIR");
    return 2;
  }
  if (writer->binary && !out && isatty(STDOUT_FILENO)) {
    printError("export: not writing " + format +
               " to a terminal; use -o FILE or redirect the output");
    return 2;
  }
  try {
    GraphStore store(databasePath(db), GraphStore::Mode::ReadOnly);
    GraphStore::LoadOptions load_options;
    load_options.window_from = window.from;
    load_options.window_to = window.to;
    PropertyGraph graph = store.load(load_options);
    Subgraph subgraph = Subgraph::all(graph);
    if (query) {
      try {
        QueryResult result = runQuery(graph, *query);
        subgraph = Subgraph::ofValues(graph, result.rows);
      } catch (const QueryError& error) {
        printError("export: " + error.render(*query));
        return 1;
      }
    }
    if (writer->directory) {
      writer->write_directory(graph, subgraph, *out);
      return 0;
    }

    std::string target = out ? *out : std::string("standard output");
    // Written to memory first, so a failure (Graphviz missing) leaves no empty file behind.
    std::ostringstream written;
    try {
      writer->write(graph, subgraph, exportSettingsFor(store), written);
    } catch (const std::exception& error) {
      printError(target + ": " + error.what());
      return 1;
    }
    std::ofstream file;
    if (out) {
      file.open(*out, std::ios::binary | std::ios::trunc);
      if (!file) {
        printError(*out + ": cannot write");
        return 1;
      }
    }
    std::ostream& stream = out ? static_cast<std::ostream&>(file) : std::cout;
    stream << written.str();
    stream.flush();
    if (!stream) {
      printError(target + ": write failed");
      return 1;
    }
  } catch (const std::exception& error) {
    printError(error.what());
    return 1;
  }
  return 0;
}

}  // namespace kg::cli

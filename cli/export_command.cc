// kg export: writes the graph, or the part a query returns, in a format other tools read.
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "export/csv_export.h"
#include "export/cytoscape_export.h"
#include "export/dot_export.h"
#include "export/graphml_export.h"
#include "export/json_export.h"
#include "export/stix_export.h"
#include "graph/graph_store.h"
#include "query/query_engine.h"

namespace kg::cli {
namespace {

const char* kExportUsage = R"(NAME
    kg export - write the graph, or the part a query returns, for other tools

SYNOPSIS
    kg export [--db PATH] [--format FORMAT] [--query 'CYPHER'] [-o FILE]
    kg export [--db PATH] --format csv [--query 'CYPHER'] --out DIR

DESCRIPTION
    Writes every node and edge of the database, or with --query only the nodes, relationships
    and paths the query returns (a relationship brings its two end nodes). Node and edge ids are
    stable ("n<row id>", "e<row id>"), so exports of the same database can be compared and
    merged. Text from scraped articles is written safely: invalid UTF-8 becomes U+FFFD, and the
    XML-based formats drop the control characters XML 1.0 forbids.

FORMATS
    json       the contract outside tools rely on: {"nodes": [{id, name, type, aliases,
               labels, properties}], "edges": [{id, source, target, relation, status,
               mentions, confidence, evidence: [{article, sentence, start, end}],
               properties}]}
    graphml    GraphML 1.0 (edgedefault="directed") for Gephi, yEd, Cytoscape, NetworkX and
               Boost.Graph. Nodes: label, name, type, aliases ("; "-separated), labels;
               edges: label, relation, status, weight (= mentions), mentions, confidence,
               evidence_count, evidence_article, evidence_sentence, evidence_start,
               evidence_end. Other properties get keys of their own.
    cytoscape  Cytoscape.js elements JSON ({"elements": {"nodes": [...], "edges": [...]}}),
               also imported by Cytoscape desktop (File > Import > Network from File)
    dot        Graphviz DOT: edges coloured by relation (with a legend), dashed when negated,
               demanded, threatened, planned or reported; node shapes by actor type
    svg, png   a picture, rendered by Graphviz's `dot` (Debian/Ubuntu: apt-get install
               graphviz; macOS: brew install graphviz). PNG is not written to a terminal.
    csv        the neo4j-admin import layout in the directory given by --out: nodes.csv
               (id:ID, name, :LABEL, type, aliases:string[]) and relationships.csv
               (:START_ID, :END_ID, :TYPE, id, status, mentions:int, confidence:double,
               evidence, article, evidence_start:long, evidence_end:long,
               start_label:IGNORE, end_label:IGNORE). Load it with
                 neo4j-admin database import full --nodes=DIR/nodes.csv \
                   --relationships=DIR/relationships.csv --array-delimiter=';' neo4j
               or Memgraph's LOAD CSV or Kuzu's COPY FROM (see README.md).
    stix       a STIX 2.1 bundle for OpenCTI, MISP and other threat-intel platforms: countries
               as location (ISO code known) or government identity, organisations as identity,
               groups as intrusion-set, accused/charged/sanctioned people as threat-actor,
               others as identity; targeted -> targets, member_of/affiliated_with ->
               attributed-to, other relations -> x-kg-<relation>; every article and sentence
               is an external reference. Ids are UUIDv5 of the kg ids and timestamps the time
               of the latest ingest, so the bundle is the same until the database changes.

OPTIONS
    --db PATH           database file (default: $KG_DB, else ./kg.db)
    -f, --format F      json (default), graphml, cytoscape, dot, svg, png, csv, stix
    -q, --query CYPHER  export only what this query returns: nodes, relationships, paths,
                        and lists of them, e.g. MATCH p=(:Country)-[:sanctioned]->() RETURN p
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

const char* kFormats[] = {"json", "graphml", "cytoscape", "dot", "svg", "png", "csv", "stix"};

// The time of the latest ingest, so a STIX bundle stays the same while the database does.
std::string latestIngestTime(const GraphStore& store) {
  std::string latest;
  for (const auto& article : store.articles()) latest = std::max(latest, article.ingested_at);
  return latest.empty() ? "1970-01-01T00:00:00.000Z" : stixTimestamp(latest);
}

// Writes one of the stream formats; a picture (svg, png) is already rendered.
void writeFormat(const PropertyGraph& graph, const Subgraph& subgraph, const std::string& format,
                 const GraphStore& store, const std::string& picture, std::ostream& stream) {
  if (format == "json") {
    writeJson(graph, subgraph, stream);
  } else if (format == "graphml") {
    writeGraphml(graph, subgraph, stream);
  } else if (format == "cytoscape") {
    writeCytoscape(graph, subgraph, stream);
  } else if (format == "dot") {
    writeDot(graph, subgraph, stream);
  } else if (format == "stix") {
    StixOptions options;
    options.timestamp = latestIngestTime(store);
    writeStix(graph, subgraph, stream, options);
  } else {
    stream << picture;
  }
}

}  // namespace

int exportCommand(const Arguments& arguments) {
  std::optional<std::string> db, out, query;
  std::string format = "json";
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-h" || arguments[i] == "--help") {
      std::cout << kExportUsage;
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
    } else {
      printError("export: unexpected argument '" + arguments[i] + "'; see 'kg export --help'");
      return 2;
    }
  }
  if (std::find(std::begin(kFormats), std::end(kFormats), format) == std::end(kFormats)) {
    printError("export: unknown format '" + format +
               "' (json, graphml, cytoscape, dot, svg, png, csv, stix); see 'kg export --help'");
    return 2;
  }
  if (format == "csv" && !out) {
    printError("export: --format csv writes two files and needs --out DIR");
    return 2;
  }
  if (format == "png" && !out && isatty(STDOUT_FILENO)) {
    printError("export: not writing a PNG to a terminal; use -o FILE or redirect the output");
    return 2;
  }
  try {
    GraphStore store(databasePath(db), GraphStore::Mode::ReadOnly);
    PropertyGraph graph = store.load();
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
    if (format == "csv") {
      writeNeo4jCsv(graph, subgraph, *out);
      return 0;
    }

    std::string target = out ? *out : std::string("standard output");
    std::ostringstream picture;
    if (format == "svg" || format == "png") {
      // Render first, so a missing Graphviz leaves no empty file behind.
      std::ostringstream dot;
      writeDot(graph, subgraph, dot);
      renderWithGraphviz(dot.str(), format, picture);
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
    try {
      writeFormat(graph, subgraph, format, store, picture.str(), stream);
    } catch (const std::exception& error) {
      printError(target + ": " + error.what());
      return 1;
    }
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

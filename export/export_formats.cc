#include "export/export_formats.h"

#include <algorithm>
#include <sstream>

#include "export/csv_export.h"
#include "export/cytoscape_export.h"
#include "export/dot_export.h"
#include "export/gexf_export.h"
#include "export/graphml_export.h"
#include "export/json_export.h"
#include "export/stix_export.h"

namespace kg {
namespace {

void renderPicture(const PropertyGraph& graph, const Subgraph& subgraph, const char* format,
                   std::ostream& out) {
  std::ostringstream dot;
  writeDot(graph, subgraph, dot);
  renderWithGraphviz(dot.str(), format, out);
}

std::vector<ExportFormat> build() {
  std::vector<ExportFormat> formats;
  formats.push_back({"json",
                     "the contract outside tools rely on: {\"nodes\": [{id, name, type, aliases,\n"
                     "labels, properties}], \"edges\": [{id, source, target, relation, status,\n"
                     "mentions, confidence, evidence: [{article, sentence, start, end}],\n"
                     "properties}]}",
                     false, false,
                     [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&,
                        std::ostream& out) { writeJson(g, s, out); },
                     nullptr});
  formats.push_back(
      {"graphml",
       "GraphML 1.0 (edgedefault=\"directed\") for Gephi, yEd, Cytoscape, NetworkX and\n"
       "Boost.Graph. Nodes: label, name, type, aliases (\"; \"-separated), labels;\n"
       "edges: label, relation, status, weight (= mentions), mentions, confidence,\n"
       "evidence_count, evidence_article, evidence_sentence, evidence_start,\n"
       "evidence_end. Other properties get keys of their own.",
       false, false,
       [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&, std::ostream& out) {
         writeGraphml(g, s, out);
       },
       nullptr});
  formats.push_back(
      {"gexf",
       "GEXF 1.3 for Gephi's timeline: a dynamic graph (timeformat \"date\") where an\n"
       "edge appears on the publication date of its first report (first_seen) and a\n"
       "node with its first dated edge; undated ones are always shown. Nodes: label,\n"
       "type, aliases, labels; edges: label, weight (= mentions), relation, status,\n"
       "mentions, confidence, first_seen, last_seen, sources, evidence_article,\n"
       "evidence_sentence. Other properties become string attributes.",
       false, false,
       [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&, std::ostream& out) {
         writeGexf(g, s, out);
       },
       nullptr});
  formats.push_back(
      {"cytoscape",
       "Cytoscape.js elements JSON ({\"elements\": {\"nodes\": [...], \"edges\": [...]}}),\n"
       "also imported by Cytoscape desktop (File > Import > Network from File)",
       false, false,
       [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&, std::ostream& out) {
         writeCytoscape(g, s, out);
       },
       nullptr});
  formats.push_back(
      {"dot",
       "Graphviz DOT: edges coloured by relation (with a legend), dashed when negated,\n"
       "demanded, threatened, planned or reported; node shapes by actor type",
       false, false,
       [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&, std::ostream& out) {
         writeDot(g, s, out);
       },
       nullptr});
  formats.push_back({"svg",
                     "a picture, rendered by Graphviz's `dot` (Debian/Ubuntu: apt-get install\n"
                     "graphviz; macOS: brew install graphviz). PNG is not written to a terminal.",
                     false, false,
                     [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&,
                        std::ostream& out) { renderPicture(g, s, "svg", out); },
                     nullptr});
  formats.push_back({"png",
                     "a picture, rendered by Graphviz's `dot` (Debian/Ubuntu: apt-get install\n"
                     "graphviz; macOS: brew install graphviz). PNG is not written to a terminal.",
                     false, true,
                     [](const PropertyGraph& g, const Subgraph& s, const ExportSettings&,
                        std::ostream& out) { renderPicture(g, s, "png", out); },
                     nullptr});
  formats.push_back({"csv",
                     "the neo4j-admin import layout in the directory given by --out: nodes.csv\n"
                     "(id:ID, name, :LABEL, type, aliases:string[]) and relationships.csv\n"
                     "(:START_ID, :END_ID, :TYPE, id, status, mentions:int, confidence:double,\n"
                     "evidence, article, evidence_start:long, evidence_end:long,\n"
                     "start_label:IGNORE, end_label:IGNORE). Load it with\n"
                     "  neo4j-admin database import full --nodes=DIR/nodes.csv \\\n"
                     "    --relationships=DIR/relationships.csv --array-delimiter=';' neo4j\n"
                     "or Memgraph's LOAD CSV or Kuzu's COPY FROM (see README.md).",
                     true, false, nullptr,
                     [](const PropertyGraph& g, const Subgraph& s, const std::string& directory) {
                       writeNeo4jCsv(g, s, directory);
                     }});
  formats.push_back(
      {"stix",
       "a STIX 2.1 bundle for OpenCTI, MISP and other threat-intel platforms: countries\n"
       "as location (ISO code known) or government identity, organisations as identity,\n"
       "groups as intrusion-set, accused/charged/sanctioned people as threat-actor,\n"
       "others as identity; targeted -> targets, member_of/affiliated_with ->\n"
       "attributed-to, other relations -> x-kg-<relation>; every article and sentence\n"
       "is an external reference. Ids are UUIDv5 of the kg ids and timestamps the time\n"
       "of the latest ingest, so the bundle is the same until the database changes.",
       false, false,
       [](const PropertyGraph& g, const Subgraph& s, const ExportSettings& settings,
          std::ostream& out) {
         StixOptions options;
         options.timestamp = settings.stix_timestamp;
         writeStix(g, s, out, options);
       },
       nullptr});
  return formats;
}

}  // namespace

ExportSettings exportSettingsFor(const GraphStore& store) {
  ExportSettings settings;
  std::string latest;
  for (const auto& article : store.articles()) latest = std::max(latest, article.ingested_at);
  if (!latest.empty()) settings.stix_timestamp = stixTimestamp(latest);
  return settings;
}

const std::vector<ExportFormat>& exportFormats() {
  static const std::vector<ExportFormat> formats = build();
  return formats;
}

const ExportFormat* findExportFormat(std::string_view name) {
  for (const ExportFormat& format : exportFormats())
    if (format.name == name) return &format;
  return nullptr;
}

std::string exportFormatNames() {
  std::string names;
  for (const ExportFormat& format : exportFormats())
    names += (names.empty() ? "" : ", ") + format.name;
  return names;
}

std::string exportFormatsHelp() {
  std::string text;
  const auto& formats = exportFormats();
  for (size_t i = 0; i < formats.size();) {
    // Formats with the same help are listed together ("svg, png").
    std::string names = formats[i].name;
    size_t next = i + 1;
    while (next < formats.size() && formats[next].help == formats[i].help)
      names += ", " + formats[next++].name;
    std::string line = "    " + names;
    line.resize(std::max<size_t>(line.size() + 2, 15), ' ');
    std::string help = formats[i].help;
    size_t start = 0;
    for (size_t end; (end = help.find('\n', start)) != std::string::npos; start = end + 1) {
      text += line + help.substr(start, end - start) + '\n';
      line = std::string(15, ' ');
    }
    text += line + help.substr(start) + '\n';
    i = next;
  }
  return text;
}

}  // namespace kg

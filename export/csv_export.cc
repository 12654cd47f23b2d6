#include "export/csv_export.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "export/export_text.h"

namespace kg {
namespace {

// One quoted cell: quotes doubled, line breaks as spaces (neo4j-admin reads one record per line
// unless told otherwise).
std::string cell(std::string_view text) {
  std::string out = "\"";
  for (char c : xmlSafeText(text)) {
    if (c == '"')
      out += "\"\"";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out + "\"";
}

// A list cell: items joined with the array delimiter ';' (a ';' inside an item becomes ',').
std::string listCell(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) joined += ';';
    for (char c : items[i]) joined += c == ';' ? ',' : c;
  }
  return cell(joined);
}

std::string firstLabel(const PropertyGraph& graph, uint32_t node) {
  const auto& labels = graph.node(node).labels;
  return labels.empty() ? "" : labels.front();
}

void writeFile(const std::filesystem::path& path, const PropertyGraph& graph,
               const Subgraph& subgraph,
               void (*write)(const PropertyGraph&, const Subgraph&, std::ostream&)) {
  std::ofstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error(path.string() + ": cannot write");
  write(graph, subgraph, file);
  if (!file.flush()) throw std::runtime_error(path.string() + ": write failed");
}

}  // namespace

void writeNodesCsv(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out) {
  out << "id:ID,name,:LABEL,type,aliases:string[]\n";
  for (uint32_t node : subgraph.nodes()) {
    out << cell(nodeId(graph, node)) << ',' << cell(nodeName(graph, node)) << ','
        << listCell(graph.node(node).labels) << ',' << cell(nodeType(graph, node)) << ','
        << listCell(nodeAliases(graph, node)) << '\n';
  }
}

void writeRelationshipsCsv(const PropertyGraph& graph, const Subgraph& subgraph,
                           std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,id,status,mentions:int,confidence:double,evidence,article,"
         "evidence_start:long,evidence_end:long,start_label:IGNORE,end_label:IGNORE\n";
  for (uint32_t index : subgraph.edges()) {
    const PropertyGraph::Edge& edge = graph.edge(index);
    uint32_t mentions = edge.news ? edge.mentions : 0;
    out << cell(nodeId(graph, edge.source)) << ',' << cell(nodeId(graph, edge.target)) << ','
        << cell(graph.edgeType(index)) << ',' << cell(edgeId(graph, index)) << ','
        << cell(edge.news ? edgeStatusName(edge.status) : "asserted") << ',' << mentions << ','
        << formatFloat(edge.news ? edge.confidence : 1.0f) << ',';
    if (mentions > 0) {
      EvidenceView first = graph.evidence(index, 0);
      out << cell(first.sentence) << ',' << cell(first.article) << ',' << first.start << ','
          << first.end;
    } else {
      out << "\"\",\"\",,";
    }
    // The end nodes' labels, for engines that load one table per label (Kuzu); neo4j-admin
    // skips :IGNORE columns.
    out << ',' << cell(firstLabel(graph, edge.source)) << ','
        << cell(firstLabel(graph, edge.target)) << '\n';
  }
}

void writeNeo4jCsv(const PropertyGraph& graph, const Subgraph& subgraph,
                   const std::string& directory) {
  std::filesystem::path root(directory);
  std::error_code error;
  std::filesystem::create_directories(root, error);
  if (error || !std::filesystem::is_directory(root))
    throw std::runtime_error(directory + ": cannot create the directory" +
                             (error ? ": " + error.message() : std::string()));
  writeFile(root / "nodes.csv", graph, subgraph, &writeNodesCsv);
  writeFile(root / "relationships.csv", graph, subgraph, &writeRelationshipsCsv);
}

}  // namespace kg

#include "export/csv_export.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <system_error>

#include "export/export_text.h"
#include "graph/value_json.h"

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

// An array item: the array delimiter ';' inside an item becomes ','.
std::string arrayItem(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == ';') c = ',';
  return out;
}

// A list cell: items joined with the array delimiter ';'.
std::string listCell(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) joined += ';';
    joined += arrayItem(items[i]);
  }
  return cell(joined);
}

std::string firstLabel(const PropertyGraph& graph, uint32_t node) {
  const auto& labels = graph.nodeLabels(node);
  return labels.empty() ? "" : labels.front();
}

// --- columns for the properties users add (CREATE, SET) ---------------------------------------

// The element type of a property column, in the order mixed numbers widen to. Unknown: only
// empty lists seen so far; Mixed: the values have no common neo4j-admin type.
enum class Scalar { Unknown, Boolean, Int, Long, Double, String, Mixed };

// A column's neo4j-admin type: a scalar, an array of scalars, or (text) JSON for maps, nested
// lists and columns whose values disagree in kind.
struct ColumnType {
  Scalar scalar = Scalar::Unknown;
  bool array = false;
  bool json = false;
};

Scalar widen(Scalar a, Scalar b) {
  if (a == Scalar::Unknown) return b;
  if (b == Scalar::Unknown || a == b) return a;
  auto integer = [](Scalar s) { return s == Scalar::Int || s == Scalar::Long; };
  if (integer(a) && integer(b)) return Scalar::Long;
  if ((integer(a) || a == Scalar::Double) && (integer(b) || b == Scalar::Double))
    return Scalar::Double;
  return Scalar::Mixed;
}

// neo4j-admin's int is 32 bits, long 64.
Scalar scalarOf(const Value& value) {
  if (value.is<bool>()) return Scalar::Boolean;
  if (value.is<int64_t>()) {
    int64_t number = value.as<int64_t>();
    bool fits = number >= std::numeric_limits<int32_t>::min() &&
                number <= std::numeric_limits<int32_t>::max();
    return fits ? Scalar::Int : Scalar::Long;
  }
  if (value.is<double>()) return Scalar::Double;
  if (value.is<std::string>()) return Scalar::String;
  return Scalar::Mixed;
}

ColumnType typeOf(const Value& value) {
  ColumnType type;
  if (value.is<ValueList>()) {
    type.array = true;
    for (const Value& item : value.as<ValueList>())
      type.scalar = widen(type.scalar, scalarOf(item));
  } else {
    type.scalar = scalarOf(value);
  }
  type.json = type.scalar == Scalar::Mixed;
  return type;
}

ColumnType widen(const ColumnType& a, const ColumnType& b) {
  ColumnType type;
  type.array = a.array;
  type.scalar = widen(a.scalar, b.scalar);
  type.json = a.json || b.json || a.array != b.array || type.scalar == Scalar::Mixed;
  return type;
}

// The header suffix: "" for text, ":int", ":double[]", ...
std::string headerSuffix(const ColumnType& type) {
  if (type.json) return "";
  std::string name;
  switch (type.scalar) {
    case Scalar::Boolean:
      name = "boolean";
      break;
    case Scalar::Int:
      name = "int";
      break;
    case Scalar::Long:
      name = "long";
      break;
    case Scalar::Double:
      name = "double";
      break;
    case Scalar::Unknown:
    case Scalar::String:
    case Scalar::Mixed:
      name = "string";
      break;
  }
  if (type.array) return ":" + name + "[]";
  return name == "string" ? "" : ":" + name;
}

// Numbers as neo4j-admin (Java) reads them back: shortest exact decimal, NaN, Infinity.
std::string doubleText(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  return formatDouble(number);
}

std::string scalarText(const Value& value, Scalar column) {
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<int64_t>())
    return column == Scalar::Double ? doubleText(static_cast<double>(value.as<int64_t>()))
                                    : std::to_string(value.as<int64_t>());
  if (value.is<double>()) return doubleText(value.as<double>());
  if (value.is<std::string>()) return value.as<std::string>();
  return toJson(value, TemporalJson::Text);
}

// A property's cell in its column; an absent (null) property is an empty unquoted cell, which
// neo4j-admin leaves unset.
std::string propertyCell(const Value& value, const ColumnType& type) {
  if (value.isNull()) return "";
  if (type.json)
    return cell(value.is<std::string>() ? value.as<std::string>()
                                        : toJson(value, TemporalJson::Text));
  if (type.array) {
    std::vector<std::string> items;
    for (const Value& item : value.as<ValueList>()) items.push_back(scalarText(item, type.scalar));
    return listCell(items);
  }
  if (type.scalar == Scalar::String) return cell(value.as<std::string>());
  return scalarText(value, type.scalar);
}

struct PropertyColumn {
  std::string key;     // the property
  std::string header;  // its header cell
  ColumnType type;
};

// The user property columns, in key order, after the fixed ones. A header name never takes a
// fixed column's property name (it becomes property_<name>) and has no ':' (neo4j-admin reads
// the text after it as the type).
class PropertyColumns {
 public:
  explicit PropertyColumns(std::set<std::string> taken) : taken_(std::move(taken)) {}

  void note(const std::string& key, const Value& value) {
    if (value.isNull()) return;
    auto [it, inserted] = types_.emplace(key, typeOf(value));
    if (!inserted) it->second = widen(it->second, typeOf(value));
  }

  std::vector<PropertyColumn> columns() const {
    std::vector<PropertyColumn> columns;
    std::set<std::string> taken = taken_;
    for (const auto& [key, type] : types_) {
      std::string name = xmlSafeText(key);
      for (char& c : name)
        if (c == ':' || c == '\n' || c == '\r') c = '_';
      while (taken.count(name)) name = "property_" + name;
      taken.insert(name);
      std::string header = name + headerSuffix(type);
      bool plain = header.find_first_of(",\" ") == std::string::npos && !header.empty();
      columns.push_back({key, plain ? header : cell(header), type});
    }
    return columns;
  }

 private:
  std::set<std::string> taken_;
  std::map<std::string, ColumnType> types_;
};

// Node properties the fixed columns carry: name and type as text, aliases as a list of text.
bool inFixedNodeColumn(const std::string& key, const Value& value) {
  if (key == "name" || key == "type") return value.is<std::string>();
  if (key != "aliases" || !value.is<ValueList>()) return false;
  for (const Value& alias : value.as<ValueList>())
    if (!alias.is<std::string>()) return false;
  return true;
}

// Edge properties the fixed columns carry (news edges only; a hand-made edge's status or
// mentions is a user property).
bool inFixedEdgeColumn(const PropertyGraph::Edge& edge, const std::string& key) {
  return edge.news &&
         (key == "status" || key == "mentions" || key == "confidence" || key == "evidence");
}

ValueMap userEdgeProperties(const PropertyGraph& graph, uint32_t index) {
  const PropertyGraph::Edge& edge = graph.edge(index);
  ValueMap properties;
  if (edge.news && edge.extra < 0) return properties;  // the common case, without the evidence
  for (auto& [key, value] : graph.edgeProperties(index))
    if (!inFixedEdgeColumn(edge, key)) properties.emplace(key, std::move(value));
  return properties;
}

ValueMap userNodeProperties(const PropertyGraph& graph, uint32_t node) {
  ValueMap properties;
  for (auto& [key, value] : graph.nodeProperties(node))
    if (!inFixedNodeColumn(key, value)) properties.emplace(key, std::move(value));
  return properties;
}

void writeProperties(const std::vector<PropertyColumn>& columns, const ValueMap& properties,
                     std::ostream& out) {
  for (const PropertyColumn& column : columns) {
    auto it = properties.find(column.key);
    out << ',' << propertyCell(it == properties.end() ? Value() : it->second, column.type);
  }
}

void writeHeaders(const std::vector<PropertyColumn>& columns, std::ostream& out) {
  for (const PropertyColumn& column : columns) out << ',' << column.header;
  out << '\n';
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
  PropertyColumns extra({"id", "name", "type", "aliases"});
  for (uint32_t node : subgraph.nodes())
    for (const auto& [key, value] : userNodeProperties(graph, node)) extra.note(key, value);
  std::vector<PropertyColumn> columns = extra.columns();

  out << "id:ID,name,:LABEL,type,aliases:string[]";
  writeHeaders(columns, out);
  for (uint32_t node : subgraph.nodes()) {
    out << cell(nodeId(graph, node)) << ',' << cell(nodeName(graph, node)) << ','
        << listCell(graph.nodeLabels(node)) << ',' << cell(nodeType(graph, node)) << ','
        << listCell(nodeAliases(graph, node));
    if (!columns.empty()) writeProperties(columns, userNodeProperties(graph, node), out);
    out << '\n';
  }
}

void writeRelationshipsCsv(const PropertyGraph& graph, const Subgraph& subgraph,
                           std::ostream& out) {
  PropertyColumns extra({"id", "status", "mentions", "confidence", "evidence", "article",
                         "evidence_start", "evidence_end", "start_label", "end_label"});
  for (uint32_t index : subgraph.edges())
    for (const auto& [key, value] : userEdgeProperties(graph, index)) extra.note(key, value);
  std::vector<PropertyColumn> columns = extra.columns();

  out << ":START_ID,:END_ID,:TYPE,id,status,mentions:int,confidence:double,evidence,article,"
         "evidence_start:long,evidence_end:long,start_label:IGNORE,end_label:IGNORE";
  writeHeaders(columns, out);
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
        << cell(firstLabel(graph, edge.target));
    if (!columns.empty()) writeProperties(columns, userEdgeProperties(graph, index), out);
    out << '\n';
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

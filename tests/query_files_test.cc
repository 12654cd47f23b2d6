// Runs the query tests written as data files (tests/queries/*.test), one Catch2 test case per
// query, registered when the program starts. File format (lines starting with '#' are comments):
//
//   === setup                      statements (';'-separated) that build the graph of the file
//   CREATE (:Person {name: 'Ann'})
//   === query: a short title       one query per section, run on a fresh copy of that graph
//   $name: 'Ann'                   optional parameters, each a Cypher literal
//   MATCH (p {name: $name}) RETURN p.name
//   --- rows in order | --- rows in any order
//   p.name                         the column names, separated by ' | '
//   'Ann'                          one line per row: values as Cypher literals, ' | '-separated
//   --- error SyntaxError UndefinedVariable     (instead of rows) the expected kind and code
//
// Nodes print as (:Label {key: value}), relationships as [:type {key: value}].
#include <algorithm>
#include <catch2/catch.hpp>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/property_graph.h"
#include "query/query_engine.h"
#include "query/value_ops.h"

namespace {

namespace fs = std::filesystem;

struct QueryCase {
  std::string file;
  int line = 0;
  std::string title;
  std::string setup;
  std::vector<std::string> parameter_lines;  // "name: literal"
  std::string query;
  enum class Expect { RowsInOrder, RowsAnyOrder, Error } expect = Expect::RowsAnyOrder;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::string error_kind;
  std::string error_code;
};

std::string trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> splitCells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      cell += c;
      if (c == '\\' && i + 1 < line.size())
        cell += line[++i];
      else if (c == '\'')
        quoted = false;
      continue;
    }
    if (c == '\'') quoted = true;
    if (c == '[' || c == '{' || c == '(') ++depth;
    if (c == ']' || c == '}' || c == ')') --depth;
    if (c == '|' && depth == 0) {
      cells.push_back(trim(cell));
      cell.clear();
      continue;
    }
    cell += c;
  }
  cells.push_back(trim(cell));
  return cells;
}

std::string format(const kg::Value& value, const kg::PropertyGraph& graph);

std::string formatMap(const kg::ValueMap& map, const kg::PropertyGraph& graph) {
  std::string text = "{";
  bool first = true;
  for (const auto& [key, element] : map) {
    if (!first) text += ", ";
    first = false;
    text += key + ": " + format(element, graph);
  }
  return text + "}";
}

std::string format(const kg::Value& value, const kg::PropertyGraph& graph) {
  if (value.isNull()) return "null";
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<int64_t>()) return std::to_string(value.as<int64_t>());
  if (value.is<double>()) return kg::cypher::formatNumber(value.as<double>());
  if (value.is<std::string>()) {
    std::string text = "'";
    for (char c : value.as<std::string>()) {
      if (c == '\'' || c == '\\') text += '\\';
      text += c;
    }
    return text + "'";
  }
  if (value.is<kg::ValueList>()) {
    std::string text = "[";
    const auto& list = value.as<kg::ValueList>();
    for (size_t i = 0; i < list.size(); ++i) text += (i ? ", " : "") + format(list[i], graph);
    return text + "]";
  }
  if (value.is<kg::ValueMap>()) return formatMap(value.as<kg::ValueMap>(), graph);
  if (value.is<kg::NodeRef>()) {
    std::vector<std::string> labels = graph.nodeLabels(value.as<kg::NodeRef>().index);
    std::sort(labels.begin(), labels.end());
    std::string text = "(";
    for (const std::string& label : labels) text += ":" + label;
    kg::ValueMap properties = graph.nodeProperties(value.as<kg::NodeRef>().index);
    if (!properties.empty()) {
      if (!labels.empty()) text += " ";
      text += formatMap(properties, graph);
    }
    return text + ")";
  }
  if (value.is<kg::EdgeRef>()) {
    uint32_t edge = value.as<kg::EdgeRef>().index;
    std::string text = "[:" + graph.edgeType(edge);
    kg::ValueMap properties = graph.edgeProperties(edge);
    if (!properties.empty()) text += " " + formatMap(properties, graph);
    return text + "]";
  }
  const auto& path = value.as<kg::PathValue>();
  std::string text = "<" + format(kg::NodeRef{path.nodes[0]}, graph);
  for (size_t i = 0; i < path.edges.size(); ++i) {
    bool forward = graph.edge(path.edges[i]).source == path.nodes[i];
    text += forward ? "-" : "<-";
    text += format(kg::EdgeRef{path.edges[i]}, graph);
    text += forward ? "->" : "-";
    text += format(kg::NodeRef{path.nodes[i + 1]}, graph);
  }
  return text + ">";
}

std::vector<QueryCase> readCases(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::vector<QueryCase> cases;
  std::string setup;
  enum class Section { None, Setup, Query, Rows, Error } section = Section::None;
  bool header_read = false;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line[0] == '#') continue;
    if (line.rfind("=== setup", 0) == 0) {
      section = Section::Setup;
      continue;
    }
    if (line.rfind("=== query:", 0) == 0) {
      QueryCase query_case;
      query_case.file = file.filename().string();
      query_case.line = number;
      query_case.title = trim(line.substr(10));
      query_case.setup = setup;
      cases.push_back(std::move(query_case));
      section = Section::Query;
      continue;
    }
    if (line.rfind("--- rows", 0) == 0 && !cases.empty()) {
      cases.back().expect = line.find("in order") != std::string::npos
                                ? QueryCase::Expect::RowsInOrder
                                : QueryCase::Expect::RowsAnyOrder;
      section = Section::Rows;
      header_read = false;
      continue;
    }
    if (line.rfind("--- error", 0) == 0 && !cases.empty()) {
      std::istringstream words(line.substr(9));
      words >> cases.back().error_kind >> cases.back().error_code;
      cases.back().expect = QueryCase::Expect::Error;
      section = Section::Error;
      continue;
    }
    switch (section) {
      case Section::Setup:
        setup += line + "\n";
        break;
      case Section::Query:
        if (line.rfind("$", 0) == 0)
          cases.back().parameter_lines.push_back(line.substr(1));
        else
          cases.back().query += line + "\n";
        break;
      case Section::Rows:
        if (trim(line).empty()) break;
        if (!header_read) {
          cases.back().columns = splitCells(line);
          header_read = true;
        } else {
          cases.back().rows.push_back(splitCells(line));
        }
        break;
      default:
        break;
    }
  }
  return cases;
}

void buildGraph(kg::PropertyGraph& graph, const std::string& setup) {
  std::string statement;
  std::istringstream lines(setup);
  std::string line;
  auto flush = [&] {
    if (trim(statement).empty()) return;
    kg::runQuery(graph, statement);
    statement.clear();
  };
  while (std::getline(lines, line)) {
    statement += line + "\n";
    if (!trim(line).empty() && trim(line).back() == ';') flush();
  }
  flush();
}

void runCase(const QueryCase& query_case) {
  INFO(query_case.file << ":" << query_case.line << "\n" << query_case.query);
  kg::PropertyGraph graph;
  buildGraph(graph, query_case.setup);
  kg::QueryOptions options;
  for (const std::string& parameter : query_case.parameter_lines) {
    size_t colon = parameter.find(':');
    REQUIRE(colon != std::string::npos);
    kg::PropertyGraph scratch;
    auto literal = kg::runQuery(scratch, "RETURN " + parameter.substr(colon + 1));
    options.parameters[trim(parameter.substr(0, colon))] = literal.rows.at(0).at(0);
  }
  if (query_case.expect == QueryCase::Expect::Error) {
    try {
      kg::runQuery(graph, query_case.query, options);
      FAIL("expected " << query_case.error_kind << " " << query_case.error_code);
    } catch (const kg::QueryError& error) {
      INFO(error.render(query_case.query));
      CHECK(error.kind == query_case.error_kind);
      CHECK(error.code == query_case.error_code);
    }
    return;
  }
  kg::QueryResult result;
  try {
    result = kg::runQuery(graph, query_case.query, options);
  } catch (const kg::QueryError& error) {
    FAIL(error.render(query_case.query));
  }
  CHECK(result.columns == query_case.columns);
  std::vector<std::string> actual, expected;
  for (const auto& row : result.rows) {
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) text += (i ? " | " : "") + format(row[i], graph);
    actual.push_back(text);
  }
  for (const auto& row : query_case.rows) {
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) text += (i ? " | " : "") + row[i];
    expected.push_back(text);
  }
  if (query_case.expect == QueryCase::Expect::RowsAnyOrder) {
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
  }
  CHECK(actual == expected);
}

class QueryCaseInvoker : public Catch::ITestInvoker {
 public:
  explicit QueryCaseInvoker(QueryCase query_case) : query_case_(std::move(query_case)) {}
  void invoke() const override { runCase(query_case_); }

 private:
  QueryCase query_case_;
};

std::string testName(const QueryCase& query_case) {
  std::string name = "queries/" + query_case.file + ": " + query_case.title;
  for (char& c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) ||
          std::string_view(" _-:/.()'").find(c) != std::string_view::npos))
      c = '_';
  return name;
}

// Registers every case of tests/queries/ before main() runs.
struct Registration {
  Registration() {
    fs::path folder = fs::path(KG_SOURCE_DIR) / "tests" / "queries";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.path().extension() == ".test") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    static std::deque<std::string> names;
    static std::deque<std::unique_ptr<Catch::AutoReg>> registrations;
    for (const fs::path& file : files)
      for (QueryCase& query_case : readCases(file)) {
        names.push_back(testName(query_case));
        registrations.push_back(std::make_unique<Catch::AutoReg>(
            new QueryCaseInvoker(std::move(query_case)), CATCH_INTERNAL_LINEINFO,
            Catch::StringRef(), Catch::NameAndTags{names.back(), "[query][files]"}));
      }
  }
};
const Registration registration;

}  // namespace

TEST_CASE("query files: every tests/queries/*.test file has cases", "[query][files]") {
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(KG_SOURCE_DIR) / "tests" / "queries"))
    if (entry.path().extension() == ".test") {
      ++files;
      CHECK_FALSE(readCases(entry.path()).empty());
    }
  CHECK(files >= 3);
}

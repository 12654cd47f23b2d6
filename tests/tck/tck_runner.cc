// tck_runner: runs openCypher TCK scenarios (tests/tck/features) against kg's query engine through
// its front door, kg::runQuery, and reports per-folder pass counts, failures grouped by cause,
// and regressions against an allow-list of scenarios that passed before. Each scenario runs in a
// child process with a time limit, so an engine crash or hang fails that scenario only.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "query/procedures.h"
#include "query/query_engine.h"
#include "tests/tck/gherkin.h"
#include "tests/tck/tck_value.h"

namespace fs = std::filesystem;

namespace kg::tck {
namespace {

constexpr int64_t kQueryTimeLimitMs = 10'000;
// The TCK's unbounded `*` means unbounded (relationship uniqueness ends every walk); kg's default
// cap of 5 hops is a guard rail for large news graphs, so the TCK runs with a generous cap.
constexpr unsigned kHopCap = 100;

struct Settings {
  std::vector<std::string> feature_dirs;
  std::string allow_list;
  std::string write_allow_list;
  std::string write_failures;
  std::string filter;
  bool list_failures = false;
  bool fork_each = true;
  unsigned timeout_seconds = 30;
};

// What one scenario did. `cause` is short and shared by similar failures (it is the grouping key
// of FAILURES.md); `detail` says exactly what differed.
struct Outcome {
  bool passed = false;
  std::string cause;
  std::string detail;
  std::vector<std::string> notes;  // observations that do not fail the scenario
};

struct ScenarioFailure : std::runtime_error {
  ScenarioFailure(std::string cause, std::string detail)
      : std::runtime_error(cause), cause(std::move(cause)), detail(std::move(detail)) {}
  std::string cause;
  std::string detail;
};

// ---- helpers ------------------------------------------------------------------------------------

std::string firstLine(const std::string& text, size_t limit = 160) {
  std::string line = text.substr(0, text.find('\n'));
  if (line.size() > limit) line = line.substr(0, limit) + "...";
  return line;
}

// The engine's message with positions and numbers folded, so similar errors group together.
std::string normalizedMessage(const std::string& message) {
  std::string line = firstLine(message, 100);
  line = std::regex_replace(line, std::regex(" ?at line [0-9]+, column [0-9]+"), "");
  line = std::regex_replace(line, std::regex("[0-9]+"), "N");
  return line;
}

std::string errorName(const QueryError& error) {
  return error.kind + (error.code.empty() ? "" : "/" + error.code);
}

std::string indent(const std::string& text, const std::string& prefix = "    ") {
  std::string out = prefix;
  for (char c : text) {
    out += c;
    if (c == '\n') out += prefix;
  }
  return out;
}

// ---- graph state for side effects ---------------------------------------------------------------

// What the TCK's side effects count: nodes, relationships (by index: deleted ones stay in the
// graph, marked), distinct label names, and (entity, key, value) property triples.
struct GraphState {
  std::set<uint32_t> nodes;
  std::set<uint32_t> relationships;
  std::set<std::string> labels;
  std::set<std::string> properties;
};

GraphState captureState(const PropertyGraph& graph) {
  GraphState state;
  for (uint32_t n = 0; n < graph.nodeCount(); ++n) {
    const PropertyGraph::Node& node = graph.node(n);
    if (node.deleted) continue;
    state.nodes.insert(n);
    for (const std::string& label : graph.nodeLabels(n)) state.labels.insert(label);
    for (const auto& [key, value] : graph.nodeProperties(n)) {
      if (value.isNull()) continue;
      state.properties.insert("n" + std::to_string(n) + "\x1f" + key + "\x1f" +
                              formatTckValue(fromValue(value, graph)));
    }
  }
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
    if (graph.edge(e).deleted) continue;
    state.relationships.insert(e);
    for (const auto& [key, value] : graph.edgeProperties(e)) {
      if (value.isNull()) continue;
      state.properties.insert("r" + std::to_string(e) + "\x1f" + key + "\x1f" +
                              formatTckValue(fromValue(value, graph)));
    }
  }
  return state;
}

template <typename Item>
size_t countMissing(const std::set<Item>& from, const std::set<Item>& in) {
  size_t missing = 0;
  for (const Item& item : from) missing += in.count(item) == 0;
  return missing;
}

std::map<std::string, int64_t> sideEffects(const GraphState& before, const GraphState& after) {
  std::map<std::string, int64_t> effects;
  effects["+nodes"] = static_cast<int64_t>(countMissing(after.nodes, before.nodes));
  effects["-nodes"] = static_cast<int64_t>(countMissing(before.nodes, after.nodes));
  effects["+relationships"] =
      static_cast<int64_t>(countMissing(after.relationships, before.relationships));
  effects["-relationships"] =
      static_cast<int64_t>(countMissing(before.relationships, after.relationships));
  effects["+labels"] = static_cast<int64_t>(countMissing(after.labels, before.labels));
  effects["-labels"] = static_cast<int64_t>(countMissing(before.labels, after.labels));
  effects["+properties"] = static_cast<int64_t>(countMissing(after.properties, before.properties));
  effects["-properties"] = static_cast<int64_t>(countMissing(before.properties, after.properties));
  return effects;
}

// ---- running one scenario -----------------------------------------------------------------------

class ScenarioRunner {
 public:
  ScenarioRunner(const GherkinScenario& scenario, fs::path graphs_dir)
      : scenario_(scenario), graphs_dir_(std::move(graphs_dir)) {
    options_.time_limit_ms = kQueryTimeLimitMs;
    options_.hop_cap = kHopCap;
  }

  ~ScenarioRunner() {
    for (const std::string& name : registered_procedures_) cypher::unregisterProcedure(name);
  }

  Outcome run() {
    Outcome outcome;
    try {
      for (const GherkinStep& step : scenario_.steps) runStep(step);
      outcome.passed = true;
    } catch (const ScenarioFailure& failure) {
      outcome.cause = failure.cause;
      outcome.detail = failure.detail;
    } catch (const std::exception& error) {
      outcome.cause = "runner error: " + normalizedMessage(error.what());
      outcome.detail = error.what();
    } catch (...) {
      outcome.cause = "runner error: unknown exception";
    }
    outcome.notes = std::move(notes_);
    return outcome;
  }

 private:
  void runStep(const GherkinStep& step) {
    const std::string& text = step.text;
    static const std::regex named_graph("^the (\\S+) graph$");
    static const std::regex expected_error(
        "^an? (\\w+) should be raised at (compile time|runtime|any time): (\\w+|\\*)$");
    std::smatch match;
    if (text == "an empty graph" || text == "any graph") {
      graph_ = std::make_unique<PropertyGraph>();
    } else if (std::regex_match(text, match, named_graph)) {
      loadNamedGraph(match[1]);
    } else if (text == "having executed:") {
      runSetup(step.doc_string, "setup");
    } else if (text == "parameters are:") {
      setParameters(step);
    } else if (text.rfind("there exists a procedure ", 0) == 0) {
      registerTableProcedure(step);
    } else if (text == "executing query:") {
      executeQuery(step.doc_string);
    } else if (text == "executing control query:") {
      executeControlQuery(step.doc_string);
    } else if (text.rfind("the result should be", 0) == 0 && text != "the result should be empty") {
      checkResult(step);
    } else if (text == "the result should be empty") {
      checkEmpty();
    } else if (std::regex_match(text, match, expected_error)) {
      checkError(match[1], match[3]);
    } else if (text == "no side effects") {
      checkSideEffects({});
    } else if (text == "the side effects should be:") {
      std::map<std::string, int64_t> expected;
      for (const auto& row : step.table) {
        if (row.size() != 2) throw ScenarioFailure("runner: bad side effects table", text);
        expected[row[0]] = std::stoll(row[1]);
      }
      checkSideEffects(expected);
    } else {
      throw ScenarioFailure("runner: unknown step", step.keyword + " " + text);
    }
  }

  // "there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):" and a table
  // whose columns are the arguments, then the outputs: the procedure yields the outputs of the
  // rows whose arguments equal the call's, in table order.
  void registerTableProcedure(const GherkinStep& step) {
    std::string signature = step.text.substr(std::string("there exists a procedure ").size());
    while (!signature.empty() &&
           (signature.back() == ':' || std::isspace(static_cast<unsigned char>(signature.back()))))
      signature.pop_back();
    std::vector<std::vector<TckValue>> rows;
    for (size_t r = 1; r < step.table.size(); ++r) {
      std::vector<TckValue> row;
      for (const std::string& cell : step.table[r]) row.push_back(parseTckValue(cell));
      rows.push_back(std::move(row));
    }
    auto run = [rows](const PropertyGraph& graph, const std::vector<Value>& arguments) {
      std::vector<std::vector<Value>> results;
      for (const std::vector<TckValue>& row : rows) {
        bool matches = row.size() >= arguments.size();
        for (size_t i = 0; matches && i < arguments.size(); ++i)
          matches = tckEqual(fromValue(arguments[i], graph), row[i]);
        if (!matches) continue;
        std::vector<Value> outputs;
        for (size_t i = arguments.size(); i < row.size(); ++i) outputs.push_back(toValue(row[i]));
        results.push_back(std::move(outputs));
      }
      return results;
    };
    std::shared_ptr<const cypher::ProcedureDefinition> procedure;
    try {
      procedure = cypher::registerProcedure(signature, "a procedure of a TCK scenario", run);
    } catch (const std::invalid_argument& error) {
      throw ScenarioFailure("runner: bad procedure step", error.what());
    }
    registered_procedures_.push_back(procedure->name);
    size_t columns = procedure->arguments.size() + procedure->outputs.size();
    if (!step.table.empty() && step.table[0].size() != columns)
      throw ScenarioFailure("runner: procedure table columns differ from its signature", step.text);
  }

  QueryResult runChecked(const std::string& query, const std::string& role) {
    try {
      return runQuery(*graph_, query, options_);
    } catch (const QueryError& error) {
      throw ScenarioFailure(
          role + " query failed: " + errorName(error) + ": " + normalizedMessage(error.what()),
          error.render(query) + "\nquery:\n" + indent(query));
    } catch (const std::exception& error) {
      throw ScenarioFailure(
          role + " query threw a non-QueryError: " + normalizedMessage(error.what()),
          std::string(error.what()) + "\nquery:\n" + indent(query));
    }
  }

  void runSetup(const std::string& query, const std::string& role) { runChecked(query, role); }

  void loadNamedGraph(const std::string& name) {
    fs::path script = graphs_dir_ / name / (name + ".cypher");
    std::ifstream in(script);
    if (!in) throw ScenarioFailure("named graph not vendored", script.string());
    std::stringstream text;
    text << in.rdbuf();
    graph_ = std::make_unique<PropertyGraph>();
    runSetup(text.str(), "named graph " + name);
  }

  void setParameters(const GherkinStep& step) {
    for (const auto& row : step.table) {
      if (row.size() != 2) throw ScenarioFailure("runner: bad parameters table", step.text);
      options_.parameters[row[0]] = toValue(parseTckValue(row[1]));
    }
  }

  void executeQuery(const std::string& query) {
    query_ = query;
    result_.reset();
    error_.reset();
    GraphState before = captureState(*graph_);
    try {
      result_ = runQuery(*graph_, query, options_);
    } catch (const QueryError& error) {
      error_ = error;
    } catch (const std::exception& error) {
      throw ScenarioFailure("query threw a non-QueryError: " + normalizedMessage(error.what()),
                            std::string(error.what()) + "\nquery:\n" + indent(query));
    }
    effects_ = sideEffects(before, captureState(*graph_));
    if (result_) noteReportedCounts();
  }

  // The engine reports what it created so the CLI can persist it; compare with the graph.
  void noteReportedCounts() {
    auto note = [&](const char* what, int64_t reported, int64_t observed) {
      if (reported != observed) {
        notes_.push_back(std::string("engine reports ") + what + " " + std::to_string(reported) +
                         ", graph shows " + std::to_string(observed));
      }
    };
    note("created_nodes", static_cast<int64_t>(result_->created_nodes.size()), effects_["+nodes"]);
    note("created_edges", static_cast<int64_t>(result_->created_edges.size()),
         effects_["+relationships"]);
    if (effects_["+properties"] > 0 && result_->properties_set == 0) {
      notes_.push_back("engine reports properties_set 0, graph gained properties");
    }
  }

  void executeControlQuery(const std::string& query) {
    query_ = query;
    error_.reset();
    result_ = runChecked(query, "control");
  }

  const QueryResult& requireResult() {
    if (error_) {
      throw ScenarioFailure(
          "unexpected error " + errorName(*error_) + ": " + normalizedMessage(error_->what()),
          error_->render(query_) + "\nquery:\n" + indent(query_));
    }
    if (!result_) throw ScenarioFailure("runner: no query before the result step", "");
    return *result_;
  }

  void checkEmpty() {
    const QueryResult& result = requireResult();
    if (!result.rows.empty()) {
      throw ScenarioFailure("wrong row count",
                            "expected no rows, got " + std::to_string(result.rows.size()) + ":\n" +
                                formatActual(result, identityOrder(result.columns.size())));
    }
  }

  static std::vector<size_t> identityOrder(size_t size) {
    std::vector<size_t> order(size);
    for (size_t i = 0; i < size; ++i) order[i] = i;
    return order;
  }

  std::string formatActual(const QueryResult& result, const std::vector<size_t>& order) {
    std::string out = "  |";
    for (size_t column : order) out += " " + result.columns[column] + " |";
    size_t shown = 0;
    for (const auto& row : result.rows) {
      if (++shown > 20) {
        out += "\n  ... " + std::to_string(result.rows.size() - 20) + " more rows";
        break;
      }
      out += "\n  |";
      for (size_t column : order) {
        out += " " +
               (column < row.size() ? formatTckValue(fromValue(row[column], *graph_))
                                    : std::string("<missing>")) +
               " |";
      }
    }
    return out;
  }

  static std::string formatExpected(const std::vector<std::vector<std::string>>& table) {
    std::string out;
    size_t shown = 0;
    for (const auto& row : table) {
      if (!out.empty()) out += "\n";
      if (++shown > 21) {
        out += "  ... " + std::to_string(table.size() - 21) + " more rows";
        break;
      }
      out += "  |";
      for (const std::string& cell : row) out += " " + cell + " |";
    }
    return out;
  }

  void checkResult(const GherkinStep& step) {
    const QueryResult& result = requireResult();
    bool ordered = step.text.find("in order") != std::string::npos;
    bool ignore_list_order =
        step.text.find("ignoring element order for lists") != std::string::npos;
    if (step.table.empty()) throw ScenarioFailure("runner: result step without a table", "");
    const std::vector<std::string>& header = step.table[0];

    // Columns match by name, in any order.
    std::vector<size_t> order;
    std::vector<bool> used(result.columns.size(), false);
    bool columns_match = header.size() == result.columns.size();
    for (size_t h = 0; h < header.size() && columns_match; ++h) {
      size_t found = result.columns.size();
      for (size_t c = 0; c < result.columns.size(); ++c) {
        if (!used[c] && result.columns[c] == header[h]) {
          found = c;
          break;
        }
      }
      if (found == result.columns.size()) {
        columns_match = false;
      } else {
        used[found] = true;
        order.push_back(found);
      }
    }
    std::string comparison = "expected" + std::string(ordered ? " (in order)" : "") + ":\n" +
                             formatExpected(step.table) + "\nactual:\n";
    if (!columns_match) {
      throw ScenarioFailure(
          "wrong columns", comparison + formatActual(result, identityOrder(result.columns.size())));
    }
    comparison += formatActual(result, order);

    std::vector<std::vector<TckValue>> expected;
    for (size_t r = 1; r < step.table.size(); ++r) {
      std::vector<TckValue> row;
      for (const std::string& cell : step.table[r]) {
        try {
          row.push_back(parseTckValue(cell));
        } catch (const TckParseError& error) {
          throw ScenarioFailure("runner: bad expected value",
                                "cell '" + cell + "': " + error.what());
        }
      }
      if (row.size() != header.size()) {
        throw ScenarioFailure("runner: expected row width differs from header", "");
      }
      expected.push_back(std::move(row));
    }
    std::vector<std::vector<TckValue>> actual;
    for (const auto& values : result.rows) {
      std::vector<TckValue> row;
      for (size_t column : order) {
        if (column >= values.size()) throw ScenarioFailure("result row shorter than columns", "");
        row.push_back(fromValue(values[column], *graph_));
      }
      actual.push_back(std::move(row));
    }
    if (expected.size() != actual.size()) {
      throw ScenarioFailure("wrong row count", "expected " + std::to_string(expected.size()) +
                                                   " rows, got " + std::to_string(actual.size()) +
                                                   "\n" + comparison);
    }
    auto rowsEqual = [&](const std::vector<TckValue>& a, const std::vector<TckValue>& b) {
      for (size_t i = 0; i < a.size(); ++i) {
        if (!tckEqual(a[i], b[i], ignore_list_order)) return false;
      }
      return true;
    };
    std::vector<bool> matched(actual.size(), false);
    bool same_rows = true;
    for (const auto& row : expected) {
      bool found = false;
      for (size_t a = 0; a < actual.size() && !found; ++a) {
        if (!matched[a] && rowsEqual(row, actual[a])) matched[a] = found = true;
      }
      same_rows = same_rows && found;
    }
    if (!same_rows) throw ScenarioFailure("wrong rows", comparison);
    if (ordered) {
      for (size_t r = 0; r < expected.size(); ++r) {
        if (!rowsEqual(expected[r], actual[r]))
          throw ScenarioFailure("wrong row order", comparison);
      }
    }
  }

  void checkError(const std::string& kind, const std::string& code) {
    std::string expected = kind + "/" + code;
    if (!error_) {
      std::string detail = "query:\n" + indent(query_);
      if (result_) {
        detail = "got " + std::to_string(result_->rows.size()) + " rows instead\n" + detail;
      }
      throw ScenarioFailure("expected " + expected + ", query succeeded", detail);
    }
    if (error_->kind != kind || (code != "*" && error_->code != code)) {
      throw ScenarioFailure("expected " + expected + ", got " + errorName(*error_),
                            error_->render(query_) + "\nquery:\n" + indent(query_));
    }
  }

  void checkSideEffects(const std::map<std::string, int64_t>& expected) {
    std::string differences;
    for (const auto& [name, observed] : effects_) {
      auto found = expected.find(name);
      int64_t wanted = found == expected.end() ? 0 : found->second;
      if (observed != wanted) {
        differences += (differences.empty() ? "" : ", ") + name + " expected " +
                       std::to_string(wanted) + " got " + std::to_string(observed);
      }
    }
    for (const auto& [name, wanted] : expected) {
      if (!effects_.count(name)) differences += ", unknown side effect " + name;
    }
    if (!differences.empty()) {
      std::string names;
      for (const auto& [name, observed] : effects_) {
        auto found = expected.find(name);
        if (observed != (found == expected.end() ? 0 : found->second)) names += " " + name;
      }
      throw ScenarioFailure("side effects differ:" + names,
                            differences + "\nquery:\n" + indent(query_));
    }
  }

  const GherkinScenario& scenario_;
  fs::path graphs_dir_;
  std::unique_ptr<PropertyGraph> graph_ = std::make_unique<PropertyGraph>();
  QueryOptions options_;
  std::string query_;
  std::optional<QueryResult> result_;
  std::optional<QueryError> error_;
  std::map<std::string, int64_t> effects_;
  std::vector<std::string> notes_;
  std::vector<std::string> registered_procedures_;  // removed again at the end (--no-fork)
};

// ---- isolation: one child process per scenario -------------------------------------------------

std::string oneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string serialize(const Outcome& outcome) {
  std::string out = outcome.passed ? "P\n" : "F\n";
  out += oneLine(outcome.cause) + "\n";
  for (const std::string& note : outcome.notes) out += "N" + oneLine(note) + "\n";
  out += "D\n" + outcome.detail;
  return out;
}

Outcome deserialize(const std::string& text) {
  Outcome outcome;
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  outcome.passed = line == "P";
  std::getline(in, outcome.cause);
  while (std::getline(in, line)) {
    if (line == "D") break;
    if (!line.empty() && line[0] == 'N') outcome.notes.push_back(line.substr(1));
  }
  std::stringstream rest;
  rest << in.rdbuf();
  outcome.detail = rest.str();
  return outcome;
}

Outcome runIsolated(const GherkinScenario& scenario, const fs::path& graphs_dir,
                    const Settings& settings) {
  if (!settings.fork_each) return ScenarioRunner(scenario, graphs_dir).run();
  int channel[2];
  if (pipe(channel) != 0) return ScenarioRunner(scenario, graphs_dir).run();
  std::cout.flush();
  std::cerr.flush();
  pid_t child = fork();
  if (child < 0) {
    close(channel[0]);
    close(channel[1]);
    return ScenarioRunner(scenario, graphs_dir).run();
  }
  if (child == 0) {
    close(channel[0]);
    alarm(settings.timeout_seconds);
    std::string message = serialize(ScenarioRunner(scenario, graphs_dir).run());
    size_t written = 0;
    while (written < message.size()) {
      ssize_t n = write(channel[1], message.data() + written, message.size() - written);
      if (n <= 0) break;
      written += static_cast<size_t>(n);
    }
    close(channel[1]);
    _exit(0);
  }
  close(channel[1]);
  std::string message;
  char buffer[4096];
  while (true) {
    ssize_t n = read(channel[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    message.append(buffer, static_cast<size_t>(n));
  }
  close(channel[0]);
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    Outcome outcome;
    int signal_number = WTERMSIG(status);
    if (signal_number == SIGALRM) {
      outcome.cause = "timeout (" + std::to_string(settings.timeout_seconds) + " s)";
    } else {
      outcome.cause = std::string("crash: ") + strsignal(signal_number);
    }
    return outcome;
  }
  if (message.empty()) {
    Outcome outcome;
    outcome.cause = "crash: child exited with status " + std::to_string(WEXITSTATUS(status));
    return outcome;
  }
  return deserialize(message);
}

// ---- which constructs a scenario's queries use --------------------------------------------------

// Upper-cased words and punctuation of a query, string literals and comments dropped.
std::vector<std::string> roughTokens(const std::string& query) {
  std::vector<std::string> tokens;
  for (size_t i = 0; i < query.size();) {
    char c = query[i];
    if (c == '\'' || c == '"') {
      char quote = c;
      for (++i; i < query.size() && query[i] != quote; ++i) {
        if (query[i] == '\\') ++i;
      }
      ++i;
      tokens.push_back("'");
    } else if (c == '/' && i + 1 < query.size() && query[i + 1] == '/') {
      while (i < query.size() && query[i] != '\n') ++i;
    } else if (c == '`') {
      size_t end = query.find('`', i + 1);
      if (end == std::string::npos) end = query.size();
      tokens.push_back("`");
      i = end + 1;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') {
      std::string word;
      while (i < query.size() && (std::isalnum(static_cast<unsigned char>(query[i])) ||
                                  query[i] == '_' || query[i] == '.')) {
        word += query[i++];
      }
      tokens.push_back(word);
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else {
      tokens.emplace_back(1, c);
      ++i;
    }
  }
  return tokens;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Constructs outside the phase 1 (WITH, OPTIONAL MATCH, UNWIND, functions other than the
// listed ones, ...) that the scenario's queries use.
std::set<std::string> laterPhaseConstructs(const GherkinScenario& scenario) {
  static const std::set<std::string> phase_one_functions = {"count",
                                                            "collect",
                                                            "min",
                                                            "max",
                                                            "sum",
                                                            "avg",
                                                            "type",
                                                            "labels",
                                                            "id",
                                                            "tolower",
                                                            "size",
                                                            "nodes",
                                                            "relationships",
                                                            "length",
                                                            "shortestpath",
                                                            "allshortestpaths"};
  static const std::set<std::string> keywords = {
      "MATCH",  "WHERE",  "RETURN",   "CREATE", "AND",        "OR",        "XOR",      "NOT",
      "IN",     "AS",     "WITH",     "UNWIND", "MERGE",      "DISTINCT",  "ORDER",    "BY",
      "SKIP",   "LIMIT",  "ON",       "SET",    "DELETE",     "EXISTS",    "CALL",     "YIELD",
      "UNION",  "ALL",    "CONTAINS", "IS",     "NULL",       "THEN",      "ELSE",     "WHEN",
      "CASE",   "END",    "DESC",     "ASC",    "DESCENDING", "ASCENDING", "OPTIONAL", "REMOVE",
      "DETACH", "STARTS", "ENDS",     "FOREACH"};
  std::set<std::string> found;
  for (const GherkinStep& step : scenario.steps) {
    if (!step.has_doc_string) continue;
    std::vector<std::string> tokens = roughTokens(step.doc_string);
    std::string clause;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string word = upper(tokens[i]);
      std::string previous = i > 0 ? upper(tokens[i - 1]) : "";
      std::string next = i + 1 < tokens.size() ? upper(tokens[i + 1]) : "";
      if (word == "WITH" && previous != "STARTS" && previous != "ENDS") found.insert("WITH");
      if (word == "OPTIONAL" && next == "MATCH") found.insert("OPTIONAL MATCH");
      for (const char* clause :
           {"UNWIND", "MERGE", "SET", "DELETE", "REMOVE", "UNION", "CALL", "CASE", "FOREACH"}) {
        if (word == clause) found.insert(clause);
      }
      if (word == "EXISTS" && next == "{") found.insert("EXISTS {}");
      // Patterns outside MATCH/CREATE/MERGE are pattern predicates or comprehensions.
      static const std::set<std::string> clauses = {"MATCH",  "CREATE", "MERGE",  "WHERE",
                                                    "RETURN", "WITH",   "UNWIND", "ORDER",
                                                    "SET",    "DELETE", "REMOVE", "CALL"};
      if (clauses.count(word) && previous != "STARTS" && previous != "ENDS") clause = word;
      if (word == "[" && (next == "(" || (i + 2 < tokens.size() && tokens[i + 2] == "=" &&
                                          i + 3 < tokens.size() && tokens[i + 3] == "("))) {
        found.insert("pattern comprehension");
      } else if (word == ")" && clause != "MATCH" && clause != "CREATE" && clause != "MERGE" &&
                 i + 2 < tokens.size() &&
                 ((next == "-" && (tokens[i + 2] == "-" || tokens[i + 2] == "[")) ||
                  (next == "<" && tokens[i + 2] == "-"))) {
        found.insert("pattern predicate");
      }
      if (word == "[" && i + 2 < tokens.size() && upper(tokens[i + 2]) == "IN" &&
          std::isalpha(static_cast<unsigned char>(tokens[i + 1][0]))) {
        found.insert("list comprehension");
      }
      if (next == "(" && !keywords.count(word) && !tokens[i].empty() &&
          (std::isalpha(static_cast<unsigned char>(tokens[i][0])) || tokens[i][0] == '_') &&
          previous != ":" && !phase_one_functions.count(lower(tokens[i]))) {
        found.insert("function " + tokens[i] + "()");
      }
    }
  }
  return found;
}

// ---- the whole run ------------------------------------------------------------------------------

struct ScenarioRecord {
  std::string id;
  std::string folder;
  Outcome outcome;
  std::set<std::string> later_phase;
};

// The feature file's path below the "features" folder (so ids do not depend on where the
// runner was pointed), or below the given directory.
std::string relativeFeaturePath(const fs::path& file, const fs::path& root) {
  std::string generic = file.generic_string();
  size_t marker = generic.rfind("/features/");
  if (marker != std::string::npos) return generic.substr(marker + 10);
  return fs::relative(file, root).generic_string();
}

fs::path graphsDirFor(const fs::path& file) {
  std::string generic = file.generic_string();
  size_t marker = generic.rfind("/features/");
  if (marker == std::string::npos) return file.parent_path() / "graphs";
  return fs::path(generic.substr(0, marker)) / "graphs";
}

std::vector<std::string> readAllowList(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read allow-list " + path);
  std::vector<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    ids.push_back(line);
  }
  return ids;
}

void writeAllowList(const std::string& path, const std::vector<ScenarioRecord>& records) {
  std::vector<std::string> ids;
  for (const ScenarioRecord& record : records) {
    if (record.outcome.passed) ids.push_back(record.id);
  }
  std::sort(ids.begin(), ids.end());
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write allow-list " + path);
  out << "# openCypher TCK scenarios that pass with kg's query engine; tck_runner --allow-list\n"
      << "# fails when one of them fails. Regenerate: tck_runner --write-allow-list FILE DIR.\n"
      << "# " << ids.size() << " scenarios.\n";
  for (const std::string& id : ids) out << id << "\n";
}

std::string escapeMarkdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\";
    out += c;
  }
  return out;
}

// A scenario id without its outline row, "(example N)".
std::string scenarioOf(const std::string& id) {
  static const std::regex example_suffix(" \\(example [0-9]+\\)$");
  return std::regex_replace(id, example_suffix, "");
}

void writeFailures(const std::string& path, const std::vector<ScenarioRecord>& records,
                   const std::map<std::string, std::pair<int, int>>& folders) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  int passed = 0;
  std::map<std::string, std::vector<const ScenarioRecord*>> by_cause;
  std::map<std::string, int> by_construct;
  std::vector<const ScenarioRecord*> phase_one;
  std::map<std::string, int> notes;
  for (const ScenarioRecord& record : records) {
    for (const std::string& note : record.outcome.notes) ++notes[note];
    if (record.outcome.passed) {
      ++passed;
      continue;
    }
    by_cause[record.outcome.cause].push_back(&record);
    for (const std::string& construct : record.later_phase) ++by_construct[construct];
    if (record.later_phase.empty()) phase_one.push_back(&record);
  }
  auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char stamp[64];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  out << "# openCypher TCK: failing scenarios by cause\n\n"
      << "Generated by `tck_runner --write-failures` on " << stamp << ": " << passed << " passed, "
      << records.size() - passed << " failed of " << records.size()
      << " scenarios. Run one scenario with\n"
      << "`tck_runner --list-failures --filter 'Match4.feature: [2]' tests/tck/features`.\n\n"
      << "## Per folder\n\n| folder | passed | scenarios |\n|---|---:|---:|\n";
  for (const auto& [folder, counts] : folders) {
    out << "| " << folder << " | " << counts.first << " | " << counts.second << " |\n";
  }
  std::vector<std::pair<std::string, std::vector<const ScenarioRecord*>>> causes(by_cause.begin(),
                                                                                 by_cause.end());
  std::stable_sort(causes.begin(), causes.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  out << "\n## Causes\n\n| failing | cause |\n|---:|---|\n";
  for (const auto& [cause, list] : causes) {
    out << "| " << list.size() << " | " << escapeMarkdown(cause) << " |\n";
  }
  out << "\n## Constructs beyond phase 1 in failing scenarios' queries\n\n"
      << "A failing scenario counts once under each construct its queries use (setup included);\n"
      << "phase 1 is the issue's list: MATCH, WHERE, RETURN, ORDER BY, SKIP, LIMIT, CREATE,\n"
      << "count/collect/min/max/sum/avg, "
         "type/labels/id/toLower/size/nodes/relationships/length.\n\n"
      << "| failing | construct |\n|---:|---|\n";
  std::vector<std::pair<std::string, int>> constructs(by_construct.begin(), by_construct.end());
  std::stable_sort(constructs.begin(), constructs.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [construct, count] : constructs) {
    out << "| " << count << " | " << escapeMarkdown(construct) << " |\n";
  }
  // Outline rows of one scenario collapse into one line with their count.
  std::map<std::string, std::map<std::string, int>> phase_one_by_cause;
  for (const ScenarioRecord* record : phase_one) {
    ++phase_one_by_cause[record->outcome.cause][scenarioOf(record->id)];
  }
  out << "\n## Failing scenarios that use only phase-1 constructs (" << phase_one.size() << ")\n";
  for (const auto& [cause, scenarios] : phase_one_by_cause) {
    out << "\n" << escapeMarkdown(cause) << ":\n";
    for (const auto& [scenario, rows] : scenarios) {
      out << "- `" << scenario << "`";
      if (rows > 1) out << " (" << rows << " example rows)";
      out << "\n";
    }
  }
  if (!notes.empty()) {
    out << "\n## Notes (not failures)\n\n| scenarios | note |\n|---:|---|\n";
    for (const auto& [note, count] : notes) out << "| " << count << " | " << note << " |\n";
  }
  out << "\n## Failures by cause, with details\n";
  for (const auto& [cause, list] : causes) {
    out << "\n### " << cause << " (" << list.size() << ")\n\n";
    size_t shown = 0;
    for (const ScenarioRecord* record : list) {
      if (++shown > 12) {
        out << "- ... and " << list.size() - 12 << " more\n";
        break;
      }
      out << "- `" << record->id << "`";
      if (!record->later_phase.empty()) {
        out << " (uses";
        for (const std::string& construct : record->later_phase) out << " " << construct << ";";
        out << ")";
      }
      out << "\n";
      if (shown <= 4 && !record->outcome.detail.empty()) {
        std::string detail = record->outcome.detail;
        if (detail.size() > 1500) detail = detail.substr(0, 1500) + "\n...";
        out << "\n```\n" << detail << "\n```\n\n";
      }
    }
  }
}

int usage() {
  std::cerr << "usage: tck_runner [--allow-list FILE] [--write-allow-list FILE]\n"
               "                  [--write-failures FILE] [--list-failures] [--filter SUBSTRING]\n"
               "                  [--timeout SECONDS] [--no-fork] FEATURE_DIR...\n";
  return 2;
}

int runMain(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(argument + " needs a value");
      return argv[++i];
    };
    if (argument == "--allow-list") {
      settings.allow_list = value();
    } else if (argument == "--write-allow-list") {
      settings.write_allow_list = value();
    } else if (argument == "--write-failures") {
      settings.write_failures = value();
    } else if (argument == "--filter") {
      settings.filter = value();
    } else if (argument == "--timeout") {
      settings.timeout_seconds = static_cast<unsigned>(std::stoul(value()));
    } else if (argument == "--list-failures") {
      settings.list_failures = true;
    } else if (argument == "--no-fork") {
      settings.fork_each = false;
    } else if (argument == "--help" || argument == "-h") {
      usage();
      return 0;
    } else if (!argument.empty() && argument[0] == '-') {
      std::cerr << "tck_runner: unknown option " << argument << "\n";
      return usage();
    } else {
      settings.feature_dirs.push_back(argument);
    }
  }
  if (settings.feature_dirs.empty()) return usage();

  std::vector<fs::path> files;
  std::map<fs::path, fs::path> root_of;
  for (const std::string& dir : settings.feature_dirs) {
    fs::path root(dir);
    if (fs::is_regular_file(root)) {
      files.push_back(root);
      root_of[root] = root.parent_path();
      continue;
    }
    if (!fs::is_directory(root)) {
      std::cerr << "tck_runner: " << dir << ": no such directory\n";
      return 2;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".feature") {
        files.push_back(entry.path());
        root_of[entry.path()] = root;
      }
    }
  }
  std::sort(files.begin(), files.end());

  std::vector<ScenarioRecord> records;
  int broken_files = 0;
  auto started = std::chrono::steady_clock::now();
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string relative = relativeFeaturePath(file, root_of[file]);
    GherkinFeature feature;
    try {
      feature = parseFeature(text.str());
    } catch (const GherkinError& error) {
      std::cerr << "tck_runner: " << file.string() << ":" << error.what() << "\n";
      ++broken_files;
      continue;
    }
    for (const GherkinScenario& scenario : feature.scenarios) {
      ScenarioRecord record;
      record.id = relative + ": " + scenario.name;
      if (scenario.example > 0) record.id += " (example " + std::to_string(scenario.example) + ")";
      if (!settings.filter.empty() && record.id.find(settings.filter) == std::string::npos) {
        continue;
      }
      record.folder = fs::path(relative).parent_path().generic_string();
      record.outcome = runIsolated(scenario, graphsDirFor(file), settings);
      record.later_phase = laterPhaseConstructs(scenario);
      records.push_back(std::move(record));
    }
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::map<std::string, std::pair<int, int>> folders;  // passed, total
  int passed = 0;
  for (const ScenarioRecord& record : records) {
    auto& counts = folders[record.folder];
    ++counts.second;
    if (record.outcome.passed) {
      ++counts.first;
      ++passed;
    }
  }
  int failed = static_cast<int>(records.size()) - passed;

  if (settings.list_failures) {
    for (const ScenarioRecord& record : records) {
      if (record.outcome.passed) continue;
      std::cout << "FAIL " << record.id << "\n  cause: " << record.outcome.cause << "\n";
      if (!record.outcome.detail.empty()) std::cout << indent(record.outcome.detail) << "\n";
    }
  }

  int exit_code = broken_files > 0 ? 1 : 0;
  if (!settings.allow_list.empty()) {
    std::vector<std::string> allowed = readAllowList(settings.allow_list);
    std::set<std::string> allowed_set(allowed.begin(), allowed.end());
    std::map<std::string, const ScenarioRecord*> by_id;
    for (const ScenarioRecord& record : records) by_id[record.id] = &record;
    int regressions = 0;
    int newly_passing = 0;
    for (const std::string& id : allowed) {
      auto found = by_id.find(id);
      if (found == by_id.end()) {
        if (!settings.filter.empty()) continue;
        std::cout << "REGRESSION (scenario not found) " << id << "\n";
        ++regressions;
      } else if (!found->second->outcome.passed) {
        std::cout << "REGRESSION " << id << "\n  cause: " << found->second->outcome.cause << "\n";
        ++regressions;
      }
    }
    for (const ScenarioRecord& record : records) {
      if (record.outcome.passed && !allowed_set.count(record.id)) {
        std::cout << "NEWLY PASSING " << record.id << "\n";
        ++newly_passing;
      }
    }
    std::cout << "allow-list: " << allowed.size() << " scenarios, " << regressions
              << " regressions, " << newly_passing << " newly passing\n";
    if (regressions > 0) exit_code = 1;
  }
  if (!settings.write_allow_list.empty()) writeAllowList(settings.write_allow_list, records);
  if (!settings.write_failures.empty()) writeFailures(settings.write_failures, records, folders);

  for (const auto& [folder, counts] : folders) {
    std::cout << folder << ": " << counts.first << " / " << counts.second << " passed\n";
  }
  if (broken_files > 0) std::cout << broken_files << " feature files could not be parsed\n";
  std::cout << "time: " << static_cast<int>(seconds + 0.5) << " s\n";
  std::cout << passed << " passed, " << failed << " failed\n";
  return exit_code;
}

}  // namespace
}  // namespace kg::tck

int main(int argc, char** argv) {
  try {
    return kg::tck::runMain(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "tck_runner: " << error.what() << "\n";
    return 2;
  }
}

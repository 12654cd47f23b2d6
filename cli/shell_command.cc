// kg shell: the interactive Cypher shell, modelled on the sqlite3 shell and cypher-shell.
// On a terminal it edits lines with libedit (history, TAB completion, Ctrl-C cancels); when
// standard input is not a terminal the same input runs as a script, with errors reported as
// "Error near line N" on standard error, so sessions can be tested and replayed.
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/graph_session.h"
#include "cli/shell_completion.h"
#include "cli/shell_dot_commands.h"
#include "cli/shell_line_editor.h"
#include "cli/shell_statement_splitter.h"
#include "export/export_formats.h"
#include "export/subgraph.h"
#include "graph/graph_store.h"
#include "query/procedures.h"
#include "query/query_engine.h"
#include "query/result_format.h"

namespace kg::cli {
namespace {

std::string shellUsage() {
  return R"TEXT(NAME
    kg shell - interactive Cypher shell over the news graph

SYNOPSIS
    kg [shell] [--db PATH] [--format MODE] [--no-headers] [-bail] [--echo]
               [--all-statuses] [--param NAME=VALUE]... [--row-limit N] [--timeout-ms N]
    kg [shell] [OPTIONS] < SCRIPT

DESCRIPTION
    Reads Cypher statements and dot-commands and prints each result. A statement ends with ';'
    and may span lines (the prompt turns into "...>" until the ';'); a line starting with '.'
    is a dot-command (below). `kg`, `kg shell` and `kg --db PATH` all open the shell.

    On a terminal: emacs-style line editing, history in ~/.kg_history ($KG_HISTORY overrides,
    an empty $KG_HISTORY turns it off), TAB completes keywords, functions, labels after '(n:',
    relationship types after '[r:', entity names and aliases inside quotes, property keys after
    'n.' and parameters after '$'. Ctrl-C abandons the line being typed or cancels the running
    query; Ctrl-D or .quit leaves.

    When standard input is not a terminal, the input runs as a script: no banner, no prompts,
    each error goes to standard error as "Error near line N: ..." and the script goes on, unless
    -bail stops it at the first error. The exit status is 1 when any statement failed.

    Queries see asserted edges only (what a text negates, demands or threatens is hidden);
    .statuses all or --all-statuses shows every edge. What CREATE makes is written to the
    database at once.

DOT-COMMANDS
)TEXT" + dotCommandsHelp(4) +
         R"TEXT(
OPTIONS
    --db PATH            database file (default: $KG_DB, else ./kg.db)
    --format MODE        output mode to start with (also -mode MODE, -csv, -json, -line)
    --no-headers         start with headers off (also -noheader)
    -bail, --bail        stop at the first error (scripts), exit status 1
    --echo               start with .echo on
    --all-statuses       start with .statuses all
    --param NAME=VALUE   set a parameter, as .param does; repeatable
    --row-limit N        fail a query with more than N result rows (default 1000000)
    --timeout-ms N       fail a query that runs longer than N ms (default 30000, 0: none)
    -h, --help           show this help

EXAMPLES
    kg --db news.db
    kg shell --db news.db -bail < samples/queries.cypher
    printf '.mode csv\nMATCH (a)-[:accused]->(b) RETURN a.name, b.name;\n' | kg shell
)TEXT";
}

constexpr int kMaximumReadDepth = 16;

std::vector<std::string> splitWords(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    std::string word;
    if (text[i] == '\'' || text[i] == '"') {
      char quote = text[i++];
      while (i < text.size() && text[i] != quote) word += text[i++];
      ++i;
    } else {
      while (i < text.size() && text[i] != ' ' && text[i] != '\t') word += text[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::string_view trimmed(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::optional<bool> parseSwitch(const std::string& word) {
  if (word == "on" || word == "yes" || word == "true" || word == "1") return true;
  if (word == "off" || word == "no" || word == "false" || word == "0") return false;
  return std::nullopt;
}

size_t terminalWidth() {
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  return 0;
}

std::string plural(size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// Collects the relationship and node values of a row, depth first, without repeats.
void collectElements(const Value& value, std::vector<uint32_t>& edges,
                     std::set<uint32_t>& seen_edges, std::vector<uint32_t>& nodes,
                     std::set<uint32_t>& seen_nodes) {
  if (value.is<EdgeRef>()) {
    if (seen_edges.insert(value.as<EdgeRef>().index).second)
      edges.push_back(value.as<EdgeRef>().index);
  } else if (value.is<NodeRef>()) {
    if (seen_nodes.insert(value.as<NodeRef>().index).second)
      nodes.push_back(value.as<NodeRef>().index);
  } else if (value.is<PathValue>()) {
    for (uint32_t node : value.as<PathValue>().nodes)
      collectElements(NodeRef{node}, edges, seen_edges, nodes, seen_nodes);
    for (uint32_t edge : value.as<PathValue>().edges)
      collectElements(EdgeRef{edge}, edges, seen_edges, nodes, seen_nodes);
  } else if (value.is<ValueList>()) {
    for (const Value& element : value.as<ValueList>())
      collectElements(element, edges, seen_edges, nodes, seen_nodes);
  } else if (value.is<ValueMap>()) {
    for (const auto& entry : value.as<ValueMap>())
      collectElements(entry.second, edges, seen_edges, nodes, seen_nodes);
  }
}

std::string nodeName(const PropertyGraph& graph, uint32_t node) {
  Value name = graph.nodeProperty(node, "name");
  if (name.is<std::string>()) return name.as<std::string>();
  std::string text;
  for (const auto& label : graph.nodeLabels(node)) text += ":" + label;
  return text.empty() ? "node " + std::to_string(node) : text;
}

struct ShellSettings {
  FormatOptions format;
  bool timer = false;
  bool echo = false;
  bool bail = false;
  QueryOptions query;
};

class Shell {
 public:
  Shell(GraphSession& session, ShellSettings settings, bool interactive)
      : session_(session), settings_(std::move(settings)), interactive_(interactive) {}

  enum class Flow { Continue, Quit, Bail };

  int runInteractive();
  // Runs `input` as a script; `source` names it in errors ("" for standard input).
  Flow runScript(std::istream& input, const std::string& source, int depth);
  bool hadError() const { return had_error_; }

 private:
  struct Location {
    const std::string* source;
    int line;
  };

  Flow runStatement(const StatementSplitter::Statement& statement, const std::string& source);
  // `leading_comments`: the comment lines before the command, echoed with it.
  Flow runDotCommand(const std::string& line, Location location, int depth,
                     std::string_view leading_comments = {});
  void echo(const std::string& text);
  Flow fail(Location location, const std::string& message);
  Flow failQuery(const QueryError& error, const StatementSplitter::Statement& statement,
                 const std::string& source);
  void printResult(const GraphSession::Outcome& outcome);
  void printSchema();
  void printWhy();
  bool exportGraph(const std::vector<std::string>& words, Location location);
  void printParameters();
  void printBanner();
  const CompletionVocabulary& vocabulary();

 public:
  // One dot-command line, split: its words (words[0] is the command), the whole text, where it
  // is, and how deep in .read files.
  struct DotCall {
    const std::vector<std::string>& words;
    const std::string& text;
    Location location;
    int depth;
  };
  // The dot-commands' code (dotCommandTable() registers each with its help).
  Flow dotQuit(const DotCall&) { return Flow::Quit; }
  Flow dotHelp(const DotCall& call);
  Flow dotMode(const DotCall& call);
  Flow dotSwitch(const DotCall& call, bool& target);
  Flow dotHeaders(const DotCall& call) { return dotSwitch(call, settings_.format.headers); }
  Flow dotTimer(const DotCall& call) { return dotSwitch(call, settings_.timer); }
  Flow dotEcho(const DotCall& call) { return dotSwitch(call, settings_.echo); }
  Flow dotSchema(const DotCall& call);
  Flow dotProcedures(const DotCall& call);
  Flow dotWhy(const DotCall& call);
  Flow dotReload(const DotCall& call);
  Flow dotStatuses(const DotCall& call);
  Flow dotWindow(const DotCall& call);
  Flow dotParam(const DotCall& call);
  Flow dotRead(const DotCall& call);
  Flow dotExport(const DotCall& call);
  Flow dotComplete(const DotCall& call);

 private:
  GraphSession& session_;
  ShellSettings settings_;
  bool interactive_;
  bool had_error_ = false;
  bool output_since_echo_ = false;  // something was printed after the last echoed input
  std::optional<GraphSession::Outcome> last_;
  std::atomic<bool> cancel_{false};
  std::optional<CompletionVocabulary> vocabulary_;
  const PropertyGraph* vocabulary_graph_ = nullptr;
};

// Every dot-command: names, usage, help, argument choices and code, in the order help lists
// them.
struct DotCommand {
  DotCommandInfo info;
  Shell::Flow (Shell::*run)(const Shell::DotCall&);
};

const std::vector<DotCommand>& dotCommandTable() {
  static const std::vector<DotCommand> table = {
      {{{".help"}, ".help", "this list", {}}, &Shell::dotHelp},
      {{{".mode"},
        ".mode [MODE]",
        "table, csv, json, jsonl or line (see kg query --help, OUTPUT)",
        {"table", "csv", "json", "jsonl", "line"}},
       &Shell::dotMode},
      {{{".headers", ".header"},
        ".headers on|off",
        "header row in table and csv modes",
        {"on", "off"}},
       &Shell::dotHeaders},
      {{{".timer"}, ".timer on|off", "print how long each query took", {"on", "off"}},
       &Shell::dotTimer},
      {{{".echo"}, ".echo on|off", "print each statement before its result", {"on", "off"}},
       &Shell::dotEcho},
      {{{".schema"}, ".schema", "node labels, relationship types and patterns, with counts", {}},
       &Shell::dotSchema},
      {{{".procedures"},
        ".procedures",
        "the procedures CALL runs, with their arguments and columns",
        {}},
       &Shell::dotProcedures},
      {{{".param", ".params", ".parameter"},
        ".param NAME VALUE",
        "set $NAME (VALUE: JSON, 'text' or bare text); also\n"
        ".param set NAME VALUE, .param list|clear, .param unset NAME",
        {"list", "clear", "set", "unset"}},
       &Shell::dotParam},
      {{{".read"}, ".read FILE", "run the statements and commands in FILE", {}}, &Shell::dotRead},
      {{{".export"},
        ".export FORMAT FILE [all]",
        "write the nodes and relationships of the last result (or the\n"
        "whole graph with `all`, or when there is no result yet);\n"
        "FORMAT: " +
            exportFormatNames() +
            "\n"
            "(csv: FILE is a directory); see kg export --help",
        {}},
       &Shell::dotExport},
      {{{".why"}, ".why", "the evidence sentences of the relationships in the last result", {}},
       &Shell::dotWhy},
      {{{".statuses"}, ".statuses asserted|all", "which edges queries see", {"asserted", "all"}},
       &Shell::dotStatuses},
      {{{".window"},
        ".window FROM TO | off",
        "only edges stated in articles published from FROM to TO\n"
        "(YYYY-MM-DD, both included; - for an open end); off: all",
        {"off"}},
       &Shell::dotWindow},
      {{{".reload"}, ".reload", "read the database again (after an ingest)", {}},
       &Shell::dotReload},
      {{{".complete"}, ".complete TEXT", "list what TAB would offer after TEXT", {}},
       &Shell::dotComplete},
      {{{".quit", ".exit", ".q"}, ".quit, .exit", "leave", {}}, &Shell::dotQuit},
  };
  return table;
}

Shell::Flow Shell::fail(Location location, const std::string& message) {
  had_error_ = true;
  std::cout.flush();
  if (interactive_ && location.source->empty()) {
    std::cerr << "Error: " << message << '\n';
  } else {
    std::cerr << "Error";
    if (!location.source->empty()) std::cerr << " in " << *location.source;
    std::cerr << " near line " << location.line << ": " << message << '\n';
  }
  return settings_.bail ? Flow::Bail : Flow::Continue;
}

Shell::Flow Shell::failQuery(const QueryError& error, const StatementSplitter::Statement& statement,
                             const std::string& source) {
  std::string rendered = error.render(statement.text);
  if (interactive_ && source.empty()) {
    had_error_ = true;
    std::cout.flush();
    std::cerr << rendered << '\n';
    return Flow::Continue;
  }
  // Scripts: name the script line; the query's own line/column header becomes relative text.
  int line = statement.line + (error.line > 0 ? error.line - 1 : 0);
  std::string message = error.kind;
  if (error.line > 0) message += " at column " + std::to_string(error.column);
  message += ": ";
  message += error.what();
  size_t newline = rendered.find('\n');
  if (newline != std::string::npos) message += rendered.substr(newline);
  return fail(Location{&source, line}, message);
}

const CompletionVocabulary& Shell::vocabulary() {
  if (!vocabulary_ || vocabulary_graph_ != &session_.graph()) {
    vocabulary_ = CompletionVocabulary::of(session_.graph());
    vocabulary_graph_ = &session_.graph();
  }
  vocabulary_->parameters.clear();
  for (const auto& entry : settings_.query.parameters)
    vocabulary_->parameters.push_back(entry.first);
  return *vocabulary_;
}

void Shell::printBanner() {
  const PropertyGraph& graph = session_.graph();
  std::cout << "kg 0.1.0 shell on " << session_.databasePath();
  if (!session_.databaseExists()) {
    std::cout << " (new: CREATE writes it)";
  } else {
    std::cout << ": " << plural(graph.nodeCount(), "node") << ", "
              << plural(graph.edgeCount(), "edge");
    if (session_.hiddenEdges() > 0)
      std::cout << " (" << session_.hiddenEdges()
                << " not asserted are hidden; .statuses all shows them)";
  }
  std::cout << "\nStatements end with ';'. Enter .help for the commands, Ctrl-D to leave.\n";
}

int Shell::runInteractive() {
  std::string history_path;
  if (const char* configured = std::getenv("KG_HISTORY")) {
    history_path = configured;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    history_path = std::string(home) + "/.kg_history";
  }
  StatementSplitter splitter;
  LineEditor editor(history_path, [&](std::string_view before) {
    return completeShellInput(before, splitter.idle(), vocabulary());
  });
  installInterruptHandler(&cancel_);
  settings_.query.cancel = &cancel_;
  printBanner();
  std::string statement_lines;  // the lines of the statement being typed, for the history
  static const std::string kNoSource;
  int line_number = 0;
  for (;;) {
    std::string line;
    LineEditor::Status status = editor.read(splitter.idle() ? "kg> " : "...> ", line);
    if (status == LineEditor::Status::End) {
      std::cout << '\n';
      break;
    }
    if (status == LineEditor::Status::Interrupted) {
      splitter.clear();
      statement_lines.clear();
      continue;
    }
    ++line_number;
    if (splitter.idle() && line.find_first_not_of(" \t") != std::string::npos &&
        line[line.find_first_not_of(" \t")] == '.') {
      splitter.clear();
      editor.remember(line);
      Flow flow = runDotCommand(line, Location{&kNoSource, line_number}, 0);
      if (flow == Flow::Quit) break;
      continue;
    }
    if (!statement_lines.empty()) statement_lines += ' ';
    statement_lines += line;
    std::vector<StatementSplitter::Statement> statements = splitter.feed(line, line_number);
    if (!statements.empty() || splitter.idle()) {
      editor.remember(statement_lines);
      statement_lines.clear();
      if (splitter.idle()) splitter.clear();
    }
    for (const auto& statement : statements) runStatement(statement, kNoSource);
  }
  return 0;
}

Shell::Flow Shell::runScript(std::istream& input, const std::string& source, int depth) {
  StatementSplitter splitter;
  std::string line;
  int line_number = 0;
  while (std::getline(input, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t first = line.find_first_not_of(" \t");
    if (splitter.idle() && first != std::string::npos && line[first] == '.') {
      std::string comments = splitter.pending();
      splitter.clear();
      Flow flow = runDotCommand(line, Location{&source, line_number}, depth, comments);
      if (flow != Flow::Continue) return flow;
      continue;
    }
    for (const auto& statement : splitter.feed(line, line_number)) {
      Flow flow = runStatement(statement, source);
      if (flow != Flow::Continue) return flow;
    }
  }
  StatementSplitter::Statement rest = splitter.finish();
  if (!rest.text.empty()) return runStatement(rest, source);
  return Flow::Continue;
}

Shell::Flow Shell::runStatement(const StatementSplitter::Statement& statement,
                                const std::string& source) {
  echo(statement.text + ";");
  cancel_.store(false);
  takeInterrupt();
  try {
    GraphSession::Outcome outcome = session_.run(statement.text, settings_.query);
    printResult(outcome);
    last_ = std::move(outcome);
  } catch (const QueryError& error) {
    if (cancel_.load() && interactive_) std::cout << '\n';  // after the terminal's "^C"
    return failQuery(error, statement, source);
  } catch (const StoreError& error) {
    return fail(Location{&source, statement.line}, error.what());
  } catch (const std::exception& error) {
    return fail(Location{&source, statement.line}, std::string("internal error: ") + error.what());
  }
  return Flow::Continue;
}

void Shell::printResult(const GraphSession::Outcome& outcome) {
  output_since_echo_ = true;
  FormatOptions format = settings_.format;
  if (format.mode == OutputMode::Table) format.max_table_width = terminalWidth();
  std::cout.flush();
  writeNotifications(outcome.result, format.mode, std::cerr);
  writeResult(*outcome.graph, outcome.result, format, std::cout);
  bool human = format.mode == OutputMode::Table || format.mode == OutputMode::Line;
  if (human && format.mode == OutputMode::Table && !outcome.result.columns.empty())
    std::cout << "(" << plural(outcome.result.rows.size(), "row") << ")\n";
  if (human && outcome.persisted) std::cout << describeWrites(outcome.result) << ".\n";
  if (settings_.timer)
    std::cout << "Run Time: " << std::fixed << std::setprecision(3) << outcome.milliseconds
              << " ms\n"
              << std::defaultfloat;
  std::cout.flush();
}

void Shell::printSchema() {
  const PropertyGraph& graph = session_.graph();
  std::map<std::string, size_t> labels;
  for (uint32_t n = 0; n < graph.nodeCount(); ++n) {
    if (graph.nodeLabels(n).empty()) ++labels["(no label)"];
    for (const auto& label : graph.nodeLabels(n)) ++labels[":" + label];
  }
  std::map<std::string, size_t> types;
  std::map<std::string, size_t> patterns;
  auto labelText = [&](uint32_t node) {
    std::string text;
    for (const auto& label : graph.nodeLabels(node)) text += ":" + label;
    return "(" + text + ")";
  };
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
    const auto& edge = graph.edge(e);
    ++types[graph.edgeType(e)];
    ++patterns[labelText(edge.source) + "-[:" + graph.edgeType(e) + "]->" + labelText(edge.target)];
  }
  auto printCounts = [](const std::map<std::string, size_t>& counts) {
    size_t width = 0;
    for (const auto& entry : counts) width = std::max(width, displayWidth(entry.first));
    for (const auto& [name, count] : counts)
      std::cout << "  " << name << std::string(width - displayWidth(name) + 2, ' ') << count
                << '\n';
  };
  std::cout << "Node labels (" << plural(graph.nodeCount(), "node") << "):\n";
  printCounts(labels);
  std::cout << "Relationship types (" << plural(graph.edgeCount(), "edge");
  if (!session_.allStatuses()) {
    std::cout << ", asserted only";
    if (session_.hiddenEdges() > 0)
      std::cout << "; " << session_.hiddenEdges()
                << (session_.windowFrom().empty() && session_.windowTo().empty()
                        ? " more with .statuses all"
                        : " more outside the .window or not asserted");
  }
  std::cout << "):\n";
  std::map<std::string, size_t> type_names;
  for (const auto& [type, count] : types) type_names[":" + type] = count;
  printCounts(type_names);
  std::cout << "Patterns:\n";
  printCounts(patterns);
  std::cout << "Node properties: name, type, aliases (and any a CREATE set)\n"
               "Relationship properties: status, mentions, confidence, evidence "
               "[{article, sentence, start, end}]\n";
}

void Shell::printWhy() {
  if (!last_) {
    std::cout << "No result yet: run a query that returns relationships first, e.g.\n"
                 "  MATCH (a)-[r:sanctioned]->(b) RETURN a.name, r, b.name;\n";
    return;
  }
  const PropertyGraph& graph = *last_->graph;
  std::vector<uint32_t> edges, nodes;
  std::set<uint32_t> seen_edges, seen_nodes;
  for (const auto& row : last_->result.rows)
    for (const Value& value : row) collectElements(value, edges, seen_edges, nodes, seen_nodes);
  if (edges.empty()) {
    std::cout << "The last result has no relationships. Return the relationship itself to see "
                 "its evidence, e.g.\n  MATCH (a)-[r:accused]->(b) RETURN a.name, r, b.name;\n";
    return;
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    uint32_t index = edges[i];
    const auto& edge = graph.edge(index);
    if (i) std::cout << '\n';
    std::cout << "(" << nodeName(graph, edge.source) << ")-[:" << graph.edgeType(index) << "]->("
              << nodeName(graph, edge.target) << ")";
    Value status = graph.edgeProperty(index, "status");
    if (status.is<std::string>()) std::cout << "  " << status.as<std::string>();
    if (!edge.news || edge.mentions == 0) {
      std::cout << "\n  no evidence: made by hand (CREATE)\n";
      continue;
    }
    std::cout << ", " << plural(edge.mentions, "mention") << ", confidence "
              << valueLiteral(graph, graph.edgeProperty(index, "confidence")) << '\n';
    for (uint32_t k = 0; k < edge.mentions; ++k) {
      EvidenceView evidence = graph.evidence(index, k);
      std::cout << "  " << evidence.article << " [" << evidence.start << ".." << evidence.end
                << "]: " << evidence.sentence << '\n';
    }
  }
}

bool Shell::exportGraph(const std::vector<std::string>& words, Location location) {
  if (words.size() < 3 || words.size() > 4 || (words.size() == 4 && words[3] != "all")) {
    fail(location, "usage: .export FORMAT FILE [all]");
    return false;
  }
  const std::string& format = words[1];
  const std::string& path = words[2];
  bool whole = words.size() == 4;
  std::shared_ptr<const PropertyGraph> graph = session_.sharedGraph();
  std::vector<uint32_t> edges, nodes;
  if (!whole && last_) {
    std::set<uint32_t> seen_edges, seen_nodes;
    for (const auto& row : last_->result.rows)
      for (const Value& value : row) collectElements(value, edges, seen_edges, nodes, seen_nodes);
    if (edges.empty() && nodes.empty()) {
      fail(location,
           "the last result has no nodes or relationships to export; "
           "return them (RETURN a, r, b) or add `all` for the whole graph");
      return false;
    }
    graph = last_->graph;
  } else {
    whole = true;
  }
  Subgraph subgraph = whole ? Subgraph::all(*graph) : Subgraph::of(*graph, nodes, edges);
  const ExportFormat* writer = findExportFormat(format);
  if (!writer) {
    fail(location, "unknown export format '" + format + "'; use " + exportFormatNames());
    return false;
  }
  try {
    if (writer->directory) {
      writer->write_directory(*graph, subgraph, path);
    } else {
      ExportSettings settings;
      if (session_.databaseExists())
        settings =
            exportSettingsFor(GraphStore(session_.databasePath(), GraphStore::Mode::ReadOnly));
      std::ostringstream written;  // first, so a failure leaves no empty file behind
      writer->write(*graph, subgraph, settings, written);
      std::ofstream file(path, std::ios::binary);
      if (!file) {
        fail(location, path + ": cannot write");
        return false;
      }
      file << written.str();
      file.flush();
      if (!file) {
        fail(location, path + ": write failed");
        return false;
      }
    }
  } catch (const std::exception& error) {
    fail(location, error.what());
    return false;
  }
  std::cout << "Wrote " << plural(subgraph.nodes().size(), "node") << " and "
            << plural(subgraph.edges().size(), "relationship") << " ("
            << (whole ? "the whole graph" : "the last result") << ") to " << path << '\n';
  return true;
}

void Shell::printParameters() {
  if (settings_.query.parameters.empty()) {
    std::cout << "No parameters. Set one with .param NAME VALUE\n";
    return;
  }
  const PropertyGraph& graph = session_.graph();
  for (const auto& [name, value] : settings_.query.parameters)
    std::cout << "$" << name << " = " << valueLiteral(graph, value) << '\n';
}

void Shell::echo(const std::string& text) {
  if (!settings_.echo) return;
  if (output_since_echo_) std::cout << '\n';
  std::cout << text << '\n';
  output_since_echo_ = false;
}

Shell::Flow Shell::runDotCommand(const std::string& line, Location location, int depth,
                                 std::string_view leading_comments) {
  std::string_view comments = trimmed(leading_comments);
  echo(comments.empty() ? line : std::string(comments) + "\n" + line);
  output_since_echo_ = true;  // the silent commands below reset it
  size_t start = line.find_first_not_of(" \t");
  std::string text = line.substr(start);
  std::vector<std::string> words = splitWords(text);
  const std::string command = words.empty() ? "." : words[0];
  for (const DotCommand& entry : dotCommandTable())
    if (std::find(entry.info.names.begin(), entry.info.names.end(), command) !=
        entry.info.names.end())
      return (this->*entry.run)(DotCall{words, text, location, depth});
  return fail(location, "unknown command " + command + "; .help lists the commands");
}

Shell::Flow Shell::dotHelp(const DotCall&) {
  std::cout << dotCommandsHelp(0)
            << "Statements end with ';'. TAB completes; Ctrl-C cancels; Ctrl-D leaves.\n";
  return Flow::Continue;
}

Shell::Flow Shell::dotMode(const DotCall& call) {
  if (call.words.size() == 1) {
    std::cout << "current mode: " << outputModeName(settings_.format.mode) << '\n';
    return Flow::Continue;
  }
  auto mode = call.words.size() == 2 ? parseOutputMode(call.words[1]) : std::nullopt;
  if (!mode) return fail(call.location, "usage: .mode table|csv|json|jsonl|line");
  settings_.format.mode = *mode;
  output_since_echo_ = false;
  return Flow::Continue;
}

Shell::Flow Shell::dotSwitch(const DotCall& call, bool& target) {
  std::optional<bool> value = call.words.size() == 2 ? parseSwitch(call.words[1]) : std::nullopt;
  if (!value) return fail(call.location, "usage: " + call.words[0] + " on|off");
  target = *value;
  output_since_echo_ = false;
  return Flow::Continue;
}

Shell::Flow Shell::dotSchema(const DotCall&) {
  printSchema();
  return Flow::Continue;
}

Shell::Flow Shell::dotProcedures(const DotCall&) {
  for (const auto& procedure : cypher::procedures())
    std::cout << procedure.signature << "\n    " << procedure.description << '\n';
  return Flow::Continue;
}

Shell::Flow Shell::dotWhy(const DotCall&) {
  printWhy();
  return Flow::Continue;
}

Shell::Flow Shell::dotReload(const DotCall& call) {
  try {
    session_.load();
  } catch (const StoreError& error) {
    return fail(call.location, error.what());
  }
  std::cout << "Loaded " << plural(session_.graph().nodeCount(), "node") << " and "
            << plural(session_.graph().edgeCount(), "edge") << ".\n";
  return Flow::Continue;
}

Shell::Flow Shell::dotStatuses(const DotCall& call) {
  const auto& words = call.words;
  if (words.size() == 1) {
    std::cout << "queries see " << (session_.allStatuses() ? "all" : "asserted") << " edges\n";
    return Flow::Continue;
  }
  if (words.size() != 2 || (words[1] != "all" && words[1] != "asserted"))
    return fail(call.location, "usage: .statuses asserted|all");
  try {
    session_.setAllStatuses(words[1] == "all");
  } catch (const StoreError& error) {
    return fail(call.location, error.what());
  }
  output_since_echo_ = false;
  return Flow::Continue;
}

Shell::Flow Shell::dotWindow(const DotCall& call) {
  const auto& words = call.words;
  if (words.size() == 1) {
    if (session_.windowFrom().empty() && session_.windowTo().empty())
      std::cout << "no time window: queries see edges of every date\n";
    else
      std::cout << "queries see edges stated from "
                << (session_.windowFrom().empty() ? "the start" : session_.windowFrom()) << " to "
                << (session_.windowTo().empty() ? "now" : session_.windowTo()) << '\n';
    return Flow::Continue;
  }
  TimeWindow window;
  if (words.size() == 2 && words[1] == "off") {
    // no window
  } else if (words.size() != 3) {
    return fail(call.location, "usage: .window FROM TO | off (dates YYYY-MM-DD, - for open)");
  } else if (auto error = parseTimeWindow(words[1], words[2], window)) {
    return fail(call.location, *error);
  }
  try {
    session_.setWindow(window.from, window.to);
  } catch (const StoreError& error) {
    return fail(call.location, error.what());
  }
  output_since_echo_ = false;
  return Flow::Continue;
}

Shell::Flow Shell::dotParam(const DotCall& call) {
  const auto& words = call.words;
  auto& parameters = settings_.query.parameters;
  if (words.size() == 1 || (words.size() == 2 && words[1] == "list")) {
    printParameters();
    return Flow::Continue;
  }
  output_since_echo_ = false;
  if (words.size() == 2 && words[1] == "clear") {
    parameters.clear();
    return Flow::Continue;
  }
  if (words.size() == 3 && words[1] == "unset") {
    parameters.erase(words[2]);
    return Flow::Continue;
  }
  // .param [set] NAME VALUE: VALUE is the raw rest of the line, so JSON may hold spaces.
  size_t name_index = words[1] == "set" ? 2 : 1;
  if (words.size() <= name_index + 1)
    return fail(call.location, "usage: .param NAME VALUE | .param list | .param clear");
  std::string name = words[name_index];
  if (!name.empty() && name[0] == '$') name.erase(0, 1);
  size_t at = call.text.find_first_of(" \t");  // after the command
  for (size_t skip = 0; skip < name_index; ++skip) {
    at = call.text.find_first_not_of(" \t", at);
    at = call.text.find_first_of(" \t", at);
  }
  parameters[name] = parseParameterValue(call.text.substr(at));
  return Flow::Continue;
}

Shell::Flow Shell::dotRead(const DotCall& call) {
  output_since_echo_ = false;
  if (call.words.size() != 2) return fail(call.location, "usage: .read FILE");
  if (call.depth >= kMaximumReadDepth)
    return fail(call.location, ".read nested more than " + std::to_string(kMaximumReadDepth) +
                                   " deep (does the file read itself?)");
  std::ifstream file(call.words[1], std::ios::binary);
  if (!file) return fail(call.location, call.words[1] + ": cannot read");
  return runScript(file, call.words[1], call.depth + 1);
}

Shell::Flow Shell::dotExport(const DotCall& call) {
  exportGraph(call.words, call.location);
  return had_error_ && settings_.bail ? Flow::Bail : Flow::Continue;
}

Shell::Flow Shell::dotComplete(const DotCall& call) {
  size_t at = call.text.find_first_of(" \t");
  std::string rest = at == std::string::npos ? "" : call.text.substr(at + 1);
  Completion completion = completeShellInput(rest, true, vocabulary());
  for (const auto& candidate : completion.candidates)
    std::cout << rest.substr(0, completion.replace_from) << candidate << '\n';
  return Flow::Continue;
}

}  // namespace

const std::vector<DotCommandInfo>& dotCommands() {
  static const std::vector<DotCommandInfo> infos = [] {
    std::vector<DotCommandInfo> list;
    for (const DotCommand& entry : dotCommandTable()) list.push_back(entry.info);
    return list;
  }();
  return infos;
}

std::string dotCommandsHelp(int indent) {
  std::string text, margin(static_cast<size_t>(indent), ' ');
  for (const DotCommandInfo& command : dotCommands()) {
    std::string line = margin + command.usage;
    size_t column = margin.size() + 27;
    if (line.size() + 1 > column) {
      text += line + '\n';
      line = margin;
    }
    line.resize(column, ' ');
    size_t start = 0;
    for (size_t end; (end = command.help.find('\n', start)) != std::string::npos; start = end + 1) {
      text += line + command.help.substr(start, end - start) + '\n';
      line = std::string(column, ' ');
    }
    text += line + command.help.substr(start) + '\n';
  }
  return text;
}

int shellCommand(const Arguments& arguments) {
  std::optional<std::string> db;
  ShellSettings settings;
  bool all_statuses = false;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help" || argument == "-help") {
      std::cout << shellUsage();
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else if (auto value = optionValue(arguments, i, "--format")) {
      auto mode = parseOutputMode(*value);
      if (!mode) {
        printError("shell: unknown format '" + *value + "'; use table, csv, json, jsonl or line");
        return 2;
      }
      settings.format.mode = *mode;
    } else if (auto value = optionValue(arguments, i, "-mode")) {
      auto mode = parseOutputMode(*value);
      if (!mode) {
        printError("shell: unknown mode '" + *value + "'; use table, csv, json, jsonl or line");
        return 2;
      }
      settings.format.mode = *mode;
    } else if (argument == "-csv" || argument == "-json" || argument == "-line" ||
               argument == "-table" || argument == "-jsonl") {
      settings.format.mode = *parseOutputMode(argument.substr(1));
    } else if (auto value = optionValue(arguments, i, "--param")) {
      size_t equals = value->find('=');
      if (equals == std::string::npos || equals == 0) {
        printError("shell: --param needs NAME=VALUE, got '" + *value + "'");
        return 2;
      }
      settings.query.parameters[value->substr(0, equals)] =
          parseParameterValue(value->substr(equals + 1));
    } else if (auto value = optionValue(arguments, i, "--row-limit")) {
      char* end = nullptr;
      unsigned long long limit = std::strtoull(value->c_str(), &end, 10);
      if (value->empty() || *end != '\0' || limit == 0) {
        printError("shell: --row-limit needs a positive number, got '" + *value + "'");
        return 2;
      }
      settings.query.row_limit = static_cast<size_t>(limit);
    } else if (auto value = optionValue(arguments, i, "--timeout-ms")) {
      char* end = nullptr;
      long long limit = std::strtoll(value->c_str(), &end, 10);
      if (value->empty() || *end != '\0' || limit < 0) {
        printError("shell: --timeout-ms needs a number of milliseconds, got '" + *value + "'");
        return 2;
      }
      settings.query.time_limit_ms = limit;
    } else if (argument == "-bail" || argument == "--bail") {
      settings.bail = true;
    } else if (argument == "--echo" || argument == "-echo") {
      settings.echo = true;
    } else if (argument == "--no-headers" || argument == "-noheader") {
      settings.format.headers = false;
    } else if (argument == "-header" || argument == "--headers") {
      settings.format.headers = true;
    } else if (argument == "--all-statuses") {
      all_statuses = true;
    } else {
      printError("shell: unexpected argument '" + argument + "'; see 'kg shell --help'");
      return 2;
    }
  }

  bool interactive = isatty(STDIN_FILENO);
  GraphSession session(databasePath(db), all_statuses);
  try {
    session.load();
  } catch (const StoreError& error) {
    printError(error.what());
    return 1;
  }
  if (!interactive && !session.databaseExists())
    printError(session.databasePath() + " does not exist yet; queries see an empty graph");
  if (interactive) std::setlocale(LC_CTYPE, "");
  Shell shell(session, settings, interactive);
  if (interactive) return shell.runInteractive();
  static const std::string kStandardInput;
  Shell::Flow flow = shell.runScript(std::cin, kStandardInput, 0);
  std::cout.flush();
  if (flow == Shell::Flow::Bail) return 1;
  return shell.hadError() ? 1 : 0;
}

}  // namespace kg::cli

#include "cli/shell_completion.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cli/shell_dot_commands.h"
#include "export/export_formats.h"
#include "graph/name_key.h"
#include "query/functions.h"
#include "query/procedures.h"

namespace kg::cli {
namespace {

const char* const kKeywords[] = {
    "MATCH",      "OPTIONAL", "WHERE", "RETURN", "WITH", "CREATE", "ORDER", "BY",   "SKIP",
    "LIMIT",      "DISTINCT", "AS",    "AND",    "OR",   "XOR",    "NOT",   "IN",   "STARTS",
    "ENDS",       "CONTAINS", "IS",    "NULL",   "TRUE", "FALSE",  "ASC",   "DESC", "ASCENDING",
    "DESCENDING", "UNWIND",   "CASE",  "WHEN",   "THEN", "ELSE",   "END",   "CALL", "YIELD"};

// Function names for completion: the query engine's registries, plus the path functions that the
// parser handles as syntax.
const std::vector<std::string>& functionNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all = {"shortestPath", "allShortestPaths"};
    for (const kg::cypher::ScalarFunction& function : kg::cypher::scalarFunctions())
      all.push_back(function.name);
    for (const std::string& name : kg::cypher::aggregateNames()) all.push_back(name);
    return all;
  }();
  return names;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == lower(prefix);
}

bool isWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u == '_' || u >= 0x80;
}

void addMatching(std::vector<std::string>& out, const std::vector<std::string>& words,
                 std::string_view prefix, std::string_view suffix = {}) {
  for (const std::string& word : words)
    if (startsWithIgnoringCase(word, prefix)) out.push_back(word + std::string(suffix));
}

// Where a string or backtick name that is still open at the end of `line` starts (the position
// of its quote), or npos.
size_t openQuote(std::string_view line, char& quote) {
  size_t open = std::string_view::npos;
  quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if ((quote == '\'' || quote == '"') && c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
        open = std::string_view::npos;
      }
    } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      return std::string_view::npos;
    } else if (c == '\'' || c == '"' || c == '`') {
      quote = c;
      open = i;
    }
  }
  return open;
}

// Whether the innermost unclosed bracket before `end` is '[' (inside a relationship pattern).
bool insideRelationship(std::string_view line, size_t end) {
  int depth_round = 0, depth_square = 0;
  for (size_t i = end; i-- > 0;) {
    char c = line[i];
    if (c == ')') ++depth_round;
    if (c == ']') ++depth_square;
    if (c == '(') {
      if (depth_round == 0) return false;
      --depth_round;
    }
    if (c == '[') {
      if (depth_square == 0) return true;
      --depth_square;
    }
  }
  return false;
}

Completion completeDotCommand(std::string_view line) {
  Completion completion;
  size_t space = line.find_first_of(" \t");
  if (space == std::string_view::npos) {
    for (const DotCommandInfo& command : dotCommands())
      for (const std::string& name : command.names)
        if (name.size() > 2 && std::string_view(name).starts_with(line))
          completion.candidates.push_back(name + " ");
    std::sort(completion.candidates.begin(), completion.candidates.end());
    return completion;
  }
  std::string_view command = line.substr(0, space);
  size_t argument_start = line.find_last_of(" \t") + 1;
  std::string_view argument = line.substr(argument_start);
  completion.replace_from = argument_start;
  std::vector<std::string> choices;
  for (const DotCommandInfo& info : dotCommands())
    if (std::find(info.names.begin(), info.names.end(), command) != info.names.end())
      choices = info.choices;
  if (command == ".export" &&
      line.substr(space, argument_start - space).find_first_not_of(" \t") == std::string_view::npos)
    for (const ExportFormat& format : exportFormats()) choices.push_back(format.name);
  addMatching(completion.candidates, choices, argument);
  return completion;
}

}  // namespace

CompletionVocabulary CompletionVocabulary::of(const PropertyGraph& graph) {
  CompletionVocabulary vocabulary;
  vocabulary.labels = graph.labels();
  vocabulary.relation_types = graph.relationTypes();
  std::sort(vocabulary.relation_types.begin(), vocabulary.relation_types.end());
  std::set<std::string> names, edge_keys;
  for (uint32_t n = 0; n < graph.nodeCount(); ++n)
    graph.forEachName(n, [&](std::string_view name) { names.insert(std::string(name)); });
  for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
    if (graph.edge(e).news && edge_keys.count("status")) continue;  // news edges: fixed keys
    for (const auto& entry : graph.edgeProperties(e)) edge_keys.insert(entry.first);
  }
  vocabulary.names.assign(names.begin(), names.end());
  vocabulary.node_keys = graph.nodePropertyKeys();
  vocabulary.edge_keys.assign(edge_keys.begin(), edge_keys.end());
  return vocabulary;
}

Completion completeShellInput(std::string_view line, bool at_statement_start,
                              const CompletionVocabulary& vocabulary) {
  if (at_statement_start) {
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '.') {
      Completion completion = completeDotCommand(line.substr(first));
      completion.replace_from += first;
      return completion;
    }
  }
  Completion completion;
  char quote = 0;
  size_t open = openQuote(line, quote);
  if (open != std::string_view::npos) {
    std::string_view typed = line.substr(open + 1);
    completion.replace_from = open + 1;
    if (quote == '`') {
      addMatching(completion.candidates, vocabulary.labels, typed, "`");
      addMatching(completion.candidates, vocabulary.relation_types, typed, "`");
      return completion;
    }
    std::string key = nameKey(typed);
    for (const std::string& name : vocabulary.names)
      if (nameKey(name).starts_with(key)) completion.candidates.push_back(name + quote);
    return completion;
  }
  size_t start = line.size();
  while (start > 0 && isWordByte(line[start - 1])) --start;
  std::string_view word = line.substr(start);
  completion.replace_from = start;
  char before = start > 0 ? line[start - 1] : ' ';
  // After CALL: the procedures of the registry ("algo.pa" -> "algo.pageRank(").
  size_t dotted = start;
  while (dotted > 0 && (isWordByte(line[dotted - 1]) || line[dotted - 1] == '.')) --dotted;
  size_t keyword_end = dotted;
  while (keyword_end > 0 && (line[keyword_end - 1] == ' ' || line[keyword_end - 1] == '\t'))
    --keyword_end;
  if (keyword_end >= 4 && keyword_end < dotted &&
      startsWithIgnoringCase(line.substr(keyword_end - 4, 4), "call") &&
      (keyword_end == 4 || !isWordByte(line[keyword_end - 5]))) {
    completion.replace_from = dotted;
    for (const auto& procedure : cypher::procedures())
      if (startsWithIgnoringCase(procedure.name, line.substr(dotted)))
        completion.candidates.push_back(procedure.name + "(");
    return completion;
  }
  if (before == ':') {
    if (insideRelationship(line, start)) {
      addMatching(completion.candidates, vocabulary.relation_types, word);
    } else {
      addMatching(completion.candidates, vocabulary.labels, word);
    }
  } else if (before == '|') {
    addMatching(completion.candidates, vocabulary.relation_types, word);
  } else if (before == '.') {
    std::set<std::string> keys(vocabulary.node_keys.begin(), vocabulary.node_keys.end());
    keys.insert(vocabulary.edge_keys.begin(), vocabulary.edge_keys.end());
    addMatching(completion.candidates, std::vector<std::string>(keys.begin(), keys.end()), word);
  } else if (before == '$') {
    addMatching(completion.candidates, vocabulary.parameters, word);
  } else if (!word.empty()) {
    bool lower_case = std::none_of(word.begin(), word.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c));
    });
    for (const char* keyword : kKeywords)
      if (startsWithIgnoringCase(keyword, word))
        completion.candidates.push_back((lower_case ? lower(keyword) : std::string(keyword)) + " ");
    for (const std::string& function : functionNames())
      if (startsWithIgnoringCase(function, word)) completion.candidates.push_back(function + "(");
  }
  std::sort(completion.candidates.begin(), completion.candidates.end());
  completion.candidates.erase(
      std::unique(completion.candidates.begin(), completion.candidates.end()),
      completion.candidates.end());
  return completion;
}

}  // namespace kg::cli

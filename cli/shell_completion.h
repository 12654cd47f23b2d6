// What TAB offers in the shell: Cypher keywords and functions, node labels after `(x:`,
// relationship types after `[r:`, entity names and aliases inside quotes, property keys after
// `x.`, parameters after `$`, and dot-commands with their arguments at the start of a line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/shell_line_editor.h"
#include "graph/property_graph.h"

namespace kg::cli {

struct CompletionVocabulary {
  std::vector<std::string> labels;
  std::vector<std::string> relation_types;
  std::vector<std::string> names;  // every name and alias as written, sorted, unique
  std::vector<std::string> node_keys;
  std::vector<std::string> edge_keys;
  std::vector<std::string> parameters;

  static CompletionVocabulary of(const PropertyGraph& graph);
};

// `line` is the text before the cursor; `at_statement_start` tells whether it begins a new
// statement (so a leading '.' is a dot-command).
Completion completeShellInput(std::string_view line, bool at_statement_start,
                              const CompletionVocabulary& vocabulary);

}  // namespace kg::cli

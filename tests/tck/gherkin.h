// A reader for the Gherkin subset the openCypher TCK uses: Feature, Background, Scenario,
// Scenario Outline with Examples tables (<placeholders> substituted, one scenario per row),
// steps with """ doc strings or | data | tables |, tags and # comments.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::tck {

struct GherkinStep {
  std::string keyword;  // Given, When, Then, And, But
  std::string text;     // the rest of the line, e.g. "executing query:"
  int line = 0;
  bool has_doc_string = false;
  std::string doc_string;                       // dedented, without the """ lines
  std::vector<std::vector<std::string>> table;  // cells with Gherkin escapes (\| \\ \n) resolved
};

struct GherkinScenario {
  std::string name;  // "[1] Match non-existent nodes returns empty"
  int line = 0;
  int example = 0;  // 1-based row of an outline's Examples tables, 0 for a plain scenario
  std::vector<std::string> tags;
  std::vector<GherkinStep> steps;  // the Background's steps first
};

struct GherkinFeature {
  std::string name;
  std::vector<GherkinScenario> scenarios;  // outlines already expanded
};

class GherkinError : public std::runtime_error {
 public:
  GherkinError(const std::string& message, int line)
      : std::runtime_error("line " + std::to_string(line) + ": " + message), line(line) {}
  int line;
};

// Parses a whole .feature file. Throws GherkinError.
GherkinFeature parseFeature(std::string_view text);

// Splits one "| a | b \| c |" row into its cells, resolving \|, \\ and \n.
std::vector<std::string> splitTableRow(std::string_view line);

}  // namespace kg::tck

#include "tests/tck/gherkin.h"

#include <map>

namespace kg::tck {
namespace {

std::string_view trim(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r");
  if (start == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(start, end - start + 1);
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// A scenario or outline as written, before the outline is expanded.
struct ScenarioBlock {
  std::string name;
  int line = 0;
  bool outline = false;
  std::vector<std::string> tags;
  std::vector<GherkinStep> steps;
  std::vector<std::vector<std::vector<std::string>>> examples;  // tables: header row, rows...
};

std::string substitute(std::string text, const std::map<std::string, std::string>& values) {
  std::string out;
  size_t position = 0;
  while (position < text.size()) {
    size_t open = text.find('<', position);
    if (open == std::string::npos) break;
    size_t close = text.find('>', open + 1);
    if (close == std::string::npos) break;
    auto found = values.find(text.substr(open + 1, close - open - 1));
    if (found == values.end()) {
      out += text.substr(position, open + 1 - position);
      position = open + 1;
      continue;
    }
    out += text.substr(position, open - position);
    out += found->second;
    position = close + 1;
  }
  out += text.substr(position);
  return out;
}

GherkinStep substituteStep(const GherkinStep& step,
                           const std::map<std::string, std::string>& values) {
  GherkinStep result = step;
  result.text = substitute(step.text, values);
  result.doc_string = substitute(step.doc_string, values);
  for (auto& row : result.table) {
    for (std::string& cell : row) cell = substitute(cell, values);
  }
  return result;
}

class FeatureParser {
 public:
  explicit FeatureParser(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      lines_.push_back(text.substr(start, end - start));
      start = end + 1;
    }
  }

  GherkinFeature parse() {
    for (index_ = 0; index_ < lines_.size(); ++index_) parseLine();
    return expand();
  }

 private:
  enum class Section { Preamble, Feature, Background, Scenario, Examples };

  int lineNumber() const { return static_cast<int>(index_) + 1; }

  void parseLine() {
    std::string_view raw = lines_[index_];
    std::string_view line = trim(raw);
    if (line.empty() || line[0] == '#') return;
    if (line[0] == '@') {
      size_t position = 0;
      while (position < line.size()) {
        size_t end = line.find_first_of(" \t", position);
        if (end == std::string_view::npos) end = line.size();
        if (end > position) pending_tags_.emplace_back(line.substr(position, end - position));
        position = end + 1;
      }
      return;
    }
    if (startsWith(line, "Feature:")) {
      feature_.name = std::string(trim(line.substr(8)));
      section_ = Section::Feature;
      pending_tags_.clear();
      return;
    }
    if (startsWith(line, "Background:")) {
      section_ = Section::Background;
      description_allowed_ = true;
      return;
    }
    for (std::string_view keyword : {"Scenario Outline:", "Scenario Template:"}) {
      if (startsWith(line, keyword)) return startBlock(line.substr(keyword.size()), true);
    }
    for (std::string_view keyword : {"Scenario:", "Example:"}) {
      if (startsWith(line, keyword)) return startBlock(line.substr(keyword.size()), false);
    }
    if (startsWith(line, "Examples:") || startsWith(line, "Scenarios:")) {
      if (section_ != Section::Scenario && section_ != Section::Examples) {
        throw GherkinError("Examples outside a scenario outline", lineNumber());
      }
      if (!blocks_.back().outline) {
        throw GherkinError("Examples under a plain Scenario", lineNumber());
      }
      blocks_.back().examples.emplace_back();
      section_ = Section::Examples;
      pending_tags_.clear();
      return;
    }
    if (line[0] == '|') return parseTableRow(line);
    if (startsWith(line, "\"\"\"") || startsWith(line, "```")) return parseDocString(raw, line);
    for (std::string_view keyword : {"Given ", "When ", "Then ", "And ", "But ", "* "}) {
      if (startsWith(line, keyword)) return addStep(keyword, line.substr(keyword.size()));
    }
    if (section_ == Section::Preamble) throw GherkinError("expected 'Feature:'", lineNumber());
    if (section_ == Section::Feature || description_allowed_) return;  // free description text
    throw GherkinError("unexpected line '" + std::string(line) + "'", lineNumber());
  }

  void startBlock(std::string_view name, bool outline) {
    if (section_ == Section::Preamble) throw GherkinError("scenario before Feature:", lineNumber());
    ScenarioBlock block;
    block.name = std::string(trim(name));
    block.line = lineNumber();
    block.outline = outline;
    block.tags = std::move(pending_tags_);
    pending_tags_.clear();
    blocks_.push_back(std::move(block));
    section_ = Section::Scenario;
    description_allowed_ = true;
  }

  std::vector<GherkinStep>& currentSteps() {
    if (section_ == Section::Background) return background_;
    if (section_ == Section::Scenario) return blocks_.back().steps;
    throw GherkinError("step outside a scenario", lineNumber());
  }

  void addStep(std::string_view keyword, std::string_view text) {
    GherkinStep step;
    step.keyword = std::string(trim(keyword));
    step.text = std::string(trim(text));
    step.line = lineNumber();
    currentSteps().push_back(std::move(step));
    description_allowed_ = false;
  }

  void parseTableRow(std::string_view line) {
    if (section_ == Section::Examples) {
      blocks_.back().examples.back().push_back(splitTableRow(line));
      return;
    }
    std::vector<GherkinStep>& steps = currentSteps();
    if (steps.empty()) throw GherkinError("table without a step", lineNumber());
    steps.back().table.push_back(splitTableRow(line));
  }

  void parseDocString(std::string_view raw, std::string_view line) {
    std::vector<GherkinStep>& steps = currentSteps();
    if (steps.empty()) throw GherkinError("doc string without a step", lineNumber());
    GherkinStep& step = steps.back();
    if (step.has_doc_string) throw GherkinError("second doc string for a step", lineNumber());
    std::string_view delimiter = line.substr(0, 3);
    size_t indent = raw.find(delimiter);
    int opened_at = lineNumber();
    std::string content;
    bool first = true;
    for (++index_; index_ < lines_.size(); ++index_) {
      std::string_view text = lines_[index_];
      if (trim(text) == delimiter) {
        step.has_doc_string = true;
        step.doc_string = std::move(content);
        return;
      }
      size_t strip = 0;
      while (strip < indent && strip < text.size() && text[strip] == ' ') ++strip;
      text.remove_prefix(strip);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      if (!first) content += '\n';
      content += text;
      first = false;
    }
    throw GherkinError("unterminated doc string", opened_at);
  }

  GherkinFeature expand() {
    for (const ScenarioBlock& block : blocks_) {
      if (!block.outline) {
        GherkinScenario scenario;
        scenario.name = block.name;
        scenario.line = block.line;
        scenario.tags = block.tags;
        scenario.steps = background_;
        scenario.steps.insert(scenario.steps.end(), block.steps.begin(), block.steps.end());
        feature_.scenarios.push_back(std::move(scenario));
        continue;
      }
      if (block.examples.empty()) {
        throw GherkinError("Scenario Outline without Examples", block.line);
      }
      int example = 0;
      for (const auto& table : block.examples) {
        if (table.empty()) continue;
        const std::vector<std::string>& header = table[0];
        for (size_t row = 1; row < table.size(); ++row) {
          if (table[row].size() != header.size()) {
            throw GherkinError("Examples row has " + std::to_string(table[row].size()) +
                                   " cells, header has " + std::to_string(header.size()),
                               block.line);
          }
          std::map<std::string, std::string> values;
          for (size_t cell = 0; cell < header.size(); ++cell)
            values[header[cell]] = table[row][cell];
          GherkinScenario scenario;
          scenario.name = substitute(block.name, values);
          scenario.line = block.line;
          scenario.example = ++example;
          scenario.tags = block.tags;
          for (const GherkinStep& step : background_) scenario.steps.push_back(step);
          for (const GherkinStep& step : block.steps) {
            scenario.steps.push_back(substituteStep(step, values));
          }
          feature_.scenarios.push_back(std::move(scenario));
        }
      }
    }
    return std::move(feature_);
  }

  std::vector<std::string_view> lines_;
  size_t index_ = 0;
  Section section_ = Section::Preamble;
  bool description_allowed_ = false;
  std::vector<std::string> pending_tags_;
  std::vector<GherkinStep> background_;
  std::vector<ScenarioBlock> blocks_;
  GherkinFeature feature_;
};

}  // namespace

std::vector<std::string> splitTableRow(std::string_view line) {
  line = trim(line);
  std::vector<std::string> cells;
  if (line.empty() || line[0] != '|') return cells;
  std::string cell;
  bool closed = false;
  for (size_t i = 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\\' && i + 1 < line.size()) {
      char next = line[i + 1];
      if (next == '|' || next == '\\') {
        cell += next;
        ++i;
        continue;
      }
      if (next == 'n') {
        cell += '\n';
        ++i;
        continue;
      }
    }
    if (c == '|') {
      cells.emplace_back(trim(cell));
      cell.clear();
      closed = true;
      continue;
    }
    cell += c;
    closed = false;
  }
  if (!closed && !trim(cell).empty()) cells.emplace_back(trim(cell));
  return cells;
}

GherkinFeature parseFeature(std::string_view text) { return FeatureParser(text).parse(); }

}  // namespace kg::tck

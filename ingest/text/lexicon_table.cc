#include "ingest/text/lexicon_table.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace kg {
namespace {

std::string_view trimmed(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\r')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  return text.substr(begin, end - begin);
}

}  // namespace

std::vector<LexiconRow> readLexiconTable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read lexicon file");
  std::vector<LexiconRow> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view view = trimmed(line);
    if (view.empty() || view.front() == '#') continue;
    LexiconRow row;
    row.line = number;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      std::string_view field(line.data() + start,
                             (tab == std::string::npos ? line.size() : tab) - start);
      row.fields.emplace_back(trimmed(field));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  if (in.bad()) throw std::runtime_error(path + ": error while reading lexicon file");
  return rows;
}

std::string resolveLexiconDir(std::string_view configured) {
  if (!configured.empty()) return std::string(configured);
  if (const char* environment = std::getenv("KG_LEXICON_DIR"); environment && *environment)
    return environment;
  return KG_DEFAULT_LEXICON_DIR;
}

std::map<std::string, int> readNumberedNames(const std::string& path, int low, int high) {
  std::map<std::string, int> names;
  for (const LexiconRow& row : readLexiconTable(path)) {
    char* end = nullptr;
    long number = row.fields.empty() ? 0 : std::strtol(row.fields[0].c_str(), &end, 10);
    if (row.fields.size() < 2 || !end || end == row.fields[0].c_str() || *end != '\0' ||
        number < low || number > high)
      throw std::runtime_error(path + ":" + std::to_string(row.line) + ": expected a number from " +
                               std::to_string(low) + " to " + std::to_string(high) + " and names");
    for (size_t i = 1; i < row.fields.size(); ++i) {
      std::string lower;
      for (char c : row.fields[i])
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!lower.empty()) names[lower] = static_cast<int>(number);
    }
  }
  return names;
}

std::vector<std::string> splitAlternatives(std::string_view field) {
  std::vector<std::string> values;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view value = trimmed(field.substr(start, bar - start));
    if (!value.empty()) values.emplace_back(value);
    start = bar + 1;
  }
  return values;
}

}  // namespace kg

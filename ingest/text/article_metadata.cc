#include "ingest/text/article_metadata.h"

#include <cctype>

#include "ingest/text/lexicon_table.h"

namespace kg {
namespace {

// How far down the article a source line may stand: a headline, perhaps a blank line or a
// standfirst, then the address.
constexpr int kSourceLineWindow = 6;

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

std::string trim(const std::string& text) {
  size_t first = 0, last = text.size();
  while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
  return text.substr(first, last - first);
}

}  // namespace

ArticleMetadata::ArticleMetadata(const std::string& lexicon_dir) {
  for (const LexiconRow& row : readLexiconTable(lexicon_dir + "/government_domains.tsv"))
    if (row.fields.size() >= 2 && !row.fields[0].empty() && !row.fields[1].empty())
      domains_.emplace_back(row.fields[0], row.fields[1]);
}

std::string ArticleMetadata::hostOf(const std::string& address) {
  std::string rest;
  if (startsWith(address, "https://"))
    rest = address.substr(8);
  else if (startsWith(address, "http://"))
    rest = address.substr(7);
  else if (startsWith(address, "www."))
    rest = address;
  else
    return "";
  size_t end = rest.find_first_of("/:?# ");
  std::string host = rest.substr(0, end);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (startsWith(host, "www.")) host = host.substr(4);
  for (char c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') return "";
  return host;
}

std::string ArticleMetadata::governmentOf(const std::string& host) const {
  std::string best, government;
  for (const auto& [suffix, name] : domains_) {
    bool under =
        host == suffix || (host.size() > suffix.size() &&
                           host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                           host[host.size() - suffix.size() - 1] == '.');
    if (under && suffix.size() > best.size()) {  // the longest suffix: "gov.uk" before "uk"
      best = suffix;
      government = name;
    }
  }
  return government;
}

void ArticleMetadata::run(Document& document) const {
  size_t start = 0;
  for (int line = 0; line < kSourceLineWindow && start < document.original.size(); ++line) {
    size_t end = document.original.find('\n', start);
    if (end == std::string::npos) end = document.original.size();
    std::string text = trim(document.original.substr(start, end - start));
    start = end + 1;
    if (text.find(' ') != std::string::npos) continue;
    std::string host = hostOf(text);
    if (host.empty()) continue;
    document.source_url = text;
    document.publisher_government = governmentOf(host);
    return;
  }
}

}  // namespace kg

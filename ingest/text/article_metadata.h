// What an article says about itself rather than about the world: its title, outlet, address,
// publication date and byline (Document::info), from an HTML page's meta tags, <title> and JSON-LD
// (article:published_time, og:site_name, og:title, og:url, datePublished, author) or, in plain
// text, from the conventions of a news file: the headline on the first line, the source address
// on a line of its own under it, a "By ..." line, a date near the top ("25 March 2024",
// "March 25, 2024", "2024-03-25"). When the address is a government's own domain
// (government_domains.tsv), the publishing government too. Reads Document::original; writes
// Document::info, source_url and publisher_government.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/document.h"

namespace kg {

class ArticleMetadata {
 public:
  // Loads government_domains.tsv and months.tsv from `lexicon_dir`; throws std::runtime_error
  // naming a file that cannot be read.
  explicit ArticleMetadata(const std::string& lexicon_dir);

  void run(Document& document) const;

  // The host of an "http://", "https://" or "www." address, lower-cased, without a port or a
  // leading "www."; empty when `address` is not one.
  static std::string hostOf(const std::string& address);

  // The government whose domain `host` is under ("justice.example.gov" -> the ".gov" row), or
  // empty.
  std::string governmentOf(const std::string& host) const;

  // The first calendar date written in `text` as YYYY-MM-DD: "2024-03-25T10:00:00Z",
  // "25 March 2024", "Mar. 25, 2024", "Monday 25 March 2024"; empty when there is none (or the
  // date does not exist).
  std::string firstDate(std::string_view text) const;

 private:
  std::vector<std::pair<std::string, std::string>> domains_;  // suffix, government
  std::map<std::string, int> months_;                         // lower-case name -> 1..12
};

}  // namespace kg

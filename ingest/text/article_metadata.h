// What an article says about itself rather than about the world: the source address written on a
// line of its own under the headline, and, when that address is a government's own domain
// (government_domains.tsv), the publishing government. Reads Document::original; writes
// Document::source_url and Document::publisher_government.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/document.h"

namespace kg {

class ArticleMetadata {
 public:
  // Loads government_domains.tsv from `lexicon_dir`; throws std::runtime_error naming the file
  // when it cannot be read.
  explicit ArticleMetadata(const std::string& lexicon_dir);

  void run(Document& document) const;

  // The host of an "http://", "https://" or "www." address, lower-cased, without a port or a
  // leading "www."; empty when `address` is not one.
  static std::string hostOf(const std::string& address);

  // The government whose domain `host` is under ("justice.example.gov" -> the ".gov" row), or
  // empty.
  std::string governmentOf(const std::string& host) const;

 private:
  std::vector<std::pair<std::string, std::string>> domains_;  // suffix, government
};

}  // namespace kg

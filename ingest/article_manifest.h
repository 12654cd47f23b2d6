// ArticleManifest: what a user says of a corpus's articles, for `kg ingest --manifest FILE`: per
// file its publication date, outlet, address and title, which win over what the article says
// of itself. CSV with a header row naming the columns (path, date, source, url, title, byline;
// only path is required) or JSON Lines with the same keys. Paths are relative to the manifest's
// own folder unless absolute.
#pragma once

#include <stdexcept>
#include <string>
#include <unordered_map>

#include "graph/model.h"

namespace kg {

// A manifest that cannot be read or has a bad row; what() is "FILE:LINE: reason".
class ManifestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ArticleManifest {
 public:
  ArticleManifest() = default;
  // Reads `path`; throws ManifestError.
  static ArticleManifest read(const std::string& path);

  // The entry for an input path as kg ingest names it, or null.
  const ArticleInfo* find(const std::string& input_path) const;
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, ArticleInfo> entries_;  // by canonical absolute path
};

// Overrides the fields of `info` that `given` sets.
void applyArticleInfo(ArticleInfo& info, const ArticleInfo& given);

}  // namespace kg

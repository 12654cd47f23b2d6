// Ingestor: the ingest stage's front door. It turns one article's bytes into ArticleFacts
// (actors and typed edges with evidence) that the GraphStore writes in one transaction.
// One Ingestor loads the lexicons and the parser dictionary once and is reused for every article.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "graph/article_facts.h"

namespace kg {

// Why an article was refused (binary data, too large, undecodable ...); what() is one line that
// says the reason without the file name (the caller adds it).
class IngestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IngestOptions {
  std::string lexicon_dir;                 // empty: $KG_LEXICON_DIR, else the built-in path
  size_t max_article_bytes = 50u << 20;    // larger articles are refused
  size_t max_parse_sentence_bytes = 1000;  // longer sentences get names but no relations
  std::string encoding = "auto";  // auto, utf-8, utf-16le, utf-16be, latin1 (see text_decoder.h)
};

class Ingestor {
 public:
  explicit Ingestor(IngestOptions options = {});
  ~Ingestor();
  Ingestor(const Ingestor&) = delete;
  Ingestor& operator=(const Ingestor&) = delete;

  // Extracts the facts of one article. `name` is the file name recorded as evidence. When
  // `explain` is given, writes per sentence the mentions, what they resolved to, the triggers and
  // the edges made or rejected (with the reason). Throws IngestError for input it refuses.
  ArticleFacts extract(std::string_view name, std::string_view bytes,
                       std::ostream* explain = nullptr);

  // Resolves each edge's event words against the article's publication date (facts.info), as
  // extract does; call again when the date changed after extract (--date, a manifest).
  void dateEvents(ArticleFacts& facts) const;

  const IngestOptions& options() const { return options_; }

 private:
  IngestOptions options_;
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace kg

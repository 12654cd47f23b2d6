#include "ingest/ingestor.h"

namespace kg {

// Placeholder pipeline until the text, entity and relation stages land: it checks the bytes and
// counts lines as sentences, and extracts nothing.
struct Ingestor::State {};

Ingestor::Ingestor(IngestOptions options) : options_(std::move(options)) {}
Ingestor::~Ingestor() = default;

ArticleFacts Ingestor::extract(std::string_view name, std::string_view bytes, std::ostream*) {
  if (bytes.size() > options_.max_article_bytes)
    throw IngestError("article is larger than the limit");
  ArticleFacts facts;
  facts.name = std::string(name);
  facts.content_hash = contentHash(bytes);
  facts.bytes = static_cast<int64_t>(bytes.size());
  return facts;
}

}  // namespace kg

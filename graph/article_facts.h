// What the ingest extracts from one article, in the form the GraphStore writes in one
// transaction: the article's identity, the actors it names and the typed edges between them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg {

struct ActorFact {
  std::string name;  // canonical name, no honorifics
  ActorType type = ActorType::Person;
  std::vector<std::string> aliases;  // other names the article uses for it
};

struct EdgeFact {
  size_t subject = 0;    // index into ArticleFacts::actors
  size_t object = 0;     // index into ArticleFacts::actors
  std::string relation;  // "accused", "sanctioned", ...
  EdgeStatus status = EdgeStatus::Asserted;
  double confidence = 1.0;
  std::string sentence;  // the sentence's text
  int64_t start = 0;     // byte offsets of the sentence in the article
  int64_t end = 0;
  std::string event_words = {};  // the sentence's words that date its event ("on Monday")
  std::string event_date = {};   // those words resolved against the article's date
};

struct ArticleFacts {
  std::string name;          // file name (or "-" for standard input)
  std::string content_hash;  // hex digest of the article's bytes; re-ingest is a no-op
  int64_t bytes = 0;
  int64_t sentences = 0;
  ArticleInfo info;  // title, outlet, address, publication date, byline when known
  std::vector<ActorFact> actors;
  std::vector<EdgeFact> edges;
  // Things the user should know about the input (encoding guessed, invalid bytes replaced and
  // where), one line each; the article was still ingested.
  std::vector<std::string> notes;
};

// A stable 64-bit FNV-1a digest of the bytes, as 16 hex digits.
std::string contentHash(std::string_view bytes);

}  // namespace kg

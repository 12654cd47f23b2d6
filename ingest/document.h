// The ingest's working representation of one article as it moves through the stages:
// text (decoded, chrome removed, split into sentences) -> entities (mentions resolved to
// article-level entities) -> relations (typed edges between entities).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg {

struct Sentence {
  std::string text;   // normalised for matching: straight quotes, plain spaces and dashes
  int64_t start = 0;  // byte offsets of the sentence in the article's original bytes
  int64_t end = 0;
  int line = 0;       // 1-based line of the original text where the sentence starts
};

enum class MentionKind {
  Name,         // a proper name: "Oliver Dowden", "APT31", "the Electoral Commission"
  Alias,        // a short or titled form of a name seen before: "Mr Dowden", "Dowden"
  Metonym,      // a capital, seat of government or demonym phrase: "Beijing", "the British government"
  Pronoun,      // he, she, they, it, its ...
  Description,  // a definite description: "the country", "the minister", "the company"
};

// One span of a sentence that refers to an actor.
struct Mention {
  size_t sentence = 0;  // index into Document::sentences
  size_t begin = 0;     // byte offsets into Sentence::text
  size_t end = 0;
  std::string surface;  // the text as written
  MentionKind kind = MentionKind::Name;
  int entity = -1;      // index into Document::entities, -1 when unresolved
  // Several entities for one span: a plural pronoun or a coordination ("they" = A, B and C).
  std::vector<int> group;
  std::string reason;   // how the entity stage found and resolved it, for --explain
};

// An actor of the article, with every name the article used for it.
struct Entity {
  std::string name;  // canonical: full name, no honorific
  ActorType type = ActorType::Person;
  std::vector<std::string> aliases;
};

struct Document {
  std::string name;                // file name
  std::string original;            // the article's bytes as received
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;   // ordered by (sentence, begin)
};

}  // namespace kg

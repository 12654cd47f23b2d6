// The entity stage of the ingest: finds the actors a Document's sentences mention (people,
// countries, organisations, groups), resolves every mention within the article to one canonical
// entity (aliases, acronyms, metonyms, pronouns, descriptions, coordinations) and explains why.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "ingest/document.h"

namespace kg {

class EntityRecognizer {
 public:
  // Loads the gazetteers and word lists (countries.tsv, titles.tsv, organisation_heads.tsv,
  // international_organisations.tsv, group_words.tsv, pronouns.tsv, ...) from `lexicon_dir`
  // once. Throws std::runtime_error naming the file when one cannot be read.
  explicit EntityRecognizer(const std::string& lexicon_dir);
  ~EntityRecognizer();
  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // Fills document.entities and document.mentions (ordered by sentence, begin, longer first)
  // from its sentences. Each mention's `reason` says how it was found and resolved. A
  // coordination "A, B and C" gets, besides one mention per member, one extra mention spanning
  // the list with entity -1 and `group` = the members, placed before the members' mentions.
  // Every entity in document.entities is an actor worth a graph node.
  void annotate(Document& document) const;

  // Writes, for sentence `index`, its number and line and one line per mention: the surface, its
  // kind, the entity (or group) it resolved to and why. Used by `kg ingest --explain`.
  static void explainSentence(const Document& document, size_t index, std::ostream& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

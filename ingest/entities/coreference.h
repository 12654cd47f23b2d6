// Coreference: turns mentions into the article's entities. Names with a lexicon's canonical form
// ("Beijing", "the British government" -> China, the United Kingdom) join that entity; other names
// join an earlier entity they are a short form of (a surname "Pendle", an acronym "NCSC" of
// "National Cyber Security Centre", a tail "the Justice Department" of "the U.S. Justice
// Department"); appositions ("its director, Jane Roe") are one entity; a copula with names after
// it ("the two nationals are A and B") gives a described group its members; descriptions ("the
// company", "the bloc", "the minister") and pronouns take the nearest earlier entity that fits.
// Reads mentions, tokens and the tree; writes Mention::entity / group and Document::entities.
#pragma once

#include "ingest/document.h"
#include "ingest/entities/entity_lexicon.h"

namespace kg {

class Coreference {
 public:
  explicit Coreference(const EntityLexicon& lexicon) : lexicon_(lexicon) {}

  void run(Document& document) const;

 private:
  const EntityLexicon& lexicon_;
};

}  // namespace kg

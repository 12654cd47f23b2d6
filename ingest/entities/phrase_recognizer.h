// PhraseRecognizer: finds the actors a sentence describes rather than names. A noun phrase whose
// head WordNet puts under person, organization or social group (noun_classes.h) is an actor
// mention: indefinite ones ("seven hackers", "a front company", "journalists") introduce a new
// actor named by the phrase, definite ones ("the defendants", "the company", "the bloc") refer
// back; partitives ("two of the defendants") and "of"-complements of people ("critics of X")
// keep their complement in the name. Pronouns become mentions too. Reads the tagged tokens, the
// tree and the name mentions; writes Phrase, Description and Pronoun mentions.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/entities/entity_lexicon.h"
#include "ingest/entities/noun_classes.h"

namespace kg {

class PhraseRecognizer {
 public:
  // Looks up the WordNet senses of descriptions.tsv's country nouns once (country_senses_).
  PhraseRecognizer(const EntityLexicon& lexicon, const NounClasses& classes);

  // Adds the phrase and pronoun mentions of sentence `index` and keeps document.mentions
  // ordered by (sentence, first token).
  void run(Document& document, size_t index) const;

 private:
  const EntityLexicon& lexicon_;
  const NounClasses& classes_;
  // The first WordNet senses of the nouns descriptions.tsv gives for a country ("country",
  // "nation"): a plural that is a kind of one of them, after a word of region, names that
  // region's states ("Gulf states").
  std::vector<long> country_senses_;
};

}  // namespace kg

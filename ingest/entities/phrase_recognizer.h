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
  PhraseRecognizer(const EntityLexicon& lexicon, const NounClasses& classes)
      : lexicon_(lexicon), classes_(classes) {}

  // Adds the phrase and pronoun mentions of sentence `index` and keeps document.mentions
  // ordered by (sentence, first token).
  void run(Document& document, size_t index) const;

 private:
  // The nouns descriptions.tsv gives for a country ("country", "nation"): a plural that is a
  // kind of one of them, after a word of region, names that region's states ("Gulf states").
  const std::vector<std::string>& countryNouns() const;

  const EntityLexicon& lexicon_;
  const NounClasses& classes_;
  mutable std::vector<std::string> country_nouns_;
  mutable bool country_nouns_read_ = false;
};

}  // namespace kg

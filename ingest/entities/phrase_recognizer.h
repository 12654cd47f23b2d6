// PhraseRecognizer: finds the actors a sentence describes rather than names. A noun phrase whose
// head WordNet puts under person, organization or social group (noun_classes.h) is an actor
// mention: indefinite ones ("seven hackers", "a front company", "journalists") introduce a new
// actor named by the phrase, definite ones ("the defendants", "the company", "the bloc") refer
// back; partitives ("two of the defendants") and "of"-complements of people ("critics of X")
// keep their complement in the name. Pronouns become mentions too. Reads the tagged tokens, the
// tree and the name mentions; writes Phrase, Description and Pronoun mentions.
#pragma once

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
  const EntityLexicon& lexicon_;
  const NounClasses& classes_;
};

}  // namespace kg

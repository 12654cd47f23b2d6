// NameRecognizer: finds the proper names of one sentence and types them, without a table of the
// names themselves: runs of capitalised words are split at titles ("Deputy PM | Arthur Pendle")
// and typed by their last word (an organisation head such as "Commission", a group head such as
// "Group" or a number after "Threat"), by a given name or title before them, or by words no
// dictionary knows ("Lee Minho"); gazetteers add countries, capitals, demonyms and
// international bodies, and "the Arnorian government" or "authorities in Arnor" stand for the
// country. Reads Sentence::tokens (text only: it runs before the tagger); writes Name, Alias
// and Metonym mentions into Document::mentions and Token::mention.
#pragma once

#include <vector>

#include "ingest/document.h"
#include "ingest/entities/entity_lexicon.h"
#include "ingest/syntax/synonym_normaliser.h"
#include "ingest/syntax/word_classes.h"

namespace kg {

class NameRecognizer {
 public:
  // `synonyms`, when given, also lets a synonym of a government word ("the Arnorian
  // administration" for "government") make a country's government phrase.
  NameRecognizer(const EntityLexicon& lexicon, const WordClasses& classes,
                 const SynonymNormaliser* synonyms = nullptr)
      : lexicon_(lexicon), classes_(classes), synonyms_(synonyms) {}

  // Appends the name mentions of sentence `index` to document.mentions (kept ordered) and
  // sets Token::mention for their tokens.
  void run(Document& document, size_t index) const;
  // The country the document's dateline names (a country, its capital or a listed place), or
  // "".
  std::string datelineCountry(const Document& document) const;

 private:
  struct Run;
  bool nameLike(const Sentence& sentence, size_t i, bool title_case) const;
  bool isCommonWord(const std::string& lower) const;
  bool looksLikeDemonym(const std::string& lower) const;
  // Whether the preposition of place at `preposition` follows, in its clause, a word that
  // takes its patient or source after it (EntityLexicon::actor_after: "attributed the attack
  // to X", "according to X"): a capital after it is then no place.
  bool actorAfterPreposition(const Sentence& sentence, size_t preposition) const;
  void classify(const Sentence& sentence, size_t sentence_index, Run run,
                std::vector<Mention>& out) const;
  const EntityLexicon& lexicon_;
  const WordClasses& classes_;
  const SynonymNormaliser* synonyms_;
};

}  // namespace kg

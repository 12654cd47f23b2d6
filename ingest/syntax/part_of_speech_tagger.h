// PartOfSpeechTagger: picks one word class per token from its readings (word_classes.h) and
// the words around it, with rules of English grammar ("the" is followed by a noun phrase; a
// form after "has" is a participle; an -ed form right after a noun and before "by" is a passive
// participle). Reads Sentence::tokens (text) and the name mentions (their tokens are one proper
// noun); writes Token::pos, form, lemma (a number word's: its value in digits) and plural.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/document.h"
#include "ingest/syntax/word_classes.h"

namespace kg {

class PartOfSpeechTagger {
 public:
  // `reporting_verbs`: lemmas of verbs of saying (relation_cues.tsv), which after a noun are
  // its finite verb rather than a participle ("the minister said ...").
  // `naming_words`: forms that give a thing its name (relation_cues.tsv: "dubbed", "known"),
  // participles between a noun and its name ("a group dubbed X hacked Y").
  PartOfSpeechTagger(const WordClasses& classes, std::unordered_set<std::string> reporting_verbs,
                     std::unordered_set<std::string> naming_words = {})
      : classes_(classes),
        reporting_verbs_(std::move(reporting_verbs)),
        naming_words_(std::move(naming_words)) {}

  // Tags one sentence. `names` holds the [first, last] token ranges of the sentence's name
  // mentions; each is tagged as proper nouns (its inner function words keep their class).
  void tag(Sentence& sentence, const std::vector<std::pair<size_t, size_t>>& names) const;

  // Whether a headline is written in title case ("UK Slaps Sanctions On Hackers"), where
  // capitals say nothing of names.
  static bool isTitleCase(const Sentence& sentence, const WordClasses& classes);

 private:
  const WordClasses& classes_;
  std::unordered_set<std::string> reporting_verbs_;
  std::unordered_set<std::string> naming_words_;
};

}  // namespace kg

// Words the lexicons do not list but WordNet gives as a listed word's synonym ("assail" for
// "attack", "enforce" for "impose", "accusal" for "accusation"): each such token is read as the
// listed word, so text that says the same thing in other words (or that went through an article
// spinner) meets the same triggers, cues and descriptions. Reads Token::lemma, pos and
// capitalised after tagging; writes Token::lemma (the listed word) and Token::synonym_of (the
// word's own lemma, for --explain).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "ingest/document.h"

namespace kg {

class SynonymNormaliser {
 public:
  // Reads the listed words from the lexicons under `lexicon_dir` (relations, relation cues,
  // modality, descriptions, government words) and asks WordNet for the synonyms of each (the
  // first two senses of each open class, as a thesaurus lists them). Throws std::runtime_error
  // naming a file that cannot be read.
  explicit SynonymNormaliser(const std::string& lexicon_dir);

  void run(Sentence& sentence) const;

  // The listed word `lemma` stands for, or empty when it is listed itself or no synonym of one.
  const std::string& listedWordFor(const std::string& lemma) const;

 private:
  std::unordered_set<std::string> listed_;
  std::unordered_map<std::string, std::string> synonym_to_listed_;
};

}  // namespace kg

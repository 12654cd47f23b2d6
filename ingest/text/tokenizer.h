// The ingest's one tokenizer: sentence text -> tokens (words, numbers, clitics, punctuation)
// with byte offsets. Reads Sentence::text, writes Sentence::tokens (text, lower, offsets,
// capitalised, space_before); the tagger fills in the rest of each token.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/document.h"

namespace kg {

class Tokenizer {
 public:
  // `abbreviations`: words written with a final full stop that keeps it ("Mr", "Ltd", "Jan"),
  // as abbreviations.tsv lists them.
  explicit Tokenizer(std::unordered_set<std::string> abbreviations = {});

  // Splits `text`: words keep inner hyphens and apostrophes ("state-backed", "O'Hara"), the dots
  // of initials ("U.S.") and of a known abbreviation ("Ltd."); numbers keep inner ',' '.' '-'
  // ("10,000", "2023-2030"); the possessive "'s" / "'" and the negation "n't" are tokens of their
  // own; a run of hyphens ("--") is one dash, "-"; every other non-space byte sequence of
  // punctuation is one token per character.
  std::vector<Token> tokenize(std::string_view text) const;

  void run(Sentence& sentence) const { sentence.tokens = tokenize(sentence.text); }

 private:
  std::unordered_set<std::string> abbreviations_;
};

}  // namespace kg

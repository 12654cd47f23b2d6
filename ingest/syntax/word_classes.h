// WordClasses: what a word form can be, before context decides. Function words come from
// closed_classes.tsv, irregular verb forms from irregular_verbs.tsv, and nouns, verbs, adjectives
// and adverbs from WordNet (through WordDictionary); unknown words get a reading from their
// suffix; a word WordNet gives as a number word's synonym carries that number as a possible
// count, and months.tsv names the months. The tagger (part_of_speech_tagger.h) picks one reading
// per token from these.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "ingest/document.h"

namespace kg {

// The readings of one word form. Bits of `classes` are 1 << PartOfSpeech.
struct WordReadings {
  uint32_t classes = 0;
  // Verb reading: the lemma and which forms the word can be.
  std::string verb_lemma;
  bool base = false, present = false, past = false, participle = false, gerund = false;
  // Noun reading.
  std::string noun_lemma;
  bool plural = false;
  // Auxiliary reading (be, have, do) and its form.
  std::string auxiliary;  // "be", "have", "do"
  VerbForm auxiliary_form = VerbForm::None;
  // Number word reading: its value in digits ("seven" -> "7"), when it is one number.
  std::string number_value;
  // A noun or adjective WordNet puts in a number word's synset ("heptad", "septet" -> "7"):
  // the value it counts as where context makes it a count (the tagger decides).
  std::string count_value;
  // WordNet's sense-tagged frequencies, to prefer a class when context does not decide.
  int noun_count = 0, verb_count = 0, adjective_count = 0;
  bool known = false;  // a function word or listed by WordNet (not guessed from a suffix)

  bool can(PartOfSpeech pos) const { return classes & (1u << static_cast<unsigned>(pos)); }
  void add(PartOfSpeech pos) { classes |= 1u << static_cast<unsigned>(pos); }
  void remove(PartOfSpeech pos) { classes &= ~(1u << static_cast<unsigned>(pos)); }
  bool only(PartOfSpeech pos) const { return classes == (1u << static_cast<unsigned>(pos)); }
};

class WordClasses {
 public:
  // Loads closed_classes.tsv, irregular_verbs.tsv and months.tsv from `lexicon_dir`. Throws
  // std::runtime_error naming the file when one cannot be read or has a bad row.
  explicit WordClasses(const std::string& lexicon_dir);

  // The readings of a lower-case word form (never empty: unknown words get a guess).
  // Results are cached per instance (one per ingest thread).
  const WordReadings& readings(const std::string& lower) const;

  // Whether `lower` is a function word of closed_classes.tsv.
  bool isFunctionWord(const std::string& lower) const { return closed_.count(lower) > 0; }

  // Whether a verb lemma takes a past participle as "be" does (closed_classes.tsv's "link":
  // "stood accused of").
  bool isLinkingVerb(const std::string& lemma) const { return linking_verbs_.count(lemma) > 0; }

  // Whether `lower` is a month's full name (months.tsv): "may" beside a day or a year is one.
  bool isMonthName(const std::string& lower) const { return months_.count(lower) > 0; }
  // Whether `lower` is a month's full name or one of its abbreviations ("dec", "sept").
  bool isMonthWord(const std::string& lower) const { return month_words_.count(lower) > 0; }

 private:
  WordReadings compute(const std::string& lower) const;
  struct Irregular {
    std::string lemma;
    bool past = false, participle = false;
  };
  std::unordered_map<std::string, WordReadings> closed_;
  std::unordered_map<std::string, Irregular> irregular_;
  std::unordered_set<std::string> months_;
  std::unordered_set<std::string> month_words_;    // full names and abbreviations
  std::unordered_set<std::string> verb_prefixes_;  // "re" in "re-sanctioned"
  std::unordered_set<std::string> linking_verbs_;  // "stand" in "stood accused"
  // "part:offset" of the first two WordNet senses of closed_classes.tsv's number words -> value.
  std::unordered_map<std::string, std::string> number_synsets_;
  mutable std::unordered_map<std::string, WordReadings> cache_;
};

}  // namespace kg

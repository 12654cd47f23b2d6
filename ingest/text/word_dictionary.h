// English dictionary checks backed by WordNet, shared by the text and entity stages: is a word
// an ordinary lower-case word ("media", "topics"), and is it an inflected verb form ("imposes",
// "accused"). Answers are cached; WordNet is opened once per process. Safe to use from several
// threads: the caches and WordNet's C library (used for morphology) are behind one mutex.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/text/wordnet_files.h"

namespace kg {

class WordDictionary {
 public:
  // The process-wide dictionary (WordNet is a process-wide C library).
  static WordDictionary& instance();

  // Whether WordNet could be opened; when not, every check answers false.
  bool available() const { return available_; }

  // True when `word` (any case) or its base form is a common word of English, i.e. WordNet
  // lists it with a lower-case lemma ("china" the porcelain counts, "Smith" does not).
  bool isCommonWord(std::string_view word);

  // True when `word` is an inflected verb form: "imposes", "accused", "said", "was".
  bool isInflectedVerb(std::string_view word);

  // What WordNet says of a lower-case word form in each open class: whether it (or a base form
  // WordNet's morphology finds) is listed, that base form, and how often the base form's senses
  // were tagged in WordNet's sense-tagged corpus (a frequency to prefer one class by).
  struct Senses {
    bool noun = false, verb = false, adjective = false, adverb = false;
    std::string noun_lemma, verb_lemma, adjective_lemma;
    int noun_count = 0, verb_count = 0, adjective_count = 0, adverb_count = 0;
  };
  Senses senses(std::string_view lower);

  // Whether a lower-case word is a verb's -ing form ("targeting", "bombing"), whatever else
  // WordNet lists it as.
  bool isIngForm(std::string_view lower);

  // The base forms WordNet's morphology gives a lower-case noun ("men" -> "man"), the word
  // itself excluded; empty when it has none.
  std::vector<std::string> nounBaseForms(std::string_view lower);

  // The synsets above the first `max_senses` senses of a noun lemma (the senses themselves
  // included), as WordNet byte offsets into data.noun; and the lexicographer file number of its
  // first sense (-1 when WordNet does not list the noun). Cached.
  struct NounAncestry {
    int first_lexicographer_file = -1;
    std::vector<std::vector<long>> per_sense;  // per sense: that sense and all its hypernyms
    std::vector<int> sense_weights;            // per sense: its tagged count
    std::vector<int> lexicographer_files;      // per sense: its lexicographer file
    std::vector<bool> instances;               // per sense: a named instance ("Sue" the novelist)
  };
  const NounAncestry& nounAncestry(const std::string& lemma);
  // How many senses of a noun nounAncestry reads.
  static constexpr size_t kAncestrySenses = 4;
  // The same synsets-and-hypernyms as NounAncestry::per_sense for the first `max_senses` senses,
  // not cached: for the rare question about a later sense ("subject" as a national is its 7th).
  std::vector<std::vector<long>> nounSenseAncestries(const std::string& lemma, size_t max_senses);

  // Whether any noun sense of `lemma` is a common noun, not a named instance ("sue" has only
  // the novelist; "ford" has a river crossing besides its people).
  bool hasCommonNounSense(const std::string& lemma);

  // The data.noun offset of sense `sense` (1-based) of a noun lemma ("person", 1), or -1.
  long nounSynset(const std::string& lemma, int sense);

  // The lexicographer file number of a verb lemma's first sense (31 verb.cognition, 32
  // verb.communication ...), or -1.
  int verbLexicographerFile(const std::string& lemma);
  // Whether any verb sense of a lemma is in lexicographer file `file` ("attack" has a
  // verb.communication sense: "attacked the plan" criticises it).
  bool hasVerbSenseIn(const std::string& lemma, int file);
  // The same for a noun lemma's first sense (14 noun.group, 18 noun.person ...), or -1.
  int nounLexicographerFile(const std::string& lemma);

  // Every lemma in the synsets of a verb lemma's first `max_senses` senses (its synonyms), lower
  // case with '_' as a space ("hold_responsible").
  std::vector<std::string> verbSynonyms(const std::string& lemma, int max_senses);
  // The same for a word of any part of speech (WordNetFiles::Part), "within" as an adverb;
  // a negative `max_senses` takes every sense.
  std::vector<std::string> synonyms(const std::string& lemma, int part, int max_senses);

  // The synsets of a lemma's first `max_senses` senses (all when negative) as a noun, a verb
  // and an adjective, each as (part of speech, byte offset): WordNet's index alone, no synset
  // is read. Two words are synonyms when they share one.
  struct SynsetKey {
    int part = 0;
    long offset = 0;
    bool operator==(const SynsetKey& other) const {
      return part == other.part && offset == other.offset;
    }
    // "part:offset", to key maps of synsets by.
    std::string text() const { return std::to_string(part) + ":" + std::to_string(offset); }
  };
  std::vector<SynsetKey> synsets(const std::string& lemma, int max_senses);

  // The plainer word a rare word stands for: when WordNet's tagged corpus never uses `lemma`
  // (as a noun, else as an adjective), the most used single-word lemma whose first sense is one
  // of `lemma`'s synsets ("functionary" -> "official", "histrion" -> "actor"); empty when there
  // is none. Cached.
  std::string plainSynonym(const std::string& lemma);

  // The commoner word WordNet gives for a rarely used noun for people or groups, the most
  // tagged single word of its synset ("cyberpunk" -> "hacker", "diarist" -> "journalist"), or
  // empty. Cached.
  std::string actorHeadword(const std::string& lemma);

 private:
  // A noun synset and all its hypernyms (at most 200); `own_file` gets its lexicographer file.
  // The caller holds mutex_.
  std::vector<long> nounClosure(long own, int* own_file);
  WordDictionary();
  int lexicographerFile(const std::string& lemma, int part);
  // Base forms of an inflected lower-case word (WordNet's morphy); the caller holds mutex_.
  std::vector<std::string> baseForms(const std::string& lower, int part);
  bool available_ = false;
  std::mutex mutex_;  // guards the caches and the C library (morphology)
  std::unordered_map<std::string, bool> common_cache_;
  std::unordered_map<std::string, bool> verb_cache_;
  std::unordered_map<std::string, Senses> senses_cache_;
  std::unordered_map<std::string, NounAncestry> ancestry_cache_;
  std::unordered_map<std::string, std::string> plain_cache_;
  std::unordered_map<std::string, std::string> headword_cache_;
  WordNetFiles files_;  // read-only once open: its lookups need no lock
};

}  // namespace kg

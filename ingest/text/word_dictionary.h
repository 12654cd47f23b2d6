// English dictionary checks backed by WordNet, shared by the text and entity stages: is a word
// an ordinary lower-case word ("media", "topics"), and is it an inflected verb form ("imposes",
// "accused"). Answers are cached; WordNet is opened once per process. Safe to use from several
// threads: the WordNet C library is not, so each check (cache and library) holds one mutex.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kg {

class WordDictionary {
 public:
  // The process-wide dictionary (WordNet is a process-wide C library).
  static WordDictionary& instance();

  // Whether WordNet could be opened; when not, every check answers false.
  bool available() const { return available_; }

  // True when `word` (any case) or its base form is a common word of English, i.e. WordNet
  // lists it with a lower-case lemma ("china" the porcelain counts, "Collins" does not).
  bool isCommonWord(std::string_view word);

  // True when `word` is an inflected verb form: "imposes", "accused", "said", "was".
  bool isInflectedVerb(std::string_view word);

 private:
  WordDictionary();
  bool available_ = false;
  std::mutex mutex_;  // guards the caches and every WordNet call
  std::unordered_map<std::string, bool> common_cache_;
  std::unordered_map<std::string, bool> verb_cache_;
};

}  // namespace kg

#include "ingest/text/word_dictionary.h"

#include <wn.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace kg {
namespace {

std::string lowerAscii(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// WordNet writes multi-word lemmas with '_' and keeps the lemma's case in synsets.
bool hasLowerCaseLemma(const std::string& lemma, int part_of_speech) {
  std::vector<char> buffer(lemma.begin(), lemma.end());
  buffer.push_back('\0');
  IndexPtr index = index_lookup(buffer.data(), part_of_speech);
  if (!index) return false;
  bool found = false;
  for (int i = 0; i < index->off_cnt && !found; ++i) {
    SynsetPtr synset = read_synset(part_of_speech, index->offset[i], buffer.data());
    if (!synset) continue;
    for (int w = 0; w < synset->wcount && !found; ++w) {
      std::string word = synset->words[w];
      // read_synset may append "(a)"-style markers to adjectives.
      if (size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);
      if (word == lemma) found = true;
    }
    free_synset(synset);
  }
  free_index(index);
  return found;
}

}  // namespace

WordDictionary& WordDictionary::instance() {
  static WordDictionary dictionary;
  return dictionary;
}

WordDictionary::WordDictionary() { available_ = wninit() == 0; }

bool WordDictionary::isCommonWord(std::string_view word) {
  if (!available_ || word.empty() || word.size() > 60) return false;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = common_cache_.find(lower); it != common_cache_.end()) return it->second;
  bool common = false;
  for (int part_of_speech = NOUN; part_of_speech <= ADV && !common; ++part_of_speech) {
    if (hasLowerCaseLemma(lower, part_of_speech)) {
      common = true;
      break;
    }
    std::vector<char> buffer(lower.begin(), lower.end());
    buffer.push_back('\0');
    for (char* base = morphstr(buffer.data(), part_of_speech); base && !common;
         base = morphstr(nullptr, part_of_speech)) {
      std::string base_form = base;
      if (base_form != lower && hasLowerCaseLemma(base_form, part_of_speech)) common = true;
    }
  }
  common_cache_.emplace(lower, common);
  return common;
}

bool WordDictionary::isInflectedVerb(std::string_view word) {
  if (!available_ || word.size() < 2 || word.size() > 40) return false;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = verb_cache_.find(lower); it != verb_cache_.end()) return it->second;
  bool inflected = false;
  if (lower == "is" || lower == "was" || lower == "were" || lower == "are" || lower == "has" ||
      lower == "had" || lower == "did" || lower == "does") {
    inflected = true;
  } else {
    std::vector<char> buffer(lower.begin(), lower.end());
    buffer.push_back('\0');
    for (char* base = morphstr(buffer.data(), VERB); base && !inflected;
         base = morphstr(nullptr, VERB)) {
      if (lower != base) inflected = true;
    }
  }
  verb_cache_.emplace(lower, inflected);
  return inflected;
}

}  // namespace kg

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

namespace kg {
namespace {

std::vector<char> cString(const std::string& text) {
  std::vector<char> buffer(text.begin(), text.end());
  buffer.push_back('\0');
  return buffer;
}

// Sum of the tagged counts of every sense of `lemma` in `part_of_speech`; -1 when not listed.
int taggedCount(const std::string& lemma, int part_of_speech) {
  std::vector<char> buffer = cString(lemma);
  IndexPtr index = index_lookup(buffer.data(), part_of_speech);
  if (!index) return -1;
  int total = 0;
  for (int sense = 1; sense <= index->off_cnt; ++sense) {
    int count = GetTagcnt(index, sense);
    if (count > 0) total += count;
  }
  free_index(index);
  return total;
}

}  // namespace

WordDictionary::Senses WordDictionary::senses(std::string_view word) {
  Senses result;
  if (!available_ || word.empty() || word.size() > 60) return result;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = senses_cache_.find(lower); it != senses_cache_.end()) return it->second;
  for (int part_of_speech = NOUN; part_of_speech <= ADV; ++part_of_speech) {
    std::string lemma;
    int count = taggedCount(lower, part_of_speech);
    if (count >= 0) {
      lemma = lower;
    } else {
      std::vector<char> buffer = cString(lower);
      for (char* base = morphstr(buffer.data(), part_of_speech); base;
           base = morphstr(nullptr, part_of_speech)) {
        int base_count = taggedCount(base, part_of_speech);
        if (base_count >= 0) {
          lemma = base;
          count = base_count;
          break;
        }
      }
    }
    if (lemma.empty()) continue;
    switch (part_of_speech) {
      case NOUN:
        result.noun = true;
        result.noun_lemma = lemma;
        result.noun_count = count;
        break;
      case VERB:
        result.verb = true;
        result.verb_lemma = lemma;
        result.verb_count = count;
        break;
      case ADJ:
        result.adjective = true;
        result.adjective_lemma = lemma;
        result.adjective_count = count;
        break;
      default:
        result.adverb = true;
        result.adverb_count = count;
        break;
    }
  }
  senses_cache_.emplace(lower, result);
  return result;
}

const WordDictionary::NounAncestry& WordDictionary::nounAncestry(const std::string& lemma) {
  static const NounAncestry none;
  if (!available_ || lemma.empty() || lemma.size() > 60) return none;
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = ancestry_cache_.find(lemma); it != ancestry_cache_.end()) return it->second;
  NounAncestry ancestry;
  std::string key = lemma;
  for (char& c : key)
    if (c == ' ') c = '_';
  std::vector<char> buffer = cString(key);
  IndexPtr index = index_lookup(buffer.data(), NOUN);
  if (index) {
    constexpr int kMaxSenses = 4;
    for (int sense = 0; sense < index->off_cnt && sense < kMaxSenses; ++sense) {
      const long own = static_cast<long>(index->offset[sense]);
      std::vector<long> offsets;
      std::vector<long> frontier{own};
      while (!frontier.empty() && offsets.size() < 200) {
        long offset = frontier.back();
        frontier.pop_back();
        if (std::find(offsets.begin(), offsets.end(), offset) != offsets.end()) continue;
        offsets.push_back(offset);
        SynsetPtr synset = read_synset(NOUN, offset, nullptr);
        if (!synset) continue;
        if (sense == 0 && offset == own) ancestry.first_lexicographer_file = synset->fnum;
        if (offset == own) ancestry.lexicographer_files.push_back(synset->fnum);
        for (int p = 0; p < synset->ptrcount; ++p) {
          if (synset->ptrtyp[p] == HYPERPTR || synset->ptrtyp[p] == INSTANCE)
            frontier.push_back(static_cast<long>(synset->ptroff[p]));
        }
        free_synset(synset);
      }
      ancestry.per_sense.push_back(std::move(offsets));
      ancestry.sense_weights.push_back(std::max(0, GetTagcnt(index, sense + 1)));
    }
    free_index(index);
  }
  return ancestry_cache_.emplace(lemma, std::move(ancestry)).first->second;
}

long WordDictionary::nounSynset(const std::string& lemma, int sense) {
  if (!available_) return -1;
  std::lock_guard<std::mutex> lock(mutex_);
  std::string key = lemma;
  for (char& c : key)
    if (c == ' ') c = '_';
  std::vector<char> buffer = cString(key);
  IndexPtr index = index_lookup(buffer.data(), NOUN);
  if (!index) return -1;
  long offset =
      sense >= 1 && sense <= index->off_cnt ? static_cast<long>(index->offset[sense - 1]) : -1;
  free_index(index);
  return offset;
}

std::vector<std::string> WordDictionary::verbSynonyms(const std::string& lemma, int max_senses) {
  std::vector<std::string> synonyms;
  if (!available_) return synonyms;
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<char> buffer = cString(lemma);
  IndexPtr index = index_lookup(buffer.data(), VERB);
  if (!index) return synonyms;
  for (int sense = 0; sense < index->off_cnt && sense < max_senses; ++sense) {
    SynsetPtr synset = read_synset(VERB, index->offset[sense], nullptr);
    if (!synset) continue;
    for (int w = 0; w < synset->wcount; ++w) {
      std::string word = lowerAscii(synset->words[w]);
      if (std::find(synonyms.begin(), synonyms.end(), word) == synonyms.end())
        synonyms.push_back(word);
    }
    free_synset(synset);
  }
  free_index(index);
  return synonyms;
}

std::vector<WordDictionary::SynsetKey> WordDictionary::synsets(const std::string& lemma,
                                                               int max_senses) {
  std::vector<SynsetKey> found;
  if (!available_ || lemma.empty() || lemma.size() > 60) return found;
  std::lock_guard<std::mutex> lock(mutex_);
  std::string key = lemma;
  for (char& c : key)
    if (c == ' ') c = '_';
  std::vector<char> buffer = cString(key);
  for (int part : {NOUN, VERB, ADJ}) {
    IndexPtr index = index_lookup(buffer.data(), part);
    if (!index) continue;
    for (int sense = 0; sense < index->off_cnt && (max_senses < 0 || sense < max_senses); ++sense)
      found.push_back({part, static_cast<long>(index->offset[sense])});
    free_index(index);
  }
  return found;
}

int WordDictionary::nounLexicographerFile(const std::string& lemma) {
  if (!available_) return -1;
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<char> buffer = cString(lemma);
  IndexPtr index = index_lookup(buffer.data(), NOUN);
  if (!index) return -1;
  int file = -1;
  if (index->off_cnt > 0)
    if (SynsetPtr synset = read_synset(NOUN, index->offset[0], nullptr)) {
      file = synset->fnum;
      free_synset(synset);
    }
  free_index(index);
  return file;
}

int WordDictionary::verbLexicographerFile(const std::string& lemma) {
  if (!available_) return -1;
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<char> buffer = cString(lemma);
  IndexPtr index = index_lookup(buffer.data(), VERB);
  if (!index) return -1;
  int file = -1;
  if (index->off_cnt > 0)
    if (SynsetPtr synset = read_synset(VERB, index->offset[0], nullptr)) {
      file = synset->fnum;
      free_synset(synset);
    }
  free_index(index);
  return file;
}

}  // namespace kg

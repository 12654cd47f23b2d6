#include "ingest/text/word_dictionary.h"

#include <wn.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

namespace kg {
namespace {

std::string lowerAscii(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Whether WordNet lists `lemma` itself in lower case in one of its synsets of `part` (it keeps
// a lemma's case in synsets: "china" the porcelain is lower case, "China" the country is not).
bool hasLowerCaseLemma(const WordNetFiles& files, const std::string& lemma, int part) {
  std::string spelled = lemma;
  for (char& c : spelled)
    if (c == ' ') c = '_';
  WordNetFiles::Synset synset;
  for (long offset : files.senses(lemma, part)) {
    if (!files.synset(part, offset, &synset)) continue;
    for (const WordNetFiles::Synset::Word& word : synset.words)
      if (word.text == spelled) return true;
  }
  return false;
}

}  // namespace

WordDictionary& WordDictionary::instance() {
  static WordDictionary dictionary;
  return dictionary;
}

WordDictionary::WordDictionary() {
  // The C library is kept for its morphology (morphstr); every other lookup reads the files it
  // reads, mapped into memory, from the same directory.
  const char* directory = std::getenv("WNSEARCHDIR");
  available_ =
      wninit() == 0 && files_.open(directory && *directory ? directory : "/usr/share/wordnet");
}

std::vector<std::string> WordDictionary::baseForms(const std::string& lower, int part) {
  // Single words: the mapped files. Collocations and hyphenated words: the C library's morphstr,
  // which morphs each part ("attorneys-general").
  if (lower.find_first_of("-_ ") == std::string::npos) return files_.baseForms(lower, part);
  std::vector<std::string> forms;
  std::vector<char> buffer(lower.begin(), lower.end());
  buffer.push_back('\0');
  for (char* base = morphstr(buffer.data(), part); base; base = morphstr(nullptr, part))
    forms.emplace_back(base);
  return forms;
}

bool WordDictionary::isIngForm(std::string_view word) {
  return word.size() > 4 && word.substr(word.size() - 3) == "ing" && senses(word).verb;
}

std::vector<std::string> WordDictionary::nounBaseForms(std::string_view word) {
  std::vector<std::string> forms;
  if (!available_ || word.empty() || word.size() > 60) return forms;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  for (const std::string& base : baseForms(lower, NOUN))
    if (base != lower) forms.push_back(base);
  return forms;
}

bool WordDictionary::isCommonWord(std::string_view word) {
  if (!available_ || word.empty() || word.size() > 60) return false;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = common_cache_.find(lower); it != common_cache_.end()) return it->second;
  bool common = false;
  for (int part_of_speech = NOUN; part_of_speech <= ADV && !common; ++part_of_speech) {
    if (hasLowerCaseLemma(files_, lower, part_of_speech)) {
      common = true;
      break;
    }
    for (const std::string& base_form : baseForms(lower, part_of_speech))
      if (base_form != lower && hasLowerCaseLemma(files_, base_form, part_of_speech)) common = true;
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
    for (const std::string& base : baseForms(lower, VERB))
      if (lower != base) inflected = true;
  }
  verb_cache_.emplace(lower, inflected);
  return inflected;
}

}  // namespace kg

namespace kg {
namespace {

// Sum of the tagged counts of every sense of `lemma` in `part_of_speech`; -1 when not listed.
int taggedCount(const WordNetFiles& files, const std::string& lemma, int part_of_speech) {
  std::vector<long> offsets = files.senses(lemma, part_of_speech);
  if (offsets.empty()) return -1;
  int total = 0;
  for (long offset : offsets) total += files.taggedCount(lemma, part_of_speech, offset);
  return total;
}

// Whether a noun synset is a named instance of a class ("Sue" the novelist, under writer).
bool isInstance(const WordNetFiles::Synset& synset) {
  return std::any_of(
      synset.pointers.begin(), synset.pointers.end(),
      [](const WordNetFiles::Synset::Pointer& pointer) { return pointer.symbol == "@i"; });
}

}  // namespace

WordDictionary::Senses WordDictionary::senses(std::string_view word) {
  Senses result;
  if (!available_ || word.empty() || word.size() > 60) return result;
  std::string lower = lowerAscii(word);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = senses_cache_.find(lower); it != senses_cache_.end()) return it->second;
  // Whether WordNet lists a noun only as a name ("banks" is Joseph Banks; "bank" is the word).
  auto onlyAName = [&](const std::string& lemma) {
    WordNetFiles::Synset synset;
    for (long offset : files_.senses(lemma, WordNetFiles::kNoun)) {
      if (!files_.synset(WordNetFiles::kNoun, offset, &synset)) return false;
      for (const WordNetFiles::Synset::Word& entry : synset.words)
        if (entry.text == lemma) return false;
    }
    return true;
  };
  for (int part_of_speech = NOUN; part_of_speech <= ADV; ++part_of_speech) {
    std::string lemma;
    int count = taggedCount(files_, lower, part_of_speech);
    if (count >= 0 && part_of_speech == NOUN && onlyAName(lower)) {
      for (const std::string& base : baseForms(lower, part_of_speech)) {
        int base_count = base == lower ? -1 : taggedCount(files_, base, part_of_speech);
        if (base_count >= 0) {
          lemma = base;
          count = base_count;
          break;
        }
      }
      if (lemma.empty()) lemma = lower;
    } else if (count >= 0) {
      lemma = lower;
    } else {
      for (const std::string& base : baseForms(lower, part_of_speech)) {
        int base_count = taggedCount(files_, base, part_of_speech);
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
  std::vector<long> senses = files_.senses(lemma, WordNetFiles::kNoun);
  WordNetFiles::Synset synset;
  for (size_t sense = 0; sense < senses.size() && sense < kAncestrySenses; ++sense) {
    int file = -1;
    ancestry.instances.push_back(files_.synset(WordNetFiles::kNoun, senses[sense], &synset) &&
                                 isInstance(synset));
    ancestry.per_sense.push_back(nounClosure(senses[sense], &file));
    if (sense == 0) ancestry.first_lexicographer_file = file;
    ancestry.lexicographer_files.push_back(file);  // -1 when the synset could not be read
    ancestry.sense_weights.push_back(files_.taggedCount(lemma, WordNetFiles::kNoun, senses[sense]));
  }
  return ancestry_cache_.emplace(lemma, std::move(ancestry)).first->second;
}

std::vector<std::vector<long>> WordDictionary::nounSenseAncestries(const std::string& lemma,
                                                                   size_t max_senses) {
  std::vector<std::vector<long>> per_sense;
  if (!available_ || lemma.empty() || lemma.size() > 60) return per_sense;
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<long> senses = files_.senses(lemma, WordNetFiles::kNoun);
  for (size_t sense = 0; sense < senses.size() && sense < max_senses; ++sense) {
    int file = -1;
    per_sense.push_back(nounClosure(senses[sense], &file));
  }
  return per_sense;
}

std::vector<long> WordDictionary::nounClosure(long own, int* own_file) {
  std::vector<long> offsets;
  std::vector<long> frontier{own};
  WordNetFiles::Synset synset;
  while (!frontier.empty() && offsets.size() < 200) {
    long offset = frontier.back();
    frontier.pop_back();
    if (std::find(offsets.begin(), offsets.end(), offset) != offsets.end()) continue;
    offsets.push_back(offset);
    if (!files_.synset(WordNetFiles::kNoun, offset, &synset)) continue;
    if (offset == own) *own_file = synset.lexicographer_file;
    for (const WordNetFiles::Synset::Pointer& pointer : synset.pointers)
      if (pointer.symbol == "@" || pointer.symbol == "@i") frontier.push_back(pointer.offset);
  }
  return offsets;
}

bool WordDictionary::hasCommonNounSense(const std::string& lemma) {
  if (!available_ || lemma.empty() || lemma.size() > 60) return false;
  WordNetFiles::Synset synset;
  for (long offset : files_.senses(lemma, WordNetFiles::kNoun)) {
    if (files_.synset(WordNetFiles::kNoun, offset, &synset) && !isInstance(synset)) return true;
  }
  return false;
}

long WordDictionary::nounSynset(const std::string& lemma, int sense) {
  if (!available_) return -1;
  std::vector<long> senses = files_.senses(lemma, WordNetFiles::kNoun);
  return sense >= 1 && static_cast<size_t>(sense) <= senses.size() ? senses[sense - 1] : -1;
}

std::vector<std::string> WordDictionary::verbSynonyms(const std::string& lemma, int max_senses) {
  return synonyms(lemma, WordNetFiles::kVerb, max_senses);
}

std::vector<std::string> WordDictionary::synonyms(const std::string& lemma, int part,
                                                  int max_senses) {
  std::vector<std::string> synonyms;
  if (!available_) return synonyms;
  std::vector<long> senses = files_.senses(lemma, part);
  WordNetFiles::Synset synset;
  for (int sense = 0;
       sense < static_cast<int>(senses.size()) && (max_senses < 0 || sense < max_senses); ++sense) {
    if (!files_.synset(part, senses[sense], &synset)) continue;
    for (const WordNetFiles::Synset::Word& entry : synset.words) {
      std::string word = lowerAscii(entry.text);
      if (std::find(synonyms.begin(), synonyms.end(), word) == synonyms.end())
        synonyms.push_back(word);
    }
  }
  return synonyms;
}

std::string WordDictionary::plainSynonym(const std::string& lemma) {
  if (!available_ || lemma.empty() || lemma.size() > 60) return "";
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = plain_cache_.find(lemma); it != plain_cache_.end()) return it->second;
  std::string best;
  for (int part : {WordNetFiles::kNoun, WordNetFiles::kAdjective}) {
    // Only a word the tagged corpus never uses is rare enough to stand for another.
    if (taggedCount(files_, lemma, part) > 0) break;
    int best_count = 0;
    WordNetFiles::Synset synset;
    for (long offset : files_.senses(lemma, part)) {
      if (!files_.synset(part, offset, &synset)) continue;
      for (const WordNetFiles::Synset::Word& entry : synset.words) {
        std::string word = lowerAscii(entry.text);
        if (word == lemma || word.find_first_of("_- ") != std::string::npos) continue;
        if (entry.text != word) continue;  // a proper name's lemma
        std::vector<long> its = files_.senses(word, part);
        if (its.empty() || its.front() != offset) continue;
        int count = taggedCount(files_, word, part);
        if (count > best_count) best = word, best_count = count;
      }
    }
    if (!best.empty()) break;
  }
  plain_cache_.emplace(lemma, best);
  return best;
}

std::string WordDictionary::actorHeadword(const std::string& lemma) {
  if (!available_ || lemma.empty() || lemma.size() > 60) return "";
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = headword_cache_.find(lemma); it != headword_cache_.end()) return it->second;
  // Lexicographer files: 3 noun.Tops ("person" itself), 14 noun.group, 18 noun.person.
  constexpr int kTops = 3, kGroup = 14, kPerson = 18;
  constexpr size_t kSenses = 2;
  std::string best;
  std::vector<long> offsets = files_.senses(lemma, WordNetFiles::kNoun);
  WordNetFiles::Synset synset;
  for (size_t sense = 0; sense < offsets.size() && sense < kSenses; ++sense) {
    // A later sense counts only when the tagged corpus uses the noun in it ("soul" as a
    // person, not "journalist" as a diarist).
    if (sense > 0 && files_.taggedCount(lemma, WordNetFiles::kNoun, offsets[sense]) == 0) break;
    if (!files_.synset(WordNetFiles::kNoun, offsets[sense], &synset)) continue;
    int file = synset.lexicographer_file;
    if (file != kTops && file != kGroup && file != kPerson) continue;
    // Most tagged in this sense; on a tie, the first listed that the corpus uses at all
    // ("diarist" and "journalist" share a sense it never tags, and only "journalist" is in use).
    std::pair<int, int> best_count{-1, -1};
    for (const WordNetFiles::Synset::Word& entry : synset.words) {
      std::string word = lowerAscii(entry.text);
      if (entry.text != word || word.find_first_of("_- ") != std::string::npos) continue;
      std::pair<int, int> count{files_.taggedCount(word, WordNetFiles::kNoun, offsets[sense]),
                                taggedCount(files_, word, WordNetFiles::kNoun) > 0 ? 1 : 0};
      if (count > best_count) best = word, best_count = count;
    }
    if (best.empty()) continue;  // no single plain word heads this sense
    if (best != lemma) {
      // Only a word the corpus never uses in this sense is rare enough to stand for the
      // headword ("cyberpunk"); a used one has a shade of its own ("activist", "militant").
      if (files_.taggedCount(lemma, WordNetFiles::kNoun, offsets[sense]) > 0) best.clear();
      break;
    }
    best.clear();  // a sense it heads itself: the next may name it otherwise ("soul")
  }
  headword_cache_.emplace(lemma, best);
  return best;
}

std::vector<WordDictionary::SynsetKey> WordDictionary::synsets(const std::string& lemma,
                                                               int max_senses) {
  std::vector<SynsetKey> found;
  if (!available_ || lemma.empty() || lemma.size() > 60) return found;
  for (int part : {WordNetFiles::kNoun, WordNetFiles::kVerb, WordNetFiles::kAdjective}) {
    std::vector<long> senses = files_.senses(lemma, part);
    for (size_t sense = 0;
         sense < senses.size() && (max_senses < 0 || static_cast<int>(sense) < max_senses); ++sense)
      found.push_back({part, senses[sense]});
  }
  return found;
}

int WordDictionary::lexicographerFile(const std::string& lemma, int part) {
  if (!available_ || lemma.empty() || lemma.size() > 60) return -1;
  std::vector<long> senses = files_.senses(lemma, part);
  WordNetFiles::Synset synset;
  return !senses.empty() && files_.synset(part, senses[0], &synset) ? synset.lexicographer_file
                                                                    : -1;
}

bool WordDictionary::hasVerbSenseIn(const std::string& lemma, int file) {
  if (!available_ || lemma.empty() || lemma.size() > 60) return false;
  WordNetFiles::Synset synset;
  for (long offset : files_.senses(lemma, WordNetFiles::kVerb))
    if (files_.synset(WordNetFiles::kVerb, offset, &synset) && synset.lexicographer_file == file)
      return true;
  return false;
}

int WordDictionary::nounLexicographerFile(const std::string& lemma) {
  return lexicographerFile(lemma, NOUN);
}

int WordDictionary::verbLexicographerFile(const std::string& lemma) {
  return lexicographerFile(lemma, VERB);
}

}  // namespace kg

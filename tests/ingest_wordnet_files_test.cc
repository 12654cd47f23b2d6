// WordNetFiles reads WordNet's files in place of the C library: these tests hold its answers to
// the library's own (morphology, senses, synsets, tag counts) over word lists drawn from WordNet
// itself, so a parsing slip in either direction fails here.
#include <wn.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/text/wordnet_files.h"

namespace {

std::string wordnetDirectory() {
  const char* directory = std::getenv("WNSEARCHDIR");
  return directory && *directory ? directory : "/usr/share/wordnet";
}

// Every `step`-th single-word lemma of index.<part> (no '-', '_' or '.').
std::vector<std::string> sampleLemmas(const std::string& part, size_t step) {
  std::ifstream index(wordnetDirectory() + "/index." + part);
  std::vector<std::string> lemmas;
  std::string line;
  size_t seen = 0;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find_first_of("-_.") != std::string::npos) continue;
    if (seen++ % step == 0) lemmas.push_back(lemma);
  }
  return lemmas;
}

std::vector<std::string> libraryBaseForms(const std::string& word, int part) {
  std::vector<char> buffer(word.begin(), word.end());
  buffer.push_back('\0');
  std::vector<std::string> forms;
  for (char* base = morphstr(buffer.data(), part); base; base = morphstr(nullptr, part))
    if (word != base) forms.emplace_back(base);
  return forms;
}

}  // namespace

TEST_CASE("WordNetFiles opens WordNet's dictionary", "[wordnet]") {
  kg::WordNetFiles files;
  REQUIRE(files.open(wordnetDirectory()));
  REQUIRE(wninit() == 0);
  kg::WordNetFiles missing;
  CHECK_FALSE(missing.open("/nonexistent-wordnet-directory"));
  CHECK(missing.senses("person", kg::WordNetFiles::kNoun).empty());
}

TEST_CASE("WordNetFiles finds the same senses, words and pointers as the C library", "[wordnet]") {
  kg::WordNetFiles files;
  REQUIRE(files.open(wordnetDirectory()));
  REQUIRE(wninit() == 0);
  const char* parts[] = {"", "noun", "verb", "adj", "adv"};
  int compared = 0;
  for (int part = 1; part <= 4; ++part) {
    for (const std::string& lemma : sampleLemmas(parts[part], 97)) {
      std::vector<char> buffer(lemma.begin(), lemma.end());
      buffer.push_back('\0');
      IndexPtr index = index_lookup(buffer.data(), part);
      REQUIRE(index != nullptr);
      std::vector<long> offsets = files.senses(lemma, part);
      REQUIRE(static_cast<int>(offsets.size()) == index->off_cnt);
      for (int sense = 0; sense < index->off_cnt; ++sense) {
        INFO(lemma << " " << parts[part] << " sense " << sense + 1);
        CHECK(offsets[sense] == static_cast<long>(index->offset[sense]));
        SynsetPtr synset = read_synset(part, index->offset[sense], nullptr);
        REQUIRE(synset != nullptr);
        kg::WordNetFiles::Synset mine;
        REQUIRE(files.synset(part, offsets[sense], &mine));
        CHECK(mine.lexicographer_file == synset->fnum);
        REQUIRE(static_cast<int>(mine.words.size()) == synset->wcount);
        for (int w = 0; w < synset->wcount; ++w) {
          std::string word = synset->words[w];
          if (size_t marker = word.find('('); marker != std::string::npos) word.resize(marker);
          CHECK(mine.words[w].text == word);
        }
        CHECK(static_cast<int>(mine.pointers.size()) == synset->ptrcount);
        CHECK(files.taggedCount(lemma, part, offsets[sense]) ==
              std::max(0, GetTagcnt(index, sense + 1)));
        free_synset(synset);
        ++compared;
      }
      free_index(index);
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("WordNetFiles' morphology gives the C library's base forms", "[wordnet]") {
  kg::WordNetFiles files;
  REQUIRE(files.open(wordnetDirectory()));
  REQUIRE(wninit() == 0);
  // Inflect sampled lemmas by hand (regular and irregular-looking forms alike) and compare.
  std::vector<std::string> words = {"geese", "imposes", "accused",  "hackers", "officials",
                                    "said",  "was",     "bigger",   "after",   "his",
                                    "men",   "taxes",   "churches", "studies", "sanctioning",
                                    "bloc",  "ss"};
  for (const std::string& lemma : sampleLemmas("noun", 53)) words.push_back(lemma + "s");
  for (const std::string& lemma : sampleLemmas("verb", 11)) {
    words.push_back(lemma + "ed");
    words.push_back(lemma + "ing");
  }
  for (const std::string& lemma : sampleLemmas("adj", 23)) words.push_back(lemma + "er");
  int compared = 0;
  for (const std::string& word : words) {
    for (int part = 1; part <= 4; ++part) {
      INFO(word << " part " << part);
      CHECK(files.baseForms(word, part) == libraryBaseForms(word, part));
      ++compared;
    }
  }
  CHECK(compared > 4000);
  CHECK(files.baseForms("imposes", kg::WordNetFiles::kVerb) == std::vector<std::string>{"impose"});
  CHECK(files.baseForms("geese", kg::WordNetFiles::kNoun) == std::vector<std::string>{"goose"});
  CHECK(files.baseForms("after", kg::WordNetFiles::kAdjective).empty());
}

// WordNet's database files (index.*, data.*, cntlist.rev) mapped into memory and read in place:
// the index, synset and tag-count lookups WordDictionary needs, without the C library's seek
// and read per probe of its binary search (which made WordNet most of the ingest's time).
// Read-only after open(), so safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

class WordNetFiles {
 public:
  // Parts of speech, numbered as WordNet's C library numbers them (NOUN 1 ... ADV 4).
  enum Part { kNoun = 1, kVerb = 2, kAdjective = 3, kAdverb = 4 };
  // The lexicographer files (WordNet's lexnames) the ingest asks about, by their numbers: what
  // a synset is about ("hack" the act, "hack" the writer).
  enum LexicographerFile {
    kNounTops = 3,            // the tops of the tree: "group", "act", "person"
    kNounAct = 4,             // "actions", "conduct", "hacking"
    kNounArtifact = 6,        // "server", "network"
    kNounCognition = 9,       // "policy", "test"
    kNounCommunication = 10,  // "claim", "accusation"
    kNounEvent = 11,          // "campaign"
    kNounGroup = 14,          // "team", "host" (a multitude)
    kNounLocation = 15,       // "the country", "its territory"
    kNounObject = 17,         // "land", "island"
    kNounPerson = 18,         // "an aide", "a hacker"
    kNounPossession = 21,     // "fee", "tariff"
    kNounQuantity = 23,       // "number", "handful"
    kNounState = 26,          // "detention", "captivity"
    kNounTime = 28,           // "year", "Thursday"
    kVerbBody = 29,           // "injure", "wound"
    kVerbCognition = 31,      // "believe", "conclude"
    kVerbCommunication = 32,  // "say", "allege", "attack" (criticise)
    kVerbCompetition = 33,    // "shoot", "fight"
    kVerbContact = 35,        // "kill", "seize", "hit"
    kVerbMotion = 38,         // "enter", "travel"
    kVerbPerception = 39,     // "see", "expose" (show)
  };

  WordNetFiles() = default;
  ~WordNetFiles();
  WordNetFiles(const WordNetFiles&) = delete;
  WordNetFiles& operator=(const WordNetFiles&) = delete;

  // Maps the files of `directory` (WordNet 3.0's dict layout). False when one is missing.
  bool open(const std::string& directory);

  // The synset byte offsets of a lemma's senses in `part`, most frequent first ("person" as a
  // noun: three offsets). The lemma is lower case, '_' or ' ' between words. Empty when absent.
  std::vector<long> senses(std::string_view lemma, int part) const;

  struct Synset {
    int lexicographer_file = -1;  // 18 noun.person, 32 verb.communication ...
    char type = 0;                // n, v, a, s (adjective satellite), r
    struct Word {
      std::string text;  // as WordNet spells it: case kept, '_' between words, no "(a)" marker
      int lexical_id = 0;
    };
    std::vector<Word> words;
    struct Pointer {
      std::string symbol;  // "@" hypernym, "@i" instance hypernym, "&" similar to ...
      long offset = 0;
      int part = 0;
    };
    std::vector<Pointer> pointers;
  };
  // The synset at `offset` of data.<part>; false when the offset does not start a synset.
  bool synset(int part, long offset, Synset* out) const;

  // The base forms WordNet's morphology (morphy) gives for a single inflected word in `part`:
  // every form its exception list gives ("geese" -> "goose"), else the first form the rules of
  // detachment give that the index lists ("imposes" -> "impose"). Never the word itself; empty
  // for a base form or an unknown word. Words with '-', '_' or spaces are not handled here.
  std::vector<std::string> baseForms(std::string_view word, int part) const;

  // How often sense `offset` of `lemma` was tagged in WordNet's semantic concordance
  // (cntlist.rev), 0 when never.
  int taggedCount(std::string_view lemma, int part, long offset) const;

 private:
  struct Mapping {
    const char* data = nullptr;
    size_t size = 0;
  };
  static bool map(const std::string& path, Mapping* mapping);
  // The line of a sorted file whose first field is `key`, or an empty view.
  static std::string_view findLine(const Mapping& file, std::string_view key);

  Mapping index_[5];
  Mapping data_[5];
  Mapping counts_;
  Mapping exceptions_[5];
};

}  // namespace kg

#include "ingest/syntax/synonym_normaliser.h"

#include <cctype>
#include <vector>

#include "ingest/text/lexicon_table.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

// How many senses of a listed word count: a thesaurus's first entries.
constexpr int kSensesPerWord = 2;
// WordNet lexicographer files (lexnames): noun.group and noun.person.
constexpr int kGroupNounFile = 14;
constexpr int kPersonNounFile = 18;

// The single-word, lower-case first form of a lexicon field ("hold|held" -> "hold").
std::string firstForm(const std::string& field) {
  std::vector<std::string> forms = splitAlternatives(field);
  if (forms.empty()) return "";
  const std::string& form = forms.front();
  for (char c : form)
    if (!std::islower(static_cast<unsigned char>(c)) && c != '-') return "";
  return form;
}

bool plainWord(const std::string& word) {
  if (word.size() < 3) return false;
  for (char c : word)
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

SynonymNormaliser::SynonymNormaliser(const std::string& lexicon_dir) {
  // (file, column of the listed word)
  const std::pair<const char*, size_t> sources[] = {
      {"relations.tsv", 1},    {"relation_cues.tsv", 0},    {"modality.tsv", 0},
      {"descriptions.tsv", 0}, {"government_words.tsv", 0},
  };
  std::vector<std::string> order;  // listed words in file order: the first claim wins
  for (const auto& [file, column] : sources)
    for (const LexiconRow& row : readLexiconTable(lexicon_dir + "/" + file)) {
      if (row.fields.size() <= column) continue;
      std::string word = firstForm(row.fields[column]);
      if (word.empty() || !listed_.insert(word).second) continue;
      order.push_back(word);
    }
  WordDictionary& dictionary = WordDictionary::instance();
  auto frequency = [&](const std::string& word) {
    WordDictionary::Senses senses = dictionary.senses(word);
    return senses.noun_count + senses.verb_count + senses.adjective_count;
  };
  for (const std::string& word : order) {
    int own = frequency(word);
    for (const std::string& synonym : dictionary.synonyms(word, kSensesPerWord)) {
      if (!plainWord(synonym) || listed_.count(synonym)) continue;
      // A word more common than the listed one has meanings of its own ("get" is no "make").
      if (frequency(synonym) > own) continue;
      // Nouns for people and groups are actors, not the words of a relation ("hacker" is no
      // "hack"); they stand only for a listed noun of the same kind ("governance").
      int file = dictionary.nounAncestry(synonym).first_lexicographer_file;
      if ((file == kPersonNounFile || file == kGroupNounFile) &&
          dictionary.nounAncestry(word).first_lexicographer_file != file)
        continue;
      synonym_to_listed_.emplace(synonym, word);
    }
  }
}

const std::string& SynonymNormaliser::listedWordFor(const std::string& lemma) const {
  static const std::string none;
  auto found = synonym_to_listed_.find(lemma);
  return found == synonym_to_listed_.end() ? none : found->second;
}

void SynonymNormaliser::run(Sentence& sentence) const {
  for (Token& token : sentence.tokens) {
    if (token.pos != PartOfSpeech::Noun && token.pos != PartOfSpeech::Verb &&
        token.pos != PartOfSpeech::Adjective)
      continue;
    if (token.capitalised || token.mention >= 0) continue;
    const std::string& listed = listedWordFor(token.lemma);
    if (listed.empty()) continue;
    token.synonym_of = token.lemma;
    token.lemma = listed;
  }
}

}  // namespace kg

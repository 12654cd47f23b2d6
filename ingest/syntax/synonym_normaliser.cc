#include "ingest/syntax/synonym_normaliser.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <vector>

#include "ingest/relations/trigger_lexicon.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

// How many senses of a listed word count: a thesaurus's first entries.
constexpr int kSensesPerWord = 2;

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
  if (word.size() < 3 || word.size() > 40) return false;
  // Dotted letters count ("o.k."), as WordNet lists them.
  for (char c : word)
    if (!std::islower(static_cast<unsigned char>(c)) && c != '.') return false;
  return std::islower(static_cast<unsigned char>(word.front())) != 0;
}

int frequency(const std::string& word) {
  WordDictionary::Senses senses = WordDictionary::instance().senses(word);
  return senses.noun_count + senses.verb_count + senses.adjective_count;
}

constexpr int kNoun = 1, kVerb = 2, kAdjective = 4;

// "hack" -> "hacking", "trade" -> "trading", "ban" -> "banning", "tie" -> "tying". A short
// verb ending consonant-vowel-consonant doubles its consonant; longer ones are taken as
// stressed before it ("target" -> "targeting").
std::string gerundOf(const std::string& verb) {
  auto vowel = [](char c) { return std::strchr("aeiou", c) != nullptr; };
  size_t n = verb.size();
  if (n > 2 && verb.compare(n - 2, 2, "ie") == 0) return verb.substr(0, n - 2) + "ying";
  if (n > 2 && verb.back() == 'e' && verb[n - 2] != 'e' && verb[n - 2] != 'y')
    return verb.substr(0, n - 1) + "ing";
  if (n >= 3 && n <= 4 && !vowel(verb[n - 1]) && vowel(verb[n - 2]) && !vowel(verb[n - 3]) &&
      !std::strchr("wxy", verb[n - 1]))
    return verb + verb.back() + "ing";
  return verb + "ing";
}

// The parts of speech a lexicon row uses its word in, from the row's own columns.
int partsOfRow(const std::string& file, const LexiconRow& row) {
  auto field = [&](size_t i) { return i < row.fields.size() ? row.fields[i] : std::string(); };
  if (file == "relations.tsv") {
    std::string pos = field(2);
    return pos == "verb" ? kVerb : pos == "noun" ? kNoun : pos == "adj" ? kAdjective : 0;
  }
  if (file == "relation_cues.tsv") {
    std::string role = field(1);
    // "known", "called" (naming) are verb forms here too.
    return CueLexicon::isVerbRole(role) || role == "naming" ? kVerb : kNoun;
  }
  if (file == "modality.tsv") return field(1) == "governor" ? kVerb : 0;
  return kNoun;  // descriptions, government words
}

}  // namespace

SynonymNormaliser::SynonymNormaliser(const std::string& lexicon_dir) {
  // (file, column of the listed word)
  const std::pair<const char*, size_t> sources[] = {
      {"relations.tsv", 1},    {"relation_cues.tsv", 0},    {"modality.tsv", 0},
      {"descriptions.tsv", 0}, {"government_words.tsv", 0},
  };
  WordDictionary& dictionary = WordDictionary::instance();
  const std::vector<LexiconRow> relations = readLexiconTable(lexicon_dir + "/relations.tsv");
  // Words whose WordNet synonyms stand for nothing (relation_cues.tsv "literal": "proscribe",
  // whose synset holds "prohibit").
  std::unordered_set<std::string> literal;
  for (const LexiconRow& row : readLexiconTable(lexicon_dir + "/relation_cues.tsv"))
    if (row.fields.size() > 1 && row.fields[1] == "literal")
      literal.insert(firstForm(row.fields[0]));
  for (const auto& [file, column] : sources) {
    const bool relations_file = file == std::string("relations.tsv");
    const std::vector<LexiconRow> others =
        relations_file ? std::vector<LexiconRow>{} : readLexiconTable(lexicon_dir + "/" + file);
    for (const LexiconRow& row : relations_file ? relations : others) {
      if (row.fields.size() <= column) continue;
      std::string word = firstForm(row.fields[column]);
      if (word.empty()) continue;
      if (relations_file && row.fields.size() > 2 && row.fields[2] == "prep") {
        prepositions_.insert(word);
        for (const auto& synset : dictionary.synsets(word, kSensesPerWord))
          if (synset.part == WordNetFiles::kNoun)
            synset_to_preposition_.emplace(synset.text(), word);
        continue;
      }
      auto [entry, added] = listed_.emplace(word, 0);
      entry->second |= partsOfRow(file, row);
      if (file == std::string("descriptions.tsv") || file == std::string("government_words.tsv"))
        actor_nouns_.insert(word);
      if (file == std::string("relation_cues.tsv") && row.fields.size() > 1 &&
          (row.fields[1] == "light-agent" || row.fields[1] == "light-patient" ||
           row.fields[1] == "join"))
        framed_verbs_.insert(word);
      if (!added || literal.count(word)) continue;
      for (const auto& synset : dictionary.synsets(word, kSensesPerWord))
        synset_to_listed_.emplace(synset.text(), word);
    }
  }
  // Listed participle adjectives ("backed", "affiliated") by the first senses of their verbs.
  for (const auto& [word, parts] : listed_) {
    if (!(parts & kAdjective) || word.size() < 4 || !word.ends_with("ed")) continue;
    WordDictionary::Senses senses = dictionary.senses(word);
    if (!senses.verb || senses.verb_lemma.empty()) continue;
    for (const auto& synset : dictionary.synsets(senses.verb_lemma, kSensesPerWord))
      if (synset.part == WordNetFiles::kVerb) synset_to_participle_.emplace(synset.text(), word);
  }
  // A relation verb acts without a frame, whatever other role it also has ("target"). A word
  // of a relation verb's first sense is read as that verb (by the relation stage), not as a
  // framed one: "directed" beside "targeted" is not "conducted". And where a verb-only word of
  // a relation heads a noun phrase, it names the relation as the relation's first nominal noun
  // does ("sanction", "accusation").
  std::unordered_map<std::string, std::string> first_noun_of_relation;
  for (const LexiconRow& row : relations) {
    if (row.fields.size() <= 3) continue;
    std::string word = firstForm(row.fields[1]);
    framed_verbs_.erase(word);
    relation_words_.insert(word);
    if (row.fields[2] == "noun" && row.fields[3].rfind("nominal", 0) == 0)
      first_noun_of_relation.emplace(row.fields[0], word);
  }
  for (const LexiconRow& row : relations) {
    if (row.fields.size() <= 2 || row.fields[2] != "verb") continue;
    std::string word = firstForm(row.fields[1]);
    auto noun = first_noun_of_relation.find(row.fields[0]);
    std::string relation_noun = noun == first_noun_of_relation.end() ? "" : noun->second;
    if (!relation_noun.empty()) relation_noun_for_verb_.emplace(word, relation_noun);
    for (const std::string& synonym : dictionary.verbSynonyms(word, 1)) {
      relation_verb_synonyms_.insert(synonym);
      if (!relation_noun.empty() && synonym.find('_') == std::string::npos)
        relation_noun_for_verb_.emplace(synonym, relation_noun);
    }
  }
}

std::string SynonymNormaliser::listedWordFor(const std::string& lemma, bool out_of_class) const {
  if (!plainWord(lemma) || listed_.count(lemma)) return "";
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string key = out_of_class ? "!" + lemma : lemma;
  if (auto cached = cache_.find(key); cached != cache_.end()) return cached->second;
  std::string listed;
  WordDictionary& dictionary = WordDictionary::instance();
  std::map<int, int> rank;  // a synset's place among the lemma's senses of its part of speech
  const int lemma_frequency = frequency(lemma);
  for (const auto& synset : dictionary.synsets(lemma, -1)) {
    int place = rank[synset.part]++;
    auto found = synset_to_listed_.find(synset.text());
    if (found == synset_to_listed_.end()) continue;
    const std::string& word = found->second;
    if (!out_of_class && lemma_frequency > frequency(word) &&
        (!framed_verbs_.count(word) || relation_verb_synonyms_.count(lemma)))
      continue;
    // A word real text uses is a relation word only in its own first three senses.
    constexpr int kInUse = 10;
    constexpr int kOwnSenses = 3;
    if (!out_of_class && place >= kOwnSenses && lemma_frequency >= kInUse &&
        relation_words_.count(word))
      continue;
    int file = dictionary.nounLexicographerFile(lemma);
    if ((file == WordNetFiles::kNounPerson || file == WordNetFiles::kNounGroup) &&
        (dictionary.nounLexicographerFile(word) != file || !actor_nouns_.count(word)))
      continue;  // a word for people stands only for a listed word for actors, not "hack"
    listed = word;
    break;
  }
  cache_.emplace(key, listed);
  return listed;
}

std::string SynonymNormaliser::listedParticipleFor(const std::string& participle) const {
  if (listed_.count(participle)) return "";
  WordDictionary& dictionary = WordDictionary::instance();
  WordDictionary::Senses senses = dictionary.senses(participle);
  if (!senses.verb || senses.verb_lemma.empty()) return "";
  for (const auto& synset : dictionary.synsets(senses.verb_lemma, -1)) {
    if (synset.part != WordNetFiles::kVerb) continue;
    auto found = synset_to_participle_.find(synset.text());
    if (found == synset_to_participle_.end()) continue;
    // A commoner verb has meanings of its own ("run" is no "back"); one the tagged corpus
    // hardly uses has none to speak of ("consort" for "affiliate").
    constexpr int kHardlyUsed = 5;
    std::string verb = dictionary.senses(found->second).verb_lemma;
    if (senses.verb_count > dictionary.senses(verb).verb_count && senses.verb_count >= kHardlyUsed)
      continue;
    return found->second;
  }
  return "";
}

std::string SynonymNormaliser::listedPrepositionForNoun(const std::string& noun_lemma) const {
  if (!plainWord(noun_lemma) || prepositions_.count(noun_lemma)) return "";
  for (const auto& synset : WordDictionary::instance().synsets(noun_lemma, kSensesPerWord))
    if (auto found = synset_to_preposition_.find(synset.text());
        found != synset_to_preposition_.end() && synset.part == WordNetFiles::kNoun)
      return found->second;
  return "";
}

std::string SynonymNormaliser::listedPrepositionFor(const std::string& verb_lemma) const {
  if (!plainWord(verb_lemma) || listed_.count(verb_lemma)) return "";
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto cached = phrasal_cache_.find(verb_lemma); cached != phrasal_cache_.end())
    return cached->second;
  std::string listed;
  for (const std::string& synonym :
       WordDictionary::instance().verbSynonyms(verb_lemma, kSensesPerWord)) {
    size_t space = synonym.rfind('_');
    if (space == std::string::npos) continue;
    std::string particle = synonym.substr(space + 1);
    if (prepositions_.count(particle)) {
      listed = particle;
      break;
    }
  }
  phrasal_cache_.emplace(verb_lemma, listed);
  return listed;
}

void SynonymNormaliser::run(Sentence& sentence) const {
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    Token& token = sentence.tokens[i];
    if (token.pos != PartOfSpeech::Noun && token.pos != PartOfSpeech::Verb &&
        token.pos != PartOfSpeech::Adjective)
      continue;
    if (token.capitalised || token.mention >= 0) continue;
    if (token.pos == PartOfSpeech::Verb) {
      std::string preposition = listedPrepositionFor(token.lemma);
      if (!preposition.empty()) {
        token.synonym_of = token.lemma;
        token.lemma = preposition;
        continue;
      }
    }
    // A noun straight before a determiner after a verb or a name cannot head its own phrase:
    // read as the listed preposition it shares a noun sense with ("was hindquarters the attack",
    // "accused Arnor hindquarters the attack").
    if (token.pos == PartOfSpeech::Noun && i > 0 && i + 1 < sentence.tokens.size() &&
        sentence.tokens[i + 1].pos == PartOfSpeech::Determiner &&
        (sentence.tokens[i - 1].pos == PartOfSpeech::Auxiliary ||
         sentence.tokens[i - 1].pos == PartOfSpeech::Verb ||
         sentence.tokens[i - 1].pos == PartOfSpeech::ProperNoun)) {
      std::string preposition = listedPrepositionForNoun(token.lemma);
      if (!preposition.empty()) {
        token.synonym_of = token.lemma;
        token.lemma = preposition;
        token.pos = PartOfSpeech::Preposition;
        continue;
      }
    }
    // A compound adjective whose participle is a synonym of a listed verb that has a listed
    // participle adjective: "state-indorsed" as "state-backed" ("indorse" shares a sense with
    // "back", and "backed" is listed).
    if (token.pos == PartOfSpeech::Adjective) {
      size_t hyphen = token.lower.rfind('-');
      if (hyphen != std::string::npos && hyphen > 0 && token.lower.size() > hyphen + 4 &&
          token.lower.ends_with("ed")) {
        std::string participle = token.lower.substr(hyphen + 1);
        std::string adjective = listedParticipleFor(participle);
        if (!adjective.empty()) {
          token.synonym_of = token.lemma;
          token.lemma = token.lower.substr(0, hyphen + 1) + adjective;
          continue;
        }
      }
    }
    // An -ing word WordNet has no adjective for, before a noun, is a gerund naming what the
    // noun does ("a chopping group"): read as the gerund of the listed verb it is a synonym of,
    // however common ("a hacking group"), since a modifier's verb takes no frame to mistake.
    if (token.pos == PartOfSpeech::Adjective && i + 1 < sentence.tokens.size() &&
        sentence.tokens[i + 1].pos == PartOfSpeech::Noun && token.lower.size() > 5 &&
        token.lower.ends_with("ing")) {
      WordDictionary::Senses senses = WordDictionary::instance().senses(token.lower);
      if (!senses.adjective && senses.verb && senses.verb_lemma != token.lower) {
        std::string listed = listedWordFor(senses.verb_lemma, true);
        if (!listed.empty() && (listed_.at(listed) & kVerb)) {
          token.synonym_of = token.lemma;
          token.lemma = gerundOf(listed);
          continue;
        }
      }
    }
    bool out_of_class = false;
    if (token.pos == PartOfSpeech::Noun) {
      WordDictionary::Senses senses = WordDictionary::instance().senses(token.lemma);
      out_of_class = !senses.noun && senses.verb;
      // A relation verb (or its synonym) that WordNet has no noun for, heading a noun phrase,
      // names its relation as the relation's noun does: "the accuses against X".
      if (auto noun = relation_noun_for_verb_.find(senses.verb_lemma);
          out_of_class && noun != relation_noun_for_verb_.end()) {
        token.synonym_of = token.lemma;
        token.lemma = noun->second;
        continue;
      }
    }
    std::string listed = listedWordFor(token.lemma, out_of_class);
    if (listed.empty()) continue;
    int part = token.pos == PartOfSpeech::Noun   ? kNoun
               : token.pos == PartOfSpeech::Verb ? kVerb
                                                 : kAdjective;
    if (!(listed_.at(listed) & part)) continue;  // "projects" the noun is no "propose"
    token.synonym_of = token.lemma;
    token.lemma = listed;
  }
}

}  // namespace kg

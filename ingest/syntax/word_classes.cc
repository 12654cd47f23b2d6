#include "ingest/syntax/word_classes.h"

#include <cctype>
#include <stdexcept>

#include "ingest/text/lexicon_table.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

bool endsWith(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

VerbForm parseForm(const std::string& text) {
  if (text == "base") return VerbForm::Base;
  if (text == "present") return VerbForm::Present;
  if (text == "past") return VerbForm::Past;
  if (text == "participle") return VerbForm::PastParticiple;
  if (text == "gerund") return VerbForm::Gerund;
  return VerbForm::None;
}

// The forms a regular verb form can be, given its lemma.
void regularForms(const std::string& word, const std::string& lemma, WordReadings& readings) {
  if (word == lemma) {
    readings.base = true;
  } else if (endsWith(word, "ing")) {
    readings.gerund = true;
  } else if (endsWith(word, "ed") || endsWith(word, "en")) {
    readings.past = true;
    readings.participle = true;
  } else if (endsWith(word, "s")) {
    readings.present = true;
  } else {
    readings.past = readings.participle = true;
  }
}

}  // namespace

WordClasses::WordClasses(const std::string& lexicon_dir) {
  const std::string closed_path = lexicon_dir + "/closed_classes.tsv";
  for (const LexiconRow& row : readLexiconTable(closed_path)) {
    if (row.fields.size() < 2 || row.fields[0].empty())
      throw std::runtime_error(closed_path + ":" + std::to_string(row.line) +
                               ": expected a word and its classes");
    WordReadings readings;
    readings.known = true;
    if (row.fields[1] == "prefix") {
      verb_prefixes_.insert(row.fields[0]);
      continue;
    }
    if (row.fields[1] == "link") {
      linking_verbs_.insert(row.fields[0]);
      continue;
    }
    for (const std::string& name : splitAlternatives(row.fields[1])) {
      if (name == "det" || name == "pos")
        readings.add(PartOfSpeech::Determiner);
      else if (name == "pron")
        readings.add(PartOfSpeech::Pronoun);
      else if (name == "prep")
        readings.add(PartOfSpeech::Preposition);
      else if (name == "cc")
        readings.add(PartOfSpeech::Coordinator);
      else if (name == "sub")
        readings.add(PartOfSpeech::Subordinator);
      else if (name == "wh")
        readings.add(PartOfSpeech::WhWord);
      else if (name == "modal")
        readings.add(PartOfSpeech::Modal);
      else if (name == "neg")
        readings.add(PartOfSpeech::Negation);
      else if (name == "to")
        readings.add(PartOfSpeech::InfinitiveTo);
      else if (name == "num") {
        readings.add(PartOfSpeech::Number);
        if (row.fields.size() > 2) readings.number_value = row.fields[2];
      } else if (name == "adv")
        readings.add(PartOfSpeech::Adverb);
      else if (name == "adj")
        readings.add(PartOfSpeech::Adjective);
      else if (name == "part")
        readings.add(PartOfSpeech::Particle);
      else if (name == "be" || name == "have" || name == "do") {
        readings.add(PartOfSpeech::Auxiliary);
        readings.auxiliary = name;
        readings.auxiliary_form = row.fields.size() > 2 ? parseForm(row.fields[2]) : VerbForm::None;
      } else {
        throw std::runtime_error(closed_path + ":" + std::to_string(row.line) +
                                 ": unknown class '" + name + "'");
      }
    }
    closed_[row.fields[0]] = readings;
    if (!readings.number_value.empty())
      for (const auto& synset : WordDictionary::instance().synsets(row.fields[0], 2))
        number_synsets_.emplace(synset.text(), readings.number_value);
  }
  for (const LexiconRow& row : readLexiconTable(lexicon_dir + "/months.tsv"))
    if (row.fields.size() > 1) {
      std::string name = row.fields[1];
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      months_.insert(name);
      for (size_t k = 1; k < row.fields.size(); ++k) {
        std::string word = row.fields[k];
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        month_words_.insert(word);
      }
    }
  const std::string irregular_path = lexicon_dir + "/irregular_verbs.tsv";
  for (const LexiconRow& row : readLexiconTable(irregular_path)) {
    if (row.fields.size() < 3 || row.fields[0].empty())
      throw std::runtime_error(irregular_path + ":" + std::to_string(row.line) +
                               ": expected base, past and participle forms");
    for (const std::string& form : splitAlternatives(row.fields[1])) {
      Irregular& entry = irregular_[form];
      entry.lemma = row.fields[0];
      entry.past = true;
    }
    for (const std::string& form : splitAlternatives(row.fields[2])) {
      Irregular& entry = irregular_[form];
      entry.lemma = row.fields[0];
      entry.participle = true;
    }
  }
}

const WordReadings& WordClasses::readings(const std::string& lower) const {
  if (auto it = cache_.find(lower); it != cache_.end()) return it->second;
  WordReadings result = compute(lower);
  if (result.number_value.empty() &&
      (result.can(PartOfSpeech::Noun) || result.can(PartOfSpeech::Adjective))) {
    std::string lemma = result.noun_lemma.empty() ? lower : result.noun_lemma;
    for (const auto& synset : WordDictionary::instance().synsets(lemma, -1)) {
      auto found = number_synsets_.find(synset.text());
      if (found != number_synsets_.end()) {
        result.count_value = found->second;
        break;
      }
    }
  }
  return cache_.emplace(lower, std::move(result)).first->second;
}

WordReadings WordClasses::compute(const std::string& lower) const {
  if (auto it = closed_.find(lower); it != closed_.end()) {
    WordReadings result = it->second;
    // Some function words are verbs or nouns too ("back", "like"): closed classes win.
    if (result.auxiliary.empty() && !result.can(PartOfSpeech::Modal) &&
        result.can(PartOfSpeech::Particle)) {
      WordDictionary::Senses senses = WordDictionary::instance().senses(lower);
      if (senses.verb) {
        result.verb_lemma = senses.verb_lemma;
      }
    }
    return result;
  }
  WordReadings result;
  if (lower.empty()) return result;
  unsigned char first = static_cast<unsigned char>(lower[0]);
  if (std::isdigit(first)) {
    result.add(PartOfSpeech::Number);
    result.known = true;
    // "2010s", "1990s" are plural nouns of a kind; numbers are enough here.
    return result;
  }
  if (!std::isalpha(first) && first < 0x80) return result;

  // A hyphenated word reads as its last part ("state-backed", "cyber-attacks") unless WordNet
  // lists the whole.
  WordDictionary& dictionary = WordDictionary::instance();
  WordDictionary::Senses senses = dictionary.senses(lower);
  size_t hyphen = lower.rfind('-');
  if (hyphen != std::string::npos && hyphen + 1 < lower.size() && !senses.noun && !senses.verb &&
      !senses.adjective) {
    std::string prefix = lower.substr(0, hyphen + 1);
    WordReadings last = readings(lower.substr(hyphen + 1));
    // "re-sanctioned", "co-sponsors": a bound prefix leaves the verb a verb.
    if (verb_prefixes_.count(lower.substr(0, hyphen)) && last.can(PartOfSpeech::Verb)) return last;
    // "newly-sanctioned", "jointly-owned": an adverb in -ly before a participle leaves it the
    // verb's participle, as the two words unhyphenated would be.
    std::string head = lower.substr(0, hyphen);
    if (head.size() > 3 && head.compare(head.size() - 2, 2, "ly") == 0 &&
        head.find('-') == std::string::npos && dictionary.senses(head).adverb &&
        last.can(PartOfSpeech::Verb) && last.participle && !last.gerund)
      return last;
    // "hype-up", "crack-down", "follow-up": a verb with its particle, used as a noun.
    if (last.can(PartOfSpeech::Particle)) {
      result.add(PartOfSpeech::Noun);
      result.noun_lemma = lower;
      return result;
    }
    if (last.can(PartOfSpeech::Verb) && (last.participle || last.past)) {
      // "state-backed", "China-based": a participle adjective.
      result.add(PartOfSpeech::Adjective);
      result.verb_lemma = last.verb_lemma;
      result.known = last.known;
      return result;
    }
    if (last.can(PartOfSpeech::Noun)) {
      result.add(PartOfSpeech::Noun);
      result.noun_lemma = prefix + last.noun_lemma;
      result.plural = last.plural;
      result.noun_count = last.noun_count;
      if (last.can(PartOfSpeech::Adjective)) result.add(PartOfSpeech::Adjective);
      if (last.can(PartOfSpeech::Verb) && last.gerund) {
        // "cyber-spying": a noun reading is enough.
      }
      result.known = last.known;
      return result;
    }
    result.add(PartOfSpeech::Adjective);
    result.known = last.known;
    return result;
  }

  if (senses.noun) {
    result.add(PartOfSpeech::Noun);
    result.noun_lemma = senses.noun_lemma;
    // "hackers", and the irregular plurals WordNet maps to a singular ("women", "children").
    result.plural = senses.noun_lemma != lower;
    result.noun_count = senses.noun_count;
    result.known = true;
  }
  if (auto it = irregular_.find(lower); it != irregular_.end()) {
    result.add(PartOfSpeech::Verb);
    result.verb_lemma = it->second.lemma;
    result.past = it->second.past;
    result.participle = it->second.participle;
    result.verb_count = senses.verb_count;
    result.known = true;
    // "read", "put", "set": the base form is the same word.
    if (it->second.lemma == lower) result.base = true;
  } else if (senses.verb) {
    result.add(PartOfSpeech::Verb);
    result.verb_lemma = senses.verb_lemma;
    result.verb_count = senses.verb_count;
    regularForms(lower, senses.verb_lemma, result);
    result.known = true;
  }
  if (senses.adjective) {
    result.add(PartOfSpeech::Adjective);
    result.adjective_count = senses.adjective_count;
    result.known = true;
  }
  if (senses.adverb) {
    result.add(PartOfSpeech::Adverb);
    result.known = true;
  }
  if (result.classes) return result;

  // Unknown to WordNet: guess from the suffix.
  if (endsWith(lower, "ly")) {
    result.add(PartOfSpeech::Adverb);
  } else if (endsWith(lower, "ing")) {
    result.add(PartOfSpeech::Verb);
    result.gerund = true;
    result.verb_lemma = lower.substr(0, lower.size() - 3);
    result.add(PartOfSpeech::Noun);
    result.noun_lemma = lower;
  } else if (endsWith(lower, "ed")) {
    result.add(PartOfSpeech::Verb);
    result.past = result.participle = true;
    result.verb_lemma = lower.substr(0, lower.size() - 2);
    result.add(PartOfSpeech::Adjective);
  } else if (endsWith(lower, "ous") || endsWith(lower, "ive") || endsWith(lower, "ic") ||
             endsWith(lower, "al") || endsWith(lower, "able") || endsWith(lower, "ful") ||
             endsWith(lower, "less") || endsWith(lower, "ian") || endsWith(lower, "ese")) {
    result.add(PartOfSpeech::Adjective);
  } else {
    result.add(PartOfSpeech::Noun);
    result.noun_lemma = lower;
    if (endsWith(lower, "s") && !endsWith(lower, "ss")) {
      result.plural = true;
      result.noun_lemma = lower.substr(0, lower.size() - 1);
    }
  }
  return result;
}

}  // namespace kg

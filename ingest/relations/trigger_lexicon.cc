#include "ingest/relations/trigger_lexicon.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

struct Row {
  int line = 0;
  std::vector<std::string> fields;
};

std::string trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t next = text.find(separator, start);
    std::string part = trim(text.substr(start, next - start));
    parts.push_back(part);
    if (next == std::string_view::npos) break;
    start = next + 1;
  }
  return parts;
}

std::vector<Row> readTable(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error(path + ": cannot read the lexicon");
  std::vector<Row> rows;
  std::string text;
  int line = 0;
  while (std::getline(file, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (trim(text).empty() || text[0] == '#') continue;
    rows.push_back({line, split(text, '\t')});
  }
  return rows;
}

[[noreturn]] void badRow(const std::string& path, int line, const std::string& what) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ":1: " + what);
}

bool isVowel(char letter) { return std::string_view("aeiou").find(letter) != std::string::npos; }

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& letter : result)
    if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
  return result;
}

}  // namespace

std::string_view triggerPosName(TriggerPos pos) {
  switch (pos) {
    case TriggerPos::Verb:
      return "verb";
    case TriggerPos::Noun:
      return "noun";
    case TriggerPos::Adjective:
      return "adj";
    case TriggerPos::Preposition:
      return "prep";
  }
  return "?";
}

std::string_view argumentPatternName(ArgumentPattern pattern) {
  switch (pattern) {
    case ArgumentPattern::AgentPatient:
      return "agent-patient";
    case ArgumentPattern::AgentPatientActor:
      return "agent-patient-actor";
    case ArgumentPattern::AgentPrep:
      return "agent-prep";
    case ArgumentPattern::Reverse:
      return "reverse";
    case ArgumentPattern::Culprit:
      return "culprit";
    case ArgumentPattern::Nominal:
      return "nominal";
    case ArgumentPattern::Predicate:
      return "predicate";
    case ArgumentPattern::Copula:
      return "copula";
    case ArgumentPattern::ModifierReverse:
      return "modifier-reverse";
    case ArgumentPattern::Denial:
      return "denial";
  }
  return "?";
}

std::vector<std::string> inflectedForms(std::string_view lemma_view, TriggerPos pos) {
  std::string lemma(lemma_view);
  std::vector<std::string> forms{lemma};
  if (lemma.empty() || pos == TriggerPos::Preposition || pos == TriggerPos::Adjective) return forms;
  char last = lemma.back();
  bool sibilant =
      last == 's' || last == 'x' || last == 'z' || lemma.ends_with("ch") || lemma.ends_with("sh");
  std::string stem_y = lemma.substr(0, lemma.size() - 1);
  bool consonant_y = last == 'y' && lemma.size() > 1 && !isVowel(lemma[lemma.size() - 2]);
  if (consonant_y) {
    forms.push_back(stem_y + "ies");
  } else {
    forms.push_back(lemma + (sibilant ? "es" : "s"));
  }
  if (pos == TriggerPos::Noun) return forms;
  if (consonant_y) {
    forms.push_back(stem_y + "ied");
    forms.push_back(lemma + "ing");
  } else if (last == 'e') {
    forms.push_back(lemma + "d");
    forms.push_back(stem_y + "ing");
  } else {
    forms.push_back(lemma + "ed");
    forms.push_back(lemma + "ing");
    // Doubled final consonant after a single vowel: lag -> lagged, ban -> banned.
    if (lemma.size() >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
        isVowel(lemma[lemma.size() - 2]) && !isVowel(lemma[lemma.size() - 3])) {
      forms.push_back(lemma + last + "ed");
      forms.push_back(lemma + last + "ing");
    }
  }
  return forms;
}

TriggerLexicon TriggerLexicon::load(const std::string& lexicon_dir) {
  const std::string path = lexicon_dir + "/relations.tsv";
  TriggerLexicon lexicon;
  for (const Row& row : readTable(path)) {
    if (row.fields.size() < 4) badRow(path, row.line, "expected 4 or 5 tab-separated columns");
    TriggerEntry entry;
    entry.line = row.line;
    entry.relation = row.fields[0];
    std::vector<std::string> forms = split(row.fields[1], '|');
    entry.lemma = lower(forms[0]);
    // "call out": a verb with the particle it needs.
    if (size_t space = entry.lemma.find(' '); space != std::string::npos) {
      entry.particle = entry.lemma.substr(space + 1);
      entry.lemma = entry.lemma.substr(0, space);
      forms[0] = entry.lemma;
    }
    if (entry.relation.empty() || entry.lemma.empty())
      badRow(path, row.line, "empty relation or lemma");
    const std::string& pos = row.fields[2];
    if (pos == "verb")
      entry.pos = TriggerPos::Verb;
    else if (pos == "noun")
      entry.pos = TriggerPos::Noun;
    else if (pos == "adj")
      entry.pos = TriggerPos::Adjective;
    else if (pos == "prep")
      entry.pos = TriggerPos::Preposition;
    else
      badRow(path, row.line, "unknown part of speech '" + pos + "'");
    std::string pattern = row.fields[3];
    size_t colon = pattern.find(':');
    if (colon != std::string::npos) {
      for (const std::string& preposition : split(pattern.substr(colon + 1), ','))
        if (!preposition.empty()) entry.prepositions.push_back(lower(preposition));
      pattern = pattern.substr(0, colon);
    }
    if (pattern == "agent-patient")
      entry.pattern = ArgumentPattern::AgentPatient;
    else if (pattern == "agent-patient-actor")
      entry.pattern = ArgumentPattern::AgentPatientActor;
    else if (pattern == "agent-prep")
      entry.pattern = ArgumentPattern::AgentPrep;
    else if (pattern == "reverse")
      entry.pattern = ArgumentPattern::Reverse;
    else if (pattern == "culprit")
      entry.pattern = ArgumentPattern::Culprit;
    else if (pattern == "nominal")
      entry.pattern = ArgumentPattern::Nominal;
    else if (pattern == "predicate")
      entry.pattern = ArgumentPattern::Predicate;
    else if (pattern == "copula")
      entry.pattern = ArgumentPattern::Copula;
    else if (pattern == "modifier-reverse")
      entry.pattern = ArgumentPattern::ModifierReverse;
    else if (pattern == "denial")
      entry.pattern = ArgumentPattern::Denial;
    else
      badRow(path, row.line, "unknown argument pattern '" + row.fields[3] + "'");
    if ((entry.pattern == ArgumentPattern::AgentPrep || entry.pattern == ArgumentPattern::Copula) &&
        entry.prepositions.empty())
      badRow(path, row.line, "pattern '" + pattern + "' needs prepositions after ':'");
    if (row.fields.size() > 4) entry.notes = row.fields[4];
    size_t index = lexicon.entries_.size();
    std::vector<std::string> all = inflectedForms(entry.lemma, entry.pos);
    for (size_t i = 1; i < forms.size(); ++i) {
      std::vector<std::string> extra = inflectedForms(lower(forms[i]), entry.pos);
      all.insert(all.end(), extra.begin(), extra.end());
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (const std::string& form : all) lexicon.by_form_[form].push_back(index);
    lexicon.entries_.push_back(std::move(entry));
  }
  return lexicon;
}

std::vector<const TriggerEntry*> TriggerLexicon::lookup(std::string_view word) const {
  std::vector<const TriggerEntry*> found;
  auto add = [&](std::string_view form) {
    auto it = by_form_.find(std::string(form));
    if (it == by_form_.end()) return;
    for (size_t index : it->second) found.push_back(&entries_[index]);
  };
  add(word);
  size_t hyphen = word.rfind('-');
  if (found.empty() && hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
    add(word.substr(hyphen + 1));
    // Prefixed nouns written as one word stay as listed ("cyberattack").
  }
  return found;
}

bool CueLexicon::isVerbRole(std::string_view role) {
  return role == "speech" || role == "light-agent" || role == "light-patient" ||
         role == "light-object" || role == "join" || role == "cease" || role == "bar" ||
         role == "allege" || role == "custody" || role == "wrong" || role == "designating";
}

CueLexicon CueLexicon::load(const std::string& lexicon_dir) {
  CueLexicon lexicon;
  const std::string modality_path = lexicon_dir + "/modality.tsv";
  for (const Row& row : readTable(modality_path)) {
    if (row.fields.size() < 3) badRow(modality_path, row.line, "expected 3 or 4 columns");
    ModalityCue cue;
    const std::string& kind = row.fields[1];
    if (kind == "negator")
      cue.kind = CueKind::Negator;
    else if (kind == "modal")
      cue.kind = CueKind::Modal;
    else if (kind == "governor")
      cue.kind = CueKind::Governor;
    else if (kind == "refuter") {
      cue.kind = CueKind::Governor;
      cue.refutes_claims_only = true;
    } else if (kind == "adverb")
      cue.kind = CueKind::Adverb;
    else if (kind == "determiner")
      cue.kind = CueKind::Determiner;
    else if (kind == "marker")
      cue.kind = CueKind::Marker;
    else if (kind == "hearsay")
      cue.kind = CueKind::Hearsay;
    else
      badRow(modality_path, row.line, "unknown cue kind '" + kind + "'");
    auto status = parseEdgeStatus(row.fields[2]);
    if (!status) badRow(modality_path, row.line, "unknown status '" + row.fields[2] + "'");
    cue.status = *status;
    TriggerPos pos = cue.kind == CueKind::Governor ? TriggerPos::Verb : TriggerPos::Preposition;
    for (const std::string& written : split(row.fields[0], '|')) {
      std::string word = lower(written), particle;
      if (size_t space = word.find(' '); space != std::string::npos) {
        particle = trim(word.substr(space + 1));
        word = word.substr(0, space);
      }
      for (const std::string& form : inflectedForms(word, pos)) {
        if (particle.empty())
          lexicon.modality_.emplace(form, cue);
        else
          lexicon.particles_[form].push_back({particle, cue});
      }
    }
  }
  const std::string cues_path = lexicon_dir + "/relation_cues.tsv";
  std::vector<std::string> join_lemmas;
  for (const Row& row : readTable(cues_path)) {
    if (row.fields.size() < 2) badRow(cues_path, row.line, "expected 2 or 3 columns");
    const std::string& role = row.fields[1];
    bool verb = isVerbRole(role);
    // The roles relation_cues.tsv documents at its top, besides the verb roles.
    static const std::set<std::string, std::less<>> kOtherRoles = {
        "actor-head",  "activity-head", "naming",   "answer",      "register",  "reciprocal",
        "hedge",       "prosecution",   "topic",    "bullet",      "inclusion", "measure-list",
        "victim-list", "source",        "behest",   "taking-part", "voice",     "dismissal",
        "outrage",     "literal",       "outlawed", "past-office", "means",     "owning"};
    bool known = verb || kOtherRoles.count(role) > 0;
    if (!known) badRow(cues_path, row.line, "unknown role '" + role + "'");
    TriggerPos pos = verb ? TriggerPos::Verb : TriggerPos::Preposition;
    for (const std::string& written : split(row.fields[0], '|'))
      for (const std::string& form : inflectedForms(lower(written), pos))
        lexicon.roles_[form].push_back(role);
    if (role == "join") join_lemmas.push_back(lower(split(row.fields[0], '|').front()));
  }
  std::unordered_map<std::string, int> join_verbs_per_synset;
  for (const std::string& lemma : join_lemmas)
    for (const auto& synset : WordDictionary::instance().synsets(lemma, -1))
      if (synset.part == WordNetFiles::kVerb && ++join_verbs_per_synset[synset.text()] == 2)
        lexicon.joining_synsets_.insert(synset.text());
  return lexicon;
}

bool CueLexicon::joinsInSomeSense(const std::string& verb_lemma) const {
  for (const auto& synset : WordDictionary::instance().synsets(verb_lemma, -1))
    if (synset.part == WordNetFiles::kVerb && joining_synsets_.count(synset.text())) return true;
  return false;
}

const ModalityCue* CueLexicon::modality(std::string_view word, std::string_view next) const {
  if (!next.empty()) {
    auto with = particles_.find(std::string(word));
    if (with != particles_.end())
      for (const auto& [particle, cue] : with->second)
        if (particle == next) return &cue;
  }
  auto it = modality_.find(std::string(word));
  return it == modality_.end() ? nullptr : &it->second;
}

bool CueLexicon::hasRole(std::string_view word, std::string_view role) const {
  auto it = roles_.find(std::string(word));
  if (it == roles_.end()) return false;
  return std::find(it->second.begin(), it->second.end(), role) != it->second.end();
}

}  // namespace kg

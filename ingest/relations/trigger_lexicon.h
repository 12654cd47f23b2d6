// The relation stage's word lists, loaded once from ingest/lexicon/: the TriggerLexicon
// (relations.tsv: which words state which relation and how their arguments are found) and the
// CueLexicon (modality.tsv: negation/modality cues; relation_cues.tsv: speech verbs, light verbs,
// actor and activity head nouns). Lookups take a lower-case word form and accept inflections.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.h"

namespace kg {

enum class TriggerPos { Verb, Noun, Adjective, Preposition };

enum class ArgumentPattern {
  AgentPatient,       // subject -> object; passive "by" agent
  AgentPatientActor,  // the same, only when the patient is a person, organisation or group
  AgentPrep,          // the patient follows one of `prepositions`
  Reverse,            // agent-patient with the edge reversed (X backs Y -> Y affiliated_with X)
  Culprit,            // "X was behind": the speaker accuses X
  Nominal,            // "sanctions against X": patient after one of `prepositions`
  Predicate,          // "... is slander": the speaker acts on the subject's owner
  Copula,             // "X is a member of Y"
  ModifierReverse,    // "state-backed group X": X -> the actor in the modifier
  Denial,             // "X rejected Y's claims": X -> Y
};

struct TriggerEntry {
  std::string relation;
  std::string lemma;
  TriggerPos pos = TriggerPos::Verb;
  ArgumentPattern pattern = ArgumentPattern::AgentPatient;
  std::vector<std::string> prepositions;
  std::string particle;  // a phrasal verb's particle ("out" of "call out"), else empty
  std::string notes;
  int line = 0;  // line in relations.tsv, for --explain
};

std::string_view triggerPosName(TriggerPos pos);
std::string_view argumentPatternName(ArgumentPattern pattern);

// Regular inflections of a lemma: verbs -s -es -ed -d -ing (e dropped, final consonant doubled,
// y -> ies/ied), nouns -s -es -ies. Over-generates harmlessly: only real words are looked up.
std::vector<std::string> inflectedForms(std::string_view lemma, TriggerPos pos);

class TriggerLexicon {
 public:
  // Reads relations.tsv from `lexicon_dir`. Throws std::runtime_error naming the file and line
  // on an unreadable file or a bad row.
  static TriggerLexicon load(const std::string& lexicon_dir);

  // Entries whose lemma or inflected form is `word` (lower case). A hyphenated word also matches
  // on its last part ("cyber-attacks").
  std::vector<const TriggerEntry*> lookup(std::string_view word) const;
  const std::vector<TriggerEntry>& entries() const { return entries_; }

 private:
  std::vector<TriggerEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_form_;
};

enum class CueKind { Negator, Modal, Governor, Adverb, Determiner, Marker, Hearsay };

struct ModalityCue {
  CueKind kind = CueKind::Negator;
  EdgeStatus status = EdgeStatus::Negated;
  // A governor that refutes what it takes ("rejected claims that X hacked Y") but leaves a
  // measure it takes standing ("rejected the sanctions on X": they were imposed).
  bool refutes_claims_only = false;
};

class CueLexicon {
 public:
  // Reads modality.tsv and relation_cues.tsv from `lexicon_dir`. Throws std::runtime_error
  // naming the file and line when one cannot be read or has a bad row.
  static CueLexicon load(const std::string& lexicon_dir);

  // The modality cue of a lower-case word form, or nullptr. A cue listed with a particle
  // ("call for") matches only when `next` (the following word) is that particle.
  const ModalityCue* modality(std::string_view word, std::string_view next = {}) const;
  // Whether a lower-case word form has a role of relation_cues.tsv ("speech", "light-agent",
  // "light-patient", "light-object", "join", "cease", "bar", "allege", "wrong", "actor-head",
  // "activity-head", "naming", "answer", "register", "reciprocal", "hedge", "prosecution",
  // "topic", "voice", "dismissal", "outrage", "literal", "outlawed", "designating", "past-office",
  // "means", "owning"; relation_cues.tsv says what each means). A two-word role ("each other") is
  // asked with its words and one space.
  bool hasRole(std::string_view word, std::string_view role) const;
  // Whether relation_cues.tsv gives a lower-case word form any role at all.
  bool hasAnyRole(std::string_view word) const { return roles_.count(std::string(word)) > 0; }
  // Whether the words of a relation_cues.tsv role are verbs (inflected as verbs): the roles
  // from "speech" to "allege", and "wrong", above.
  static bool isVerbRole(std::string_view role);
  // Whether WordNet puts a verb lemma, in any of its senses, in a synset that two "join" verbs
  // share (a sense of joining, not another sense of one of them): "link", with "join" and
  // "unite", joins in "A linked B in accusing C"; "resist", beside "stand" only, does not.
  bool joinsInSomeSense(const std::string& verb_lemma) const;

 private:
  std::unordered_map<std::string, ModalityCue> modality_;
  std::unordered_map<std::string, std::vector<std::pair<std::string, ModalityCue>>> particles_;
  std::unordered_map<std::string, std::vector<std::string>> roles_;
  std::unordered_set<std::string> joining_synsets_;  // SynsetKey::text() of the synsets above
};

}  // namespace kg

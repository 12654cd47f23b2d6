// RoleLabeler: the relation stage. Every word that relations.tsv lists as a trigger (or that
// WordNet gives as a synonym of one) gets its agents and patients from the dependency tree by
// the trigger's argument pattern: subject and object of a verb (passives, participles on nouns,
// relative clauses, controlled infinitives and gerunds, shared subjects of coordinated verbs);
// "sanctions on X" with the subject of a light verb ("imposed") as agent; the speaker of a
// clause for "X was behind Y" and "... is slander"; the owner of an activity ("China's cyber
// activity" -> China) and the culprit of an event ("an attack blamed on X" -> X) where a phrase
// is not an actor itself. Negation, modals and governing verbs ("refused to", "called for") set
// the status. Reads the tree, mentions and entities; writes Document::predicates.
#pragma once

#include <memory>
#include <string>

#include "ingest/document.h"

namespace kg {

class RoleLabeler {
 public:
  // Loads relations.tsv, modality.tsv and relation_cues.tsv from `lexicon_dir`. Throws
  // std::runtime_error naming the file and line of a bad row.
  explicit RoleLabeler(const std::string& lexicon_dir);
  ~RoleLabeler();
  RoleLabeler(const RoleLabeler&) = delete;
  RoleLabeler& operator=(const RoleLabeler&) = delete;

  void run(Document& document) const;

 private:
  struct Lexicons;
  std::unique_ptr<Lexicons> lexicons_;
};

}  // namespace kg

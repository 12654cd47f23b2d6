// NounClasses: whether a common noun names an actor, decided by WordNet's hierarchy rather than
// a word list: a noun under person, organization or social group (wordnet_actor_classes.tsv) in
// its first sense, or in a later sense that is used nearly as often, is a person, organization or
// group noun ("hacker", "company", "bloc", "journalists"); "system", "campaign", "grid" are not.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace kg {

class NounClasses {
 public:
  // Reads wordnet_actor_classes.tsv from `lexicon_dir`. Throws std::runtime_error naming the
  // file when it cannot be read.
  explicit NounClasses(const std::string& lexicon_dir);

  // The actor type a noun lemma names, or nothing. A named instance's sense ("Newton" the
  // physicist) counts only for a `capitalised` word: "sues" is no novelist. Cached per instance.
  std::optional<ActorType> actorType(const std::string& lemma, bool capitalised = false) const;

  // The actor type of the first of a noun's first `max_senses` senses that names one, whatever
  // the corpus says of them: for a head whose modifiers already say it is people ("two Arnorian
  // subjects": a count and a demonym), where the commonest sense (a topic) does not fit.
  std::optional<ActorType> actorTypeInSomeSense(const std::string& lemma, size_t max_senses) const;

  // Whether one of a noun's first `max_senses` senses is, or is a kind of, one of the synsets
  // `roots` (WordNet offsets: "states" and "powers" are kinds of "country"; "houses" are not).
  bool hasSenseUnder(const std::string& lemma, size_t max_senses,
                     const std::vector<long>& roots) const;

 private:
  std::optional<ActorType> typeOfSense(const std::vector<long>& hypernyms) const;

  std::vector<std::pair<long, ActorType>> roots_;  // WordNet offsets
  mutable std::unordered_map<std::string, std::optional<ActorType>> cache_;
  mutable std::unordered_map<std::string, std::optional<ActorType>> capitalised_cache_;
};

}  // namespace kg

#include "ingest/entities/noun_classes.h"

#include <algorithm>
#include <stdexcept>

#include "ingest/text/lexicon_table.h"
#include "ingest/text/word_dictionary.h"

namespace kg {

NounClasses::NounClasses(const std::string& lexicon_dir) {
  const std::string path = lexicon_dir + "/wordnet_actor_classes.tsv";
  WordDictionary& dictionary = WordDictionary::instance();
  for (const LexiconRow& row : readLexiconTable(path)) {
    if (row.fields.size() < 3)
      throw std::runtime_error(path + ":" + std::to_string(row.line) +
                               ": expected synset lemma, sense and type");
    std::optional<ActorType> type = parseActorType(row.fields[2]);
    if (!type)
      throw std::runtime_error(path + ":" + std::to_string(row.line) + ": unknown type '" +
                               row.fields[2] + "'");
    long offset = dictionary.nounSynset(row.fields[0], std::stoi(row.fields[1]));
    if (offset >= 0) roots_.emplace_back(offset, *type);
  }
}

std::optional<ActorType> NounClasses::typeOfSense(const std::vector<long>& above) const {
  // Person first: "watchdog" is a person, not a group.
  for (const auto& [root, type] : roots_)
    if (type == ActorType::Person && std::find(above.begin(), above.end(), root) != above.end())
      return type;
  for (const auto& [root, type] : roots_)
    if (std::find(above.begin(), above.end(), root) != above.end()) return type;
  return std::nullopt;
}

bool NounClasses::hasSenseUnder(const std::string& lemma, size_t max_senses,
                                const std::vector<long>& roots) const {
  for (const std::vector<long>& above :
       WordDictionary::instance().nounSenseAncestries(lemma, max_senses))
    for (long root : roots)
      if (std::find(above.begin(), above.end(), root) != above.end()) return true;
  return false;
}

std::optional<ActorType> NounClasses::actorTypeInSomeSense(const std::string& lemma,
                                                           size_t max_senses) const {
  for (const std::vector<long>& above :
       WordDictionary::instance().nounSenseAncestries(lemma, max_senses))
    if (std::optional<ActorType> type = typeOfSense(above)) return type;
  return std::nullopt;
}

std::optional<ActorType> NounClasses::actorType(const std::string& lemma, bool capitalised) const {
  auto& cache = capitalised ? capitalised_cache_ : cache_;
  if (auto it = cache.find(lemma); it != cache.end()) return it->second;
  std::optional<ActorType> found;
  const WordDictionary::NounAncestry& ancestry = WordDictionary::instance().nounAncestry(lemma);
  // The senses worth reading: the first, and a later one only when WordNet's tagged corpus uses
  // it at least a quarter as often (or the first sense is never used there either).
  // No corpus evidence for any sense, and one of them a made thing: the word is too likely to
  // mean the thing ("server": waiter, or computer).
  bool unattested = std::all_of(ancestry.sense_weights.begin(), ancestry.sense_weights.end(),
                                [](int weight) { return weight == 0; });
  if (unattested &&
      std::find(ancestry.lexicographer_files.begin(), ancestry.lexicographer_files.end(),
                WordNetFiles::kNounArtifact) != ancestry.lexicographer_files.end()) {
    cache.emplace(lemma, std::nullopt);
    return std::nullopt;
  }
  for (size_t sense = 0; sense < ancestry.per_sense.size() && sense < 2 && !found; ++sense) {
    if (capitalised || !ancestry.instances[sense]) found = typeOfSense(ancestry.per_sense[sense]);
    // A second sense counts when it is used nearly as often as the first, and the first is
    // not an act or event ("fraud" the deception, not the impostor).
    if (sense == 0 && !found && ancestry.sense_weights.size() > 1) {
      int first = ancestry.sense_weights[0], second = ancestry.sense_weights[1];
      bool act = ancestry.first_lexicographer_file == WordNetFiles::kNounAct ||
                 ancestry.first_lexicographer_file == WordNetFiles::kNounEvent;
      if (act || second * 4 < first) break;
    }
  }
  cache.emplace(lemma, found);
  return found;
}

}  // namespace kg

// Words the lexicons do not list but WordNet gives as a listed word's synonym ("assail" for
// "attack", "enforce" for "impose", "accusal" for "accusation"): each such token is read as the
// listed word, so text that says the same thing in other words (or that went through an article
// spinner) meets the same triggers, cues and descriptions. Reads Token::lemma, pos and
// capitalised after tagging; writes Token::lemma (the listed word) and Token::synonym_of (the
// word's own lemma, for --explain). A verb read as a listed preposition keeps its part of speech
// (the relation stage reads "X trailed the attack" as "X was behind the attack"). (Counts in
// other words, "septet hackers", are the tagger's: word_classes.h.) A compound adjective's
// participle reads as the listed participle its verb is a synonym of ("state-indorsed" as
// "state-backed"), and an -ing word WordNet has no adjective for, before a noun, as the gerund of
// the listed verb it stands for
// ("a choping group" as "a hacking group").
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "ingest/document.h"

namespace kg {

class SynonymNormaliser {
 public:
  // Reads the listed words from the lexicons under `lexicon_dir` (relations, relation cues,
  // modality, descriptions, government words) and the WordNet synsets of their first two senses
  // in each open class (a thesaurus's first entries). Throws std::runtime_error naming a file
  // that cannot be read.
  explicit SynonymNormaliser(const std::string& lexicon_dir);

  void run(Sentence& sentence) const;

  // The listed word `lemma` stands for, or empty when it is listed itself or no synonym of one.
  // A synonym counts when it is no more common than the listed word (a more common word has
  // meanings of its own: "get" is no "make") or the listed word is a framed verb, and a noun for
  // people or groups only stands for a listed noun of the same kind ("governance" for "government",
  // not "hacker" for "hack"). Answers are cached. `out_of_class`: the word stands where it cannot
  // be itself (a verb-only word heading a noun phrase: "imposed new approves"), so a more common
  // word counts too.
  std::string listedWordFor(const std::string& lemma, bool out_of_class = false) const;

  // The listed preposition an unlisted verb stands for when WordNet gives it a phrasal synonym
  // ending in one ("trail" beside "fall behind": read as "be behind"), or empty. Cached.
  std::string listedPrepositionFor(const std::string& verb_lemma) const;

  // The listed participle adjective ("backed", "affiliated") a participle stands for when its
  // verb shares a WordNet sense with the adjective's verb among that verb's first senses and is
  // no more common ("indorsed" -> "backed", "consorted" -> "affiliated"), or empty.
  std::string listedParticipleFor(const std::string& participle) const;

  // The listed preposition a noun stands for when they share a WordNet noun synset ("behind"
  // is also a noun for the rump, so "hindquarters" stands for it), or empty. Only asked where a
  // noun cannot stand: straight before a determiner ("was hindquarters the attack").
  std::string listedPrepositionForNoun(const std::string& noun_lemma) const;

 private:
  // Listed word -> the parts of speech its lexicons use it in (a bit per PartOfSpeech kind:
  // 1 noun, 2 verb, 4 adjective); a token is read as a listed word only in one of them.
  std::unordered_map<std::string, int> listed_;
  // "part:offset" of a listed word's first senses -> that word (the first listed claims it).
  std::unordered_map<std::string, std::string> synset_to_listed_;
  // Listed nouns for actors (descriptions, government words): the only words a noun for people
  // or groups may stand for ("hacker" shares a synset with "hack", the writer, not the attack).
  std::unordered_set<std::string> actor_nouns_;
  // Listed verbs that act only in a frame: a light verb with a relation noun ("impose
  // sanctions"), "join ... in condemning". A more common synonym may stand for them, since the
  // frame, not the verb alone, makes the relation ("visited sanctions on" reads as "imposed").
  std::unordered_set<std::string> framed_verbs_;
  // The first-sense synonyms of relation verbs, which the relation stage reads as those verbs.
  std::unordered_set<std::string> relation_verb_synonyms_;
  // The trigger words of relations.tsv, which state an edge alone: a common word stands for one
  // only in its own first senses ("defend" is seldom "oppose").
  std::unordered_set<std::string> relation_words_;
  // A relation verb or first-sense synonym -> its relation's first nominal noun ("approve" ->
  // "sanction"): read so where a verb-only word heads a noun phrase.
  std::unordered_map<std::string, std::string> relation_noun_for_verb_;
  // "part:offset" of the first verb senses of listed participle adjectives -> the adjective.
  std::unordered_map<std::string, std::string> synset_to_participle_;
  // Listed prepositions (relations.tsv rows whose part of speech is "prep").
  std::unordered_set<std::string> prepositions_;
  // "part:offset" of a listed preposition's noun senses -> that preposition.
  std::unordered_map<std::string, std::string> synset_to_preposition_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::string> cache_;
  mutable std::unordered_map<std::string, std::string> phrasal_cache_;
};

}  // namespace kg

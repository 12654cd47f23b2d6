// The world knowledge the entity stages match text against, loaded once from the TSV files of
// ingest/lexicon/: a case-sensitive gazetteer of countries, capitals, demonyms, international
// organisations, places and non-entities, plus case-insensitive word lists (titles, organisation
// and group heads, government words, pronouns, descriptions, given names).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.h"
#include "ingest/document.h"

namespace kg {

class Tokenizer;

struct GazetteerEntry {
  enum class Kind { Name, Capital, Demonym, Place, NonEntity, LawHead };
  Kind kind = Kind::Name;
  std::string canonical;  // the entity's name (empty for places and non-entities)
  ActorType type = ActorType::Country;
  std::vector<std::string> names;  // every name form of the entity (countries: short forms)
  std::string country;  // a national agency's or a place's country ("United States"), else empty
};

struct TitleEntry {
  bool honorific = false;
  char gender = '-';
  std::string office;  // canonical office, lower case
  bool stands_alone = false;
};

struct PronounEntry {
  bool plural = false;
  std::string refers;  // person-m, person-f, thing, any
  bool possessive = false;
};

struct DescriptionEntry {
  ActorType type = ActorType::Country;
  std::string detail;  // office for people, required head for organisations
};

struct EntityLexicon {
  // Case-sensitive phrases (token texts joined by one space) -> entries.
  std::unordered_map<std::string, std::vector<GazetteerEntry>> gazetteer;
  size_t longest_gazetteer_phrase = 1;  // in tokens

  // Lower-case keys (phrases joined by one space).
  std::unordered_map<std::string, TitleEntry> titles;
  size_t longest_title = 1;
  std::unordered_set<std::string> office_words;  // last words of offices: "minister", "secretary"
  std::unordered_map<std::string, std::string> organisation_heads;  // lower word -> kind
  std::unordered_map<std::string, std::string> group_heads;         // lower word -> kind
  std::unordered_set<std::string> government_words;
  size_t longest_government_word = 1;
  std::unordered_map<std::string, PronounEntry> pronouns;
  std::unordered_map<std::string, DescriptionEntry> descriptions;
  std::unordered_map<std::string, char> given_names;  // exact case -> gender m/f/-
  std::unordered_set<std::string> family_first_names;
  std::unordered_set<std::string> name_particles;   // "al" of "al-Harbi"
  std::unordered_set<std::string> inner_particles;  // "de", "van": "Ana de Vega", "Jan van Berg"
  // function_words.tsv "reason": "for", "over" ("fined X for its raids": "its" is X's).
  std::unordered_set<std::string> reason_prepositions;
  std::unordered_set<std::string> locatives;  // "in", "at", "visited": a capital after is a place
  std::unordered_set<std::string> prepositions;  // closed_classes.tsv's "prep" words
  std::unordered_set<std::string> naming_words;  // "known", "called": "the group known as X"
  // Per preposition of place: the forms of the triggers whose patient comes after it
  // (TriggerLexicon: "attributed ... to", "accusations at", "aimed at") and the source words of
  // function_words.tsv ("according to"). In their clause a capital after that preposition is
  // who something is pinned on or who says it, not a place.
  std::unordered_map<std::string, std::unordered_set<std::string>> actor_after;
  std::vector<std::string> demonym_suffixes;  // "ian", "ese": shapes of adjectives of origin
  // Nouns relations.tsv lists as naming an act ("hack", "sanction", "accusation"): they head no
  // actor's phrase, whatever other sense WordNet gives them ("a hack" is also a writer).
  std::unordered_set<std::string> act_nouns;
  // relation_cues.tsv "measure-list" nouns ("target"): they stand for whoever a relation is done
  // to, so a phrase they head names no actor of its own ("reconnaissance of targets").
  std::unordered_set<std::string> list_nouns;
  // relation_cues.tsv "speech" verbs, as lemmas ("say", "tell"): who is quoted (for pronouns,
  // and for the tagger and parser, which take them from here).
  std::unordered_set<std::string> speech_verbs;

  // Loads every file; throws std::runtime_error naming a file that cannot be read.
  static EntityLexicon load(const std::string& lexicon_dir, const Tokenizer& tokenizer);

  const std::vector<GazetteerEntry>* lookup(const std::string& phrase) const;
  // Whether a lower-case word has the shape of an adjective of origin ("arnorian").
  bool looksLikeDemonym(const std::string& lower) const;
  const GazetteerEntry* find(const std::string& phrase, GazetteerEntry::Kind kind) const;
  // The title starting at a lower-case phrase, if titles.tsv lists it.
  const TitleEntry* title(const std::string& lower_phrase) const;
};

// Token texts [first, last] joined by one space: the key the gazetteer is looked up with.
std::string phraseKey(const std::vector<Token>& tokens, size_t first, size_t last);

// The sentence text of tokens [first, last], as written.
std::string surfaceText(const Sentence& sentence, size_t first, size_t last);

std::string lowerAscii(std::string_view text);

}  // namespace kg

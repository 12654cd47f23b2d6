// The world knowledge the entity stage matches text against, loaded once from the TSV files of
// ingest/lexicon/: a case-sensitive gazetteer of countries, capitals, demonyms, international
// organisations, places and non-entities, plus case-insensitive word lists (titles, heads,
// group words, government words, pronouns, descriptions, given names).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.h"

namespace kg {

// One token of a sentence: a word, a number, a possessive "'s" or a punctuation mark.
struct Token {
  size_t begin = 0;  // byte offsets into the sentence text
  size_t end = 0;
  std::string text;
};

// Splits sentence text into tokens: words keep inner hyphens, apostrophes before a letter
// ("O'Neill", "they're") and the dots of initials ("U.S."); a possessive "'s" or "s'" is its own
// token.
std::vector<Token> tokenize(std::string_view text);

struct GazetteerEntry {
  enum class Kind { Name, Capital, Demonym, Place, NonEntity, LawHead };
  Kind kind = Kind::Name;
  std::string canonical;  // the entity's name (empty for places and non-entities)
  ActorType type = ActorType::Country;
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

struct GroupWordEntry {
  std::string kind;       // collective, of-group, group-head, threat-name
  std::string canonical;  // for collectives
};

struct EntityLexicon {
  // Case-sensitive phrases (tokens joined by one space) -> entry; several entries possible.
  std::unordered_map<std::string, std::vector<GazetteerEntry>> gazetteer;
  size_t longest_gazetteer_phrase = 1;  // in tokens

  // Lower-case phrase keys.
  std::unordered_map<std::string, TitleEntry> titles;
  size_t longest_title = 1;
  std::unordered_map<std::string, std::string> organisation_heads;  // word -> kind (exact case)
  std::unordered_map<std::string, GroupWordEntry> group_words;
  size_t longest_group_word = 1;
  std::unordered_set<std::string> government_words;
  size_t longest_government_word = 1;
  std::unordered_map<std::string, PronounEntry> pronouns;
  std::unordered_map<std::string, DescriptionEntry> descriptions;
  size_t longest_description = 1;
  std::unordered_map<std::string, char> given_names;  // exact case -> gender m/f/-
  std::unordered_set<std::string> family_first_names;
  std::unordered_set<std::string> function_words;  // lower case, every use
  std::unordered_set<std::string> connectors;      // of, for, on
  std::unordered_set<std::string> inner_words;     // and
  std::unordered_set<std::string> locatives;       // in, at, visited: a capital after is a place

  // Loads every file; throws std::runtime_error naming a file that cannot be read.
  static EntityLexicon load(const std::string& lexicon_dir);

  const std::vector<GazetteerEntry>* lookup(const std::string& phrase) const;
  const GazetteerEntry* find(const std::string& phrase, GazetteerEntry::Kind kind) const;
};

// Joins tokens [begin, end) as the text spaced them: one space where it had white space.
std::string joinTokens(const std::vector<Token>& tokens, size_t begin, size_t end);

std::string lowerAscii(std::string_view text);

}  // namespace kg

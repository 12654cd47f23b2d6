// The layered representation of one article that the ingest stages fill in turn, as spaCy's Doc
// is: sentences (text stage) -> tokens with parts of speech (tokenizer, tagger) -> a dependency
// tree per sentence (syntax) -> mentions of actors (names, phrases, pronouns) -> entities
// (coreference) -> predicates with their roles and status -> edges. Each stage says in its
// header which layers it reads and which it writes; none recomputes another's layer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg {

// Coarse word classes, enough for chunking and clause structure.
enum class PartOfSpeech : uint8_t {
  Noun,
  ProperNoun,
  Pronoun,
  Verb,
  Auxiliary,  // forms of be, have and do
  Modal,      // will, would, may ...
  Adjective,
  Adverb,
  Determiner,  // the, a, this, every; possessive pronouns (its, their) are Determiners too
  Number,
  Preposition,
  InfinitiveTo,  // "to" before a verb
  Coordinator,   // and, or, but, nor
  Subordinator,  // that (complementiser), because, although, whether, if ...
  WhWord,        // who, which, whom, whose, what, where, when
  Negation,      // not, n't, never
  Possessive,    // the clitic 's or '
  Particle,      // "out" in "called out", "up" in "hyping up"
  Punctuation,
  Quote,
  Symbol,
};

std::string_view partOfSpeechName(PartOfSpeech pos);

enum class VerbForm : uint8_t { None, Base, Present, Past, PastParticiple, Gerund };

// The grammatical relation of a token to its head in a sentence's dependency tree (a small set in
// the spirit of Universal Dependencies). Multi-word names hang flat from their last word.
enum class Relation : uint8_t {
  Root,
  Subject,            // "the UK" in "the UK accused China"
  PassiveSubject,     // "two people" in "two people were sanctioned"
  Object,             // "China" in "accused China"
  Agent,              // "by" of a passive verb; its object is the doer
  Preposition,        // a preposition attached to a verb, noun or adjective
  PrepositionObject,  // the noun (or gerund) after a preposition
  Determiner,
  Possessor,           // "China" in "China's ministry", "its" in "its network"
  Modifier,            // adjectives and nouns before a noun: "cyber", "malicious", "Chinese"
  NamePart,            // earlier words of one multi-word name or title
  Apposition,          // "Timur Shagivaleev" in "its director, Timur Shagivaleev"
  Conjunct,            // later members of a coordination hang from the first
  Coordinator,         // "and", "or" of a coordination, on the first member
  RelativeClause,      // the verb of "who/which/that ..." on the noun it describes
  ParticipleModifier,  // "linked" in "hackers linked to X", "targeting" in "campaigns targeting X"
  Complement,          // a clause complement: "said [they were behind ...]"
  OpenComplement,      // an infinitive or gerund whose subject is its governor's
  AdverbialClause,     // "..., saying that ...", "after X did Y"
  Predicate,           // what follows a copula: "was [behind]", "is [responsible]", "are [X]"
  Auxiliary,
  PassiveAuxiliary,
  Negation,
  AdverbModifier,
  Marker,    // "that", "to", "whether", "if" introducing a clause
  Particle,  // "out" of "called out"
  Punctuation,
  Dependent,  // attached, relation unknown
};

std::string_view relationName(Relation relation);

struct Token {
  size_t begin = 0;  // byte offsets into Sentence::text
  size_t end = 0;
  std::string text;        // as written
  std::string lower;       // lower case
  std::string lemma;       // base form, lower case ("accused" -> "accuse", "hackers" -> "hacker")
  std::string synonym_of;  // when `lemma` is a listed word read for a synonym: its own lemma
  PartOfSpeech pos = PartOfSpeech::Noun;
  VerbForm form = VerbForm::None;
  bool capitalised = false;   // first letter upper case
  bool plural = false;        // nouns: plural form
  bool space_before = false;  // white space separates it from the previous token
  // Syntax layer: the head token (-1 for the root) and the relation to it.
  int head = -1;
  Relation relation = Relation::Root;
  int mention = -1;  // the mention whose span covers this token (mention layer), else -1
};

struct Sentence {
  std::string text;   // normalised for matching: straight quotes, plain spaces and dashes
  int64_t start = 0;  // byte offsets of the sentence in the article's original bytes
  int64_t end = 0;
  int line = 0;           // 1-based line of the original text where the sentence starts
  bool headline = false;  // the article's first line
  std::vector<Token> tokens;
  std::string syntax;  // which parser built the tree and how, for --explain
};

enum class MentionKind {
  Name,         // a proper name: "Arthur Pendle", "APT99", "the Audit Commission"
  Alias,        // a short form of a name seen before: "Mr Pendle", "Pendle", an acronym
  Metonym,      // a capital, seat of government or government phrase: "Beijing", "the British
                // government", "authorities in Norway"
  Phrase,       // a noun phrase for people or bodies: "seven hackers", "a front company"
  Description,  // a definite phrase referring back: "the company", "the bloc", "the defendants"
  Pronoun,      // he, she, they, it, its ...
};

std::string_view mentionKindName(MentionKind kind);

// One span of a sentence that refers to one actor (or to several: "they", "A and B").
struct Mention {
  size_t sentence = 0;     // index into Document::sentences
  size_t first_token = 0;  // tokens [first_token, last_token] of that sentence
  size_t last_token = 0;
  size_t head_token = 0;  // the token the syntax tree knows the phrase by
  std::string surface;    // the text as written
  std::string canonical;  // the entity name it stands for, when a lexicon says ("Beijing" -> China)
  std::string office;     // a person's title or office before the name ("deputy prime minister")
  std::string honorific;  // an honorific before a person's name, as written ("Sir", "Mr")
  MentionKind kind = MentionKind::Name;
  ActorType type = ActorType::Person;
  bool plural = false;
  int entity = -1;         // index into Document::entities; -1 while unresolved or for groups
  std::vector<int> group;  // several entities for a plural pronoun or description
  // A pronoun whose antecedent is a phrase that is no actor itself ("the GRU's actions ...
  // we condemn them"): where that phrase's head is, so its owner can be found.
  int antecedent_sentence = -1;
  int antecedent_token = -1;
  std::string reason;  // how it was found and resolved, for --explain
};

// An actor of the article, with every name the article used for it.
struct Entity {
  std::string name;  // canonical: full name, no honorific
  ActorType type = ActorType::Person;
  std::vector<std::string> aliases;
  std::vector<std::string> offices;  // people: offices the article gives them
  std::vector<int> members;  // a group the article names member by member ("the defendants are
                             // A, B and C"): those entities
  std::string head;          // described actors: the head noun's lemma ("hacker")
  bool head_last = true;     // described actors: the head ends the name ("critics of X": no)
  bool named = false;        // has a proper name (not only a description such as "seven hackers")
};

// A trigger with its roles: "the UK [sanctioned] two people" -> agents {UK}, patients {...}.
struct Predicate {
  size_t sentence = 0;
  size_t trigger = 0;         // token index
  std::string relation;       // "sanctioned", "accused" ...
  std::vector<int> agents;    // entities
  std::vector<int> patients;  // entities
  EdgeStatus status = EdgeStatus::Asserted;
  double confidence = 1.0;
  std::string how;  // how the roles were found, for --explain
};

struct Document {
  std::string name;      // file name
  std::string original;  // the article's bytes as received
  // Where the article comes from, when it says so (ArticleMetadata): the address on a line of
  // its own near the top, and the government that publishes under that address, as a country
  // or organisation name ("United States" for "https://www.example.gov/...").
  std::string source_url;
  std::string publisher_government;
  // The place a news dateline opens the story with, as written ("WARSAW", "KANSAS CITY, Kan."),
  // or empty (DocumentBuilder drops the dateline itself from the text).
  std::string dateline;
  // What the article says of itself (ArticleMetadata): title, outlet, address, publication date
  // (YYYY-MM-DD) and byline, from HTML meta tags and JSON-LD or from the text's conventions.
  ArticleInfo info;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // ordered by (sentence, first_token)
  std::vector<Entity> entities;
  std::vector<Predicate> predicates;
  // Per sentence, what the stages decided and why (filled when explaining).
  bool explain = false;
  std::vector<std::vector<std::string>> notes;

  void note(size_t sentence, std::string line) {
    if (!explain) return;
    if (notes.size() < sentences.size()) notes.resize(sentences.size());
    if (sentence < notes.size()) notes[sentence].push_back(std::move(line));
  }
};

}  // namespace kg

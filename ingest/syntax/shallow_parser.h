// ShallowParser: a deterministic dependency parser for news prose, written from English grammar
// rather than trained. It chunks tagged tokens into noun phrases and verb groups, then attaches
// them in passes: "of"-phrases, possessives and appositions inside noun phrases; participle and
// relative clauses on their nouns; coordinations; then each verb's subject (the nearest free
// noun phrase before it in its clause), object, prepositional phrases and clause complements
// ("said [they were behind ...]", "..., [officials] said"). Reads the tagged tokens and the name
// mentions (each name is one word to it); writes Token::head and Token::relation.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/document.h"

namespace kg {

class ShallowParser {
 public:
  // `speech_verbs`: lemmas of verbs of saying, which take a clause as complement and may follow
  // the clause they report ("..., officials said").
  // `naming_words`: forms that give a thing its name ("dubbed"), whose participle takes the name
  // as object ("a group dubbed X hacked Y": the group hacked).
  explicit ShallowParser(std::unordered_set<std::string> speech_verbs,
                         std::unordered_set<std::string> naming_words = {})
      : speech_verbs_(std::move(speech_verbs)), naming_words_(std::move(naming_words)) {}

  // Parses sentence `index` of the document.
  void parse(Document& document, size_t index) const;

 private:
  std::unordered_set<std::string> speech_verbs_;
  std::unordered_set<std::string> naming_words_;
};

// Helpers over a parsed sentence's tree, shared by the stages that read it.
struct SyntaxTree {
  explicit SyntaxTree(const Sentence& sentence);
  const Sentence& sentence;
  std::vector<std::vector<size_t>> children;  // per token, its dependents in order

  // Dependents of `head` with relation `relation`.
  std::vector<size_t> dependents(size_t head, Relation relation) const;
  // The first dependent with `relation`, or -1.
  int dependent(size_t head, Relation relation) const;
  // `token` and its conjuncts ("A, B and C" -> A, B, C).
  std::vector<size_t> withConjuncts(size_t token) const;
  // The first and last token of `token`'s subtree.
  std::pair<size_t, size_t> span(size_t token) const;
  // The head of `token`, or -1.
  int head(size_t token) const { return sentence.tokens[token].head; }
  Relation relation(size_t token) const { return sentence.tokens[token].relation; }
};

}  // namespace kg

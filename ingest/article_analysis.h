// ArticleAnalysis: the ingest's pipeline after the text stage. It runs the stages in order over
// one Document, each reading the layers before it and writing its own:
//   Tokenizer            sentences        -> tokens
//   NameRecognizer       tokens           -> name mentions
//   PartOfSpeechTagger   tokens, names    -> parts of speech, lemmas
//   ShallowParser        tagged tokens    -> dependency tree
//   PhraseRecognizer     tree             -> mentions of described actors, pronouns
//   Coreference          mentions         -> entities
//   RoleLabeler          tree, entities   -> predicates (relation, agents, patients, status)
// One instance per thread: it owns its lexicons and caches.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "ingest/document.h"

namespace kg {

class ArticleAnalysis {
 public:
  struct Options {
    std::string lexicon_dir;
    // A sentence longer than this gets its names but no grammar and no relations (a guard
    // against run-on text: a table or a list flattened into one "sentence").
    size_t max_parse_sentence_bytes = 1000;
  };

  // Loads every lexicon. Throws std::runtime_error naming a file that cannot be read.
  explicit ArticleAnalysis(Options options);
  ~ArticleAnalysis();
  ArticleAnalysis(const ArticleAnalysis&) = delete;
  ArticleAnalysis& operator=(const ArticleAnalysis&) = delete;

  // Runs every stage over the document's sentences.
  void run(Document& document) const;

  // Writes what `kg ingest --explain` shows: per sentence its tokens with their parts of
  // speech and heads, the mentions and what they resolved to, the predicates and the notes
  // the stages left; then the article's entities.
  static void explain(const Document& document, std::ostream& out);

 private:
  struct Stages;
  Options options_;
  std::unique_ptr<Stages> stages_;
};

}  // namespace kg

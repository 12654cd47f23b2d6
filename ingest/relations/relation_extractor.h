// RelationExtractor: the relation stage of the ingest. For each sentence of a kg::Document that
// holds a trigger word (relations.tsv) and at least two candidate actors, it parses the sentence
// with link-grammar (mentions folded into single placeholder words), finds the trigger's agent
// and patient (active, passive "by", participles, relative clauses, coordination, nominal
// "sanctions against X", reported speech "said X was behind"), decides the edge's status from
// negation and modality cues (modality.tsv) and its confidence from how it was found. Agentless
// facts take the article's implicit agent when the article plainly names one ("The UK sanctions").
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/document.h"

namespace kg {

struct RelationEdge {
  int subject = -1;  // index into Document::entities
  int object = -1;
  std::string relation;
  EdgeStatus status = EdgeStatus::Asserted;
  double confidence = 1.0;
  size_t sentence = 0;  // index into Document::sentences
  std::string trigger;  // the trigger word as written
  std::string how;      // how the arguments were found, for --explain
};

struct RelationResult {
  std::vector<RelationEdge> edges;  // one per (subject, relation, object, status, sentence)
  // Per sentence, the lines `kg ingest --explain` prints: triggers, parse links used, edges made
  // and candidates rejected with the reason. Filled only when asked for.
  std::vector<std::vector<std::string>> explanations;
  size_t parsed_sentences = 0;  // sentences given to the parser
};

class RelationExtractor {
 public:
  struct Options {
    std::string lexicon_dir;     // where relations.tsv, modality.tsv, relation_cues.tsv live
    bool use_parser = true;      // false: only the word-order fallback rules
    int parse_timeout_ms = 200;  // per sentence
    size_t max_parse_sentence_bytes = 1000;
  };

  // Loads the lexicons and the parser dictionary once. Throws std::runtime_error naming the file
  // when a lexicon cannot be read, or when the dictionary cannot be loaded.
  explicit RelationExtractor(Options options);
  ~RelationExtractor();
  RelationExtractor(const RelationExtractor&) = delete;
  RelationExtractor& operator=(const RelationExtractor&) = delete;

  // Finds the typed edges the document states. Needs document.mentions and entities filled by
  // the entity stage. Thread-compatible: one extractor per thread.
  RelationResult extract(const Document& document, bool explain = false) const;

  // Writes the explanation lines of sentence `index` (indented), if any.
  static void explainSentence(const RelationResult& result, size_t index, std::ostream& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

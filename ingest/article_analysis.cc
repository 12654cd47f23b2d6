#include "ingest/article_analysis.h"

#include <unordered_set>

#include "ingest/entities/coreference.h"
#include "ingest/entities/entity_lexicon.h"
#include "ingest/entities/name_recognizer.h"
#include "ingest/entities/noun_classes.h"
#include "ingest/entities/phrase_recognizer.h"
#include "ingest/relations/role_labeler.h"
#include "ingest/syntax/part_of_speech_tagger.h"
#include "ingest/syntax/shallow_parser.h"
#include "ingest/syntax/synonym_normaliser.h"
#include "ingest/syntax/word_classes.h"
#include "ingest/text/article_metadata.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text/tokenizer.h"

namespace kg {
namespace {

std::unordered_set<std::string> loadAbbreviations(const std::string& dir) {
  std::unordered_set<std::string> words;
  for (const LexiconRow& row : readLexiconTable(dir + "/abbreviations.tsv"))
    if (row.fields.size() > 1 && row.fields[1] != "initials") words.insert(row.fields[0]);
  return words;
}

}  // namespace

struct ArticleAnalysis::Stages {
  explicit Stages(const Options& options)
      : metadata(options.lexicon_dir),
        tokenizer(loadAbbreviations(options.lexicon_dir)),
        classes(options.lexicon_dir),
        entity_lexicon(EntityLexicon::load(options.lexicon_dir, tokenizer)),
        synonyms(options.lexicon_dir),
        names(entity_lexicon, classes, &synonyms),
        // (relation_cues.tsv's verbs of saying and naming, read once with the entity lexicon.)
        tagger(classes, entity_lexicon.speech_verbs, entity_lexicon.naming_words),
        parser(entity_lexicon.speech_verbs, entity_lexicon.naming_words),
        noun_classes(options.lexicon_dir),
        phrases(entity_lexicon, noun_classes),
        coreference(entity_lexicon),
        roles(options.lexicon_dir) {}
  ArticleMetadata metadata;
  Tokenizer tokenizer;
  WordClasses classes;
  EntityLexicon entity_lexicon;
  SynonymNormaliser synonyms;
  NameRecognizer names;
  PartOfSpeechTagger tagger;
  ShallowParser parser;
  NounClasses noun_classes;
  PhraseRecognizer phrases;
  Coreference coreference;
  RoleLabeler roles;
};

ArticleAnalysis::ArticleAnalysis(Options options)
    : options_(options), stages_(std::make_unique<Stages>(options)) {}
ArticleAnalysis::~ArticleAnalysis() = default;

void ArticleAnalysis::run(Document& document) const {
  if (document.explain) document.notes.assign(document.sentences.size(), {});
  stages_->metadata.run(document);
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    Sentence& sentence = document.sentences[s];
    sentence.headline = sentence.line == 1;
    stages_->tokenizer.run(sentence);
    size_t first_mention = document.mentions.size();
    stages_->names.run(document, s);
    std::vector<std::pair<size_t, size_t>> names;
    for (size_t m = first_mention; m < document.mentions.size(); ++m)
      names.emplace_back(document.mentions[m].first_token, document.mentions[m].last_token);
    if (sentence.text.size() > options_.max_parse_sentence_bytes) {
      document.note(s, "  (not analysed: longer than " +
                           std::to_string(options_.max_parse_sentence_bytes) + " bytes)");
      continue;
    }
    stages_->tagger.tag(sentence, names);
    stages_->synonyms.run(sentence);
    stages_->parser.parse(document, s);
    stages_->phrases.run(document, s);
  }
  stages_->coreference.run(document);
  stages_->roles.run(document);
}

void ArticleAnalysis::explain(const Document& document, std::ostream& out) {
  out << "article " << document.name << ": " << document.sentences.size() << " sentences, "
      << document.entities.size() << " actors\n";
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    out << "sentence " << s + 1 << " (line " << sentence.line << "): " << sentence.text << '\n';
    out << "  tree:";
    for (size_t t = 0; t < sentence.tokens.size(); ++t) {
      const Token& token = sentence.tokens[t];
      out << ' ' << t << ':' << token.text << '/' << partOfSpeechName(token.pos);
      if (token.form == VerbForm::Past)
        out << "-ed";
      else if (token.form == VerbForm::PastParticiple)
        out << "-en";
      else if (token.form == VerbForm::Gerund)
        out << "-ing";
      else if (token.form == VerbForm::Present)
        out << "-s";
      if (!token.synonym_of.empty()) out << "=" << token.lemma;
      if (token.head >= 0)
        out << "<-" << relationName(token.relation) << ':' << token.head;
      else
        out << "<-root";
    }
    out << '\n';
    for (const Mention& mention : document.mentions) {
      if (mention.sentence != s) continue;
      out << "  mention \"" << mention.surface << "\" " << mentionKindName(mention.kind) << ' '
          << actorTypeName(mention.type);
      if (mention.entity >= 0) out << " -> " << document.entities[mention.entity].name;
      for (int member : mention.group) out << " -> " << document.entities[member].name;
      out << " (" << mention.reason << ")\n";
    }
    if (s < document.notes.size())
      for (const std::string& line : document.notes[s]) out << "  " << line << '\n';
  }
  for (const Entity& entity : document.entities) {
    out << "actor " << entity.name << " (" << actorTypeName(entity.type) << ")";
    for (size_t a = 0; a < entity.aliases.size(); ++a)
      out << (a ? ", " : " aka ") << entity.aliases[a];
    for (size_t m = 0; m < entity.members.size(); ++m)
      if (entity.members[m] >= 0 && entity.members[m] < static_cast<int>(document.entities.size()))
        out << (m ? ", " : "; members ") << document.entities[entity.members[m]].name;
    out << '\n';
  }
}

}  // namespace kg

#include "ingest/ingestor.h"

#include "ingest/entities/entity_recognizer.h"
#include "ingest/relations/relation_extractor.h"
#include "ingest/text/document_builder.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text_decoder.h"

namespace kg {

// The stages, loaded once: text (sentences), entities (resolved mentions), relations (edges).
struct Ingestor::State {
  std::string lexicon_dir;
  std::shared_ptr<const TextLexicons> text_lexicons;
  std::unique_ptr<EntityRecognizer> entity_recognizer;
  std::unique_ptr<RelationExtractor> relation_extractor;
};

Ingestor::Ingestor(IngestOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>()) {
  state_->lexicon_dir = resolveLexiconDir(options_.lexicon_dir);
  try {
    state_->text_lexicons = TextLexicons::load(state_->lexicon_dir);
    state_->entity_recognizer = std::make_unique<EntityRecognizer>(state_->lexicon_dir);
    state_->relation_extractor = std::make_unique<RelationExtractor>(
        RelationExtractor::Options{state_->lexicon_dir, options_.use_parser,
                                   options_.parse_timeout_ms, options_.max_parse_sentence_bytes});
  } catch (const std::runtime_error& error) {
    throw IngestError(error.what());
  }
}
Ingestor::~Ingestor() = default;

ArticleFacts Ingestor::extract(std::string_view name, std::string_view bytes,
                               std::ostream* explain) {
  if (bytes.size() > options_.max_article_bytes)
    throw IngestError("article is larger than the limit");
  // The single decoding point: refuses binary data, and hands the stages valid UTF-8 whatever
  // the input's encoding. Offsets into decoded.text map back with decoded.originalOffset().
  DecodeOptions decode_options;
  if (auto encoding = parseTextEncoding(options_.encoding)) decode_options.encoding = *encoding;
  DecodedText decoded = decodeArticleBytes(bytes, decode_options);
  ArticleFacts facts;
  facts.name = std::string(name);
  facts.content_hash = contentHash(bytes);
  facts.bytes = static_cast<int64_t>(bytes.size());
  facts.notes = decoded.notes;

  // Text and entity stages: sentences with offsets into the original bytes, resolved actors.
  Document document = buildDocument(name, decoded.text, *state_->text_lexicons);
  document.original = std::string(bytes);
  if (!decoded.offsetsAreOriginal()) {
    for (Sentence& sentence : document.sentences) {
      sentence.start = static_cast<int64_t>(decoded.originalOffset(sentence.start));
      sentence.end = static_cast<int64_t>(decoded.originalOffset(sentence.end));
    }
  }
  // A "sentence" of many kilobytes is a scraped blob without sentence ends: it is counted but
  // not analysed, so one such line cannot stall the ingest (20 MB took minutes).
  constexpr size_t kMaxAnalysedSentenceBytes = 8192;
  for (Sentence& sentence : document.sentences)
    if (sentence.text.size() > kMaxAnalysedSentenceBytes) sentence.text.clear();
  state_->entity_recognizer->annotate(document);
  facts.sentences = static_cast<int64_t>(document.sentences.size());
  for (const Entity& entity : document.entities) {
    facts.actors.push_back(ActorFact{entity.name, entity.type, entity.aliases});
  }
  // Relation stage: typed edges between those actors (actor i is document entity i).
  RelationResult relations = state_->relation_extractor->extract(document, explain != nullptr);
  for (const RelationEdge& edge : relations.edges) {
    const Sentence& sentence = document.sentences[edge.sentence];
    facts.edges.push_back(EdgeFact{static_cast<size_t>(edge.subject),
                                   static_cast<size_t>(edge.object), edge.relation, edge.status,
                                   edge.confidence, sentence.text, sentence.start, sentence.end});
  }

  if (explain) {
    *explain << "article " << name << ": " << document.sentences.size() << " sentences, "
             << document.entities.size() << " actors\n";
    for (size_t i = 0; i < document.sentences.size(); ++i) {
      EntityRecognizer::explainSentence(document, i, *explain);
      // Later stages add their explanation lines for sentence i here.
      RelationExtractor::explainSentence(relations, i, *explain);
    }
    for (const Entity& entity : document.entities) {
      *explain << "actor " << entity.name << " (" << actorTypeName(entity.type) << ")";
      for (size_t a = 0; a < entity.aliases.size(); ++a)
        *explain << (a ? ", " : " aka ") << entity.aliases[a];
      *explain << '\n';
    }
  }
  return facts;
}

}  // namespace kg

#include "ingest/ingestor.h"

#include <optional>

#include "ingest/article_analysis.h"
#include "ingest/text/document_builder.h"
#include "ingest/text/event_dates.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text_decoder.h"

namespace kg {

// The stages, loaded once: the text stage (sentences) and the analysis pipeline (tokens to
// edges).
struct Ingestor::State {
  std::string lexicon_dir;
  std::shared_ptr<const TextLexicons> text_lexicons;
  std::unique_ptr<ArticleAnalysis> analysis;
  std::unique_ptr<EventDates> event_dates;
};

Ingestor::Ingestor(IngestOptions options)
    : options_(std::move(options)), state_(std::make_unique<State>()) {
  state_->lexicon_dir = resolveLexiconDir(options_.lexicon_dir);
  try {
    state_->text_lexicons = TextLexicons::load(state_->lexicon_dir);
    ArticleAnalysis::Options analysis_options;
    analysis_options.lexicon_dir = state_->lexicon_dir;
    analysis_options.max_parse_sentence_bytes = options_.max_parse_sentence_bytes;
    state_->analysis = std::make_unique<ArticleAnalysis>(analysis_options);
    state_->event_dates = std::make_unique<EventDates>(state_->lexicon_dir);
  } catch (const std::runtime_error& error) {
    throw IngestError(error.what());
  }
}
Ingestor::~Ingestor() = default;

void Ingestor::dateEvents(ArticleFacts& facts) const {
  for (EdgeFact& edge : facts.edges)
    edge.event_date = edge.event_words.empty()
                          ? std::string()
                          : state_->event_dates->resolve(edge.event_words, facts.info.published);
}

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

  // Text stage: sentences with offsets into the original bytes.
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
  document.explain = explain != nullptr;
  facts.sentences = static_cast<int64_t>(document.sentences.size());

  // Tokens, names, parts of speech, syntax, actors, coreference, roles, edges.
  state_->analysis->run(document);

  facts.info = document.info;
  for (const Entity& entity : document.entities)
    facts.actors.push_back(ActorFact{entity.name, entity.type, entity.aliases});
  // Date phrases per sentence, found once for all its edges.
  std::vector<std::optional<std::vector<EventDates::Found>>> date_phrases(
      document.sentences.size());
  for (const Predicate& predicate : document.predicates) {
    const Sentence& sentence = document.sentences[predicate.sentence];
    auto& phrases = date_phrases[predicate.sentence];
    if (!phrases) phrases = state_->event_dates->findAll(sentence.text);
    // The date phrase nearest the word that states the edge: "on Monday, X accused Y of an
    // attack in 2021" dates the accusation Monday and the attack 2021.
    size_t at =
        predicate.trigger < sentence.tokens.size() ? sentence.tokens[predicate.trigger].begin : 0;
    std::string words = EventDates::nearest(*phrases, at);
    for (int agent : predicate.agents)
      for (int patient : predicate.patients) {
        if (agent == patient || agent < 0 || patient < 0) continue;
        facts.edges.push_back(EdgeFact{static_cast<size_t>(agent), static_cast<size_t>(patient),
                                       predicate.relation, predicate.status, predicate.confidence,
                                       sentence.text, sentence.start, sentence.end, words, ""});
      }
  }
  dateEvents(facts);
  if (explain) ArticleAnalysis::explain(document, *explain);
  return facts;
}

}  // namespace kg

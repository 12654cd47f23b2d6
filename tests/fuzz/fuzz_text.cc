// libFuzzer target: the text pipeline without the parser - decoding (decodeArticleBytes), chrome
// stripping, sentence splitting, entities and relation patterns (Ingestor::extract). Refusals
// (IngestError) are expected; anything else, and facts that point outside the article, are
// findings.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/ingestor.h"
#include "ingest/text_decoder.h"

namespace kg::fuzz {

inline bool validUtf8(std::string_view text) {
  try {
    DecodeOptions strict;
    strict.encoding = TextEncoding::Utf8;
    strict.max_control_ratio = 1.0;
    return decodeArticleBytes(text, strict).invalid_sequences == 0;
  } catch (const InputRefused&) {
    return true;  // empty or NUL: not an encoding problem
  }
}

inline int textOneInput(const uint8_t* data, size_t size) {
  static Ingestor* ingestor = new Ingestor(IngestOptions{});
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    DecodedText decoded = decodeArticleBytes(bytes);
    if (!validUtf8(decoded.text)) __builtin_trap();  // the decoder must give valid UTF-8
    size_t previous = 0;
    for (size_t offset = 0; offset <= decoded.text.size(); offset += 7) {
      size_t original = decoded.originalOffset(offset);
      if (original > size || original < previous) __builtin_trap();  // offsets map in order
      previous = original;
    }
  } catch (const InputRefused&) {
  }
  try {
    ArticleFacts facts = ingestor->extract("fuzz.txt", bytes);
    for (const EdgeFact& edge : facts.edges) {
      if (edge.subject >= facts.actors.size() || edge.object >= facts.actors.size())
        __builtin_trap();
      if (edge.start < 0 || edge.start > edge.end || edge.end > static_cast<int64_t>(size))
        __builtin_trap();
      if (!validUtf8(edge.sentence)) __builtin_trap();
    }
    for (const ActorFact& actor : facts.actors)
      if (actor.name.empty() || !validUtf8(actor.name)) __builtin_trap();
  } catch (const IngestError&) {
  }
  return 0;
}

}  // namespace kg::fuzz

#ifndef KG_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return kg::fuzz::textOneInput(data, size);
}
#endif

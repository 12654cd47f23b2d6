// The text stage of the ingest: article bytes (UTF-8 plain text or HTML) -> kg::Document with
// page chrome removed and prose split into sentences whose offsets and line numbers point into
// the original bytes. The entity stage (ingest/entities/) then fills mentions and entities.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "ingest/document.h"

namespace kg {

// The word lists the text stage needs (abbreviations, chrome patterns, function words for
// re-splitting glued words, known names), loaded once from the lexicon directory.
class TextLexicons {
 public:
  // Loads abbreviations.tsv, chrome_patterns.tsv, function_words.tsv and countries.tsv from
  // `lexicon_dir`. Throws std::runtime_error naming the file when one cannot be read.
  static std::shared_ptr<const TextLexicons> load(const std::string& lexicon_dir);

  struct Data;
  explicit TextLexicons(std::unique_ptr<Data> data);
  ~TextLexicons();
  const Data& data() const { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

// Turns one article into sentences. `name` is stored as Document::name and `bytes` as
// Document::original. HTML (detected by its tags) is stripped of tags, scripts and styles with
// entities decoded and block elements kept as paragraph breaks. Never throws on odd text.
Document buildDocument(std::string_view name, std::string_view bytes, const TextLexicons& lexicons);

// The single place where article bytes become UTF-8 text for the text stage. Returns the offset
// of the first text byte (3 after a UTF-8 byte order mark, else 0); the text is bytes[offset..].
size_t textStartOffset(std::string_view bytes);

}  // namespace kg

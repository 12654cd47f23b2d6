#include "ingest/relations/link_grammar_parser.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace kg {
namespace {

// Link-grammar reports through an error handler of the calling thread (its error state is per
// thread); keep its chatter off the terminal on every thread that loads a dictionary or parses.
void silenceLibrary() {
  thread_local bool silenced = false;
  if (silenced) return;
  lg_error_set_handler([](lg_errinfo*, void*) {}, nullptr);
  silenced = true;
}

}  // namespace

struct LinkGrammarParser::Library {
  Dictionary dictionary = nullptr;
  Parse_Options options = nullptr;
  ~Library() {
    if (options) parse_options_delete(options);
    if (dictionary) dictionary_delete(dictionary);
  }
};

LinkGrammarParser::LinkGrammarParser(Options options)
    : options_(std::move(options)), library_(std::make_unique<Library>()) {
  silenceLibrary();
  library_->dictionary = dictionary_create_lang(options_.dictionary.c_str());
  if (!library_->dictionary)
    throw std::runtime_error("cannot load the link-grammar dictionary '" + options_.dictionary +
                             "'");
  Parse_Options parse_options = parse_options_create();
  library_->options = parse_options;
  parse_options_set_verbosity(parse_options, 0);
  parse_options_set_linkage_limit(parse_options, 64);
  parse_options_set_spell_guess(parse_options, 0);
  parse_options_set_islands_ok(parse_options, false);
  parse_options_set_repeatable_rand(parse_options, true);
  int seconds = std::max(1, (options_.timeout_ms + 999) / 1000);
  parse_options_set_max_parse_time(parse_options, seconds);
}

LinkGrammarParser::~LinkGrammarParser() = default;

ParsedSentence LinkGrammarParser::parse(std::string_view text, int max_null_words) const {
  ParsedSentence result;
  if (text.size() > options_.max_bytes) {
    result.failure = "longer than " + std::to_string(options_.max_bytes) + " bytes";
    return result;
  }
  silenceLibrary();  // parse() may run on another thread than the constructor
  std::string input(text);
  Parse_Options parse_options = library_->options;
  Sentence sentence = sentence_create(input.c_str(), library_->dictionary);
  if (!sentence) {
    result.failure = "the parser could not read the sentence";
    return result;
  }
  if (sentence_split(sentence, parse_options) < 0) {
    sentence_delete(sentence);
    result.failure = "the parser could not split the sentence";
    return result;
  }
  if (static_cast<size_t>(sentence_length(sentence)) > options_.max_words + 2) {
    sentence_delete(sentence);
    result.failure = "more than " + std::to_string(options_.max_words) + " words";
    return result;
  }
  parse_options_reset_resources(parse_options);
  parse_options_set_min_null_count(parse_options, 0);
  parse_options_set_max_null_count(parse_options, 0);
  int linkages = sentence_parse(sentence, parse_options);
  if (linkages <= 0 && !parse_options_resources_exhausted(parse_options) && max_null_words > 0) {
    parse_options_set_min_null_count(parse_options, 1);
    parse_options_set_max_null_count(parse_options, max_null_words);
    linkages = sentence_parse(sentence, parse_options);
  }
  if (linkages <= 0) {
    result.failure =
        parse_options_resources_exhausted(parse_options) ? "parse timed out" : "no linkage";
    sentence_delete(sentence);
    return result;
  }
  Linkage linkage = linkage_create(0, sentence, parse_options);
  if (!linkage) {
    sentence_delete(sentence);
    result.failure = "no linkage";
    return result;
  }
  result.parsed = true;
  result.null_words = sentence_null_count(sentence);
  size_t word_count = linkage_get_num_words(linkage);
  result.words.reserve(word_count);
  for (size_t i = 0; i < word_count; ++i) {
    ParsedWord word;
    word.text = linkage_get_word(linkage, i);
    word.wall = word.text == "LEFT-WALL" || word.text == "RIGHT-WALL";
    if (!word.wall) {
      word.begin = linkage_get_word_byte_start(linkage, i);
      word.end = linkage_get_word_byte_end(linkage, i);
    }
    result.words.push_back(std::move(word));
  }
  size_t link_count = linkage_get_num_links(linkage);
  result.links.reserve(link_count);
  for (size_t i = 0; i < link_count; ++i) {
    ParsedLink link;
    link.left = linkage_get_link_lword(linkage, i);
    link.right = linkage_get_link_rword(linkage, i);
    link.label = linkage_get_link_label(linkage, i);
    result.links.push_back(std::move(link));
  }
  linkage_delete(linkage);
  sentence_delete(sentence);
  return result;
}

std::string_view linkType(std::string_view label) {
  size_t n = 0;
  while (n < label.size() && std::isupper(static_cast<unsigned char>(label[n]))) ++n;
  return label.substr(0, n);
}

std::string_view wordWithoutSubscript(std::string_view word) {
  // Unknown words carry a bracketed tag: "Dowden[!<CAPITALIZED-WORDS>]".
  size_t bracket = word.find('[');
  if (bracket != std::string_view::npos && bracket > 0) word = word.substr(0, bracket);
  size_t dot = word.rfind('.');
  if (dot != std::string_view::npos && dot > 0 && dot + 1 < word.size() &&
      std::islower(static_cast<unsigned char>(word[dot + 1])))
    return word.substr(0, dot);
  return word;
}

char wordSubscript(std::string_view word) {
  size_t bracket = word.find('[');
  if (bracket != std::string_view::npos) return 0;
  size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= word.size()) return 0;
  char letter = word[dot + 1];
  return std::islower(static_cast<unsigned char>(letter)) ? letter : 0;
}

}  // namespace kg

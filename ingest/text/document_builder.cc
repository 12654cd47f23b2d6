#include "ingest/text/document_builder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>
#include <unordered_set>

#include "ingest/text/lexicon_table.h"
#include "ingest/text/mapped_text.h"
#include "ingest/text/word_dictionary.h"

namespace kg {

struct ChromePattern {
  enum class Kind { Line, Start, Prefix } kind = Kind::Line;
  std::regex pattern;
};

struct TextLexicons::Data {
  std::map<std::string, std::string> abbreviations;  // "Mr" -> "title"
  std::vector<ChromePattern> chrome;
  std::vector<std::string> glue_words;                // longest first
  std::unordered_set<std::string> sentence_starters;  // lower case
  std::unordered_set<std::string> known_names;        // countries, capitals, months ...
  std::unordered_set<std::string> known_name_parts;   // each word of a multi-word known name
  std::unordered_set<std::string> bullet_marks;       // "•": a line they open is its own
};

namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isAlpha(char c) { return isUpper(c) || isLower(c); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\n'; }

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

bool hasField(const LexiconRow& row, size_t index) {
  return row.fields.size() > index && !row.fields[index].empty();
}

}  // namespace

TextLexicons::TextLexicons(std::unique_ptr<Data> data) : data_(std::move(data)) {}
TextLexicons::~TextLexicons() = default;

std::shared_ptr<const TextLexicons> TextLexicons::load(const std::string& lexicon_dir) {
  auto data = std::make_unique<Data>();
  const std::string dir = lexicon_dir + "/";
  for (const auto& row : readLexiconTable(dir + "abbreviations.tsv")) {
    if (hasField(row, 1)) data->abbreviations[row.fields[0]] = row.fields[1];
  }
  for (const auto& row : readLexiconTable(dir + "chrome_patterns.tsv")) {
    if (!hasField(row, 2)) continue;
    ChromePattern chrome;
    chrome.kind = row.fields[0] == "start"    ? ChromePattern::Kind::Start
                  : row.fields[0] == "prefix" ? ChromePattern::Kind::Prefix
                                              : ChromePattern::Kind::Line;
    auto flags = std::regex::ECMAScript | std::regex::optimize;
    if (row.fields[1] == "i") flags |= std::regex::icase;
    try {
      chrome.pattern = std::regex(row.fields[2], flags);
    } catch (const std::regex_error& error) {
      throw std::runtime_error(dir + "chrome_patterns.tsv:" + std::to_string(row.line) +
                               ": bad regular expression: " + error.what());
    }
    data->chrome.push_back(std::move(chrome));
  }
  for (const auto& row : readLexiconTable(dir + "function_words.tsv")) {
    if (!hasField(row, 1)) continue;
    for (const auto& use : splitAlternatives(row.fields[1])) {
      if (use == "glue") data->glue_words.push_back(row.fields[0]);
      if (use == "starter") data->sentence_starters.insert(row.fields[0]);
    }
  }
  std::sort(data->glue_words.begin(), data->glue_words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& row : readLexiconTable(dir + "countries.tsv")) {
    for (size_t column = 0; column < row.fields.size(); ++column) {
      for (const auto& name : splitAlternatives(row.fields[column])) {
        data->known_names.insert(name);
        if (name.find(' ') == std::string::npos) continue;
        size_t start = 0;
        while (start < name.size()) {
          size_t space = name.find(' ', start);
          if (space == std::string::npos) space = name.size();
          data->known_name_parts.insert(name.substr(start, space - start));
          start = space + 1;
        }
      }
    }
  }
  // (relation_cues.tsv's bullet marks: the relation stage reads a list from such lines.)
  for (const auto& row : readLexiconTable(dir + "relation_cues.tsv"))
    if (hasField(row, 1) && row.fields[1] == "bullet") data->bullet_marks.insert(row.fields[0]);
  for (const auto& row : readLexiconTable(dir + "non_entities.tsv")) {
    if (hasField(row, 1) && row.fields[1] == "time") data->known_names.insert(row.fields[0]);
  }
  return std::make_shared<const TextLexicons>(std::move(data));
}

size_t textStartOffset(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

namespace {

// Whether a line (or paragraph) opens with a bullet mark and a space: "• A - head of X".
bool opensListItem(std::string_view line, const std::unordered_set<std::string>& bullet_marks) {
  size_t mark_end = line.find(' ');
  return mark_end != std::string_view::npos &&
         bullet_marks.count(std::string(line.substr(0, mark_end))) > 0;
}

// Cuts the normalised text into paragraphs: blank lines always separate; a single line break
// joins hard-wrapped prose (a long line) and separates short lines (headlines, bylines); a line
// a bullet mark opens ("• A - head of X") is a list item of its own.
std::vector<MappedText> splitParagraphs(const MappedText& text,
                                        const std::unordered_set<std::string>& bullet_marks) {
  std::vector<MappedText> paragraphs;
  MappedText current;
  size_t previous_line_length = 0;
  bool list_open = false;    // the previous line was a list item
  char previous_end = '\0';  // the last character of the previous line with text
  size_t i = 0;
  auto flush = [&] {
    // Collapse white space and trim.
    MappedText collapsed;
    for (size_t k = 0; k < current.size(); ++k) {
      char c = current.text[k];
      if (c == ' ' || c == '\n') {
        if (collapsed.size() == 0 || collapsed.text.back() == ' ') continue;
        collapsed.append(" ", current.begin[k], current.end[k]);
      } else {
        collapsed.appendFrom(current, k);
      }
    }
    while (collapsed.size() > 0 && collapsed.text.back() == ' ') {
      collapsed.text.pop_back();
      collapsed.begin.pop_back();
      collapsed.end.pop_back();
    }
    if (collapsed.size() > 0) paragraphs.push_back(std::move(collapsed));
    current = MappedText{};
  };
  while (i <= text.size()) {
    size_t line_end = text.text.find('\n', i);
    if (line_end == std::string::npos) line_end = text.size();
    size_t first = i;
    while (first < line_end && text.text[first] == ' ') ++first;
    size_t length = line_end - first;
    if (length == 0) {
      flush();
      previous_line_length = 0;
    } else {
      char last = current.size() ? current.text.back() : '\0';
      // A web address on a line of its own (a source line under a headline) is never part of
      // the prose around it.
      std::string_view line(text.text.data() + first, length);
      bool address = line.rfind("http://", 0) == 0 || line.rfind("https://", 0) == 0 ||
                     line.rfind("www.", 0) == 0;
      // (Only in a list: after a line that ends with a colon, or after another item; a wrapped
      // line may well start with a dash.)
      bool bullet = opensListItem(line, bullet_marks) && (list_open || previous_end == ':');
      list_open = bullet;
      previous_end = line.back();
      bool continues = previous_line_length >= 50 && last != '.' && last != '!' && last != '?' &&
                       last != '"' && last != ':' && !address && !bullet &&
                       previous_line_length != SIZE_MAX;
      if (current.size() && !continues) flush();
      if (current.size()) current.append(" ", text.begin[first], text.begin[first]);
      for (size_t k = first; k < line_end; ++k) current.appendFrom(text, k);
      previous_line_length = address ? SIZE_MAX : length;
    }
    i = line_end + 1;
  }
  flush();
  return paragraphs;
}

size_t wordCount(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    bool word_char = !isSpace(c);
    if (word_char && !in_word) ++count;
    in_word = word_char;
  }
  return count;
}

bool endsLikeProse(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == '"' || text[end - 1] == '\'' || text[end - 1] == ')')) --end;
  if (end == 0) return false;
  char last = text[end - 1];
  return last == '.' || last == '!' || last == '?' || last == ':';
}

bool hasInflectedVerb(std::string_view text) {
  WordDictionary& dictionary = WordDictionary::instance();
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !isAlpha(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && (isAlpha(text[i]) || text[i] == '\'')) ++i;
    if (i > start && isLower(text[start]) &&
        dictionary.isInflectedVerb(text.substr(start, i - start)))
      return true;
  }
  return false;
}

// Whether a lower-case word after the first is a verb's base form that follows a capitalised
// word or a plural noun: "Gondor, Arnor sanction seven men", "Hackers target X" (a headline's
// present tense with a plural subject).
bool hasVerbAfterName(std::string_view text) {
  WordDictionary& dictionary = WordDictionary::instance();
  size_t i = 0;
  bool name_before = false;
  while (i < text.size()) {
    while (i < text.size() && !isAlpha(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && (isAlpha(text[i]) || text[i] == '\'')) ++i;
    if (i == start) break;
    std::string_view word = text.substr(start, i - start);
    if (isUpper(text[start])) {
      name_before = true;
      continue;
    }
    if (name_before && dictionary.senses(word).verb && dictionary.senses(word).verb_lemma == word)
      return true;
    // ("Hackers target X": after a plural noun too.)
    // (A plural noun: WordNet gives it a base form other than itself.)
    name_before = !dictionary.nounBaseForms(word).empty();
  }
  return false;
}

// Returns how many leading bytes to drop (a dateline), or npos when the paragraph is chrome.
// Chrome lines are short: patterns only ever see a paragraph's first kChromeScanBytes, because
// libstdc++'s regex recurses once per character and a megabyte-long paragraph overflows the stack.
constexpr size_t kChromeScanBytes = 512;

size_t chromeCut(const std::string& paragraph, const TextLexicons::Data& lexicons,
                 bool first_paragraph) {
  size_t cut = 0;
  const bool short_paragraph = paragraph.size() <= kChromeScanBytes;
  const std::string head = paragraph.substr(0, kChromeScanBytes);
  for (const auto& chrome : lexicons.chrome) {
    std::smatch match;
    switch (chrome.kind) {
      case ChromePattern::Kind::Line:
        if (short_paragraph && std::regex_match(head, chrome.pattern)) return std::string::npos;
        break;
      case ChromePattern::Kind::Start:
        if (std::regex_search(head, match, chrome.pattern, std::regex_constants::match_continuous))
          return std::string::npos;
        break;
      case ChromePattern::Kind::Prefix:
        if (cut == 0 &&
            std::regex_search(head, match, chrome.pattern, std::regex_constants::match_continuous))
          cut = static_cast<size_t>(match.length(0));
        break;
    }
  }
  std::string_view rest = std::string_view(paragraph).substr(cut);
  if (std::none_of(rest.begin(), rest.end(), isAlpha)) return std::string::npos;
  if (!endsLikeProse(rest)) {
    size_t words = wordCount(rest);
    if (words <= 3) return std::string::npos;
    // The first line may be a headline in the present tense ("Gondor, Arnor sanction men").
    if (words <= 12 && !hasInflectedVerb(rest) &&
        !(first_paragraph && words >= 4 && hasVerbAfterName(rest)))
      return std::string::npos;
  }
  return cut;
}

// Re-inserts the space a scraper dropped between a name and a function word: "Chinawhich".
MappedText splitGluedWords(const MappedText& text, const TextLexicons::Data& lexicons) {
  MappedText out;
  WordDictionary& dictionary = WordDictionary::instance();
  size_t i = 0;
  while (i < text.size()) {
    if (!isUpper(text.text[i]) || (i > 0 && isAlpha(text.text[i - 1]))) {
      out.appendFrom(text, i++);
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && isLower(text.text[end])) ++end;
    bool word_ends = end == text.size() || !(isAlpha(text.text[end]) || isDigit(text.text[end]) ||
                                             text.text[end] == '-' || text.text[end] == '\'');
    size_t split = 0;
    if (word_ends) {
      std::string word = text.text.substr(i, end - i);
      for (const auto& glue : lexicons.glue_words) {
        if (word.size() < glue.size() + 3 ||
            word.compare(word.size() - glue.size(), glue.size(), glue))
          continue;
        std::string left = word.substr(0, word.size() - glue.size());
        if (lexicons.known_names.count(word) || lexicons.known_name_parts.count(word) ||
            dictionary.isCommonWord(word))
          break;
        // After another capitalised word the word ends a name ("Marek Tolland"): only a known
        // name is split off there, not a dictionary word ("Toll").
        bool after_capital = i >= 2 && text.text[i - 1] == ' ' && isAlpha(text.text[i - 2]);
        if (after_capital) {
          size_t start = i - 2;
          while (start > 0 && isAlpha(text.text[start - 1])) --start;
          after_capital = isUpper(text.text[start]);
        }
        if (lexicons.known_names.count(left) || (!after_capital && dictionary.isCommonWord(left))) {
          split = left.size();
          break;
        }
      }
    }
    for (size_t k = i; k < end; ++k) {
      if (split && k == i + split) out.append(" ", text.begin[k], text.begin[k]);
      out.appendFrom(text, k);
    }
    i = end;
  }
  return out;
}

bool isClosingPunctuation(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// Whether the '.' at `dot` (preceded by a word) ends a sentence, given the next word.
bool periodEndsSentence(const std::string& text, size_t dot, size_t next_word,
                        const TextLexicons::Data& lexicons) {
  size_t start = dot;
  while (start > 0 && (isAlpha(text[start - 1]) || text[start - 1] == '.')) --start;
  std::string token = text.substr(start, dot - start);
  if (token.empty()) return true;
  if (token.size() == 1 && isUpper(token[0])) return false;  // an initial: "John F. Kennedy"
  size_t word_end = next_word;
  while (word_end < text.size() && isAlpha(text[word_end])) ++word_end;
  std::string next = lowerAscii(text.substr(next_word, word_end - next_word));
  auto it = lexicons.abbreviations.find(token);
  if (it == lexicons.abbreviations.end() && !token.empty()) {
    std::string capitalised = token;
    capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
    it = lexicons.abbreviations.find(capitalised);
  }
  if (it == lexicons.abbreviations.end()) {
    // Unknown dotted initials ("N.Z.") behave like known ones.
    if (token.find('.') != std::string::npos) return lexicons.sentence_starters.count(next) > 0;
    return true;
  }
  const std::string& kind = it->second;
  if (kind == "title" || kind == "other") return false;
  if (kind == "month") return !(next_word < text.size() && isDigit(text[next_word]));
  return lexicons.sentence_starters.count(next) > 0;
}

// "critical of Minas.The director said": a scraper dropped the space after a period
// between a word of three or more letters and a capitalised word of three or more (not a web
// name such as "Gondor.Gd", nor dotted initials).
bool gluedSentences(const std::string& text, size_t dot, size_t next,
                    const TextLexicons::Data& lexicons) {
  if (text[dot] != '.' || dot + 1 != next) return false;
  size_t start = dot;
  while (start > 0 && isAlpha(text[start - 1])) --start;
  if (dot - start < 3 || (start > 0 && text[start - 1] == '.') || !isLower(text[dot - 1]))
    return false;
  // ("Gen.Jon Dale": a title or other abbreviation the lexicon knows keeps its name.)
  if (lexicons.abbreviations.count(text.substr(start, dot - start))) return false;
  size_t end = next;
  while (end < text.size() && isAlpha(text[end])) ++end;
  return end - next >= 3 && isUpper(text[next]) && (end == text.size() || text[end] == ' ');
}

// Byte ranges [begin, end) of the sentences of one paragraph.
std::vector<std::pair<size_t, size_t>> splitSentences(const std::string& text,
                                                      const TextLexicons::Data& lexicons) {
  std::vector<std::pair<size_t, size_t>> sentences;
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    size_t terminator = i;
    size_t end = i;
    while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?')) ++end;
    while (end < text.size() && isClosingPunctuation(text[end])) ++end;
    if (end < text.size() && text[end] != ' ' && gluedSentences(text, terminator, end, lexicons)) {
      sentences.emplace_back(start, end);
      start = end;
      i = end;
      continue;
    }
    if (end >= text.size() || text[end] != ' ') {
      i = end;
      continue;
    }
    size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size()) break;
    size_t first = next;
    while (first < text.size() && (text[first] == '"' || text[first] == '\'' || text[first] == '('))
      ++first;
    bool capital_next = first < text.size() && (isUpper(text[first]) || isDigit(text[first]));
    bool breaks = capital_next;
    bool single_period = c == '.' && (terminator + 1 >= text.size() || text[terminator + 1] != '.');
    if (breaks && single_period) breaks = periodEndsSentence(text, terminator, first, lexicons);
    if (breaks) {
      sentences.emplace_back(start, end);
      start = next;
    }
    i = next;
  }
  if (start < text.size()) sentences.emplace_back(start, text.size());
  return sentences;
}

std::vector<int64_t> lineStarts(std::string_view bytes) {
  std::vector<int64_t> starts{0};
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') starts.push_back(static_cast<int64_t>(i + 1));
  }
  return starts;
}

}  // namespace

Document buildDocument(std::string_view name, std::string_view bytes,
                       const TextLexicons& lexicons) {
  const TextLexicons::Data& data = lexicons.data();
  Document document;
  document.name = std::string(name);
  document.original = std::string(bytes);
  size_t offset = textStartOffset(bytes);
  std::string_view text = bytes.substr(offset);

  MappedText raw;
  if (looksLikeHtml(text)) {
    raw = stripHtml(text, static_cast<int64_t>(offset));
  } else {
    raw.text = std::string(text);
    raw.begin.resize(text.size());
    raw.end.resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      raw.begin[i] = static_cast<int64_t>(offset + i);
      raw.end[i] = static_cast<int64_t>(offset + i + 1);
    }
  }
  MappedText normalized = normalizeText(raw);
  std::vector<int64_t> starts = lineStarts(bytes);
  std::set<std::string> seen_paragraphs;

  bool first_paragraph = true;
  // Whether a list is open: after prose that ends with a colon ("Those listed are:"), lines a
  // bullet mark opens are its items, not page chrome.
  bool list_open = false;
  for (MappedText& paragraph : splitParagraphs(normalized, data.bullet_marks)) {
    if (!seen_paragraphs.insert(paragraph.text).second) continue;  // repeated headline
    size_t cut = chromeCut(paragraph.text, data, first_paragraph);
    first_paragraph = false;
    bool bullet = opensListItem(paragraph.text, data.bullet_marks);
    if (bullet && list_open && cut == std::string::npos) cut = 0;
    if (cut != std::string::npos) list_open = bullet || paragraph.text.back() == ':';
    // The dateline: a prefix cut from the story's first paragraph, or a line of its own in
    // capitals before it ("WARSAW").
    if (document.sentences.size() <= 1 && document.dateline.empty()) {
      if (cut != std::string::npos && cut > 0) {
        document.dateline = paragraph.text.substr(0, cut);
      } else if (cut == std::string::npos && paragraph.text.size() <= 40 &&
                 std::any_of(paragraph.text.begin(), paragraph.text.end(), isAlpha) &&
                 std::none_of(paragraph.text.begin(), paragraph.text.end(),
                              [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
        document.dateline = paragraph.text;
      }
    }
    if (cut == std::string::npos) continue;
    while (cut < paragraph.size() && paragraph.text[cut] == ' ') ++cut;
    MappedText body;
    for (size_t k = cut; k < paragraph.size(); ++k) body.appendFrom(paragraph, k);
    MappedText prose = splitGluedWords(body, data);
    for (auto [begin, end] : splitSentences(prose.text, data)) {
      while (end > begin && prose.text[end - 1] == ' ') --end;
      if (end <= begin) continue;
      Sentence sentence;
      sentence.text = prose.text.substr(begin, end - begin);
      sentence.start = prose.begin[begin];
      sentence.end = prose.end[end - 1];
      auto line = std::upper_bound(starts.begin(), starts.end(), sentence.start);
      sentence.line = static_cast<int>(line - starts.begin());
      document.sentences.push_back(std::move(sentence));
    }
  }
  return document;
}

}  // namespace kg

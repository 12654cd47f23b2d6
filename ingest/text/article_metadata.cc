#include "ingest/text/article_metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ingest/text/lexicon_table.h"
#include "ingest/text/mapped_text.h"

namespace kg {
namespace {

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

std::string trim(const std::string& text) {
  size_t first = 0, last = text.size();
  while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
  return text.substr(first, last - first);
}

// How far into a plain-text article its own metadata may stand (headline, address, byline,
// dateline).
constexpr int kHeaderLines = 10;
// Longest metadata value kept (a title, a byline); longer ones are page text, not metadata.
constexpr size_t kMaxValueBytes = 300;

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

bool validUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

// A metadata value as stored: entities decoded, whitespace collapsed, valid UTF-8, not too long.
std::string cleanValue(std::string_view raw) {
  std::string decoded;
  for (size_t i = 0; i < raw.size(); ++i) {
    size_t length = raw[i] == '&' ? decodeHtmlEntity(raw, i, decoded) : 0;
    if (length > 0)
      i += length - 1;
    else
      decoded += raw[i];
  }
  std::string result;
  for (char c : decoded) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (result.empty() || result.back() == ' ')) continue;
    result += space ? ' ' : c;
  }
  while (!result.empty() && result.back() == ' ') result.pop_back();
  if (result.size() > kMaxValueBytes || !validUtf8(result)) return "";
  return result;
}

// The attributes of the tag that starts at `at` ("<meta property=x content=y>"), names lower
// case; `end` is set past the tag's '>'.
std::map<std::string, std::string> tagAttributes(std::string_view html, size_t at, size_t& end) {
  std::map<std::string, std::string> attributes;
  size_t i = at + 1;
  while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '>')
    ++i;
  for (;;) {
    while (i < html.size() && (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/'))
      ++i;
    if (i >= html.size() || html[i] == '>') break;
    size_t name_start = i;
    while (i < html.size() && html[i] != '=' && html[i] != '>' &&
           !std::isspace(static_cast<unsigned char>(html[i])))
      ++i;
    std::string name = lower(html.substr(name_start, i - name_start));
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        char quote = html[i++];
        size_t close = html.find(quote, i);
        if (close == std::string_view::npos) close = html.size();
        value = std::string(html.substr(i, close - i));
        i = close + 1;
      } else {
        size_t value_start = i;
        while (i < html.size() && html[i] != '>' &&
               !std::isspace(static_cast<unsigned char>(html[i])))
          ++i;
        value = std::string(html.substr(value_start, i - value_start));
      }
    }
    if (!name.empty()) attributes.emplace(std::move(name), std::move(value));
  }
  end = i < html.size() ? i + 1 : html.size();
  return attributes;
}

// The string value of the first `"key": "value"` pair in a JSON-LD block after `from`.
std::string jsonString(std::string_view text, std::string_view key, size_t from = 0) {
  std::string quoted = "\"" + std::string(key) + "\"";
  size_t at = text.find(quoted, from);
  if (at == std::string_view::npos) return "";
  size_t i = at + quoted.size();
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size() || text[i] != ':') return "";
  ++i;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size() || text[i] != '"') return "";
  ++i;
  size_t close = i;
  while (close < text.size() && text[close] != '"') close += text[close] == '\\' ? 2 : 1;
  return std::string(text.substr(i, std::min(close, text.size()) - i));
}

void keep(std::string& field, const std::string& value) {
  if (field.empty() && !value.empty()) field = value;
}

}  // namespace

ArticleMetadata::ArticleMetadata(const std::string& lexicon_dir) {
  for (const LexiconRow& row : readLexiconTable(lexicon_dir + "/government_domains.tsv"))
    if (row.fields.size() >= 2 && !row.fields[0].empty() && !row.fields[1].empty())
      domains_.emplace_back(row.fields[0], row.fields[1]);
  months_ = readNumberedNames(lexicon_dir + "/months.tsv", 1, 12);
}

std::string ArticleMetadata::firstDate(std::string_view text) const {
  // Words (letters or digits) with where they start.
  struct Word {
    std::string text;
    size_t at;
  };
  std::vector<Word> words;
  for (size_t i = 0; i < text.size();) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    bool digits = std::isdigit(static_cast<unsigned char>(text[i]));
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) &&
           (std::isdigit(static_cast<unsigned char>(text[i])) != 0) == digits)
      ++i;
    words.push_back({lower(text.substr(start, i - start)), start});
  }
  auto number = [](const std::string& word) {
    if (word.empty() || word.size() > 4) return -1;
    for (char c : word)
      if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    return std::atoi(word.c_str());
  };
  auto format = [](int year, int month, int day) -> std::string {
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return "";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return isCalendarDate(buffer) ? buffer : "";
  };
  auto month = [&](size_t w) {
    auto it = words[w].text.size() >= 3 ? months_.find(words[w].text) : months_.end();
    return it == months_.end() ? 0 : it->second;
  };
  for (size_t w = 0; w < words.size(); ++w) {
    int value = number(words[w].text);
    // 2024-03-25 (with the separators in the text itself)
    if (words[w].text.size() == 4 && value > 0 && w + 2 < words.size()) {
      size_t at = words[w].at;
      if (at + 10 <= text.size() && text[at + 4] == '-' && text[at + 7] == '-' &&
          words[w + 1].text.size() == 2 && words[w + 2].text.size() == 2) {
        std::string date = format(value, number(words[w + 1].text), number(words[w + 2].text));
        if (!date.empty()) return date;
      }
    }
    // 25 March 2024
    if (value >= 1 && value <= 31 && words[w].text.size() <= 2 && w + 2 < words.size() &&
        month(w + 1) > 0 && words[w + 2].text.size() == 4) {
      std::string date = format(number(words[w + 2].text), month(w + 1), value);
      if (!date.empty()) return date;
    }
    // March 25, 2024
    if (month(w) > 0 && w + 2 < words.size() && words[w + 1].text.size() <= 2 &&
        words[w + 2].text.size() == 4) {
      std::string date = format(number(words[w + 2].text), month(w), number(words[w + 1].text));
      if (!date.empty()) return date;
    }
  }
  return "";
}

std::string ArticleMetadata::hostOf(const std::string& address) {
  std::string rest;
  if (startsWith(address, "https://"))
    rest = address.substr(8);
  else if (startsWith(address, "http://"))
    rest = address.substr(7);
  else if (startsWith(address, "www."))
    rest = address;
  else
    return "";
  size_t end = rest.find_first_of("/:?# ");
  std::string host = rest.substr(0, end);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (startsWith(host, "www.")) host = host.substr(4);
  for (char c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') return "";
  return host;
}

std::string ArticleMetadata::governmentOf(const std::string& host) const {
  std::string best, government;
  for (const auto& [suffix, name] : domains_) {
    bool under =
        host == suffix || (host.size() > suffix.size() &&
                           host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                           host[host.size() - suffix.size() - 1] == '.');
    if (under && suffix.size() > best.size()) {  // the longest suffix: "gov.uk" before "uk"
      best = suffix;
      government = name;
    }
  }
  return government;
}

void ArticleMetadata::run(Document& document) const {
  std::string_view original = document.original;
  ArticleInfo& info = document.info;
  if (looksLikeHtml(original)) {
    // Meta tags: the Open Graph and article properties, Dublin Core and common names.
    std::string_view head = original.substr(0, std::min<size_t>(original.size(), 1 << 20));
    std::string lowered = lower(head);
    for (size_t at = lowered.find("<meta"); at != std::string::npos;
         at = lowered.find("<meta", at + 5)) {
      size_t end = 0;
      std::map<std::string, std::string> attributes = tagAttributes(head, at, end);
      std::string key = lower(attributes.count("property") ? attributes["property"]
                              : attributes.count("name")   ? attributes["name"]
                                                           : attributes["itemprop"]);
      std::string value = cleanValue(attributes["content"]);
      if (value.empty()) continue;
      if (key == "article:published_time" || key == "og:article:published_time" ||
          key == "datepublished" || key == "date" || key == "pubdate" || key == "dc.date" ||
          key == "dc.date.issued" || key == "parsely-pub-date" || key == "publish-date")
        keep(info.published, firstDate(value));
      else if (key == "og:site_name" || key == "application-name")
        keep(info.source, value);
      else if (key == "og:title" || key == "twitter:title")
        keep(info.title, value);
      else if (key == "og:url")
        keep(info.url, value);
      else if ((key == "author" || key == "article:author" || key == "parsely-author") &&
               hostOf(value).empty())
        keep(info.byline, value);
    }
    for (size_t at = lowered.find("<link"); at != std::string::npos;
         at = lowered.find("<link", at + 5)) {
      size_t end = 0;
      std::map<std::string, std::string> attributes = tagAttributes(head, at, end);
      if (lower(attributes["rel"]) == "canonical") keep(info.url, cleanValue(attributes["href"]));
    }
    // JSON-LD (a NewsArticle's datePublished, author name and headline).
    if (size_t ld = lowered.find("application/ld+json"); ld != std::string::npos) {
      keep(info.published, firstDate(jsonString(head, "datePublished", ld)));
      keep(info.title, cleanValue(jsonString(head, "headline", ld)));
      size_t author = head.find("\"author\"", ld);
      if (author != std::string_view::npos && author - ld < 200000)
        keep(info.byline, cleanValue(jsonString(head, "name", author)));
    }
    if (size_t title = lowered.find("<title"); title != std::string::npos) {
      size_t open_end = lowered.find('>', title);
      size_t close = lowered.find("</title", title);
      if (open_end != std::string::npos && close != std::string::npos && close > open_end)
        keep(info.title, cleanValue(head.substr(open_end + 1, close - open_end - 1)));
    }
    if (!info.url.empty()) {
      document.source_url = info.url;
      document.publisher_government = governmentOf(hostOf(info.url));
    }
  } else {
    // Plain text: the headline, the address line, a byline, a date, in the first lines.
    size_t start = 0;
    std::string header;
    for (int line = 0; line < kHeaderLines && start < original.size(); ++line) {
      size_t end = original.find('\n', start);
      if (end == std::string_view::npos) end = original.size();
      std::string text = trim(std::string(original.substr(start, end - start)));
      start = end + 1;
      if (text.empty()) continue;
      header += text + "\n";
      bool one_word = text.find(' ') == std::string::npos;
      std::string host = one_word ? hostOf(text) : "";
      if (!host.empty()) {
        if (document.source_url.empty()) {
          document.source_url = text;
          document.publisher_government = governmentOf(host);
          keep(info.url, cleanValue(text));
        }
        continue;
      }
      if (info.title.empty() && line == 0) info.title = cleanValue(text);
      if (startsWith(text, "By ") && text.size() < 100)
        keep(info.byline, cleanValue(text.substr(3)));
    }
    keep(info.published, firstDate(header));
  }
  if (info.source.empty() && !info.url.empty()) info.source = hostOf(info.url);
  // Many outlets date their addresses: ".../2018/02/14/story".
  if (info.published.empty() && !info.url.empty()) {
    const std::string& url = info.url;
    for (size_t at = url.find('/'); at != std::string::npos && info.published.empty();
         at = url.find('/', at + 1)) {
      if (at + 11 >= url.size() || url[at + 5] != '/' || url[at + 8] != '/') continue;
      std::string date =
          url.substr(at + 1, 4) + "-" + url.substr(at + 6, 2) + "-" + url.substr(at + 9, 2);
      bool digits = std::all_of(date.begin(), date.end(), [](char c) {
        return c == '-' || std::isdigit(static_cast<unsigned char>(c));
      });
      if (digits && (at + 11 == url.size() || url[at + 11] == '/'))
        info.published = firstDate(date);
    }
  }
}

}  // namespace kg

#include "ingest/entities/entity_recognizer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_map>

#include "ingest/entities/entity_lexicon.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isCapitalised(const Token& token) { return !token.text.empty() && isUpper(token.text[0]); }
bool isNumber(const Token& token) {
  return !token.text.empty() &&
         std::all_of(token.text.begin(), token.text.end(), [](char c) { return isDigit(c); });
}
bool isWord(const Token& token) {
  return !token.text.empty() &&
         (std::isalnum(static_cast<unsigned char>(token.text[0])) || (token.text[0] & 0x80));
}
bool isLowerWord(const Token& token) { return !token.text.empty() && isLower(token.text[0]); }

// "APT31", "IPAC", "SNP": 2 to 7 characters, upper-case letters and digits, two letters at least.
bool isAcronym(const std::string& text) {
  if (text.size() < 2 || text.size() > 7) return false;
  int letters = 0;
  for (char c : text) {
    if (isUpper(c)) {
      ++letters;
    } else if (!isDigit(c)) {
      return false;
    }
  }
  return letters >= 2;
}

std::string stripTrailingDot(std::string text) {
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

// A hacker-group code name: "APT31", "APT 31" (two tokens), "TA505", "UNC2452".
std::optional<std::string> threatCode(const std::vector<Token>& tokens, size_t first, size_t last) {
  std::string joined;
  for (size_t i = first; i < last; ++i) joined += tokens[i].text;
  size_t letters = 0;
  while (letters < joined.size() && isUpper(joined[letters])) ++letters;
  if (letters < 2 || letters > 4 || letters == joined.size()) return std::nullopt;
  for (size_t i = letters; i < joined.size(); ++i) {
    if (!isDigit(joined[i])) return std::nullopt;
  }
  std::string prefix = joined.substr(0, letters);
  if (prefix != "APT" && prefix != "TA" && prefix != "UNC" && prefix != "FIN" && prefix != "DEV" &&
      prefix != "TAG" && prefix != "G")
    return std::nullopt;
  return joined;
}

enum class Strength { Strong, Weak };

// A span the recogniser proposes, before resolution.
struct Candidate {
  size_t first = 0, last = 0;  // token range [first, last)
  MentionKind kind = MentionKind::Name;
  Strength strength = Strength::Strong;
  ActorType type = ActorType::Person;
  std::string canonical;                 // for known or composed names
  std::vector<std::string> name_tokens;  // for people
  std::string office;
  char gender = '-';
  bool honorific = false;
  std::string honorific_text;   // "Sir", "Mr" as written before the name
  bool single_unknown = false;  // one capitalised word: a person only if it names one seen
  std::string reason;
  // Pronouns and descriptions.
  PronounEntry pronoun;
  DescriptionEntry description;
  std::string description_noun;
  // Coordinations: indices (within the sentence's candidates) of the members.
  std::vector<size_t> members;
  // "critics of X": index of X's candidate; "its parliamentary network": index of the owner.
  std::optional<size_t> target;
  std::string composed_tail;         // "parliamentary network" for infrastructure
  std::optional<size_t> acronym_of;  // "(APT31)" after the candidate at that index
};

struct EntityInfo {
  char gender = '-';
  std::vector<std::string> name_tokens;
  std::vector<std::string> offices;
  bool plural = false;
  bool coordination = false;
};

// One resolved reference, remembered for pronouns and descriptions.
struct HistoryItem {
  size_t sentence = 0;
  size_t token = 0;
  int entity = -1;
  std::vector<int> group;
};

}  // namespace

struct EntityRecognizer::Impl {
  EntityLexicon lexicon;

  // --- recognition -----------------------------------------------------------------------

  std::string headKind(const Token& token) const {
    std::string text = stripTrailingDot(token.text);
    if (auto it = lexicon.organisation_heads.find(text); it != lexicon.organisation_heads.end())
      return it->second;
    if (!text.empty() && isLower(text[0])) {
      std::string capital = text;
      capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      auto it = lexicon.organisation_heads.find(capital);
      if (it != lexicon.organisation_heads.end() && it->second == "lowercase-head")
        return "lowercase-head";
    }
    return "";
  }

  bool isOrganisationHead(const Token& token) const {
    std::string kind = headKind(token);
    return kind == "suffix" || kind == "head" || kind == "lowercase-head";
  }

  // Longest title phrase starting at `i` (case-insensitive); its length in tokens or 0.
  size_t matchTitle(const std::vector<Token>& tokens, size_t i, TitleEntry* title) const {
    for (size_t length = std::min(lexicon.longest_title, tokens.size() - i); length > 0; --length) {
      auto it = lexicon.titles.find(lowerAscii(joinTokens(tokens, i, i + length)));
      if (it != lexicon.titles.end()) {
        if (title) *title = it->second;
        return length;
      }
    }
    return 0;
  }

  // Longest gazetteer phrase starting at `i`; its length or 0.
  size_t matchGazetteer(const std::vector<Token>& tokens, size_t i,
                        const std::vector<GazetteerEntry>** entries) const {
    for (size_t length = std::min(lexicon.longest_gazetteer_phrase, tokens.size() - i); length > 0;
         --length) {
      if (const auto* found = lexicon.lookup(joinTokens(tokens, i, i + length))) {
        *entries = found;
        return length;
      }
    }
    return 0;
  }

  size_t matchLowerPhrase(const std::vector<Token>& tokens, size_t i, size_t longest,
                          const auto& table) const {
    for (size_t length = std::min(longest, tokens.size() - i); length > 0; --length) {
      if (table.count(lowerAscii(joinTokens(tokens, i, i + length)))) return length;
    }
    return 0;
  }

  const GazetteerEntry* countryEntry(const std::vector<GazetteerEntry>* entries) const {
    if (!entries) return nullptr;
    for (const auto& entry : *entries) {
      if (entry.type == ActorType::Country && (entry.kind == GazetteerEntry::Kind::Name ||
                                               entry.kind == GazetteerEntry::Kind::Demonym ||
                                               entry.kind == GazetteerEntry::Kind::Capital))
        return &entry;
    }
    return nullptr;
  }

  const GazetteerEntry* firstEntry(const std::vector<GazetteerEntry>* entries,
                                   GazetteerEntry::Kind kind) const {
    if (!entries) return nullptr;
    for (const auto& entry : *entries) {
      if (entry.kind == kind) return &entry;
    }
    return nullptr;
  }

  bool isNonEntityToken(const Token& token) const {
    const auto* entries = lexicon.lookup(token.text);
    if (!entries) return false;
    for (const auto& entry : *entries) {
      if (entry.kind == GazetteerEntry::Kind::NonEntity ||
          entry.kind == GazetteerEntry::Kind::Place || entry.kind == GazetteerEntry::Kind::LawHead)
        return true;
    }
    return false;
  }

  bool isCollective(const Token& token) const {
    auto it = lexicon.group_words.find(lowerAscii(token.text));
    return it != lexicon.group_words.end() && it->second.kind == "collective";
  }

  // The capitalised run starting at `i`: capitalised words and numbers, extended over
  // "of/for/on" after an organisation head, "and" before a company suffix, "'s" before a head,
  // and a lower-case head ("taskforce"). Returns its end.
  size_t capitalisedRun(const std::vector<Token>& tokens, size_t i) const {
    size_t j = i;
    auto plainEnd = [&](size_t from) {
      size_t k = from;
      while (k < tokens.size()) {
        const Token& token = tokens[k];
        if (isCapitalised(token) && !isCollective(token)) {
          ++k;
        } else if (token.text == "." && k > from && tokens[k - 1].text.size() == 1 &&
                   k + 1 < tokens.size() && isCapitalised(tokens[k + 1]) &&
                   tokens[k + 1].begin > token.end) {
          ++k;  // a middle initial: "Merrick B. Garland"
        } else if (isNumber(token) && k > from) {
          ++k;
        } else if (isNumber(token) && k == from && k + 1 < tokens.size() &&
                   isCapitalised(tokens[k + 1])) {
          ++k;
        } else {
          break;
        }
      }
      return k;
    };
    j = plainEnd(i);
    if (j == i) return i;
    bool extended = true;
    while (extended && j < tokens.size()) {
      extended = false;
      const std::string lower = lowerAscii(tokens[j].text);
      if (lexicon.connectors.count(lower) && isOrganisationHead(tokens[j - 1]) &&
          headKind(tokens[j - 1]) != "suffix") {
        size_t next = j + 1;
        if (next < tokens.size() && tokens[next].text == "the") ++next;
        size_t end = next < tokens.size() ? plainEnd(next) : next;
        if (end > next && !isNonEntityToken(tokens[next])) {
          j = end;
          extended = true;
          continue;
        }
      }
      if ((lexicon.inner_words.count(lower) || tokens[j].text == "&") && j + 1 < tokens.size()) {
        size_t end = plainEnd(j + 1);
        if (end > j + 1 && headKind(tokens[end - 1]) == "suffix") {
          j = end;
          extended = true;
          continue;
        }
      }
      if (tokens[j].text == "'s" && j + 1 < tokens.size() &&
          !lexicon.lookup(joinTokens(tokens, i, j))) {  // "North Korea's X" is X, owned
        size_t end = plainEnd(j + 1);
        if (end > j + 1 && isOrganisationHead(tokens[end - 1])) {
          j = end;
          extended = true;
          continue;
        }
      }
      if (isLowerWord(tokens[j]) && headKind(tokens[j]) == "lowercase-head") {
        ++j;
        break;
      }
    }
    // Company suffixes written after the name: "Company Ltd", "Co. Ltd".
    while (j < tokens.size()) {
      if (headKind(tokens[j]) == "suffix" && isCapitalised(tokens[j])) {
        ++j;
      } else if ((tokens[j].text == "." || tokens[j].text == ",") && j + 1 < tokens.size() &&
                 headKind(tokens[j - 1]) == "suffix" && headKind(tokens[j + 1]) == "suffix" &&
                 isCapitalised(tokens[j + 1])) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  // Whether tokens [first, last) can be a person's name written after a title.
  bool personable(const std::vector<Token>& tokens, size_t first, size_t last, bool strict) const {
    if (first >= last) return false;
    if (isOrganisationHead(tokens[last - 1])) return false;
    const std::vector<GazetteerEntry>* entries = nullptr;
    if (matchGazetteer(tokens, first, &entries) == last - first) return false;
    for (size_t i = first; i < last; ++i) {
      if (tokens[i].text == "." && i > first) continue;  // a middle initial's full stop
      if (!isCapitalised(tokens[i]) || isNonEntityToken(tokens[i])) return false;
    }
    if (!strict) return true;
    WordDictionary& dictionary = WordDictionary::instance();
    for (size_t i = first; i < last; ++i) {
      if (lexicon.given_names.count(tokens[i].text) ||
          lexicon.family_first_names.count(tokens[i].text) ||
          !dictionary.isCommonWord(tokens[i].text))
        return true;
    }
    return false;
  }

  // Strips honorifics and titles written at the start of a person's run; returns new start.
  size_t stripTitles(const std::vector<Token>& tokens, size_t first, size_t last,
                     Candidate& person) const {
    while (first < last) {
      TitleEntry title;
      size_t length = matchTitle(tokens, first, &title);
      if (length == 0 || first + length >= last) break;
      if (title.honorific) person.honorific = true;
      if (!title.honorific && person.office.empty()) person.office = title.office;
      if (title.gender != '-') person.gender = title.gender;
      first += length;
      if (first < last && tokens[first].text == ".") ++first;
    }
    return first;
  }

  Candidate makePerson(const std::vector<Token>& tokens, size_t first, size_t name_first,
                       size_t last, Candidate person, const std::string& reason) const {
    // The mention is the name with its honorific ("Sir Iain Duncan Smith"), not the office.
    person.first = name_first;
    for (size_t k = first; k < name_first; ++k) {
      TitleEntry title;
      if (matchTitle(tokens, k, &title) && title.honorific) {
        person.first = k;
        person.honorific_text = joinTokens(tokens, k, name_first);
        if (!person.honorific_text.empty() && person.honorific_text.back() == '.')
          person.honorific_text.pop_back();
        break;
      }
    }
    person.last = last;
    person.type = ActorType::Person;
    person.kind = MentionKind::Name;
    person.name_tokens.clear();
    for (size_t i = name_first; i < last; ++i) {
      if (tokens[i].text == "." && !person.name_tokens.empty() &&
          person.name_tokens.back().size() == 1) {
        person.name_tokens.back() += ".";  // a middle initial
        continue;
      }
      if (tokens[i].text == "'s" || tokens[i].text == ".") continue;
      person.name_tokens.push_back(tokens[i].text);
    }
    if (person.gender == '-' && !person.name_tokens.empty()) {
      auto it = lexicon.given_names.find(person.name_tokens.front());
      if (it != lexicon.given_names.end()) person.gender = it->second;
    }
    if (person.name_tokens.size() == 1 && !person.honorific && person.office.empty())
      person.single_unknown = true;
    person.reason = reason;
    return person;
  }

  // Looks left of a name for an apposed office: "defence minister Judith Collins", "foreign
  // minister, Penny Wong". Returns the office or "".
  std::string appositionOffice(const std::vector<Token>& tokens, size_t name_first) const {
    size_t end = name_first;
    if (end > 0 && tokens[end - 1].text == ",") --end;
    for (size_t length = std::min(lexicon.longest_title, end); length > 0; --length) {
      auto it = lexicon.titles.find(lowerAscii(joinTokens(tokens, end - length, end)));
      if (it != lexicon.titles.end() && !it->second.honorific) return it->second.office;
    }
    return "";
  }

  void classifyRun(const std::vector<Token>& tokens, size_t first, size_t last, bool sentence_start,
                   std::vector<Candidate>& out) const;

  std::vector<Candidate> recognise(const std::vector<Token>& tokens) const;

  // --- resolution ------------------------------------------------------------------------
  void resolve(Document& document, const std::vector<std::vector<Token>>& sentence_tokens,
               std::vector<std::vector<Candidate>>& candidates) const;
};

void EntityRecognizer::Impl::classifyRun(const std::vector<Token>& tokens, size_t first,
                                         size_t last, bool sentence_start,
                                         std::vector<Candidate>& out) const {
  WordDictionary& dictionary = WordDictionary::instance();
  // Leading function words and a sentence-initial common word are not part of a name.
  while (first < last) {
    const Token& token = tokens[first];
    std::string lower = lowerAscii(token.text);
    const std::vector<GazetteerEntry>* entries = nullptr;
    bool known = matchGazetteer(tokens, first, &entries) > 0 ||
                 lexicon.given_names.count(token.text) ||
                 lexicon.family_first_names.count(token.text) || matchTitle(tokens, first, nullptr);
    if (lexicon.function_words.count(lower) && !known) {
      ++first;
      sentence_start = false;
      continue;
    }
    // A run whose shape names an actor keeps its first word: "Volt Typhoon", "Unit 26165",
    // "Advanced Persistent Threat Group 31", "National Police Agency".
    auto groupKind = [&](const Token& word) {
      auto it = lexicon.group_words.find(word.text);
      return it == lexicon.group_words.end() ? std::string() : it->second.kind;
    };
    bool shaped = isOrganisationHead(tokens[last - 1]) ||
                  groupKind(tokens[last - 1]) == "threat-name" ||
                  (last - first >= 2 && isNumber(tokens[last - 1])) ||
                  (last - first >= 2 && isNumber(tokens[first + 1]));
    if (sentence_start && !known && !shaped && !isAcronym(token.text) &&
        dictionary.isCommonWord(token.text)) {
      ++first;
      sentence_start = false;
      continue;
    }
    break;
  }
  if (first >= last) return;
  size_t length = last - first;
  std::string text = joinTokens(tokens, first, last);

  Candidate candidate;
  candidate.first = first;
  candidate.last = last;

  // A known name of exactly this run.
  const std::vector<GazetteerEntry>* entries = lexicon.lookup(text);
  if (entries) {
    if (const auto* name = firstEntry(entries, GazetteerEntry::Kind::Name)) {
      candidate.canonical = name->canonical;
      candidate.type = name->type;
      candidate.reason = "gazetteer name";
      out.push_back(candidate);
      return;
    }
    if (const auto* capital = firstEntry(entries, GazetteerEntry::Kind::Capital)) {
      candidate.canonical = capital->canonical;
      candidate.type = capital->type;
      candidate.kind = MentionKind::Metonym;
      bool locative = first > 0 && lexicon.locatives.count(lowerAscii(tokens[first - 1].text));
      candidate.strength = locative ? Strength::Weak : Strength::Strong;
      candidate.reason = locative ? "capital used as a place" : "capital or seat of government";
      out.push_back(candidate);
      return;
    }
    if (const auto* demonym = firstEntry(entries, GazetteerEntry::Kind::Demonym)) {
      candidate.canonical = demonym->canonical;
      candidate.type = ActorType::Country;
      candidate.kind = MentionKind::Metonym;
      candidate.strength = Strength::Weak;
      candidate.reason = "demonym";
      out.push_back(candidate);
      return;
    }
    return;  // a place or a non-entity
  }
  bool all_non_entities = true;
  for (size_t i = first; i < last; ++i) all_non_entities &= isNonEntityToken(tokens[i]);
  if (all_non_entities) return;

  // Hacker groups: "APT31", "APT 31", "Unit 26165", "Advanced Persistent Threat Group 31".
  if (auto code = threatCode(tokens, first, last)) {
    candidate.canonical = *code;
    candidate.type = ActorType::Group;
    candidate.reason = "threat-group code";
    out.push_back(candidate);
    return;
  }
  auto groupWord = [&](const Token& token, const char* kind) {
    auto it = lexicon.group_words.find(token.text);
    return it != lexicon.group_words.end() && it->second.kind == kind;
  };
  bool numbered_group =
      length >= 2 && isNumber(tokens[last - 1]) && groupWord(tokens[last - 2], "group-head");
  bool named_group =
      length >= 2 && (groupWord(tokens[last - 1], "threat-name") ||
                      (tokens[last - 1].text == "Group" && !isNumber(tokens[first])));
  if (numbered_group || named_group) {
    candidate.canonical = text;
    candidate.type = ActorType::Group;
    candidate.reason = numbered_group ? "group name with a number" : "group name";
    out.push_back(candidate);
    return;
  }
  size_t group_head = last;
  while (group_head < tokens.size() && group_head < last + 2 && isLowerWord(tokens[group_head]) &&
         !lexicon.group_words.count(tokens[group_head].text) &&
         !lexicon.function_words.count(tokens[group_head].text))
    ++group_head;
  if (group_head < tokens.size() && groupWord(tokens[group_head], "group-head") &&
      isLowerWord(tokens[group_head]) && length <= 3 && !isNumber(tokens[first]) &&
      !lexicon.lookup(tokens[first].text) && !dictionary.isCommonWord(tokens[last - 1].text)) {
    candidate.canonical = text;
    candidate.type = ActorType::Group;
    candidate.reason = "name before '" + tokens[group_head].text + "'";
    out.push_back(candidate);
    return;
  }

  // Laws, documents and events name no actor, but may contain one ("UN Security Council
  // Resolution"): look for known names inside.
  const std::vector<GazetteerEntry>* last_entries = lexicon.lookup(tokens[last - 1].text);
  bool law = firstEntry(last_entries, GazetteerEntry::Kind::LawHead) != nullptr ||
             (firstEntry(last_entries, GazetteerEntry::Kind::NonEntity) && length > 1 &&
              !isOrganisationHead(tokens[last - 1]));

  // Organisations by their head or suffix, or a head followed by "of/for/on + Name".
  size_t head = last - 1;
  for (size_t k = first; k + 1 < last; ++k) {
    if (isOrganisationHead(tokens[k]) && lexicon.connectors.count(lowerAscii(tokens[k + 1].text))) {
      head = k;
      break;
    }
  }
  if (!law && length >= 2 && isOrganisationHead(tokens[head])) {
    // A title before the head means a person's office ("Foreign Minister") is not meant.
    candidate.canonical = text;
    if (isNumber(tokens[first]) && length == 2) candidate.canonical = text;
    candidate.type = ActorType::Organization;
    candidate.reason = "organisation head '" + tokens[head].text + "'";
    out.push_back(candidate);
    return;
  }

  // Titles at the start: a person.
  Candidate person;
  size_t name_first = stripTitles(tokens, first, last, person);
  if (name_first > first) {
    if (personable(tokens, name_first, last, false)) {
      out.push_back(makePerson(tokens, first, name_first, last, person, "title before a name"));
    }
    return;
  }
  // A title inside the run: "British Prime Minister Keir Starmer", "RCMP Commissioner Mike
  // Duheme". What precedes it is classified on its own.
  for (size_t k = first + 1; k + 1 < last; ++k) {
    TitleEntry title;
    size_t title_length = matchTitle(tokens, k, &title);
    if (!title_length || k + title_length >= last) continue;
    Candidate inner;
    if (!title.honorific) inner.office = title.office;
    inner.honorific = title.honorific;
    inner.gender = title.gender;
    size_t inner_first = stripTitles(tokens, k + title_length, last, inner);
    if (!personable(tokens, inner_first, last, false)) continue;
    classifyRun(tokens, first, k, sentence_start, out);
    out.push_back(makePerson(tokens, k, inner_first, last, inner,
                             "title '" + joinTokens(tokens, k, k + title_length) + "'"));
    return;
  }
  if (!law && length == 1 && isAcronym(tokens[first].text) && !matchTitle(tokens, first, nullptr)) {
    candidate.canonical = tokens[first].text;
    candidate.type = ActorType::Organization;
    candidate.reason = "acronym";
    out.push_back(candidate);
    return;
  }

  if (!law) {
    bool given = lexicon.given_names.count(tokens[first].text) > 0;
    bool family_first = lexicon.family_first_names.count(tokens[first].text) > 0;
    std::string office = appositionOffice(tokens, first);
    bool capitalised_only = true;
    for (size_t i = first; i < last; ++i)
      capitalised_only &= isCapitalised(tokens[i]) || (tokens[i].text == "." && i > first);
    if (capitalised_only && length >= 2 && length <= 4 &&
        (given || (family_first && length <= 3))) {
      Candidate found;
      found.office = office;
      out.push_back(makePerson(tokens, first, first, last, found,
                               given ? "given name" : "family name first"));
      return;
    }
    if (capitalised_only && !office.empty() && personable(tokens, first, last, true) &&
        length <= 4) {
      Candidate found;
      found.office = office;
      out.push_back(makePerson(tokens, first, first, last, found, "apposition '" + office + "'"));
      return;
    }
    if (capitalised_only && length >= 2 && length <= 3) {
      bool uncommon = true;
      for (size_t i = first; i < last; ++i) {
        uncommon &= !dictionary.isCommonWord(tokens[i].text) && !lexicon.lookup(tokens[i].text) &&
                    !isAcronym(tokens[i].text);
      }
      if (uncommon) {
        out.push_back(makePerson(tokens, first, first, last, Candidate{}, "capitalised name"));
        return;
      }
    }
    if (length == 1 && capitalisedRun(tokens, first) == last && !isNumber(tokens[first]) &&
        !dictionary.isCommonWord(tokens[first].text)) {
      Candidate single = makePerson(tokens, first, first, last, Candidate{}, "single name");
      single.single_unknown = true;
      out.push_back(single);
      return;
    }
  }
  // Known names inside a longer run: "UN Security Council Resolution", "New Zealand Prime".
  for (size_t i = first; i < last;) {
    const std::vector<GazetteerEntry>* inner = nullptr;
    size_t matched = matchGazetteer(tokens, i, &inner);
    if (matched && i + matched <= last) {
      classifyRun(tokens, i, i + matched, false, out);
      i += matched;
    } else {
      ++i;
    }
  }
}

std::vector<Candidate> EntityRecognizer::Impl::recognise(const std::vector<Token>& tokens) const {
  std::vector<Candidate> out;
  size_t i = 0;
  size_t sentence_first_word = 0;
  while (sentence_first_word < tokens.size() && !isWord(tokens[sentence_first_word]))
    ++sentence_first_word;
  while (i < tokens.size()) {
    const Token& token = tokens[i];
    if (!isWord(token)) {
      // An acronym in parentheses right after a candidate: "(APT31)".
      if (token.text == "(" && i + 2 < tokens.size() && tokens[i + 2].text == ")" && !out.empty() &&
          out.back().last == i && isAcronym(tokens[i + 1].text) &&
          out.back().kind == MentionKind::Name && out.back().type != ActorType::Person) {
        Candidate alias;
        alias.first = i + 1;
        alias.last = i + 2;
        alias.kind = MentionKind::Alias;
        alias.type = out.back().type;
        alias.acronym_of = out.size() - 1;
        alias.canonical = tokens[i + 1].text;
        alias.reason = "acronym in parentheses";
        out.push_back(alias);
        i += 3;
        continue;
      }
      ++i;
      continue;
    }
    std::string lower = lowerAscii(token.text);

    // Pronouns, and "its parliamentary network".
    if (auto it = lexicon.pronouns.find(lower);
        it != lexicon.pronouns.end() &&
        (isLowerWord(token) || i == sentence_first_word || (i > 0 && tokens[i - 1].text == "\""))) {
      Candidate pronoun;
      pronoun.first = i;
      pronoun.last = i + 1;
      pronoun.kind = MentionKind::Pronoun;
      pronoun.pronoun = it->second;
      pronoun.reason = "pronoun";
      out.push_back(pronoun);
      if (it->second.possessive && i + 2 < tokens.size() && isLowerWord(tokens[i + 1]) &&
          !lexicon.function_words.count(tokens[i + 1].text) &&
          headKind(tokens[i + 2]) == "infrastructure") {
        Candidate owned;
        owned.first = i + 1;
        owned.last = i + 3;
        owned.type = ActorType::Organization;
        owned.target = out.size() - 1;
        owned.composed_tail = joinTokens(tokens, i + 1, i + 3);
        owned.reason = "possessed infrastructure";
        out.push_back(owned);
        i += 3;
        continue;
      }
      ++i;
      continue;
    }

    // "the country", "the company", "the deputy prime minister".
    if (lower == "the" && i + 1 < tokens.size() && isLowerWord(tokens[i + 1])) {
      size_t length =
          matchLowerPhrase(tokens, i + 1, lexicon.longest_description, lexicon.descriptions);
      size_t after = i + 1 + length;
      bool introduces = after + 1 < tokens.size() &&
                        (tokens[after].text == "is" || tokens[after].text == "was") &&
                        isCapitalised(tokens[after + 1]);
      bool named_next =
          after < tokens.size() && (isCapitalised(tokens[after]) ||
                                    (tokens[after].text == "," && after + 1 < tokens.size() &&
                                     isCapitalised(tokens[after + 1])));
      bool modified = after < tokens.size() &&
                      (tokens[after].text == "of" || isLowerWord(tokens[after])) &&
                      tokens[after].text != "'s" &&
                      !WordDictionary::instance().isInflectedVerb(tokens[after].text) &&
                      tokens[after].text != "has" && tokens[after].text != "had" &&
                      tokens[after].text != "and" && tokens[after].text != "said" &&
                      tokens[after].text != "says" && tokens[after].text != "would" &&
                      tokens[after].text != "will" && tokens[after].text != "is" &&
                      tokens[after].text != "was" && tokens[after].text != "could" &&
                      tokens[after].text != "may" && tokens[after].text != "also";
      if (length > 0 && !introduces && !named_next && !modified) {
        std::string noun = lowerAscii(joinTokens(tokens, i + 1, after));
        Candidate description;
        description.first = i;
        description.last = after;
        description.kind = MentionKind::Description;
        description.description = lexicon.descriptions.at(noun);
        description.description_noun = noun;
        description.type = description.description.type;
        description.reason = "definite description";
        out.push_back(description);
        i = after;
        continue;
      }
    }

    // "authorities in New Zealand", "the government of Japan".
    if (size_t length = matchLowerPhrase(tokens, i, lexicon.longest_government_word,
                                         lexicon.government_words)) {
      size_t preposition = i + length;
      if (preposition + 1 < tokens.size() &&
          (tokens[preposition].text == "in" || tokens[preposition].text == "of")) {
        const std::vector<GazetteerEntry>* entries = nullptr;
        size_t matched = matchGazetteer(tokens, preposition + 1, &entries);
        if (const GazetteerEntry* country = matched ? countryEntry(entries) : nullptr;
            country && country->kind != GazetteerEntry::Kind::Demonym) {
          Candidate metonym;
          metonym.first = i;
          metonym.last = preposition + 1 + matched;
          metonym.kind = MentionKind::Metonym;
          metonym.type = ActorType::Country;
          metonym.canonical = country->canonical;
          metonym.reason = "'" + lower + "' of a country";
          out.push_back(metonym);
          i = metonym.last;
          continue;
        }
      }
    }

    // Collectives: "MPs", "lawmakers", "critics of Beijing".
    if (size_t length =
            matchLowerPhrase(tokens, i, lexicon.longest_group_word, lexicon.group_words)) {
      const GroupWordEntry& entry =
          lexicon.group_words.at(lowerAscii(joinTokens(tokens, i, i + length)));
      if (entry.kind == "collective" && (isLowerWord(token) || isAcronym(token.text.substr(0, 3)) ||
                                         token.text == "MPs" || token.text == "MEPs")) {
        Candidate group;
        group.first = i;
        group.last = i + length;
        group.type = ActorType::Group;
        group.canonical = entry.canonical.empty() ? lowerAscii(joinTokens(tokens, i, i + length))
                                                  : entry.canonical;
        group.reason = "collective '" + group.canonical + "'";
        out.push_back(group);
        i += length;
        continue;
      }
      if (entry.kind == "qualified" && isLowerWord(token) && i > 0) {
        // The qualifier: a demonym ("North Korean") or a people word ("Sikh") right before.
        size_t qualifier = i;
        for (size_t back = std::min<size_t>(3, i); back > 0 && qualifier == i; --back) {
          std::string phrase = joinTokens(tokens, i - back, i);
          const auto* entries = lexicon.lookup(phrase);
          if (firstEntry(entries, GazetteerEntry::Kind::Demonym) ||
              firstEntry(entries, GazetteerEntry::Kind::NonEntity))
            qualifier = i - back;
        }
        if (qualifier < i) {
          while (!out.empty() && out.back().first >= qualifier) out.pop_back();
          Candidate group;
          group.first = qualifier;
          group.last = i + length;
          group.type = ActorType::Group;
          group.canonical = joinTokens(tokens, qualifier, i + length);
          group.reason = "qualified collective '" + group.canonical + "'";
          out.push_back(group);
          i += length;
          continue;
        }
      }
      if (entry.kind == "of-group" && isLowerWord(token) && i + 2 < tokens.size() &&
          tokens[i + 1].text == "of" && isCapitalised(tokens[i + 2])) {
        Candidate group;
        group.first = i;
        group.last = i + 2;  // extended to the target when it is recognised
        group.type = ActorType::Group;
        group.canonical = lower;
        group.target = out.size() + 1;  // the next candidate
        group.reason = "'" + lower + " of' a named actor";
        out.push_back(group);
        i += 2;
        continue;
      }
    }

    // A title before a name: "Deputy PM Oliver Dowden", "defence minister Judith Collins",
    // "foreign minister, Penny Wong".
    TitleEntry title;
    if (size_t length = matchTitle(tokens, i, &title)) {
      size_t name_start = i + length;
      if (name_start < tokens.size() && tokens[name_start].text == "," && !title.honorific &&
          isLowerWord(token))
        ++name_start;
      if (name_start < tokens.size() && tokens[name_start].text == ".") ++name_start;
      if (name_start < tokens.size() && isCapitalised(tokens[name_start])) {
        size_t end = capitalisedRun(tokens, name_start);
        Candidate person;
        if (title.honorific) person.honorific = true;
        if (!title.honorific) person.office = title.office;
        person.gender = title.gender;
        size_t name_first = stripTitles(tokens, name_start, end, person);
        bool strict = !title.honorific && isLowerWord(token) && !person.honorific;
        if (personable(tokens, name_first, end, strict)) {
          out.push_back(makePerson(tokens, i, name_first, end, person,
                                   "title '" + joinTokens(tokens, i, i + length) + "'"));
          i = end;
          continue;
        }
      }
      // "the Chinese ambassador": a demonym and an office that is an actor on its own.
      if (title.stands_alone && isLowerWord(token) && i > 0) {
        const std::vector<GazetteerEntry>* entries = lexicon.lookup(tokens[i - 1].text);
        if (firstEntry(entries, GazetteerEntry::Kind::Demonym)) {
          Candidate office;
          office.first = i - 1;
          office.last = i + length;
          office.type = ActorType::Person;
          office.canonical =
              tokens[i - 1].text + " " + lowerAscii(joinTokens(tokens, i, i + length));
          office.office = title.office;
          office.reason = "demonym and office";
          if (!out.empty() && out.back().first == i - 1) out.pop_back();
          out.push_back(office);
          i += length;
          continue;
        }
      }
    }

    // Country or demonym + government word: "the UK government", "Chinese state"; demonym +
    // lower-case organisation head: "the Chinese embassy".
    {
      const std::vector<GazetteerEntry>* entries = nullptr;
      size_t matched = matchGazetteer(tokens, i, &entries);
      const GazetteerEntry* country = matched ? countryEntry(entries) : nullptr;
      if (country) {
        size_t next = i + matched;
        size_t government = next < tokens.size() && isLowerWord(tokens[next])
                                ? matchLowerPhrase(tokens, next, lexicon.longest_government_word,
                                                   lexicon.government_words)
                                : 0;
        if (government) {
          Candidate metonym;
          metonym.first = i;
          metonym.last = next + government;
          metonym.kind = MentionKind::Metonym;
          metonym.type = ActorType::Country;
          metonym.canonical = country->canonical;
          metonym.reason = "country + '" + joinTokens(tokens, next, next + government) + "'";
          out.push_back(metonym);
          i = metonym.last;
          continue;
        }
        if (next < tokens.size() && isLowerWord(tokens[next]) &&
            headKind(tokens[next]) == "lowercase-head" &&
            country->kind == GazetteerEntry::Kind::Demonym) {
          Candidate organisation;
          organisation.first = i;
          organisation.last = next + 1;
          organisation.type = ActorType::Organization;
          organisation.canonical = joinTokens(tokens, i, next + 1);
          organisation.reason = "demonym + '" + tokens[next].text + "'";
          out.push_back(organisation);
          i = next + 1;
          continue;
        }
      }
    }

    // A capitalised function word ("The", "In") starting a run is not part of it.
    if (isCapitalised(token) && lexicon.function_words.count(lower) &&
        !lexicon.lookup(token.text)) {
      const std::vector<GazetteerEntry>* entries = nullptr;
      if (matchGazetteer(tokens, i, &entries) == 0) {
        if (i == sentence_first_word) ++sentence_first_word;
        ++i;
        continue;
      }
    }

    // Gazetteer names inside hyphenated words: "Chinese-backed", "UK-China", "UK-based".
    bool compound = token.text.find('-') != std::string::npos && !lexicon.lookup(token.text) &&
                    (!isCapitalised(token) || capitalisedRun(tokens, i) == i + 1);
    if (compound) {
      size_t start = 0;
      while (start <= token.text.size()) {
        size_t dash = token.text.find('-', start);
        if (dash == std::string::npos) dash = token.text.size();
        const std::vector<GazetteerEntry>* entries =
            lexicon.lookup(token.text.substr(start, dash - start));
        if (const GazetteerEntry* country = countryEntry(entries)) {
          Candidate metonym;
          metonym.first = i;
          metonym.last = i + 1;
          metonym.kind = MentionKind::Metonym;
          metonym.type = ActorType::Country;
          metonym.canonical = country->canonical;
          metonym.strength = Strength::Weak;
          metonym.reason = "country in a compound word";
          out.push_back(metonym);
          break;
        }
        start = dash + 1;
      }
      ++i;
      continue;
    }

    // Capitalised runs.
    if (isCapitalised(token) ||
        (isNumber(token) && i + 1 < tokens.size() && isCapitalised(tokens[i + 1]))) {
      size_t end = capitalisedRun(tokens, i);
      const std::vector<GazetteerEntry>* entries = nullptr;
      size_t matched = matchGazetteer(tokens, i, &entries);
      bool longer_organisation = end > i + matched && isOrganisationHead(tokens[end - 1]);
      if (matched && !longer_organisation && firstEntry(entries, GazetteerEntry::Kind::Name)) {
        classifyRun(tokens, i, i + matched, i == sentence_first_word, out);
        i += matched;
        continue;
      }
      if (end == i && matched) end = i + matched;
      if (end > i) {
        classifyRun(tokens, i, end, i == sentence_first_word, out);
        i = end;
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace kg

namespace kg {
namespace {

// The article-level state of resolution: entities and how to find them again.
class Resolver {
 public:
  Resolver(Document& document, const EntityLexicon& lexicon)
      : document_(document), lexicon_(lexicon) {
    for (const auto& [phrase, title] : lexicon.titles) {
      size_t start = 0;
      while (start <= phrase.size()) {
        size_t space = phrase.find(' ', start);
        if (space == std::string::npos) space = phrase.size();
        title_words_.insert(phrase.substr(start, space - start));
        start = space + 1;
      }
    }
  }

  int find(const std::string& canonical) const {
    auto it = by_key_.find(lowerAscii(canonical));
    return it == by_key_.end() ? -1 : it->second;
  }

  int getOrCreate(const std::string& canonical, ActorType type) {
    if (int existing = find(canonical); existing >= 0) return existing;
    Entity entity;
    entity.name = canonical;
    entity.type = type;
    document_.entities.push_back(entity);
    info_.emplace_back();
    int index = static_cast<int>(document_.entities.size()) - 1;
    by_key_[lowerAscii(canonical)] = index;
    return index;
  }

  void addAlias(int entity, std::string alias) {
    if (alias.rfind("the ", 0) == 0 || alias.rfind("The ", 0) == 0) alias = alias.substr(4);
    if (alias.size() > 2 && alias.compare(alias.size() - 2, 2, "'s") == 0)
      alias.resize(alias.size() - 2);
    while (!alias.empty() && (alias.back() == ' ' || alias.back() == ',')) alias.pop_back();
    Entity& target = document_.entities[entity];
    if (alias.empty() || lowerAscii(alias) == lowerAscii(target.name)) return;
    for (const auto& existing : target.aliases) {
      if (lowerAscii(existing) == lowerAscii(alias)) return;
    }
    target.aliases.push_back(alias);
  }

  void rename(int entity, const std::string& canonical) {
    Entity& target = document_.entities[entity];
    if (target.name == canonical) return;
    std::string old = target.name;
    by_key_.erase(lowerAscii(old));
    target.name = canonical;
    by_key_[lowerAscii(canonical)] = entity;
    target.aliases.erase(std::remove_if(target.aliases.begin(), target.aliases.end(),
                                        [&](const std::string& a) {
                                          return lowerAscii(a) == lowerAscii(canonical);
                                        }),
                         target.aliases.end());
    addAlias(entity, old);
  }

  void aliasKey(const std::string& alias, int entity) {
    by_key_.emplace(lowerAscii(alias), entity);
  }

  EntityInfo& info(int entity) { return info_[entity]; }
  const std::unordered_set<std::string>& titleWords() const { return title_words_; }

  void remember(size_t sentence, size_t token, int entity, std::vector<int> group = {}) {
    if (history_.size() <= sentence) history_.resize(sentence + 1);
    history_[sentence].push_back({sentence, token, entity, std::move(group)});
    if (entity >= 0) last_seen_[entity] = sentence * 10000 + token;
  }

  // The antecedent of a pronoun or description: the first compatible reference of the current
  // sentence before it, else of the closest earlier sentence (a subject-first preference).
  template <typename Compatible>
  std::optional<HistoryItem> antecedent(size_t sentence, size_t token, size_t window,
                                        Compatible compatible) const {
    for (size_t back = 0; back <= window && back <= sentence; ++back) {
      size_t s = sentence - back;
      if (s >= history_.size()) continue;
      for (const auto& item : history_[s]) {
        if (back == 0 && item.token >= token) break;
        if (compatible(item)) return item;
      }
    }
    return std::nullopt;
  }

  // People of the article, most recently mentioned first.
  std::vector<int> peopleByRecency() const {
    std::vector<int> people;
    for (size_t e = 0; e < document_.entities.size(); ++e) {
      if (document_.entities[e].type == ActorType::Person && !info_[e].name_tokens.empty())
        people.push_back(static_cast<int>(e));
    }
    std::sort(people.begin(), people.end(), [&](int a, int b) {
      auto seen = [&](int e) {
        auto it = last_seen_.find(e);
        return it == last_seen_.end() ? 0 : it->second;
      };
      return seen(a) > seen(b);
    });
    return people;
  }

 private:
  Document& document_;
  const EntityLexicon& lexicon_;
  std::vector<EntityInfo> info_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_set<std::string> title_words_;
  std::vector<std::vector<HistoryItem>> history_;
  std::unordered_map<int, size_t> last_seen_;
};

std::string joinWords(const std::vector<std::string>& words, size_t from = 0) {
  std::string joined;
  for (size_t i = from; i < words.size(); ++i) {
    if (i > from) joined += ' ';
    joined += words[i];
  }
  return joined;
}

// Whether `name` is the end of `full` ("Dowden", "Duncan Smith") or, for one word, its first
// word ("Iain" in "Iain Duncan Smith").
bool namesSamePerson(const std::vector<std::string>& name, const std::vector<std::string>& full) {
  if (name.empty() || name.size() >= full.size()) return false;
  if (std::equal(name.rbegin(), name.rend(), full.rbegin())) return true;
  return name.size() == 1 && name[0] == full[0];
}

}  // namespace

void EntityRecognizer::Impl::resolve(Document& document,
                                     const std::vector<std::vector<Token>>& sentence_tokens,
                                     std::vector<std::vector<Candidate>>& candidates) const {
  Resolver resolver(document, lexicon);
  // Countries, organisations and groups named strongly anywhere in the article, so that weak
  // mentions (demonyms, "in Beijing") attach to them and create nothing on their own.
  std::unordered_set<std::string> strong;
  // Full names of people, in article order, for a short form met before its full name.
  std::vector<std::vector<std::string>> full_names;
  for (const auto& sentence : candidates) {
    for (const auto& candidate : sentence) {
      if (candidate.strength == Strength::Strong && !candidate.canonical.empty())
        strong.insert(lowerAscii(candidate.canonical));
      if (candidate.type == ActorType::Person && candidate.name_tokens.size() >= 2 &&
          candidate.kind == MentionKind::Name)
        full_names.push_back(candidate.name_tokens);
    }
  }

  for (size_t s = 0; s < candidates.size(); ++s) {
    const std::vector<Token>& tokens = sentence_tokens[s];
    const std::string& text = document.sentences[s].text;
    std::vector<int> resolved(candidates[s].size(), -1);
    std::vector<std::vector<int>> resolved_group(candidates[s].size());
    std::vector<std::string> reasons(candidates[s].size());
    std::vector<size_t> span_end(candidates[s].size());
    for (size_t c = 0; c < candidates[s].size(); ++c) {
      Candidate& candidate = candidates[s][c];
      span_end[c] = candidate.last;
      auto surface = [&](size_t first, size_t last) {
        return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
      };
      std::string written = surface(candidate.first, candidate.last);
      std::string& reason = reasons[c];
      reason = candidate.reason;
      int entity = -1;

      if (candidate.acronym_of) {
        int owner = resolved[*candidate.acronym_of];
        if (owner >= 0) {
          entity = owner;
          resolver.addAlias(owner, written);
          resolver.aliasKey(written, owner);
          // The short form becomes the canonical name when it is the usual one: a threat-group
          // code ("APT31") or a gazetteer canonical name ("NATO"), never a mere alias ("PRC").
          const GazetteerEntry* known =
              lexicon.find(candidate.canonical, GazetteerEntry::Kind::Name);
          if (threatCode(tokens, candidate.first, candidate.last) ||
              (known && known->canonical == candidate.canonical))
            resolver.rename(owner, candidate.canonical);
          reason += "; same entity as '" + document.entities[owner].name + "'";
        }
      } else if (candidate.kind == MentionKind::Pronoun) {
        const PronounEntry& pronoun = candidate.pronoun;
        size_t window = pronoun.plural ? 1 : pronoun.refers == "thing" ? 2 : 3;
        auto found = resolver.antecedent(s, candidate.first, window, [&](const HistoryItem& item) {
          if (pronoun.plural) {
            return !item.group.empty() || (item.entity >= 0 && resolver.info(item.entity).plural);
          }
          if (item.entity < 0) return false;
          const Entity& e = document.entities[item.entity];
          const EntityInfo& i = resolver.info(item.entity);
          if (i.plural) return false;
          if (pronoun.refers == "thing") return e.type != ActorType::Person;
          if (e.type != ActorType::Person) return false;
          char wanted = pronoun.refers == "person-f" ? 'f' : 'm';
          return i.gender == '-' || i.gender == wanted;
        });
        if (found) {
          entity = found->entity;
          resolved_group[c] = found->group;
          reason = "pronoun: most recent compatible reference (subject first)";
        } else {
          reason = "pronoun: no compatible antecedent nearby";
        }
      } else if (candidate.kind == MentionKind::Description) {
        const DescriptionEntry& description = candidate.description;
        bool office = description.type == ActorType::Person && !description.detail.empty();
        size_t window = office ? s : 3;  // an office is distinctive: look back to the start
        auto found = resolver.antecedent(s, candidate.first, window, [&](const HistoryItem& item) {
          if (item.entity < 0) return false;
          const Entity& e = document.entities[item.entity];
          if (e.type != description.type || resolver.info(item.entity).plural) return false;
          if (description.detail.empty()) return true;
          if (e.type == ActorType::Person) {
            const auto& offices = resolver.info(item.entity).offices;
            return std::find(offices.begin(), offices.end(), description.detail) != offices.end();
          }
          std::string name = lowerAscii(e.name), head = lowerAscii(description.detail);
          return name.size() >= head.size() &&
                 name.compare(name.size() - head.size(), head.size(), head) == 0;
        });
        if (found) {
          entity = found->entity;
          reason = "description 'the " + candidate.description_noun + "': most recent " +
                   std::string(actorTypeName(description.type));
        } else {
          reason = "description 'the " + candidate.description_noun + "': no antecedent";
        }
      } else if (!candidate.composed_tail.empty()) {
        int owner = candidate.target && *candidate.target < c ? resolved[*candidate.target] : -1;
        if (owner >= 0 && document.entities[owner].type != ActorType::Person) {
          entity =
              resolver.getOrCreate(document.entities[owner].name + " " + candidate.composed_tail,
                                   ActorType::Organization);
          resolver.addAlias(entity, candidate.composed_tail);
          resolver.addAlias(entity, written);
          reason += " of '" + document.entities[owner].name + "'";
        } else {
          continue;
        }
      } else if (candidate.type == ActorType::Group && candidate.target) {
        size_t t = *candidate.target;
        if (t >= candidates[s].size() || candidates[s][t].first != candidate.last) continue;
        span_end[c] = candidates[s][t].last;
        std::string name =
            candidate.canonical + " of " + surface(candidates[s][t].first, candidates[s][t].last);
        entity = resolver.getOrCreate(name, ActorType::Group);
        resolver.info(entity).plural = true;
        written = name;
      } else if (candidate.type == ActorType::Person && !candidate.name_tokens.empty()) {
        const std::vector<std::string>& name = candidate.name_tokens;
        std::string joined = joinWords(name);
        int existing = resolver.find(joined);
        if (existing >= 0 && document.entities[existing].type == ActorType::Person) {
          entity = existing;
        } else {
          for (int person : resolver.peopleByRecency()) {
            if (namesSamePerson(name, resolver.info(person).name_tokens)) {
              entity = person;
              reason += "; short form of '" + document.entities[person].name + "'";
              break;
            }
          }
          if (entity < 0 && name.size() <= 2) {
            for (const auto& full : full_names) {
              if (namesSamePerson(name, full)) {
                entity = resolver.getOrCreate(joinWords(full), ActorType::Person);
                resolver.info(entity).name_tokens = full;
                reason += "; short form of '" + joinWords(full) + "' (named later)";
                break;
              }
            }
          }
          if (entity < 0 && candidate.single_unknown && name.size() == 1) {
            // "Lazarus" after "Lazarus Group": the first word of an organisation or group.
            for (size_t e = 0; e < document.entities.size() && entity < 0; ++e) {
              const Entity& other = document.entities[e];
              if (other.type != ActorType::Person && other.name.size() > name[0].size() &&
                  other.name.compare(0, name[0].size() + 1, name[0] + " ") == 0) {
                entity = static_cast<int>(e);
                reason = "first word of '" + other.name + "'";
              }
            }
            if (entity >= 0) {
              resolved[c] = entity;
              resolver.remember(s, candidate.first, entity);
              Mention mention;
              mention.sentence = s;
              mention.begin = tokens[candidate.first].begin;
              mention.end = tokens[candidate.last - 1].end;
              mention.surface = text.substr(mention.begin, mention.end - mention.begin);
              mention.kind = MentionKind::Alias;
              mention.entity = entity;
              mention.reason = reason;
              document.mentions.push_back(std::move(mention));
              continue;
            }
          }
          if (entity < 0 && candidate.single_unknown) continue;  // one unknown word: no actor
          if (entity < 0) {
            entity = resolver.getOrCreate(joined, ActorType::Person);
            resolver.info(entity).name_tokens = name;
          }
        }
        EntityInfo& info = resolver.info(entity);
        if (info.gender == '-') info.gender = candidate.gender;
        if (!candidate.office.empty() && std::find(info.offices.begin(), info.offices.end(),
                                                   candidate.office) == info.offices.end())
          info.offices.push_back(candidate.office);
        if (candidate.kind == MentionKind::Name && joined != document.entities[entity].name)
          candidate.kind = MentionKind::Alias;
        // Aliases: the name as written and with its honorific; never a lone given name.
        bool lone_given = name.size() == 1 && resolver.info(entity).name_tokens.size() > 1 &&
                          name[0] == resolver.info(entity).name_tokens[0];
        if (!lone_given) resolver.addAlias(entity, joined);
        if (!candidate.honorific_text.empty())
          resolver.addAlias(entity, candidate.honorific_text + " " + joined);
      } else if (!candidate.canonical.empty()) {
        bool known = resolver.find(candidate.canonical) >= 0 || resolver.find(written) >= 0;
        if (candidate.strength == Strength::Weak && !known &&
            !strong.count(lowerAscii(candidate.canonical)))
          continue;
        entity = resolver.find(written);
        if (entity < 0 || document.entities[entity].type != candidate.type)
          entity = resolver.getOrCreate(candidate.canonical, candidate.type);
        if (candidate.type == ActorType::Person && !candidate.office.empty()) {
          auto& offices = resolver.info(entity).offices;
          if (std::find(offices.begin(), offices.end(), candidate.office) == offices.end())
            offices.push_back(candidate.office);
        }
        if (candidate.type == ActorType::Group &&
            lexicon.group_words.count(lowerAscii(candidate.canonical)))
          resolver.info(entity).plural = true;
        if (candidate.strength == Strength::Strong) resolver.addAlias(entity, written);
      } else {
        continue;
      }
      resolved[c] = entity;
      if (entity >= 0 || !resolved_group[c].empty()) {
        resolver.remember(s, candidate.first, entity, resolved_group[c]);
      }
      Mention mention;
      mention.sentence = s;
      mention.begin = tokens[candidate.first].begin;
      mention.end = tokens[span_end[c] - 1].end;
      mention.surface = text.substr(mention.begin, mention.end - mention.begin);
      mention.kind = candidate.kind;
      mention.entity = entity;
      mention.group = resolved_group[c];
      mention.reason = reason;
      document.mentions.push_back(std::move(mention));
    }

    // Coordinations: "Zhao Guangzong and Ni Gaobin", "A, B and the SNP's C".
    std::vector<size_t> members;  // candidate indices that can be list members
    for (size_t c = 0; c < candidates[s].size(); ++c) {
      const Candidate& candidate = candidates[s][c];
      if (resolved[c] < 0 || candidate.kind == MentionKind::Pronoun) continue;
      bool possessor = span_end[c] < tokens.size() && tokens[span_end[c]].text == "'s";
      if (possessor) continue;
      members.push_back(c);
    }
    auto gapAllows = [&](size_t from, size_t to, bool& has_and) {
      if (from >= to) return false;
      for (size_t t = from; t < to; ++t) {
        const std::string& word = tokens[t].text;
        std::string lower = lowerAscii(word);
        if (word == "and" || word == "&") {
          has_and = true;
          continue;
        }
        if (word == "," || lower == "the" || word == "'s" || lower == "former" ||
            lower == "previous" || lower == "fellow" || resolver.titleWords().count(lower))
          continue;
        // A possessor inside the gap: "the SNP's".
        bool inside_candidate = false;
        for (size_t c = 0; c < candidates[s].size(); ++c) {
          if (candidates[s][c].first <= t && t < span_end[c]) inside_candidate = true;
        }
        if (inside_candidate) continue;
        return false;
      }
      return true;
    };
    for (size_t m = 0; m < members.size();) {
      std::vector<size_t> chain{members[m]};
      bool closed = false;
      size_t n = m + 1;
      for (; n < members.size(); ++n) {
        bool has_and = false;
        if (!gapAllows(span_end[chain.back()], candidates[s][members[n]].first, has_and)) break;
        chain.push_back(members[n]);
        if (has_and) {
          closed = true;
          ++n;
          break;
        }
      }
      if (closed && chain.size() >= 2) {
        std::vector<int> group;
        for (size_t c : chain) {
          if (std::find(group.begin(), group.end(), resolved[c]) == group.end())
            group.push_back(resolved[c]);
        }
        if (group.size() >= 2) {
          Mention mention;
          mention.sentence = s;
          mention.begin = tokens[candidates[s][chain.front()].first].begin;
          mention.end = tokens[span_end[chain.back()] - 1].end;
          mention.surface = text.substr(mention.begin, mention.end - mention.begin);
          mention.kind = MentionKind::Name;
          mention.group = group;
          mention.reason = "coordination of " + std::to_string(group.size()) + " actors";
          document.mentions.push_back(std::move(mention));
          resolver.remember(s, candidates[s][chain.front()].first, -1, group);
        }
        m = n;
      } else {
        ++m;
      }
    }
  }
  std::stable_sort(document.mentions.begin(), document.mentions.end(),
                   [](const Mention& a, const Mention& b) {
                     if (a.sentence != b.sentence) return a.sentence < b.sentence;
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.end > b.end;
                   });
}

EntityRecognizer::EntityRecognizer(const std::string& lexicon_dir)
    : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = EntityLexicon::load(lexicon_dir);
}

EntityRecognizer::~EntityRecognizer() = default;

void EntityRecognizer::annotate(Document& document) const {
  document.entities.clear();
  document.mentions.clear();
  std::vector<std::vector<Token>> sentence_tokens;
  std::vector<std::vector<Candidate>> candidates;
  sentence_tokens.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) {
    sentence_tokens.push_back(tokenize(sentence.text));
    candidates.push_back(impl_->recognise(sentence_tokens.back()));
  }
  impl_->resolve(document, sentence_tokens, candidates);
}

namespace {

std::string_view mentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::Name:
      return "name";
    case MentionKind::Alias:
      return "alias";
    case MentionKind::Metonym:
      return "metonym";
    case MentionKind::Pronoun:
      return "pronoun";
    case MentionKind::Description:
      return "description";
  }
  return "?";
}

}  // namespace

void EntityRecognizer::explainSentence(const Document& document, size_t index, std::ostream& out) {
  if (index >= document.sentences.size()) return;
  const Sentence& sentence = document.sentences[index];
  out << "sentence " << index + 1 << " (line " << sentence.line << "): " << sentence.text << '\n';
  auto first = std::lower_bound(document.mentions.begin(), document.mentions.end(), index,
                                [](const Mention& m, size_t s) { return m.sentence < s; });
  for (auto it = first; it != document.mentions.end() && it->sentence == index; ++it) {
    out << "  mention \"" << it->surface << "\" [" << mentionKindName(it->kind) << "] -> ";
    if (it->entity >= 0) {
      const Entity& entity = document.entities[it->entity];
      out << entity.name << " (" << actorTypeName(entity.type) << ")";
    } else if (!it->group.empty()) {
      out << "group {";
      for (size_t g = 0; g < it->group.size(); ++g) {
        out << (g ? ", " : "") << document.entities[it->group[g]].name;
      }
      out << "}";
    } else {
      out << "nothing";
    }
    out << "  because " << it->reason << '\n';
  }
}

}  // namespace kg

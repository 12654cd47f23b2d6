#include "ingest/entities/name_recognizer.h"

#include <algorithm>
#include <cctype>

#include "ingest/syntax/part_of_speech_tagger.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
// The possessive token ("'s", with a straight or a curly apostrophe).
bool isPossessive(const Token& token) { return token.lower == "'s" || token.lower == "\u2019s"; }

bool isOpening(const Token& token) {
  return token.text == "\"" || token.text == "'" || token.text == "(" || token.text == "[" ||
         token.text == ":" || token.text == "-";
}

// "GCHQ", "U.S.", "APT99": more than one capital and no lower-case letter.
bool isAcronym(const std::string& text) {
  size_t upper = 0;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (isUpper(c)) ++upper;
  }
  return upper >= 2;
}

// "MPs", "MEPs", "NGOs": capitals and a final plural s.
bool isPluralAcronym(const std::string& text) {
  if (text.size() < 3 || text.back() != 's') return false;
  for (size_t i = 0; i + 1 < text.size(); ++i)
    if (!isUpper(text[i])) return false;
  return true;
}

bool hasDigit(const std::string& text) { return std::any_of(text.begin(), text.end(), isDigit); }

bool isNumber(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

// "B." in "Jane Q. Holt".
bool isInitial(const std::string& text) {
  return text.size() == 2 && isUpper(text[0]) && text[1] == '.';
}

std::string stripDot(std::string word) {
  if (!word.empty() && word.back() == '.') word.pop_back();
  return word;
}

}  // namespace

struct NameRecognizer::Run {
  size_t first = 0;
  size_t last = 0;
};

bool NameRecognizer::looksLikeDemonym(const std::string& lower) const {
  return lexicon_.looksLikeDemonym(lower);
}

bool NameRecognizer::isCommonWord(const std::string& lower) const {
  if (classes_.isFunctionWord(lower)) return true;
  return WordDictionary::instance().isCommonWord(lower);
}

bool NameRecognizer::nameLike(const Sentence& sentence, size_t i, bool title_case) const {
  const Token& token = sentence.tokens[i];
  const std::string& text = token.text;
  if (text.empty() || !isLetter(text[0])) return false;
  if (isInitial(text)) return true;
  if (isPluralAcronym(text)) return false;  // "MPs", "MEPs": plural common nouns
  if (isAcronym(text)) {
    // An all-capitals dictionary word in a dateline or shouted headline ("ENGLAND", "WARNING")
    // is a name only when the gazetteer knows its capitalised form.
    if (text.size() > 4 && !hasDigit(text) && text.find('.') == std::string::npos &&
        isCommonWord(token.lower)) {
      std::string capitalised = token.lower;
      capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
      if (lexicon_.lookup(capitalised) != nullptr) return true;
      // "attacked the MV SILVER HERON": inside prose (a lower-case word before it), a run of
      // capitals is a name written in capitals.
      auto capitals = [&](size_t k) {
        return k < sentence.tokens.size() && isAcronym(sentence.tokens[k].text) &&
               !isPluralAcronym(sentence.tokens[k].text);
      };
      bool prose = false;
      for (size_t k = 0; k < i && !prose; ++k)
        prose = !sentence.tokens[k].text.empty() &&
                std::islower(static_cast<unsigned char>(sentence.tokens[k].text[0]));
      return !sentence.headline && prose && ((i > 0 && capitals(i - 1)) || capitals(i + 1));
    }
    return text != "I" && text != "A";
  }
  // "Jon Dale al-Harbi": a listed particle joined by a hyphen to a capitalised family name,
  // right after a capitalised word, goes on with the name.
  if (!token.capitalised) {
    size_t hyphen = text.find('-');
    return hyphen != std::string::npos && hyphen + 1 < text.size() && i > 0 &&
           sentence.tokens[i - 1].capitalised &&
           std::isupper(static_cast<unsigned char>(text[hyphen + 1])) &&
           lexicon_.name_particles.count(text.substr(0, hyphen)) > 0;
  }
  if (hasDigit(text)) return true;
  // "Gondorian hacker", "Zorblish officials": a word shaped like a demonym before a lower-case
  // word is an adjective of origin, not a name; but not right after a capitalised word that is
  // not one itself, where it ends a name ("spokesman Wei Lian spoke").
  bool after_name_word =
      i > 0 && sentence.tokens[i - 1].capitalised && !isCommonWord(sentence.tokens[i - 1].lower) &&
      !lexicon_.lookup(sentence.tokens[i - 1].text) &&
      !(i > 1 &&
        lexicon_.lookup(sentence.tokens[i - 2].text + " " + sentence.tokens[i - 1].text)) &&
      !looksLikeDemonym(sentence.tokens[i - 1].lower);
  if (i + 1 < sentence.tokens.size() && !lexicon_.lookup(text) && looksLikeDemonym(token.lower) &&
      !after_name_word) {
    const Token& next = sentence.tokens[i + 1];
    const WordReadings& after = classes_.readings(next.lower);
    if (!next.capitalised && std::isalpha(static_cast<unsigned char>(next.text[0])) &&
        !classes_.isFunctionWord(next.lower) && !isCommonWord(token.lower) &&
        !lexicon_.given_names.count(text) && after.can(PartOfSpeech::Noun))
      return false;
  }
  // "Chinese-backed", "China-based": an adjective with a name inside, not a name.
  size_t hyphen = text.rfind('-');
  if (hyphen != std::string::npos && hyphen + 1 < text.size() &&
      std::islower(static_cast<unsigned char>(text[hyphen + 1])))
    return false;
  bool initial = i == 0 || isOpening(sentence.tokens[i - 1]);
  if (classes_.isFunctionWord(token.lower)) return !initial && !title_case && text != "I";
  if (lexicon_.lookup(text) || lexicon_.given_names.count(text)) return true;
  if (title_case || initial) return !isCommonWord(token.lower);
  return true;
}

void NameRecognizer::run(Document& document, size_t index) const {
  Sentence& sentence = document.sentences[index];
  const std::vector<Token>& tokens = sentence.tokens;
  const size_t n = tokens.size();
  const bool title_case = sentence.headline && PartOfSpeechTagger::isTitleCase(sentence, classes_);
  std::vector<bool> name(n);
  for (size_t i = 0; i < n; ++i) name[i] = nameLike(sentence, i, title_case);
  // "Ana Ruiz de la Vega", "Jan van der Berg": the capitalised name word that the lower-case
  // particles starting at `from` (given_names.tsv "inner-particle", at most three) lead to, or
  // 0 when no particle starts there or no such word follows them.
  constexpr size_t kMostParticles = 3;
  auto afterParticles = [&](size_t from) -> size_t {
    size_t k = from;
    while (k < n && k < from + kMostParticles && !tokens[k].capitalised &&
           lexicon_.inner_particles.count(tokens[k].text))
      ++k;
    return k > from && k < n && name[k] && tokens[k].capitalised ? k : 0;
  };
  // A capitalised dictionary word opening the sentence belongs to a name that goes on:
  // "Deputy PM Arthur Pendle said", "Foreign Ministry spokesperson ...".
  for (size_t i = n; i-- > 0;) {
    bool initial = i == 0 || isOpening(tokens[i - 1]);
    if (!initial || name[i] || !tokens[i].capitalised || classes_.isFunctionWord(tokens[i].lower) ||
        tokens[i].text.find('-') != std::string::npos)
      continue;
    if (i + 1 < n && name[i + 1] && !classes_.isFunctionWord(tokens[i + 1].lower) &&
        tokens[i + 1].capitalised)
      name[i] = true;
    // "Cartel de los Rios said": so does one that particles join to a capitalised word.
    if (afterParticles(i + 1)) name[i] = true;
    // "Unit 26165 was ...": a group head with its number.
    if (i + 1 < n && isNumber(tokens[i + 1].text) && lexicon_.group_heads.count(tokens[i].lower))
      name[i] = true;
  }
  // "Dylan Earl ... Earl is accused of": a capitalised dictionary word that opens the sentence
  // is a person named before when it is that person's last name.
  // (The earlier mentions are read only for such a word: most sentences have none.)
  auto namedBefore = [&](const std::string& word) {
    for (const Mention& before : document.mentions) {
      if (before.sentence < index && before.kind == MentionKind::Name &&
          before.type == ActorType::Person && before.last_token > before.first_token &&
          document.sentences[before.sentence].tokens[before.last_token].text == word)
        return true;
    }
    return false;
  };
  std::vector<bool> surname(n, false);
  for (size_t i = 0; i < n; ++i) {
    bool initial = i == 0 || isOpening(tokens[i - 1]);
    if (initial && !name[i] && tokens[i].capitalised && !(i + 1 < n && tokens[i + 1].capitalised) &&
        namedBefore(tokens[i].text))
      name[i] = surname[i] = true;
  }
  auto lower = [&](size_t i) { return stripDot(tokens[i].lower); };
  auto orgKind = [&](size_t i) -> std::string {
    auto it = lexicon_.organisation_heads.find(lower(i));
    return it == lexicon_.organisation_heads.end() ? "" : it->second;
  };
  auto groupKind = [&](size_t i) -> std::string {
    auto it = lexicon_.group_heads.find(lower(i));
    return it == lexicon_.group_heads.end() ? "" : it->second;
  };
  // Whether a capitalised continuation starting at k ends in an organisation head within a few
  // words ("... Commonwealth and Development Office").
  auto headAhead = [&](size_t k) {
    for (size_t j = k; j < n && j < k + 6 &&
                       (name[j] || tokens[j].lower == "and" || tokens[j].lower == "the" ||
                        tokens[j].lower == "of");
         ++j)
      if (name[j] && !orgKind(j).empty()) return true;
    return false;
  };

  // "Economic Union of Arnor and Gondor (EUAG)": the capitalised words and connectors from a
  // name's first word up to a bracketed acronym that spells their initials (with or without
  // the connectors') are one name; the last word's index, or 0 when no acronym follows. (The
  // initials may start after the name's first words: "Arnorian Trade and Fisheries Office
  // (TFO)".)
  auto spelledByAcronym = [&](size_t first, size_t from) -> size_t {
    auto connector = [&](size_t j) {
      const std::string& w = tokens[j].lower;
      return w == "of" || w == "for" || w == "and" || w == "on" || w == "the" || w == "&";
    };
    for (size_t j = from; j < n && j < from + 8 && (name[j] || connector(j)); ++j) {
      if (!name[j] || j + 3 >= n || tokens[j + 1].text != "(" || tokens[j + 3].text != ")" ||
          !isAcronym(tokens[j + 2].text))
        continue;
      std::string letters;
      for (char c : tokens[j + 2].text)
        if (isUpper(c)) letters += c;
      for (size_t start = first; start < from; ++start) {
        std::string capitals, all;
        for (size_t k = start; k <= j; ++k) {
          char initial =
              static_cast<char>(std::toupper(static_cast<unsigned char>(tokens[k].text[0])));
          if (!isLetter(initial)) continue;
          all += initial;
          if (tokens[k].capitalised && !connector(k)) capitals += initial;
        }
        if (letters == capitals || letters == all) return j;
      }
      return 0;
    }
    return 0;
  };

  // "Kalmor Shipping Company and Blue Sea Trading Company": a name that ends in its head, and
  // two or more capitalised words before the next head after "and", are two names ("Kalmor
  // Bank and Trust Company" is one).
  // (Also a name that is a list's last but one: "Kalmor Oil, Kalmor Trading and Blue Sea
  // Shipping Company" lists three; there one word before the head is enough: "Kalmor Oil,
  // Kalmor Trading and Vorn Holdings".)
  auto secondFullName = [&](size_t first, size_t last, size_t after) {
    bool listed_after_comma = first >= 2 && tokens[first - 1].text == "," && name[first - 2];
    if (orgKind(last).empty() && !listed_after_comma) return false;
    size_t words = 0;
    for (size_t j = after; j < n && (name[j] || tokens[j].lower == "and"); ++j) {
      if (!name[j]) continue;  // "Kalmor Investment and Commercial Bank"
      if (!orgKind(j).empty()) return words >= (listed_after_comma ? 1u : 2u);
      ++words;
    }
    return false;
  };

  std::vector<Run> runs;
  for (size_t i = 0; i < n;) {
    if (!name[i]) {
      ++i;
      continue;
    }
    bool initial = i == 0 || isOpening(tokens[i - 1]);
    // ("Cartel de los Rios": a common word that particles join to a name opens it.)
    const bool particles_next = afterParticles(i + 1) > 0;
    if (initial && !surname[i] && isCommonWord(tokens[i].lower) && !isAcronym(tokens[i].text) &&
        !lexicon_.lookup(tokens[i].text) && !particles_next &&
        !(i + 1 < n && name[i + 1] && !classes_.isFunctionWord(tokens[i + 1].lower)) &&
        !(i + 1 < n && isNumber(tokens[i + 1].text) &&
          lexicon_.group_heads.count(tokens[i].lower))) {
      ++i;
      continue;
    }
    Run run{i, i};
    // A listed name with a possessive or a lower-case word inside: "the People's Republic of
    // Arnor" as a gazetteer lists it.
    for (size_t length = std::min(lexicon_.longest_gazetteer_phrase, n - i); length >= 3; --length)
      if (name[i + length - 1] && lexicon_.lookup(phraseKey(tokens, i, i + length - 1))) {
        run.last = i + length - 1;
        break;
      }
    // Whether the words first..last name a country the gazetteer lists.
    auto countryName = [&](size_t first, size_t last) {
      if (const auto* entries = lexicon_.lookup(phraseKey(tokens, first, last)))
        for (const auto& entry : *entries)
          if (entry.kind == GazetteerEntry::Kind::Name && entry.type == ActorType::Country)
            return true;
      return false;
    };
    while (run.last + 1 < n) {
      size_t next = run.last + 1;
      // "sent to the Government of Norway Sweden's reply": two countries side by side are two
      // names.
      if (name[next] && tokens[next].space_before && countryName(run.first, run.last) &&
          countryName(next, next))
        break;
      if (name[next] && tokens[next].space_before) {
        run.last = next;
        continue;
      }
      const std::string& word = tokens[next].lower;
      // "the United States Attorney's Office": a possessive inside an organisation's name.
      if (word == "'s" && next + 1 < n && name[next + 1] && headAhead(next + 1) &&
          orgKind(run.last).empty()) {
        run.last = next + 1;
        continue;
      }
      // A number after a group head or "Threat": "Group 31", "Unit 26165".
      if (isNumber(tokens[next].text) &&
          (!groupKind(run.last).empty() || isAcronym(tokens[run.last].text))) {
        run.last = next;
        continue;
      }
      // "Vorn & Dale": an ampersand between capitalised words joins one name (not two people
      // or two places a list names: "Tom Erl & Jon Dale", "Arnor & Gondor").
      if (word == "&" && next + 1 < n && name[next + 1] && tokens[next + 1].capitalised &&
          !lexicon_.given_names.count(tokens[next + 1].text) &&
          !lexicon_.lookup(tokens[next + 1].text) && !lexicon_.lookup(tokens[run.last].text)) {
        run.last = next + 1;
        continue;
      }
      // Particles a name writes between its capitalised words, when a capitalised word that
      // is no country's name follows them.
      if (size_t after = afterParticles(next);
          after > 0 && !countryName(after, after) && !countryName(run.first, run.last)) {
        run.last = after;
        continue;
      }
      if (size_t end = spelledByAcronym(run.first, next)) {
        run.last = end;
        continue;
      }
      // Connectors inside an organisation's name: "Ministry of State Security",
      // "Organisation for the Prohibition of Chemical Weapons", "Science and Technology Company".
      if ((word == "of" || word == "for" || word == "on" || word == "and" || word == "&") &&
          next + 1 < n) {
        size_t after = next + 1;
        if (tokens[after].lower == "the" && after + 1 < n && word != "and" && word != "&") ++after;
        bool head_before = false;
        for (size_t k = run.first; k <= run.last; ++k)
          if (!orgKind(k).empty() && orgKind(k) != "suffix") head_before = true;
        bool office_before = lexicon_.office_words.count(lower(run.last)) > 0;
        // "the Union on Friday": a day, month or other word that names no actor ends the name.
        bool non_entity_after = false;
        if (const auto* entries = lexicon_.lookup(tokens[after].text))
          for (const GazetteerEntry& entry : *entries)
            if (entry.kind == GazetteerEntry::Kind::NonEntity) non_entity_after = true;
        // "Secretary of State Jane Roe": a title titles.tsv lists across the connector.
        bool title_across = after + 1 == next + 2 && name[after] &&
                            lexicon_.title(lowerAscii(phraseKey(tokens, run.last, after)));
        if (title_across) {
          run.last = after;
          continue;
        }
        if (name[after] && !non_entity_after &&
            (head_before || !lexicon_.office_words.count(lower(after))) &&
            // ("sanctions by Gondor on Kalmor Bank": "on" joins only after the head.)
            ((word != "and" && word != "&" &&
              (head_before || office_before || (word != "on" && headAhead(after)))) ||
             ((word == "and" || word == "&") && headAhead(after) &&
              isCommonWord(tokens[run.last].lower) &&
              // ("Vorn Mobile and Kalmor Bank": a word no dictionary knows after "and" opens
              // a second name; "Trade and Industry Ministry" goes on.)
              (isCommonWord(tokens[after].lower) || lexicon_.lookup(tokens[after].text)) &&
              !secondFullName(run.first, run.last, after)))) {
          run.last = after;
          continue;
        }
      }
      // "Foreign, Commonwealth and Development Office": a coordinated list before the head
      // ("On Monday, British Foreign Office ..." has no "and", and is two phrases; in "Kalmor
      // Oil, Vorn Trading and Blue Sea Company" or "Vorn Mobile, Kalmor Bank and X" the items
      // have two words, and it lists names.)
      if (word == "," && next + 1 < n && name[next + 1] && headAhead(next + 1) &&
          orgKind(run.last).empty()) {
        size_t k = next + 1;
        bool coordinated = false, one_word_items = true;
        size_t item_words = 0;
        while (k < n && (name[k] || tokens[k].lower == "and" || tokens[k].text == ",")) {
          if (name[k] && !orgKind(k).empty()) break;
          if (tokens[k].lower == "and") coordinated = true;
          if (tokens[k].lower == "and" || tokens[k].text == ",") {
            if (item_words > 1) one_word_items = false;
            item_words = 0;
          } else {
            ++item_words;
          }
          ++k;
        }
        if (k + 1 < n && tokens[k + 1].lower == "and") coordinated = true;
        // (The run so far one word too, past words of origin: "the Gondorian Foreign,
        // Commonwealth and ... Office" is one name, "Vorn Mobile, Kalmor Bank and X" lists
        // names.)
        bool one_word_run = true;
        for (size_t w = run.first; w < run.last; ++w)
          one_word_run = one_word_run && (looksLikeDemonym(tokens[w].lower) ||
                                          lexicon_.lookup(tokens[w].text) != nullptr);
        if (coordinated && one_word_items && one_word_run && k < n && name[k] &&
            !orgKind(k).empty()) {
          run.last = k;
          continue;
        }
      }
      break;
    }
    runs.push_back(run);
    i = run.last + 1;
  }

  // A mention of a country that is token i alone.
  auto oneWordCountry = [&](size_t i, MentionKind kind) {
    Mention mention;
    mention.sentence = index;
    mention.first_token = mention.last_token = mention.head_token = i;
    mention.kind = kind;
    mention.type = ActorType::Country;
    mention.surface = tokens[i].text;
    return mention;
  };
  std::vector<Mention> found;
  for (const Run& run : runs) classify(sentence, index, run, found);
  // "North Korea ... the North's missile test": "the" and the first word of a country's
  // name of two words or more that the article used before stand for that country.
  for (size_t i = 1; i < n; ++i) {
    if (!tokens[i].capitalised || tokens[i - 1].lower != "the" ||
        (i + 1 < n && tokens[i + 1].capitalised && tokens[i + 1].lower != "'s"))
      continue;
    bool covered = std::any_of(found.begin(), found.end(), [&](const Mention& m) {
      return m.first_token <= i && i <= m.last_token;
    });
    if (covered) continue;
    // (The latest such country; a name of exactly two words, so "the Republic" or "the
    // Democratic nominee" takes no longer name's first word.)
    for (auto it = document.mentions.rbegin(); it != document.mentions.rend(); ++it) {
      const Mention& before = *it;
      // (Or its demonym: "North Korean".)
      if (before.sentence >= index ||
          (before.kind != MentionKind::Name && before.kind != MentionKind::Metonym) ||
          before.type != ActorType::Country || before.canonical.empty() ||
          before.last_token != before.first_token + 1 ||
          std::count(before.canonical.begin(), before.canonical.end(), ' ') != 1 ||
          document.sentences[before.sentence].tokens[before.first_token].text != tokens[i].text)
        continue;
      Mention mention = oneWordCountry(i, MentionKind::Alias);
      mention.canonical = before.canonical;
      mention.reason = "'the' + the first word of " + before.canonical;
      found.push_back(mention);
      break;
    }
  }
  // A demonym or country before a lower-case organisation head names a body: "the Chinese
  // embassy", "the British foreign ministry".
  for (const Run& run : runs) {
    const GazetteerEntry* entry = nullptr;
    if (const auto* entries = lexicon_.lookup(phraseKey(tokens, run.first, run.last)))
      entry = &entries->front();
    if (!entry || entry->type != ActorType::Country ||
        (entry->kind != GazetteerEntry::Kind::Demonym && entry->kind != GazetteerEntry::Kind::Name))
      continue;
    size_t k = run.last + 1;
    while (k + 1 < n && !tokens[k].capitalised && orgKind(k).empty() &&
           std::isalpha(static_cast<unsigned char>(tokens[k].text[0])) && k <= run.last + 2 &&
           tokens[k].lower != "and" && !classes_.isFunctionWord(tokens[k].lower))
      ++k;  // "foreign" in "Chinese foreign ministry"
    if (k >= n || tokens[k].capitalised || orgKind(k) != "lowercase-head") continue;
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Mention& m) { return m.first_token == run.first; }),
                found.end());
    Mention mention;
    mention.sentence = index;
    mention.first_token = run.first;
    mention.last_token = k;
    mention.head_token = k;
    mention.kind = MentionKind::Name;
    mention.type = ActorType::Organization;
    mention.surface = surfaceText(sentence, run.first, k);
    mention.reason = "country or demonym + organisation head '" + tokens[k].text + "'";
    found.push_back(mention);
  }

  // Government phrases: "the UK government", "Chinese authorities", "American and British
  // officials", "authorities in Norway", "the government of Norway".
  // The gazetteer's first country (its name or demonym) for a phrase key, or null.
  auto countryEntry = [&](const std::string& key) -> const GazetteerEntry* {
    if (const auto* entries = lexicon_.lookup(key))
      for (const auto& entry : *entries)
        if ((entry.kind == GazetteerEntry::Kind::Name ||
             entry.kind == GazetteerEntry::Kind::Demonym) &&
            entry.type == ActorType::Country)
          return &entry;
    return nullptr;
  };
  auto countryAt = [&](size_t i, size_t* end) -> const GazetteerEntry* {
    for (size_t length = std::min(lexicon_.longest_gazetteer_phrase, n - i); length >= 1; --length)
      if (const GazetteerEntry* entry = countryEntry(phraseKey(tokens, i, i + length - 1))) {
        *end = i + length - 1;
        return entry;
      }
    return nullptr;
  };
  auto governmentAt = [&](size_t i, size_t* end) {
    for (size_t length = std::min(lexicon_.longest_government_word, n - i); length >= 1; --length) {
      std::string key = lowerAscii(phraseKey(tokens, i, i + length - 1));
      // "governments", "authorities": a plural of a listed word counts too.
      if (!lexicon_.government_words.count(key) && key.size() > 3 && key.back() == 's')
        key.pop_back();
      if (!lexicon_.government_words.count(key) && length == 1 && synonyms_ &&
          !tokens[i].capitalised) {
        const std::string& base = WordDictionary::instance().senses(key).noun_lemma;
        std::string listed = synonyms_->listedWordFor(base.empty() ? key : base);
        if (!listed.empty()) key = listed;
      }
      if (lexicon_.government_words.count(key)) {
        *end = i + length - 1;
        return true;
      }
    }
    return false;
  };
  // "the Roe administration", "Roe's government": a leader's name before a government word
  // names that government, a body, not the person.
  for (Mention& mention : found) {
    // (A single surname no lexicon lists may not be typed a person yet: "the Roe
    // administration".)
    bool unknown = mention.reason.rfind("capitalised word", 0) == 0;
    if (mention.kind != MentionKind::Name || (mention.type != ActorType::Person && !unknown))
      continue;
    size_t k = mention.last_token + 1;
    if (k < n && tokens[k].lower == "'s") ++k;
    size_t government_end = 0;
    // (After a word no lexicon lists, which may be a country's name, only "administration":
    // "Arnor's government" and "Arnor's state" stay Arnor.)
    if (k < n && !tokens[k].capitalised && governmentAt(k, &government_end) &&
        (mention.type == ActorType::Person || tokens[k].lower == "administration") &&
        tokens[government_end].lower != "state" && tokens[government_end].lower != "side") {
      mention.last_token = mention.head_token = government_end;
      mention.type = ActorType::Organization;
      mention.canonical.clear();
      mention.surface = surfaceText(sentence, mention.first_token, government_end);
      mention.reason = "a leader's name + government word";
    }
  }
  std::vector<Mention> metonyms;
  for (size_t i = 0; i < n; ++i) {
    size_t country_end = 0;
    const GazetteerEntry* country = countryAt(i, &country_end);
    if (!country) continue;
    std::vector<std::string> countries{country->canonical};
    size_t k = country_end + 1;
    // "American and British authorities", "the US, UK and Australian governments".
    while (k + 1 < n && (tokens[k].lower == "and" || tokens[k].text == ",")) {
      size_t other_end = 0;
      const GazetteerEntry* other = countryAt(k + 1, &other_end);
      if (!other) break;
      countries.push_back(other->canonical);
      k = other_end + 1;
    }
    size_t government_end = 0;
    if (k < n && governmentAt(k, &government_end)) {
      Mention mention;
      mention.sentence = index;
      mention.first_token = i;
      mention.last_token = government_end;
      mention.head_token = government_end;
      mention.kind = MentionKind::Metonym;
      mention.type = ActorType::Country;
      mention.canonical = countries.front();
      if (countries.size() > 1) mention.canonical.clear(), mention.plural = true;
      mention.surface = surfaceText(sentence, i, government_end);
      mention.reason = "country + government word";
      for (const auto& c : countries) mention.reason += " [" + c + "]";
      metonyms.push_back(mention);
      i = government_end;
    }
  }
  for (size_t i = 0; i + 2 < n; ++i) {
    size_t government_end = 0;
    if (!governmentAt(i, &government_end)) continue;
    size_t k = government_end + 1;
    if (k >= n || (tokens[k].lower != "in" && tokens[k].lower != "of")) continue;
    ++k;
    if (k < n && tokens[k].lower == "the") ++k;
    size_t country_end = 0;
    const GazetteerEntry* country = k < n ? countryAt(k, &country_end) : nullptr;
    if (!country || country->kind != GazetteerEntry::Kind::Name) continue;
    std::vector<std::string> countries{country->canonical};
    // "governments of the US and the UK".
    size_t j = country_end + 1;
    if (j + 1 < n && tokens[j].lower == "and") {
      size_t other_start = j + 1;
      if (tokens[other_start].lower == "the" && other_start + 1 < n) ++other_start;
      size_t other_end = 0;
      const GazetteerEntry* other = countryAt(other_start, &other_end);
      if (other && other->kind == GazetteerEntry::Kind::Name) {
        countries.push_back(other->canonical);
        country_end = other_end;
      }
    }
    Mention mention;
    mention.sentence = index;
    mention.first_token = i;
    mention.last_token = country_end;
    mention.head_token = i;
    mention.kind = MentionKind::Metonym;
    mention.type = ActorType::Country;
    mention.canonical = countries.size() == 1 ? countries.front() : "";
    mention.plural = countries.size() > 1;
    mention.surface = surfaceText(sentence, i, country_end);
    mention.reason = "government word + in/of + country";
    for (const auto& c : countries) mention.reason += " [" + c + "]";
    metonyms.push_back(mention);
  }
  // "authorities said" with no country: the country of the story's dateline ("WARSAW (AP) -").
  if (std::string dateline_country = datelineCountry(document); !dateline_country.empty())
    for (size_t i = 0; i < n; ++i) {
      if (tokens[i].lower != "authorities") continue;
      if (i > 0 && !(tokens[i - 1].lower == "the" ||
                     !std::isalnum(static_cast<unsigned char>(tokens[i - 1].text[0])) ||
                     classes_.isFunctionWord(tokens[i - 1].lower)))
        continue;  // "Arnorian authorities", "tax authorities": a modifier says whose
      if (i > 1 && tokens[i - 1].lower == "the" && !classes_.isFunctionWord(tokens[i - 2].lower) &&
          tokens[i - 2].capitalised)
        continue;
      if (i + 1 < n && (tokens[i + 1].lower == "in" || tokens[i + 1].lower == "of")) continue;
      Mention mention = oneWordCountry(i, MentionKind::Metonym);
      mention.canonical = dateline_country;
      mention.reason = "authorities of the dateline's country [" + dateline_country + "]";
      metonyms.push_back(mention);
    }
  // "US-UK sanctions", "the Arnorian-Gondorian talks": a hyphenated word whose parts each name
  // a country stands for those countries.
  for (size_t i = 0; i < n; ++i) {
    const std::string& text = tokens[i].text;
    if (text.find('-') == std::string::npos || !tokens[i].capitalised) continue;
    std::vector<std::string> countries;
    bool all = true;
    for (size_t start = 0; all && start <= text.size();) {
      size_t dash = text.find('-', start);
      std::string part = text.substr(start, dash == std::string::npos ? dash : dash - start);
      const GazetteerEntry* country = countryEntry(part);
      all = country != nullptr;
      if (country) countries.push_back(country->canonical);
      if (dash == std::string::npos) break;
      start = dash + 1;
    }
    if (!all || countries.size() < 2) continue;
    Mention mention = oneWordCountry(i, MentionKind::Metonym);
    mention.plural = true;
    mention.reason = "countries joined by a hyphen";
    for (const auto& c : countries) mention.reason += " [" + c + "]";
    metonyms.push_back(mention);
  }
  // A metonym replaces the names it covers ("UK" in "the UK government").
  for (const Mention& metonym : metonyms) {
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Mention& m) {
                                 return m.first_token >= metonym.first_token &&
                                        m.last_token <= metonym.last_token;
                               }),
                found.end());
    bool overlaps = std::any_of(found.begin(), found.end(), [&](const Mention& m) {
      return m.first_token <= metonym.last_token && metonym.first_token <= m.last_token;
    });
    if (!overlaps) found.push_back(metonym);
  }
  std::sort(found.begin(), found.end(),
            [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });

  // Append, keeping Document::mentions ordered by (sentence, first token).
  for (Mention& mention : found) {
    int id = static_cast<int>(document.mentions.size());
    for (size_t t = mention.first_token; t <= mention.last_token; ++t)
      sentence.tokens[t].mention = id;
    document.mentions.push_back(std::move(mention));
  }
}

std::string NameRecognizer::datelineCountry(const Document& document) const {
  std::string place = document.dateline;
  size_t end = place.find_first_of(",(-\xE2");  // before ", Kan.", "(AP)", a dash
  place = place.substr(0, end);
  // Capitals to title case: "KANSAS CITY" -> "Kansas City".
  bool start = true;
  for (char& c : place) {
    unsigned char u = static_cast<unsigned char>(c);
    c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
    start = c == ' ';
  }
  while (!place.empty() && place.back() == ' ') place.pop_back();
  while (!place.empty() && place.front() == ' ') place.erase(place.begin());
  if (place.empty()) return "";
  if (const auto* entries = lexicon_.lookup(place))
    for (const GazetteerEntry& entry : *entries) {
      if (entry.kind == GazetteerEntry::Kind::Name && entry.type == ActorType::Country)
        return entry.canonical;
      if (entry.kind == GazetteerEntry::Kind::Capital) return entry.canonical;
      if (entry.kind == GazetteerEntry::Kind::Place && !entry.country.empty()) return entry.country;
    }
  return "";
}

bool NameRecognizer::actorAfterPreposition(const Sentence& sentence, size_t preposition) const {
  const std::vector<Token>& tokens = sentence.tokens;
  auto words = lexicon_.actor_after.find(tokens[preposition].lower);
  if (words == lexicon_.actor_after.end()) return false;
  // Back through the clause, a few words at most: "attributed [the 2017 attack] to".
  for (size_t k = preposition; k-- > 0 && preposition - k <= 8;) {
    const std::string& word = tokens[k].lower;
    if (word == "," || word == ";" || word == ":" || word == "." || word == "(" || word == ")")
      return false;
    if (words->second.count(word)) return true;
  }
  return false;
}

void NameRecognizer::classify(const Sentence& sentence, size_t sentence_index, Run run,
                              std::vector<Mention>& out) const {
  const std::vector<Token>& tokens = sentence.tokens;
  auto lower = [&](size_t i) { return stripDot(tokens[i].lower); };
  auto orgKind = [&](size_t i) -> std::string {
    auto it = lexicon_.organisation_heads.find(lower(i));
    return it == lexicon_.organisation_heads.end() ? "" : it->second;
  };
  auto groupKind = [&](size_t i) -> std::string {
    auto it = lexicon_.group_heads.find(lower(i));
    return it == lexicon_.group_heads.end() ? "" : it->second;
  };
  auto emit = [&](size_t first, size_t last, MentionKind kind, ActorType type,
                  const std::string& reason, const std::string& canonical = "",
                  const std::string& office = "") {
    Mention mention;
    mention.sentence = sentence_index;
    mention.first_token = first;
    mention.last_token = last;
    mention.head_token = last;
    mention.kind = kind;
    mention.type = type;
    mention.surface = surfaceText(sentence, first, last);
    mention.canonical = canonical;
    mention.office = office;
    mention.reason = reason;
    mention.plural = false;
    out.push_back(std::move(mention));
  };
  auto gazetteer = [&](size_t first, size_t last) -> const GazetteerEntry* {
    if (const auto* entries = lexicon_.lookup(phraseKey(tokens, first, last)))
      return &entries->front();
    return nullptr;
  };
  // Whether the capitalised word before `first` ("Gondor's", "Gondorian") names a country
  // other than `country`: a known country or demonym of another, or an unknown capitalised word.
  auto ownedByAnotherCountry = [&](size_t first, const std::string& country) {
    size_t k = first;
    if (k >= 2 && isPossessive(tokens[k - 1])) k -= 1;
    if (k == 0 || !tokens[k - 1].capitalised || tokens[k - 1].lower == "the") return false;
    if (k == first && k - 1 == 0) return false;  // a sentence's capitalised first word
    const GazetteerEntry* owner = gazetteer(k - 1, k - 1);
    // An unknown name may be a country ("Gondor's"); a dictionary word ("the Treasury's
    // Office of ...") is part of the same government.
    if (!owner) return !WordDictionary::instance().isCommonWord(tokens[k - 1].text);
    return (owner->kind == GazetteerEntry::Kind::Name ||
            owner->kind == GazetteerEntry::Kind::Demonym ||
            owner->kind == GazetteerEntry::Kind::Capital) &&
           owner->type == ActorType::Country && owner->canonical != country;
  };

  // Leading time words and other non-entities ("Monday", "March"), unless the whole run is a
  // known name ("European Union").
  while (run.first <= run.last && !gazetteer(run.first, run.last)) {
    const GazetteerEntry* entry = gazetteer(run.first, run.first);
    if (entry && entry->kind == GazetteerEntry::Kind::NonEntity) {
      ++run.first;
      continue;
    }
    break;
  }
  if (run.first > run.last) return;

  // The whole run in a gazetteer.
  if (const GazetteerEntry* entry = gazetteer(run.first, run.last)) {
    bool locative = run.first > 0 && lexicon_.locatives.count(tokens[run.first - 1].lower) > 0;
    switch (entry->kind) {
      case GazetteerEntry::Kind::Name:
        if (!entry->country.empty() && ownedByAnotherCountry(run.first, entry->country)) {
          // "Gondor's Treasury Department": that country's agency, named with its country.
          size_t owner = run.first - 1;
          if (!isPossessive(tokens[owner]))
            ++owner;  // "Gondorian Justice Department" keeps its own words
          else if (owner > 0)
            --owner;
          emit(run.first, run.last, MentionKind::Name, entry->type,
               "agency name after another country's name", surfaceText(sentence, owner, run.last));
          return;
        }
        emit(run.first, run.last, MentionKind::Name, entry->type, "gazetteer name",
             entry->canonical);
        return;
      case GazetteerEntry::Kind::Capital:
        if (!locative)
          emit(run.first, run.last, MentionKind::Metonym, ActorType::Country,
               "capital or seat of government", entry->canonical);
        return;
      case GazetteerEntry::Kind::Demonym:
        // "Israeli hospitals", "Chinese cyberattacks": the country, as the owner of what
        // follows (a demonym alone is no actor in a clause of its own).
        // ("Russian is sanctioned": before a verb it names a person of that nationality.)
        if (run.last + 1 < tokens.size() && !tokens[run.last + 1].capitalised &&
            std::isalpha(static_cast<unsigned char>(tokens[run.last + 1].text[0]))) {
          WordDictionary::Senses next =
              WordDictionary::instance().senses(tokens[run.last + 1].lower);
          if (!next.verb || next.noun || next.adjective)
            emit(run.first, run.last, MentionKind::Metonym, ActorType::Country,
                 "demonym before a noun", entry->canonical);
        }
        return;
      case GazetteerEntry::Kind::Place:
      case GazetteerEntry::Kind::NonEntity:
      case GazetteerEntry::Kind::LawHead:
        return;
    }
  }

  // A run that ends in a country after two or more other words is two runs: "Ivo Marek US"
  // (a missing full stop before "US officials ...").
  if (run.last >= run.first + 2) {
    for (size_t length = 1; length <= 2 && run.last >= run.first + length + 1; ++length) {
      size_t start = run.last - length + 1;
      const GazetteerEntry* tail = gazetteer(start, run.last);
      if (tail && tail->kind == GazetteerEntry::Kind::Name && tail->type == ActorType::Country &&
          orgKind(start - 1).empty() && !classes_.isFunctionWord(tokens[start - 1].lower) &&
          !lexicon_.given_names.count(tokens[start - 1].text)) {  // "Jane Chad": a surname
        classify(sentence, sentence_index, Run{run.first, start - 1}, out);
        classify(sentence, sentence_index, Run{start, run.last}, out);
        return;
      }
    }
  }
  // "Arnor's Ministry of Defence": an owner before a name that the gazetteer lists whole.
  for (size_t k = run.first + 1; k + 1 <= run.last; ++k) {
    if (!isPossessive(tokens[k])) continue;
    if (!gazetteer(k + 1, run.last)) continue;
    classify(sentence, sentence_index, Run{run.first, k - 1}, out);
    classify(sentence, sentence_index, Run{k + 1, run.last}, out);
    return;
  }
  // A title with no name: "the Arnorian Foreign Minister said", "The U.S. Secretary of State
  // also said": a description of whoever holds that office (coreference finds the holder). Only
  // a country or demonym may come before the title.
  // (At most two words of origin: "the U.S. Secretary of State".)
  for (size_t start = run.first; start <= run.last && start < run.first + 3; ++start) {
    const TitleEntry* title = lexicon_.title(lowerAscii(phraseKey(tokens, start, run.last)));
    if (!title || title->honorific || title->office.empty()) continue;
    bool origin_only = true;
    for (size_t k = run.first; k < start; ++k) {
      const GazetteerEntry* origin = gazetteer(k, k);
      bool country =
          origin &&
          (origin->kind == GazetteerEntry::Kind::Demonym ||
           (origin->kind == GazetteerEntry::Kind::Name && origin->type == ActorType::Country));
      // (An unknown capitalised word before the title, as "Arnorian", may be a demonym.)
      if (!country && isCommonWord(tokens[k].lower)) origin_only = false;
    }
    if (!origin_only) break;
    emit(run.first, run.last, MentionKind::Description, ActorType::Person,
         "title with no name: its holder", "", title->office);
    return;
  }
  // A title before a person's name: the last office word or honorific whose following words
  // are a name ("Deputy PM Arthur Pendle", "Foreign Ministry Spokesperson Lee Minho").
  for (size_t p = run.last; p-- > run.first;) {
    std::string word = lower(p);
    bool office = lexicon_.office_words.count(word) > 0;
    const TitleEntry* honorific = lexicon_.title(word);
    if (!office && !(honorific && honorific->honorific)) continue;
    bool name_after = true;
    for (size_t k = p + 1; k <= run.last; ++k)
      if (!orgKind(k).empty() || lexicon_.office_words.count(lower(k)) ||
          isNumber(tokens[k].text) || classes_.isFunctionWord(tokens[k].lower))
        name_after = false;
    bool only_honorifics = true;  // "Minister Lord [Jan] Holt": no name inside the run
    for (size_t k = p + 1; k <= run.last; ++k) {
      const TitleEntry* title = lexicon_.title(lower(k));
      if (!(title && title->honorific)) only_honorifics = false;
    }
    if (name_after && only_honorifics) continue;
    if (!name_after) {
      // "Minister for Digital Trade Jane Roe": an office with a complement; the name is the
      // words after it that no dictionary knows (or a given name first), two or more.
      size_t last_connector = p;
      for (size_t k = p + 1; k <= run.last; ++k)
        if (classes_.isFunctionWord(tokens[k].lower)) last_connector = k;
      if (last_connector == p || last_connector + 3 > run.last) continue;
      size_t start = run.last + 1;
      for (size_t k = run.last + 1; k-- > last_connector + 2;) {
        bool name_word = (!isCommonWord(tokens[k].lower) && orgKind(k).empty() &&
                          !lexicon_.office_words.count(lower(k)) && !isNumber(tokens[k].text)) ||
                         lexicon_.given_names.count(tokens[k].text);
        if (!name_word) break;
        start = k;
      }
      if (start + 1 > run.last) continue;
      emit(start, run.last, MentionKind::Name, ActorType::Person,
           "name after title '" + surfaceText(sentence, run.first, start - 1) + "'", "",
           lowerAscii(phraseKey(tokens, p, start - 1)));
      return;
    }
    // The title: the longest titles.tsv entry ending at p, else the office word itself.
    std::string office_name = word;
    for (size_t start = run.first; start <= p; ++start) {
      std::string key = lowerAscii(phraseKey(tokens, start, p));
      if (const TitleEntry* title = lexicon_.title(key)) {
        office_name = title->honorific ? "" : title->office;
        break;
      }
    }
    // Organisations and countries inside the title are not mentioned separately; the
    // person's name is.
    emit(p + 1, run.last, MentionKind::Name, ActorType::Person,
         "name after title '" + surfaceText(sentence, run.first, p) + "'", "", office_name);
    if (honorific && honorific->honorific) out.back().honorific = tokens[p].text;
    return;
  }

  // A country, capital or demonym before the rest: "UK Audit Commission", "US Treasury
  // Department", "Chinese Embassy" are organisations named with it.
  size_t last_head = run.last;
  std::string last_org = orgKind(run.last);
  // The head of "Ministry of State Security" is "Ministry".
  for (size_t k = run.first; k < run.last; ++k) {
    std::string word = tokens[k].lower;
    if ((word == "of" || word == "for" || word == "on") && k > run.first &&
        !orgKind(k - 1).empty()) {
      last_head = k - 1;
      last_org = orgKind(k - 1);
      break;
    }
  }
  if (!last_org.empty() && !(run.first == run.last && last_org == "suffix")) {
    emit(run.first, run.last, MentionKind::Name, ActorType::Organization,
         "organisation head '" + tokens[last_head].text + "'");
    return;
  }
  std::string group = groupKind(run.last);
  bool numbered = isNumber(tokens[run.last].text) && run.last > run.first &&
                  (!groupKind(run.last - 1).empty() || isAcronym(tokens[run.last - 1].text));
  bool code_name = run.first == run.last && hasDigit(tokens[run.first].text) &&
                   isAcronym(tokens[run.first].text);
  if ((!group.empty() && group != "numbered" && run.last > run.first) || numbered || code_name) {
    emit(run.first, run.last, MentionKind::Name, ActorType::Group,
         numbered    ? "numbered group name"
         : code_name ? "code name"
                     : "group head '" + tokens[run.last].text + "'");
    return;
  }

  size_t length = run.last - run.first + 1;
  const TitleEntry* title_before = nullptr;
  if (run.first > 0) title_before = lexicon_.title(lower(run.first - 1));
  bool given = lexicon_.given_names.count(tokens[run.first].text) > 0;
  bool family_first = lexicon_.family_first_names.count(tokens[run.first].text) > 0;
  size_t uncommon = 0, words = 0;
  bool has_initial = false;
  for (size_t k = run.first; k <= run.last; ++k) {
    if (isInitial(tokens[k].text)) {
      has_initial = true;
      continue;
    }
    if (!isLetter(tokens[k].text[0]) || classes_.isFunctionWord(tokens[k].lower)) continue;
    ++words;
    if (!isCommonWord(tokens[k].lower) && !isAcronym(tokens[k].text)) ++uncommon;
  }
  bool acronym_inside = false;
  for (size_t k = run.first; k <= run.last; ++k)
    if (isAcronym(tokens[k].text) && !isInitial(tokens[k].text)) acronym_inside = true;
  if (length >= 2 && length <= 5 && !acronym_inside &&
      (given || family_first || has_initial || (title_before && length <= 4) ||
       (uncommon == words && words >= 2) ||
       // "Vorn Tel Arun": one dictionary word among three or more unknown ones, none last.
       (words >= 3 && uncommon + 1 >= words && !isCommonWord(tokens[run.last].lower)))) {
    emit(run.first, run.last, MentionKind::Name, ActorType::Person,
         given          ? "given name"
         : family_first ? "family name first"
         : has_initial  ? "initial"
         : title_before ? "title before"
                        : "words no dictionary knows");
    return;
  }
  // "two Russians", "the three Arnorians", "five New Zealanders": a count before a demonym's
  // plural counts people of that country, as "two Russian men" does.
  if (run.first > 0 &&
      (isNumber(tokens[run.first - 1].text) ||
       classes_.readings(tokens[run.first - 1].lower).can(PartOfSpeech::Number)) &&
      tokens[run.last].text.size() > 3 && tokens[run.last].text.back() == 's') {
    std::string singular = phraseKey(tokens, run.first, run.last);
    singular.pop_back();
    const GazetteerEntry* demonym = lexicon_.find(singular, GazetteerEntry::Kind::Demonym);
    if (!demonym) demonym = lexicon_.find(lowerAscii(singular), GazetteerEntry::Kind::Demonym);
    if (demonym || (length == 1 && lexicon_.looksLikeDemonym(lowerAscii(singular)))) {
      size_t first = run.first - 1;  // "10 million Arnorians": the whole count
      while (first > 0 && (isNumber(tokens[first - 1].text) ||
                           classes_.readings(tokens[first - 1].lower).can(PartOfSpeech::Number)))
        --first;
      // The mention is the word (the tagger reads the count as a count); its name, the
      // whole phrase.
      emit(run.first, run.last, MentionKind::Phrase, ActorType::Group,
           "a count of a demonym's plural");
      out.back().surface = surfaceText(sentence, first, run.last);
      out.back().plural = true;
      out.back().head_token = run.last;
      return;
    }
  }
  if (length == 1) {
    const std::string& text = tokens[run.first].text;
    if (title_before || given) {
      emit(run.first, run.last, MentionKind::Name, ActorType::Person,
           title_before ? "title before" : "given name");
      return;
    }
    if (isAcronym(text)) {
      emit(run.first, run.last, MentionKind::Name, ActorType::Organization, "acronym");
      return;
    }
    // "Norwegians held in X": a listed demonym's plural alone names people of that country,
    // a group, not a body called so.
    if (text.size() > 3 && text.back() == 's' && run.first == run.last) {
      if (lexicon_.find(text.substr(0, text.size() - 1), GazetteerEntry::Kind::Demonym)) {
        emit(run.first, run.last, MentionKind::Phrase, ActorType::Group, "a demonym's plural");
        out.back().plural = true;
        return;
      }
    }
    // "in Springfield", "from Lyon": an unknown word after a preposition of place is a place;
    // but "attributed the attack to Quartzwing" pins the attack on it, and "according to
    // Arnor" and "levelled accusations at Arnor" name actors.
    // ("in response to Arnor's invasion of X": a name that owns what follows is no place.)
    bool owns = run.last + 1 < tokens.size() && isPossessive(tokens[run.last + 1]);
    if (run.first > 0 && lexicon_.locatives.count(tokens[run.first - 1].lower) &&
        !isAcronym(text) && !owns && !actorAfterPreposition(sentence, run.first - 1))
      return;
    // A capitalised dictionary word inside a sentence is a name only when the word is rare
    // ("Quartz" the group, not "Exchange" the product or "West").
    // ("the crypto firm Serenity", "the hacking group Quartz": right after a lower-case noun for a
    // body, it is that body's name.)
    bool after_body_noun = run.first > 0 && !tokens[run.first - 1].capitalised &&
                           WordDictionary::instance().nounLexicographerFile(
                               tokens[run.first - 1].lower) == WordNetFiles::kNounGroup;
    if (isCommonWord(tokens[run.first].lower) && !after_body_noun) {
      WordDictionary::Senses senses = WordDictionary::instance().senses(tokens[run.first].lower);
      int frequency =
          senses.noun_count + senses.verb_count + senses.adjective_count + senses.adverb_count;
      if (frequency >= 3) return;
    }
    emit(run.first, run.last, MentionKind::Name, ActorType::Organization,
         "capitalised word no lexicon lists");
    return;
  }
  // "the Arnorian Minister of Trade, Jon Dale,": an office (titles.tsv), after a demonym or
  // a country's name, with its "of" phrase and no name after it, describes the person who holds
  // it.
  size_t office = run.first;
  if (office < run.last && (lexicon_.looksLikeDemonym(tokens[office].lower) ||
                            lexicon_.find(tokens[office].text, GazetteerEntry::Kind::Name)))
    ++office;
  const TitleEntry* held = lexicon_.title(tokens[office].lower);
  if (held && !held->honorific && office + 2 <= run.last && tokens[office + 1].lower == "of") {
    emit(run.first, run.last, MentionKind::Description, ActorType::Person,
         "an office and its 'of' phrase");
    return;
  }
  // Several capitalised words without a head: a name of some body or thing ("Glass Lantern",
  // "Five Eyes"); an organisation unless each word is a dictionary word and nothing marks it.
  emit(run.first, run.last, MentionKind::Name, ActorType::Organization, "capitalised words");
}

}  // namespace kg

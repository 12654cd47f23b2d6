#include "ingest/syntax/part_of_speech_tagger.h"

#include <algorithm>
#include <cctype>

#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

using P = PartOfSpeech;

bool isPunctuationText(const std::string& text) {
  unsigned char c = static_cast<unsigned char>(text[0]);
  return text.size() == 1 && !std::isalnum(c) && c < 0x80;
}

bool isPersonalPronoun(const std::string& lower) {
  return lower == "he" || lower == "she" || lower == "it" || lower == "they" || lower == "we" ||
         lower == "i" || lower == "you";
}

bool isOpening(const Token& token) {
  return token.text == "\"" || token.text == "'" || token.text == "(" || token.text == "[" ||
         token.text == ":" || token.text == "-";
}

}  // namespace

bool PartOfSpeechTagger::isTitleCase(const Sentence& sentence, const WordClasses& classes) {
  // Only dictionary words tell: names are capitalised in any style.
  size_t words = 0, capitalised = 0;
  for (size_t i = 1; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    if (token.text.size() <= 3 || !std::isalpha(static_cast<unsigned char>(token.text[0])))
      continue;
    const WordReadings& readings = classes.readings(token.lower);
    if (!readings.known || readings.can(PartOfSpeech::ProperNoun)) continue;
    if (!WordDictionary::instance().isCommonWord(token.lower)) continue;
    ++words;
    if (token.capitalised) ++capitalised;
  }
  return words >= 3 && capitalised * 10 >= words * 7;
}

void PartOfSpeechTagger::tag(Sentence& sentence,
                             const std::vector<std::pair<size_t, size_t>>& names) const {
  std::vector<Token>& tokens = sentence.tokens;
  const size_t n = tokens.size();
  std::vector<WordReadings> readings(n);
  std::vector<bool> in_name(n, false);
  for (auto [first, last] : names)
    for (size_t t = first; t <= last && t < n; ++t) in_name[t] = true;
  const bool title_case = sentence.headline && isTitleCase(sentence, classes_);

  // Lexical readings.
  for (size_t i = 0; i < n; ++i) {
    Token& token = tokens[i];
    token.lemma = token.lower;
    token.form = VerbForm::None;
    token.plural = false;
    // "the Arnor/Gondor talks", "Arnor/Gondor said": a slash between two capitalised words,
    // unspaced, joins them; before a noun, as that noun's modifiers (a noun itself, as "and"
    // would split the phrase: "Arnor and Gondor talks"), else as "and" does.
    if (token.text == "/" && i > 0 && i + 2 < tokens.size() && !token.space_before &&
        !tokens[i + 1].space_before && tokens[i - 1].capitalised && tokens[i + 1].capitalised) {
      bool before_noun =
          classes_.readings(tokens[i + 2].lower).can(P::Noun) && !tokens[i + 2].capitalised;
      token.pos = before_noun ? P::Noun : P::Coordinator;
      WordReadings joiner;
      joiner.add(token.pos);
      joiner.known = true;
      readings[i] = joiner;
      continue;
    }
    if (isPunctuationText(token.text)) {
      token.pos = token.text == "\"" || token.text == "'" ? P::Quote
                  : std::string(",.;:!?()[]-").find(token.text) != std::string::npos
                      ? P::Punctuation
                      : P::Symbol;
      continue;
    }
    // A lone "'" is a quotation mark unless it closes a plural noun ("the members' votes").
    if (token.lower == "'" && (token.space_before || i == 0 || i + 1 >= tokens.size() ||
                               tokens[i - 1].lower.back() != 's' ||
                               !std::isalpha(static_cast<unsigned char>(tokens[i + 1].text[0])) ||
                               classes_.isFunctionWord(tokens[i + 1].lower))) {
      token.pos = P::Quote;
      continue;
    }
    if (token.lower == "'s" || token.lower == "'") {
      token.pos = P::Possessive;
      // "It's reported", "there's", "who's": the clitic is "is".
      if (token.lower == "'s" && i > 0) {
        const std::string& before = tokens[i - 1].lower;
        if (before == "it" || before == "that" || before == "there" || before == "what" ||
            before == "who" || before == "he" || before == "she" || before == "here") {
          token.pos = P::Auxiliary;
          token.form = VerbForm::Present;
          token.lemma = "be";
          WordReadings be;
          be.add(P::Auxiliary);
          be.auxiliary = "be";
          be.auxiliary_form = VerbForm::Present;
          be.known = true;
          readings[i] = be;
        }
      }
      continue;
    }
    WordReadings word = classes_.readings(token.lower);
    bool initial = i == 0 || isOpening(tokens[i - 1]);
    bool letters = std::isalpha(static_cast<unsigned char>(token.text[0])) != 0;
    size_t hyphen = token.text.rfind('-');
    bool lower_tail = hyphen != std::string::npos && hyphen + 1 < token.text.size() &&
                      std::islower(static_cast<unsigned char>(token.text[hyphen + 1]));
    // A month's name beside a day or a year is a name ("on 3 May", "May 2024"), whatever
    // function word it also spells.
    auto digits = [&](size_t j) {
      return j < n && !tokens[j].text.empty() &&
             std::isdigit(static_cast<unsigned char>(tokens[j].text[0]));
    };
    // "in May.", "since March": after a preposition, with no verb to follow, a month too.
    auto prepositionBefore = [&]() {
      return i > 0 && classes_.readings(tokens[i - 1].lower).can(P::Preposition) &&
             !classes_.readings(tokens[i - 1].lower).can(P::Verb) &&
             (i + 1 >= n || !classes_.readings(tokens[i + 1].lower).can(P::Verb));
    };
    bool dated_month = token.capitalised && classes_.isMonthName(token.lower) &&
                       ((i > 0 && digits(i - 1)) || digits(i + 1) || prepositionBefore());
    if (dated_month) {
      word = {};
      word.add(P::ProperNoun);
    } else if (token.capitalised && letters && !title_case && !lower_tail) {
      bool function_word = classes_.isFunctionWord(token.lower);
      if (initial) {
        if (!word.known) word = {}, word.add(P::ProperNoun);
      } else if (!function_word || token.text == "I") {
        // A capital inside a sentence marks a name ("the Audit Commission", "Chinese").
        word = {};
        word.add(P::ProperNoun);
      }
    } else if (title_case && token.capitalised && !word.known) {
      word = {};
      word.add(P::ProperNoun);
    }
    bool has_digit = false, has_upper_inside = false;
    for (size_t c = 1; c < token.text.size(); ++c) {
      if (std::isdigit(static_cast<unsigned char>(token.text[c]))) has_digit = true;
      if (std::isupper(static_cast<unsigned char>(token.text[c]))) has_upper_inside = true;
    }
    bool plural_acronym = token.text.size() >= 3 && token.text.back() == 's' && has_upper_inside &&
                          std::all_of(token.text.begin(), token.text.end() - 1, [](char c) {
                            return std::isupper(static_cast<unsigned char>(c));
                          });
    if (plural_acronym) {
      // "MPs", "MEPs": a plural common noun.
      word = {};
      word.add(P::Noun);
      word.noun_lemma = token.lower.substr(0, token.lower.size() - 1);
      word.plural = true;
      word.known = true;
    } else if (letters && !lower_tail && (has_digit || (has_upper_inside && token.capitalised))) {
      // APT99, GCHQ, GlassWorm: names whatever WordNet says.
      word = {};
      word.add(P::ProperNoun);
    }
    // ("Jane May": a capitalised closed-class word after a name's first word is the name's.)
    if (in_name[i] && (!classes_.isFunctionWord(token.lower) ||
                       (token.capitalised && i > 0 && in_name[i - 1] && tokens[i - 1].capitalised &&
                        !classes_.isFunctionWord(tokens[i - 1].lower)))) {
      word = {};
      word.add(P::ProperNoun);
    }
    readings[i] = std::move(word);
  }
  // A word WordNet gives as a number's synonym counts where a count stands: before a plural
  // noun (adjectives or a demonym may come between: "heptad Arnorian hackers"), bare before
  // "of" and a plural ("a septet of the defendants", not "the unity of the nations"), or after
  // "of" before a participle ("a group of heptad facing charges").
  for (size_t i = 0; i < n; ++i) {
    WordReadings& word = readings[i];
    if (word.count_value.empty() || tokens[i].capitalised) continue;
    auto pluralNoun = [&](size_t j) {
      return j < n && readings[j].can(P::Noun) && readings[j].plural && !tokens[j].capitalised;
    };
    size_t head = i + 1;
    while (head < n && head <= i + 2 &&
           (tokens[head].capitalised || (readings[head].can(P::Adjective) && !pluralNoun(head))))
      ++head;
    bool bare = i == 0 || (!readings[i - 1].can(P::Determiner) &&
                           !readings[i - 1].can(P::Adjective) && tokens[i - 1].lower != "the");
    bool counts = pluralNoun(i + 1) || pluralNoun(head) ||
                  (bare && i + 1 < n && tokens[i + 1].lower == "of" &&
                   (pluralNoun(i + 2) ||
                    (i + 2 < n && readings[i + 2].can(P::Determiner) && pluralNoun(i + 3)))) ||
                  (i > 0 && tokens[i - 1].lower == "of" && i + 1 < n &&
                   readings[i + 1].can(P::Verb) && readings[i + 1].gerund);
    if (!counts) continue;
    word.classes = 0;  // a count there, as "seven" would be, and nothing else
    word.add(P::Number);
    word.number_value = word.count_value;
  }

  // Context.
  auto resolved = [&](size_t j) { return tokens[j].pos; };
  // Walking back from token k over a noun phrase's words (nouns, names, adjectives,
  // determiners, numbers): the first token before them, or 0.
  auto beforeNounPhrase = [&](int k) {
    while (k > 0 &&
           (resolved(k) == P::Noun || resolved(k) == P::ProperNoun || resolved(k) == P::Adjective ||
            resolved(k) == P::Determiner || resolved(k) == P::Number))
      --k;
    return k;
  };
  // Whether a word before token j is a verb.
  auto verbBefore = [&](size_t j) {
    for (size_t k = 0; k < j; ++k)
      if (tokens[k].pos == P::Verb) return true;
    return false;
  };
  // Whether token j is a year ("2022"): a number that counts nothing.
  auto isYear = [&](size_t j) {
    const std::string& word = tokens[j].lower;
    return word.size() == 4 && (word.rfind("19", 0) == 0 || word.rfind("20", 0) == 0);
  };
  // Whether token j is a bare singular common noun right after a preposition ("by asset", "of
  // crook"): that preposition's object, so no subject of a verb after it.
  auto bareNounAfterPreposition = [&](size_t j) {
    return j >= 1 && resolved(j) == P::Noun && !tokens[j].plural && !tokens[j].capitalised &&
           resolved(j - 1) == P::Preposition;
  };
  // Whether the singular noun at `last` ends a noun phrase opened by a determiner or a
  // possessive with only adjectives, names, singular nouns and quotation marks between ("the
  // hacking", "its new front", "Gondor's upper", "an Arnorian hacking", 'the "wanton cyber').
  // (Not an agent phrase's: "the people sanctioned by the government include X" agree with the
  // noun before the participle; other prepositions' objects are left alone, as spun text
  // puts verb-only words after them.)
  auto singularPhraseBefore = [&](size_t last) {
    for (size_t j = last; j-- > 0;) {
      if (tokens[j].pos == P::Determiner || tokens[j].pos == P::Possessive)
        return !(j > 0 && tokens[j - 1].lower == "by");
      if (tokens[j].pos != P::Adjective && tokens[j].pos != P::ProperNoun &&
          tokens[j].pos != P::Quote && !(tokens[j].pos == P::Noun && !tokens[j].plural))
        return false;
    }
    return false;
  };
  // Whether the plural noun at `last` ends a phrase of adjectives and nouns that opens right
  // after a preposition, with no determiner ("over alleged human rights"): an -s word after it
  // is the phrase's head ("abuses"), since the phrase is no subject.
  auto pluralAfterPreposition = [&](size_t last) {
    if (tokens[last].pos != P::Noun || !tokens[last].plural) return false;
    for (size_t j = last; j-- > 0;) {
      if (tokens[j].pos == P::Preposition) return true;
      if (tokens[j].pos != P::Adjective && !(tokens[j].pos == P::Noun && !tokens[j].plural))
        return false;
    }
    return false;
  };
  // Whether WordNet files a word's first noun sense under noun.time ("Monday", "week").
  auto timeWord = [](const std::string& lower) {
    return WordDictionary::instance().nounLexicographerFile(lower) == WordNetFiles::kNounTime;
  };
  // Whether token j is a plural, regular or irregular ("men", "people": WordNet has a base
  // form for them).
  auto pluralWord = [&](size_t j) {
    return readings[j].plural || tokens[j].plural ||
           !WordDictionary::instance().nounBaseForms(tokens[j].lower).empty();
  };
  // "on Arnorian state smuggling charges": modifiers after a preposition, a common word among
  // them, end at token `last`; the noun they wait for comes next.
  auto modifiedAfterPreposition = [&](size_t last) {
    bool common = false;
    for (size_t j = last + 1; j-- > 0;) {
      P pos = tokens[j].pos;
      if (pos == P::Preposition) return common;
      if (pos == P::Adjective || (pos == P::Noun && !tokens[j].plural))
        common = true;
      else if (pos != P::ProperNoun)
        return false;
    }
    return false;
  };
  // The previous token, skipping adverbs and negations when asked.
  auto previous = [&](size_t i, bool skip_adverbs) -> int {
    for (size_t j = i; j-- > 0;) {
      // Past a short parenthesis: "The Union (EU) imposed" reads as "The Union imposed".
      if (tokens[j].text == ")") {
        size_t open = j;
        while (open > 0 && j - open < 6 && tokens[open].text != "(") --open;
        if (tokens[open].text == "(" && open > 0) {
          j = open;
          continue;
        }
      }
      // Past an age between commas: "Jane Roe, 60, faces charges" reads as "Jane Roe faces".
      if (tokens[j].text == "," && j >= 3 && tokens[j - 2].text == "," &&
          tokens[j - 1].text.size() <= 3 &&
          std::all_of(tokens[j - 1].text.begin(), tokens[j - 1].text.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
          tokens[j - 3].capitalised) {
        j -= 2;
        continue;
      }
      P pos = resolved(j);
      if (skip_adverbs && (pos == P::Adverb || pos == P::Negation)) continue;
      if (pos == P::Quote) continue;
      return static_cast<int>(j);
    }
    return -1;
  };
  auto can = [&](size_t j, P pos) { return j < n && readings[j].can(pos); };
  auto isPunct = [&](size_t j, const char* text) { return j < n && tokens[j].text == text; };
  // Whether token j can start a noun phrase.
  auto startsNounPhrase = [&](size_t j) {
    if (j >= n) return false;
    const WordReadings& r = readings[j];
    if (r.can(P::Determiner) || r.can(P::Number) || r.can(P::ProperNoun)) return true;
    if (r.can(P::Pronoun) && !r.can(P::Subordinator)) return true;
    if (r.can(P::Adjective) && !r.can(P::Verb)) return true;
    if (r.can(P::Noun) && !r.can(P::Verb)) return true;
    if (tokens[j].text == "\"" && j + 1 < n) return true;
    // "on direct orders": an adjective that could be a verb, before a plural noun.
    if (r.can(P::Adjective) && j + 1 < n && readings[j + 1].can(P::Noun) &&
        readings[j + 1].plural && !readings[j + 1].can(P::Determiner))
      return true;
    return false;
  };
  // Whether token j can be a finite verb, judged from its readings alone.
  auto canBeFinite = [&](size_t j) {
    const WordReadings& r = readings[j];
    if (r.can(P::Modal)) return true;
    if (r.can(P::Auxiliary))
      return r.auxiliary_form == VerbForm::Present || r.auxiliary_form == VerbForm::Past;
    if (!r.can(P::Verb)) return false;
    return r.past || r.present || (r.base && !r.can(P::Noun));
  };
  auto isBoundary = [&](size_t j) {
    const std::string& t = tokens[j].text;
    return t == ";" || t == ":" || t == "." || t == "?" || t == "!" ||
           (readings[j].can(P::Subordinator) && !readings[j].can(P::Preposition) &&
            !readings[j].can(P::Determiner)) ||
           readings[j].only(P::WhWord) || readings[j].only(P::Coordinator);
  };
  // Whether token j can be a finite form of "be" ("is", "are", "were").
  auto finiteBe = [&](size_t j) {
    return readings[j].can(P::Auxiliary) && readings[j].auxiliary == "be" &&
           readings[j].auxiliary_form != VerbForm::Base;
  };
  // Whether token j is likely a finite verb: a modal or auxiliary, or a past or present form
  // whose verb reading is at least as common as its others.
  auto likelyFinite = [&](size_t j) {
    const WordReadings& r = readings[j];
    if (!canBeFinite(j)) return false;
    if (r.can(P::Modal) || r.can(P::Auxiliary)) return true;
    if (!r.past && !r.present) return false;
    int others =
        (r.can(P::Noun) ? r.noun_count : 0) + (r.can(P::Adjective) ? r.adjective_count : 0);
    bool only_verb = !r.can(P::Noun) && !r.can(P::Adjective);
    return only_verb || r.verb_count >= others;
  };
  // Whether a name starts at token j and a likely finite verb follows it ("Gondor launched").
  auto nameThenFinite = [&](size_t j) {
    if (j >= n || !tokens[j].capitalised || !readings[j].can(P::ProperNoun)) return false;
    size_t k = j;
    while (k < n && tokens[k].capitalised && readings[k].can(P::ProperNoun)) ++k;
    return k < n && likelyFinite(k);
  };
  // The tokenizer writes every dash ("--", en and em dashes) as "-".
  auto isDash = [&](size_t j) { return tokens[j].text == "-"; };
  // Whether the sentence is a headline that opens with a name, after a label and its colon at
  // most ("Exclusive: A, B sanction X"), and is no question opening like one ("Will A, B
  // sanction X?").
  const bool headline_opens_with_name = [&] {
    if (!sentence.headline || n == 0) return false;
    if (readings[0].can(P::Auxiliary) || readings[0].can(P::Modal) || readings[0].can(P::WhWord))
      return false;
    size_t list_start = 0;
    for (size_t k = 0; k + 1 < n && k < 4; ++k)
      if (tokens[k].text == ":") list_start = k + 1;
    return static_cast<bool>(in_name[list_start]);
  }();
  // Whether a finite-verb candidate follows in the same clause (before a boundary). The word
  // right after is not counted when it can be a noun: it is more likely the object
  // ("France imposed sanctions on X").
  auto finiteFollows = [&](size_t i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (j == i + 1 && readings[j].can(P::Noun)) continue;
      // "agreed to carry out attacks": a plain form after the verb's "to" is an infinitive.
      // (So is its object: "to launch attacks on X".)
      if (j == i + 2 && tokens[j - 1].lower == "to" && readings[j].can(P::Verb) &&
          readings[j].base) {
        size_t object = j + 1;
        while (object < n && readings[object].can(P::Particle) && !readings[object].can(P::Noun))
          ++object;
        while (object < n && !in_name[object] &&
               (readings[object].can(P::Determiner) || readings[object].can(P::Adjective) ||
                readings[object].can(P::Noun)) &&
               !isBoundary(object))
          j = object++;
        continue;
      }
      // "imposed coordinated sanctions", "imposed targeted financial sanctions": an -ed form
      // right before a plural noun, or before adjectives and then one, modifies it.
      if (j == i + 1 && readings[j].participle) {
        size_t noun = j + 1;
        while (noun < n && noun < j + 3 && readings[noun].can(P::Adjective) &&
               !readings[noun].can(P::Noun))
          ++noun;
        if (noun < n && readings[noun].can(P::Noun) && readings[noun].plural) {
          j = noun;
          continue;
        }
      }
      // "slapped travel bans on X": a noun and a plural noun after the verb are its object.
      if (j == i + 2 && readings[i + 1].can(P::Noun) && readings[j].can(P::Noun) &&
          readings[j].plural)
        continue;
      // "A and the B of C is": "and" before a determiner joins noun phrases, not clauses.
      if (tokens[j].lower == "and" && j + 1 < n && readings[j + 1].can(P::Determiner) &&
          !readings[j + 1].can(P::Pronoun))
        continue;
      // "X based in Y - A, B and C - were ...": a list set off by a pair of dashes is an aside.
      if (isDash(j)) {
        size_t closing = j + 1;
        while (closing < n && !isDash(closing) && tokens[closing].text != "." &&
               tokens[closing].text != ";")
          ++closing;
        if (closing < n && isDash(closing)) {
          j = closing;
          continue;
        }
      }
      if (isBoundary(j)) return false;
      if (tokens[j].text == ",") return false;  // "..., the ministry said" is another clause
      // "on charges that they helped X": a clause of its own starts at "that" + a pronoun.
      if (readings[j].can(P::Subordinator) && j + 1 < n && readings[j + 1].can(P::Pronoun) &&
          !readings[j + 1].can(P::Determiner))
        return false;
      // "launched attacks that Gondor described as ...": so it does at "that" + a name and the
      // name's verb.
      if (tokens[j].lower == "that" && nameThenFinite(j + 1)) return false;
      // "Arnor retaliated after the Union imposed sanctions": a subordinator, a noun phrase,
      // then a verb with its own object is a clause of its own.
      if (readings[j].can(P::Subordinator) && tokens[j].lower != "that") {
        size_t k = j + 1;
        while (k < n && (readings[k].can(P::Determiner) || tokens[k].capitalised ||
                         (readings[k].can(P::Adjective) && !readings[k].can(P::Verb))))
          ++k;
        if (k > j + 1 && k + 1 < n && readings[k].can(P::Verb) && readings[k].past &&
            (startsNounPhrase(k + 1) || readings[k + 1].can(P::Noun)))
          return false;
      }
      if (j > 0 && (readings[j - 1].can(P::Determiner) || tokens[j - 1].pos == P::Possessive))
        continue;
      // "appeared in court on charges of fraud": a preposition's object, with a phrase or the
      // end after it, is no finite verb ("hit with sanctions include X" keeps its verb).
      if (j > i + 1 && readings[j - 1].can(P::Preposition) &&
          !readings[j - 1].can(P::Subordinator) &&
          (j + 1 >= n || readings[j + 1].can(P::Preposition) ||
           readings[j + 1].can(P::Subordinator) ||
           !std::isalnum(static_cast<unsigned char>(tokens[j + 1].text[0]))))
        continue;
      // "the release of (arbitrarily) detained Gondorians": an -ed form between a preposition
      // (and an adverb) and a noun modifies the noun.
      if (j > i + 2 && readings[j - 1].can(P::Adverb) && !readings[j - 1].can(P::Verb) &&
          readings[j - 2].can(P::Preposition) && !readings[j - 2].can(P::Subordinator) &&
          readings[j].participle && j + 1 < n && readings[j + 1].can(P::Noun) &&
          !readings[j + 1].can(P::Determiner))
        continue;
      if (j > i + 1 && readings[j - 1].can(P::Preposition) &&
          !readings[j - 1].can(P::Subordinator) && readings[j].participle && j + 1 < n &&
          (readings[j + 1].can(P::Noun) || in_name[j + 1]) && !readings[j + 1].can(P::Determiner))
        continue;
      // "in the strongest terms": a determiner and an adjective make a noun phrase of it.
      if (j > 1 && readings[j - 1].can(P::Adjective) && readings[j - 2].can(P::Determiner) &&
          !readings[j - 2].can(P::Pronoun))
        continue;
      if (likelyFinite(j) && !in_name[j]) return true;
    }
    return false;
  };

  // Past a phrase of place or origin inside a subject ("hackers [from Gondor's security
  // service] carried out ..."): the index after it, or k when no such phrase starts there.
  auto pastOriginPhrase = [&](size_t k) {
    if (k + 1 >= n || !readings[k].can(P::Preposition) || readings[k].can(P::InfinitiveTo) ||
        readings[k].can(P::Subordinator))
      return k;
    size_t end = k + 1;
    while (end < n && end < k + 8 &&
           (readings[end].can(P::Determiner) || readings[end].can(P::Noun) ||
            readings[end].can(P::Adjective) || readings[end].can(P::ProperNoun) || in_name[end] ||
            tokens[end].pos == P::Possessive) &&
           !(likelyFinite(end) && !readings[end].can(P::Noun) && !in_name[end]))
      ++end;
    return end > k + 1 ? end : k;
  };
  // Whether the short noun phrase starting at j is followed by a word that can only be a finite
  // verb ("the attack amounted", not "a set of charges").
  auto verbAfterPhrase = [&](size_t j) {
    size_t k = j + 1;
    while (k < n && k < j + 5 &&
           (readings[k].can(P::Noun) || readings[k].can(P::Adjective) ||
            readings[k].can(P::ProperNoun)) &&
           !(likelyFinite(k) && !readings[k].can(P::Noun)))
      ++k;
    if (k > j + 1) k = pastOriginPhrase(k);
    return k < n && k > j + 1 && likelyFinite(k) && !readings[k].can(P::Noun) &&
           !readings[k].can(P::Adjective);
  };

  // Whether token j is an -s form that can only be a verb ("accuses", "arrogates"): where no
  // verb can stand, a plural noun.
  auto verbOnlyS = [&](size_t j) {
    if (j >= n) return false;
    const WordReadings& r = readings[j];
    return r.can(P::Verb) && !r.can(P::Noun) && !r.can(P::Adjective) && r.present && !r.past &&
           !r.participle && !r.gerund && tokens[j].lower.size() > 3 &&
           tokens[j].lower.back() == 's';
  };

  // Whether the phrase opened by the determiner at j ends in a plural noun followed by a plain
  // verb form and a phrase it takes ("the measures target the firm", "the sanctions hit Arnor"):
  // a plural head agrees with the plain form, which a compound's noun could not follow.
  auto pluralSubjectThenVerb = [&](size_t j) {
    size_t k = j + 1;
    while (k < n && k < j + 4 && !readings[k].plural &&
           (readings[k].can(P::Adjective) || readings[k].can(P::Noun)))
      ++k;
    return k + 2 < n && k > j && readings[k].plural && readings[k].can(P::Noun) &&
           readings[k + 1].can(P::Verb) && readings[k + 1].base && !readings[k + 1].present &&
           (readings[k + 2].can(P::Determiner) || readings[k + 2].can(P::ProperNoun) ||
            in_name[k + 2]);
  };

  // Whether the phrase opened by the determiner at j ends in a singular noun or a name followed
  // by an -s form that can be a verb and then a phrase it takes ("the group bears sole
  // responsibility", "the firm denies the claims"): the singular head agrees with the verb.
  auto singularSubjectThenVerb = [&](size_t j) {
    size_t k = j + 1;
    while (k < n && k < j + 5 && !readings[k].plural &&
           (readings[k].can(P::Adjective) || readings[k].can(P::Noun) || in_name[k]))
      ++k;
    if (k + 2 >= n || k == j + 1 || !readings[k].can(P::Verb) || !readings[k].present ||
        tokens[k].lower.back() != 's')
      return false;
    bool phrase_next = readings[k + 1].can(P::Determiner) || in_name[k + 1] ||
                       (readings[k + 1].can(P::Adjective) && readings[k + 2].can(P::Noun) &&
                        !likelyFinite(k + 2)) ||
                       // ("bears responsibility for": a bare noun the clause goes on after)
                       (readings[k + 1].can(P::Noun) && !readings[k + 1].can(P::Verb) &&
                        !likelyFinite(k + 2) && !readings[k + 2].can(P::Noun));
    return phrase_next;
  };

  // Whether a phrase without a determiner starts at j and a word that can only be a finite
  // verb ends it ("five hackers breached", "Arnorian spies stole").
  auto bareClauseAfter = [&](size_t j) {
    size_t k = j;
    while (k < n && k < j + 5 &&
           (readings[k].can(P::Number) || readings[k].can(P::Noun) ||
            readings[k].can(P::Adjective) || readings[k].can(P::ProperNoun)) &&
           !(likelyFinite(k) && !readings[k].can(P::Noun) &&
             // "three alleged hackers": an adjective reading before a noun modifies it
             !(readings[k].can(P::Adjective) && k + 1 < n && readings[k + 1].can(P::Noun))))
      ++k;
    if (k > j) k = pastOriginPhrase(k);
    return k < n && k > j && likelyFinite(k) && !readings[k].can(P::Noun) &&
           !readings[k].can(P::Adjective);
  };

  // Whether the words before token j are a noun phrase that opens right after a quotation's
  // closing ',"' (or '."'): the speaker of an inverted reporting clause.
  auto quotedSpeakerBefore = [&](size_t j) {
    size_t k = j;
    while (k > 0) {
      P pos = tokens[k - 1].pos;
      if (pos != P::ProperNoun && pos != P::Noun && pos != P::Adjective && pos != P::Determiner &&
          pos != P::Possessive)
        break;
      --k;
    }
    return k < j && k >= 2 && tokens[k - 1].pos == P::Quote &&
           (tokens[k - 2].text == "," || tokens[k - 2].text == ".");
  };

  // The form of the nearest verb before token j.
  auto lastVerbForm = [&](size_t j) {
    for (size_t k = j; k-- > 0;)
      if (tokens[k].pos == P::Verb) return tokens[k].form;
    return VerbForm::None;
  };
  bool finite_in_clause = false;
  // A noun phrase has been seen that no finite verb has taken as subject yet ("The UK, in a
  // statement, [imposed] ..."): commas do not end this.
  bool subject_pending = false;
  // The pending subject is a plural noun with a parenthesis right after it ("The sanctions,
  // announced on Monday, target ..."): a plain form after the parenthesis is its verb.
  bool pending_plural = false;
  // Inside ", a firm based in X," after a pending subject: an apposition, whose -ed forms are
  // participles.
  bool in_apposition = false;
  // Inside ", which/who ... ," after a pending subject: a relative clause set off by commas,
  // after whose closing comma the subject still wants its verb ("The campaign, which X
  // attributed to Y, targeted Z").
  bool in_relative = false;
  // Where the verb of a noun that a naming participle names is ("a group dubbed X [hacked]").
  size_t named_noun_verb = 0;
  // Whether the name ending at `last` opens the sentence ("Gondor", "The Arnorian Ministry").
  auto nameOpensSentence = [&](size_t last) {
    size_t k = last;
    while (k > 0 && tokens[k - 1].pos == P::ProperNoun) --k;
    return k == 0 || (k == 1 && tokens[0].pos == P::Determiner);
  };
  for (size_t i = 0; i < n; ++i) {
    Token& token = tokens[i];
    if (token.pos == P::Auxiliary && token.lower == "'s") {
      finite_in_clause = true;
      continue;
    }
    if (token.pos == P::Punctuation || token.pos == P::Quote || token.pos == P::Symbol ||
        token.pos == P::Possessive) {
      if (token.text == ";" || token.text == ":" || token.text == "(" || token.text == ")" ||
          token.text == ",")
        finite_in_clause = false;
      if (token.text == ";" || token.text == ":") subject_pending = false;
      if (in_relative && token.text == ",") {
        subject_pending = true;
        in_relative = false;
        continue;
      }
      if (token.text != ",") in_relative = false;
      if (token.text == "," || token.text == ")" || token.text == ";") {
        in_apposition = token.text == "," && !in_apposition && subject_pending && i + 1 < n &&
                        (tokens[i + 1].lower == "a" || tokens[i + 1].lower == "an");
      }
      continue;
    }
    WordReadings& r = readings[i];
    int prev = previous(i, false);
    int prev_content = previous(i, true);
    P prev_pos = prev >= 0 ? resolved(prev) : P::Punctuation;
    P prev_content_pos = prev_content >= 0 ? resolved(prev_content) : P::Punctuation;
    const std::string prev_content_aux = prev_content >= 0 ? readings[prev_content].auxiliary : "";
    const std::string next_lower = i + 1 < n ? tokens[i + 1].lower : "";
    P chosen = P::Noun;
    VerbForm form = VerbForm::None;
    bool verb_as_plural_noun = false;  // a verb-only -s form read as a plural noun

    auto chooseVerb = [&](VerbForm verb_form) {
      chosen = P::Verb;
      form = verb_form;
    };
    // The finite form a verb reading takes when its subject is before it.
    // (A form that is only a participle, "seen" or "frozen", stays one.)
    auto finiteForm = [&]() {
      if (r.past) return VerbForm::Past;
      if (r.present) return VerbForm::Present;
      if (r.participle && !r.base) return VerbForm::PastParticiple;
      return VerbForm::Base;
    };
    // -ed forms after a noun: a finite past ("China denied it") or a participle modifying the
    // noun ("hackers linked to X launched ...", "the two people sanctioned by the UK").
    auto pastOrParticiple = [&]() {
      if (!r.past) return VerbForm::PastParticiple;
      if (!r.participle) return VerbForm::Past;
      if (next_lower == "by") return VerbForm::PastParticiple;
      // A headline drops its auxiliaries: "Arnorian spy charged with hacking", "Gondor
      // sanctioned over raids": an -ed form after its noun and before a preposition is passive.
      if (sentence.headline && !finite_in_clause && prev >= 0 &&
          (prev_pos == P::Noun || prev_pos == P::ProperNoun) && i + 1 < n &&
          readings[i + 1].can(P::Preposition) && !readings[i + 1].can(P::Verb) &&
          !readings[i + 1].can(P::Noun))
        return VerbForm::PastParticiple;
      // A verb of saying after its subject reports: "the minister said calling out X is ...".
      // ("the individuals added to the list were": before a preposition, with a finite verb
      // to come, it is not reporting.)
      // ("said in a statement that X deserves ...": a clause marker before that verb keeps it
      // reporting.)
      auto markerAhead = [&]() {
        for (size_t j = i + 1; j < n; ++j) {
          if (readings[j].can(P::Subordinator) && !readings[j].can(P::Preposition)) return true;
          if (likelyFinite(j) && !readings[j - 1].can(P::Determiner)) return false;
        }
        return false;
      };
      // "A and B, in statements released Friday, condemned X": after the noun of a phrase
      // that a comma opens with a preposition, an -ed form modifies that noun when a past verb
      // follows the closing comma.
      if (prev >= 2 && (prev_pos == P::Noun || prev_pos == P::ProperNoun)) {
        int k = beforeNounPhrase(prev);
        if (k > 0 && resolved(k) == P::Preposition && tokens[k - 1].text == ",") {
          size_t j = i + 1;
          while (j < n && j < i + 6 && tokens[j].text != "," && !isBoundary(j)) ++j;
          if (j + 1 < n && tokens[j].text == "," && readings[j + 1].can(P::Verb) &&
              readings[j + 1].past)
            return VerbForm::PastParticiple;
        }
      }
      // A plural noun still waiting for its verb right before the -ed form.
      const bool plural_subject = !finite_in_clause && subject_pending && prev >= 0 &&
                                  prev_pos == P::Noun && pluralWord(static_cast<size_t>(prev));
      // "Two men charged on Friday, A and B, were arrested": an -ed form after a plural noun,
      // with a preposition next, modifies the noun when a comma later opens the verb ("...,
      // were arrested") that the noun still wants.
      if (plural_subject && i + 1 < n && readings[i + 1].can(P::Preposition) &&
          !readings[i + 1].can(P::Noun) && !readings[i + 1].can(P::Verb)) {
        // (Past names and relative clauses, "A and B, who are X, were ...", to the verb.)
        for (size_t j = i + 2; j + 1 < n; ++j) {
          const std::string& text = tokens[j].text;
          if (text == ";" || text == ":" || text == "." || text == "?" || text == "!" ||
              (readings[j].can(P::Subordinator) && !readings[j].can(P::Preposition) &&
               !readings[j].can(P::Determiner)))
            break;
          if (tokens[j].text != ",") continue;
          size_t k = j + 1;
          while (k < n && readings[k].can(P::Adverb) && !readings[k].can(P::Verb)) ++k;
          if (k + 1 < n && finiteBe(k) && readings[k + 1].participle &&
              !readings[k + 1].can(P::Noun))
            return VerbForm::PastParticiple;
        }
      }
      // "the firms listed include X", "the men charged are A and B": between a plural and
      // a verb that agrees with it (a base form or "are"/"were"), an -ed form modifies the noun.
      // ("the men indicted Wednesday are ...": past a day.)
      if (plural_subject) {
        size_t agreeing = i + 1;
        if (agreeing + 1 < n && timeWord(tokens[agreeing].lower)) ++agreeing;
        if (agreeing < n &&
            ((readings[agreeing].can(P::Verb) && readings[agreeing].base &&
              !readings[agreeing].can(P::Noun) && !readings[agreeing].can(P::Adjective)) ||
             finiteBe(agreeing)))
          return VerbForm::PastParticiple;
      }
      if (reporting_verbs_.count(r.verb_lemma) && !finite_in_clause &&
          !(i + 1 < n && readings[i + 1].can(P::Preposition) && !readings[i + 1].can(P::Verb) &&
            finiteFollows(i) && !markerAhead()))
        return VerbForm::Past;
      // "summoned X, and sanctioned Y": a coordinated verb with its own object is finite.
      // ("... and announced sanctions on Y": a plural noun that could be a verb counts too.)
      if (prev_pos == P::Coordinator && next_lower != "as" &&
          (startsNounPhrase(i + 1) ||
           (i + 1 < n && readings[i + 1].can(P::Noun) && readings[i + 1].plural)))
        return VerbForm::Past;
      if (prev_pos == P::Coordinator && prev >= 1) {
        int before = previous(static_cast<size_t>(prev), true);
        if (before >= 0 && resolved(before) == P::Verb)
          return tokens[before].form == VerbForm::PastParticiple ? VerbForm::PastParticiple
                                                                 : VerbForm::Past;
      }
      // "X include A, chair of B, and members of C affiliated with D": after a finite verb that
      // takes no clause (none of saying, and no clause marker since), an -ed form after a noun
      // inside a prepositional phrase, with a preposition next, modifies that noun; the
      // commas of a list open no clause.
      if (prev >= 0 && (prev_pos == P::Noun || prev_pos == P::ProperNoun) && i + 1 < n &&
          readings[i + 1].can(P::Preposition) && !readings[i + 1].can(P::Verb)) {
        int k = beforeNounPhrase(prev);
        bool inside_phrase = k > 0 && resolved(k) == P::Preposition;
        // (", and the president of Rohan pointed at X": a phrase that a coordinator opens is
        // a new clause's subject.)
        if (inside_phrase &&
            resolved(static_cast<size_t>(beforeNounPhrase(k - 1))) == P::Coordinator)
          inside_phrase = false;
        bool main_verb_before = false;
        for (int j = 0; inside_phrase && j < k; ++j) {
          const Token& word = tokens[j];
          if (word.pos == P::Subordinator || word.pos == P::WhWord || word.text == ";" ||
              word.text == ":")
            main_verb_before = false;
          else if (word.pos == P::Verb &&
                   (word.form == VerbForm::Past || word.form == VerbForm::Present))
            main_verb_before = !reporting_verbs_.count(word.lemma);
        }
        if (inside_phrase && main_verb_before) return VerbForm::PastParticiple;
      }
      if (finite_in_clause || !subject_pending || in_apposition) return VerbForm::PastParticiple;
      if (startsNounPhrase(i + 1) && next_lower != "as") return VerbForm::Past;
      // "Gondor brought charges against ...": a name opening the sentence, then an -ed form
      // with its object, is the name's finite verb whatever verb comes later.
      if (prev >= 0 && prev_pos == P::ProperNoun && nameOpensSentence(static_cast<size_t>(prev)) &&
          i + 1 < n && readings[i + 1].can(P::Noun) && next_lower != "as")
        return VerbForm::Past;
      // "Gondor (strongly) condemned on Monday the attack": the same with a day between verb and
      // object.
      int named = prev;
      while (named > 0 && resolved(named) == P::Adverb) --named;
      if (named >= 0 && resolved(named) == P::ProperNoun &&
          nameOpensSentence(static_cast<size_t>(named)) && i + 3 < n &&
          readings[i + 1].can(P::Preposition) && timeWord(tokens[i + 2].lower) &&
          readings[i + 3].can(P::Determiner))
        return VerbForm::Past;
      // "hackers from X carried out attacks on Y": a phrasal verb with its object right after
      // the particle is finite; a participle on a noun takes no object ("the attacks carried
      // out by X").
      if (subject_pending && i + 2 < n && readings[i + 1].can(P::Particle) &&
          !readings[i + 1].can(P::Preposition) &&
          (startsNounPhrase(i + 2) || readings[i + 2].can(P::Noun)) && tokens[i + 2].lower != "by")
        return VerbForm::Past;
      // "troops launched fire on X, stationed near Y": an -ed form with a bare noun for object
      // and a preposition after it is finite whatever verb comes later (a participle on a noun
      // takes no object: "the attacks launched by X").
      // ("journalists denied entry at the border were deported": not with a finite "be" to
      // come, which the noun is still waiting for.)
      auto beFollows = [&]() {  // (scanned last, only when the rest holds)
        for (size_t j = i + 2; j < n && !isBoundary(j) && tokens[j].text != ","; ++j)
          if (finiteBe(j)) return true;
        return false;
      };
      if (subject_pending && i + 2 < n && readings[i + 1].can(P::Noun) &&
          !readings[i + 1].can(P::Determiner) && !tokens[i + 1].capitalised &&
          !readings[i + 1].plural && readings[i + 2].can(P::Preposition) &&
          !readings[i + 2].can(P::Verb) && tokens[i + 2].lower != "by" &&
          tokens[i + 2].lower != "of" && !timeWord(tokens[i + 1].lower) && !beFollows())
        return VerbForm::Past;
      if (finiteFollows(i)) return VerbForm::PastParticiple;
      return VerbForm::Past;
    };

    // "a group dubbed Red Fist hacked X", "the operation, known as "Night Owl", targeted Y": a
    // naming word after a common noun, then a name and the noun's verb, names the noun; the
    // verb is finite. Returns where that verb is, or 0.
    // ("The ministry named Red Fist as the culprit": no verb right after the name.)
    auto namedNounVerb = [&]() -> size_t {
      if (!naming_words_.count(token.lower) || i == 0 || !r.participle) return 0;
      size_t noun = tokens[i - 1].text == "," && i >= 2 ? i - 2 : i - 1;
      if (resolved(noun) != P::Noun) return 0;
      size_t j = i + 1;
      if (j < n && tokens[j].lower == "as") ++j;
      if (j < n && tokens[j].pos == P::Quote) ++j;
      if (j >= n || !in_name[j]) return 0;
      while (j < n && in_name[j]) ++j;
      // ("four men, identified as A, B and C, appeared": past a list of names.)
      for (size_t k = j; k + 1 < n;) {
        size_t next = k;
        if (tokens[next].text == ",") ++next;
        if (next < n && tokens[next].lower == "and") ++next;
        if (next == k || next >= n || !in_name[next]) break;
        while (next < n && in_name[next]) ++next;
        j = k = next;
      }
      // ("a group called X, also known as Y, hacked Z": past a second name the same way.)
      if (j + 2 < n && tokens[j].text == ",") {
        size_t k = j + 1;
        while (k < n && readings[k].can(P::Adverb) && !readings[k].can(P::Verb)) ++k;
        if (k < n && naming_words_.count(tokens[k].lower)) {
          ++k;
          if (k < n && tokens[k].lower == "as") ++k;
          if (k < n && tokens[k].pos == P::Quote) ++k;
          if (k < n && tokens[k].lower == "the") ++k;
          if (k < n && in_name[k]) {
            while (k < n && in_name[k]) ++k;
            if (k < n && tokens[k].pos == P::Quote) ++k;
            if (k < n && tokens[k].text == ",") j = k;
          }
        }
      }
      while (j < n && (tokens[j].pos == P::Quote || tokens[j].text == ",")) ++j;
      while (j < n && readings[j].can(P::Adverb) && !readings[j].can(P::Verb)) ++j;
      bool verb = j < n && !in_name[j] &&
                  (finiteBe(j) || readings[j].can(P::Modal) ||
                   (canBeFinite(j) && !readings[j].can(P::Noun)));
      return verb ? j : 0;
    };
    if (size_t verb = namedNounVerb(); verb > 0) {
      chooseVerb(VerbForm::PastParticiple);
      named_noun_verb = verb;
    } else if (naming_words_.count(token.lower) && r.participle && i >= 2 &&
               tokens[i - 1].text == "," && resolved(i - 2) == P::Noun && i + 2 < n &&
               tokens[i + 1].lower == "as" && in_name[i + 2]) {
      // "charged two men, identified as A and B, with murder": a naming participle between
      // commas after a noun describes it, whatever follows.
      chooseVerb(VerbForm::PastParticiple);
    } else if (named_noun_verb > 0 && i == named_noun_verb && r.can(P::Verb) &&
               (r.past || r.present || r.base)) {
      chooseVerb(finiteForm());
    } else if (r.classes == 0) {
      chosen = P::Noun;
    } else if (r.only(P::ProperNoun)) {
      chosen = P::ProperNoun;
    } else if (r.can(P::Auxiliary)) {
      chosen = P::Auxiliary;
      form = r.auxiliary_form;
      // "have" and "do" are main verbs when no verb follows: "We have no interest".
    } else if (r.can(P::Modal)) {
      chosen = P::Modal;
    } else if (r.can(P::Negation)) {
      chosen = P::Negation;
    } else if (r.can(P::InfinitiveTo)) {
      size_t next = i + 1;
      while (next < n && ((readings[next].can(P::Adverb) && !readings[next].can(P::Verb)) ||
                          tokens[next].pos == P::Quote))
        ++next;
      bool verb_next =
          next < n &&
          ((readings[next].can(P::Verb) && readings[next].base) ||
           (readings[next].can(P::Auxiliary) && readings[next].auxiliary_form == VerbForm::Base)) &&
          !readings[next].can(P::ProperNoun);
      if (verb_next && readings[next].can(P::Noun) && next + 1 < n &&
          (tokens[next + 1].text == "." || tokens[next + 1].text == ",") &&
          readings[next].noun_count > readings[next].verb_count)
        verb_next = false;  // "access to information."
      chosen = verb_next ? P::InfinitiveTo : P::Preposition;
    } else if (r.can(P::WhWord) && r.can(P::Subordinator)) {
      // "that": a relative pronoun after a noun with a verb next, a determiner before a noun,
      // else a complementiser.
      bool noun_before = prev >= 0 && (prev_pos == P::Noun || prev_pos == P::ProperNoun);
      size_t next = i + 1;
      while (next < n && (readings[next].can(P::Adverb) && !readings[next].can(P::Noun))) ++next;
      bool verb_next = next < n && (canBeFinite(next) || readings[next].can(P::Modal));
      // "firms that supply fuel": after a plural, a verb's base form is its present tense too.
      // (Not after the object of a verb of saying: "told reporters that attack came ...".)
      if (!verb_next && noun_before && readings[static_cast<size_t>(prev)].plural && next < n &&
          readings[next].can(P::Verb) && readings[next].base && !readings[next].plural &&
          !(prev >= 1 && reporting_verbs_.count(tokens[static_cast<size_t>(prev) - 1].lemma)))
        verb_next = true;
      // "said in X that sanctions were imposed": a plural that can be a noun, right before an
      // auxiliary or modal, is the clause's subject, so "that" opens the clause.
      if (verb_next && next + 1 < n && readings[next].can(P::Noun) && readings[next].plural &&
          (readings[next + 1].can(P::Auxiliary) || readings[next + 1].can(P::Modal)) &&
          !readings[next + 1].can(P::Noun))
        verb_next = false;
      bool noun_next = i + 1 < n &&
                       (readings[i + 1].can(P::Noun) || readings[i + 1].can(P::Adjective)) &&
                       !readings[i + 1].can(P::Verb) && !readings[i + 1].can(P::Pronoun) &&
                       !readings[i + 1].can(P::ProperNoun);
      if (noun_before && verb_next)
        chosen = P::WhWord;
      else if (noun_next && !noun_before && prev_pos != P::Verb)
        chosen = P::Determiner;
      else if (r.can(P::Pronoun) && (i + 1 >= n || isPunct(i + 1, ".") || isPunct(i + 1, ",")))
        chosen = P::Pronoun;
      else
        chosen = P::Subordinator;
    } else if (r.can(P::WhWord)) {
      chosen = P::WhWord;
    } else if (r.can(P::Coordinator)) {
      chosen = P::Coordinator;
      // "Gondor and Rohan both accused X": before a verb, "both" floats off its subject.
      if (token.lower == "both" && prev >= 0 &&
          (prev_pos == P::ProperNoun || prev_pos == P::Noun || prev_pos == P::Pronoun) &&
          i + 1 < n && likelyFinite(i + 1)) {
        chosen = P::Adverb;
      } else if (token.lower == "both" && prev >= 0 && prev_pos == P::Auxiliary && i + 1 < n &&
                 [&] {
                   // (Not "were both Arnorian and Gondorian": a pair it joins follows.)
                   for (size_t k = i + 2; k < n && k <= i + 4; ++k)
                     if (tokens[k].lower == "and") return false;
                   return true;
                 }()) {
        chosen = P::Adverb;  // "A and B were both sanctioned / both behind it": after its auxiliary
      } else if (r.can(P::Pronoun) && i + 1 < n && tokens[i + 1].lower == "of") {
        chosen = P::Pronoun;  // "A and B, both of Arnor's police": a quantity, nothing joined
      } else if (r.can(P::Determiner) && startsNounPhrase(i + 1) && token.lower != "but") {
        chosen = P::Determiner;
      } else if (r.can(P::Adverb) && prev >= 0 &&
                 (prev_pos == P::Auxiliary || (i + 1 < n && readings[i + 1].only(P::Adverb)))) {
        chosen = P::Adverb;  // "has yet to", "yet again": nothing to join after an auxiliary
      }
      if (token.lower == "but" && r.can(P::Preposition) && prev_pos == P::Adverb)
        chosen = P::Preposition;
    } else if (r.can(P::Subordinator) && r.can(P::Preposition)) {
      // "as", "after", "since": a subordinator when a clause follows.
      size_t next = i + 1;
      bool clause = false;
      if (next < n && readings[next].can(P::Pronoun) && !readings[next].can(P::Determiner))
        clause = true;
      // Past a noun phrase, a likely finite verb means a clause: "after an alleged operation
      // targeted X", "as Beijing comes under scrutiny".
      size_t j = next;
      while (j < n &&
             (readings[j].can(P::Determiner) || readings[j].can(P::Adjective) ||
              readings[j].can(P::ProperNoun) || readings[j].can(P::Number) ||
              readings[j].can(P::Noun) || tokens[j].pos == P::Possessive ||
              tokens[j].pos == P::Quote ||
              // "before bordering Gondor fired X": an -ing word before a name describes it
              // (WordNet lists no adjective for some -ing words).
              (j == next && readings[j].can(P::Verb) && readings[j].gerund && j + 1 < n &&
               readings[j + 1].can(P::ProperNoun) && tokens[j + 1].capitalised) ||
              // "after documents on trade were stolen": a phrase hung on the noun.
              (j > next && readings[j].can(P::Preposition) && !readings[j].can(P::Subordinator) &&
               !readings[j].can(P::Verb) && !readings[j].can(P::InfinitiveTo) && j + 1 < n &&
               (readings[j + 1].can(P::Determiner) || readings[j + 1].can(P::Noun) ||
                readings[j + 1].can(P::ProperNoun))) ||
              (tokens[j].lower == "and" && j > next && j + 1 < n &&
               (readings[j + 1].can(P::Determiner) || readings[j + 1].can(P::ProperNoun))))) {
        if (j > next && likelyFinite(j) && !readings[j - 1].can(P::Determiner) &&
            !readings[j].can(P::Determiner))
          break;  // "Zealand joins", "the UK announced": the verb ends the phrase
        ++j;
      }
      // ("before Gondor and Rohan jointly sanctioned X": past an adverb.)
      while (j > next && j + 1 < n && readings[j].can(P::Adverb) && !readings[j].can(P::Verb) &&
             !readings[j].can(P::Noun) && !readings[j].can(P::Adjective))
        ++j;
      if (j > next && j < n && (likelyFinite(j) || (canBeFinite(j) && !readings[j].can(P::Noun))))
        clause = true;
      // "known as X", "described as", "held until next spring are X": a preposition
      // after a participle, unless a lexical verb follows the phrase ("were hurt after X
      // fired Y").
      // ("deployed after reports Gondor launched X": a noun before a name is no subject but
      // what the clause hangs on, a phrase.)
      bool noun_before_name = false;
      for (size_t k = next; k + 1 < j && k + 1 < n; ++k)
        noun_before_name |= readings[k].can(P::Noun) && !tokens[k].capitalised &&
                            tokens[k + 1].capitalised && readings[k + 1].can(P::ProperNoun);
      // (And the verb must follow its subject's head noun: "after unconfirmed reports" is no
      // clause.)
      if (prev >= 0 && prev_pos == P::Verb && tokens[prev].form == VerbForm::PastParticiple &&
          (token.lower == "as" || j >= n || readings[j].can(P::Auxiliary) ||
           readings[j].can(P::Modal) || noun_before_name ||
           !(readings[j - 1].can(P::Noun) || readings[j - 1].can(P::ProperNoun))))
        clause = false;
      // "referred to as X": the same after a participle's particle.
      if (prev >= 1 && tokens[prev].lower == "to" && tokens[prev - 1].pos == P::Verb &&
          tokens[prev - 1].form == VerbForm::PastParticiple)
        clause = false;
      chosen = clause ? P::Subordinator : P::Preposition;
    } else if (r.can(P::Subordinator)) {
      chosen = P::Subordinator;
    } else if (r.can(P::Determiner) || r.can(P::Pronoun)) {
      bool noun_next = (startsNounPhrase(i + 1) || can(i + 1, P::Noun)) && !isPunct(i + 1, "\"");
      // "another hacking group": an -ing or -ed word between it and a noun modifies the noun.
      if (!noun_next && i + 2 < n && can(i + 1, P::Verb) &&
          (readings[i + 1].gerund || readings[i + 1].participle) && can(i + 2, P::Noun) &&
          !can(i + 2, P::Determiner) && !can(i + 2, P::Pronoun))
        noun_next = true;
      // "another alleged Arnorian operative", "another alleged Red Fist operative": past a name
      // (of one or two words) before the noun too.
      for (size_t noun = i + 3; !noun_next && noun < n && noun <= i + 4; ++noun) {
        if (!tokens[noun - 1].capitalised) break;
        noun_next = can(i + 1, P::Verb) && readings[i + 1].participle &&
                    tokens[i + 2].capitalised && can(noun, P::Noun) && !tokens[noun].capitalised &&
                    !can(noun, P::Determiner);
      }
      if (r.can(P::Determiner) && (noun_next || !r.can(P::Pronoun)))
        chosen = P::Determiner;
      else if (r.can(P::Number) && noun_next)
        chosen = P::Number;  // "and one Arnorian entity": a count before its noun
      else if (r.can(P::Pronoun))
        chosen = P::Pronoun;
      else
        chosen = P::Determiner;
      // "nine other countries", "two such firms": after a count no determiner stands; a word
      // that can be an adjective is one there.
      if (chosen == P::Determiner && r.can(P::Adjective) && prev >= 0 && prev_pos == P::Number &&
          noun_next)
        chosen = P::Adjective;
      // "A, B and C all attacked X", "A and B both denied it": a word that can be a pronoun or
      // a determiner (a quantifier: "all", "both", "each"), between a noun phrase and its
      // finite verb, floats as an adverb would.
      if (chosen == P::Pronoun && r.can(P::Determiner) && prev >= 0 &&
          (prev_pos == P::Noun || prev_pos == P::ProperNoun) && i + 1 < n && likelyFinite(i + 1) &&
          !readings[i + 1].can(P::Noun))
        chosen = P::Adverb;
      if (token.lower == "there" && i + 1 < n && readings[i + 1].auxiliary == "be")
        chosen = P::Pronoun;
      else if (token.lower == "there" && r.can(P::Adverb) && chosen != P::Pronoun)
        chosen = P::Adverb;
      // "at least 46": after a degree adverb, before a count, the word is one too.
      if (r.can(P::Adverb) && prev >= 0 && prev_pos == P::Adverb && i + 1 < n &&
          readings[i + 1].can(P::Number))
        chosen = P::Adverb;
      if (r.can(P::Adverb) && i + 1 < n &&
          (readings[i + 1].can(P::Adjective) || readings[i + 1].can(P::Adverb)) &&
          !readings[i + 1].can(P::Noun))
        chosen = P::Adverb;  // "more sensitive"
    } else if (r.can(P::Number)) {
      chosen = P::Number;
    } else if (r.can(P::Particle) && !r.can(P::Preposition)) {
      chosen = prev_content_pos == P::Verb ? P::Particle : P::Adverb;
    } else if (r.can(P::Preposition) && r.can(P::Adverb) && prev >= 0 && prev == prev_content &&
               prev_content_aux == "be" && i + 1 < n && readings[i + 1].can(P::Adjective) &&
               !readings[i + 1].can(P::Noun) && !readings[i + 1].can(P::Determiner) &&
               (i + 2 >= n || !readings[i + 2].can(P::Noun))) {
      // "it is about certain that": a degree word between a copula and its adjective, when no
      // noun follows that the adjective would modify ("is about foreign hackers").
      chosen = P::Adverb;
    } else if (r.can(P::Preposition) && i + 2 < n && readings[i + 1].can(P::Determiner) &&
               readings[i + 1].can(P::Adverb) && readings[i + 2].can(P::Number)) {
      chosen = P::Adverb;  // "at least 46 banks": a degree before a count, no place
    } else if (r.can(P::Preposition)) {
      chosen = P::Preposition;
      // "called out", "hit back", "hyping up": a particle right after a verb, unless a noun
      // phrase follows that the preposition governs ("in", "on", "over" usually do).
      if (r.can(P::Particle) && prev_pos == P::Verb &&
          (token.lower == "up" || token.lower == "off" || token.lower == "down" || i + 1 >= n ||
           !startsNounPhrase(i + 1)))
        chosen = P::Particle;
    } else {
      // Open classes.
      bool noun = r.can(P::Noun), verb = r.can(P::Verb), adjective = r.can(P::Adjective),
           adverb = r.can(P::Adverb);
      P before = prev_content_pos;  // the word before, past adverbs
      // A demonym before a word is an adjective there ("British claims", "Chinese attacks").
      const WordReadings& before_word = classes_.readings(tokens[prev >= 0 ? prev : 0].lower);
      bool demonym_before =
          prev >= 0 && prev_pos == P::ProperNoun && before_word.can(P::Adjective) &&
          (!before_word.can(P::Noun) || before_word.adjective_count >= before_word.noun_count);
      // A year after a preposition closes its phrase ("in 2022 remain in force"): it counts
      // nothing that follows.
      bool year_phrase = prev >= 1 && prev_pos == P::Number && isYear(static_cast<size_t>(prev)) &&
                         resolved(prev - 1) == P::Preposition;
      // So does a day after a month ("on Dec 15 accused X").
      if (prev >= 1 && prev_pos == P::Number && !isYear(static_cast<size_t>(prev))) {
        std::string month = tokens[prev - 1].lower;
        if (!month.empty() && month.back() == '.') month.pop_back();
        year_phrase =
            year_phrase || (std::isupper(static_cast<unsigned char>(tokens[prev - 1].text[0])) &&
                            classes_.isMonthWord(month));
      }
      // ("whose companies were sanctioned": "whose" is a possessive determiner.)
      bool nominal_start =
          prev >= 0 && (prev_pos == P::Determiner || (prev_pos == P::Number && !year_phrase) ||
                        prev_pos == P::Possessive || prev_pos == P::Adjective || demonym_before ||
                        tokens[prev].lower == "whose");
      bool personal_subject = prev_content >= 0 && before == P::Pronoun &&
                              isPersonalPronoun(tokens[prev_content].lower);
      bool after_comma = prev >= 0 && (tokens[prev].text == "," || tokens[prev].text == "-");
      bool next_is_noun_like =
          i + 1 < n && (readings[i + 1].can(P::Noun) || readings[i + 1].can(P::ProperNoun) ||
                        readings[i + 1].can(P::Adjective));
      bool verb_next_only = i + 1 < n && !readings[i + 1].can(P::Noun) &&
                            (readings[i + 1].can(P::Verb) || readings[i + 1].can(P::Auxiliary) ||
                             readings[i + 1].can(P::InfinitiveTo));
      bool possessive_next = i + 1 < n && tokens[i + 1].pos == P::Possessive;
      bool after_quote_or_comma =
          prev >= 0 && (after_comma || tokens[prev].pos == P::Quote) && prev_content >= 0;
      // An -s word that can only be a verb, after a word that can be an adjective: where that
      // word cannot be a bare singular subject (after a preposition or a copula), the two are
      // an adjective and a plural noun ("a set of criminal accuses", "are idle arrogates").
      size_t after = i + 1;  // past a closing quotation mark: 'are "idle" arrogates'
      if (after < n && isPunct(after, "\"")) ++after;
      bool verb_only_s_next = verbOnlyS(after);
      bool verb_only_s = verbOnlyS(i);
      if (!verb && !noun && !adjective && adverb) {
        chosen = P::Adverb;
      } else if (verb && r.participle && prev >= 1 && prev_pos == P::Adverb &&
                 (resolved(prev - 1) == P::Determiner || resolved(prev - 1) == P::Possessive) &&
                 i + 1 < n && readings[i + 1].can(P::Noun)) {
        chosen = P::Adjective;  // "its specially designated nationals list": a modifier
      } else if (verb && noun && !r.plural && prev >= 3 && prev_pos == P::Noun &&
                 prev == prev_content &&
                 (resolved(prev - 1) == P::Determiner || resolved(prev - 1) == P::Possessive) &&
                 resolved(prev - 2) == P::Preposition &&
                 verbBefore(static_cast<size_t>(prev - 2)) &&
                 (i + 1 >= n || tokens[i + 1].pos == P::Punctuation ||
                  readings[i + 1].only(P::Preposition))) {
        // "added X to its sanctions list.": after a verb, a noun after a preposition's
        // determiner is that preposition's object, no subject, so a plain form right after it
        // that takes no object heads the phrase.
        chosen = P::Noun;
      } else if (adverb && !r.participle && !r.gerund && !r.past && prev >= 0 &&
                 (prev_content_aux == "have" || prev_content_aux == "be") && prev == prev_content &&
                 i + 1 < n && readings[i + 1].can(P::Verb) &&
                 (readings[i + 1].participle || readings[i + 1].gerund)) {
        chosen = P::Adverb;  // "has long accused X": an adverb between the auxiliary and its verb
      } else if (adverb && !verb && prev >= 0 && prev_pos == P::Pronoun &&
                 isPersonalPronoun(tokens[prev].lower)) {
        chosen = P::Adverb;  // "she later accused him": a subject pronoun takes no adjective
      } else if (adjective && verb_only_s_next && prev >= 0 &&
                 (prev_pos == P::Preposition || prev_content_aux == "be")) {
        chosen = P::Adjective;
      } else if (verb_only_s && prev >= 0 &&
                 // A noun phrase after it makes it a verb with its object ("the minister who
                 // resigned opposes the sanctions").
                 (i + 1 >= n || (!startsNounPhrase(i + 1) && !readings[i + 1].can(P::Noun))) &&
                 ((prev_pos == P::Verb && tokens[prev].form == VerbForm::Past &&
                   !reporting_verbs_.count(tokens[prev].lemma)) ||
                  // "a set of crook accuses": a bare singular noun after a preposition is no
                  // subject, so it modifies the -s word.
                  bareNounAfterPreposition(static_cast<size_t>(prev)))) {
        // "filed accuses against X": with no object of its own, a verb-only -s word straight
        // after a finite verb is that verb's object, a plural noun.
        chosen = P::Noun;
        verb_as_plural_noun = true;
      } else if (adverb && noun && !verb && !adjective && prev >= 0 && prev_pos == P::Verb &&
                 i + 1 < n && readings[i + 1].can(P::Verb) && !readings[i + 1].can(P::Noun) &&
                 !readings[i + 1].can(P::Determiner)) {
        chosen = P::Adverb;  // "was unveiled nowadays, naming X": a time word between two verbs
      } else if (verb && r.past && reporting_verbs_.count(r.verb_lemma) && i + 1 < n &&
                 readings[i + 1].can(P::Pronoun) && !readings[i + 1].can(P::Determiner) &&
                 tokens[i + 1].lower != "it" && i + 2 < n &&
                 (readings[i + 2].can(P::Auxiliary) || readings[i + 2].can(P::Modal) ||
                  readings[i + 2].can(P::Verb))) {
        // "its analysis ... concluded they were attacks": a verb of saying before the subject
        // of the clause it reports is finite.
        chooseVerb(VerbForm::Past);
      } else if (verb && (r.past || r.participle) && after_quote_or_comma &&
                 reporting_verbs_.count(r.verb_lemma) && i + 1 < n &&
                 (startsNounPhrase(i + 1) || tokens[i + 1].capitalised)) {
        // '"...," said the minister', "..., said Jane Roe", '"...," said Under Secretary X'
        chooseVerb(VerbForm::Past);
      } else if (verb && r.past && reporting_verbs_.count(r.verb_lemma) && quotedSpeakerBefore(i)) {
        chooseVerb(VerbForm::Past);  // '"...," the ministry's spokesman Jane Roe spoke at ...'
      } else if (adjective && noun && prev >= 0 && prev_content == prev &&
                 prev_content_aux == "be" && !next_is_noun_like) {
        chosen = P::Adjective;  // "this is unacceptable", not the noun "an unacceptable"
      } else if (adjective && noun && next_lower == "than") {
        chosen = P::Adjective;  // "much closer than X": a comparison, not a noun ("a closer")
      } else if (verb && ((noun && r.plural) || verb_only_s) && prev >= 0 &&
                 (prev_pos == P::Noun || prev_pos == P::Adjective) && i + 2 < n &&
                 readings[i + 1].can(P::Coordinator) && readings[i + 2].can(P::Noun) &&
                 readings[i + 2].plural && !readings[i + 2].can(P::Verb)) {
        // "Arnorian cyber spies and organisations": a list of nouns (a verb-only -s word there
        // too: "cyber descries and organisations").
        chosen = P::Noun;
        if (!noun) verb_as_plural_noun = true;
      } else if (verb && noun && r.plural && r.present && prev >= 2 &&
                 bareNounAfterPreposition(static_cast<size_t>(prev)) &&
                 resolved(prev - 2) == P::Verb) {
        // "hit by asset freezes": the bare noun after a verb's preposition is that
        // preposition's object, no subject, so the -s word after it is the plural it modifies
        // ("the attack on infrastructure shows" keeps its verb).
        chosen = P::Noun;
      } else if (verb && noun && r.plural && r.present && prev >= 1 && prev_pos == P::Noun &&
                 !tokens[prev].plural && [&] {
                   // "blamed X for attacks, including distributed denial-of-service attacks":
                   // with the clause's verb already seen, or after a comma, a bare phrase
                   // after a preposition ends in its plural noun.
                   for (size_t j = static_cast<size_t>(prev); j-- > 0;) {
                     P pos = resolved(j);
                     if (pos == P::Preposition)
                       return finite_in_clause || (j >= 1 && tokens[j - 1].text == ",");
                     if (pos != P::Adjective && !(pos == P::Noun && !tokens[j].plural))
                       return false;
                   }
                   return false;
                 }()) {
        chosen = P::Noun;
      } else if (verb && noun && r.plural && r.present && prev >= 1 && tokens[prev].text == "," &&
                 resolved(prev - 1) == P::Noun && tokens[prev - 1].plural && i + 1 < n &&
                 tokens[i + 1].text == ",") {
        chosen = P::Noun;  // "officials, journalists, pots, activists": a list of plurals
      } else if (verb_only_s && prev >= 1 && prev_pos == P::Coordinator &&
                 resolved(prev - 1) == P::Noun && tokens[prev - 1].plural &&
                 (i + 1 >= n || tokens[i + 1].pos == P::Punctuation)) {
        // "spies, officials and accuses - ...": a verb-only -s word that ends a list of plural
        // nouns with no object of its own is the list's last noun.
        chosen = P::Noun;
        verb_as_plural_noun = true;
      } else if (verb && noun && r.present && prev_content >= 0 &&
                 (before == P::Noun || before == P::ProperNoun) && !tokens[prev_content].plural &&
                 i + 1 < n && readings[i + 1].can(P::Noun) && readings[i + 1].plural &&
                 (i + 2 >= n || readings[i + 2].can(P::Preposition) ||
                  tokens[i + 2].pos == P::Punctuation)) {
        // "Valko faces charges.", "the trader faces charges in X": of two -s words after a
        // singular noun, the first agrees with it as its verb and the second ends the clause.
        chooseVerb(VerbForm::Present);
      } else if (verb && noun && r.base && prev_content >= 0 && before == P::Noun &&
                 prev_content == prev && !tokens[prev_content].capitalised &&
                 pluralWord(static_cast<size_t>(prev_content)) && prev_content >= 1 &&
                 (resolved(prev_content - 1) == P::Determiner ||
                  resolved(prev_content - 1) == P::Number) &&
                 i + 1 < n && readings[i + 1].can(P::Noun) && readings[i + 1].plural &&
                 (i + 2 >= n || readings[i + 2].can(P::Preposition) ||
                  tokens[i + 2].pos == P::Punctuation)) {
        // "the two men face charges for X": after a plural a determiner or count opens, a
        // plain-form word that is also a noun agrees with it as its verb before a plural
        // object.
        chooseVerb(VerbForm::Present);
      } else if (verb && r.gerund && prev >= 0 && prev_pos == P::Subordinator &&
                 nameThenFinite(i + 1)) {
        // "before bordering Gondor fired X": an -ing word between a subordinator and a
        // name that a finite verb follows describes the name, the clause's subject.
        chosen = P::Adjective;
      } else if (noun && possessive_next) {
        chosen = P::Noun;  // "the ministry's servers"
      } else if (adverb && adjective && !verb && verb_next_only) {
        chosen = P::Adverb;  // "highly likely compromised", "likely be used"
      } else if (verb && prev_content >= 0 &&
                 (before == P::Modal || before == P::InfinitiveTo || prev_content_aux == "do") &&
                 (r.base || (!noun && !adjective))) {
        chooseVerb(VerbForm::Base);
      } else if (verb && prev_content >= 0 && prev_content_aux == "have" && r.participle) {
        chooseVerb(VerbForm::PastParticiple);
      } else if (verb && prev_content >= 0 && prev_content_aux == "be" &&
                 (r.participle || r.gerund)) {
        chooseVerb(r.participle ? VerbForm::PastParticiple : VerbForm::Gerund);
      } else if (verb && r.gerund && prev >= 0 && prev_pos == P::Number && prev >= 1 &&
                 tokens[prev - 1].lower == "of" &&
                 r.verb_count >= r.noun_count + r.adjective_count &&
                 (startsNounPhrase(i + 1) || (i + 1 < n && readings[i + 1].can(P::Preposition)) ||
                  // "seven facing rogue charges": a modifier, then the plural it modifies
                  (i + 2 < n &&
                   (readings[i + 1].can(P::Adjective) || readings[i + 1].can(P::Noun)) &&
                   readings[i + 2].can(P::Noun) && readings[i + 2].plural))) {
        // "a group of seven facing charges", "a group of four working for X": after a numeral
        // that heads its phrase, a word that is more often a verb than anything else is the
        // participle, not a modifier.
        chooseVerb(VerbForm::Gerund);
      } else if ((adjective || noun) && verb && r.gerund && i + 2 < n &&
                 readings[i + 1].can(P::Noun) && !tokens[i + 1].capitalised &&
                 tokens[i + 2].capitalised && readings[i + 2].can(P::ProperNoun) &&
                 !readings[i + 1].can(P::ProperNoun) && !timeWord(tokens[i + 2].lower)) {
        // "veteran banker Jon Dale", "shipping firm Red Rock": a modifier of the noun
        // that titles a name.
        chosen = adjective ? P::Adjective : P::Noun;
      } else if (verb && r.gerund && reporting_verbs_.count(r.verb_lemma) && prev >= 0 &&
                 prev == prev_content && tokens[prev].lower == "as") {
        chooseVerb(VerbForm::Gerund);  // "quoted X as saying ...": the report, no noun
      } else if (verb && r.gerund && reporting_verbs_.count(r.verb_lemma) && prev >= 0 &&
                 prev == prev_content && prev_pos == P::Noun && next_is_noun_like) {
        // "an indictment alleging crimes by X", "a statement accusing X": a verb of saying
        // after its noun reports, it does not describe the next noun.
        chooseVerb(VerbForm::Gerund);
      } else if (verb && r.participle && !r.gerund && prev >= 1 && prev_pos == P::Adverb &&
                 (resolved(prev - 1) == P::Preposition || resolved(prev - 1) == P::Determiner) &&
                 i + 1 < n && readings[i + 1].can(P::Noun) && !readings[i + 1].can(P::Determiner) &&
                 !readings[i + 1].can(P::Pronoun)) {
        chosen = P::Adjective;  // "of unlawfully held reporters": an adverb's participle
      } else if (verb && r.gerund && i + 2 < n && readings[i + 1].can(P::InfinitiveTo) &&
                 readings[i + 2].can(P::Verb) && readings[i + 2].base && prev >= 0 &&
                 (prev_pos == P::Preposition ||
                  (prev_pos == P::Adverb && prev >= 1 && resolved(prev - 1) == P::Preposition))) {
        chooseVerb(VerbForm::Gerund);  // "for (allegedly) trying to kill X": the verb's gerund
      } else if (verb && r.gerund && prev >= 1 && prev_pos == P::Adverb &&
                 resolved(prev - 1) == P::Preposition && startsNounPhrase(i + 1) &&
                 r.verb_count >= r.noun_count) {
        chooseVerb(VerbForm::Gerund);  // "for allegedly helping X": the same with an object
      } else if (nominal_start && adjective && i + 3 < n &&
                 (tokens[i + 1].lower == "and" || tokens[i + 1].lower == "or") &&
                 readings[i + 2].can(P::Adjective) && readings[i + 3].can(P::Noun) &&
                 !readings[i + 3].can(P::Adjective) && !readings[i + 3].can(P::Verb)) {
        chosen = P::Adjective;  // "a sovereign and independent nation": two modifiers
      } else if (nominal_start && (adjective || (verb && (r.gerund || r.participle))) &&
                 i + 2 < n && tokens[i + 1].text == "," && readings[i + 2].can(P::Adjective) &&
                 (adjective || (i + 3 < n && readings[i + 3].can(P::Noun)))) {
        // "a sweeping, state-backed operation"; an -ing word WordNet has no adjective for
        // stands there too ("a brushing, state-backed operation").
        chosen = P::Adjective;
      } else if (nominal_start && verb && r.gerund && !next_is_noun_like) {
        chosen = P::Noun;  // "its hacking.", "the targeting of X": a gerund heads the phrase
      } else if (nominal_start) {
        // "a Gondorian national accused of ...", "a senior official charged with ...": before
        // a participle that takes a preposition, the word heads its phrase.
        bool participle_next = i + 2 < n && readings[i + 1].can(P::Verb) &&
                               readings[i + 1].participle && readings[i + 2].only(P::Preposition);
        if (noun && adjective && participle_next)
          chosen = P::Noun;
        else if (adjective && next_is_noun_like &&
                 !(noun && r.noun_count > 3 * r.adjective_count && !readings[i + 1].can(P::Noun)))
          chosen = P::Adjective;
        else if (noun)
          chosen = P::Noun;
        else if (adjective)
          chosen = P::Adjective;
        else if (verb && (r.participle || r.gerund))
          chosen = P::Adjective;  // "the sanctioned firm", "a sweeping operation"
        else
          chosen = P::Noun;
      } else if (prev >= 0 && prev_pos == P::Preposition) {
        if (verb && r.gerund &&
            (startsNounPhrase(i + 1) || !noun || next_lower == "to" ||
             (i + 1 < n && readings[i + 1].can(P::Preposition) && r.noun_count <= r.verb_count) ||
             // "for supplying drone parts": a word that is more often a verb, before a noun
             (i + 1 < n && readings[i + 1].can(P::Noun) && !readings[i + 1].can(P::Preposition) &&
              r.noun_count <= r.verb_count)))
          chooseVerb(VerbForm::Gerund);
        else if (adjective && next_is_noun_like &&
                 (!readings[i + 1].can(P::Verb) || r.adjective_count >= r.noun_count ||
                  // (a plural that takes no object is no verb: "of criminal charges against")
                  (readings[i + 1].can(P::Noun) && readings[i + 1].plural &&
                   !startsNounPhrase(i + 2))))
          chosen = P::Adjective;  // "of criminal charges"
        else if (noun)
          chosen = P::Noun;
        else if (adjective)
          chosen = P::Adjective;
        else if (verb && r.present && !r.past && !r.participle && !r.gerund)
          verb_as_plural_noun = true;  // "a series of approves": no finite verb after "of"
        else if (verb && r.participle && !r.gerund && next_is_noun_like &&
                 !readings[i + 1].can(P::Determiner) && !readings[i + 1].can(P::Pronoun))
          chosen = P::Adjective;  // "on avowed Arnorian agents": a participle before its noun
        else if (verb)
          chooseVerb(r.gerund ? VerbForm::Gerund : VerbForm::PastParticiple);
      } else if (verb && r.gerund && prev >= 0 && prev_pos == P::Verb &&
                 (startsNounPhrase(i + 1) || (i + 1 < n && readings[i + 1].can(P::Particle)))) {
        chooseVerb(VerbForm::Gerund);  // "said calling out X is ...", "began targeting X"
      } else if (verb && (personal_subject || (prev >= 0 && prev_pos == P::WhWord)) &&
                 (r.past || r.present || r.base)) {
        chooseVerb(finiteForm());
      } else if (verb && !noun && !adjective && r.base && !r.past && !r.participle && !r.gerund &&
                 prev >= 1 && prev == prev_content && prev_pos == P::Noun && !tokens[prev].plural &&
                 singularPhraseBefore(static_cast<size_t>(prev))) {
        // "a front accompany", "the hacking aggroup": a singular subject takes no plain-form
        // verb, so the verb-only word heads the noun phrase (the synonym stage reads it as the
        // noun it stands for).
        chosen = P::Noun;
      } else if (verb && year_phrase && (r.past || r.participle)) {
        chooseVerb(pastOrParticiple());  // "China on Dec 15 accused X": the date is no count
      } else if (verb && prev_content >= 0 &&
                 (before == P::Noun || before == P::ProperNoun || before == P::Pronoun)) {
        if (r.past || r.participle) {
          chooseVerb(pastOrParticiple());
        } else if (r.gerund) {
          bool plain_noun_next =
              i + 1 < n && readings[i + 1].can(P::Noun) && !readings[i + 1].can(P::Determiner) &&
              !readings[i + 1].can(P::ProperNoun) && !readings[i + 1].can(P::Number) &&
              !readings[i + 1].can(P::Pronoun) && !in_name[i + 1] &&
              // ("a campaign hitting several banks": a word more often an adjective opens the
              // gerund's object.)
              !(readings[i + 1].can(P::Adjective) &&
                readings[i + 1].adjective_count > readings[i + 1].noun_count);
          // "the nerve agent poisoning of X": a gerund WordNet lists as a noun, after the nouns
          // of a phrase a determiner opens and before "of", heads that phrase.
          bool of_next = i + 1 < n && tokens[i + 1].lower == "of";
          bool determined = false;
          if (of_next && noun) {
            int j = prev_content;
            while (j >= 0 && (resolved(j) == P::Noun || resolved(j) == P::Adjective)) --j;
            determined = j >= 0 && (resolved(j) == P::Determiner || resolved(j) == P::Possessive);
          }
          // "officials facing sanctions": after a plural common noun, a word more often a verb
          // than a noun is that verb's participle, taking the noun after it as its object.
          bool after_plural = before == P::Noun && tokens[prev_content].plural &&
                              !tokens[prev_content].capitalised && r.verb_count > r.noun_count;
          if (plain_noun_next && !after_plural)
            chosen =
                noun ? P::Noun : P::Adjective;  // "cyber hacking campaign", "APT99 hacking claims"
          else if (of_next && determined)
            chosen = P::Noun;
          else
            chooseVerb(VerbForm::Gerund);
        } else {
          // -s or base form after a noun: the noun's verb, or a compound ("UK sanctions").
          bool noun_next = startsNounPhrase(i + 1);
          bool verb_next = i + 1 < n && canBeFinite(i + 1) && !readings[i + 1].can(P::Noun);
          // Agreement: a bare base form cannot be the verb of a singular noun ("the
          // defence minister Jane Doe" is no verb "minister").
          // "Gondor and Rohan sanction X": two coordinated names are a plural subject.
          // ("Tom Erl and Sam Fenn face charges": names of several words.)
          int name_start = prev_content;
          while (name_start >= 1 && resolved(prev_content) == P::ProperNoun &&
                 resolved(name_start - 1) == P::ProperNoun)
            --name_start;
          // Past the name's own modifiers: "... and its chief Jon Dale face charges".
          if (resolved(prev_content) == P::ProperNoun) {
            int k = name_start - 1;
            while (k >= 1 && tokens[k].lower != "and" &&
                   (resolved(k) == P::Adjective || resolved(k) == P::Determiner ||
                    resolved(k) == P::Possessive || (resolved(k) == P::Noun && !tokens[k].plural) ||
                    (resolved(k) == P::ProperNoun && static_cast<size_t>(k) + 1 < n &&
                     resolved(k + 1) == P::Possessive)))
              --k;
            if (k >= 2 && k < name_start - 1 && tokens[k].lower == "and") name_start = k + 1;
          }
          int before_and = name_start >= 2 ? previous(static_cast<size_t>(name_start - 1), false)
                                           : -1;  // (past an age: "Tom Erl, 60, and ...")
          // ("Gondor, Arnor, Rohan sanction X": a headline lists names with commas alone, when
          // the list opens it and it asks nothing; see headline_opens_with_name.)
          const bool headline_list =
              headline_opens_with_name && name_start >= 2 && tokens[name_start - 1].text == ",";
          bool coordinated = name_start >= 2 &&
                             (tokens[name_start - 1].lower == "and" || headline_list) &&
                             before_and >= 0 && resolved(before_and) == P::ProperNoun &&
                             resolved(prev_content) == P::ProperNoun;
          bool singular_subject = (before == P::Noun || before == P::ProperNoun) &&
                                  !tokens[prev_content].plural && !coordinated;
          // "two malicious cyber agitates": a count whose plural head has not come yet (only
          // singular nouns and adjectives since) takes an -s form as that head.
          bool awaited_plural_head = false;
          if (r.present && !tokens[prev_content].plural) {
            int j = prev_content;
            while (j >= 0 &&
                   (resolved(j) == P::Adjective || (resolved(j) == P::Noun && !tokens[j].plural)))
              --j;
            // A year is no count: "by 2020 cyber crime costs ..."
            awaited_plural_head = j >= 0 && resolved(j) == P::Number && tokens[j].lemma != "1" &&
                                  !isYear(static_cast<size_t>(j));
          }
          if (awaited_plural_head) {
            chosen = P::Noun;
            if (!noun) verb_as_plural_noun = true;
          } else if (!noun) {
            chooseVerb(finiteForm());
          } else if (r.present && (pluralAfterPreposition(static_cast<size_t>(prev_content)) ||
                                   (modifiedAfterPreposition(static_cast<size_t>(prev_content)) &&
                                    // ("the campaign of espionage targets Rohan": a verb
                                    // when its object follows)
                                    !startsNounPhrase(i + 1)))) {
            chosen = P::Noun;  // "over human rights abuses on X"
          } else if (r.verb_count == 0 && r.noun_count >= 30) {
            // "its partner companies A and B": a common noun whose verb WordNet's tagged texts
            // never saw heads a compound.
            chosen = P::Noun;
          } else if (r.base && !r.present && singular_subject) {
            chosen = P::Noun;
          } else if (coordinated && r.base && !finite_in_clause) {
            chooseVerb(finiteForm());  // "A and B face aggravated charges": their verb
          } else if (r.verb_count > 3 * r.noun_count + 2 && !finite_in_clause) {
            chooseVerb(finiteForm());  // "officials say", "Australia calls on"
          } else if (verb_next || finite_in_clause) {
            chosen = P::Noun;
          } else if (!noun_next && r.noun_count >= 2 * r.verb_count + 1) {
            chosen = P::Noun;
          } else if (noun_next || (i + 1 < n && (readings[i + 1].can(P::Particle) ||
                                                 tokens[i + 1].lower == "that"))) {
            chooseVerb(finiteForm());
          } else if (finiteFollows(i)) {
            chosen = P::Noun;
          } else {
            chooseVerb(finiteForm());
          }
        }
      } else if (verb && (r.past || r.participle) && prev >= 0 && tokens[prev].text == "," &&
                 prev >= 1 && tokens[prev - 1].pos == P::Verb &&
                 (tokens[prev - 1].form == VerbForm::Past ||
                  tokens[prev - 1].form == VerbForm::Present)) {
        chooseVerb(VerbForm::Past);  // "accused, filed charges and sanctioned"
      } else if (verb && r.gerund && prev >= 1 && prev_pos == P::Coordinator &&
                 resolved(prev - 1) == P::Adjective && next_is_noun_like) {
        chosen = P::Adjective;  // "unlawful and destabilizing actions": two modifiers of a noun
      } else if (verb && r.gerund && prev_content >= 0 && before == P::Coordinator &&
                 lastVerbForm(prev_content) == VerbForm::Gerund) {
        chooseVerb(VerbForm::Gerund);  // "hyping up X and even launching Y"
      } else if (verb && r.past && prev_content >= 0 && prev_content != prev &&
                 resolved(prev_content) == P::WhWord) {
        chooseVerb(VerbForm::Past);  // "hackers who allegedly engaged in": the clause's verb
      } else if (verb && (r.past || r.participle) && prev >= 0 && prev_pos == P::Coordinator) {
        chooseVerb(pastOrParticiple());
      } else if (verb && (r.past || r.participle) && prev_pos == P::Adverb &&
                 before == P::Coordinator && prev_content >= 1 &&
                 previous(static_cast<size_t>(prev_content), true) >= 0 &&
                 resolved(previous(static_cast<size_t>(prev_content), true)) == P::Verb) {
        // "targeted and brutally killed X": an adverb between the coordinator and the second
        // verb; the verb takes the first one's form.
        int first = previous(static_cast<size_t>(prev_content), true);
        chooseVerb(tokens[first].form == VerbForm::PastParticiple ? VerbForm::PastParticiple
                                                                  : VerbForm::Past);
      } else if (verb && (r.past || r.present || (r.base && pending_plural)) && subject_pending &&
                 !finite_in_clause && !in_apposition && (after_comma || prev_pos == P::Adverb) &&
                 // ("charged with bribery, tax fraud and forgery": a word that
                 // can be a noun, then a bare singular noun before "and" or a comma, lists
                 // another noun.)
                 !(noun && after_comma && i + 2 < n && readings[i + 1].can(P::Noun) &&
                   !readings[i + 1].plural && !readings[i + 1].can(P::Determiner) &&
                   !in_name[i + 1] &&
                   (readings[i + 2].can(P::Coordinator) || tokens[i + 2].text == ","))) {
        // "The UK, in a statement, imposed ...": the subject's verb after a parenthesis; but
        // "The UK, supported by allies, said ..." opens the parenthesis with a participle.
        bool opens_parenthesis = next_lower == "by";
        for (size_t j = i + 1; j < n && j < i + 12 && !opens_parenthesis; ++j) {
          if (tokens[j].text == "." || tokens[j].text == ";") break;
          if (tokens[j].text == "," || tokens[j].text == "-") {
            size_t k = j + 1;
            while (k < n && readings[k].can(P::Adverb) && !readings[k].can(P::Noun)) ++k;
            if (k < n && canBeFinite(k) && !readings[k].can(P::Noun)) opens_parenthesis = true;
            break;
          }
        }
        if (opens_parenthesis && r.participle)
          chooseVerb(VerbForm::PastParticiple);
        else
          chooseVerb(finiteForm());
      } else if (verb && !noun && !adjective && r.participle && prev >= 0 && prev == prev_content &&
                 prev_pos == P::Verb && prev_content_aux.empty() && startsNounPhrase(i + 1) &&
                 i + 1 < n && !readings[i + 1].can(P::Determiner) &&
                 !readings[i + 1].can(P::ProperNoun) && !readings[i + 1].can(P::Pronoun)) {
        chosen = P::Adjective;  // "imposed targeted sanctions": a participle before its noun
      } else if (verb && !noun && !adjective) {
        // Only a verb: at a clause start an -ed or -ing form opens a participle clause.
        if (r.gerund)
          chooseVerb(VerbForm::Gerund);
        else if (r.participle && (prev < 0 || prev_pos == P::Punctuation) && !subject_pending)
          chooseVerb(VerbForm::PastParticiple);
        else
          chooseVerb(finiteForm());
      } else if (verb && r.gerund && (prev < 0 || prev_pos == P::Punctuation) &&
                 startsNounPhrase(i + 1)) {
        chooseVerb(VerbForm::Gerund);
      } else if (verb && r.gerund && i + 1 < n &&
                 (readings[i + 1].can(P::Number) || readings[i + 1].can(P::Determiner)) &&
                 !readings[i + 1].can(P::Noun)) {
        // An adjective comes after a numeral or determiner, not before one: "unsealed today
        // blaming three officials" is the verb.
        chooseVerb(VerbForm::Gerund);
      } else if (adjective && next_is_noun_like) {
        chosen = P::Adjective;
      } else if (noun) {
        chosen = P::Noun;
      } else if (adjective) {
        chosen = P::Adjective;
      } else if (verb) {
        chooseVerb(r.gerund       ? VerbForm::Gerund
                   : r.participle ? VerbForm::PastParticiple
                                  : finiteForm());
      } else if (adverb) {
        chosen = P::Adverb;
      }
    }

    // A base form with a subject before it is a present tense ("we condemn"); after a modal,
    // "to" or "do" it stays the infinitive.
    if (chosen == P::Verb && form == VerbForm::Base &&
        !(prev_content >= 0 && (prev_content_pos == P::Modal ||
                                prev_content_pos == P::InfinitiveTo || prev_content_aux == "do")))
      form = VerbForm::Present;
    // "the men who stand accused of spying", "she remains detained": a participle after a
    // linking verb is a passive, and the linking verb reads as "be".
    if (chosen != P::Verb && r.participle && !r.verb_lemma.empty() && prev >= 0 &&
        prev == prev_content && tokens[prev].pos == P::Verb &&
        (tokens[prev].form == VerbForm::Present || tokens[prev].form == VerbForm::Past) &&
        classes_.isLinkingVerb(tokens[prev].lemma)) {
      Token& linking = tokens[prev];
      linking.synonym_of = linking.lemma;
      linking.lemma = "be";
      linking.pos = P::Auxiliary;
      chosen = P::Verb;
      form = VerbForm::PastParticiple;
    }
    // "Police added X to a list and also accused Y of ...": an -ed form after a coordinator
    // and an adverb, with an object next, is a second finite verb when one came before.
    if (chosen != P::Verb && r.past && r.known && !r.verb_lemma.empty() && i >= 2 &&
        resolved(i - 1) == P::Adverb && resolved(i - 2) == P::Coordinator &&
        startsNounPhrase(i + 1)) {
      bool finite_before = false;
      for (size_t k = 0; k + 2 < i; ++k)
        finite_before = finite_before ||
                        (tokens[k].pos == P::Verb &&
                         (tokens[k].form == VerbForm::Past || tokens[k].form == VerbForm::Present));
      if (finite_before) {
        chosen = P::Verb;
        form = VerbForm::Past;
      }
    }
    // "The allegations, unsealed Friday, say X ...": an -ed form that opens a short phrase set
    // off by commas after the subject modifies it when a finite verb follows the closing comma.
    // The comma that closes a phrase opened by token i right after the subject and a comma
    // (within `reach` tokens; a coordinator may join its parts where `joined`), or n.
    auto closingComma = [&](size_t reach, bool joined) -> size_t {
      if (finite_in_clause || !subject_pending || i < 2 || tokens[i - 1].text != "," ||
          (resolved(i - 2) != P::Noun && resolved(i - 2) != P::ProperNoun))
        return n;
      size_t j = i + 1;
      while (j < n && j < i + reach && tokens[j].text != "," &&
             (!isBoundary(j) || (joined && readings[j].only(P::Coordinator))))
        ++j;
      return j + 1 < n && tokens[j].text == "," && readings[j + 1].can(P::Verb) ? j : n;
    };
    if (chosen == P::Verb && form == VerbForm::Past && r.participle) {
      size_t j = closingComma(6, false);
      if (j < n && (readings[j + 1].past || readings[j + 1].present || readings[j + 1].base) &&
          !readings[j + 1].participle)
        form = VerbForm::PastParticiple;
    }
    // "These actors, acting as freelancers for X, conducted ...": an -ing form that opens a
    // phrase set off by commas after the subject is a participle when a verb follows it.
    if (chosen != P::Verb && r.gerund && !r.verb_lemma.empty()) {
      size_t j = closingComma(14, true);  // ("as X or as Y")
      if (j < n && j > i + 1 && (readings[j + 1].past || readings[j + 1].present)) {
        chosen = P::Verb;
        form = VerbForm::Gerund;
      }
    }
    // "the men, aged 20 and 25, ...": after a comma, a word that can be an adjective and that a
    // number follows (or a preposition and a number) is an adjective, not a noun in a list.
    if (chosen == P::Noun && r.can(P::Adjective) && i >= 1 && tokens[i - 1].text == "," &&
        i + 1 < n &&
        (readings[i + 1].can(P::Number) ||
         (i + 2 < n && readings[i + 1].can(P::Preposition) && readings[i + 2].can(P::Number))))
      chosen = P::Adjective;
    token.pos = chosen;
    token.form = form;
    if (chosen == P::Noun &&
        (verb_as_plural_noun || (r.noun_lemma.empty() && !r.verb_lemma.empty() && r.known))) {
      // A verb-only word heading a noun phrase ("its new approves"): its verb's lemma, and
      // plural when it is an -s form.
      token.lemma = r.verb_lemma;
      token.plural = verb_as_plural_noun || r.present;
    } else if (chosen == P::Noun) {
      if (!r.noun_lemma.empty()) token.lemma = r.noun_lemma;
      token.plural = r.plural;
    } else if (chosen == P::Verb) {
      if (!r.verb_lemma.empty()) token.lemma = r.verb_lemma;
    } else if (chosen == P::Auxiliary) {
      token.lemma = r.auxiliary;
    } else if (chosen == P::Number && !r.number_value.empty()) {
      if (!r.count_value.empty()) token.synonym_of = token.lower;  // "heptad" read as "7"
      token.lemma = r.number_value;                                // "seven" counts as "7"
    } else if (chosen == P::Adjective && !r.verb_lemma.empty() && (r.participle || r.past) &&
               token.lower.size() > 2 &&
               token.lower.compare(token.lower.size() - 2, 2, "ed") == 0) {
      token.lemma = r.verb_lemma;  // "the sanctioned firm": the verb's lemma
    }
    if (chosen == P::ProperNoun) {
      token.plural = token.text.size() > 3 && token.text.back() == 's' &&
                     std::islower(static_cast<unsigned char>(token.text[token.text.size() - 2]));
    }

    // Clause bookkeeping for the participle rule.
    if (chosen == P::Modal ||
        (chosen == P::Auxiliary && (form == VerbForm::Present || form == VerbForm::Past)) ||
        (chosen == P::Verb && (form == VerbForm::Past || form == VerbForm::Present)))
      finite_in_clause = true;
    if (chosen == P::Subordinator || chosen == P::WhWord) finite_in_clause = false;
    // "stated her nation stood with ...": after a verb of saying a new clause may begin.
    if (chosen == P::Verb && reporting_verbs_.count(token.lemma) && i + 1 < n) {
      // ("said last week the group hacked ...", "said on Monday ...": past when it was said.)
      size_t start = i + 1;
      if (start + 2 < n && (tokens[start].lower == "on" || readings[start].can(P::Adjective) ||
                            readings[start].can(P::Determiner))) {
        const std::string& when = tokens[start + 1].lower;
        if (timeWord(when) || classes_.isMonthName(when)) start += 2;
      }
      const std::string& next_word = tokens[start].lower;
      bool clause_start = isPersonalPronoun(next_word) || next_word == "his" ||
                          next_word == "her" || next_word == "its" || next_word == "their" ||
                          next_word == "our" || in_name[start] ||
                          // "said the attack amounted to ...": a phrase, then its verb
                          (readings[start].can(P::Determiner) &&
                           (verbAfterPhrase(start) || pluralSubjectThenVerb(start) ||
                            singularSubjectThenVerb(start))) ||
                          // "said five hackers breached ...": a bare phrase, then its verb
                          (!readings[start].can(P::Determiner) && bareClauseAfter(start));
      if (clause_start) finite_in_clause = false;
    }
    bool object_position = false;  // the noun phrase this word is in follows a verb or preposition
    for (size_t j = i; j-- > 0;) {
      P pos = tokens[j].pos;
      if (pos == P::Determiner || pos == P::Adjective || pos == P::Number || pos == P::Noun ||
          pos == P::ProperNoun || pos == P::Possessive || pos == P::Quote)
        continue;
      // After a verb of saying the phrase is the subject of what is said ("stated her nation
      // stood with ..."), not an object.
      object_position =
          (pos == P::Verb && !reporting_verbs_.count(tokens[j].lemma)) || pos == P::Preposition;
      break;
    }
    if (finite_in_clause) {
      subject_pending = false;
      pending_plural = false;
    } else if ((chosen == P::Noun || chosen == P::ProperNoun || chosen == P::Pronoun) &&
               !object_position && !in_apposition) {
      subject_pending = true;
      pending_plural = chosen == P::Noun && token.plural && i + 1 < n && tokens[i + 1].text == ",";
    }
    if (chosen == P::WhWord && subject_pending && i >= 2 && tokens[i - 1].text == "," &&
        (resolved(i - 2) == P::Noun || resolved(i - 2) == P::ProperNoun))
      in_relative = true;
    if (chosen == P::Subordinator || chosen == P::WhWord) subject_pending = false;
  }
}

}  // namespace kg

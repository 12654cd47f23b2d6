#include "ingest/syntax/shallow_parser.h"

#include <algorithm>
#include <functional>

#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

using P = PartOfSpeech;

enum class Kind {
  Noun,
  Verb,
  Preposition,
  Subordinator,
  Wh,
  Coordinator,
  Comma,
  Dash,
  Open,
  Close,
  Colon,
  Semicolon,
  Quote,
  Adverb,
  Particle,
  To,
  Adjective,
  End,
  Other,
};

struct Element {
  Kind kind = Kind::Other;
  size_t first = 0, last = 0, head = 0;
  int parent = -1;  // element it hangs from
  // Verb groups.
  bool finite = false, passive = false, copula = false, gerund = false, participle = false,
       infinitive = false, has_subject = false, has_object = false, speech = false, naming = false;
};

bool isPossessiveDeterminer(const std::string& lower) {
  return lower == "its" || lower == "their" || lower == "his" || lower == "her" || lower == "our" ||
         lower == "my" || lower == "your" || lower == "whose";
}

class Parser {
 public:
  Parser(Document& document, size_t index, const std::unordered_set<std::string>& speech,
         const std::unordered_set<std::string>& naming)
      : document_(document),
        sentence_(document.sentences[index]),
        tokens_(sentence_.tokens),
        speech_(speech),
        naming_(naming) {}

  void run() {
    for (Token& token : tokens_) {
      token.head = -1;
      token.relation = Relation::Root;
    }
    chunk();
    attachOfPhrases();
    attachClauseModifiers();
    attachPrepositionObjects();
    attachAges();
    attachSemicolonLists();
    attachCoordinations();
    attachAppositions();
    attachSubjects();
    for (auto [clause, speech] : deferred_complements_)
      if (free(clause)) attach(clause, speech, Relation::Complement);
    attachObjects();
    attachRemaining();
    finish();
    invertFrontedParticiple();
    attachAmongThem();
  }

 private:
  // ---- tokens ----------------------------------------------------------------------------
  void arc(size_t child, size_t head, Relation relation) {
    if (child == head) return;
    tokens_[child].head = static_cast<int>(head);
    tokens_[child].relation = relation;
  }
  bool inName(size_t t) const {
    return tokens_[t].mention >= 0 &&
           document_.mentions[tokens_[t].mention].kind != MentionKind::Pronoun;
  }
  // The last token of the name unit starting at t (t itself when not in a name).
  size_t unitEnd(size_t t) const {
    if (!inName(t)) return t;
    const Mention& mention = document_.mentions[tokens_[t].mention];
    return std::max(t, mention.last_token);
  }
  // The token a name unit is known by in the tree.
  size_t unitHead(size_t t) const {
    if (!inName(t)) return t;
    return document_.mentions[tokens_[t].mention].head_token;
  }
  bool isVerbal(size_t t) const {
    P pos = tokens_[t].pos;
    return pos == P::Verb || pos == P::Auxiliary || pos == P::Modal;
  }

  // ---- chunking ----------------------------------------------------------------------------
  void chunk() {
    const size_t n = tokens_.size();
    size_t i = 0;
    while (i < n) {
      const Token& token = tokens_[i];
      // "companies such as X": "such as" gives examples, as "including" does.
      if (token.lower == "such" && i + 2 < n && tokens_[i + 1].lower == "as" && !inName(i + 1)) {
        Element element;
        element.kind = Kind::Preposition;
        element.first = i;
        element.last = element.head = i + 1;
        tokens_[i + 1].pos = P::Preposition;
        arc(i, i + 1, Relation::Dependent);
        elements_.push_back(element);
        i += 2;
        continue;
      }
      if (inName(i) || startsNounPhrase(i)) {
        i = chunkNounPhrase(i);
        continue;
      }
      if (isVerbal(i) ||
          ((token.pos == P::Adverb || token.pos == P::Negation) && verbGroupAhead(i))) {
        i = chunkVerbGroup(i);
        continue;
      }
      // "as well as" joins like "and".
      if (token.lower == "as" && i + 2 < n && tokens_[i + 1].lower == "well" &&
          tokens_[i + 2].lower == "as") {
        Element element;
        element.kind = Kind::Coordinator;
        element.first = element.head = i;
        element.last = i + 2;
        arc(i + 1, i, Relation::Dependent);
        arc(i + 2, i, Relation::Dependent);
        elements_.push_back(element);
        i += 3;
        continue;
      }
      Element element;
      element.first = element.last = element.head = i;
      element.kind = kindOf(i);
      elements_.push_back(element);
      ++i;
    }
  }

  Kind kindOf(size_t i) const {
    const Token& token = tokens_[i];
    switch (token.pos) {
      case P::Preposition:
        return Kind::Preposition;
      case P::Subordinator:
        return Kind::Subordinator;
      case P::WhWord:
        return Kind::Wh;
      case P::Coordinator:
        return Kind::Coordinator;
      case P::Quote:
        return Kind::Quote;
      case P::Adverb:
      case P::Negation:
        return Kind::Adverb;
      case P::Particle:
        return Kind::Particle;
      case P::InfinitiveTo:
        return Kind::To;
      case P::Adjective:
        return Kind::Adjective;
      case P::Punctuation:
        if (token.text == ",") return Kind::Comma;
        if (token.text == "-") return Kind::Dash;
        if (token.text == "(" || token.text == "[") return Kind::Open;
        if (token.text == ")" || token.text == "]") return Kind::Close;
        if (token.text == ":") return Kind::Colon;
        if (token.text == ";") return Kind::Semicolon;
        return Kind::End;
      default:
        return Kind::Other;
    }
  }

  bool startsNounPhrase(size_t i) const {
    P pos = tokens_[i].pos;
    return pos == P::Determiner || pos == P::Number || pos == P::Noun || pos == P::ProperNoun ||
           pos == P::Pronoun || pos == P::Adjective ||
           (pos == P::Adverb && i + 1 < tokens_.size() &&
            (tokens_[i + 1].pos == P::Number || tokens_[i + 1].pos == P::Adjective ||
             (tokens_[i + 1].pos == P::Adverb && i + 2 < tokens_.size() &&
              tokens_[i + 2].pos == P::Number)) &&
            nounAhead(i + 1));
  }
  // The WordNet lexicographer file of noun element e's first sense, or -1.
  int nounFile(size_t e) const {
    const Token& head = tokens_[elements_[e].head];
    const std::string& lemma = head.lemma.empty() ? head.lower : head.lemma;
    WordDictionary& dictionary = WordDictionary::instance();
    int file = dictionary.nounAncestry(lemma).first_lexicographer_file;
    // A closed compound WordNet lacks reads as its head ("cyberattack": an attack).
    for (size_t split = 3; file < 0 && split + 4 <= lemma.size(); ++split)
      file = dictionary.nounAncestry(lemma.substr(split)).first_lexicographer_file;
    return file;
  }
  // Whether noun element e names an act or an event (WordNet's noun.act or noun.event, first
  // sense): "activities", "attacks".
  bool namesADeed(size_t e) const {
    int file = nounFile(e);
    return file == WordNetFiles::kNounAct || file == WordNetFiles::kNounEvent;
  }
  // Whether one of a noun's first two senses is in WordNet's noun.time file ("time", "day",
  // "moment").
  static bool namesATime(const std::string& lemma) {
    const WordDictionary::NounAncestry& ancestry = WordDictionary::instance().nounAncestry(lemma);
    for (size_t sense = 0; sense < ancestry.lexicographer_files.size() && sense < 2; ++sense)
      if (ancestry.lexicographer_files[sense] == WordNetFiles::kNounTime) return true;
    return false;
  }
  // Whether a noun follows within the modifiers starting at i.
  bool nounAhead(size_t i) const {
    for (size_t k = i; k < tokens_.size() && k < i + 8; ++k) {
      P pos = tokens_[k].pos;
      if (pos == P::Noun || pos == P::ProperNoun || inName(k)) return true;
      if (pos == P::Adjective || pos == P::Number || pos == P::Adverb || tokens_[k].text == "," ||
          tokens_[k].lower == "and" || pos == P::Quote)
        continue;
      return false;
    }
    return false;
  }
  bool verbGroupAhead(size_t i) const {
    for (size_t k = i; k < tokens_.size(); ++k) {
      P pos = tokens_[k].pos;
      if (pos == P::Adverb || pos == P::Negation) continue;
      return isVerbal(k);
    }
    return false;
  }

  size_t chunkNounPhrase(size_t start) {
    const size_t n = tokens_.size();
    std::vector<size_t> members;  // heads of units (names are one unit)
    std::vector<size_t> quotes;
    size_t i = start;
    bool pronoun = false;
    while (i < n) {
      const Token& token = tokens_[i];
      // "more than 10 million people": a comparison with a number counts the noun after it.
      if (token.lower == "than" && members.size() == 1 && i == members.back() + 1 && i + 1 < n &&
          tokens_[i + 1].pos == P::Number &&
          (tokens_[members.back()].pos == P::Determiner ||
           tokens_[members.back()].pos == P::Adjective ||
           tokens_[members.back()].pos == P::Adverb)) {
        members.push_back(i++);
        continue;
      }
      if (inName(i)) {
        size_t end = unitEnd(i), unit_head = unitHead(i);
        // "at the time Gondor said ...", "the day Arnor announced ...": after a noun for a time,
        // a name with its verb next opens a clause that tells the time; it is no modifier.
        if (!members.empty() && tokens_[members.back()].pos == P::Noun &&
            namesATime(tokens_[members.back()].lemma) && verbGroupAhead(end + 1))
          break;
        for (size_t k = i; k <= end; ++k)
          if (k != unit_head) arc(k, unit_head, Relation::NamePart);
        members.push_back(unit_head);
        i = end + 1;
        // A person's name ends its phrase: it never describes a noun after it ("... and Jane
        // Roe US officials said" is two phrases).
        const Mention& unit = document_.mentions[tokens_[unit_head].mention];
        if (unit.type == ActorType::Person && unit.kind == MentionKind::Name &&
            !(i < n && tokens_[i].pos == P::Possessive))
          break;
        continue;
      }
      P pos = token.pos;
      if (pos == P::Pronoun) {
        if (!members.empty()) break;
        members.push_back(i);
        pronoun = true;
        ++i;
        break;
      }
      if (pos == P::Determiner) {
        bool only_determiners = std::all_of(members.begin(), members.end(), [&](size_t m) {
          return tokens_[m].pos == P::Determiner;
        });
        // "19 more entities", "two other defendants": a determiner after a count, one that
        // WordNet also knows as an adjective ("more", "other"; not "the": "March 3 the
        // ministry").
        bool after_count = !members.empty() && tokens_[members.back()].pos == P::Number &&
                           i + 1 < n &&
                           (tokens_[i + 1].pos == P::Noun || tokens_[i + 1].pos == P::Adjective) &&
                           WordDictionary::instance().senses(token.lower).adjective_count > 0;
        if (!only_determiners && !after_count) break;
        members.push_back(i++);
        continue;
      }
      // "imposed on Kalmor Bank last year": after a name, words that end in a noun for a time
      // say when; the name heads no phrase with them.
      // ("last year", "next month": two words, the first no plural noun.)
      // After a common noun, the first word must be able to qualify the time ("the parliament
      // last year", not "the school year").
      if ((pos == P::Noun || pos == P::Adjective) && !members.empty() &&
          (inName(members.back()) ||
           (tokens_[members.back()].pos == P::Noun &&
            WordDictionary::instance().senses(token.lower).adjective_count >
                WordDictionary::instance().senses(token.lower).noun_count)) &&
          !token.plural && i + 1 < n &&
          (tokens_[i + 1].pos == P::Noun ||
           // "last June", "next Monday"
           (tokens_[i + 1].pos == P::ProperNoun && namesATime(tokens_[i + 1].lower))) &&
          (i + 2 >= n || (tokens_[i + 2].pos != P::Noun && tokens_[i + 2].pos != P::Adjective)) &&
          namesATime(tokens_[i + 1].lemma))
        break;
      // "announced charges Thursday against X": a day's or month's name after a common noun
      // tells the time; it heads no phrase with that noun.
      if ((pos == P::ProperNoun || pos == P::Noun) && token.capitalised && !members.empty() &&
          tokens_[members.back()].pos == P::Noun && namesATime(token.lower))
        break;
      if (pos == P::Adjective || pos == P::Noun || pos == P::ProperNoun || pos == P::Number) {
        members.push_back(i++);
        continue;
      }
      if (pos == P::Adverb && i + 1 < n &&
          (tokens_[i + 1].pos == P::Adjective || tokens_[i + 1].pos == P::Number ||
           // "at least 46 banks"
           (tokens_[i + 1].pos == P::Adverb && i + 2 < n && tokens_[i + 2].pos == P::Number)) &&
          nounAhead(i + 1)) {
        members.push_back(i++);
        continue;
      }
      // Quotes around a modifier or the whole phrase: the so-called "Chinese hackers".
      if (pos == P::Quote && i + 1 < n &&
          (tokens_[i + 1].pos == P::Noun || tokens_[i + 1].pos == P::ProperNoun ||
           tokens_[i + 1].pos == P::Adjective || inName(i + 1)) &&
          !members.empty() && tokens_[members.back()].pos != P::Noun) {
        quotes.push_back(i++);
        continue;
      }
      // "four senior justice and law enforcement officials": a count of more than one before a
      // singular noun has not met its plural yet, so "and" joins two modifiers of it.
      if (token.lower == "and" && !members.empty() && tokens_[members.back()].pos == P::Noun &&
          !tokens_[members.back()].plural) {
        bool counted = false;
        for (size_t m : members)
          counted |=
              tokens_[m].pos == P::Number && tokens_[m].lower != "one" && tokens_[m].lower != "1";
        size_t k = i + 1;
        while (
            k < n && k < i + 5 &&
            (tokens_[k].pos == P::Adjective || (tokens_[k].pos == P::Noun && !tokens_[k].plural)))
          ++k;
        // "oil and gas firms": with no count, the first noun must stand bare, with no
        // determiner (not "the government and opposition parties"), and the head must name
        // people or bodies.
        auto actorFile = [&](size_t t) {
          int file = WordDictionary::instance().nounLexicographerFile(tokens_[t].lemma);
          return file == WordNetFiles::kNounPerson || file == WordNetFiles::kNounGroup;
        };
        bool modifier_pair =
            !counted && members.size() == 1 && !tokens_[members.back()].capitalised;
        if ((counted || modifier_pair) && k > i + 1 && k < n && tokens_[k].pos == P::Noun &&
            tokens_[k].plural && (counted || actorFile(k))) {
          quotes.push_back(i++);
          continue;
        }
      }
      // Coordinated adjectives before a noun: "American and British", "financial, energy and".
      // ("four Russian and Ukrainian individuals": demonyms too.)
      if ((token.text == "," || token.lower == "and" || token.lower == "or") && !members.empty() &&
          (tokens_[members.back()].pos == P::Adjective ||
           (tokens_[members.back()].pos == P::ProperNoun &&
            (!inName(members.back()) || demonymAt(members.back())) &&
            // "in May, Japanese police said": a month or a day ends its phrase
            !namesATime(tokens_[members.back()].lower))) &&
          i + 1 < n) {
        size_t k = i + 1;
        if (tokens_[k].lower == "and" || tokens_[k].lower == "or") ++k;
        if (k < n &&
            (tokens_[k].pos == P::Adjective || demonymAt(k) ||
             (tokens_[k].pos == P::Noun && k + 1 < n && tokens_[k + 1].pos == P::Noun)) &&
            nounAhead(k)) {
          for (size_t q = i; q < k; ++q) quotes.push_back(q);
          i = k;
          continue;
        }
      }
      break;
    }
    if (members.empty()) {
      Element element;
      element.first = element.last = element.head = start;
      element.kind = kindOf(start);
      elements_.push_back(element);
      return start + 1;
    }
    // The head: the last noun-like member.
    size_t head = members.back();
    for (size_t m = members.size(); m-- > 0;) {
      P pos = tokens_[members[m]].pos;
      if (pos == P::Noun || pos == P::ProperNoun || pos == P::Pronoun || pos == P::Number ||
          inName(members[m])) {
        head = members[m];
        break;
      }
    }
    bool has_noun = false;
    for (size_t m : members) {
      P pos = tokens_[m].pos;
      if (pos == P::Noun || pos == P::ProperNoun || pos == P::Pronoun || pos == P::Number ||
          inName(m))
        has_noun = true;
    }
    // A noun phrase ends with its head: members after it are chunked again.
    while (members.size() > 1 && members.back() != head) members.pop_back();
    size_t end = unitEnd(members.back());
    if (inName(members.back()))
      end = document_.mentions[tokens_[members.back()].mention].last_token;
    for (size_t q : quotes)
      if (q <= end) arc(q, head, Relation::Punctuation);
    bool determiners_only = std::all_of(members.begin(), members.end(),
                                        [&](size_t m) { return tokens_[m].pos == P::Determiner; });
    for (size_t m : members) {
      if (m == head) continue;
      P pos = tokens_[m].pos;
      Relation relation = Relation::Modifier;
      if (pos == P::Determiner)
        relation =
            isPossessiveDeterminer(tokens_[m].lower) ? Relation::Possessor : Relation::Determiner;
      else if (pos == P::Adverb)
        relation = Relation::AdverbModifier;
      arc(m, head, relation);
    }
    // "the hacking group "APT99"": a quoted name right after the noun is what it is called.
    if (!pronoun && tokens_[head].pos == P::Noun && end + 3 < n + 1 && end + 2 < n &&
        tokens_[end + 1].pos == P::Quote && inName(end + 2)) {
      size_t name_end = unitEnd(end + 2), name_head = unitHead(end + 2);
      if (name_end + 1 < n && tokens_[name_end + 1].pos == P::Quote) {
        for (size_t k = end + 2; k <= name_end; ++k)
          if (k != name_head) arc(k, name_head, Relation::NamePart);
        for (size_t m : members)
          arc(m, name_head, m == head ? Relation::Modifier : tokens_[m].relation);
        arc(head, name_head, Relation::Modifier);
        arc(end + 1, name_head, Relation::Punctuation);
        arc(name_end + 1, name_head, Relation::Punctuation);
        head = name_head;
        end = name_end + 1;
      }
    }
    Element element;
    element.kind = has_noun || determiners_only || members.size() > 1 || pronoun ? Kind::Noun
                                                                                 : Kind::Adjective;
    if (!has_noun && !determiners_only && tokens_[members.front()].pos != P::Determiner)
      element.kind = Kind::Adjective;  // "responsible", "unacceptable"
    element.first = start;
    element.last = end;
    element.head = head;
    size_t next = end + 1;
    // A possessive: "the UK's election watchdog" -> the next phrase owns this one.
    if (element.kind == Kind::Noun && next < n && tokens_[next].pos == P::Possessive) {
      arc(next, head, Relation::Marker);
      size_t after = next + 1;
      // "China's "malicious cyber activity"": quotes around what is owned.
      while (after + 1 < n && tokens_[after].pos == P::Quote) {
        arc(after, head, Relation::Punctuation);
        ++after;
      }
      if (after < n && (inName(after) || startsNounPhrase(after))) {
        size_t before = elements_.size();
        size_t resume = chunkNounPhrase(after);
        if (elements_.size() > before && elements_.back().kind == Kind::Noun) {
          Element owned = elements_.back();
          elements_.pop_back();
          arc(head, owned.head, Relation::Possessor);
          owned.first = start;
          elements_.push_back(owned);
          return resume;
        }
        // Not a noun phrase after all: keep both.
        elements_.insert(elements_.begin() + static_cast<long>(before), element);
        return resume;
      }
      elements_.push_back(element);
      return after;
    }
    elements_.push_back(element);
    return next;
  }

  size_t chunkVerbGroup(size_t start) {
    const size_t n = tokens_.size();
    std::vector<size_t> group;
    int main = -1;
    size_t i = start;
    while (i < n) {
      P pos = tokens_[i].pos;
      if (pos == P::Adverb || pos == P::Negation) {
        if (!verbGroupAhead(i)) break;
        group.push_back(i++);
        continue;
      }
      if (pos == P::Modal || pos == P::Auxiliary) {
        group.push_back(i++);
        continue;
      }
      if (pos == P::Verb) {
        group.push_back(i);
        main = static_cast<int>(i);
        ++i;
        break;
      }
      break;
    }
    // A particle right after the verb: "called out", "hit back".
    if (i < n && tokens_[i].pos == P::Particle) group.push_back(i++);
    if (main < 0) {
      // No main verb: the last auxiliary is the verb ("is" a copula, "have" of possession).
      for (size_t k = group.size(); k-- > 0;)
        if (tokens_[group[k]].pos == P::Auxiliary || tokens_[group[k]].pos == P::Modal) {
          main = static_cast<int>(group[k]);
          break;
        }
    }
    if (main < 0) {
      // Only adverbs: not a verb group after all.
      Element element;
      element.first = element.last = element.head = start;
      element.kind = kindOf(start);
      elements_.push_back(element);
      return start + 1;
    }
    Element element;
    element.kind = Kind::Verb;
    element.first = group.front();
    element.last = group.back();
    element.head = static_cast<size_t>(main);
    const Token& verb = tokens_[main];
    bool be_before = false;
    for (size_t k : group) {
      if (static_cast<int>(k) >= main) break;
      if (tokens_[k].pos == P::Auxiliary) be_before = tokens_[k].lemma == "be";
    }
    element.passive = verb.pos == P::Verb && verb.form == VerbForm::PastParticiple && be_before;
    element.copula = verb.pos == P::Auxiliary && verb.lemma == "be";
    size_t first_verbal = group.front();
    for (size_t k : group)
      if (isVerbal(k)) {
        first_verbal = k;
        break;
      }
    const Token& first = tokens_[first_verbal];
    bool after_to = element.first > 0 && tokens_[element.first - 1].pos == P::InfinitiveTo;
    // "have", "do" written as their base form are present tense unless "to" comes before.
    bool present_auxiliary = first.pos == P::Auxiliary && first.form == VerbForm::Base &&
                             first.lemma != "be" && !after_to;
    element.finite =
        first.pos == P::Modal || present_auxiliary ||
        (first.pos == P::Auxiliary &&
         (first.form == VerbForm::Present || first.form == VerbForm::Past)) ||
        (first.pos == P::Verb && (first.form == VerbForm::Past || first.form == VerbForm::Present));
    element.gerund = !element.finite && first.form == VerbForm::Gerund;
    element.participle =
        !element.finite && first.pos == P::Verb && first.form == VerbForm::PastParticiple;
    element.infinitive = !element.finite && !element.gerund && !element.participle;
    element.speech = speech_.count(verb.lemma) > 0;
    element.naming = element.participle && naming_.count(verb.lower) > 0;
    for (size_t k : group) {
      if (static_cast<int>(k) == main) continue;
      P pos = tokens_[k].pos;
      Relation relation = Relation::Auxiliary;
      if (pos == P::Negation)
        relation = Relation::Negation;
      else if (pos == P::Adverb)
        relation = Relation::AdverbModifier;
      else if (pos == P::Particle)
        relation = Relation::Particle;
      else if (pos == P::Auxiliary && tokens_[k].lemma == "be" && element.passive)
        relation = Relation::PassiveAuxiliary;
      arc(k, static_cast<size_t>(main), relation);
    }
    elements_.push_back(element);
    return element.last + 1;
  }

  // ---- element helpers ---------------------------------------------------------------------
  const std::string& lower(const Element& e) const { return tokens_[e.head].lower; }
  void attach(size_t child, size_t parent, Relation relation) {
    if (child == parent || under(parent, child)) return;  // never a cycle
    elements_[child].parent = static_cast<int>(parent);
    arc(elements_[child].head, elements_[parent].head, relation);
  }
  bool free(size_t e) const { return elements_[e].parent < 0; }
  // The last element of e's subtree (elements attached under e, transitively, to its right).
  size_t subtreeEnd(size_t e) const {
    size_t end = e;
    for (size_t k = e + 1; k < elements_.size(); ++k) {
      int p = elements_[k].parent;
      bool under = false;
      while (p >= 0) {
        if (static_cast<size_t>(p) == e) {
          under = true;
          break;
        }
        p = elements_[p].parent;
      }
      if (under)
        end = k;
      else if (elements_[k].kind != Kind::Quote)
        break;
    }
    return end;
  }
  // The last element of a listed phrase: its subtree, or the closing bracket of a bracketed
  // clause the phrase owns ("B (who also owns C)"), whose inside the tree has not all hung yet.
  size_t memberEnd(size_t e) const {
    size_t end = e;
    for (size_t k = e + 1; k < elements_.size();) {
      if (under(k, e)) {
        end = k;
        if (is(k, Kind::Open))
          for (size_t close = k + 1; close < elements_.size(); ++close)
            if (is(close, Kind::Close)) {
              if (under(close, e)) end = k = close;
              break;
            }
        ++k;
      } else if (is(k, Kind::Quote)) {
        ++k;
      } else {
        break;
      }
    }
    return end;
  }
  // Whether element k hangs, through its parents, from element e.
  bool under(size_t k, size_t e) const {
    for (int p = elements_[k].parent; p >= 0; p = elements_[p].parent)
      if (static_cast<size_t>(p) == e) return true;
    return false;
  }
  bool isNoun(size_t e) const { return e < elements_.size() && elements_[e].kind == Kind::Noun; }
  // The name stage's mention at token t, or null.
  const Mention* mentionAt(size_t t) const {
    int mention = tokens_[t].mention;
    if (mention < 0 || static_cast<size_t>(mention) >= document_.mentions.size()) return nullptr;
    return &document_.mentions[static_cast<size_t>(mention)];
  }
  // Whether token t is a one-word demonym the name stage read as its country ("Russian").
  bool demonymAt(size_t t) const {
    const Mention* unit = mentionAt(t);
    return unit && unit->kind == MentionKind::Metonym && unit->first_token == t &&
           unit->last_token == t && tokens_[t].pos == P::ProperNoun;
  }
  // Whether one of the first four senses WordNet gives a noun is a person ("chair" as who chairs
  // a body).
  static bool personSense(const std::string& lemma) {
    const auto& files = WordDictionary::instance().nounAncestry(lemma).lexicographer_files;
    return std::find(files.begin(), files.end(), WordNetFiles::kNounPerson) != files.end();
  }
  // Whether noun element e is a person's name.
  bool namesAPerson(size_t e) const {
    const Mention* unit = mentionAt(elements_[e].head);
    return unit && unit->type == ActorType::Person && unit->kind == MentionKind::Name;
  }
  // Whether noun element e has a number before its head ("seven hackers", "one person").
  bool counted(size_t e) const {
    for (size_t t = elements_[e].first; t < elements_[e].head; ++t)
      if (tokens_[t].pos == P::Number) return true;
    return false;
  }
  bool isVerb(size_t e) const { return e < elements_.size() && elements_[e].kind == Kind::Verb; }
  bool is(size_t e, Kind kind) const { return e < elements_.size() && elements_[e].kind == kind; }
  // Next element after e, skipping quotes.
  size_t nextOf(size_t e) const {
    size_t k = e + 1;
    while (k < elements_.size() && elements_[k].kind == Kind::Quote) ++k;
    return k;
  }
  int previousOf(size_t e) const {
    int k = static_cast<int>(e) - 1;
    while (k >= 0 && elements_[k].kind == Kind::Quote) --k;
    return k;
  }

  // ---- passes ------------------------------------------------------------------------------
  // "two of the defendants", "critics of Beijing", "the data of millions": "of" phrases belong to
  // the noun before them; "(NCSC)" after a name is that name.
  void attachOfPhrases() {
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (is(e, Kind::Preposition) && lower(elements_[e]) == "of") {
        size_t right = nextOf(e);
        int left = previousOf(e);
        if (right < elements_.size() &&
            (isNoun(right) || (isVerb(right) && elements_[right].gerund))) {
          attach(right, e, Relation::PrepositionObject);
          if (left >= 0 && (isNoun(left) || is(left, Kind::Adjective)))
            attach(e, static_cast<size_t>(left), Relation::Preposition);
        }
      }
      if (is(e, Kind::Open) && e > 0 && isNoun(e - 1) && isNoun(e + 1) && is(e + 2, Kind::Close)) {
        attach(e + 1, e - 1, Relation::Apposition);
        attach(e, e + 1, Relation::Punctuation);
        attach(e + 2, e + 1, Relation::Punctuation);
      }
    }
  }

  // The noun a relative pronoun at `wh` ("who", "which", "that", "whom") stands for: the noun
  // right before it, past a comma; -1 if there is none.
  int relativeAntecedent(size_t wh) const {
    const std::string& word = lower(elements_[wh]);
    if (word != "who" && word != "which" && word != "that" && word != "whom") return -1;
    int antecedent = static_cast<int>(wh) - 1;
    if (antecedent >= 0 && is(antecedent, Kind::Comma)) --antecedent;
    return antecedent >= 0 && isNoun(antecedent) ? antecedent : -1;
  }

  // The first noun of a coordination that ends with noun element e ("A and B", "A, B and C"),
  // or e itself (or -1 when e is -1).
  int coordinationStart(int e) const {
    int start = e;
    while (start >= 2 && (is(start - 1, Kind::Coordinator) || is(start - 1, Kind::Comma)) &&
           isNoun(start - 2) && isNoun(start))
      start -= 2;
    return start;
  }

  // Relative clauses ("hackers, who targeted X") and participles on nouns ("hackers linked to X",
  // "campaigns targeting X"); gerunds after prepositions ("in accusing X").
  void attachClauseModifiers() {
    for (size_t e = 0; e < elements_.size(); ++e) {
      Element& verb = elements_[e];
      if (verb.kind != Kind::Verb || !free(e)) continue;
      int previous = previousOf(e);
      if (verb.finite) {
        // "the men whose funds were blocked are X": the clause is on the noun before
        // "whose", and the phrase "whose" opens is its subject.
        if (previous >= 2 && isNoun(previous) && free(previous) && is(previous - 1, Kind::Wh) &&
            lower(elements_[previous - 1]) == "whose" && free(previous - 1)) {
          int antecedent = previous - 2;
          if (antecedent >= 1 && is(antecedent, Kind::Comma)) --antecedent;
          if (isNoun(antecedent)) {
            attach(e, static_cast<size_t>(antecedent), Relation::RelativeClause);
            attach(static_cast<size_t>(previous), e,
                   verb.passive ? Relation::PassiveSubject : Relation::Subject);
            attach(static_cast<size_t>(previous - 1), static_cast<size_t>(previous),
                   Relation::Possessor);
            verb.has_subject = true;
            continue;
          }
        }
        int wh = previous;
        while (wh >= 0 && is(wh, Kind::Adverb)) --wh;
        if (wh >= 0 && is(wh, Kind::Wh) && free(wh) &&
            (wh == 0 || !(isNoun(wh - 1) || is(wh - 1, Kind::Comma) ||
                          (wh >= 2 && is(wh - 1, Kind::Open) && isNoun(wh - 2))))) {
          // "did not know who had hacked X": a question word with no noun before it is its
          // own verb's subject, and names no one.
          attach(static_cast<size_t>(wh), e,
                 verb.passive ? Relation::PassiveSubject : Relation::Subject);
          verb.has_subject = true;
        } else if (wh >= 0 && is(wh, Kind::Wh) && free(wh)) {
          const std::string& word = lower(elements_[wh]);
          if (word == "who" || word == "which" || word == "that" || word == "whom") {
            int antecedent = wh - 1;
            if (antecedent >= 0 && is(antecedent, Kind::Comma)) --antecedent;
            // "A, B (who also owns C) and D": a bracketed clause belongs to the noun before it,
            // brackets and all, so a list goes on after it.
            int open = -1;
            if (antecedent >= 1 && is(antecedent, Kind::Open) && isNoun(antecedent - 1)) {
              open = antecedent;
              --antecedent;
            }
            // Past a bracket after the noun: "the Arnor Agency ('AA'), which ...".
            if (antecedent >= 0 && is(antecedent, Kind::Close)) {
              int open = antecedent;
              while (open >= 0 && !is(open, Kind::Open)) --open;
              if (open >= 1 && isNoun(open - 1)) antecedent = open - 1;
            }
            // Past the antecedent's own "of" phrase: "two individuals who", "members of X who".
            while (antecedent >= 0 && !isNoun(antecedent) && !free(antecedent)) --antecedent;
            // "a member of parliament, who was cited": "who" stands for people, so past a
            // body after "of" to the person it belongs to.
            if ((word == "who" || word == "whom") && antecedent >= 0 && isNoun(antecedent) &&
                !namesPeople(static_cast<size_t>(antecedent)) &&
                elements_[antecedent].parent >= 0 &&
                tokens_[elements_[antecedent].head].relation == Relation::PrepositionObject) {
              int of = elements_[antecedent].parent;
              int person = elements_[of].parent;
              if (lower(elements_[of]) == "of" && person >= 0 && isNoun(person) &&
                  namesPeople(static_cast<size_t>(person)))
                antecedent = person;
            }
            if (antecedent >= 0 && isNoun(antecedent)) {
              int owner = antecedent;
              // "one of its officers, who" keeps "officers".
              attach(e, static_cast<size_t>(owner), Relation::RelativeClause);
              attach(static_cast<size_t>(wh), e,
                     verb.passive ? Relation::PassiveSubject : Relation::Subject);
              verb.has_subject = true;
              if (open >= 0) {
                attach(static_cast<size_t>(open), e, Relation::Punctuation);
                for (size_t close = e + 1; close < elements_.size() && close < e + 24; ++close) {
                  if (is(close, Kind::Open)) break;
                  if (is(close, Kind::Close)) {
                    attach(close, e, Relation::Punctuation);
                    break;
                  }
                }
              }
            }
          }
        } else if (int speaker = coordinationStart(wh);
                   verb.speech && speaker >= 1 && isNoun(wh) &&
                   (is(speaker - 1, Kind::Wh) || (is(speaker - 1, Kind::Subordinator) &&
                                                  lower(elements_[speaker - 1]) == "that")) &&
                   free(speaker - 1) && relativeAntecedent(static_cast<size_t>(speaker) - 1) >= 0 &&
                   nextOf(e) < elements_.size() && isVerb(nextOf(e)) &&
                   elements_[nextOf(e)].finite && free(nextOf(e))) {
          // "four men, who the ministry said hacked X", "the firms that the ministry said are
          // responsible": the pronoun is the subject of the clause the speech verb reports,
          // and the speech verb the relative clause ("that A and B say has ...": a coordinated
          // speaker too).
          size_t clause = nextOf(e);
          attach(e, static_cast<size_t>(relativeAntecedent(static_cast<size_t>(speaker) - 1)),
                 Relation::RelativeClause);
          attach(clause, e, Relation::Complement);
          attach(static_cast<size_t>(speaker) - 1, clause,
                 elements_[clause].passive ? Relation::PassiveSubject : Relation::Subject);
          elements_[clause].has_subject = true;
          attach(static_cast<size_t>(speaker), e, Relation::Subject);
          verb.has_subject = true;
        } else if (wh >= 1 && isNoun(wh) && is(wh - 1, Kind::Wh) && free(wh - 1) &&
                   (!isNoun(nextOf(e)) || isTimeNoun(nextOf(e))) && !isVerb(nextOf(e))) {
          // "the agency, which it blamed for the raids": the pronoun is the object of a verb
          // that has its own subject and no object after it but a time ("whom X accused last
          // week"); "which Gondor said was ..." has a clause, not an object, and "the claim
          // that X hacked Y" is no relative clause.
          const std::string& word = lower(elements_[wh - 1]);
          int antecedent = static_cast<int>(wh) - 2;
          if (antecedent >= 0 && is(antecedent, Kind::Comma)) --antecedent;
          if ((word == "which" || word == "whom") && antecedent >= 0 && isNoun(antecedent)) {
            attach(e, static_cast<size_t>(antecedent), Relation::RelativeClause);
            attach(static_cast<size_t>(wh - 1), e, Relation::Object);
          }
        }
        continue;
      }
      if (verb.infinitive) continue;
      if (previous >= 0 && isNoun(previous)) {
        // A headline without a finite verb ("Two Hackers Linked to Arnor Charged with Fraud"):
        // a second participle is the predicate of the first one's noun, not a modifier of the
        // noun inside the first's phrase.
        if (sentence_.headline && verb.participle && !hasFiniteVerb()) {
          int outer = stackedParticipleNoun(static_cast<size_t>(previous));
          if (outer >= 0) {
            attach(e, static_cast<size_t>(outer), Relation::ParticipleModifier);
            continue;
          }
        }
        // "the five members of the army charged with X": a counted noun before "of" is what
        // the participle describes, not the body its members belong to.
        int described = previous;
        // "unsealed an indictment Thursday charging X", "200 attacks over the past five years
        // targeting X": past a time (or a phrase of time) to the noun before it.
        if (isTimeNoun(static_cast<size_t>(previous))) {
          if (previous >= 1 && isNoun(previous - 1))
            described = previous - 1;
          else if (previous >= 2 && is(previous - 1, Kind::Preposition) && isNoun(previous - 2))
            described = previous - 2;
        }
        if (verb.participle && elements_[previous].parent >= 0 &&
            tokens_[elements_[previous].head].relation == Relation::PrepositionObject &&
            lower(elements_[elements_[previous].parent]) == "of") {
          int owner = elements_[elements_[previous].parent].parent;
          if (owner >= 0 && isNoun(owner) && tokens_[elements_[owner].head].plural)
            for (size_t t = elements_[owner].first; t < elements_[owner].head; ++t)
              if (tokens_[t].pos == P::Number) described = owner;
          // "indictments of Jane Roe filed in court", "the hacking of X carried out by Y": a
          // deed or a document is what was filed or carried out, not the name it is about.
          if (owner >= 0 && isNoun(owner) &&
              tokens_[elements_[previous].head].pos == P::ProperNoun &&
              (namesADeed(static_cast<size_t>(owner)) ||
               nounFile(static_cast<size_t>(owner)) == WordNetFiles::kNounCommunication))
            described = owner;
        }
        // "raids on X conducted by Y", "abuse of X perpetrated by Y": a participle
        // with a "by" agent after the object of a deed's preposition describes the deed.
        // (Only past a name: "the attack on the convoy escorted by troops" escorts the convoy.)
        if (described == previous && verb.participle && previous >= 2 &&
            tokens_[elements_[previous].head].pos == P::ProperNoun &&
            is(previous - 1, Kind::Preposition) && isNoun(previous - 2) &&
            namesADeed(static_cast<size_t>(previous - 2))) {
          size_t after = e + 1;
          while (after < elements_.size() && is(after, Kind::Particle)) ++after;
          const std::string& preposition = lower(elements_[previous - 1]);
          if (is(after, Kind::Preposition) && lower(elements_[after]) == "by" &&
              (preposition == "on" || preposition == "against" || preposition == "at" ||
               preposition == "of"))
            described = previous - 2;
        }
        attach(e, static_cast<size_t>(described), Relation::ParticipleModifier);
      } else if (previous >= 1 && verb.participle &&
                 (is(previous, Kind::Comma) || is(previous, Kind::Dash)) && isNoun(previous - 1)) {
        // "the operation - backed by X - targeted ...": a participle set off after its noun.
        attach(e, static_cast<size_t>(previous - 1), Relation::ParticipleModifier);
      } else if (previous >= 0 && is(previous, Kind::Preposition) && free(previous) &&
                 verb.gerund) {
        attach(e, static_cast<size_t>(previous), Relation::PrepositionObject);
      } else if (previous >= 0 && is(previous, Kind::Adverb) && previous >= 1 &&
                 isNoun(previous - 1) && verb.participle) {
        // "the company allegedly linked to X"
        attach(e, static_cast<size_t>(previous - 1), Relation::ParticipleModifier);
      }
    }
  }

  bool hasFiniteVerb() const {
    for (const Element& element : elements_)
      if (element.kind == Kind::Verb && element.finite) return true;
    return false;
  }
  // When noun k ends the phrase of a participle that modifies an earlier noun ("X linked to
  // [Y]"), that earlier noun; else -1.
  int stackedParticipleNoun(size_t k) const {
    for (int j = static_cast<int>(k) - 1; j >= 0; --j) {
      const Element& element = elements_[j];
      if (element.kind == Kind::Verb) {
        if (element.participle && element.parent >= 0 &&
            tokens_[element.head].relation == Relation::ParticipleModifier)
          return element.parent;
        return -1;
      }
      if (element.kind != Kind::Noun && element.kind != Kind::Preposition &&
          element.kind != Kind::Adjective && element.kind != Kind::Coordinator)
        return -1;
    }
    return -1;
  }

  void attachPrepositionObjects() {
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!is(e, Kind::Preposition)) continue;
      size_t right = nextOf(e);
      // "called the raid as wholly reckless": past an adverb to the adjective.
      if (lower(elements_[e]) == "as" && right < elements_.size() && is(right, Kind::Adverb) &&
          nextOf(right) < elements_.size() && is(nextOf(right), Kind::Adjective))
        right = nextOf(right);
      if (right < elements_.size() && free(right) &&
          (isNoun(right) || (isVerb(right) && elements_[right].gerund) ||
           (is(right, Kind::Adjective) && lower(elements_[e]) == "as"))) {
        attach(right, e, Relation::PrepositionObject);
        // "dismissed the claims as "unfounded" and "slander"".
        if (is(right, Kind::Adjective)) {
          size_t coordinator = nextOf(right);
          size_t other = nextOf(coordinator);
          if (is(coordinator, Kind::Coordinator) && other < elements_.size() && free(other) &&
              (isNoun(other) || is(other, Kind::Adjective))) {
            attach(other, right, Relation::Conjunct);
            attach(coordinator, right, Relation::Coordinator);
          }
        }
      }
    }
  }

  // "Jane Roe, 60, and Jon Dale, 29, were charged": a lone number between commas right after a
  // person's name is the person's age; it hangs on the name with the comma before it, so the
  // list and the phrases after it see the names. So does "of Gondor" between commas.
  void attachAges() {
    for (size_t e = 0; e + 3 < elements_.size(); ++e) {
      if (!isNoun(e) || !namesAPerson(e) || !is(e + 1, Kind::Comma)) continue;
      // "Jane Roe, of Gondor, and ...": where a person is from, set off by commas, is hers too.
      if (is(e + 2, Kind::Preposition) && free(e + 2) && lower(elements_[e + 2]) == "of" &&
          subtreeEnd(e + 2) > e + 2 && is(subtreeEnd(e + 2) + 1, Kind::Comma)) {
        attach(e + 2, e, Relation::Preposition);
        attach(e + 1, e, Relation::Punctuation);
        continue;
      }
      if (!isNoun(e + 2) || !free(e + 2) || !is(e + 3, Kind::Comma)) continue;
      const Element& number = elements_[e + 2];
      if (number.first != number.last || tokens_[number.head].pos != P::Number) continue;
      attach(e + 2, e, Relation::Dependent);
      attach(e + 1, e, Relation::Punctuation);
    }
  }

  // "included the Port of Arda, Gondor; a hospital in Edoras, Rohan; and Acme Ltd, based in
  // Dale": a list whose items are set off by semicolons, the last after "and", keeps the commas
  // inside each item. Each item's first noun phrase is the member; the places and phrases after
  // it in the item hang on it as dependents, not as further members or appositions.
  void attachSemicolonLists() {
    std::vector<size_t> semicolons;
    for (size_t e = 0; e < elements_.size(); ++e)
      if (is(e, Kind::Semicolon)) semicolons.push_back(e);
    if (semicolons.empty()) return;
    // The last item opens with "and" (or "or"); every later item opens with a noun phrase and
    // has no finite verb but a participle after a comma ("Acme Ltd, headquartered in X").
    size_t last = semicolons.back();
    // ("A, head of X; B of Y, and C": the last item may open with ", and" after the last
    // semicolon's item.)
    if (!is(last + 1, Kind::Coordinator))
      for (size_t k = last + 1; k + 2 < elements_.size(); ++k) {
        if (is(k, Kind::End) || (isVerb(k) && elements_[k].finite)) break;
        if (is(k, Kind::Comma) && is(k + 1, Kind::Coordinator) &&
            lower(elements_[k + 1]) == "and" && isNoun(k + 2)) {
          semicolons.push_back(k);
          last = k;
          break;
        }
      }
    if (!is(last + 1, Kind::Coordinator) || !isNoun(last + 2)) return;
    // Where each later item ends: the next semicolon; the last one where the sentence does, or
    // at a comma before a verb of saying ("...; and Z, the agency said").
    std::vector<size_t> ends(semicolons.begin() + 1, semicolons.end());
    size_t end = elements_.size();
    while (end > last && (is(end - 1, Kind::End) || is(end - 1, Kind::Quote))) --end;
    for (size_t k = last + 2; k + 1 < end; ++k)
      if (is(k, Kind::Comma) && ((isVerb(k + 1) && elements_[k + 1].speech) ||
                                 (isNoun(k + 1) && isVerb(k + 2) && elements_[k + 2].speech))) {
        end = k;
        break;
      }
    ends.push_back(end);
    std::vector<size_t> members;
    for (size_t i = 0; i < semicolons.size(); ++i) {
      size_t start = semicolons[i] + 1;
      if (i + 1 == semicolons.size()) ++start;  // past "and"
      if (!isNoun(start) || !free(start)) return;
      for (size_t k = start; k < ends[i]; ++k)
        if (isVerb(k) && elements_[k].finite && !is(k - 1, Kind::Comma)) return;
      members.push_back(start);
    }
    // The first item: the first noun phrase after the last verb (or preposition-less opening)
    // before the first semicolon.
    size_t first = semicolons.front();
    int open = -1;
    for (size_t k = first; k-- > 0;) {
      if (isVerb(k) || is(k, Kind::Colon)) {
        open = static_cast<int>(k);
        break;
      }
    }
    if (open < 0 || !isNoun(static_cast<size_t>(open) + 1) || !free(open + 1)) return;
    members.insert(members.begin(), static_cast<size_t>(open) + 1);
    ends.insert(ends.begin(), first);
    for (size_t i = 0; i < members.size(); ++i) {
      size_t member = members[i];
      for (size_t k = subtreeEnd(member) + 1; k < ends[i]; ++k) {
        if (!free(k)) continue;
        if (is(k, Kind::Comma))
          attach(k, member, Relation::Punctuation);
        else if (is(k, Kind::Preposition))
          attach(k, member, Relation::Preposition);
        else if (isVerb(k)) {
          attach(k, member, Relation::ParticipleModifier);
          elements_[k].finite = false;  // a participle on the item, no clause of its own
        } else if (isNoun(k) && is(k - 1, Kind::Comma) &&
                   tokens_[elements_[k].head].pos == P::ProperNoun)
          attach(k, member, Relation::Apposition);  // "the head of X, Jane Roe;"
        else
          attach(k, member, Relation::Dependent);
      }
      if (i == 0) continue;
      attach(member, members.front(), Relation::Conjunct);
      attach(semicolons[i - 1], members.front(), Relation::Punctuation);
    }
    attach(last + 1, members.front(), Relation::Coordinator);
  }

  // "A, B and C": later members hang from the first. Not across clauses: "X sanctioned A and B
  // accused C" coordinates the clauses, not A and B.
  // Whether element e is headed by a noun of time (WordNet's noun.time: "Monday", "March").
  bool isTimeNoun(size_t e) const {
    const Token& head = tokens_[elements_[e].head];
    return WordDictionary::instance().nounLexicographerFile(
               head.lemma.empty() ? head.lower : head.lemma) == WordNetFiles::kNounTime;
  }

  // Whether noun element e names people (a person's name or a noun for people).
  bool namesPeople(size_t e) const {
    const Mention* unit = mentionAt(elements_[e].head);
    if (unit && (unit->type == ActorType::Person || unit->type == ActorType::Group)) return true;
    const Token& head = tokens_[elements_[e].head];
    WordDictionary& dictionary = WordDictionary::instance();
    // "men": WordNet lists it (a work force), but its base "man" is a person.
    std::vector<std::string> lemmas = dictionary.nounBaseForms(head.lower);
    lemmas.push_back(head.lemma);
    for (const std::string& lemma : lemmas)
      if (!lemma.empty() && dictionary.nounLexicographerFile(lemma) == WordNetFiles::kNounPerson)
        return true;
    return false;
  }
  // "The manager of the office in London and two other men appeared": "other" joins its like,
  // so a phrase of people with "other" after a place is the conjunct of the people before it.
  // Attaches it there and returns true; else changes nothing.
  bool joinsItsLike(size_t e, size_t last, size_t coordinator) {
    bool other = false;
    for (size_t t = elements_[last].first; t < elements_[last].head; ++t)
      other |= tokens_[t].lower == "other";
    if (!other || !namesPeople(last) || namesPeople(e)) return false;
    for (size_t b = e; b-- > 0;) {
      if (isVerb(b) || is(b, Kind::Comma) || clauseBoundary(b)) return false;
      if (isNoun(b) && free(b) && namesPeople(b)) {
        attach(last, b, Relation::Conjunct);
        attach(coordinator, b, Relation::Coordinator);
        return true;
      }
    }
    return false;
  }
  void attachCoordinations() {
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!isNoun(e)) continue;
      if (!free(e) && tokens_[elements_[e].head].relation == Relation::Conjunct) continue;
      // "indictments of A and B": a person's name listed after the "of" phrase's name joins
      // that name, not the noun the phrase hangs on.
      if (size_t end = subtreeEnd(e); end != e && isNoun(end) && namesAPerson(end) &&
                                      !namesAPerson(e) && is(end + 1, Kind::Coordinator) &&
                                      isNoun(end + 2) && namesAPerson(end + 2))
        continue;
      // "a network of five companies and one person": a counted noun after the "of" phrase's
      // counted noun joins that noun.
      if (size_t end = subtreeEnd(e); end != e && isNoun(end) && counted(end) && !counted(e) &&
                                      is(end + 1, Kind::Coordinator) && isNoun(end + 2) &&
                                      counted(end + 2))
        continue;
      std::vector<size_t> members{e};
      std::vector<size_t> separators;
      size_t k = memberEnd(e) + 1;
      bool closed = false;
      // "on Monday, the US and the UK said": a comma does not join a time to an actor.
      bool time_list = isTimeNoun(e);
      while (k < elements_.size()) {
        // "X, a long-time aide to Y, as well as Z": an indefinite phrase for a person after a
        // person's name describes that person; the list goes on after it ("X, a unit within Y,
        // and Z" lists a unit).
        // ("X, Gondor Bank chairman, Y": a bare one, a title, too; "X, chair of Y, and Z": a
        // noun with a person among its first four senses.)
        if (is(k, Kind::Comma) && isNoun(k + 1) && free(k + 1) && namesAPerson(members.back()) &&
            (tokens_[elements_[k + 1].first].lower == "a" ||
             tokens_[elements_[k + 1].first].lower == "an" ||
             // (singular, uncounted: "A, two soldiers, and B" lists the soldiers)
             (tokens_[elements_[k + 1].first].pos != P::Determiner &&
              tokens_[elements_[k + 1].first].pos != P::Number &&
              tokens_[elements_[k + 1].head].pos == P::Noun &&
              !tokens_[elements_[k + 1].head].plural)) &&
            personSense(tokens_[elements_[k + 1].head].lemma)) {
          size_t description = k + 1;
          size_t next = subtreeEnd(description) + 1;
          while (next < elements_.size() && is(next, Kind::Preposition) && free(next)) {
            attach(next, description, Relation::Preposition);
            next = subtreeEnd(next) + 1;
          }
          if (is(next, Kind::Comma)) {
            attach(description, members.back(), Relation::Apposition);
            attach(k, description, Relation::Punctuation);
            k = next;
            continue;
          }
        }
        if ((is(k, Kind::Comma) || is(k, Kind::Semicolon)) && isNoun(k + 1) && free(k + 1) &&
            isTimeNoun(k + 1) == time_list) {
          separators.push_back(k);
          members.push_back(k + 1);
          k = memberEnd(k + 1) + 1;
          continue;
        }
        // "A, a unit within B, and C": a listed phrase's own prepositional phrase does not end
        // the list when the list goes on after it.
        // ("A from X, B from Y and C from Z": people's names, each placed, from the first.)
        bool placed_names = false;
        if (members.size() == 1 && namesAPerson(e) && is(k, Kind::Preposition) && free(k)) {
          size_t place_end = subtreeEnd(k);
          placed_names = place_end > k &&
                         (is(place_end + 1, Kind::Comma) || is(place_end + 1, Kind::Coordinator)) &&
                         isNoun(place_end + 2) && namesAPerson(place_end + 2);
        }
        if ((members.size() >= 2 || placed_names) && is(k, Kind::Preposition) && free(k) &&
            subtreeEnd(k) > k) {
          size_t after = subtreeEnd(k) + 1;
          bool goes_on =
              is(after, Kind::Coordinator) ||
              (is(after, Kind::Comma) && (is(after + 1, Kind::Coordinator) || isNoun(after + 1)));
          if (goes_on) {
            attach(k, members.back(), Relation::Preposition);
            k = after;
            continue;
          }
        }
        // "A, B who has helped X as well as C", "A, B who did X, and C": a relative clause on a
        // listed member does not end a list that a coordinator goes on with after it.
        if (members.size() >= 2 && is(members.back() + 1, Kind::Wh) && k > members.back()) {
          constexpr size_t kClauseReach = 16;
          size_t look = k;
          while (look < elements_.size() && look < k + kClauseReach &&
                 !is(look, Kind::Coordinator) && !is(look, Kind::Comma) &&
                 !is(look, Kind::Semicolon) && !is(look, Kind::End) && !is(look, Kind::Wh))
            ++look;
          bool comma_and = is(look, Kind::Comma) && is(look + 1, Kind::Coordinator) &&
                           lower(elements_[look + 1]) == "and";
          bool as_well_as = is(look, Kind::Coordinator) && lower(elements_[look]) == "as";
          // (Not a clause of its own: "A, B who was held in May, and the court fined C".)
          size_t next_member = look + (comma_and ? 2 : 1);
          size_t after_member = isNoun(next_member) ? subtreeEnd(next_member) + 1 : next_member;
          bool own_clause = isVerb(after_member) && elements_[after_member].finite;
          if (look > k && (comma_and || as_well_as) && isNoun(next_member) && !own_clause) {
            k = look;
            continue;
          }
        }
        size_t coordinator = k;
        if ((is(k, Kind::Comma) || is(k, Kind::Semicolon)) && is(k + 1, Kind::Coordinator)) {
          separators.push_back(k);
          coordinator = k + 1;
        }
        if (is(coordinator, Kind::Coordinator) && lower(elements_[coordinator]) != "but") {
          size_t last = coordinator + 1;
          while (last < elements_.size() && is(last, Kind::Quote)) ++last;
          if (isNoun(last) && free(last) && members.size() == 1 &&
              joinsItsLike(e, last, coordinator))
            break;
          if (isNoun(last) && free(last)) {
            // A finite verb right after the last member, with a verb before the first member,
            // means two clauses.
            size_t after = subtreeEnd(last) + 1;
            while (after < elements_.size() && is(after, Kind::Adverb)) ++after;
            bool verb_after = isVerb(after) && elements_[after].finite;
            bool verb_before = false;
            for (size_t b = e; b-- > 0;) {
              if (clauseBoundary(b)) break;
              // ("said A and B extorted X": a verb of saying right before the list reports a
              // clause the list is the subject of.)
              if (isVerb(b) && elements_[b].finite && !(elements_[b].speech && b + 1 == e))
                verb_before = true;
            }
            if (!(verb_after && verb_before) || members.size() >= 2) {
              separators.push_back(coordinator);
              members.push_back(last);
              closed = true;
              // "A and B - including C - as well as D": the list goes on.
              size_t more = subtreeEnd(last) + 1;
              if (is(more, Kind::Dash)) {
                size_t close = more + 1;
                while (close < elements_.size() && !is(close, Kind::Dash) && !is(close, Kind::End))
                  ++close;
                if (is(close, Kind::Dash) && is(close + 1, Kind::Coordinator) &&
                    lower(elements_[close + 1]) == "as") {
                  for (size_t k2 = more; k2 <= close; ++k2)
                    if (free(k2)) attach(k2, e, Relation::Punctuation);
                  more = close + 1;
                }
              }
              // "A as well as B and C", "A and B as well as C": the list goes on.
              if (is(more, Kind::Coordinator) && isNoun(more + 1) && free(more + 1) &&
                  (lower(elements_[more]) == "as" || lower(elements_[coordinator]) == "as")) {
                k = more;
                continue;
              }
              // "A, B and C, as well as D, have ...": so it does past a comma.
              if (is(more, Kind::Comma) && is(more + 1, Kind::Coordinator) &&
                  lower(elements_[more + 1]) == "as" && isNoun(more + 2) && free(more + 2)) {
                k = more;
                continue;
              }
              // "A and B, C, and D": the list goes on when another coordinator ends it.
              if (is(more, Kind::Comma) && isNoun(more + 1) && free(more + 1)) {
                bool ends = false;
                for (size_t look = more; look < elements_.size(); ++look) {
                  if (is(look, Kind::Coordinator)) {
                    ends = true;
                    break;
                  }
                  if (!(is(look, Kind::Comma) || isNoun(look) || !free(look))) break;
                }
                if (ends) {
                  k = more;
                  continue;
                }
              }
            }
          }
        }
        // "Arnor, Rohan accuse Gondor": a headline lists names with commas alone, right before
        // their verb.
        // (First, or first after a label and its colon: "Exclusive: A, B sanction X".)
        bool first_element = true;
        for (size_t before = 0; before < e; ++before)
          first_element = (first_element && is(before, Kind::Quote)) || is(before, Kind::Colon);
        // (Not a question that opens like one: "Will A, B sanction X?")
        const bool asks = !tokens_.empty() &&
                          (tokens_.front().pos == P::Auxiliary || tokens_.front().pos == P::Modal ||
                           tokens_.front().pos == P::WhWord);
        if (!closed && sentence_.headline && !asks && members.size() >= 2 && first_element &&
            std::all_of(members.begin(), members.end(), [&](size_t m) {
              return tokens_[elements_[m].head].pos == P::ProperNoun;
            })) {
          size_t after = subtreeEnd(members.back()) + 1;
          while (after < elements_.size() && is(after, Kind::Adverb)) ++after;
          closed = isVerb(after) && elements_[after].finite;
        }
        break;
      }
      if (!closed) continue;
      // "As alleged in the filing, A and B are charged": a phrase that opens the sentence ends at
      // its comma; the list after it, right before the finite verb, is that verb's subject.
      if (members.size() >= 3 && is(separators.front(), Kind::Comma) && opensTheSentence(e)) {
        size_t after = subtreeEnd(members.back()) + 1;
        while (after < elements_.size() && is(after, Kind::Adverb)) ++after;
        if (isVerb(after) && elements_[after].finite) {
          joinList(members, separators, 1);
          continue;
        }
      }
      // "The Arnorian nationals, A and B, ...": a definite or counted plural noun before a list
      // of people's names is what they are, not a third member.
      const Token& first_head = tokens_[elements_[e].head];
      const std::string& opener = tokens_[elements_[e].first].lower;
      bool described = first_head.pos == P::Noun && first_head.plural && members.size() >= 3 &&
                       (opener == "the" || opener == "these" || opener == "those" ||
                        tokens_[elements_[e].first].pos == P::Number) &&
                       is(separators.front(), Kind::Comma) &&
                       std::all_of(members.begin() + 1, members.end(),
                                   [&](size_t m) { return namesAPerson(m); });
      if (described) {
        attach(members[1], e, Relation::Apposition);
        attach(separators.front(), members[1], Relation::Punctuation);
        joinList(members, separators, 1);
        continue;
      }
      joinList(members, separators, 0);
    }
  }
  // A list from member `from` on: the later members are its conjuncts, and the separators
  // from the one after it hang on it too.
  void joinList(const std::vector<size_t>& members, const std::vector<size_t>& separators,
                size_t from) {
    for (size_t m = from + 1; m < members.size(); ++m)
      attach(members[m], members[from], Relation::Conjunct);
    for (size_t k = from; k < separators.size(); ++k)
      attach(separators[k], members[from],
             is(separators[k], Kind::Coordinator) ? Relation::Coordinator : Relation::Punctuation);
  }

  // "Jane Holt, the foreign secretary, said": a noun phrase between commas (or dashes) right
  // after another is the same actor.
  void attachAppositions() {
    constexpr size_t kDashListReach = 12;  // elements back from a dash to the counted noun
    for (size_t e = 0; e + 2 < elements_.size(); ++e) {
      if (!isNoun(e)) continue;
      size_t separator = subtreeEnd(e) + 1;
      bool colon = is(separator, Kind::Colon);
      if (!(is(separator, Kind::Comma) || is(separator, Kind::Dash) || colon)) continue;
      size_t second = separator + 1;
      if (!isNoun(second) || !free(second)) continue;
      size_t after = memberEnd(second) + 1;
      bool closes = after >= elements_.size() || is(after, Kind::End) ||
                    elements_[after].kind == elements_[separator].kind || is(after, Kind::Close) ||
                    is(after, Kind::Semicolon) || (colon && is(after, Kind::Comma));
      // "X, a firm based in Y, said", "X, an agency in Y, said": an indefinite apposition's
      // noun may end in a participle or a prepositional phrase the tree has not hung yet.
      const std::string& article = tokens_[elements_[second].first].lower;
      // ("X, chair of the committee for Y, and Z": a bare noun for a person after a person's
      // name describes that person as well.)
      bool bare_role = namesAPerson(e) && tokens_[elements_[second].first].pos != P::Determiner &&
                       tokens_[elements_[second].head].pos == P::Noun &&
                       !tokens_[elements_[second].head].plural &&
                       is(second + 1, Kind::Preposition) && lower(elements_[second + 1]) == "of";
      if (!closes && after < elements_.size() && !is(separator, Kind::Colon) &&
          (article == "a" || article == "an" || bare_role)) {
        size_t k = after;
        while (k < elements_.size() && k < after + 24 &&
               (is(k, Kind::Preposition) || isNoun(k) || is(k, Kind::Adjective) ||
                is(k, Kind::Adverb) || (k > after && is(k, Kind::Coordinator)) ||
                (isVerb(k) && elements_[k].participle && !elements_[k].finite)))
          ++k;
        // "..., an agency responsible for attacks on X and Y." may also run to the end.
        if (k < elements_.size() &&
            ((elements_[k].kind == elements_[separator].kind && k < after + 8) ||
             (is(separator, Kind::Comma) && is(k, Kind::End) && k + 1 >= elements_.size()))) {
          closes = true;
          after = k;
        }
      }
      if (!closes) continue;
      // Not a date or a number: "On 25 March, the UK ...", "On Tuesday, Jane Roe ...".
      P pos = tokens_[elements_[e].head].pos;
      if (pos == P::Number || (isTimeNoun(e) && opensTheSentence(e))) continue;
      // "According to the ministry, Zorvex, a unit of X, is accused": a name after a phrase
      // that opens the sentence is the main clause's subject when the phrase ends in a noun
      // for a body, a statement or an act ("According to the minister, Jane Roe, ..." and
      // "In the capital, Edoras, ..." keep their apposition).
      if (is(separator, Kind::Comma) && pos == P::Noun && opensTheSentence(e) &&
          tokens_[elements_[second].head].pos == P::ProperNoun &&
          (nounFile(e) == WordNetFiles::kNounGroup ||
           nounFile(e) == WordNetFiles::kNounCommunication ||
           nounFile(e) == WordNetFiles::kNounAct))
        continue;
      // "A spokesperson for the embassy in X, Jane Roe, said": a person's name goes with the
      // noun that heads the phrase chain, not with the last place in it.
      size_t target = e;
      // "named two nationals in its sanctions: A and B": the list names the verb's object.
      if (colon && elements_[e].parent >= 0 &&
          tokens_[elements_[e].head].relation == Relation::PrepositionObject) {
        int preposition = elements_[e].parent;
        int verb = elements_[preposition].parent;
        // Prepositions are attached later: the nearest verb before it, past its noun.
        for (int k = preposition - 1; verb < 0 && k >= 0; --k) {
          if (isVerb(k)) verb = k;
          if (!isNoun(k) && !is(k, Kind::Adverb) && !isVerb(k)) break;
        }
        if (verb >= 0 && isVerb(verb))
          for (size_t k = static_cast<size_t>(verb) + 1; k < e; ++k)
            if (isNoun(k) && (elements_[k].parent == verb || free(k))) {
              target = k;  // objects are attached later: the verb's first free noun
              break;
            }
      }
      // "sanctions on X, other officials" (a headline's list): "other" adds to X, not renames it.
      if (article == "other" && !colon) {
        attach(second, e, Relation::Conjunct);
        attach(separator, second, Relation::Punctuation);
        continue;
      }
      // "three firms that sell fuel to the army - A, B and C -": a list between dashes names
      // the counted plural before it in its clause, not the last noun before the dash.
      auto listedAfter = [&]() {
        for (size_t k = second + 1; k < after && k < elements_.size(); ++k)
          if (elements_[k].parent == static_cast<int>(second) &&
              tokens_[elements_[k].head].relation == Relation::Conjunct)
            return true;
        return false;
      };
      if (is(separator, Kind::Dash) && !counted(e) && listedAfter())
        for (size_t k = e; k-- > 0 && k + kDashListReach >= e;) {
          if (is(k, Kind::Comma) || is(k, Kind::Dash) || is(k, Kind::Colon) ||
              is(k, Kind::Semicolon) || is(k, Kind::End))
            break;
          if (isNoun(k) && counted(k) && tokens_[elements_[k].head].plural) {
            target = k;
            break;
          }
        }
      int name = tokens_[elements_[second].head].mention;
      if (name >= 0 && document_.mentions[name].type == ActorType::Person &&
          document_.mentions[name].kind == MentionKind::Name) {
        while (elements_[target].parent >= 0 &&
               tokens_[elements_[target].head].relation == Relation::PrepositionObject) {
          size_t preposition = static_cast<size_t>(elements_[target].parent);
          int owner = elements_[preposition].parent;
          // "three individuals based in X - A, B and C -": past the participle to its noun (the
          // preposition is not attached yet; the participle just before it is its verb).
          if (owner < 0 && preposition > 0 && isVerb(preposition - 1))
            owner = static_cast<int>(preposition) - 1;
          if (owner >= 0 && isVerb(owner) && elements_[owner].participle &&
              tokens_[elements_[owner].head].relation == Relation::ParticipleModifier)
            owner = elements_[owner].parent;
          if (owner < 0 || !isNoun(owner)) break;
          target = static_cast<size_t>(owner);
        }
      }
      // "the network and its leader, Jane Roe": a name after a coordination renames the last
      // member when that is a description ("its leader"), not the first.
      if (target == e && name >= 0 && document_.mentions[name].kind == MentionKind::Name) {
        size_t last = e;
        for (size_t k = e + 1; k < separator; ++k)
          if (isNoun(k) && elements_[k].parent == static_cast<int>(e) &&
              tokens_[elements_[k].head].relation == Relation::Conjunct)
            last = k;
        if (last != e && tokens_[elements_[last].head].pos == P::Noun &&
            !tokens_[elements_[last].head].plural)
          target = last;
      }
      attach(second, target, Relation::Apposition);
      attach(separator, second, Relation::Punctuation);
      // "X, chair of the committee for relations with Y, and Z": the apposition's own phrases
      // hang on the noun before each, not on a verb outside it.
      for (size_t k = second + 1; k < after && k < elements_.size(); ++k)
        if (is(k, Kind::Preposition) && free(k) && isNoun(k - 1))
          attach(k, k - 1, Relation::Preposition);
      if (after < elements_.size() && !is(after, Kind::End) && elements_[after].kind != Kind::Close)
        attach(after, second, Relation::Punctuation);
      // "A, chair of the office for Y, and B": a person's name after the closing comma and
      // "and" joins A, not the last noun inside the apposition.
      if (is(after, Kind::Comma) && is(after + 1, Kind::Coordinator) && isNoun(after + 2) &&
          namesAPerson(after + 2) && namesAPerson(target) && elements_[after + 2].parent >= 0 &&
          static_cast<size_t>(elements_[after + 2].parent) > second &&
          static_cast<size_t>(elements_[after + 2].parent) < after) {
        attach(after + 2, target, Relation::Conjunct);
        attach(after + 1, target, Relation::Coordinator);
      }
    }
  }

  // Whether noun e ends a phrase that opens the sentence with a preposition ("In its filing",
  // "As alleged in the filing") or a subordinate clause whose verb comes before e ("While
  // others did X"), with no comma.
  bool opensTheSentence(size_t e) const {
    size_t first = 0;
    while (first < e && is(first, Kind::Quote)) ++first;
    bool subordinate = is(first, Kind::Subordinator);
    // ("According to X", "Prior to X": a word before a preposition opens the phrase too.)
    bool prepositional =
        is(first, Kind::Preposition) || ((is(first, Kind::Adjective) || is(first, Kind::Adverb)) &&
                                         is(first + 1, Kind::Preposition));
    if (first >= e || !(prepositional || subordinate)) return false;
    bool verb_before = false;
    for (size_t k = first; k < e; ++k) {
      if ((isVerb(k) && elements_[k].finite && !subordinate) || is(k, Kind::Comma) ||
          is(k, Kind::Quote))
        return false;
      verb_before |= isVerb(k) && elements_[k].finite;
    }
    // ("Because A, B and C imposed sanctions, ...": the list is the subordinate clause's own
    // subject.)
    return !subordinate || verb_before;
  }

  // Whether noun element e has an apposition attached ("X, a citizen of Y,").
  bool hasApposition(size_t e) const {
    for (size_t k = e + 1; k < elements_.size(); ++k)
      if (elements_[k].parent == static_cast<int>(e) &&
          tokens_[elements_[k].head].relation == Relation::Apposition)
        return true;
    return false;
  }
  // Whether element k ends a clause for the subject search.
  bool clauseBoundary(size_t k) const {
    Kind kind = elements_[k].kind;
    return kind == Kind::Subordinator || kind == Kind::Wh || kind == Kind::Colon ||
           kind == Kind::Semicolon || kind == Kind::Open;
  }

  void attachSubjects() {
    for (size_t e = 0; e < elements_.size(); ++e) {
      Element& verb = elements_[e];
      if (verb.kind != Kind::Verb || !verb.finite || verb.has_subject) continue;
      Relation subject_relation = verb.passive ? Relation::PassiveSubject : Relation::Subject;
      int found = -1;
      bool comma_seen = false;
      if (verb.speech && invertedSubject(e)) {
        verb.has_subject = true;
        if (reportsBefore(e)) reportedClause(e);
        continue;
      }
      for (int k = static_cast<int>(e) - 1; k >= 0; --k) {
        const Element& element = elements_[k];
        if (element.kind == Kind::Adverb || element.kind == Kind::Quote) continue;
        if (!free(k)) continue;
        if (element.kind == Kind::Comma || element.kind == Kind::Dash) {
          // "accused, filed charges and sanctioned X": verbs listed with commas share a subject.
          if (static_cast<size_t>(k) + 1 == e && k >= 1 && isVerb(k - 1) &&
              elements_[k - 1].finite && element.kind == Kind::Comma && !verb.passive) {
            attach(e, static_cast<size_t>(k - 1), Relation::Conjunct);
            verb.has_subject = true;
            break;
          }
          comma_seen = true;
          // "A and B, in statements released Friday, condemned X", "The allegations,
          // unsealed Friday, say ...": past a phrase that a comma opens with a preposition or
          // a participle, to the noun before it.
          if (element.kind == Kind::Comma) {
            int open = k - 1;
            while (open >= 0 && !is(open, Kind::Comma) && !clauseBoundary(open) &&
                   !(isVerb(open) && elements_[open].finite))
              --open;
            // ("The indictment, the first charges accusing X of Y, says ...": past an
            // apposition with a determiner, too.)
            bool apposition = isNoun(open + 1) && free(open + 1) &&
                              tokens_[elements_[open + 1].first].pos == P::Determiner &&
                              !verb.passive;
            if (open >= 1 && open + 2 < k && is(open, Kind::Comma) &&
                (is(open + 1, Kind::Preposition) ||
                 (isVerb(open + 1) && !elements_[open + 1].finite) || apposition) &&
                isNoun(open - 1) && (!apposition || free(open - 1)))
              k = open;
            // "the men, who entered Rohan under false names, are charged": past a relative
            // clause set off by commas (its own finite verb stopped the search above).
            int wh = k - 1;
            while (wh >= 0 && !is(wh, Kind::Comma) && !is(wh, Kind::Wh) && !clauseBoundary(wh))
              --wh;
            if (wh >= 2 && is(wh, Kind::Wh) && is(wh - 1, Kind::Comma) && isNoun(wh - 2) &&
                free(wh - 2))
              k = wh - 1;
          }
          continue;
        }
        if (element.kind == Kind::Preposition || element.kind == Kind::Particle) continue;
        if (element.kind == Kind::Noun) {
          // "the parliament last year were ...": a time right after another noun says when.
          if (isTimeNoun(static_cast<size_t>(k)) && k >= 1 && isNoun(k - 1) && free(k - 1))
            continue;
          // "the men indicted Wednesday are ...": so does one right after a participle.
          if (isTimeNoun(static_cast<size_t>(k)) && k >= 2 && isVerb(k - 1) &&
              elements_[k - 1].participle && isNoun(k - 2))
            continue;
          // "X, after talks, last week lashed out at Y": a time an adjective or a determiner
          // other than "the" opens ("last week", "this month"), right before the verb, says
          // when; the subject is before it.
          if (isTimeNoun(static_cast<size_t>(k)) && static_cast<size_t>(k) + 1 == e && k >= 1 &&
              elements_[k].first < elements_[k].head &&
              (tokens_[elements_[k].first].pos == P::Adjective ||
               (tokens_[elements_[k].first].pos == P::Determiner &&
                tokens_[elements_[k].first].lower != "the") ||
               // (The tagger may read "last" in "last year" as a noun.)
               tokens_[elements_[k].first].lower == "last" ||
               tokens_[elements_[k].first].lower == "next"))
            continue;
          // "A and B, who are Arnorian citizens, were arrested": the noun after a relative
          // clause's copula is its predicate; the subject is before the clause.
          if (k >= 2 && isVerb(k - 1) && elements_[k - 1].copula && elements_[k - 1].finite &&
              is(k - 2, Kind::Wh)) {
            k -= 2;
            continue;
          }
          // "Officials facing charges include X": a noun right after an -ing verb that follows
          // the clause's first noun is that verb's object; the first noun is the subject.
          if (k >= 2 && isVerb(k - 1) && !elements_[k - 1].finite && elements_[k - 1].gerund &&
              (free(k - 1) || elements_[k - 1].parent == k - 2) && isNoun(k - 2) && free(k - 2) &&
              opensItsClause(k - 2)) {
            found = k - 2;
            break;
          }
          // "a group dubbed Red Fist hacked X": the name is the naming participle's object;
          // the noun the participle names is the subject.
          if (k >= 2 && isVerb(k - 1) && elements_[k - 1].naming && isNoun(k - 2)) {
            attach(static_cast<size_t>(k), static_cast<size_t>(k - 1), Relation::Object);
            elements_[k - 1].has_object = true;
            continue;
          }
          found = k;
          break;
        }
        if (element.kind == Kind::Coordinator) {
          // "condemned and sanctioned": a verb before the coordinator shares its subject.
          int before = k - 1;
          while (before >= 0 && (is(before, Kind::Adverb) || is(before, Kind::Comma))) --before;
          // "filed charges and sanctioned X": past the first verb's object.
          if (before >= 1 && isNoun(before) && free(before) && isVerb(before - 1) &&
              elements_[before - 1].finite && !elements_[before - 1].copula)
            --before;
          if (before >= 0 && !isVerb(before) && before + 1 < k && is(before + 1, Kind::Comma)) {
            // "made the claim that X had done Y, and announced Z": past the clause that ends at
            // the comma, to the main clause's verb (the first finite one).
            int main_verb = -1;
            for (int m = before; m >= 0 && !is(m, Kind::Semicolon) && !is(m, Kind::Colon); --m)
              if (isVerb(m) && free(m) && elements_[m].finite) main_verb = m;
            if (main_verb >= 0) before = main_verb;
          }
          // "summoned X's ambassador on Tuesday and accused X of ...": past the first verb's
          // object and its phrases, to that verb.
          // ("accused X of hacking and lashed out at Y": a finite verb joins no gerund after a
          // preposition; past it too.)
          const bool gerund_before = before >= 1 && isVerb(before) && !elements_[before].finite &&
                                     elements_[before].gerund &&
                                     is(before - 1, Kind::Preposition) && verb.finite;
          if (before >= 0 && (!isVerb(before) || gerund_before) && !verb.passive) {
            for (int m = before; m >= 0; --m) {
              // (A coordinator inside a list the first verb took stays inside it.)
              if (is(m, Kind::Semicolon) || is(m, Kind::Colon) || is(m, Kind::Subordinator) ||
                  is(m, Kind::Wh) || (is(m, Kind::Coordinator) && free(m)) || is(m, Kind::Quote))
                break;
              // ("lashed out at X for demanding Y's release and accused Z": past a gerund
              // inside the first verb's phrases.)
              if (isVerb(m) && !elements_[m].finite && elements_[m].gerund && m >= 1 &&
                  is(m - 1, Kind::Preposition))
                continue;
              // ("accused X of seeking to pit Y against Z and accused W": past an infinitive
              // there too.)
              if (isVerb(m) && elements_[m].infinitive && m >= 1 && is(m - 1, Kind::To)) continue;
              if (isVerb(m)) {
                // (A verb of saying counts when a noun after it is its object: "added X to a
                // list and accused Y of ...".)
                bool reports = elements_[m].speech && !(isNoun(m + 1) && free(m + 1));
                // ("X was responsible for Y and has also targeted Z": a copula too, when the
                // second verb brings its own auxiliary.)
                bool copula = elements_[m].copula &&
                              !(tokens_[verb.first].pos == P::Auxiliary && verb.first < verb.head);
                if (free(m) && elements_[m].finite && !copula && !reports) before = m;
                break;
              }
            }
          }
          if (before >= 0 && isVerb(before)) {
            attach(e, static_cast<size_t>(before), Relation::Conjunct);
            attach(static_cast<size_t>(k), static_cast<size_t>(before), Relation::Coordinator);
            verb.has_subject = true;  // shared
          }
          break;
        }
        if (element.kind == Kind::Verb) {
          if (!element.finite) continue;  // "X, supported by allies, said"
          // "Gondor's claims that Arnor hacked it are absurd": past the noun's "that" clause
          // to the noun.
          int m = k - 1;
          while (m >= 0 &&
                 (isNoun(m) || is(m, Kind::Adverb) || is(m, Kind::Adjective) || is(m, Kind::Quote)))
            --m;
          if (m >= 1 && is(m, Kind::Subordinator) && lower(elements_[m]) == "that" &&
              isNoun(m - 1) && free(m - 1) && !verb.passive &&
              nounFile(m - 1) == WordNetFiles::kNounCommunication)
            found = m - 1;
          break;
        }
        if (clauseBoundary(k)) break;
        if (element.kind == Kind::Adjective) continue;
      }
      (void)comma_seen;
      if (verb.has_subject) continue;
      // "The US expels X, imposes Y": the noun before the comma is the first verb's object; the
      // verbs share a subject.
      if (found >= 0 && static_cast<size_t>(found) + 1 < e && is(e - 1, Kind::Comma)) {
        int before = found - 1;
        while (before >= 0 && is(before, Kind::Adverb)) --before;
        // (Not after a verb of saying: "said X, a citizen of Y, had been charged" reports a
        // clause whose subject carries an apposition.)
        if (before >= 0 && isVerb(before) && elements_[before].finite &&
            !elements_[before].copula && !elements_[before].passive &&
            !(elements_[before].speech && hasApposition(static_cast<size_t>(found))) &&
            elements_[before].has_subject && subtreeEnd(static_cast<size_t>(found)) + 1 == e - 1) {
          attach(e, static_cast<size_t>(before), Relation::Conjunct);
          verb.has_subject = true;
          continue;
        }
      }
      if (found >= 0 && relativeClauseObject(static_cast<size_t>(found), e)) continue;
      if (found >= 0) {
        attach(static_cast<size_t>(found), e, subject_relation);
        verb.has_subject = true;
      } else if (verb.speech) {
        // Inverted reporting clause: '"...," said the minister.'
        size_t next = nextOf(e);
        while (next < elements_.size() && is(next, Kind::Adverb)) ++next;
        if (isNoun(next) && free(next)) {
          attach(next, e, subject_relation);
          verb.has_subject = true;
        }
      }
      if (verb.speech && verb.has_subject && reportsBefore(e)) reportedClause(e);
    }
  }

  // Whether noun element e opens its clause: no verb, preposition or noun before it back to the
  // sentence's start, a quotation mark, a comma, a clause marker, a colon or a semicolon.
  bool opensItsClause(int e) const {
    for (int k = e - 1; k >= 0; --k) {
      if (is(k, Kind::Quote) || is(k, Kind::Comma) || is(k, Kind::Subordinator) ||
          is(k, Kind::Colon) || is(k, Kind::Semicolon))
        return true;
      if (isVerb(k) || is(k, Kind::Preposition) || isNoun(k)) return false;
    }
    return true;
  }
  // "The hackers who breached the parliament were charged": noun `found`, right after the verb
  // of a relative clause (or the last verb coordinated with it), is that verb's object, and the
  // clause's antecedent is the subject of finite verb `e`, when the antecedent opens its clause
  // (after a preposition, the noun that phrase hangs on is the subject). "The operation to kill X
  // was approved by Y": the same for an infinitive after the noun that opens the clause.
  // Attaches them and returns true; else changes nothing.
  bool relativeClauseObject(size_t found, size_t e) {
    int clause = static_cast<int>(found) - 1;
    while (clause >= 0 && is(clause, Kind::Adverb)) --clause;
    int subject = -1;
    if (clause >= 2 && isVerb(clause) && free(clause) && elements_[clause].infinitive &&
        is(clause - 1, Kind::To) && isNoun(clause - 2) && free(clause - 2)) {
      subject = clause - 2;
      if (!opensItsClause(subject)) return false;
      attach(static_cast<size_t>(clause), static_cast<size_t>(subject),
             Relation::ParticipleModifier);
      attach(static_cast<size_t>(clause - 1), static_cast<size_t>(clause), Relation::Marker);
    } else {
      if (clause < 0 || !isVerb(clause)) return false;
      // "who attempted to carry out an operation": past the infinitive to the verb it completes.
      int governing = clause;
      while (governing >= 2 && !elements_[governing].finite && elements_[governing].infinitive &&
             is(governing - 1, Kind::To) && isVerb(governing - 2))
        governing -= 2;
      if (free(governing)) return false;
      const Element& relative = elements_[governing];
      if (relative.speech || relative.passive || relative.copula || !relative.finite) return false;
      // "who targeted and killed X": the last of coordinated verbs takes the object.
      int first = governing;
      while (tokens_[elements_[first].head].relation == Relation::Conjunct &&
             elements_[first].parent >= 0 && isVerb(elements_[first].parent))
        first = elements_[first].parent;
      if (tokens_[elements_[first].head].relation != Relation::RelativeClause) return false;
      int antecedent = elements_[first].parent;
      if (antecedent < 0 || !isNoun(antecedent)) return false;
      subject = antecedent;
      // "Sanctions on the hackers who breached X were announced".
      if (!free(antecedent)) {
        int preposition = elements_[antecedent].parent;
        if (preposition != antecedent - 1 || !is(preposition, Kind::Preposition) ||
            preposition < 1 || !isNoun(preposition - 1) || !free(preposition - 1))
          return false;
        subject = preposition - 1;
      }
      if (!opensItsClause(subject)) return false;
    }
    attach(found, static_cast<size_t>(clause), Relation::Object);
    Element& verb = elements_[e];
    attach(static_cast<size_t>(subject), e,
           verb.passive ? Relation::PassiveSubject : Relation::Subject);
    verb.has_subject = true;
    return true;
  }

  // '"...," said the minister' / "X did Y, said the minister": a speech verb right after a
  // comma or closing quote, before a noun phrase, takes that phrase as its subject.
  bool invertedSubject(size_t e) {
    int before = static_cast<int>(e) - 1;
    while (before >= 0 && is(before, Kind::Quote)) --before;
    if (before < 0 || !(is(before, Kind::Comma) || is(before, Kind::Dash))) return false;
    // '"...," Jane Roe, the foreign minister, told reporters': the name before the apposition
    // is the subject; what follows the verb is its object.
    int described = before - 1;
    if (described >= 0 && isNoun(described) && !free(described) &&
        tokens_[elements_[described].head].relation == Relation::Apposition) {
      int named = elements_[described].parent;
      if (named >= 0 && isNoun(named) && free(named)) {
        attach(static_cast<size_t>(named), e, Relation::Subject);
        return true;
      }
    }
    size_t next = nextOf(e);
    while (next < elements_.size() && is(next, Kind::Adverb)) ++next;
    // '"...," said Under Secretary of the Treasury for Trade Jane Roe': a title written with
    // capitals and prepositions, then the speaker's name, which ends the sentence.
    if (is(next, Kind::Preposition) && tokens_[elements_[next].first].capitalised) {
      int name = -1;
      size_t k = next;
      for (; k < elements_.size() && !is(k, Kind::End); ++k) {
        if (!isNoun(k) && !is(k, Kind::Preposition) && !is(k, Kind::Coordinator)) break;
        bool titled = true;
        for (size_t t = elements_[k].first; t <= elements_[k].last; ++t)
          titled = titled && (tokens_[t].capitalised || tokens_[t].pos == P::Determiner ||
                              tokens_[t].pos == P::Preposition || tokens_[t].pos == P::Coordinator);
        if (!titled) break;
        name = isNoun(k) && namesAPerson(k) ? static_cast<int>(k) : -1;
      }
      // The name may hang on the title's last preposition already ("for Trade Jane Roe").
      if (name >= 0 && (k >= elements_.size() || is(k, Kind::End)) &&
          (free(name) || elements_[name].parent >= static_cast<int>(next))) {
        attach(static_cast<size_t>(name), e, Relation::Subject);
        return true;
      }
    }
    if (!isNoun(next) || !free(next)) return false;
    // "The allegations, unsealed Friday, say A, B and C hacked X": the names (a list) that a
    // finite verb follows are the reported clause's subject, not the speaker.
    {
      size_t after = next;
      while (after < elements_.size() && after < next + 12 &&
             (isNoun(after) || is(after, Kind::Comma) || is(after, Kind::Coordinator)))
        ++after;
      while (after < elements_.size() && is(after, Kind::Adverb)) ++after;
      if (after < elements_.size() && isVerb(after) && elements_[after].finite &&
          !is(after - 1, Kind::Comma))
        return false;
    }
    // A subject has a determiner or is a name or pronoun; "..., revealed concern over" is not.
    const Token& start = tokens_[elements_[next].first];
    if (start.pos == P::Noun && !tokens_[elements_[next].head].plural) return false;
    attach(next, e, Relation::Subject);
    return true;
  }

  // Whether a speech verb can report a clause outside its own: nothing it governs itself follows
  // it ("..., officials said." / "..., officials said Monday in announcing ...", not "all
  // believed to be ...", "said that ...").
  bool reportsBefore(size_t speech) const {
    size_t next = speech + 1;
    while (next < elements_.size() && (is(next, Kind::Adverb) || is(next, Kind::Quote))) ++next;
    if (next >= elements_.size()) return true;
    Kind kind = elements_[next].kind;
    if (kind == Kind::To || kind == Kind::Wh || kind == Kind::Colon || kind == Kind::Verb)
      return false;
    // "said that ..." opens its own complement; "said when asked ..." only says when.
    if (kind == Kind::Subordinator) {
      const std::string& word = lower(elements_[next]);
      if (word == "that" || word == "whether" || word == "if") return false;
    }
    if (kind == Kind::Noun) {
      size_t after = subtreeEnd(next) + 1;
      while (after < elements_.size() && is(after, Kind::Adverb)) ++after;
      if (isVerb(after) && elements_[after].finite) return false;
    }
    return true;
  }

  // "X did Y, officials said" / '"...," the minister said' / "X, officials said, did Y": the
  // speech verb governs the clause before it, or the one after its closing comma.
  void reportedClause(size_t speech) {
    // The speech verb's subject and what precedes it.
    int subject = -1;
    for (size_t k = 0; k < elements_.size(); ++k)
      if (elements_[k].parent == static_cast<int>(speech) &&
          (tokens_[elements_[k].head].relation == Relation::Subject)) {
        subject = static_cast<int>(k);
        break;
      }
    if (subject < 0) return;
    size_t start = std::min(static_cast<size_t>(subject), speech);
    int before = static_cast<int>(start) - 1;
    while (before >= 0 && is(before, Kind::Quote)) --before;
    if (before < 0 || !(is(before, Kind::Comma) || is(before, Kind::Dash) ||
                        is(static_cast<size_t>(before) + 1, Kind::Quote)))
      return;
    // The nearest free finite verb before it.
    for (int k = before; k >= 0; --k) {
      if (isVerb(k) && free(k) && elements_[k].finite && static_cast<size_t>(k) != speech) {
        attach(static_cast<size_t>(k), speech, Relation::Complement);
        return;
      }
      if (is(k, Kind::Semicolon) || is(k, Kind::Colon)) break;
    }
    // A parenthetical report: "As part of X, prosecutors said, the hackers sent ...".
    size_t after = speech + 1;
    while (after < elements_.size() && !is(after, Kind::Comma) && !is(after, Kind::End)) ++after;
    if (!is(after, Kind::Comma)) return;
    for (size_t k = after + 1; k < elements_.size(); ++k) {
      if (isVerb(k) && elements_[k].finite) {
        if (free(k)) deferred_complements_.push_back({k, speech});
        return;
      }
      if (is(k, Kind::Semicolon) || is(k, Kind::Colon) || is(k, Kind::Subordinator)) return;
    }
  }

  // The free clause whose subject noun element `noun` is (not verb `e` itself), or -1: "said
  // [hackers targeted X]".
  int clauseOfSubject(size_t noun, size_t e) const {
    if (!isNoun(noun) || free(noun)) return -1;
    Relation relation = tokens_[elements_[noun].head].relation;
    if (relation != Relation::Subject && relation != Relation::PassiveSubject) return -1;
    int clause = elements_[noun].parent;
    return clause >= 0 && free(clause) && static_cast<size_t>(clause) != e ? clause : -1;
  }

  void attachObjects() {
    // Right to left, so that a relative clause inside an object has its own object first.
    for (size_t e = elements_.size(); e-- > 0;) {
      Element& verb = elements_[e];
      if (verb.kind != Kind::Verb) continue;
      size_t next = e + 1;
      while (next < elements_.size() &&
             (is(next, Kind::Adverb) || is(next, Kind::Particle) || is(next, Kind::Quote)))
        ++next;
      if (next >= elements_.size()) continue;
      if (verb.copula) {
        if (free(next) &&
            (isNoun(next) || is(next, Kind::Adjective) || is(next, Kind::Preposition)))
          attach(next, e, Relation::Predicate);
        continue;
      }
      if (verb.passive) continue;
      // 'blamed (Gondor) for ...': an editor's bracketed name right after the verb is its
      // object.
      if (is(next, Kind::Open) && isNoun(next + 1) && free(next + 1) && is(next + 2, Kind::Close) &&
          tokens_[elements_[next + 1].head].pos == P::ProperNoun) {
        attach(next + 1, e, Relation::Object);
        attach(next, next + 1, Relation::Punctuation);
        attach(next + 2, next + 1, Relation::Punctuation);
        verb.has_object = true;
        continue;
      }
      // "confirmed this week [a group was responsible]", "said on Monday [...]": a time after a
      // verb of saying says when; the clause after it is what was said.
      bool time_phrase = isNoun(next) && free(next) && isTimeNoun(next);
      if (!time_phrase && is(next, Kind::Preposition) && isNoun(next + 1) && isTimeNoun(next + 1) &&
          elements_[next + 1].parent == static_cast<int>(next))
        time_phrase = true;
      if (verb.speech && time_phrase) {
        if (int clause = clauseOfSubject(subtreeEnd(next) + 1, e); clause >= 0) {
          if (free(next))
            attach(next, e,
                   is(next, Kind::Preposition) ? Relation::Preposition : Relation::AdverbModifier);
          attach(static_cast<size_t>(clause), e, Relation::Complement);
          continue;
        }
      }
      if (isNoun(next)) {
        if (free(next)) {
          attach(next, e, Relation::Object);
          verb.has_object = true;
          // "held X responsible", "called the claims groundless", 'called X "completely
          // unacceptable"'.
          size_t after = subtreeEnd(next) + 1;
          while (after < elements_.size() && (is(after, Kind::Quote) || is(after, Kind::Adverb)))
            ++after;
          if ((is(after, Kind::Adjective) || isNoun(after)) && free(after) &&
              !elements_[after].passive)
            attach(after, e, Relation::Predicate);  // "calling the sanctions manipulation"
        } else if (int clause = clauseOfSubject(next, e); clause >= 0) {
          // "said [hackers targeted X]": the clause is the complement.
          attach(static_cast<size_t>(clause), e, Relation::Complement);
        }
      } else if (is(next, Kind::Preposition) && !verb.speech) {
        // "condemned in the strongest terms the attack on X": a determined noun phrase after
        // the verb's own prepositional phrase (and a comma) is its object when nothing took it.
        size_t after = subtreeEnd(next) + 1;
        if (is(after, Kind::Comma)) ++after;
        if (isNoun(after) && free(after) && !isTimeNoun(after) &&
            tokens_[elements_[after].first].pos == P::Determiner) {
          attach(after, e, Relation::Object);
          verb.has_object = true;
        }
      }
    }
  }

  // The verb a modifier after element e belongs to: the nearest verb before it whose clause
  // has not ended.
  int governingVerb(size_t e) const {
    for (int k = static_cast<int>(e) - 1; k >= 0; --k) {
      if (isVerb(k)) return k;
      if (is(k, Kind::Semicolon) || is(k, Kind::Colon)) return -1;
      if (is(k, Kind::Subordinator) && free(k)) return -1;
    }
    return -1;
  }
  int nextVerb(size_t e) const {
    for (size_t k = e + 1; k < elements_.size(); ++k)
      if (isVerb(k) && (elements_[k].finite) && free(k)) return static_cast<int>(k);
    return -1;
  }

  void attachRemaining() {
    // Subordinate clauses: "that" complements, adverbial clauses.
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!is(e, Kind::Subordinator) || !free(e)) continue;
      int clause = -1;
      for (size_t k = e + 1; k < elements_.size(); ++k) {
        if (isVerb(k)) {
          // "that all restrictions imposed on X should be lifted": past a participle that
          // modifies the clause's subject to the clause's own finite verb.
          if (clause < 0) clause = static_cast<int>(k);
          if (elements_[k].finite) {
            if (!elements_[clause].finite && elements_[clause].participle &&
                tokens_[elements_[clause].head].relation == Relation::ParticipleModifier)
              clause = static_cast<int>(k);
            break;
          }
          if (!(elements_[k].participle &&
                tokens_[elements_[k].head].relation == Relation::ParticipleModifier))
            break;
        }
        if (is(k, Kind::Semicolon) || is(k, Kind::Subordinator)) break;
      }
      if (clause < 0) continue;
      attach(e, static_cast<size_t>(clause), Relation::Marker);
      if (!free(clause)) continue;
      const std::string& word = lower(elements_[e]);
      bool complement = word == "that" || word == "whether" || word == "if";
      int previous = previousOf(e);
      if (previous >= 0 && is(previous, Kind::Comma)) complement = complement && false;
      if (complement && previous >= 0) {
        int target = previous;
        // "said on Monday that", "claimed in a statement that": past the verb's modifiers.
        while (target >= 0 && !isVerb(target) && !isNoun(target) && !is(target, Kind::Adjective))
          --target;
        if (target >= 0 && isNoun(target) &&
            (!free(target) || isTimeNoun(static_cast<size_t>(target)))) {
          // A noun that is the object of a verb: "the claim that" keeps it on the noun; a
          // pobj after a speech verb ("said in a statement that") goes to the verb, and so
          // does a time ("concluded last year that": a time has no content).
          int verb = governingVerb(static_cast<size_t>(target));
          bool time = isTimeNoun(static_cast<size_t>(target));
          if (verb >= 0 && ((elements_[verb].speech && tokens_[elements_[target].head].relation ==
                                                           Relation::PrepositionObject) ||
                            time)) {
            if (time &&
                (free(target) || tokens_[elements_[target].head].relation == Relation::Object))
              attach(static_cast<size_t>(target), static_cast<size_t>(verb),
                     Relation::AdverbModifier);
            target = verb;
          }
        }
        if (target >= 0) {
          attach(static_cast<size_t>(clause), static_cast<size_t>(target), Relation::Complement);
          continue;
        }
      }
      int governor = previous >= 0 ? governingVerb(e) : -1;
      if (governor < 0) governor = nextVerb(static_cast<size_t>(clause));
      if (governor >= 0 && governor != clause)
        attach(static_cast<size_t>(clause), static_cast<size_t>(governor),
               Relation::AdverbialClause);
    }
    // Infinitives: "urged X to end", "refused to sanction", "efforts to intimidate".
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!is(e, Kind::To)) continue;
      size_t verb = nextOf(e);
      while (verb < elements_.size() && is(verb, Kind::Adverb)) ++verb;
      if (!isVerb(verb)) continue;
      attach(e, verb, Relation::Marker);
      if (!free(verb)) continue;
      int previous = previousOf(e);
      while (previous >= 0 && is(previous, Kind::Adverb)) --previous;
      if (previous < 0) continue;
      // "It is time for X to acknowledge ...": the noun after "for" is the infinitive's
      // subject, and "for" marks the clause, which takes the preposition's place.
      if (isNoun(previous) && elements_[previous].parent >= 0 &&
          tokens_[elements_[previous].head].relation == Relation::PrepositionObject &&
          lower(elements_[static_cast<size_t>(elements_[previous].parent)]) == "for") {
        size_t preposition = static_cast<size_t>(elements_[previous].parent);
        int owner = elements_[preposition].parent;
        attach(static_cast<size_t>(previous), verb, Relation::Subject);
        elements_[verb].has_subject = true;
        attach(preposition, verb, Relation::Marker);
        if (owner >= 0) attach(verb, static_cast<size_t>(owner), Relation::Complement);
        continue;
      }
      if (isVerb(previous)) {
        attach(verb, static_cast<size_t>(previous), Relation::OpenComplement);
      } else if (isNoun(previous)) {
        int parent = elements_[previous].parent;
        Relation relation = tokens_[elements_[previous].head].relation;
        // "ganged up with its allies to make ...": after a verb's "with" or "by" phrase the
        // infinitive is the verb's.
        int preposition_verb = -1;
        if (parent >= 0 && relation == Relation::PrepositionObject &&
            (lower(elements_[parent]) == "with" || lower(elements_[parent]) == "by")) {
          int governor = governingVerb(static_cast<size_t>(parent));
          if (governor >= 0) preposition_verb = governor;
        }
        if (parent >= 0 && isVerb(parent) && relation == Relation::Object)
          attach(verb, static_cast<size_t>(parent), Relation::OpenComplement);
        else if (preposition_verb >= 0)
          attach(verb, static_cast<size_t>(preposition_verb), Relation::OpenComplement);
        else
          attach(verb, static_cast<size_t>(previous), Relation::ParticipleModifier);
      } else if (is(previous, Kind::Adjective)) {
        attach(verb, static_cast<size_t>(previous), Relation::OpenComplement);
      } else {
        int governor = governingVerb(e);
        if (governor >= 0) attach(verb, static_cast<size_t>(governor), Relation::AdverbialClause);
      }
    }
    // Non-finite clauses after a comma or opening the sentence.
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!isVerb(e) || !free(e) || elements_[e].finite) continue;
      int governor = governingVerb(e);
      if (governor < 0) governor = nextVerb(e);
      if (governor >= 0) attach(e, static_cast<size_t>(governor), Relation::AdverbialClause);
    }
    // "the minister responsible for X": an adjective right after a noun describes it.
    for (size_t e = 1; e < elements_.size(); ++e)
      if (is(e, Kind::Adjective) && free(e) && isNoun(e - 1) && !is(e + 1, Kind::Comma))
        attach(e, e - 1, Relation::Modifier);
    // Prepositions.
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!is(e, Kind::Preposition) || !free(e)) continue;
      int previous = previousOf(e);
      int governor = governingVerb(e);
      Relation relation = Relation::Preposition;
      // "responsible for X", "critical of Y": an adjective takes the preposition after it.
      if (previous >= 0 && is(previous, Kind::Adjective)) {
        attach(e, static_cast<size_t>(previous), relation);
        continue;
      }
      bool by = lower(elements_[e]) == "by";
      // "by" names the doer of a passive verb; after an active verb it belongs to the noun
      // before it ("calls out activity by X").
      // (A participle on a noun is passive too: "the sanctions imposed on him by X".)
      bool passive_governor =
          governor >= 0 && (elements_[governor].passive ||
                            (elements_[governor].participle && !elements_[governor].finite &&
                             tokens_[elements_[governor].head].form == VerbForm::PastParticiple));
      bool noun_by = by && governor >= 0 && !passive_governor && previous >= 0 &&
                     isNoun(previous) && static_cast<int>(previous) > governor;
      // "organisations including a firm", "sanctioned seven officials, including X": the
      // examples are the noun's.
      int examples_of = -1;
      bool such_as = lower(elements_[e]) == "as" && elements_[e].first < elements_[e].head;
      if ((lower(elements_[e]) == "including" || such_as) && previous >= 0) {
        if (isNoun(previous))
          examples_of = previous;
        else if ((is(previous, Kind::Comma) || is(previous, Kind::Open)) && previous >= 1 &&
                 isNoun(previous - 1))
          examples_of = previous - 1;  // "companies, including", "companies (such as"
        // "sanctions on seven individuals according to its law, including A and B": past a
        // singular phrase that only says how, to the counted plural whose members are named.
        if (examples_of >= 0 && !tokens_[elements_[examples_of].head].plural) {
          for (int k = examples_of - 1; k >= 0; --k) {
            if (is(k, Kind::Comma) || clauseBoundary(k) || (isVerb(k) && elements_[k].finite))
              break;
            if (!isNoun(k)) continue;
            if (tokens_[elements_[k].head].plural && counted(static_cast<size_t>(k))) {
              examples_of = k;
              if (governor > k && !elements_[governor].finite) governor = -1;  // "according"
              break;
            }
          }
        }
        if (examples_of <= governor) examples_of = -1;
        // "agents who worked in X and Y, including Z": past a relative clause
        // to the noun it describes.
        // (Only from inside a phrase of the clause, not its object: "the ministry, which named
        // 12 firms, including X" gives examples of the firms.)
        bool in_phrase = false;
        for (int up = examples_of, steps = 0; up >= 0 && steps < 12; ++steps) {
          int parent = elements_[up].parent;
          if (parent < 0) break;
          in_phrase = in_phrase || is(static_cast<size_t>(parent), Kind::Preposition);
          if (isVerb(parent) &&
              tokens_[elements_[parent].head].relation == Relation::RelativeClause) {
            int antecedent = elements_[parent].parent;
            if (in_phrase && antecedent >= 0 && isNoun(antecedent)) examples_of = antecedent;
            break;
          }
          up = parent;
        }
      }
      if (examples_of >= 0 && examples_of != previous) {
        // Up the "of" chain: "a coalition of allies, including A and B, accused ..." is the
        // coalition's.
        int noun = examples_of;
        while (elements_[noun].parent >= 0 &&
               tokens_[elements_[noun].head].relation == Relation::PrepositionObject) {
          int preposition = elements_[noun].parent;
          int owner = elements_[preposition].parent;
          if (owner < 0 || !isNoun(owner) || lower(elements_[preposition]) != "of") break;
          noun = owner;
        }
        attach(e, static_cast<size_t>(noun), relation);
        continue;
      }
      if (examples_of >= 0) noun_by = true;
      // "a series of cyber activities against X": "against" after a deed is the deed's.
      if (lower(elements_[e]) == "against" && previous >= 0 && isNoun(previous) &&
          namesADeed(static_cast<size_t>(previous)))
        noun_by = true;
      // "was blamed for the cyberattack on X": "on" after a deed that is itself in a phrase
      // is the deed's ("blamed the attack on X", its object, puts the blame on X).
      // (Not "on behalf of X": a bare singular noun after "on" is no target.)
      // ("attacks on X carried out by Y were ...": so is one that is a subject.)
      if (lower(elements_[e]) == "on" && previous >= 0 && isNoun(previous) &&
          namesADeed(static_cast<size_t>(previous)) &&
          (tokens_[elements_[previous].head].relation == Relation::PrepositionObject ||
           tokens_[elements_[previous].head].relation == Relation::Subject ||
           tokens_[elements_[previous].head].relation == Relation::PassiveSubject) &&
          isNoun(e + 1)) {
        const Element& target = elements_[e + 1];
        const Token& first = tokens_[target.first];
        if (first.pos == P::Determiner || first.pos == P::ProperNoun || first.pos == P::Number ||
            tokens_[target.head].plural || tokens_[target.head].pos == P::ProperNoun)
          noun_by = true;
      }
      // "said a unit within the agency was behind it": the noun before is the subject of a
      // verb after the preposition, so the phrase is the noun's, not the earlier verb's.
      if (previous >= 0 && isNoun(previous) && elements_[previous].parent > static_cast<int>(e) &&
          tokens_[elements_[previous].head].relation == Relation::Subject) {
        bool plain_phrase = true;  // no comma or other preposition up to that verb
        for (int k = static_cast<int>(e) + 1; k < elements_[previous].parent; ++k)
          if (is(k, Kind::Comma) || is(k, Kind::Preposition) || isVerb(k)) plain_phrase = false;
        noun_by |= plain_phrase;
      }
      // "The reason was a cyberattack on X": after a copula's noun, the phrase is the noun's.
      if (governor >= 0 && elements_[governor].copula && previous > governor && isNoun(previous))
        noun_by = true;
      if (governor >= 0 && !noun_by) {
        if (by && passive_governor) relation = Relation::Agent;
        attach(e, static_cast<size_t>(governor), relation);
      } else if (previous >= 0 && (isNoun(previous) || is(previous, Kind::Adjective))) {
        int owner = previous;
        // "an attack on X by Y": "by" names the deed's doer, not X's.
        if (by && elements_[previous].parent >= 0 &&
            tokens_[elements_[previous].head].relation == Relation::PrepositionObject) {
          int deed = elements_[elements_[previous].parent].parent;
          if (deed >= 0 && isNoun(deed) && namesADeed(static_cast<size_t>(deed))) owner = deed;
        }
        attach(e, static_cast<size_t>(owner), relation);
      } else {
        int next = nextVerb(e);
        if (next >= 0) attach(e, static_cast<size_t>(next), relation);
      }
    }
    // Participles' agents: "linked to X" is attached above; "sanctioned by X" after a noun.
    // Verb coordination with its own subject: ", and the UK sanctioned ...".
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!isVerb(e) || !free(e)) continue;
      int previous_verb = -1;
      bool coordinated = false;
      for (int k = static_cast<int>(e) - 1; k >= 0; --k) {
        if (is(k, Kind::Coordinator) && free(k)) coordinated = true;
        // "that X said are responsible for or were involved in Y": the nearest finite verb,
        // even one a clause already holds, is the one coordinated.
        if (isVerb(k) && (free(k) || (coordinated && elements_[k].finite && elements_[e].finite))) {
          previous_verb = k;
          break;
        }
      }
      if (previous_verb >= 0 && coordinated)
        attach(e, static_cast<size_t>(previous_verb), Relation::Conjunct);
    }
  }

  void finish() {
    int root = -1;
    for (size_t e = 0; e < elements_.size(); ++e)
      if (isVerb(e) && free(e)) {
        root = static_cast<int>(e);
        break;
      }
    if (root < 0)
      for (size_t e = 0; e < elements_.size(); ++e)
        if (free(e) && (isNoun(e) || is(e, Kind::Adjective))) {
          root = static_cast<int>(e);
          break;
        }
    if (root < 0) return;
    for (size_t e = 0; e < elements_.size(); ++e) {
      if (!free(e) || static_cast<int>(e) == root) continue;
      Kind kind = elements_[e].kind;
      Relation relation = Relation::Dependent;
      if (kind == Kind::Comma || kind == Kind::Dash || kind == Kind::Quote || kind == Kind::End ||
          kind == Kind::Open || kind == Kind::Close || kind == Kind::Colon ||
          kind == Kind::Semicolon)
        relation = Relation::Punctuation;
      else if (kind == Kind::Adverb)
        relation = Relation::AdverbModifier;
      else if (kind == Kind::Coordinator)
        relation = Relation::Coordinator;
      else if (kind == Kind::Verb)
        relation = Relation::Conjunct;
      // Attach to the nearest verb when there is one (adverbs, stray phrases).
      size_t target = static_cast<size_t>(root);
      if (kind == Kind::Adverb || kind == Kind::Particle) {
        int verb = governingVerb(e);
        if (verb < 0) verb = nextVerb(e);
        if (verb >= 0) target = static_cast<size_t>(verb);
      }
      if (target == e) continue;
      attach(e, target, relation);
    }
    // Any token still without a head (inside elements) hangs from its element's head.
    for (const Element& element : elements_)
      for (size_t t = element.first; t <= element.last; ++t)
        if (tokens_[t].head < 0 && t != element.head && tokens_[t].relation == Relation::Root)
          arc(t, element.head, Relation::Dependent);
  }

  // "nine officials, among them A and B": the names after "among them" are examples of the noun
  // before the comma. Re-hangs "among" on that noun and the names' list on "among" (as
  // "including" is), with "them" a dependent of "among".
  void attachAmongThem() {
    const size_t n = tokens_.size();
    for (size_t i = 2; i + 2 < n; ++i) {
      if (tokens_[i].lower != "among" || tokens_[i - 1].text != "," ||
          (tokens_[i + 1].lower != "them" && tokens_[i + 1].lower != "whom") || !inName(i + 2))
        continue;
      // The noun the phrase before the comma is headed by: "five firms in Harad, among them
      // A" lists firms.
      size_t noun = unitHead(i - 2);
      while (tokens_[noun].relation == Relation::Conjunct && tokens_[noun].head >= 0)
        noun = static_cast<size_t>(tokens_[noun].head);
      while (tokens_[noun].relation == Relation::PrepositionObject && tokens_[noun].head >= 0) {
        const size_t preposition = static_cast<size_t>(tokens_[noun].head);
        if (tokens_[preposition].head < 0 ||
            tokens_[static_cast<size_t>(tokens_[preposition].head)].pos != P::Noun)
          break;
        noun = static_cast<size_t>(tokens_[preposition].head);
      }
      // (The tree may hang "in Harad" on the verb: then the verb's object before it.)
      if (tokens_[noun].relation == Relation::PrepositionObject && tokens_[noun].head >= 0) {
        const size_t preposition = static_cast<size_t>(tokens_[noun].head);
        const int verb = tokens_[preposition].head;
        if (verb >= 0 && isVerbal(static_cast<size_t>(verb)))
          for (size_t k = static_cast<size_t>(verb) + 1; k < preposition; ++k)
            if (tokens_[k].head == verb && tokens_[k].relation == Relation::Object) noun = k;
      }
      if (tokens_[noun].pos != P::Noun && tokens_[noun].pos != P::ProperNoun) continue;
      size_t list = unitHead(i + 2);
      arc(i, noun, Relation::Preposition);
      arc(i + 1, i, Relation::Dependent);
      arc(list, i, Relation::PrepositionObject);
    }
  }

  // "Also designated today is X", "Also sanctioned were X and Y": a past participle that opens
  // the sentence (after adverbs only) and a finite "be" after it, with what follows "be" for
  // predicate, is a passive whose subject was moved to the end. Re-hangs the tree as for "X was
  // designated": the participle is the root, "be" its passive auxiliary, the predicate its
  // passive subject.
  void invertFrontedParticiple() {
    const size_t n = tokens_.size();
    size_t a = 0;
    while (a < n && tokens_[a].pos == P::Adverb) ++a;
    // (Only after an adverb, "Also ...": a sentence that opens with the participle,
    // "Designated X ...", is read as it comes.)
    if (a == 0 || a >= n) return;
    Token& participle = tokens_[a];
    // A past form: a verb's, or a participle the tagger read as an adjective (it then gives the
    // verb's lemma: "sanctioned" -> "sanction").
    const bool past_form =
        (participle.pos == P::Verb &&
         (participle.form == VerbForm::Past || participle.form == VerbForm::PastParticiple)) ||
        (participle.pos == P::Adjective && participle.lemma != participle.lower);
    if (!past_form) return;
    size_t b = a + 1;
    while (b < n && b <= a + 6 && tokens_[b].pos != P::Auxiliary && tokens_[b].pos != P::Verb &&
           tokens_[b].pos != P::Modal && tokens_[b].text != ",")
      ++b;
    if (b >= n || b > a + 6 || tokens_[b].pos != P::Auxiliary || tokens_[b].lemma != "be" ||
        (tokens_[b].form != VerbForm::Present && tokens_[b].form != VerbForm::Past))
      return;
    int subject = -1;
    for (size_t t = b + 1; t < n && subject < 0; ++t)
      if (tokens_[t].head == static_cast<int>(b) && tokens_[t].relation == Relation::Predicate)
        subject = static_cast<int>(t);
    if (subject < 0) return;
    participle.pos = P::Verb;
    participle.form = VerbForm::PastParticiple;
    for (size_t t = 0; t < n; ++t) {
      if (t == a) continue;
      if (tokens_[t].head == static_cast<int>(b) && t != static_cast<size_t>(subject))
        tokens_[t].head = static_cast<int>(a);
    }
    arc(static_cast<size_t>(subject), a, Relation::PassiveSubject);
    arc(b, a, Relation::PassiveAuxiliary);
    participle.head = -1;
    participle.relation = Relation::Root;
    for (size_t t = 0; t < n; ++t)
      if (t != a && tokens_[t].head < 0) arc(t, a, Relation::Dependent);
  }

  Document& document_;
  Sentence& sentence_;
  std::vector<Token>& tokens_;
  const std::unordered_set<std::string>& speech_;
  const std::unordered_set<std::string>& naming_;
  std::vector<Element> elements_;
  std::vector<std::pair<size_t, size_t>> deferred_complements_;  // (clause verb, speech verb)
};

}  // namespace

void ShallowParser::parse(Document& document, size_t index) const {
  Parser parser(document, index, speech_verbs_, naming_words_);
  parser.run();
  document.sentences[index].syntax = "shallow parser";
}

SyntaxTree::SyntaxTree(const Sentence& sentence_in)
    : sentence(sentence_in), children(sentence_in.tokens.size()) {
  for (size_t t = 0; t < sentence.tokens.size(); ++t) {
    int head = sentence.tokens[t].head;
    if (head >= 0 && static_cast<size_t>(head) < children.size()) children[head].push_back(t);
  }
}

std::vector<size_t> SyntaxTree::dependents(size_t head, Relation relation) const {
  std::vector<size_t> found;
  for (size_t child : children[head])
    if (sentence.tokens[child].relation == relation) found.push_back(child);
  return found;
}

int SyntaxTree::dependent(size_t head, Relation relation) const {
  for (size_t child : children[head])
    if (sentence.tokens[child].relation == relation) return static_cast<int>(child);
  return -1;
}

std::vector<size_t> SyntaxTree::withConjuncts(size_t token) const {
  std::vector<size_t> all{token};
  for (size_t i = 0; i < all.size() && all.size() < 64; ++i)
    for (size_t conjunct : dependents(all[i], Relation::Conjunct))
      if (std::find(all.begin(), all.end(), conjunct) == all.end()) all.push_back(conjunct);
  return all;
}

std::pair<size_t, size_t> SyntaxTree::span(size_t token) const {
  size_t first = token, last = token;
  std::vector<size_t> stack{token};
  size_t guard = 0;
  while (!stack.empty() && guard++ < 4096) {
    size_t t = stack.back();
    stack.pop_back();
    first = std::min(first, t);
    last = std::max(last, t);
    for (size_t child : children[t]) stack.push_back(child);
  }
  return {first, last};
}

}  // namespace kg

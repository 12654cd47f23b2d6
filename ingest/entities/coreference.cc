#include "ingest/entities/coreference.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "ingest/syntax/shallow_parser.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

// The longest alias a phrase after a described actor's head may make, in words ("hackers
// linked to the Arnorian government" has seven).
constexpr size_t kMaxNameWords = 10;

using P = PartOfSpeech;

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::string lower(const std::string& text) { return lowerAscii(text); }

bool isFunctionWord(const std::string& word) {
  std::string w = lower(word);
  return w == "of" || w == "and" || w == "the" || w == "for" || w == "&" || w == "on" ||
         w == "in" || w == "'s" || w == "to";
}

// "NCSC" for "National Cyber Security Centre"; "DOJ" for "Department of Justice" (short
// function words may count).
bool isAcronymOf(const std::string& acronym, const std::string& name) {
  std::string letters;
  for (char c : acronym)
    if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::toupper(c));
  if (letters.size() < 2) return false;
  std::string strict, loose;
  for (const std::string& word : words(name)) {
    if (word.empty() || !std::isalpha(static_cast<unsigned char>(word[0]))) continue;
    char initial = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    loose += initial;
    if (!isFunctionWord(word)) strict += initial;
  }
  return strict.size() >= 2 && (letters == strict || letters == loose);
}

bool allCapitals(const std::string& text) {
  size_t upper = 0;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
  }
  return upper >= 2;
}

// "Justice Department" is the tail of "U.S. Justice Department".
bool isTail(const std::string& part, const std::string& whole) {
  if (part.size() >= whole.size()) return false;
  if (lower(whole.substr(whole.size() - part.size())) != lower(part)) return false;
  return whole[whole.size() - part.size() - 1] == ' ';
}

// "cyberpunks" with "hacker" as the plain word: "hackers".
std::string pluralOf(const std::string& noun) {
  auto endsWith = [&](const char* tail) {
    size_t n = std::char_traits<char>::length(tail);
    return noun.size() >= n && noun.compare(noun.size() - n, n, tail) == 0;
  };
  if (noun.size() > 1 && endsWith("y") && !std::strchr("aeiou", noun[noun.size() - 2]))
    return noun.substr(0, noun.size() - 1) + "ies";
  if (endsWith("s") || endsWith("x") || endsWith("z") || endsWith("ch") || endsWith("sh"))
    return noun + "es";
  return noun + "s";
}

// The phrase with each lower-case word that has a plainer synonym (WordDictionary::plainSynonym)
// replaced by it, in the same number: "two functionaries" -> "two officials".
std::string plainWordsOf(const std::string& phrase) {
  WordDictionary& dictionary = WordDictionary::instance();
  std::string result;
  for (const std::string& word : words(phrase)) {
    std::string plain = word;
    bool lower_case = std::all_of(word.begin(), word.end(), [](char c) {
      return std::islower(static_cast<unsigned char>(c)) != 0 || c == '-';
    });
    if (lower_case && word.size() > 2) {
      WordDictionary::Senses senses = dictionary.senses(word);
      std::string lemma = senses.noun ? senses.noun_lemma : senses.adjective_lemma;
      std::string synonym = lemma.empty() ? "" : dictionary.plainSynonym(lemma);
      if (!synonym.empty()) plain = (senses.noun && lemma != word) ? pluralOf(synonym) : synonym;
    }
    result += (result.empty() ? "" : " ") + plain;
  }
  return result;
}

// Before a hyphen and an -ed participle a word names who acts ("state-backed"), so it is a
// noun. A word WordNet knows at least as much as a verb there is read as an actor noun of the
// lexicons (government words, descriptions) that shares one of its first two verb senses and
// is itself more a noun: "tell-backed" and "posit-backed" as "state-backed". Empty when none.
std::string agentNounOfCompound(const std::string& word, const EntityLexicon& lexicon) {
  size_t hyphen = word.find('-');
  if (hyphen == std::string::npos || hyphen == 0 || word.find('-', hyphen + 1) != std::string::npos)
    return "";
  std::string part = word.substr(0, hyphen), rest = word.substr(hyphen + 1);
  if (rest.size() < 4 || !rest.ends_with("ed")) return "";
  if (!std::all_of(part.begin(), part.end(),
                   [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }))
    return "";
  WordDictionary& dictionary = WordDictionary::instance();
  WordDictionary::Senses senses = dictionary.senses(part);
  if (!senses.verb || senses.verb_lemma != part || senses.verb_count < senses.noun_count) return "";
  for (const std::string& synonym : dictionary.verbSynonyms(part, 2)) {
    if (synonym == part) continue;
    if (!lexicon.government_words.count(synonym) && !lexicon.descriptions.count(synonym)) continue;
    WordDictionary::Senses its = dictionary.senses(synonym);
    if (its.noun && its.noun_count > its.verb_count) return synonym + "-" + rest;
  }
  return "";
}

// A token as the synonym stage read it: a noun or an adjective it read as a listed word gives
// that word ("accompany" -> "company", "choping" -> "hacking"), in the token's number.
std::string readWord(const Token& token) {
  if (token.synonym_of.empty()) return token.text;
  if (token.pos == P::Noun) return token.plural ? pluralOf(token.lemma) : token.lemma;
  if (token.pos == P::Adjective && token.lemma.find(' ') == std::string::npos) return token.lemma;
  return token.text;
}

// The described actor of `mention` with the participle or prepositional phrase right after its
// head, as the text names it ("hackers linked to the Arnorian government", "a unit within the
// agency"), or empty: the phrase's object is a noun phrase, its preposition no -ing one that
// gives examples or topics ("including"), and the whole at most kMaxNameWords words.
std::string phraseAfterHead(const SyntaxTree& tree, const Mention& mention) {
  const std::vector<Token>& tokens = tree.sentence.tokens;
  size_t k = mention.last_token + 1;
  if (k >= tokens.size() || tokens[k].head != static_cast<int>(mention.head_token)) return "";
  const Token& word = tokens[k];
  bool participle_phrase =
      word.relation == Relation::ParticipleModifier && word.form == VerbForm::PastParticiple;
  bool prepositional_phrase = false;
  // ("a group of Arnor-based oligarchs": a collective noun's "of" names its members.)
  // ("group" itself tops WordNet's tree of groups: noun.Tops.)
  bool collective_of = false;
  if (word.lower == "of") {
    const int head_file =
        WordDictionary::instance().nounLexicographerFile(tokens[mention.head_token].lemma);
    collective_of = head_file == WordNetFiles::kNounGroup || head_file == WordNetFiles::kNounTops;
  }
  if (word.relation == Relation::Preposition && (word.lower.size() > 3 || collective_of) &&
      !word.lower.ends_with("ing")) {
    int object = tree.dependent(k, Relation::PrepositionObject);
    prepositional_phrase = object >= 0 &&
                           (tokens[object].pos == P::Noun || tokens[object].pos == P::ProperNoun) &&
                           (!collective_of || tokens[object].plural);
  }
  if (!participle_phrase && !prepositional_phrase) return "";
  // The phrase runs on while each token hangs (through its heads) from its first word.
  auto under = [&](size_t j) {
    int at = tokens[j].head;
    for (int steps = 0; at >= 0 && static_cast<size_t>(at) != k && steps < 32; ++steps)
      at = tokens[static_cast<size_t>(at)].head;
    return at == static_cast<int>(k);
  };
  size_t end = k;
  while (end + 1 < tokens.size() && end + 1 <= k + kMaxNameWords && under(end + 1)) ++end;
  if (end <= k || end - mention.first_token >= kMaxNameWords) return "";
  size_t first = mention.first_token;
  if (tokens[first].pos == P::Determiner) ++first;
  return surfaceText(tree.sentence, first, end);
}

// A bare plural head joined to a modified plural one, with the modifiers they share ("Arnorian
// state-backed firms and individuals": "Arnorian state-backed individuals"), or empty. Numbers
// and determiners stay with their own noun ("two firms and individuals").
std::string withSharedModifiers(const SyntaxTree& tree, const Mention& mention) {
  const std::vector<Token>& tokens = tree.sentence.tokens;
  size_t h = mention.head_token;
  const Token& head = tokens[h];
  if (mention.first_token != h || mention.last_token != h || !head.plural ||
      head.relation != Relation::Conjunct || head.head < 0 || static_cast<size_t>(head.head) >= h)
    return "";
  size_t first_head = static_cast<size_t>(head.head);
  if (tokens[first_head].pos != P::Noun || !tokens[first_head].plural) return "";
  size_t first = first_head;
  for (size_t child : tree.children[first_head]) {
    if (child > first_head) continue;
    if (tokens[child].relation != Relation::Modifier || tokens[child].pos == P::Number ||
        tokens[child].pos == P::Determiner)
      return "";
    first = std::min(first, tree.span(child).first);
  }
  if (first == first_head) return "";
  return surfaceText(tree.sentence, first, first_head - 1) + " " + head.text;
}

// `named_so` (phraseAfterHead's "unit inside the agency") with its preposition replaced by
// each other preposition whose first sense as an adverb WordNet gives it ("unit within the
// agency"): the same phrase in other words. Empty when there is none.
std::vector<std::string> withSynonymPreposition(const SyntaxTree& tree, const Mention& mention,
                                                const std::string& named_so,
                                                const EntityLexicon& lexicon) {
  std::vector<std::string> forms;
  const std::vector<Token>& tokens = tree.sentence.tokens;
  size_t k = mention.last_token + 1;
  if (named_so.empty() || k >= tokens.size()) return forms;
  const std::string& preposition = tokens[k].lower;
  std::string spaced = " " + tokens[k].text + " ";
  size_t at = named_so.find(spaced);
  if (at == std::string::npos) return forms;
  WordDictionary& dictionary = WordDictionary::instance();
  for (const std::string& other : dictionary.synonyms(preposition, WordNetFiles::kAdverb, -1)) {
    if (other == preposition || !lexicon.prepositions.count(other)) continue;
    std::vector<std::string> first = dictionary.synonyms(other, WordNetFiles::kAdverb, 1);
    if (std::find(first.begin(), first.end(), preposition) == first.end()) continue;
    forms.push_back(named_so.substr(0, at) + " " + other + " " +
                    named_so.substr(at + spaced.size()));
  }
  return forms;
}

// The WordNet synsets of a lower-case word form, as a noun, verb and adjective (base forms
// found by WordNet's morphology): its first two senses in `first`, all of them in `all`.
void synsetsOfWord(const std::string& word, std::vector<WordDictionary::SynsetKey>* first,
                   std::vector<WordDictionary::SynsetKey>* all) {
  WordDictionary& dictionary = WordDictionary::instance();
  WordDictionary::Senses senses = dictionary.senses(word);
  for (const std::string& lemma : {senses.noun_lemma, senses.verb_lemma, senses.adjective_lemma}) {
    if (lemma.empty()) continue;
    for (const auto& synset : dictionary.synsets(lemma, 2)) first->push_back(synset);
    for (const auto& synset : dictionary.synsets(lemma, -1)) all->push_back(synset);
  }
}

// Whether two words of descriptions mean the same: equal but for case and number, or WordNet
// gives them a common synset that is among the first two senses of one of them ("associated"
// and "affiliated", "thespians" and "actors"). Capitalised words must be equal.
bool sameWordOrSynonym(const std::string& a, const std::string& b) {
  std::string low_a = lowerAscii(a), low_b = lowerAscii(b);
  if (low_a == low_b) return true;
  if (std::isupper(static_cast<unsigned char>(a[0])) ||
      std::isupper(static_cast<unsigned char>(b[0])) || low_a.size() < 3 || low_b.size() < 3)
    return false;
  std::vector<WordDictionary::SynsetKey> first_a, all_a, first_b, all_b;
  synsetsOfWord(low_a, &first_a, &all_a);
  synsetsOfWord(low_b, &first_b, &all_b);
  auto meets = [](const std::vector<WordDictionary::SynsetKey>& some,
                  const std::vector<WordDictionary::SynsetKey>& others) {
    for (const auto& synset : some)
      if (std::find(others.begin(), others.end(), synset) != others.end()) return true;
    return false;
  };
  return meets(first_a, all_b) || meets(first_b, all_a);
}

// Whether two descriptions ("China state-associated actor", "China state-affiliated actors")
// say the same in other words: as many words (and hyphenated parts), each pair the same word or
// a synonym, and at least one pair the same word, so that two phrases of synonyms alone
// ("elder statesmen", "senior politicians") are not taken for each other.
bool sameDescription(const std::string& a, const std::string& b) {
  std::vector<std::string> parts_a, parts_b;
  auto split = [](const std::string& phrase, std::vector<std::string>* parts) {
    for (const std::string& word : words(phrase)) {
      size_t start = 0;
      for (size_t hyphen; (hyphen = word.find('-', start)) != std::string::npos; start = hyphen + 1)
        parts->push_back(word.substr(start, hyphen - start));
      parts->push_back(word.substr(start));
    }
  };
  split(a, &parts_a);
  split(b, &parts_b);
  if (parts_a.size() != parts_b.size() || parts_a.size() < 2) return false;
  bool one_same = false;
  for (size_t i = 0; i < parts_a.size(); ++i) {
    if (parts_a[i].empty() || parts_b[i].empty()) return false;
    if (lowerAscii(parts_a[i]) == lowerAscii(parts_b[i])) {
      one_same = true;
      continue;
    }
    if (!sameWordOrSynonym(parts_a[i], parts_b[i])) return false;
  }
  return one_same;
}

std::string stripThe(std::string name) {
  for (const char* article : {"the ", "The "})
    if (name.rfind(article, 0) == 0) name = name.substr(4);
  return name;
}

}  // namespace

void Coreference::run(Document& document) const {
  std::vector<Entity>& entities = document.entities;
  std::vector<Mention>& mentions = document.mentions;
  std::vector<int> last_mention;  // per entity: index of its latest mention
  std::vector<bool> from_gazetteer;
  std::vector<SyntaxTree> trees;
  trees.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) trees.emplace_back(sentence);

  auto addAlias = [&](int entity, const std::string& alias) {
    Entity& e = entities[entity];
    std::string clean = stripThe(alias);
    if (clean.empty() || clean == e.name) return;
    if (std::find(e.aliases.begin(), e.aliases.end(), clean) == e.aliases.end())
      e.aliases.push_back(clean);
  };
  auto create = [&](const Mention& m, const std::string& name, bool named) {
    Entity e;
    e.name = stripThe(name);
    e.type = m.type;
    e.named = named;
    e.head = document.sentences[m.sentence].tokens[m.head_token].lemma;
    e.head_last = m.head_token == m.last_token;
    if (!m.office.empty()) e.offices.push_back(m.office);
    entities.push_back(e);
    last_mention.push_back(-1);
    from_gazetteer.push_back(false);
    return static_cast<int>(entities.size()) - 1;
  };
  auto assign = [&](size_t m, int entity) {
    mentions[m].entity = entity;
    last_mention[entity] = static_cast<int>(m);
    if (!mentions[m].office.empty() &&
        std::find(entities[entity].offices.begin(), entities[entity].offices.end(),
                  mentions[m].office) == entities[entity].offices.end())
      entities[entity].offices.push_back(mentions[m].office);
  };
  auto byName = [&](const std::string& name) -> int {
    std::string key = lower(stripThe(name));
    for (size_t e = 0; e < entities.size(); ++e) {
      if (lower(entities[e].name) == key) return static_cast<int>(e);
      for (const std::string& alias : entities[e].aliases)
        if (lower(alias) == key) return static_cast<int>(e);
    }
    return -1;
  };
  // The mention of the token a relation points at, if any.
  auto mentionAt = [&](size_t sentence, int token) -> int {
    if (token < 0) return -1;
    return document.sentences[sentence].tokens[token].mention;
  };
  // The entity of the name mention at a token, or -1 when no named entity's mention is there.
  auto namedEntityAt = [&](size_t sentence, size_t token) -> int {
    int at = mentionAt(sentence, static_cast<int>(token));
    return at >= 0 && mentions[at].entity >= 0 && entities[mentions[at].entity].named
               ? mentions[at].entity
               : -1;
  };
  auto merge = [&](int from, int into) {
    if (from == into || from < 0 || into < 0) return;
    for (Mention& mention : mentions) {
      if (mention.entity == from) mention.entity = into;
      for (int& member : mention.group)
        if (member == from) member = into;
    }
    Entity& target = entities[into];
    Entity& source = entities[from];
    if (!target.named && source.named) std::swap(target.name, source.name), target.named = true;
    addAlias(into, source.name);
    for (const std::string& alias : source.aliases) addAlias(into, alias);
    for (const std::string& office : source.offices)
      if (std::find(target.offices.begin(), target.offices.end(), office) == target.offices.end())
        target.offices.push_back(office);
    for (int member : source.members)
      if (std::find(target.members.begin(), target.members.end(), member) == target.members.end())
        target.members.push_back(member);
    // A group that counted the merged entity as a member counts the one it joined.
    for (size_t e = 0; e < entities.size(); ++e) {
      std::vector<int>& members = entities[e].members;
      if (std::find(members.begin(), members.end(), from) == members.end()) continue;
      bool has_into = std::find(members.begin(), members.end(), into) != members.end();
      if (has_into || static_cast<int>(e) == into)
        members.erase(std::remove(members.begin(), members.end(), from), members.end());
      else
        std::replace(members.begin(), members.end(), from, into);
    }
    last_mention[into] = std::max(last_mention[into], last_mention[from]);
    source.name.clear();
    source.aliases.clear();
    source.members.clear();
    last_mention[from] = -1;
  };
  // The most recent entity (by its latest mention before m) that passes `fits`, looking back
  // at most `window` sentences.
  // Whether mention k spans mention m: "its" in "its allies" cannot mean the allies.
  auto encloses = [&](size_t k, size_t m) {
    return mentions[k].sentence == mentions[m].sentence &&
           mentions[k].first_token <= mentions[m].first_token &&
           mentions[k].last_token >= mentions[m].last_token;
  };
  // The count a mention opens with, as digits ("the two nationals", "2 hackers": "2"), or "".
  auto countWord = [&](const Mention& m) -> std::string {
    const std::vector<Token>& tokens = document.sentences[m.sentence].tokens;
    size_t at = m.first_token;
    if (tokens[at].pos == P::Determiner && at < m.last_token) ++at;  // "the two nationals"
    // "the same two nationals", "the exact same two"
    while (at < m.last_token && (tokens[at].lower == "same" || tokens[at].lower == "exact")) ++at;
    return tokens[at].pos == P::Number ? tokens[at].lemma : "";  // "two" and "2" alike
  };
  auto recent = [&](size_t m, size_t window, const auto& fits) -> int {
    int best = -1, best_at = -1;
    for (size_t e = 0; e < entities.size(); ++e) {
      int at = last_mention[e];
      if (at < 0 || at >= static_cast<int>(m) || entities[e].name.empty()) continue;
      if (encloses(static_cast<size_t>(at), m)) continue;
      if (mentions[m].sentence - mentions[at].sentence > window) continue;
      if (!fits(entities[e])) continue;
      if (at > best_at) best = static_cast<int>(e), best_at = at;
    }
    return best;
  };

  // "A, B and C ... the three countries": a counted definite plural is the latest list of that
  // many named actors of one type (a few sentences back at most); its entity gets them as
  // members.
  auto listedBefore = [&](size_t m, int entity) {
    Mention& mention = mentions[m];
    const Sentence& sentence = document.sentences[mention.sentence];
    const Token& head = sentence.tokens[mention.head_token];
    const std::string count = countWord(mention);
    bool definite =
        sentence.tokens[mention.first_token].lower == "the" ||
        (mention.first_token > 0 && sentence.tokens[mention.first_token - 1].lower == "the");
    // (An irregular plural, "men", has a lemma of its own.)
    bool plural = head.plural || (head.pos == P::Noun &&
                                  !WordDictionary::instance().nounBaseForms(head.lower).empty());
    if (entity < 0 || count.empty() || !definite || !entities[entity].members.empty() || !plural)
      return;
    for (size_t k = m; k-- > 0;) {
      if (mention.sentence - mentions[k].sentence > 3) break;
      const Mention& first = mentions[k];
      if (first.kind != MentionKind::Name || first.entity < 0) continue;
      const SyntaxTree& its_tree = trees[first.sentence];
      const std::vector<Token>& its_tokens = document.sentences[first.sentence].tokens;
      if (its_tokens[first.head_token].relation == Relation::Conjunct) continue;
      std::vector<int> listed;
      bool one_type = true;
      for (size_t member : its_tree.withConjuncts(first.head_token)) {
        int named = its_tokens[member].mention;
        // (A description the text names at once counts, by the name: "A and another operative,
        // B".)
        if (named >= 0 && mentions[static_cast<size_t>(named)].kind != MentionKind::Name)
          for (size_t child : its_tree.children[member]) {
            int apposed = its_tokens[child].mention;
            if (its_tokens[child].relation == Relation::Apposition && apposed >= 0 &&
                mentions[static_cast<size_t>(apposed)].kind == MentionKind::Name)
              named = apposed;
          }
        if (named < 0 || mentions[static_cast<size_t>(named)].entity < 0 ||
            mentions[static_cast<size_t>(named)].kind != MentionKind::Name) {
          one_type = false;
          break;
        }
        int e = mentions[static_cast<size_t>(named)].entity;
        one_type = one_type && entities[e].type == entities[first.entity].type;
        if (std::find(listed.begin(), listed.end(), e) == listed.end()) listed.push_back(e);
      }
      // (Of the kind the phrase counts: "the two men" are no list of countries.)
      ActorType kind = entities[first.entity].type;
      bool fits = mention.type == ActorType::Country ? kind == ActorType::Country
                                                     : kind != ActorType::Country;
      if (one_type && fits && listed.size() >= 2 && std::to_string(listed.size()) == count) {
        entities[entity].members = listed;
        mention.reason += "; the list of " + count + " before it";
        return;
      }
    }
  };

  for (size_t m = 0; m < mentions.size(); ++m) {
    Mention& mention = mentions[m];
    const Sentence& sentence = document.sentences[mention.sentence];
    const SyntaxTree& tree = trees[mention.sentence];
    const Token& head = sentence.tokens[mention.head_token];
    switch (mention.kind) {
      case MentionKind::Name:
      case MentionKind::Alias:
      case MentionKind::Metonym: {
        if (mention.canonical.empty() && mention.kind == MentionKind::Metonym) {
          // "American and British officials": one mention for several countries.
          std::string reason = mention.reason;
          size_t open = reason.find('[');
          while (open != std::string::npos) {
            size_t close = reason.find(']', open);
            std::string name = reason.substr(open + 1, close - open - 1);
            int entity = byName(name);
            if (entity < 0) {
              Mention single = mention;
              single.type = ActorType::Country;
              entity = create(single, name, true);
              from_gazetteer[entity] = true;
            }
            mention.group.push_back(entity);
            last_mention[entity] = static_cast<int>(m);
            open = reason.find('[', close);
          }
          break;
        }
        std::string name =
            mention.canonical.empty() ? stripThe(mention.surface) : mention.canonical;
        int entity = byName(name);
        std::string surface = stripThe(mention.surface);
        if (entity < 0 && !mention.canonical.empty() && mention.type != ActorType::Country &&
            !isTail(surface, mention.canonical)) {
          // "the Justice Department" after "the U.S. Justice Department": the article's fuller
          // name wins over the gazetteer's (not when the name is already the fuller one, as
          // for "Gondor's Justice Department").
          for (size_t e = 0; e < entities.size() && entity < 0; ++e)
            if (!entities[e].name.empty() && words(surface).size() >= 2 &&
                isTail(surface, entities[e].name))
              entity = static_cast<int>(e);
        }
        if (entity < 0 && mention.canonical.empty()) {
          // A short form of an earlier name.
          std::vector<std::string> parts = words(name);
          for (size_t e = 0; e < entities.size() && entity < 0; ++e) {
            const Entity& candidate = entities[e];
            // A described actor's words are no name ("a grand jury in Minas Tirith" does not
            // make "Minas Tirith" the jury).
            if (candidate.name.empty() || !candidate.named) continue;
            if (mention.type == ActorType::Person || candidate.type == ActorType::Person) {
              if (candidate.type != ActorType::Person || parts.size() != 1) continue;
              // A surname or, for family-first names, the family name.
              std::vector<std::string> full = words(candidate.name);
              if (full.size() >= 2 && (full.back() == parts[0] || full.front() == parts[0]))
                entity = static_cast<int>(e);
              continue;
            }
            if (allCapitals(name) && isAcronymOf(name, candidate.name))
              entity = static_cast<int>(e);
            else if (allCapitals(candidate.name) && isAcronymOf(candidate.name, name))
              entity = static_cast<int>(e);
            else if ((parts.size() >= 2 && isTail(name, candidate.name)) ||
                     (words(candidate.name).size() >= 2 && isTail(candidate.name, name)))
              entity = static_cast<int>(e);
          }
          if (entity >= 0) {
            mention.reason += "; short form of " + entities[entity].name;
            // A full name seen after its acronym becomes the name.
            if (allCapitals(entities[entity].name) && !allCapitals(name)) {
              addAlias(entity, entities[entity].name);
              entities[entity].name = name;
            }
          }
        }
        if (entity < 0) {
          entity = create(mention, name, true);
          from_gazetteer[entity] = !mention.canonical.empty();
        }
        if (mention.type == ActorType::Person && entities[entity].type != ActorType::Person &&
            mention.canonical.empty())
          entities[entity].type = ActorType::Person;
        addAlias(entity, stripThe(mention.surface));
        if (!mention.honorific.empty()) addAlias(entity, mention.honorific + " " + mention.surface);
        assign(m, entity);
        break;
      }
      case MentionKind::Phrase: {
        std::string name = stripThe(mention.surface);
        int entity = byName(name);
        // An earlier description of the same kind in other words.
        for (size_t e = 0; e < entities.size() && entity < 0; ++e)
          if (!entities[e].named && !entities[e].name.empty() && entities[e].type == mention.type &&
              sameDescription(entities[e].name, name)) {
            entity = static_cast<int>(e);
            mention.reason += "; said before as " + entities[e].name;
            addAlias(entity, name);  // the words of this mention name it too
          }
        if (entity < 0) entity = create(mention, name, false);
        assign(m, entity);
        listedBefore(m, entity);
        // Short aliases: without a leading number or participle ("alleged Arnorian spies" are
        // "Arnorian spies"), and the head noun alone.
        std::vector<std::string> parts = words(name);
        const Token& first = sentence.tokens[mention.first_token];
        bool participle_first = first.pos == P::Adjective && first.lower.ends_with("ed") &&
                                first.lemma != first.lower &&
                                mention.first_token + 1 < mention.head_token;
        // (Not a count of a nationality: "four Arnorians" are not all the Arnorians a later
        // sentence names.)
        // (The name recogniser makes the demonym the mention and the count part of its name.)
        bool counted_nationals = sentence.tokens[mention.head_token].pos == P::ProperNoun &&
                                 mention.first_token > 0 &&
                                 sentence.tokens[mention.first_token - 1].pos == P::Number;
        if (parts.size() > 1 && !counted_nationals &&
            ((std::isdigit(static_cast<unsigned char>(parts[0][0])) == 0 &&
              first.pos == P::Number) ||
             participle_first)) {
          std::string rest;
          for (size_t w = 1; w < parts.size(); ++w) rest += (w > 1 ? " " : "") + parts[w];
          addAlias(entity, rest);
        }
        if (!counted_nationals) addAlias(entity, head.text);
        // "a front accompany", read as "front company", is also known by the words it was read
        // as, so that later mentions and other texts' names meet it.
        std::string read;
        bool changed = false;
        for (size_t k = mention.first_token; k <= mention.last_token; ++k) {
          const Token& token = sentence.tokens[k];
          if (read.empty() && token.pos == P::Determiner) continue;
          std::string word = readWord(token);
          changed |= word != token.text;
          read += (read.empty() || !token.space_before ? "" : " ") + word;
        }
        if (changed) addAlias(entity, read);
        std::string named_so = phraseAfterHead(tree, mention);
        if (!named_so.empty()) addAlias(entity, named_so);
        for (const std::string& other : withSynonymPreposition(tree, mention, named_so, lexicon_))
          addAlias(entity, other);
        std::string shared = withSharedModifiers(tree, mention);
        if (!shared.empty()) addAlias(entity, shared);
        // The head with the noun before it, as later text shortens it ("a state-run news
        // agency" ... "the news agency").
        if (mention.head_token > mention.first_token && mention.head_token == mention.last_token) {
          const Token& modifier = sentence.tokens[mention.head_token - 1];
          const Token& last = sentence.tokens[mention.head_token];
          // A noun, or a gerund the tagger read as an adjective ("a hacking group").
          bool noun_like = modifier.pos == P::Noun ||
                           (modifier.pos == P::Adjective && modifier.lower.size() > 5 &&
                            modifier.lower.ends_with("ing") &&
                            WordDictionary::instance().senses(modifier.lower).verb);
          if (noun_like && !modifier.capitalised && modifier.space_before) {
            // A gerund keeps its own word here; the whole name's reading above has the other.
            std::string modifier_word =
                modifier.pos == P::Noun ? readWord(modifier) : modifier.text;
            addAlias(entity, modifier_word + " " + readWord(last));
            // A modifier for people in other words: "a cyberpunk group" is a hacker group.
            std::string headword = modifier.pos == P::Noun
                                       ? WordDictionary::instance().actorHeadword(modifier.lemma)
                                       : "";
            if (!headword.empty()) addAlias(entity, headword + " " + readWord(last));
          }
        }
        break;
      }
      case MentionKind::Description: {
        // "The Arnorian Foreign Minister said": a title with no name is its latest holder's.
        if (mention.type == ActorType::Person && !mention.office.empty() &&
            head.pos == P::ProperNoun) {
          int holder = recent(m, 12, [&](const Entity& e) {
            return e.type == ActorType::Person && e.named &&
                   std::find(e.offices.begin(), e.offices.end(), mention.office) != e.offices.end();
          });
          // (No holder named: the office itself is the actor, as a name would be.)
          assign(m, holder >= 0 ? holder : create(mention, mention.surface, true));
          break;
        }
        std::string head_lemma = head.lemma;
        auto entry = lexicon_.descriptions.find(head_lemma);
        // An earlier actor described with the same noun ("a company" ... "the company"); "the
        // country" and "the minister" look for a country or an office holder first.
        bool typed =
            entry != lexicon_.descriptions.end() &&
            (entry->second.type == ActorType::Country || entry->second.type == ActorType::Person);
        // "the Gondorian parliament" is not an earlier "Rohirric parliament": each capitalised
        // word before the head must be in the earlier actor's name or aliases.
        std::vector<std::string> qualifiers;
        for (size_t k = mention.first_token; k < mention.head_token; ++k)
          if (sentence.tokens[k].capitalised && sentence.tokens[k].pos != P::Determiner)
            qualifiers.push_back(lower(sentence.tokens[k].text));
        auto qualified = [&](const Entity& e) {
          auto hasWord = [&](const std::string& form, const std::string& word) {
            for (const std::string& part : words(lower(form)))
              if (part == word) return true;
            return false;
          };
          for (const std::string& word : qualifiers) {
            bool found = hasWord(e.name, word);
            for (const std::string& alias : e.aliases) found = found || hasWord(alias, word);
            if (!found) return false;
          }
          return true;
        };
        // "the Arnorian government": a government named by an origin no gazetteer lists is the
        // country whose name the adjective is made from, when the article names it (before any
        // other country mentioned since), else an actor of its own.
        bool origin_named = false;
        int entity = -1;
        if (mention.type == ActorType::Country) {
          for (size_t t = mention.first_token; t < mention.head_token; ++t) {
            const Token& word = sentence.tokens[t];
            if (word.pos != P::ProperNoun) continue;
            origin_named = true;
            for (const std::string& suffix : lexicon_.demonym_suffixes) {
              std::string lowered = lower(word.text);
              if (lowered.size() <= suffix.size() + 2 ||
                  lowered.compare(lowered.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
              std::string stem = word.text.substr(0, word.text.size() - suffix.size());
              int found = byName(stem);
              if (found < 0) found = byName(stem + "a");  // Arnorian <- Arnoria
              if (found >= 0) entity = found;
            }
          }
        }
        // "Erl is the chief executive of X": a description that is a copula's predicate
        // describes the copula's subject, not an earlier holder of that title.
        if (entity < 0 && head.relation == Relation::Predicate && head.head >= 0 &&
            sentence.tokens[static_cast<size_t>(head.head)].lemma == "be")
          for (size_t subject :
               tree.dependents(static_cast<size_t>(head.head), Relation::Subject)) {
            int said = sentence.tokens[subject].mention;
            if (said >= 0 && static_cast<size_t>(said) < m && mentions[said].entity >= 0 &&
                entities[mentions[said].entity].type == mention.type)
              entity = mentions[said].entity;
          }
        // "two men ... the four men": counts that differ are two groups.
        const std::string count = countWord(mention);
        auto countsAgree = [&](const Entity& e) {
          if (count.empty()) return true;
          int index = static_cast<int>(&e - entities.data());
          int at = last_mention[index];
          if (at < 0) return true;
          std::string theirs = countWord(mentions[static_cast<size_t>(at)]);
          return theirs.empty() || theirs == count;
        };
        if (entity < 0)
          entity = typed ? -1 : recent(m, 6, [&](const Entity& e) {
            return !e.named && sameWordOrSynonym(e.head, head_lemma) && qualified(e) &&
                   countsAgree(e);
          });
        // "its member countries", "the two countries": many are no one country.
        bool many_for_one = mention.plural && entry != lexicon_.descriptions.end() &&
                            entry->second.type == ActorType::Country;
        // The latest country that is the subject of a main clause, in mention m's sentence
        // (`same_sentence`) or in the six before it.
        auto mainSubjectCountry = [&](bool same_sentence) {
          for (size_t k = m; k-- > 0;) {
            const Mention& before = mentions[k];
            if (same_sentence ? before.sentence != mention.sentence
                              : mention.sentence - before.sentence > 6)
              break;
            if ((!same_sentence && before.sentence == mention.sentence) || before.entity < 0 ||
                entities[before.entity].type != ActorType::Country)
              continue;
            const std::vector<Token>& words_before = document.sentences[before.sentence].tokens;
            const Token& word = words_before[before.head_token];
            if (word.relation == Relation::Subject && word.head >= 0 &&
                words_before[static_cast<size_t>(word.head)].head < 0)
              return before.entity;
          }
          return -1;
        };
        const bool bare_country = !many_for_one && entry != lexicon_.descriptions.end() &&
                                  entry->second.type == ActorType::Country &&
                                  mention.first_token + 1 == mention.head_token &&
                                  sentence.tokens[mention.first_token].lower == "the";
        // "Gondorian authorities accused Arnor of attacks against the country": a bare "the
        // country" in the sentence of a country's subject is that country.
        if (entity < 0 && bare_country) entity = mainSubjectCountry(true);
        // "Arnor froze assets over the war in Gondor ... the country is also barring ...": a bare
        // "the country" that is a subject is the latest country a main clause had for subject,
        // before any country the text only mentions ("sanctions against the country" names the
        // latest).
        if (entity < 0 && bare_country && head.relation == Relation::Subject)
          entity = mainSubjectCountry(false);
        if (entity < 0 && entry != lexicon_.descriptions.end() && !many_for_one) {
          const DescriptionEntry& description = entry->second;
          // "APT99 ... the group": a named group is "the group" whatever its name (not a named
          // body: "Hackers attacked Vorn Mobile. The group also ..." is no firm).
          const bool any_group = description.type == ActorType::Group && description.detail.empty();
          if (any_group)
            entity = recent(m, 6, [&](const Entity& e) {
              return e.named && e.type == ActorType::Group && qualified(e);
            });
          if (entity < 0)
            entity = recent(m, 6, [&](const Entity& e) {
              if (e.type != description.type) return false;
              // An earlier description, too, must have the capitalised words: "the Gondorian
              // minister" is not an earlier "Arnorian defence minister" (a named one may be).
              if (!e.named && !qualified(e)) return false;
              if (description.type == ActorType::Person && !description.detail.empty())
                return std::find(e.offices.begin(), e.offices.end(), description.detail) !=
                       e.offices.end();
              if (description.detail == "international") return true;
              if (description.type == ActorType::Country || description.type == ActorType::Person)
                return true;
              if (description.detail == "suffix") {
                if (!e.named) return false;
                if (lower(e.name).find(head_lemma) != std::string::npos) return true;
                std::vector<std::string> parts = words(e.name);
                std::string last = lower(parts.back());
                if (!last.empty() && last.back() == '.') last.pop_back();
                auto head = lexicon_.organisation_heads.find(last);
                return head != lexicon_.organisation_heads.end() && head->second == "suffix";
              }
              const std::string& needed =
                  description.detail.empty() ? head_lemma : description.detail;
              return e.named && lower(e.name).find(lower(needed)) != std::string::npos;
            });
          if (entity >= 0 && description.detail == "international") {
            size_t index = static_cast<size_t>(entity);
            if (!from_gazetteer[index] || entities[index].type != ActorType::Organization)
              entity = -1;
          }
        }
        if (entity < 0 && mention.plural && mention.first_token + 1 == mention.head_token) {
          // "the defendants" with no earlier "defendants": the described group the previous
          // sentence put nearest its main clause ("... charging seven nationals").
          int best = -1;
          size_t best_depth = 1000;
          for (size_t k = m; k-- > 0;) {
            const Mention& before = mentions[k];
            if (before.sentence + 1 < mention.sentence) break;
            if (before.entity < 0 || entities[before.entity].named ||
                entities[before.entity].type != ActorType::Group ||
                before.kind != MentionKind::Phrase)
              continue;
            const Sentence& other = document.sentences[before.sentence];
            // (Not one the same sentence names: "people were held as the gunmen fought".)
            if (before.sentence == mention.sentence) continue;
            size_t depth = 0;
            for (int at = static_cast<int>(before.head_token); at >= 0 && depth < 100;
                 at = other.tokens[at].head)
              ++depth;
            if (depth < best_depth) best = before.entity, best_depth = depth;
          }
          entity = best;
        }
        if (entity < 0) {
          // "the Acme company": a name's words in the description.
          {
            for (size_t t = mention.first_token; t < mention.head_token && entity < 0; ++t) {
              if (sentence.tokens[t].pos != P::ProperNoun) continue;
              for (size_t e = 0; e < entities.size(); ++e)
                if (entities[e].named && entities[e].type == mention.type &&
                    words(entities[e].name).front() == sentence.tokens[t].text &&
                    lower(entities[e].name).find(head_lemma) != std::string::npos) {
                  entity = static_cast<int>(e);
                  break;
                }
            }
          }
        }
        if (entity >= 0) {
          mention.reason += "; refers to " + entities[entity].name;
          addAlias(entity, stripThe(mention.surface));
        } else if ((entry == lexicon_.descriptions.end() || mention.type != ActorType::Country ||
                    origin_named) &&
                   // "the envoy" with nobody before it names no one; "the Chinese envoy" does
                   !(mention.type == ActorType::Person &&
                     mention.first_token + 1 >= mention.head_token)) {
          entity = create(mention, stripThe(mention.surface), false);
          addAlias(entity, head.text);
          listedBefore(m, entity);
        }
        if (entity >= 0) assign(m, entity);
        break;
      }
      case MentionKind::Pronoun: {
        // "Arnor charged A, B and C. The three ...": the latest group of that many.
        if (head.pos == P::Number) {
          const std::string& wanted = head.lemma;
          std::set<const Entity*> counted_so;  // named with that count before
          for (size_t k = 0; k < m; ++k)
            if (mentions[k].entity >= 0 && countWord(mentions[k]) == wanted)
              counted_so.insert(&entities[mentions[k].entity]);
          auto counted = [&](const Entity& e) {
            return std::to_string(e.members.size()) == wanted || counted_so.count(&e) > 0;
          };
          int entity = recent(m, 3, counted);
          if (entity >= 0) assign(m, entity);
          break;
        }
        const PronounEntry* entry = nullptr;
        if (auto it = lexicon_.pronouns.find(head.lower); it != lexicon_.pronouns.end())
          entry = &it->second;
        if (!entry) break;
        if (entry->refers.rfind("person", 0) == 0) {
          // "she", "him": a person whose given name or honorific has no other gender.
          char wanted = entry->refers.size() > 7 ? entry->refers[7] : '-';  // "person-f"
          auto genderOf = [&](const Entity& e) {
            std::vector<std::string> forms = e.aliases;
            forms.push_back(e.name);
            for (const std::string& form : forms) {
              std::vector<std::string> parts = words(form);
              if (parts.empty()) continue;
              if (auto title = lexicon_.titles.find(lower(parts.front()));
                  title != lexicon_.titles.end() && title->second.honorific &&
                  title->second.gender != '-')
                return title->second.gender;
              if (auto given = lexicon_.given_names.find(parts.front());
                  given != lexicon_.given_names.end() && given->second != '-')
                return given->second;
            }
            return '-';
          };
          auto fits = [&](const Entity& e) {
            if (e.type != ActorType::Person) return false;
            char gender = wanted == '-' ? '-' : genderOf(e);
            return gender == '-' || gender == wanted;
          };
          // A person the text names before one it only describes ("X had worked as a hacker.
          // He ...": X, not the hacker).
          // "'...,' said Jane Roe, a prosecutor. He allegedly paid others to ...": a pronoun
          // that opens a sentence and does something other than speak is not the one just
          // quoted, when someone else was named before.
          const Token& pronoun = sentence.tokens[mention.head_token];
          std::vector<int> quoted;
          if (pronoun.relation == Relation::Subject && mention.head_token <= 1 &&
              mention.sentence > 0 && pronoun.head >= 0 &&
              !lexicon_.speech_verbs.count(
                  sentence.tokens[static_cast<size_t>(pronoun.head)].lemma)) {
            const Sentence& before = document.sentences[mention.sentence - 1];
            // (Quoted: the sentence has a quotation, or the speaker follows the verb; "X said
            // that ..." reports, and its speaker may well act next.)
            const bool has_quote = std::any_of(before.tokens.begin(), before.tokens.end(),
                                               [](const Token& t) { return t.pos == P::Quote; });
            for (size_t k = m; k-- > 0;) {
              if (mentions[k].sentence + 1 < mention.sentence) break;
              if (mentions[k].sentence != mention.sentence - 1 || mentions[k].entity < 0) continue;
              const Token& word = before.tokens[mentions[k].head_token];
              bool quotation = has_quote || mentions[k].head_token > static_cast<size_t>(word.head);
              if (word.relation == Relation::Subject && word.head >= 0 && quotation &&
                  lexicon_.speech_verbs.count(before.tokens[static_cast<size_t>(word.head)].lemma))
                quoted.push_back(mentions[k].entity);
            }
          }
          auto unquoted = [&](const Entity& e) {
            return std::find(quoted.begin(), quoted.end(), &e - &entities[0]) == quoted.end();
          };
          int entity = -1;
          // "X said that ... Y ... . He accused Z": a subject opening its sentence continues
          // the previous sentence's main subject, when that is a named person it fits.
          if (pronoun.relation == Relation::Subject && mention.head_token <= 1 &&
              mention.sentence > 0 && quoted.empty()) {
            // The previous sentence's mentions (Document::mentions is in sentence order).
            std::vector<size_t> previous;
            for (size_t k = m; k-- > 0 && mentions[k].sentence + 1 >= mention.sentence;)
              if (mentions[k].sentence + 1 == mention.sentence) previous.push_back(k);
            const std::vector<Token>& words = document.sentences[mention.sentence - 1].tokens;
            for (size_t k : previous) {
              if (mentions[k].entity < 0) continue;
              const Token& word = words[mentions[k].head_token];
              const Entity& candidate = entities[mentions[k].entity];
              if (word.relation != Relation::Subject || word.head < 0 ||
                  words[static_cast<size_t>(word.head)].relation != Relation::Root ||
                  !candidate.named || !fits(candidate))
                continue;
              // ("X said Y had hacked Z. He denied it.": a person the speaker told of may be
              // the one who answers; no preference then.)
              bool reported_person = false;
              if (lexicon_.speech_verbs.count(words[static_cast<size_t>(word.head)].lemma))
                for (size_t n : previous)
                  if (n != k && mentions[n].entity >= 0 &&
                      entities[mentions[n].entity].type == ActorType::Person &&
                      words[mentions[n].head_token].relation == Relation::Subject)
                    reported_person = true;
              if (!reported_person) entity = mentions[k].entity;
            }
          }
          if (entity < 0 && !quoted.empty())
            entity =
                recent(m, 2, [&](const Entity& e) { return e.named && fits(e) && unquoted(e); });
          if (entity < 0)
            entity = recent(m, 2, [&](const Entity& e) { return e.named && fits(e); });
          if (entity < 0) entity = recent(m, 2, fits);
          // '"...," he wrote. [two quoted paragraphs] He also condemned X': with no one nearer,
          // "he" or "she" goes further back to the latest named person known to be so.
          constexpr size_t kGenderedWindow = 4;
          if (entity < 0 && wanted != '-')
            entity = recent(m, kGenderedWindow, [&](const Entity& e) {
              return e.named && e.type == ActorType::Person && genderOf(e) == wanted;
            });
          if (entity >= 0) assign(m, entity);
        } else if (!entry->plural) {
          // "it", "its": the latest subject that is a country, body or named group; else the
          // latest such actor. An object "it" is never its own verb's subject ("Gondor accused
          // it" is not Gondor accusing itself).
          const Token& pronoun = sentence.tokens[mention.head_token];
          // "Gondor opposes and condemns it": a coordinated verb shares its first verb's subject.
          int pronoun_verb = pronoun.head;
          while (pronoun_verb >= 0 &&
                 sentence.tokens[static_cast<size_t>(pronoun_verb)].relation ==
                     Relation::Conjunct &&
                 sentence.tokens[static_cast<size_t>(pronoun_verb)].head >= 0 &&
                 sentence.tokens[static_cast<size_t>(pronoun_verb)].pos == P::Verb)
            pronoun_verb = sentence.tokens[static_cast<size_t>(pronoun_verb)].head;
          auto ownSubject = [&](const Mention& before) {
            const Token& word = document.sentences[before.sentence].tokens[before.head_token];
            return before.sentence == mention.sentence && pronoun.relation == Relation::Object &&
                   pronoun.head >= 0 && (word.head == pronoun.head || word.head == pronoun_verb) &&
                   (word.relation == Relation::Subject ||
                    word.relation == Relation::PassiveSubject);
          };
          int entity = -1;
          int excluded = -1;
          // "X, its chief executive and its affiliate": in a list, "its" is the first member's.
          if (pronoun.head >= 0) {
            const Token& owned = sentence.tokens[static_cast<size_t>(pronoun.head)];
            if (owned.relation == Relation::Conjunct && owned.head >= 0) {
              int first = sentence.tokens[static_cast<size_t>(owned.head)].mention;
              // ("the Foxtrot criminal network and its leader": the name inside the phrase.)
              if (first < 0)
                for (size_t child : tree.children[static_cast<size_t>(owned.head)])
                  if (sentence.tokens[child].relation == Relation::Modifier &&
                      sentence.tokens[child].mention >= 0 &&
                      mentions[sentence.tokens[child].mention].kind == MentionKind::Name)
                    first = sentence.tokens[child].mention;
              if (first >= 0 && mentions[first].entity >= 0 && !mentions[first].plural &&
                  entities[mentions[first].entity].type != ActorType::Person)
                entity = mentions[first].entity;
            }
          }
          // "Arnor fined Gondor for its raids": in the reason a verb gives for what it does to
          // its object, "its" is the object's.
          if (entity < 0 && pronoun.head >= 0) {
            const Token& owned = sentence.tokens[static_cast<size_t>(pronoun.head)];
            const Token* reason = owned.relation == Relation::PrepositionObject && owned.head >= 0
                                      ? &sentence.tokens[static_cast<size_t>(owned.head)]
                                      : nullptr;
            if (reason && lexicon_.reason_prepositions.count(reason->lower) && reason->head >= 0 &&
                sentence.tokens[static_cast<size_t>(reason->head)].pos == P::Verb)
              for (size_t object :
                   tree.dependents(static_cast<size_t>(reason->head), Relation::Object))
                if (const Token& word = sentence.tokens[object];
                    word.mention >= 0 && static_cast<size_t>(word.mention) < m &&
                    mentions[static_cast<size_t>(word.mention)].entity >= 0 &&
                    !mentions[static_cast<size_t>(word.mention)].plural &&
                    entities[mentions[static_cast<size_t>(word.mention)].entity].type !=
                        ActorType::Person) {
                  entity = mentions[static_cast<size_t>(word.mention)].entity;
                  break;
                }
          }
          // A subject "it" opening its sentence continues the previous sentence's main subject
          // when that is a body ("It said X was based in Y ... It further alleged ...").
          if (entity < 0 && pronoun.relation == Relation::Subject && mention.sentence > 0 &&
              mention.head_token <= 1) {
            for (size_t k = m; k-- > 0;) {
              const Mention& before = mentions[k];
              if (before.sentence + 1 < mention.sentence) break;
              if (before.sentence == mention.sentence || before.entity < 0) continue;
              const Sentence& other = document.sentences[before.sentence];
              const Token& word = other.tokens[before.head_token];
              if (word.relation == Relation::Subject && word.head >= 0 &&
                  other.tokens[static_cast<size_t>(word.head)].head < 0 &&
                  entities[before.entity].type != ActorType::Person && !before.plural) {
                entity = before.entity;
                break;
              }
            }
          }
          for (size_t k = m; k-- > 0 && entity < 0;) {
            const Mention& before = mentions[k];
            if (mention.sentence - before.sentence > 1) break;
            if (before.entity < 0 || encloses(k, m)) continue;
            if (ownSubject(before)) {
              excluded = before.entity;
              continue;
            }
            const Entity& e = entities[before.entity];
            if (e.type == ActorType::Person || before.plural) continue;
            const std::vector<Token>& words = document.sentences[before.sentence].tokens;
            Relation relation = words[before.head_token].relation;
            // "Arnor's activities were reported after it was blamed": the owner of a subject
            // that is no actor stands for it.
            int owned = words[before.head_token].head;
            if (relation == Relation::Possessor && owned >= 0 &&
                words[static_cast<size_t>(owned)].mention < 0)
              relation = words[static_cast<size_t>(owned)].relation;
            if (relation == Relation::Subject || relation == Relation::PassiveSubject)
              entity = before.entity;
          }
          if (entity < 0)
            entity = recent(m, 1, [&](const Entity& e) {
              return e.type != ActorType::Person && (e.named || e.type != ActorType::Group) &&
                     &e != (excluded >= 0 ? &entities[excluded] : nullptr);
            });
          if (entity >= 0) assign(m, entity);
        } else {
          // "they", "their": the previous sentence's plural subject when it is no actor ("The
          // attacks were reckless. We condemn them."), else a coordination of actors, or a
          // plural actor.
          if (mention.sentence > 0) {
            size_t previous = mention.sentence - 1;
            const Sentence& before = document.sentences[previous];
            for (size_t t = 0; t < before.tokens.size(); ++t) {
              const Token& word = before.tokens[t];
              if (word.relation != Relation::Subject || word.head < 0) continue;
              if (word.pos == P::Noun && word.plural && word.mention < 0) {
                mention.antecedent_sentence = static_cast<int>(previous);
                mention.antecedent_token = static_cast<int>(t);
                mention.reason +=
                    "; antecedent '" + word.text + "' (line " + std::to_string(before.line) + ")";
                break;
              }
            }
          }
          if (mention.antecedent_token >= 0) break;
          // "A, B and C belong to Unit 9. All of them were charged": a plural pronoun that is
          // (or counts) the subject goes back to the previous sentence's subject.
          {
            const Token& pronoun = sentence.tokens[mention.head_token];
            size_t subject_word = mention.head_token;
            if (pronoun.relation == Relation::PrepositionObject && pronoun.head >= 0) {
              const Token& of = sentence.tokens[static_cast<size_t>(pronoun.head)];
              if (of.lower == "of" && of.head >= 0) subject_word = static_cast<size_t>(of.head);
            }
            Relation role = sentence.tokens[subject_word].relation;
            if (mention.sentence > 0 &&
                (role == Relation::Subject || role == Relation::PassiveSubject)) {
              const Sentence& before = document.sentences[mention.sentence - 1];
              const SyntaxTree& before_tree = trees[mention.sentence - 1];
              for (size_t t = 0; t < before.tokens.size(); ++t) {
                const Token& word = before.tokens[t];
                if ((word.relation != Relation::Subject &&
                     word.relation != Relation::PassiveSubject) ||
                    word.head < 0 || before.tokens[static_cast<size_t>(word.head)].head >= 0)
                  continue;  // the main clause's subject only
                std::vector<int> group;
                for (size_t c : before_tree.withConjuncts(t)) {
                  int other = before.tokens[c].mention;
                  if (other >= 0 && mentions[other].entity >= 0 &&
                      std::find(group.begin(), group.end(), mentions[other].entity) == group.end())
                    group.push_back(mentions[other].entity);
                }
                if (group.size() > 1) {
                  mention.group = group;
                  mention.reason += "; the previous sentence's subject";
                } else if (group.size() == 1 && word.mention >= 0 &&
                           (!entities[group[0]].members.empty() || mentions[word.mention].plural ||
                            word.plural)) {
                  assign(m, group[0]);
                  mention.reason += "; the previous sentence's subject";
                }
                break;
              }
            }
          }
          if (!mention.group.empty() || mention.entity >= 0) break;
          // "the diplomats, whom they accused": the subject of a relative clause is not the
          // noun the clause describes.
          int described = -1;
          {
            const Token& pronoun = sentence.tokens[mention.head_token];
            if (pronoun.relation == Relation::Subject && pronoun.head >= 0) {
              const Token& verb = sentence.tokens[static_cast<size_t>(pronoun.head)];
              if (verb.relation == Relation::RelativeClause && verb.head >= 0)
                described = sentence.tokens[static_cast<size_t>(verb.head)].mention;
            }
          }
          // '"...," they added': a speaker after a quotation goes on quoting whoever spoke a
          // few sentences before.
          size_t window = 1;
          {
            const Token& pronoun = sentence.tokens[mention.head_token];
            bool quoted_before = false;
            for (size_t q = 0; q < mention.head_token; ++q)
              quoted_before |= sentence.tokens[q].pos == P::Quote;
            if (quoted_before && pronoun.relation == Relation::Subject && pronoun.head >= 0 &&
                sentence.tokens[static_cast<size_t>(pronoun.head)].head < 0)
              window = 4;
          }
          for (size_t k = m; k-- > 0;) {
            const Mention& before = mentions[k];
            if (mention.sentence - before.sentence > window) break;
            if (encloses(k, m)) continue;
            if (static_cast<int>(k) == described) continue;
            if (before.kind == MentionKind::Pronoun && before.group.empty() && before.entity < 0)
              continue;
            if (!before.group.empty()) {
              mention.group = before.group;
              break;
            }
            if (before.entity < 0) continue;
            const SyntaxTree& before_tree = trees[before.sentence];
            std::vector<size_t> conjuncts = before_tree.withConjuncts(before.head_token);
            if (conjuncts.size() > 1) {
              for (size_t c : conjuncts) {
                int other = document.sentences[before.sentence].tokens[c].mention;
                if (other >= 0 && mentions[other].entity >= 0 &&
                    std::find(mention.group.begin(), mention.group.end(), mentions[other].entity) ==
                        mention.group.end())
                  mention.group.push_back(mentions[other].entity);
              }
              if (mention.group.size() > 1) break;
              mention.group.clear();
            }
            // A conjunct of a coordination seen from its later member.
            if (document.sentences[before.sentence].tokens[before.head_token].relation ==
                Relation::Conjunct)
              continue;
            // "sanctions on Arnorian officials, accusing them": a plural head stands for the
            // country it names too.
            const Token& before_head =
                document.sentences[before.sentence].tokens[before.head_token];
            bool plural_head = before_head.pos == P::Noun && before_head.plural;
            if (before.plural || plural_head || entities[before.entity].type == ActorType::Group) {
              assign(m, before.entity);
              break;
            }
          }
        }
        break;
      }
    }
    (void)tree;
  }

  // "the Acme intelligence agency", "Arnor's Acme agency": a body's phrase whose modifier is
  // that body's name is the body (not a possessor's name: "Arnor's" stays Arnor).
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& phrase = mentions[m];
    if (phrase.kind != MentionKind::Phrase || phrase.entity < 0 || entities[phrase.entity].named ||
        phrase.type != ActorType::Organization)
      continue;
    const Sentence& sentence = document.sentences[phrase.sentence];
    for (size_t k = m + 1; k < mentions.size(); ++k) {
      const Mention& name = mentions[k];
      if (name.sentence != phrase.sentence || name.first_token >= phrase.head_token) break;
      if (name.kind != MentionKind::Name || name.entity < 0 || !entities[name.entity].named ||
          (entities[name.entity].type != ActorType::Organization &&
           entities[name.entity].type != ActorType::Group))
        continue;
      if (name.last_token + 1 < sentence.tokens.size() &&
          sentence.tokens[name.last_token + 1].pos == P::Possessive)
        continue;
      merge(phrase.entity, name.entity);
      break;
    }
  }

  // Appositions: "its director, Jane Roe"; "the National Cyber Security Centre (NCSC)".
  for (size_t m = 0; m < mentions.size(); ++m) {
    Mention& mention = mentions[m];
    if (mention.entity < 0) continue;
    const Sentence& sentence = document.sentences[mention.sentence];
    const Token& head = sentence.tokens[mention.head_token];
    if (head.relation != Relation::Apposition || head.head < 0) continue;
    int other = mentionAt(mention.sentence, head.head);
    // "hacked Vorn Mobile: A and B": a list after a colon that follows a name is no second name
    // for it.
    if (mention.first_token > 0 && sentence.tokens[mention.first_token - 1].text == ":" &&
        other >= 0 && mentions[other].kind == MentionKind::Name &&
        trees[mention.sentence].withConjuncts(mention.head_token).size() > 1)
      continue;
    // "its director, Jane Roe": a description no earlier actor answered is the name after it.
    if (other >= 0 && mentions[other].entity < 0 &&
        mentions[other].kind == MentionKind::Description &&
        mentions[other].type == entities[mention.entity].type) {
      assign(static_cast<size_t>(other), mention.entity);
      continue;
    }
    if (other < 0 || mentions[other].entity < 0) continue;
    int a = mentions[other].entity, b = mention.entity;
    // "two nationals: A and B": a listed apposition gives the described group its members.
    std::vector<size_t> listed = trees[mention.sentence].withConjuncts(mention.head_token);
    if (listed.size() > 1 && !entities[a].named) {
      for (size_t c : listed) {
        int member = mentionAt(mention.sentence, static_cast<int>(c));
        if (member < 0 || mentions[member].entity < 0) continue;
        std::vector<int>& list = entities[a].members;
        if (std::find(list.begin(), list.end(), mentions[member].entity) == list.end())
          list.push_back(mentions[member].entity);
      }
      continue;
    }
    if ((entities[a].type == ActorType::Person) != (entities[b].type == ActorType::Person) &&
        entities[b].named && entities[a].named)
      continue;  // a person's name beside a body's is not one actor
    // "A - deputy head. B - deputy head": a description an earlier named person answered is,
    // beside another person's name, that person's own; two named people stay two.
    if (a != b && entities[a].named && entities[b].named && entities[a].type == ActorType::Person &&
        entities[b].type == ActorType::Person &&
        (mention.kind == MentionKind::Description || mention.kind == MentionKind::Phrase)) {
      assign(m, a);
      continue;
    }
    bool b_named = entities[b].named;
    if (b_named && !entities[a].named)
      merge(a, b);
    else
      merge(b, a);
  }

  // Naming: "the group known as X", "a Chinese group called X". The phrase is X, whatever an
  // earlier step resolved it to: when its entity began before it ("a group of seven ... the
  // group known as X"), only this mention moves to X; when it began here, the entity joins X.
  for (size_t m = 0; m < mentions.size(); ++m) {
    Mention& mention = mentions[m];
    if (mention.entity < 0 ||
        (mention.kind != MentionKind::Phrase && mention.kind != MentionKind::Description))
      continue;
    const Sentence& sentence = document.sentences[mention.sentence];
    const SyntaxTree& tree = trees[mention.sentence];
    for (size_t child : tree.children[mention.head_token]) {
      const Token& verb = sentence.tokens[child];
      if (verb.relation != Relation::ParticipleModifier || !lexicon_.naming_words.count(verb.lower))
        continue;
      int named = -1;
      for (size_t grandchild : tree.children[child]) {
        const Token& word = sentence.tokens[grandchild];
        if (word.relation == Relation::Object) named = static_cast<int>(grandchild);
        if (word.relation == Relation::Preposition && word.lower == "as") {
          int object = tree.dependent(grandchild, Relation::PrepositionObject);
          if (object >= 0) named = object;
        }
      }
      int other = mentionAt(mention.sentence, named);
      if (other < 0 || mentions[other].entity < 0 || !entities[mentions[other].entity].named ||
          mentions[other].entity == mention.entity)
        continue;
      // "two men, identified as A and B": a list of names gives a plural group its members.
      std::vector<size_t> listed = tree.withConjuncts(static_cast<size_t>(named));
      // (A plural group only: "a group known as X and its leader Y" names the group.)
      const Token& group_head = sentence.tokens[mention.head_token];
      const bool plural_group = mention.plural || group_head.plural ||
                                !WordDictionary::instance().nounBaseForms(group_head.lower).empty();
      std::vector<int> named_members;  // (distinct)
      bool people_only = listed.size() > 1;
      for (size_t c : listed) {
        int member = mentionAt(mention.sentence, static_cast<int>(c));
        people_only = people_only && member >= 0 && mentions[member].entity >= 0 &&
                      entities[mentions[member].entity].type == ActorType::Person;
        int e = namedEntityAt(mention.sentence, c);
        if (e >= 0 &&
            std::find(named_members.begin(), named_members.end(), e) == named_members.end())
          named_members.push_back(e);
      }
      // (Or a collective noun for people: "the crew, identified as A and B".)
      if (listed.size() > 1 && (plural_group || people_only) && !entities[mention.entity].named) {
        std::vector<int>& list = entities[mention.entity].members;
        for (int e : named_members)
          if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
        continue;
      }
      bool began_before = false;
      for (size_t earlier = 0; earlier < m && !began_before; ++earlier)
        began_before = mentions[earlier].entity == mention.entity;
      if (began_before || entities[mention.entity].named)
        mention.entity = mentions[other].entity;
      else
        merge(mention.entity, mentions[other].entity);
    }
  }

  // "identified three officers suspected of the attacks: A, B and C": a list of names after a
  // colon (or a dash) that ends the sentence, as long as the nearest counted group before it in
  // the sentence, gives that group its members (wherever the tree hung the list).
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    const SyntaxTree& tree = trees[s];
    for (size_t colon = 1; colon + 1 < sentence.tokens.size(); ++colon) {
      const std::string& mark = sentence.tokens[colon].text;
      if (mark != ":" && mark != "-" && mark != "\u2013" && mark != "\u2014") continue;
      int first = mentionAt(s, static_cast<int>(colon + 1));
      if (first < 0 || mentions[first].kind != MentionKind::Name) continue;
      const std::vector<size_t> members = tree.withConjuncts(mentions[first].head_token);
      // (The list must end the sentence: "two firms: A and B protested" is a clause.)
      size_t end = colon;
      for (size_t c : members) end = std::max(end, tree.span(c).second);
      bool ends_sentence = true;
      for (size_t k = end + 1; k < sentence.tokens.size(); ++k)
        ends_sentence = ends_sentence && (sentence.tokens[k].pos == P::Punctuation ||
                                          sentence.tokens[k].pos == P::Quote);
      std::vector<int> listed;
      for (size_t c : members) {
        if (c <= colon) continue;  // (only names after the mark)
        int e = namedEntityAt(s, c);
        if (e >= 0 && std::find(listed.begin(), listed.end(), e) == listed.end())
          listed.push_back(e);
      }
      // (Not names the sentence has before the mark: "attacked A: B and C" may rename A.)
      bool named_before = false;
      for (const Mention& other : mentions)
        if (other.sentence == s && other.last_token < colon &&
            std::find(listed.begin(), listed.end(), other.entity) != listed.end())
          named_before = true;
      if (listed.size() < 2 || !ends_sentence || named_before) continue;
      for (size_t k = mentions.size(); k-- > 0;) {  // (the nearest group before the mark)
        const Mention& group = mentions[k];
        if (group.sentence != s || group.last_token >= colon || group.entity < 0 ||
            (group.kind != MentionKind::Phrase && group.kind != MentionKind::Description) ||
            entities[group.entity].named || !entities[group.entity].members.empty() ||
            countWord(group) != std::to_string(listed.size()))
          continue;
        entities[group.entity].members = listed;
        mentions[k].reason += "; the list after the " + mark;
        break;
      }
    }
  }

  // Copulas: "the two nationals ... are A and B", "the company is X".
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    const SyntaxTree& tree = trees[s];
    for (size_t v = 0; v < sentence.tokens.size(); ++v) {
      int subject = -1, predicate = -1;
      if (sentence.tokens[v].lemma == "be" && sentence.tokens[v].pos == P::Auxiliary) {
        subject = tree.dependent(v, Relation::Subject);
        predicate = tree.dependent(v, Relation::Predicate);
      } else if (sentence.tokens[v].pos == P::Verb && sentence.tokens[v].lemma == "include") {
        // "The individuals hit by the measures include A and B".
        subject = tree.dependent(v, Relation::Subject);
        predicate = tree.dependent(v, Relation::Object);
      } else if (sentence.tokens[v].pos == P::Verb &&
                 lexicon_.naming_words.count(sentence.tokens[v].lower)) {
        // "the officers were identified as A, B and C" (also after "are aged 30 and"); active:
        // "identified the firm as X", "described it as a front company".
        subject = tree.dependent(v, Relation::PassiveSubject);
        if (subject < 0) subject = tree.dependent(v, Relation::Object);
        for (int at = static_cast<int>(v);
             subject < 0 && at >= 0 && sentence.tokens[at].relation == Relation::Conjunct;) {
          at = sentence.tokens[at].head;
          if (at < 0) break;
          subject = tree.dependent(static_cast<size_t>(at), Relation::Subject);
          if (subject < 0)
            subject = tree.dependent(static_cast<size_t>(at), Relation::PassiveSubject);
        }
        for (size_t child : tree.children[v])
          if (sentence.tokens[child].lower == "as")
            predicate = tree.dependent(child, Relation::PrepositionObject);
      }
      if (subject < 0 || predicate < 0) continue;
      // "A and B were among nine people sanctioned": A and B are members of that group.
      if (predicate >= 0 && subject >= 0 &&
          (sentence.tokens[predicate].lower == "among" ||
           sentence.tokens[predicate].lower == "amongst")) {
        int object = tree.dependent(static_cast<size_t>(predicate), Relation::PrepositionObject);
        int group = mentionAt(s, object);
        if (group >= 0 && mentions[group].entity >= 0 && !entities[mentions[group].entity].named) {
          for (size_t c : tree.withConjuncts(static_cast<size_t>(subject))) {
            int member = mentionAt(s, static_cast<int>(c));
            if (member >= 0 && mentions[member].entity >= 0) {
              std::vector<int>& list = entities[mentions[group].entity].members;
              if (std::find(list.begin(), list.end(), mentions[member].entity) == list.end())
                list.push_back(mentions[member].entity);
            }
          }
        }
        continue;
      }
      int subject_mention = mentionAt(s, subject);
      if (subject_mention < 0 || mentions[subject_mention].entity < 0) continue;
      int described = mentions[subject_mention].entity;
      std::vector<int> named;
      for (size_t c : tree.withConjuncts(static_cast<size_t>(predicate))) {
        int pm = mentionAt(s, static_cast<int>(c));
        if (pm >= 0 && mentions[pm].entity >= 0 && entities[mentions[pm].entity].named)
          named.push_back(mentions[pm].entity);
      }
      if (named.empty()) {
        // "X is a hacking group": the phrase names X.
        // ("He is the first person to be charged": a description that begins here too.)
        int pm = mentionAt(s, predicate);
        auto beginsHere = [&](int at) {
          for (int k = 0; k < at; ++k)
            if (mentions[k].entity == mentions[at].entity) return false;
          return true;
        };
        if (pm >= 0 && mentions[pm].entity >= 0 && entities[described].named &&
            !entities[mentions[pm].entity].named &&
            (mentions[pm].kind == MentionKind::Phrase ||
             (mentions[pm].kind == MentionKind::Description && beginsHere(pm))) &&
            tree.dependent(static_cast<size_t>(predicate), Relation::Preposition) < 0)
          merge(mentions[pm].entity, described);
        continue;
      }
      if (entities[described].named) {
        // "identified the sanctioned government as Acme Ltd": a description this sentence
        // names refers to that name, not to the actor it was taken for.
        if (mentions[subject_mention].kind == MentionKind::Description && named.size() == 1 &&
            named[0] != described && lexicon_.naming_words.count(sentence.tokens[v].lower)) {
          mentions[subject_mention].entity = named[0];
          mentions[subject_mention].reason += "; named as " + entities[named[0]].name;
        }
        continue;
      }
      if (named.size() == 1) {
        merge(described, named.front());
      } else {
        for (int member : named)
          if (std::find(entities[described].members.begin(), entities[described].members.end(),
                        member) == entities[described].members.end())
            entities[described].members.push_back(member);
      }
    }
  }

  // "sanctions on two individuals ... named two nationals: A and B": a counted group that no
  // sentence lists is the next group of the same count and kind that one does.
  {
    auto definite = [&](const Mention& m) {
      const Token& first = document.sentences[m.sentence].tokens[m.first_token];
      return first.lower == "the" || first.lower == "these" || first.lower == "those";
    };
    for (size_t m = 0; m < mentions.size(); ++m) {
      int early = mentions[m].entity;
      std::string count = countWord(mentions[m]);
      if (early < 0 || count.empty() || entities[early].named || !entities[early].members.empty())
        continue;
      // ("Two Arnorian hackers ... The Arnorian nationals, A and B, ...": a definite group
      // with no count whose list has as many names counts the same.)
      auto listsTheSame = [&](size_t other_mention) {
        int other = mentions[other_mention].entity;
        if (other < 0 || other == early || entities[other].named ||
            entities[other].members.size() < 2 || entities[other].type != entities[early].type)
          return false;
        std::string other_count = countWord(mentions[other_mention]);
        return other_count == count || (other_count.empty() && definite(mentions[other_mention]) &&
                                        std::to_string(entities[other].members.size()) == count);
      };
      // "the two nationals" after a sentence listed them: the earlier group first.
      bool merged = false;
      if (definite(mentions[m]))
        for (size_t earlier = m; earlier-- > 0;)
          if (listsTheSame(earlier)) {
            merge(early, mentions[earlier].entity);
            merged = true;
            break;
          }
      for (size_t later = m + 1; !merged && later < mentions.size(); ++later)
        if (listsTheSame(later)) {
          merge(early, mentions[later].entity);
          break;
        }
    }
    // "Arnor sanctions 3 Gondorian groups" over "... imposed sanctions on three hacker groups":
    // a counted group in the headline is the first group of the same count and head the story
    // names.
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& headline = mentions[m];
      if (!document.sentences[headline.sentence].headline || headline.entity < 0) continue;
      std::string count = countWord(headline);
      if (count.empty() || entities[headline.entity].named) continue;
      const std::string& head =
          document.sentences[headline.sentence].tokens[headline.head_token].lemma;
      for (size_t later = m + 1; later < mentions.size(); ++later) {
        const Mention& story = mentions[later];
        if (document.sentences[story.sentence].headline || story.entity < 0 ||
            story.entity == headline.entity || entities[story.entity].named)
          continue;
        if (countWord(story) != count ||
            document.sentences[story.sentence].tokens[story.head_token].lemma != head)
          continue;
        merge(headline.entity, story.entity);
        break;
      }
    }
  }

  // Whether a mention opens with "a" or "an".
  auto indefinite = [&](const Mention& m) {
    const std::string& article = document.sentences[m.sentence].tokens[m.first_token].lower;
    return article == "a" || article == "an";
  };
  // "a branch of Arnor's intelligence service has targeted X": an unnamed part of a named body
  // (a noun for a group, indefinite) acts for that body.
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& part = mentions[m];
    if (part.kind != MentionKind::Phrase || part.entity < 0 || part.plural ||
        entities[part.entity].named)
      continue;
    const std::vector<Token>& tokens = document.sentences[part.sentence].tokens;
    if (!indefinite(part)) continue;
    const Token& head = tokens[part.head_token];
    if (WordDictionary::instance().nounLexicographerFile(head.lemma) != WordNetFiles::kNounGroup)
      continue;
    const SyntaxTree& tree = trees[part.sentence];
    for (size_t child : tree.children[part.head_token]) {
      if (tokens[child].relation != Relation::Preposition || tokens[child].lower != "of") continue;
      int object = tree.dependent(child, Relation::PrepositionObject);
      int body = object >= 0 ? tokens[static_cast<size_t>(object)].mention : -1;
      if (body < 0 || mentions[body].entity < 0 || mentions[body].plural) continue;
      const Entity& whole = entities[mentions[body].entity];
      if (whole.named &&
          (whole.type == ActorType::Organization || whole.type == ActorType::Country))
        merge(part.entity, mentions[body].entity);
    }
  }

  // "A man who ran the scheme has been indicted ... Jon Dale was indicted by a grand jury": a
  // story that first describes one person names them soon after, undergoing the same thing.
  {
    auto verbOf = [&](const Mention& m) -> const Token* {
      const std::vector<Token>& tokens = document.sentences[m.sentence].tokens;
      const Token& head = tokens[m.head_token];
      // (Passive subjects only: what is done to them, "was indicted"; "A spokesman said ...
      // Jane Roe said" are two people.)
      if (head.relation != Relation::PassiveSubject || head.head < 0) return nullptr;
      return &tokens[static_cast<size_t>(head.head)];
    };
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& described = mentions[m];
      int early = described.entity;
      if (early < 0 || entities[early].named || entities[early].type != ActorType::Person ||
          described.plural || described.kind == MentionKind::Pronoun)
        continue;
      if (!indefinite(described)) continue;
      const Token* verb = verbOf(described);
      if (!verb || verb->pos != P::Verb) continue;
      for (size_t later = m + 1; later < mentions.size(); ++later) {
        const Mention& name = mentions[later];
        if (name.sentence > described.sentence + 2) break;
        if (name.sentence == described.sentence || name.kind != MentionKind::Name ||
            name.entity < 0 || !entities[name.entity].named ||
            entities[name.entity].type != ActorType::Person)
          continue;
        const Token* other = verbOf(name);
        if (other && other->pos == P::Verb && other->lemma == verb->lemma)
          merge(early, name.entity);
        break;  // only the first person named after the description
      }
    }
  }

  // A described actor is also known by its plain words: "the functionaries" is "officials" too,
  // so rarer synonyms (a thesaurus's, or an article spinner's) still meet the usual names.
  for (size_t e = 0; e < entities.size(); ++e)
    if (!entities[e].named && !entities[e].name.empty()) {
      // "Arnorian tell-backed hackers" is "Arnorian state-backed hackers" too; so is the
      // name as its words were read ("Arnorian tell-backed aggroup" read with "group").
      auto agentNounsOf = [&](const std::string& form) {
        std::string read;
        for (const std::string& word : words(form)) {
          std::string noun = agentNounOfCompound(word, lexicon_);
          read += (read.empty() ? "" : " ") + (noun.empty() ? word : noun);
        }
        return read;
      };
      // The form with its head as WordNet heads the head's synset for people ("two
      // somebodies" is "two persons"), or empty.
      auto withHeadword = [&](const std::string& form) -> std::string {
        std::vector<std::string> read = words(form);
        if (read.empty() || !entities[e].head_last) return "";
        std::string& head = read.back();
        WordDictionary::Senses senses = WordDictionary::instance().senses(lowerAscii(head));
        std::string headword =
            senses.noun ? WordDictionary::instance().actorHeadword(senses.noun_lemma) : "";
        if (headword.empty() || !std::islower(static_cast<unsigned char>(head[0]))) return "";
        head = senses.noun_lemma != lowerAscii(head) ? pluralOf(headword) : headword;
        std::string joined;
        for (const std::string& part : read) joined += (joined.empty() ? "" : " ") + part;
        return joined;
      };
      std::string plain = agentNounsOf(plainWordsOf(entities[e].name));
      std::vector<std::string> forms = entities[e].aliases;
      forms.push_back(entities[e].name);
      for (const std::string& alias : forms)
        if (words(alias).size() == words(entities[e].name).size()) {
          std::string read = agentNounsOf(alias);
          if (read != alias) addAlias(static_cast<int>(e), read);
          // Both readings at once: "state-indorsed histrions" read as "state-backed" and with
          // "actors" for its head.
          if (std::string both = withHeadword(read); !both.empty() && read != plain)
            addAlias(static_cast<int>(e), both);
        }
      if (plain != entities[e].name) addAlias(static_cast<int>(e), plain);
      std::vector<std::string> parts = words(plain);
      if (parts.empty()) continue;
      // "two somebodies" is "two persons" too: the head as WordNet heads its synset for people.
      std::string headed = withHeadword(plain);
      if (!headed.empty()) addAlias(static_cast<int>(e), headed);
      const std::string read_head = headed.empty() ? parts.back() : words(headed).back();
      // "seven Arnorian hackers" (or "sophisticated Arnorian hackers") is also "Arnorian
      // hackers", as a later mention says; no more general than the bare head ("hackers") that
      // a described actor is known by already.
      if (parts.size() >= 3) {
        const std::string& origin = parts[parts.size() - 2];
        if (std::isupper(static_cast<unsigned char>(origin[0])) &&
            lexicon_.looksLikeDemonym(lowerAscii(origin))) {
          addAlias(static_cast<int>(e), origin + " " + parts.back());
          addAlias(static_cast<int>(e), origin + " " + read_head);
        }
      }
    }

  // Drop merged-away entities and renumber.
  std::vector<int> renumber(entities.size(), -1);
  std::vector<Entity> kept;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].name.empty()) continue;
    renumber[e] = static_cast<int>(kept.size());
    kept.push_back(std::move(entities[e]));
  }
  for (Entity& entity : kept) {
    std::vector<int> members;
    for (int member : entity.members)
      if (renumber[member] >= 0) members.push_back(renumber[member]);
    entity.members = members;
    entity.aliases.erase(std::remove(entity.aliases.begin(), entity.aliases.end(), entity.name),
                         entity.aliases.end());
  }
  for (Mention& mention : mentions) {
    if (mention.entity >= 0) mention.entity = renumber[mention.entity];
    std::vector<int> group;
    for (int member : mention.group)
      if (renumber[member] >= 0) group.push_back(renumber[member]);
    mention.group = group;
  }
  entities = std::move(kept);
}

}  // namespace kg

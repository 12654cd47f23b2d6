#include "ingest/entities/phrase_recognizer.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include "ingest/syntax/shallow_parser.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

// How many of a counted noun's senses may say it names people ("two Arnorian subjects": the
// seventh of "subject"); the count and the demonym decide, so later senses count too.
constexpr size_t kCountedSenses = 8;
// How many senses of a noun before "of <a body>" may make it a person ("the head of X": the
// fourth of "head").
constexpr size_t kOfficeSenses = 4;

using P = PartOfSpeech;

bool isArticle(const std::string& lower) { return lower == "the" || lower == "a" || lower == "an"; }
bool isDefinite(const std::string& lower) {
  return lower == "the" || lower == "this" || lower == "these" || lower == "those" ||
         lower == "its" || lower == "their" || lower == "his" || lower == "her" || lower == "our" ||
         lower == "such" || lower == "same";
}

// "no group", "neither country": a determiner that says nobody is meant.
bool namesNobody(const std::string& lower) { return lower == "no" || lower == "neither"; }

// "It is likely that ...", "it is a priority for X to ...": an "it" that stands for nothing.
bool expletiveIt(const Sentence& sentence, const SyntaxTree& tree, size_t t) {
  const Token& token = sentence.tokens[t];
  if (token.lower != "it" || token.head < 0) return false;
  const Token& verb = sentence.tokens[token.head];
  // "It goes without saying that ...": a gerund after the verb's preposition takes the clause.
  for (size_t preposition : tree.children[token.head]) {
    if (sentence.tokens[preposition].relation != Relation::Preposition) continue;
    for (size_t gerund : tree.children[preposition]) {
      if (sentence.tokens[gerund].relation != Relation::PrepositionObject ||
          sentence.tokens[gerund].pos != P::Verb)
        continue;
      for (size_t clause : tree.children[gerund])
        if (sentence.tokens[clause].relation == Relation::Complement)
          for (size_t marker : tree.children[clause])
            if (sentence.tokens[marker].relation == Relation::Marker &&
                sentence.tokens[marker].lower == "that")
              return true;
    }
  }
  if (verb.lemma != "be" && verb.lemma != "seem" && verb.lemma != "appear") return false;
  for (size_t child : tree.children[token.head]) {
    Relation relation = sentence.tokens[child].relation;
    if (relation == Relation::Complement || relation == Relation::OpenComplement) return true;
    // "It is time for X to act": an infinitive clause is what "it" stands for.
    if (relation == Relation::AdverbialClause)
      for (size_t marker : tree.children[child])
        if (sentence.tokens[marker].pos == P::InfinitiveTo && marker < child) return true;
    if (relation == Relation::Predicate) {
      const Token& predicate = sentence.tokens[child];
      if (predicate.pos == P::Adjective) return true;
      for (size_t grandchild : tree.children[child])
        if (sentence.tokens[grandchild].relation == Relation::Complement ||
            sentence.tokens[grandchild].relation == Relation::ParticipleModifier)
          return true;
    }
  }
  return false;
}

}  // namespace

PhraseRecognizer::PhraseRecognizer(const EntityLexicon& lexicon, const NounClasses& classes)
    : lexicon_(lexicon), classes_(classes) {
  for (const auto& [noun, description] : lexicon_.descriptions)
    if (description.type == ActorType::Country && noun.find(' ') == std::string::npos)
      if (long sense = WordDictionary::instance().nounSynset(noun, 1); sense >= 0)
        country_senses_.push_back(sense);
}

void PhraseRecognizer::run(Document& document, size_t index) const {
  Sentence& sentence = document.sentences[index];
  std::vector<Token>& tokens = sentence.tokens;
  SyntaxTree tree(sentence);
  std::vector<Mention> found;
  auto text = [&](size_t first, size_t last) { return surfaceText(sentence, first, last); };

  // The "of" after noun h ("two of the defendants", "the head of the agency"), or -1.
  auto ofAfter = [&](size_t h) -> int {
    for (size_t child : tree.children[h])
      if (child > h && tokens[child].relation == Relation::Preposition &&
          tokens[child].lower == "of")
        return static_cast<int>(child);
    return -1;
  };
  // The noun after that "of", or -1.
  auto ofObject = [&](size_t h) -> int {
    int of = ofAfter(h);
    return of < 0 ? -1 : tree.dependent(static_cast<size_t>(of), Relation::PrepositionObject);
  };

  // A plural group mention of the two words ending at h, a count and its head ("the three",
  // "12 others").
  auto countedGroup = [&](size_t h, MentionKind kind, const char* reason) {
    Mention mention;
    mention.sentence = index;
    mention.first_token = h - 1;
    mention.last_token = mention.head_token = h;
    mention.kind = kind;
    mention.plural = true;
    mention.type = ActorType::Group;
    mention.surface = text(h - 1, h);
    mention.reason = reason;
    return mention;
  };
  std::vector<bool> absorbed(tokens.size(), false);
  for (size_t h = 0; h < tokens.size(); ++h) {
    Token& token = tokens[h];
    if (token.mention >= 0 || absorbed[h]) continue;
    // Pronouns, possessive ones included ("its network").
    if ((token.pos == P::Pronoun || token.pos == P::Determiner) &&
        lexicon_.pronouns.count(token.lower)) {
      const PronounEntry& entry = lexicon_.pronouns.at(token.lower);
      if (expletiveIt(sentence, tree, h)) continue;
      Mention mention;
      mention.sentence = index;
      mention.first_token = mention.last_token = mention.head_token = h;
      mention.kind = MentionKind::Pronoun;
      mention.plural = entry.plural;
      mention.type =
          entry.refers.rfind("person", 0) == 0 ? ActorType::Person : ActorType::Organization;
      mention.surface = token.text;
      mention.reason = "pronoun";
      found.push_back(mention);
      continue;
    }
    // "The three were charged": a count after "the" with no noun of its own stands, like a
    // pronoun, for a group of that many named before (coreference finds it).
    if (token.pos == P::Number && ofObject(h) < 0 && h > 0 && tokens[h - 1].lower == "the" &&
        tokens[h - 1].head == static_cast<int>(h) &&
        (token.relation == Relation::Subject || token.relation == Relation::PassiveSubject ||
         token.relation == Relation::Object || token.relation == Relation::PrepositionObject) &&
        std::atoi(token.lemma.c_str()) >= 2) {
      found.push_back(
          countedGroup(h, MentionKind::Pronoun, "a count standing for a group named before"));
      continue;
    }
    // "charged Tom Erl and 12 others": a count of others joined to an actor is a group of
    // that many more.
    if (token.lower == "others" && token.relation == Relation::Conjunct && h > 0 &&
        tokens[h - 1].pos == P::Number && tokens[h - 1].head == static_cast<int>(h)) {
      found.push_back(countedGroup(h, MentionKind::Phrase, "a count of others joined to an actor"));
      continue;
    }
    bool partitive = false;
    std::string head_lemma = token.lemma;
    size_t class_token = h;
    if (token.pos == P::Number ||
        (token.pos == P::Pronoun && (token.lower == "some" || token.lower == "most" ||
                                     token.lower == "one" || token.lower == "all"))) {
      // "two of the defendants": the class is the complement's.
      int object = ofObject(h);
      if (object < 0 || tokens[object].pos != P::Noun || !tokens[object].plural) continue;
      partitive = true;
      class_token = static_cast<size_t>(object);
      head_lemma = tokens[object].lemma;
    } else if (token.pos != P::Noun) {
      continue;
    }
    // "the deliberate targeting of X": an -ing form whose lemma is its verb names the act, not
    // the verb's person noun ("target").
    if (WordDictionary::instance().isIngForm(token.lower) && token.lemma != token.lower) continue;
    Relation relation = token.relation;
    if (relation == Relation::Modifier || relation == Relation::NamePart) continue;
    // The phrase's own words: determiners and modifiers before the head.
    size_t first = h;
    std::string determiner;
    std::vector<size_t> left;
    for (size_t child : tree.children[h]) {
      if (child > h) continue;
      Relation r = tokens[child].relation;
      if (r == Relation::Determiner || r == Relation::Possessor || r == Relation::Modifier ||
          r == Relation::AdverbModifier) {
        auto [span_first, span_last] = tree.span(child);
        (void)span_last;
        first = std::min(first, span_first);
        if (r == Relation::Determiner) determiner = tokens[child].lower;
        if (r == Relation::Possessor && tokens[child].pos == P::Determiner)
          determiner = tokens[child].lower;
        left.push_back(child);
      }
    }
    if (namesNobody(determiner)) continue;  // "no group has claimed it"
    std::optional<ActorType> type;
    auto description = lexicon_.descriptions.find(head_lemma);
    // "holding a country accountable": a country the text does not name is any country.
    if (description != lexicon_.descriptions.end() &&
        description->second.type == ActorType::Country && !determiner.empty() &&
        !isDefinite(determiner) && !partitive)
      continue;
    bool described = description != lexicon_.descriptions.end() &&
                     (determiner.empty() ? false : isDefinite(determiner));
    if (described) type = description->second.type;
    if (!type && lexicon_.act_nouns.count(head_lemma)) continue;  // "the Gondor hack" is an act
    if (lexicon_.list_nouns.count(head_lemma)) {
      bool named = false;  // "Gondorian targets" still names whose they are
      for (size_t child : left) named = named || tokens[child].capitalised;
      if (!named) continue;
    }
    // A capital that is not the sentence's (or a quotation's) first marks a name, whose
    // WordNet sense may be a named instance ("Newton said"); "Sues against X ..." is no name.
    auto opening_quote = [&](size_t q) {
      return tokens[q].pos == P::Quote && (q == 0 || tokens[q].space_before);
    };
    bool name_capital =
        tokens[class_token].capitalised && class_token > 0 && !opening_quote(class_token - 1);
    if (!type) type = classes_.actorType(head_lemma, name_capital);
    // "its military intelligence service": WordNet lists some compounds whole
    // ("intelligence_service", an administrative body) whose head alone names no actor.
    if (!type && h > 0 && tokens[h - 1].relation == Relation::Modifier &&
        tokens[h - 1].head == static_cast<int>(h) && tokens[h - 1].pos == P::Noun)
      type = classes_.actorType(tokens[h - 1].lemma + "_" + head_lemma, false);
    // "a Russian intelligence service": an organisation head with a country before it.
    if (!type && lexicon_.organisation_heads.count(head_lemma)) {
      for (size_t child : tree.children[h])
        if (child < h && tokens[child].relation == Relation::Modifier &&
            tokens[child].pos == P::ProperNoun && lexicon_.lookup(tokens[child].text))
          type = ActorType::Organization;
    }
    // "two Arnorian subjects", "two subjects of Arnor": a count and a demonym (or a country the
    // head is "of") say the noun counts people, so a later sense of it may name them.
    if (!type && token.plural) {
      bool counted = false, demonym = false;
      for (size_t child : tree.children[h]) {
        if (child > h || tokens[child].relation != Relation::Modifier) continue;
        if (tokens[child].pos == P::Number) counted = true;
        int modifier = tokens[child].mention;
        if (modifier >= 0 && modifier < static_cast<int>(document.mentions.size()) &&
            document.mentions[modifier].type == ActorType::Country)
          demonym = true;
        if (tokens[child].pos == P::ProperNoun && lexicon_.looksLikeDemonym(tokens[child].lower))
          demonym = true;
      }
      // "two subjects of Arnor": the country in an "of" after the head says the same.
      if (int of = ofAfter(h); counted && !demonym && of >= 0) {
        auto [span_first, span_last] = tree.span(static_cast<size_t>(of));
        for (size_t k = span_first; k <= span_last; ++k) {
          int named = tokens[k].mention;
          if (named >= 0 && named < static_cast<int>(document.mentions.size()) &&
              document.mentions[named].type == ActorType::Country)
            demonym = true;
        }
      }
      if (counted && demonym) type = classes_.actorTypeInSomeSense(head_lemma, kCountedSenses);
      // "Gulf states", "Western powers": a capitalised word of region or origin right before a
      // plural names the bodies of that region, by a later sense of the noun too.
      if (!type && h > 0 && tokens[h - 1].relation == Relation::Modifier &&
          tokens[h - 1].head == static_cast<int>(h) && tokens[h - 1].capitalised &&
          (h - 1 == 0 || opening_quote(h - 2) || tokens[h - 2].pos == P::Determiner ||
           // (one word, no name's last: "Acme Exchange servers" are the name's servers)
           !tokens[h - 2].capitalised) &&
          // (nor one country's: "Arnorian hospitals" stay things of Arnor, counted or not)
          !demonym && (tokens[h - 1].pos == P::ProperNoun || tokens[h - 1].pos == P::Adjective) &&
          // (states or bodies of the region, not its houses or interests)
          classes_.hasSenseUnder(head_lemma, kCountedSenses, country_senses_))
        type = classes_.actorTypeInSomeSense(head_lemma, kCountedSenses);
    }
    // "three Arnorian entities", "one Chinese entity": a counted or demonym-led description
    // noun WordNet does not type names its kind of actor.
    if (!type && description != lexicon_.descriptions.end()) {
      bool led = false;
      for (size_t child : tree.children[h]) {
        if (child > h || tokens[child].relation != Relation::Modifier) continue;
        int modifier = tokens[child].mention;
        led |= tokens[child].pos == P::Number ||
               (modifier >= 0 && modifier < static_cast<int>(document.mentions.size()) &&
                document.mentions[modifier].type == ActorType::Country);
      }
      if (led) type = description->second.type;
    }
    // "the head of the Arnorian agency": a noun with a sense for people, over a body or a
    // state its "of" names, is the person who leads or serves it.
    bool office = false;  // the phrase names its holder by the body: keep "of X", no antecedent
    if (int object = ofObject(h); !type && !token.plural && object >= 0) {
      // The body: a name, or a noun for one ("the agency"), whose phrase comes later.
      std::optional<ActorType> owner;
      int named = tokens[object].mention;
      if (named >= 0 && named < static_cast<int>(document.mentions.size()))
        owner = document.mentions[named].type;
      else if (tokens[object].pos == P::Noun)
        owner = classes_.actorType(tokens[object].lemma);
      if (owner && *owner != ActorType::Person &&
          classes_.actorTypeInSomeSense(head_lemma, kOfficeSenses) == ActorType::Person) {
        type = ActorType::Person;
        office = true;
      }
    }
    // "a hacking group", "the team": group heads name groups whatever WordNet's top says.
    if (!type) {
      auto group = lexicon_.group_heads.find(head_lemma);
      if (group != lexicon_.group_heads.end() && group->second == "group-head")
        type = ActorType::Group;
    }
    if (!type) continue;
    // "a host of missiles", "a number of officials": a singular noun with a sense for a
    // multitude or an amount (WordNet noun.group, noun.quantity) among its first two, before
    // "of" and a plural, is a quantity of those, not an actor itself ("host" is also a person).
    if (int object = ofObject(h);
        !partitive && !token.plural && determiner == "a" && object >= 0 && tokens[object].plural) {
      const std::vector<int>& files =
          WordDictionary::instance().nounAncestry(head_lemma).lexicographer_files;
      bool amount = false;  // among its first two senses ("host" is first a person)
      for (size_t sense = 0; sense < files.size() && sense < 2; ++sense)
        amount |= files[sense] == WordNetFiles::kNounGroup ||
                  files[sense] == WordNetFiles::kNounQuantity ||
                  // ("a group of hackers": "group" itself tops WordNet's tree of groups.)
                  (files[sense] == WordNetFiles::kNounTops && *type != ActorType::Person);
      if (amount) continue;
    }
    // "were held hostage", "was named envoy": a lone singular noun for a person straight after
    // a verb, with no determiner, is what the verb makes someone, not an actor of its own.
    if (*type == ActorType::Person && !partitive && !tokens[class_token].plural &&
        determiner.empty() && first == h && h > 0 && tokens[h - 1].pos == P::Verb &&
        !tokens[h].capitalised)
      continue;
    bool plural = tokens[class_token].plural || partitive;
    if (plural && *type == ActorType::Person) type = ActorType::Group;
    if (plural && *type == ActorType::Organization) type = ActorType::Group;

    // The name: the phrase without its article; a partitive or a person's "of" complement
    // keeps the complement ("two of the defendants", "critics of Beijing").
    size_t last = h;
    if (int object = ofObject(h); object >= 0) {
      // "leaders of the Western countries": people of a body or of places are named with it.
      // ("leaders", "men": WordNet also lists the plural itself, as a group.)
      bool person_head = classes_.actorType(head_lemma) == ActorType::Person;
      bool plural_form = token.plural;
      for (const std::string& base : WordDictionary::instance().nounBaseForms(token.lower)) {
        person_head = person_head || classes_.actorType(base) == ActorType::Person;
        plural_form = true;
      }
      std::optional<ActorType> of_type = classes_.actorType(tokens[object].lemma);
      bool people_of = plural_form && person_head && tokens[object].pos == P::Noun &&
                       (of_type == ActorType::Organization || of_type == ActorType::Country);
      bool keep = partitive || office || people_of || tokens[object].mention >= 0 ||
                  (tokens[object].pos == P::ProperNoun);
      // The complement's own phrase, without a phrase hung on it ("members of the Council on
      // Monday": "members of the Council").
      // (Nor a clause hung on it: "leaders of the sector to increase pressure on X".)
      size_t end = tree.span(static_cast<size_t>(object)).second;
      for (size_t child : tree.children[static_cast<size_t>(object)]) {
        if (child <= static_cast<size_t>(object)) continue;
        Relation relation = tokens[child].relation;
        if (relation == Relation::Preposition)
          end = std::min(end, child - 1);
        else if (relation == Relation::ParticipleModifier || relation == Relation::RelativeClause ||
                 relation == Relation::Complement || relation == Relation::OpenComplement ||
                 relation == Relation::AdverbialClause)
          end = std::min(end, std::max(static_cast<size_t>(object), tree.span(child).first - 1));
      }
      if (keep) last = std::max(last, end);
    }
    // "a grand jury in Minas Tirith": an indefinite body placed by a name is that place's own,
    // not one with every other grand jury of the article.
    bool indefinite = determiner.empty() || determiner == "a" || determiner == "an";
    if (last == h && indefinite && !plural && *type == ActorType::Organization)
      for (size_t child : tree.children[h]) {
        if (child < h || tokens[child].relation != Relation::Preposition ||
            tokens[child].lower != "in")
          continue;
        int place = tree.dependent(child, Relation::PrepositionObject);
        if (place >= 0 && tokens[place].pos == P::ProperNoun)
          last = tree.span(static_cast<size_t>(place)).second;
      }
    size_t name_first = first;
    while (name_first < h &&
           (isArticle(tokens[name_first].lower) || tokens[name_first].pos == P::Quote))
      ++name_first;
    // Possessive pronouns are not part of a name ("its critics" is "critics").
    if (name_first < h && tokens[name_first].pos == P::Determiner &&
        lexicon_.pronouns.count(tokens[name_first].lower))
      ++name_first;
    Mention mention;
    mention.sentence = index;
    mention.first_token = first;
    mention.last_token = last;
    mention.head_token = h;
    mention.type = *type;
    mention.plural = plural;
    mention.surface = text(name_first, last);
    mention.canonical = "";
    bool definite = !determiner.empty() && isDefinite(determiner) && !office;
    mention.kind = definite ? MentionKind::Description : MentionKind::Phrase;
    if (described) mention.office = description->second.detail;
    mention.reason = std::string(definite ? "definite " : "") + "phrase headed by '" + head_lemma +
                     "' (" + std::string(actorTypeName(*type)) + " noun)";
    found.push_back(mention);
  }

  if (found.empty()) return;
  // Merge into the ordered list; tokens point at their phrase unless a name claims them. The
  // stages run sentence by sentence, so this sentence's mentions are the last ones: only they
  // (and any of later sentences) move, never the article's earlier mentions.
  std::vector<Mention>& mentions = document.mentions;
  size_t insert_at = mentions.size();
  while (insert_at > 0 && mentions[insert_at - 1].sentence > index) --insert_at;
  size_t first_of_sentence = insert_at;
  while (first_of_sentence > 0 && mentions[first_of_sentence - 1].sentence == index)
    --first_of_sentence;
  std::vector<Mention> sentence_mentions(
      std::make_move_iterator(mentions.begin() + static_cast<long>(first_of_sentence)),
      std::make_move_iterator(mentions.begin() + static_cast<long>(insert_at)));
  for (Mention& mention : found) sentence_mentions.push_back(std::move(mention));
  std::stable_sort(sentence_mentions.begin(), sentence_mentions.end(),
                   [](const Mention& a, const Mention& b) {
                     if (a.first_token != b.first_token) return a.first_token < b.first_token;
                     return a.last_token > b.last_token;
                   });
  std::vector<Mention> later(
      std::make_move_iterator(mentions.begin() + static_cast<long>(insert_at)),
      std::make_move_iterator(mentions.end()));
  mentions.erase(mentions.begin() + static_cast<long>(first_of_sentence), mentions.end());
  for (Mention& mention : sentence_mentions) mentions.push_back(std::move(mention));
  for (Mention& mention : later) mentions.push_back(std::move(mention));
  // Re-point tokens of this sentence: the head token of each mention, and every token of a name.
  for (Token& token : tokens) token.mention = -1;
  for (size_t m = first_of_sentence; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.sentence != index) break;
    if (mention.kind == MentionKind::Name || mention.kind == MentionKind::Alias ||
        mention.kind == MentionKind::Metonym) {
      for (size_t t = mention.first_token; t <= mention.last_token; ++t)
        tokens[t].mention = static_cast<int>(m);
    }
  }
  for (size_t m = first_of_sentence; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.sentence != index) break;
    if (tokens[mention.head_token].mention < 0)
      tokens[mention.head_token].mention = static_cast<int>(m);
  }
}

}  // namespace kg

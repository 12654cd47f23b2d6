#include "ingest/relations/role_labeler.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "ingest/relations/trigger_lexicon.h"
#include "ingest/syntax/shallow_parser.h"
#include "ingest/text/word_dictionary.h"

namespace kg {
namespace {

using P = PartOfSpeech;

constexpr double kDirectConfidence = 0.9;
constexpr double kNominalConfidence = 0.8;
constexpr double kSpeakerConfidence = 0.75;
constexpr double kSynonymFactor = 0.7;  // a WordNet synonym of a listed trigger
// The relations.tsv lemma that stands for any act or event noun no row lists.
constexpr const char* kAnyAct = "(act)";

int statusRank(EdgeStatus status) {
  switch (status) {
    case EdgeStatus::Negated:
      return 5;
    case EdgeStatus::Demanded:
      return 4;
    case EdgeStatus::Threatened:
      return 3;
    case EdgeStatus::Planned:
      return 2;
    case EdgeStatus::Reported:
      return 1;
    case EdgeStatus::Asserted:
      return 0;
  }
  return 0;
}

void addUnique(std::vector<int>& list, int value) {
  if (value >= 0 && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}
void addAll(std::vector<int>& list, const std::vector<int>& values) {
  for (int value : values) addUnique(list, value);
}
// `list` less every value in `drop`.
std::vector<int> without(std::vector<int> list, const std::vector<int>& drop) {
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](int value) {
                              return std::find(drop.begin(), drop.end(), value) != drop.end();
                            }),
             list.end());
  return list;
}

}  // namespace

namespace {
// A synonym of a verb trigger -> the triggers it stands for.
using SynonymTriggers = std::unordered_map<std::string, std::vector<const TriggerEntry*>>;
}  // namespace

struct RoleLabeler::Lexicons {
  TriggerLexicon triggers;
  CueLexicon cues;
  // WordNet synonyms of verb triggers (first senses), for text whose words were swapped.
  SynonymTriggers synonyms;
  // Synonyms whose own commonest sense is another ("direct", "place", "point" beside
  // "target"): they stand for the trigger only where an attack does it, since an attack has no
  // other use for them ("the raid directed at", "a campaign that placed officials").
  SynonymTriggers attack_only_synonyms;
  // Synonyms of the verbs that pin a deed on someone ("assign", "impute" beside "attribute"):
  // they stand for it where the deed pinned is an attack.
  SynonymTriggers attribution_synonyms;
};

RoleLabeler::RoleLabeler(const std::string& lexicon_dir) : lexicons_(std::make_unique<Lexicons>()) {
  lexicons_->triggers = TriggerLexicon::load(lexicon_dir);
  lexicons_->cues = CueLexicon::load(lexicon_dir);
  WordDictionary& dictionary = WordDictionary::instance();
  auto firstVerbSynset = [&](const std::string& lemma) -> long {
    for (const WordDictionary::SynsetKey& key : dictionary.synsets(lemma, 1))
      if (key.part == WordNetFiles::kVerb) return key.offset;
    return -1;
  };
  for (const TriggerEntry& entry : lexicons_->triggers.entries()) {
    if (entry.pos != TriggerPos::Verb || !entry.particle.empty()) continue;
    // "ascribed the attack to X", "the hack was imputed to X": a synonym of an attribution
    // verb stands for it where what it pins on someone is an attack.
    if (entry.pattern == ArgumentPattern::AgentPrep && entry.relation == "accused" &&
        entry.prepositions == std::vector<std::string>{"to"}) {
      for (const std::string& synonym : dictionary.verbSynonyms(entry.lemma, 1))
        if (synonym != entry.lemma && synonym.find('_') == std::string::npos &&
            lexicons_->triggers.lookup(synonym).empty())
          lexicons_->attribution_synonyms[synonym].push_back(&entry);
      continue;
    }
    if (entry.pattern != ArgumentPattern::AgentPatient &&
        entry.pattern != ArgumentPattern::AgentPatientActor)
      continue;
    if (lexicons_->cues.hasRole(entry.lemma, "literal")) continue;  // "proscribe": no "prohibit"
    for (const std::string& synonym : dictionary.verbSynonyms(entry.lemma, 1)) {
      if (synonym == entry.lemma || synonym.find('_') != std::string::npos ||
          synonym.find('.') != std::string::npos)
        continue;
      // A verb listed in a frame of its own with the relation ("aim" with an actor object) is
      // that trigger already; one listed in other frames only ("directed at") may stand for
      // the trigger too, where an attack does it.
      std::vector<const TriggerEntry*> listed = lexicons_->triggers.lookup(synonym);
      if (std::any_of(listed.begin(), listed.end(), [&](const TriggerEntry* other) {
            return other->relation == entry.relation && other->particle.empty() &&
                   (other->pattern == ArgumentPattern::AgentPatient ||
                    other->pattern == ArgumentPattern::AgentPatientActor);
          }))
        continue;
      if (lexicons_->cues.hasRole(synonym, "speech") ||
          lexicons_->cues.hasRole(synonym, "light-agent"))
        continue;
      // A synonym whose own first (commonest) sense is another stands for the trigger only
      // when real text hardly uses it: "took the envoy to a meeting", "directed the firm to
      // stop" and "trained the troops" are no targeting, though WordNet puts "take", "direct"
      // and "train" beside "aim".
      constexpr int kHardlyUsed = 5;
      if (!listed.empty() || (firstVerbSynset(synonym) != firstVerbSynset(entry.lemma) &&
                              dictionary.senses(synonym).verb_count >= kHardlyUsed)) {
        lexicons_->attack_only_synonyms[synonym].push_back(&entry);
        continue;
      }
      lexicons_->synonyms[synonym].push_back(&entry);
    }
  }
}
RoleLabeler::~RoleLabeler() = default;

namespace {

class Labeler {
 public:
  Labeler(Document& document, const TriggerLexicon& triggers, const CueLexicon& cues,
          const SynonymTriggers& synonyms, const SynonymTriggers& attack_only_synonyms,
          const SynonymTriggers& attribution_synonyms)
      : document_(document),
        triggers_(triggers),
        cues_(cues),
        synonyms_(synonyms),
        attack_only_synonyms_(attack_only_synonyms),
        attribution_synonyms_(attribution_synonyms) {
    trees_.reserve(document.sentences.size());
    for (const Sentence& sentence : document.sentences) trees_.emplace_back(sentence);
  }

  void run() {
    findQuestions();
    findWeapons();
    findSentenceSpeakers();
    findLeadActors();
    for (pass_ = 0; pass_ < 2; ++pass_) {
      sanctions_register_seen_ = false;  // in text order on each pass
      for (s_ = 0; s_ < document_.sentences.size(); ++s_) labelSentence();
    }
  }

 private:
  // ---- access ------------------------------------------------------------------------------
  const Sentence& sentence() const { return document_.sentences[s_]; }
  const Token& token(size_t t) const { return document_.sentences[s_].tokens[t]; }
  const SyntaxTree& tree() const { return trees_[s_]; }
  size_t size() const { return sentence().tokens.size(); }
  bool isVerbal(size_t t) const {
    P pos = token(t).pos;
    return pos == P::Verb || pos == P::Auxiliary || pos == P::Modal;
  }
  // WordNet's lexicographer file of token t's lemma as a noun (first sense), or -1.
  int nounFile(size_t t) const {
    return WordDictionary::instance().nounAncestry(token(t).lemma).first_lexicographer_file;
  }
  // "the move", "this decision": an act named by a bare definite noun that no trigger lists.
  bool bareDefiniteAct(size_t object) const {
    if (token(object).pos != P::Noun || !mentionActors(object).empty() ||
        nounFile(object) != WordNetFiles::kNounAct ||
        !triggers_.lookup(token(object).lemma).empty())
      return false;
    bool definite = false, owned = false;
    for (size_t child : tree().children[object]) {
      const Token& c = token(child);
      if (c.relation == Relation::Determiner)
        definite |= c.lower == "the" || c.lower == "this" || c.lower == "that";
      owned |= c.relation == Relation::Possessor || c.relation == Relation::Preposition ||
               c.relation == Relation::Modifier;
    }
    return definite && !owned;
  }
  // How many of a noun's senses count as what a common word says (a boat first, then the act
  // of launching: "launch" is both).
  static constexpr size_t kSensesInUse = 3;
  // Whether one of the first senses of noun t is in WordNet lexicographer file `file` or
  // `other`: "threat" is a danger, then a warning (something said).
  bool hasSenseIn(size_t t, int file, int other = -1) const {
    const auto& files = WordDictionary::instance().nounAncestry(token(t).lemma).lexicographer_files;
    for (size_t k = 0; k < files.size() && k < kSensesInUse; ++k)
      if (files[k] == file || files[k] == other) return true;
    return false;
  }
  // "denounced the threats from X", "condemn the launch of a missile by X": who made the act
  // or statement that object noun `object` of verb t names, where the tree hangs the phrase
  // on the verb. "from" only for something said (a theft "from X" names its victim); "by" only
  // after an active verb.
  std::vector<int> makersHungOnVerb(size_t t, size_t object) const {
    std::vector<int> makers;
    if (token(object).pos != P::Noun || !mentionActors(object).empty()) return makers;
    std::vector<std::string> prepositions;
    if (hasSenseIn(object, WordNetFiles::kNounCommunication)) prepositions.push_back("from");
    if (!isPassive(t) &&
        hasSenseIn(object, WordNetFiles::kNounCommunication, WordNetFiles::kNounAct))
      prepositions.push_back("by");
    if (prepositions.empty()) return makers;
    for (size_t maker : prepositionObjects({t, object}, prepositions))
      if (maker > object) addAll(makers, actors(maker, false));
    return makers;
  }
  // Whether noun t names an act or an event (WordNet's noun.act, noun.event): a deed.
  bool namesADeed(size_t t) const {
    int file = nounFile(t);
    return file == WordNetFiles::kNounAct || file == WordNetFiles::kNounEvent;
  }
  void note(const std::string& line) {
    if (pass_ == 1) document_.note(s_, line);
  }

  // ---- actors ------------------------------------------------------------------------------
  // The entities of the mention at token t (a group's members with it).
  std::vector<int> mentionActors(size_t t) const {
    std::vector<int> actors;
    int m = token(t).mention;
    const std::string& lower = token(t).lower;
    if (m < 0 && (lower == "we" || lower == "us" || lower == "our") &&
        s_ < sentence_speakers_.size()) {
      // "We condemn ...": the one quoted speaks for them; in a sentence with no quotation the
      // article's author does ("Today, we designated X" in a government's release).
      if (!sentence_speakers_[s_].empty()) return sentence_speakers_[s_];
      for (size_t k = 0; k < size(); ++k)
        if (token(k).pos == P::Quote) return {};
      return authorActors();
    }
    if (m < 0) {
      // "Minister for Digital Trade Karim Vostrel": the tree heads the phrase by the office
      // word; the person named after its complement is the actor.
      for (size_t object : prepositionObjects(t, {"for", "of"})) {
        int named = token(object).mention;
        if (named < 0) continue;
        const Mention& person = document_.mentions[named];
        if (person.kind == MentionKind::Name && person.type == ActorType::Person &&
            person.entity >= 0 && person.office.find(lower) != std::string::npos &&
            person.first_token > t)
          return {person.entity};
      }
      return actors;
    }
    const Mention& mention = document_.mentions[m];
    if (mention.antecedent_token >= 0 && mention.entity < 0 && mention.group.empty()) {
      size_t here = s_;
      s_ = static_cast<size_t>(mention.antecedent_sentence);
      actors = owners(static_cast<size_t>(mention.antecedent_token), 1);
      s_ = here;
      return actors;
    }
    if (mention.head_token != t && mention.kind != MentionKind::Name &&
        mention.kind != MentionKind::Metonym && mention.kind != MentionKind::Alias)
      return actors;
    // "a spokesman for the ministry said ...": a spokesperson the article never names speaks
    // as the body named after "for" or "of" (relation_cues.tsv "voice").
    // (A former one speaks for no one: relation_cues.tsv "past-office". The cheap tests first:
    // this runs for every mention an edge looks at.)
    const std::vector<size_t>& head_children = tree().children[mention.head_token];
    if (mention.entity >= 0 &&
        (mention.kind == MentionKind::Phrase || mention.kind == MentionKind::Description) &&
        hasRole(token(mention.head_token), "voice") && !namedSomewhere(mention.entity) &&
        std::none_of(head_children.begin(), head_children.end(),
                     [&](size_t child) { return hasRole(token(child), "past-office"); })) {
      std::vector<int> body;
      for (size_t object : prepositionObjects(mention.head_token, {"for", "of"})) {
        // ("a spokesperson for the embassy in Arnor, Jane Roe, said": the tree may hang her
        // name on the phrase after "for"; she speaks.)
        auto [first, last] = tree().span(object);
        for (size_t part = first; part <= last; ++part)
          if (token(part).relation == Relation::Apposition && token(part).mention >= 0 &&
              document_.mentions[token(part).mention].kind == MentionKind::Name &&
              document_.mentions[token(part).mention].type == ActorType::Person &&
              document_.mentions[token(part).mention].entity >= 0)
            return {document_.mentions[token(part).mention].entity};
        addAll(body, mentionActors(object));
      }
      // "the council's spokesperson": a body that owns the spokesperson (not a person's).
      for (size_t owner : head_children)
        if (token(owner).relation == Relation::Possessor)
          for (int e : mentionActors(owner))
            if (document_.entities[e].type != ActorType::Person) addUnique(body, e);
      if (!body.empty()) return body;
    }
    if (mention.entity >= 0) actors.push_back(mention.entity);
    addAll(actors, mention.group);
    return actors;
  }
  // Who did deed t: the actors after its "by" or "under" ("the raid by X", "Y's persecution under
  // X"); else its possessors ("X's aggression"), with `possessor_needs_victim` only when the
  // deed names whom it was done to ("X's invasion of Y"; in "Y's poisoning" the possessor
  // suffered), and with `name_before` the names before it too ("Gondorian aggression").
  std::vector<int> doersOfDeed(size_t t, bool possessor_needs_victim, bool name_before) const {
    std::vector<int> doers;
    for (size_t by : prepositionObjects(t, {"by", "under"})) addAll(doers, actors(by, false));
    if (!doers.empty()) return doers;
    if (possessor_needs_victim && prepositionObjects(t, {"of", "on", "against", "in"}).empty())
      return doers;
    doers = possessorActors(t);
    if (name_before)
      for (size_t child : tree().children[t])
        if (token(child).relation == Relation::Modifier && child < t)
          addAll(doers, mentionActors(child));
    return doers;
  }
  // Whether this sentence names entity e (a name, a short form or a metonym: "Gondor", "the
  // Gondorian government"), not only describes or refers to it.
  bool namedInSentence(int e) const {
    for (const Mention& mention : document_.mentions)
      if (mention.entity == e && mention.sentence == s_ &&
          (mention.kind == MentionKind::Name || mention.kind == MentionKind::Alias ||
           mention.kind == MentionKind::Metonym))
        return true;
    return false;
  }
  // Whether the article gives entity e a name anywhere (not only a phrase or a pronoun).
  bool namedSomewhere(int e) const {
    for (const Mention& mention : document_.mentions)
      if (mention.entity == e &&
          (mention.kind == MentionKind::Name || mention.kind == MentionKind::Alias))
        return true;
    return false;
  }
  // The actors a noun phrase headed by t stands for; with `owner`, a phrase that is no actor
  // stands for its owner ("China's cyber activity", "an attack blamed on X").
  std::vector<int> actors(size_t t, bool owner, int depth = 0) const {
    std::vector<int> found;
    if (depth > 4 || t >= size()) return found;
    const Token& word = token(t);
    // ("that" may be tagged a subordinator: "the firms that the ministry said are ...".)
    if ((word.pos == P::WhWord ||
         (word.pos == P::Subordinator &&
          (word.relation == Relation::Subject || word.relation == Relation::PassiveSubject))) &&
        word.head >= 0) {
      // "hackers who targeted X": the relative clause's noun.
      int verb = word.head;
      // "men who the ministry said hacked X": through the clause a speech verb reports.
      if (token(verb).relation == Relation::Complement && token(verb).head >= 0 &&
          token(token(verb).head).relation == Relation::RelativeClause)
        verb = token(verb).head;
      if (token(verb).relation == Relation::RelativeClause && token(verb).head >= 0)
        return actors(static_cast<size_t>(token(verb).head), owner, depth + 1);
      return found;
    }
    for (size_t member : tree().withConjuncts(t)) {
      std::vector<int> own;
      for (int e : mentionActors(member)) {
        if (!weapons_.count(e)) {
          own.push_back(e);
        } else if (auto it = weapon_culprits_.find(e); it != weapon_culprits_.end()) {
          addAll(own, it->second);
        }
      }
      if (own.empty() && owner) own = owners(member, depth + 1);
      // "a network of five companies and one person", "a ring of three hackers": a noun that
      // is no actor stands for the counted actors its "of" names.
      // ("a group of oligarchs", "a number of officials": so does a word for a multitude.)
      if (own.empty() && token(member).pos == P::Noun) {
        // (Not a group of its own: "the family of the detained men" is no men.)
        const int file = nounFile(member);
        const bool multitude_head = !token(member).plural && (file == WordNetFiles::kNounTops ||
                                                              file == WordNetFiles::kNounQuantity);
        for (size_t of : prepositionObjects(member, {"of"})) {
          bool counted = false;
          for (size_t child : tree().children[of])
            counted = counted || (child < of && token(child).pos == P::Number);
          if (counted || (multitude_head && token(of).plural))
            addAll(own, actors(of, false, depth + 1));
        }
      }
      // "a coalition of allies, including A, B and C": the members act too; a bare plural
      // ("organisations including a firm") stands only for its examples.
      std::vector<size_t> included = prepositionObjects(member, {"including"});
      // ("nine officials, among them A and B")
      for (size_t among : dependents(member, Relation::Preposition))
        if (token(among).lower == "among" && among + 1 < size() &&
            (token(among + 1).lower == "them" || token(among + 1).lower == "whom"))
          if (int example = prepositionObject(among); example >= 0)
            included.push_back(static_cast<size_t>(example));
      // "Several firms were designated under the order, including A and B": a list after a comma
      // at the clause's end, hung on a phrase of the verb that names no one, gives the examples
      // of the verb's patient (a passive's subject, an object).
      if ((token(member).relation == Relation::PassiveSubject ||
           token(member).relation == Relation::Object) &&
          token(member).pos == P::Noun && token(member).plural && token(member).head >= 0 &&
          isVerbal(static_cast<size_t>(token(member).head)))
        for (size_t child : tree().children[static_cast<size_t>(token(member).head)]) {
          if (token(child).relation != Relation::Preposition || child < member) continue;
          const int object = prepositionObject(child);
          if (object < 0 || !mentionActors(static_cast<size_t>(object)).empty()) continue;
          // (Not the places of a place noun: "in several cities, including X".)
          bool place = nounFile(static_cast<size_t>(object)) == WordNetFiles::kNounLocation;
          for (size_t of_object : prepositionObjects(static_cast<size_t>(object), {"of"}))
            place |= nounFile(of_object) == WordNetFiles::kNounLocation;
          if (place) continue;
          for (size_t including : dependents(static_cast<size_t>(object), Relation::Preposition))
            if (token(including).lower == "including" && token(including - 1).text == ",")
              if (int example = prepositionObject(including); example >= 0) {
                // (Not places: "sanctioned in several cities, including X".)
                std::vector<int> named = actors(static_cast<size_t>(example), false, depth + 1);
                if (!named.empty() && !allOfType(named, {ActorType::Country}))
                  included.push_back(static_cast<size_t>(example));
              }
        }
      for (size_t example : prepositionObjects(member, {"as"}))  // "companies such as X"
        if (token(example).head > 0 && token(token(example).head - 1).lower == "such")
          included.push_back(example);
      bool bare = token(member).pos == P::Noun && token(member).plural &&
                  (member == 0 ||
                   (token(member - 1).pos != P::Determiner &&
                    token(member - 1).pos != P::Adjective && token(member - 1).pos != P::Number &&
                    token(member - 1).pos != P::ProperNoun && token(member - 1).pos != P::Noun));
      // "Other people facing sanctions include A and B": the objects of the inclusion verb a
      // plural noun is the subject of are its examples, and it stands only for them.
      if (token(member).relation == Relation::Subject && token(member).head >= 0 &&
          inclusionSubject(static_cast<size_t>(token(member).head)) == static_cast<int>(member)) {
        for (size_t object : dependents(static_cast<size_t>(token(member).head), Relation::Object))
          included.push_back(object);
        bare = true;
      }
      // ("ringleaders, including X": a plural WordNet types as no actor still has its named
      // examples.)
      // ("dozens of firms, including X": a count's examples too.)
      std::vector<int> examples;
      if (!own.empty() || (token(member).pos == P::Noun && token(member).plural) ||
          token(member).pos == P::Number)
        for (size_t example : included) addAll(examples, actors(example, false, depth + 1));
      if (!(bare && !examples.empty())) addAll(found, own);
      addAll(found, examples);
    }
    return found;
  }
  // Whether relations.tsv lists `lemma` in a row that `accept` takes.
  template <class Accept>
  bool listedAs(const std::string& lemma, Accept accept) const {
    const std::vector<const TriggerEntry*> entries = triggers_.lookup(lemma);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const TriggerEntry* entry) { return accept(*entry); });
  }
  // Whether relations.tsv lists `lemma` as a noun of `relation` ("hack": targeted).
  bool isNounOf(const std::string& lemma, std::string_view relation) const {
    return listedAs(lemma, [&](const TriggerEntry& entry) {
      return entry.pos == TriggerPos::Noun && entry.relation == relation;
    });
  }
  // The country (or named body) a thing that is no actor is placed in: "critical infrastructure
  // in the United States", "hospitals across Arnor" (the victim, as a reader takes it), or
  // nothing.
  std::vector<int> countryOfPlace(size_t thing) const {
    std::vector<int> countries;
    if (token(thing).pos != P::Noun || !mentionActors(thing).empty()) return countries;
    // (The tree may hang the place on a noun or verb above the thing: "engaged in attacks
    // against infrastructure in X"; only a place after the thing counts.)
    std::vector<size_t> holders{thing};
    for (size_t at = thing; holders.size() < 4 && token(at).head >= 0;) {
      at = static_cast<size_t>(token(at).head);
      if (token(at).pos != P::Preposition) holders.push_back(at);
      if (isVerbal(at)) break;
    }
    for (size_t place : prepositionObjects(holders, {"in", "across", "throughout"}))
      if (place > thing)
        for (int e : mentionActors(place))
          if (document_.entities[e].type == ActorType::Country ||
              (document_.entities[e].type == ActorType::Organization &&
               document_.entities[e].named))
            addUnique(countries, e);
    return countries;
  }
  // Who a verb of accusing or charging says did the act at token t, when t is in the verb's
  // "of" or "with" phrase ("X is accused of carrying out attacks on Y", "X was charged with
  // hacks on Y", "Arnor charged X with the poisoning of Y": X), or nothing.
  std::vector<int> accusedOfIt(size_t t) const {
    size_t at = t;
    for (int step = 0; step < 6 && token(at).head >= 0; ++step) {
      size_t head = static_cast<size_t>(token(at).head);
      const Token& word = token(at);
      if (word.pos == P::Preposition && (word.lower == "of" || word.lower == "with") &&
          token(head).pos == P::Verb && listedAs(token(head).lemma, [](const TriggerEntry& entry) {
            return entry.pos == TriggerPos::Verb &&
                   (entry.relation == "accused" || entry.relation == "charged");
          })) {
        // (Active: "Arnor charged X with the poisoning of Y" - its object. Not where the
        // accusation is denied, planned or asked for.)
        if (!asserted(head)) return {};
        std::vector<int> doers;
        if (isPassive(head))
          for (size_t s : subjectOf(head).tokens)
            addAll(doers, actors(s, token(s).pos == P::Pronoun));
        else if (isMeasureWord(token(head).lemma))
          for (size_t object : dependents(head, Relation::Object))
            addAll(doers, actors(object, token(object).pos == P::Pronoun));
        return doers;
      }
      if (isVerbal(at) && word.form != VerbForm::Gerund) return {};  // another clause
      at = head;
    }
    return {};
  }
  // Whether relations.tsv lists a lemma for a measure: a sanction or a charge.
  bool isMeasureWord(const std::string& lemma) const {
    return listedAs(lemma, [](const TriggerEntry& entry) {
      return entry.relation == "sanctioned" || entry.relation == "charged";
    });
  }
  // Whether a noun lemma names an accusation or a charge ("allegation", "charge"): a claim.
  bool isAccusationNoun(const std::string& lemma) const {
    return listedAs(lemma, [](const TriggerEntry& entry) {
      return entry.pos == TriggerPos::Noun &&
             (entry.relation == "accused" || entry.relation == "charged");
    });
  }
  // "Gondor-linked", "Gondor-backed": the named actor of the article (a country or a name)
  // before a hyphen and a word of affiliation (relations.tsv affiliated_with), or -1.
  // ("a Gondor-focused operation" ties no one.)
  int actorBeforeParticipleHyphen(const Token& modifier) const {
    const std::string& word = modifier.text;
    size_t hyphen = word.find('-');
    if (hyphen == std::string::npos || hyphen == 0 || hyphen + 1 >= word.size() ||
        !std::isupper(static_cast<unsigned char>(word[0])) ||
        word.find('-', hyphen + 1) != std::string::npos ||
        !listedAs(modifier.lower.substr(hyphen + 1),
                  [](const TriggerEntry& entry) { return entry.relation == "affiliated_with"; }))
      return -1;
    std::string part = word.substr(0, hyphen);
    for (size_t e = 0; e < document_.entities.size(); ++e) {
      const Entity& entity = document_.entities[e];
      if (!entity.named) continue;
      if (entity.name == part ||
          std::find(entity.aliases.begin(), entity.aliases.end(), part) != entity.aliases.end())
        return static_cast<int>(e);
    }
    return -1;
  }
  // The word whose `preposition` phrase t is the object of ("attack" for t "X" in "the attack
  // on X" with "on"), or -1.
  int holderOf(size_t t, std::string_view preposition) const {
    const Token& word = token(t);
    if (word.relation != Relation::PrepositionObject || word.head < 0) return -1;
    const Token& governor = token(static_cast<size_t>(word.head));
    return governor.lower == preposition ? governor.head : -1;
  }
  // The actors named by t's possessors ("Arnor's" in "Arnor's role").
  std::vector<int> possessorActors(size_t t) const {
    std::vector<int> found;
    for (size_t child : tree().children[t])
      if (token(child).relation == Relation::Possessor) addAll(found, mentionActors(child));
    return found;
  }
  // Whether nothing negates, hedges or plans what token t states.
  bool asserted(size_t t) const {
    std::string cues;
    return statusOf(t, cues) == EdgeStatus::Asserted;
  }
  // Whether verb t is finite: a past or present form, or one with an auxiliary ("had
  // violated", "was involved").
  bool finiteVerb(size_t t) const {
    const Token& verb = token(t);
    return verb.form == VerbForm::Past || verb.form == VerbForm::Present ||
           !dependents(t, Relation::Auxiliary).empty() ||
           !dependents(t, Relation::PassiveAuxiliary).empty();
  }
  // "the involvement of X in the attack", "X's role in it": who takes part in the deed at t,
  // by a noun of taking part (relation_cues.tsv "taking-part") whose "in" phrase t is. The tree may
  // hang "in" on the end of that noun's "of" phrase ("of officers of the service").
  std::vector<int> participantsInDeed(size_t t) const {
    std::vector<int> found;
    const int in = holderOf(t, "in");
    if (in < 0) return found;
    size_t joining = static_cast<size_t>(in);
    for (int steps = 0; steps < 4 && !hasRole(token(joining), "taking-part"); ++steps) {
      const int up = holderOf(joining, "of");
      if (up < 0) break;
      joining = static_cast<size_t>(up);
    }
    if (token(joining).pos != P::Noun || !hasRole(token(joining), "taking-part")) return found;
    found = possessorActors(joining);
    if (found.empty())
      for (size_t of : prepositionObjects(joining, {"of"}))
        if (of < t) addAll(found, actors(of, false));
    return found;
  }
  // "X killed 30 people in an attack on Y", "X seized files in a series of hacks on Y": an
  // attack in the "in" phrase of an active verb of violence or seizing (WordNet's verb.body,
  // verb.competition, verb.contact) with an object is done by the verb's subject (not by one who
  // loses, sends or sees something in it, nor by one who reports, charges, arrests or imposes
  // something there: a verb relations.tsv lists or relation_cues.tsv gives a role).
  std::vector<int> doersOfVerbAroundDeed(size_t t) const {
    size_t noun = t;
    for (int steps = 0; steps < 2; ++steps) {  // "a series of attacks"
      const int up = holderOf(noun, "of");
      if (up < 0 || token(static_cast<size_t>(up)).pos != P::Noun) break;
      noun = static_cast<size_t>(up);
    }
    const int in = holderOf(noun, "in");
    if (in < 0) return {};
    size_t verb = static_cast<size_t>(in);
    const Token& doing = token(verb);
    if (doing.pos != P::Verb || isPassive(verb) || dependents(verb, Relation::Object).empty())
      return {};
    // "concerns X's part in the killings": the owner of a taking-part object shares the deed.
    std::vector<int> found;
    for (size_t object : dependents(verb, Relation::Object))
      if (hasRole(token(object), "taking-part")) addAll(found, possessorActors(object));
    if (!found.empty()) return found;
    const int file = WordDictionary::instance().verbLexicographerFile(doing.lemma);
    if ((file != WordNetFiles::kVerbBody && file != WordNetFiles::kVerbCompetition &&
         file != WordNetFiles::kVerbContact) ||
        // (A verb of wrongdoing, "killed", is one of violence too.)
        (hasAnyRole(doing) && !hasRole(doing, "wrong")) || !triggers_.lookup(doing.lemma).empty())
      return {};
    // ("killed no one in the attack": nothing done.)
    for (size_t object : dependents(verb, Relation::Object))
      for (size_t child : dependents(object, Relation::Determiner))
        if (const ModalityCue* cue = cues_.modality(token(child).lower);
            cue && cue->kind == CueKind::Determiner)
          return {};
    // ("X, whose agents killed five people in the raid": not the relative's nameless agents.)
    for (size_t subject : subjectOf(verb).tokens)
      for (size_t child : tree().children[subject])
        if (token(child).relation == Relation::Possessor && token(child).pos == P::WhWord)
          return {};
    // ("claims that X took part in the attack": only a deed the text asserts.)
    if (!asserted(verb)) return {};
    return subjectActors(verb);
  }
  std::vector<int> owners(size_t t, int depth) const {
    std::vector<int> found;
    if (depth > 4) return found;
    if (auto it = culprits_.find({s_, t}); it != culprits_.end()) return it->second;
    const Token& word = token(t);
    if (word.pos != P::Noun && word.pos != P::Pronoun) return found;
    // A claim's modifiers say what it is about, not whose it is ("APT99 hacking claims").
    // (A noun of what an actor does or owns is none: "Arnor Mail accounts" are Arnor Mail's.)
    bool claim = !hasRole(word, "activity-head") &&
                 (nounFile(t) == WordNetFiles::kNounCommunication || isAccusationNoun(word.lemma));
    for (size_t child : tree().children[t]) {
      if (token(child).relation != Relation::Possessor) continue;
      std::vector<int> owner = mentionActors(child);
      // "'... its attacks on our hospitals,' said Jane Roe": a person quoted says "our" for a
      // country or body the sentence does not name; she owns no hospitals.
      if (token(child).mention < 0 && allOfType(owner, {ActorType::Person})) continue;
      addAll(found, owner);
    }
    if (!found.empty()) return found;
    // "their involvement in the attack": the event belongs to the noun's owner.
    if (word.relation == Relation::PrepositionObject && word.head >= 0) {
      const Token& preposition = token(word.head);
      if (preposition.lower == "in" && preposition.head >= 0 &&
          token(preposition.head).pos == P::Noun) {
        found = possessorActors(static_cast<size_t>(preposition.head));
        if (found.empty()) found = participantsInDeed(t);
      }
      if (!found.empty()) return found;
    }
    // "indictments of X": a trigger noun whose patient follows "of" is not X's; nor is a verb's
    // -ing noun ("the bombing of the embassy").
    bool of_patient = WordDictionary::instance().isIngForm(word.lower);
    // "the network of X", "activity by X"; "the arrest of X by Y" is Y's (of a deed with a
    // "by", the "of" names whom it was done to).
    bool by_doer = false;
    if (namesADeed(t) || of_patient)
      for (size_t child : tree().children[t]) {
        if (token(child).relation != Relation::Preposition) continue;
        if (token(child).lower == "by") by_doer = true;
        // The tree may hang "by" on the "of" phrase's noun: "the arrest of X by Y".
        int object = token(child).lower == "of" ? prepositionObject(child) : -1;
        if (object >= 0)
          for (size_t by : prepositionObjects(static_cast<size_t>(object), {"by"})) {
            by_doer = true;
            addAll(found, actors(by, false, depth + 1));
          }
      }
    for (const TriggerEntry* entry : triggers_.lookup(word.lemma))
      if (entry->pos == TriggerPos::Noun &&
          std::find(entry->prepositions.begin(), entry->prepositions.end(), "of") !=
              entry->prepositions.end())
        of_patient = true;
    for (size_t child : tree().children[t]) {
      const Token& c = token(child);
      bool owner_word =
          (c.lower == "of" && !by_doer && !of_patient) || c.lower == "by" || c.lower == "within" ||
          // "a statement from X", "threats from X", "aggression from X"
          (c.lower == "from" && (claim || hasSenseIn(t, WordNetFiles::kNounCommunication)));
      if (c.relation == Relation::Preposition && owner_word) {
        int object = tree().dependent(child, Relation::PrepositionObject);
        if (object < 0) continue;
        std::vector<int> named = actors(static_cast<size_t>(object), c.lower == "of", depth + 1);
        // "the detention of Tom Erl", "the execution of a journalist": a person after the "of"
        // of a deed or a state someone is put in is whom it was done to, not its doer.
        if (c.lower == "of" && (namesADeed(t) || nounFile(t) == WordNetFiles::kNounState))
          named.erase(std::remove_if(
                          named.begin(), named.end(),
                          [&](int e) { return document_.entities[e].type == ActorType::Person; }),
                      named.end());
        addAll(found, named);
      }
    }
    if (!found.empty()) return found;
    // "the UK Audit Commission systems", "Chinese cyberattacks": a name before the noun.
    // ("a Gondor-linked operation", "Gondor-backed attacks": a deed tied to an actor the article
    // names elsewhere is that actor's, when no name stands before it.)
    std::vector<int> tied;
    if (!claim)
      for (size_t child : tree().children[t])
        if (token(child).relation == Relation::Modifier && child < t) {
          addAll(found, mentionActors(child));
          if (int actor = actorBeforeParticipleHyphen(token(child)); actor >= 0)
            addUnique(tied, actor);
        }
    if (!found.empty()) return found;
    if (!tied.empty() &&
        (namesADeed(t) || !triggers_.lookup(word.lemma).empty() || hasRole(word, "activity-head")))
      return tied;
    // "X launched an operation", "X conducted attacks", "X returned an indictment": whoever
    // carries it out or makes it owns it.
    if (word.relation == Relation::Object && word.head >= 0 && isVerbal(word.head) &&
        (hasRole(token(word.head), "light-agent"))) {
      addAll(found, subjectActors(static_cast<size_t>(word.head)));
      if (!found.empty()) return found;
    }
    // "the attack, which hit Y, was carried out by X": the passive light verb's "by" names
    // whoever carried it out.
    // (Only as the text asserts it: "was not carried out by X", "may have been".)
    if (word.relation == Relation::PassiveSubject && word.head >= 0 && isVerbal(word.head) &&
        hasRole(token(word.head), "light-agent") && (namesADeed(t) || isAttackEvent(t)) &&
        asserted(static_cast<size_t>(word.head))) {
      for (size_t by : prepositionObjects(static_cast<size_t>(word.head), {"by"}))
        addAll(found, actors(by, false, depth + 1));
      if (!found.empty()) return found;
    }
    // "an operation carried out by X", "activity backed by X".
    for (size_t child : tree().children[t]) {
      if (token(child).relation != Relation::ParticipleModifier) continue;
      for (size_t grandchild : tree().children[child]) {
        const Token& g = token(grandchild);
        if ((g.relation == Relation::Preposition || g.relation == Relation::Agent) &&
            g.lower == "by") {
          int object = tree().dependent(grandchild, Relation::PrepositionObject);
          if (object >= 0) addAll(found, actors(static_cast<size_t>(object), false, depth + 1));
        }
      }
    }
    if (!found.empty() || claim) return found;
    return culpritsOfDefiniteDeed(t);
  }
  // "The campaign targeted ...": a definite act or event the article has pinned on someone is
  // theirs (the latest accused, charged or sanctioned, or attacker), or no one's.
  std::vector<int> culpritsOfDefiniteDeed(size_t t) const {
    return definiteDeed(t) ? last_culprits_ : std::vector<int>{};
  }
  // Whether t is a definite act or event ("the campaign", "these attacks") that may stand for
  // one named before: not a measure ("the sanctions") and not one a name says whose it is.
  bool definiteDeed(size_t t) const {
    bool definite = false;
    for (size_t child : tree().children[t])
      if (token(child).relation == Relation::Determiner &&
          (token(child).lower == "the" || token(child).lower == "this" ||
           token(child).lower == "these" || token(child).lower == "those" ||
           token(child).lower == "such"))
        definite = true;
    // Not a measure taken against them: "The sanctions hit X" names no attacker.
    if (!definite || isMeasureWord(token(t).lemma) || !namesADeed(t)) return false;
    // "the Arnorian strikes": a name before the deed says whose it is, known or not.
    for (size_t child : tree().children[t])
      if (child < t && token(child).relation == Relation::Modifier &&
          token(child).pos == P::ProperNoun)
        return false;
    return true;
  }

  // ---- arguments ---------------------------------------------------------------------------
  std::vector<size_t> dependents(size_t t, Relation relation) const {
    return tree().dependents(t, relation);
  }
  int prepositionObject(size_t preposition) const {
    return tree().dependent(preposition, Relation::PrepositionObject);
  }
  // Whether a relation_cues.tsv role lists the token, as its lemma or as written ("said").
  bool hasRole(const Token& word, std::string_view role) const {
    return cues_.hasRole(word.lemma, role) || cues_.hasRole(word.lower, role);
  }
  // Whether relation_cues.tsv gives the token any role at all, as its lemma or as written.
  bool hasAnyRole(const Token& word) const {
    return cues_.hasAnyRole(word.lemma) || cues_.hasAnyRole(word.lower);
  }
  // Whether an adverb of relation_cues.tsv's "hedge" role ("allegedly") hangs on any of
  // `words`: the statement is an allegation.
  bool hedged(size_t verb, size_t predicate) const {
    for (size_t word : {verb, predicate})
      for (size_t child : tree().children[word])
        if (token(child).pos == P::Adverb && hasRole(token(child), "hedge")) return true;
    return false;
  }
  // Objects of the prepositions in `names` attached to t.
  std::vector<size_t> prepositionObjects(size_t t, const std::vector<std::string>& names) const {
    std::vector<size_t> objects;
    for (size_t child : tree().children[t]) {
      const Token& c = token(child);
      if ((c.relation == Relation::Preposition || c.relation == Relation::Agent) &&
          std::find(names.begin(), names.end(), c.lower) != names.end()) {
        int object = prepositionObject(child);
        // "at the direction of X" names who had it done, not a place or a target.
        if (object >= 0 && c.lower != "by" && hasRole(token(static_cast<size_t>(object)), "behest"))
          continue;
        if (object >= 0) objects.push_back(static_cast<size_t>(object));
      }
    }
    return objects;
  }
  // Who had the deed at t (or its light verb) done: "conducted intrusions at the direction of X",
  // "acting on the orders of X" - X.
  std::vector<int> behestOwners(size_t t) const {
    std::vector<int> owners_found = behestOf(t);
    if (token(t).head >= 0) addAll(owners_found, behestOf(static_cast<size_t>(token(t).head)));
    return owners_found;
  }
  // Who a behest phrase on `head` names: "at the direction of X", "on direct orders from X"
  // (its "from" may hang on the head itself, right after the behest noun).
  std::vector<int> behestOf(size_t head) const {
    std::vector<int> owners_found;
    for (size_t child : tree().children[head]) {
      if (token(child).relation != Relation::Preposition) continue;
      int object = prepositionObject(child);
      if (object < 0 || !hasRole(token(static_cast<size_t>(object)), "behest")) continue;
      for (size_t of : prepositionObjects(static_cast<size_t>(object), {"of", "from"}))
        addAll(owners_found, actors(of, false));
      for (size_t from : tree().children[head])
        if (from == static_cast<size_t>(object) + 1 && token(from).lower == "from")
          if (int owner = prepositionObject(from); owner >= 0)
            addAll(owners_found, actors(static_cast<size_t>(owner), false));
    }
    return owners_found;
  }

  // The same for several heads, in turn ("directed the attacks against X": the verb's and the
  // noun's).
  std::vector<size_t> prepositionObjects(const std::vector<size_t>& heads,
                                         const std::vector<std::string>& names) const {
    std::vector<size_t> objects;
    for (size_t head : heads) {
      std::vector<size_t> more = prepositionObjects(head, names);
      objects.insert(objects.end(), more.begin(), more.end());
    }
    return objects;
  }

  struct Subject {
    std::vector<size_t> tokens;
    bool modified_noun = false;  // the verb is a participle on this noun ("hackers linked to")
  };
  // Who does what verb t says: its subject, or the one it takes from the clause around it.
  Subject subjectOf(size_t t, int depth = 0) const {
    Subject subject;
    if (depth > 6) return subject;
    for (size_t child : tree().children[t]) {
      Relation r = token(child).relation;
      if (r == Relation::Subject || r == Relation::PassiveSubject) subject.tokens.push_back(child);
    }
    // "X, along with Y and Z, were sanctioned": the companions after "along with" share the
    // subject's part.
    // (The tree may hang "along with" on a relative clause of the subject: scan between.)
    if (!subject.tokens.empty())
      for (size_t k = subject.tokens.front() + 2; k < t; ++k)
        if (token(k).lower == "with" && token(k - 1).lower == "along")
          if (int with = prepositionObject(k); with >= 0 && static_cast<size_t>(with) < t)
            subject.tokens.push_back(static_cast<size_t>(with));
    if (!subject.tokens.empty()) return subject;
    const Token& verb = token(t);
    if (verb.head < 0) return subject;
    size_t head = static_cast<size_t>(verb.head);
    // "X was responsible for targeting Y": a gerund after a predicate adjective's preposition
    // is done by the copula's subject.
    if (verb.relation == Relation::PrepositionObject && verb.form == VerbForm::Gerund &&
        token(head).head >= 0) {
      size_t adjective = static_cast<size_t>(token(head).head);
      if (token(adjective).pos == P::Adjective &&
          token(adjective).relation == Relation::Predicate && token(adjective).head >= 0 &&
          isVerbal(static_cast<size_t>(token(adjective).head)))
        return subjectOf(static_cast<size_t>(token(adjective).head), depth + 1);
    }
    switch (verb.relation) {
      case Relation::ParticipleModifier:
        if (token(head).pos == P::Noun || token(head).pos == P::ProperNoun ||
            token(head).pos == P::Pronoun || token(head).pos == P::Number) {
          // "organisations and individuals targeting X": the whole coordination.
          while (token(head).relation == Relation::Conjunct && token(head).head >= 0)
            head = static_cast<size_t>(token(head).head);
          // "a group of seven facing charges": a numeral after "of" counts its noun's members.
          if (token(head).pos == P::Number && token(head).relation == Relation::PrepositionObject &&
              token(head).head >= 0 && token(token(head).head).lower == "of" &&
              token(token(head).head).head >= 0 &&
              token(token(token(head).head).head).pos == P::Noun)
            head = static_cast<size_t>(token(token(head).head).head);
          // "was indicted in a conspiracy to hack X": an infinitive on a plan that is a verb's
          // preposition object is done by that verb's subject.
          bool infinitive = false;
          for (size_t marker : dependents(t, Relation::Marker))
            infinitive |= token(marker).pos == P::InfinitiveTo;
          if (infinitive && mentionActors(head).empty() &&
              token(head).relation == Relation::PrepositionObject && token(head).head >= 0 &&
              !hasRole(token(token(head).head), "topic") && token(token(head).head).head >= 0 &&
              isVerbal(static_cast<size_t>(token(token(head).head).head)))
            return subjectOf(static_cast<size_t>(token(token(head).head).head), depth + 1);
          subject.tokens.push_back(head);
          subject.modified_noun = true;
        }
        return subject;
      case Relation::Conjunct:
        // "X revealed that Y spied on A, and also eavesdropped on B": a verb of deed (an
        // attack's) the tree joins to a verb of saying after the clause it reports continues
        // that clause; a verb of judging is the speaker's own ("..., and condemned Z").
        if (hasRole(token(head), "speech") && !hasRole(verb, "speech") && isAttackVerb(verb))
          for (size_t clause : dependents(head, Relation::Complement))
            // (The reported clause a deed too, or this verb a passive that goes on with its
            // subject: "said the scheme was wide-ranging, was aimed at X".)
            if (clause < t && isVerbal(clause) && !hasRole(token(clause), "speech") &&
                (isAttackVerb(token(clause)) || isPassive(t))) {
              Subject reported = subjectOf(clause, depth + 1);
              if (!reported.tokens.empty()) return reported;
            }
        if (isVerbal(head)) return subjectOf(head, depth + 1);
        return subject;
      case Relation::AdverbialClause:
        if (isVerbal(head)) return subjectOf(head, depth + 1);
        return subject;
      case Relation::OpenComplement: {
        int object = tree().dependent(head, Relation::Object);
        if (object >= 0) {
          subject.tokens.push_back(static_cast<size_t>(object));
          return subject;
        }
        if (isVerbal(head)) return subjectOf(head, depth + 1);
        // "X is willing to go": a predicate adjective's complement takes the copula's subject.
        if (token(head).relation == Relation::Predicate && token(head).head >= 0)
          return subjectOf(static_cast<size_t>(token(head).head), depth + 1);
        return subject;
      }
      case Relation::PrepositionObject: {
        // A gerund: "accused X of [targeting]", "joined Y in [accusing]".
        const Token& preposition = token(head);
        if (preposition.head < 0) return subject;
        size_t governor = static_cast<size_t>(preposition.head);
        // "X was accused by Y of spying": the tree hangs "of" on the agent Y; the passive's
        // subject X is the one said to spy.
        if (!isVerbal(governor) && preposition.lower == "of" &&
            token(governor).relation == Relation::PrepositionObject && token(governor).head >= 0 &&
            token(token(governor).head).lower == "by" && token(token(governor).head).head >= 0 &&
            isPassive(static_cast<size_t>(token(token(governor).head).head)))
          return subjectOf(static_cast<size_t>(token(token(governor).head).head), depth + 1);
        // "charges against X for trying to kill Y": who a charge or sanction is brought
        // against did what it is for.
        auto measureTargets = [&](size_t noun) {
          std::vector<size_t> targets;
          if (preposition.lower == "for" && isMeasureWord(token(noun).lemma))
            targets = prepositionObjects(noun, {"against", "on"});
          return targets;
        };
        // "hit back with countermeasures by sanctioning X": a means the tree hangs on the verb's
        // noun is the verb's subject's doing.
        // (Only a means "with" names, or the verb's object, and not a noun with an owner of its
        // own: "accused X of a campaign by hacking Y" and "condemned X's campaign by ..." are
        // someone else's doing.)
        if (!isVerbal(governor) && preposition.lower == "by" && verb.form == VerbForm::Gerund &&
            dependents(governor, Relation::Possessor).empty()) {
          size_t up = governor;
          if (token(up).relation == Relation::PrepositionObject && token(up).head >= 0 &&
              token(static_cast<size_t>(token(up).head)).lower == "with")
            up = static_cast<size_t>(token(up).head);
          if ((token(up).relation == Relation::Object ||
               (up != governor && token(up).relation == Relation::Preposition)) &&
              token(up).head >= 0 && isVerbal(static_cast<size_t>(token(up).head)))
            return subjectOf(static_cast<size_t>(token(up).head), depth + 1);
        }
        if (!isVerbal(governor)) {
          if (std::vector<size_t> targets = measureTargets(governor); !targets.empty()) {
            subject.tokens = targets;
            return subject;
          }
          if (token(governor).pos == P::Noun || token(governor).pos == P::ProperNoun)
            subject.tokens.push_back(governor);
          return subject;
        }
        int object = tree().dependent(governor, Relation::Object);
        bool object_control = preposition.lower == "of" || preposition.lower == "with" ||
                              preposition.lower == "for" || preposition.lower == "from";
        if (object_control && object >= 0) {
          if (std::vector<size_t> targets = measureTargets(static_cast<size_t>(object));
              !targets.empty())
            subject.tokens = targets;
          else
            subject.tokens.push_back(static_cast<size_t>(object));
          return subject;
        }
        Subject outer = subjectOf(governor, depth + 1);
        if (cues_.hasRole(token(governor).lemma, "join") ||
            (preposition.lower == "in" && object >= 0 &&
             cues_.joinsInSomeSense(token(governor).lemma))) {
          // "A joined B in condemning C": both condemn.
          if (object >= 0) outer.tokens.push_back(static_cast<size_t>(object));
          for (size_t with : prepositionObjects(governor, {"with"})) outer.tokens.push_back(with);
        }
        return outer;
      }
      default:
        return subject;
    }
  }
  std::vector<int> subjectActors(size_t t) const {
    std::vector<int> found;
    Subject subject = subjectOf(t);
    for (size_t s : subject.tokens) addAll(found, actors(s, true));
    // "A joined B to condemn C".
    if (token(t).relation == Relation::OpenComplement && token(t).head >= 0 &&
        cues_.hasRole(token(token(t).head).lemma, "join")) {
      size_t governor = static_cast<size_t>(token(t).head);
      for (size_t s : subjectOf(governor).tokens) addAll(found, actors(s, true));
      for (size_t with : prepositionObjects(governor, {"with"})) addAll(found, actors(with, true));
    }
    return found;
  }
  // The objects of verb t, shared with a coordinated verb when it has none.
  std::vector<size_t> objectsOf(size_t t) const {
    std::vector<size_t> objects = dependents(t, Relation::Object);
    if (!objects.empty()) return objects;
    return sharedObjects(t);
  }
  // The first noun of the coordination noun t is a later member of ("the claims and the
  // reports": "claims"), or t itself: it stands where the phrase does.
  size_t firstNounConjunct(size_t t) const {
    while (token(t).relation == Relation::Conjunct && token(t).head >= 0 &&
           token(token(t).head).pos == P::Noun)
      t = static_cast<size_t>(token(t).head);
    return t;
  }
  // "accused, charged and sanctioned X": the last coordinated verb's object is every verb's.
  std::vector<size_t> sharedObjects(size_t t) const {
    std::vector<size_t> verbs;
    size_t first = t;
    while (token(first).relation == Relation::Conjunct && token(first).head >= 0 &&
           isVerbal(token(first).head))
      first = static_cast<size_t>(token(first).head);
    verbs.push_back(first);
    for (size_t i = 0; i < verbs.size() && verbs.size() < 16; ++i)
      for (size_t conjunct : dependents(verbs[i], Relation::Conjunct))
        if (isVerbal(conjunct)) verbs.push_back(conjunct);
    std::sort(verbs.begin(), verbs.end());
    for (size_t i = verbs.size(); i-- > 0;) {
      if (verbs[i] <= t) continue;  // only a later verb's object is shared
      for (size_t object : dependents(verbs[i], Relation::Object))
        if (!actors(object, false).empty()) return {object};
    }
    return {};
  }
  bool isPassive(size_t t) const {
    const Token& verb = token(t);
    if (verb.form != VerbForm::PastParticiple) return false;
    if (verb.relation == Relation::ParticipleModifier) return true;
    for (size_t child : tree().children[t])
      if (token(child).relation == Relation::PassiveAuxiliary) return true;
    // "had also blacklisted" (no "been"): a perfect, active whatever the clause hangs from.
    for (size_t child : tree().children[t])
      if (token(child).relation == Relation::Auxiliary && token(child).lemma == "have")
        return false;
    if (verb.relation == Relation::AdverbialClause || verb.relation == Relation::Conjunct)
      return true;
    return false;
  }
  bool speechLike(size_t t) const {
    const Token& verb = token(t);
    if (verb.pos != P::Verb) return false;
    if (hasRole(verb, "speech")) return true;
    // (A verb read for a synonym reports in its own sense: "disclosed that X was behind it" is
    // read as 'expose', a trigger, and still says the clause.)
    for (const std::string* lemma : {&verb.lemma, &verb.synonym_of}) {
      if (lemma->empty()) continue;
      int file = WordDictionary::instance().verbLexicographerFile(*lemma);
      if (file == WordNetFiles::kVerbCognition || file == WordNetFiles::kVerbCommunication)
        return true;
    }
    return false;
  }
  // Whether the infinitive at `verb` takes its subject from an object or a noun above it
  // ("accused X ... to commit", "a plan to attack"), not from the subject of its governor.
  bool objectControlled(size_t verb) const {
    const Token& word = token(verb);
    if (word.relation != Relation::OpenComplement || word.head < 0) return false;
    size_t governor = static_cast<size_t>(word.head);
    return token(governor).pos == P::Noun || tree().dependent(governor, Relation::Object) >= 0;
  }
  // The nouns after "according to" when token `child` is its "according" (relation_cues.tsv
  // "source"; or its "to", where the tree hangs that on the verb): "according to X".
  std::vector<size_t> accordingToSources(size_t child) const {
    std::vector<size_t> sources;
    const Token& c = token(child);
    if (!(hasRole(c, "source") || (c.relation == Relation::Preposition && c.lower == "to" &&
                                   child > 0 && hasRole(token(child - 1), "source"))))
      return sources;
    for (size_t grandchild : tree().children[child]) {
      const Token& g = token(grandchild);
      if (g.lower == "to") {
        if (int object = prepositionObject(grandchild); object >= 0)
          sources.push_back(static_cast<size_t>(object));
      }
      if (g.relation == Relation::PrepositionObject) sources.push_back(grandchild);
    }
    return sources;
  }
  // Who says the clause that token t is in: the subject of a speech verb it is the complement
  // of, "according to X", the owner of "X's claim that ...", or the sentence's speaker.
  std::vector<int> speakerOf(size_t t) const {
    size_t current = t;
    for (int steps = 0; steps < 12; ++steps) {
      for (size_t child : tree().children[current])
        for (size_t source : accordingToSources(child)) {
          // "according to X", "according to a statement from X".
          std::vector<int> found = actors(source, true);
          if (!found.empty()) return found;
        }
      const Token& word = token(current);
      if (word.head < 0) break;
      size_t head = static_cast<size_t>(word.head);
      // "an advisory outlining [X's activity]", "revealed [that ...]": what a communication verb
      // conveys is its subject's word, or the word of whoever issued the document it describes.
      if ((word.relation == Relation::Object || word.relation == Relation::Complement) &&
          isVerbal(head) && token(head).pos == P::Verb && token(head).lemma != "say" &&
          // "accused X of conspiracy to give away secrets": an infinitive controlled by an
          // object (or hung on a noun) says what X is said to do, not what X says; "Gondor
          // decided to detail the attack" still reports.
          !objectControlled(head) &&
          !cues_.hasRole(token(head).lemma,
                         "light-patient") &&  // "X faces charges": X is no speaker
          WordDictionary::instance().verbLexicographerFile(token(head).lemma) ==
              WordNetFiles::kVerbCommunication) {
        Subject subject = subjectOf(head);
        std::vector<int> found;
        for (size_t s : subject.tokens) addAll(found, actors(s, true));
        if (!found.empty()) return found;
        if (subject.modified_noun && !subject.tokens.empty()) {
          current = subject.tokens.front();  // the document: who issued it
          continue;
        }
      }
      if (word.relation == Relation::Complement) {
        if (isVerbal(head) && speechLike(head)) {
          // "the agency cited / quoted X as saying ...": X speaks, not the agency.
          const Token& speech = token(head);
          if (speech.relation == Relation::AdverbialClause && speech.head >= 0 &&
              !dependents(head, Relation::Marker).empty() &&
              token(dependents(head, Relation::Marker).front()).lower == "as") {
            std::vector<int> quoted;
            for (size_t object : dependents(static_cast<size_t>(speech.head), Relation::Object))
              addAll(quoted, actors(object, true));
            if (!quoted.empty()) return quoted;
          }
          std::vector<int> found = subjectActors(head);
          if (!found.empty()) return found;
          // "The allegations say X hacked Y": a charge no one owns speaks for whoever brings
          // the article's charges.
          std::vector<size_t> said_by = subjectOf(head).tokens;
          if (!said_by.empty() && std::all_of(said_by.begin(), said_by.end(), [&](size_t s) {
                return token(s).pos == P::Noun && owners(s, 0).empty() &&
                       isAccusationNoun(token(s).lemma);
              })) {
            std::string why;
            found = implicitAgents("charged", why);
            if (!found.empty()) return found;
          }
          // "The assessment found X was responsible": the latest speaker stands behind it.
          // (Not for an "it" that stands for nothing: "It goes without saying that ...".)
          if (s_ > 0 && !sentence_speakers_[s_ - 1].empty() && subjectOf(head).tokens.size() == 1 &&
              token(subjectOf(head).tokens.front()).pos != P::Pronoun)
            return sentence_speakers_[s_ - 1];
        }
        if (token(head).pos == P::Noun) {
          std::vector<int> found = owners(head, 0);
          if (!found.empty()) return found;
          // "presented the government with evidence that X was behind it", "reached the
          // conclusion that ...": who offers or reaches a finding says it.
          int file = nounFile(head);
          if (file == WordNetFiles::kNounCommunication || file == WordNetFiles::kNounCognition) {
            size_t up = head;
            if (token(up).relation == Relation::PrepositionObject && token(up).head >= 0)
              up = static_cast<size_t>(token(up).head);
            if ((token(up).relation == Relation::Object ||
                 token(up).relation == Relation::Preposition) &&
                token(up).head >= 0 && isVerbal(static_cast<size_t>(token(up).head))) {
              found = subjectActors(static_cast<size_t>(token(up).head));
              if (!found.empty()) return found;
            }
          }
        }
      }
      current = head;
    }
    // The sentence's speaker, unless the reporting is inside the trigger's own clause: in "A
    // accused B of hacking C, with D saying ...", D does not report the hacking.
    for (size_t v = 0; v < size(); ++v) {
      if (token(v).pos != P::Verb || !(hasRole(token(v), "speech"))) continue;
      int at = token(v).head;
      for (int steps = 0; at >= 0 && steps < 64; ++steps, at = token(static_cast<size_t>(at)).head)
        if (static_cast<size_t>(at) == t) return {};
    }
    if (s_ < sentence_speakers_.size()) return sentence_speakers_[s_];
    return {};
  }
  // "according to X" on verb t or a verb or noun above it in its clause: X.
  std::vector<int> creditedSource(size_t t) const {
    int at = static_cast<int>(t);
    for (int steps = 0; at >= 0 && steps < 12; ++steps) {
      for (size_t child : tree().children[static_cast<size_t>(at)])
        for (size_t source : accordingToSources(child)) {
          // Before the verb, or closing the sentence ("..., according to X."); inside it
          // ("files that, according to X, belonged") it may credit another clause.
          size_t end = source + 1;
          bool closing =
              end >= size() || (token(end).pos == P::Punctuation && token(end).text != ",");
          if (child < t || closing) return actors(source, true);
        }
      // (Not past a clause that reports or describes: "files that, according to X, ...".)
      Relation relation = token(static_cast<size_t>(at)).relation;
      if (relation == Relation::RelativeClause || relation == Relation::Complement) break;
      at = token(static_cast<size_t>(at)).head;
    }
    return {};
  }
  // Who acts in the story's lead, its first sentence after the headline: "the move" or "the
  // decision" a later sentence condemns with no owner named is usually theirs.
  void findLeadActors() {
    lead_actors_.clear();
    for (s_ = 0; s_ < document_.sentences.size(); ++s_) {
      if (sentence().line == 1 || sentence().headline) continue;
      for (size_t t = 0; t < size(); ++t)
        if (token(t).relation == Relation::Root && isVerbal(t)) lead_actors_ = subjectActors(t);
      break;
    }
    s_ = 0;
  }
  // Whose act "the move" is, for `judges` who condemn it: the story's lead actors, unless the
  // judges are whom the latest measure names ("Gondor sanctioned Harad. Harad condemned the
  // decision": Gondor's).
  std::vector<int> storyActors(const std::vector<int>& judges) const {
    if (const Predicate* measure = latestMeasure())
      for (int judge : expand(judges))
        if (std::find(measure->patients.begin(), measure->patients.end(), judge) !=
            measure->patients.end())
          return measure->agents;
    return lead_actors_;
  }
  // The latest sanction or charge stated as a fact so far (the edges emitted hold it), or null.
  const Predicate* latestMeasure() const {
    for (auto it = document_.predicates.rbegin(); it != document_.predicates.rend(); ++it)
      if (it->status == EdgeStatus::Asserted &&
          (it->relation == "charged" || it->relation == "sanctioned"))
        return &*it;
    return nullptr;
  }
  // Sentences that quote someone: "X said:" and quotations that follow "X said." on.
  void findSentenceSpeakers() {
    sentence_speakers_.assign(document_.sentences.size(), {});
    std::vector<bool> inherited(document_.sentences.size(), false);
    std::vector<int> quoting;
    int quoting_line = -1;
    bool quote_open = false;
    // A transcript (two or more paragraphs open with "Jane Roe:"): each speaker goes on speaking
    // in the paragraphs that follow, until the next one opens with a name.
    auto opensWithSpeaker = [&]() {
      if (size() <= 2 || token(0).mention < 0) return false;
      const Mention& mention = document_.mentions[token(0).mention];
      return mention.last_token + 1 < size() && token(mention.last_token + 1).text == ":" &&
             mention.entity >= 0;
    };
    int speaker_paragraphs = 0;
    for (s_ = 0; s_ < document_.sentences.size(); ++s_) speaker_paragraphs += opensWithSpeaker();
    bool transcript = speaker_paragraphs >= 2;
    for (s_ = 0; s_ < document_.sentences.size(); ++s_) {
      std::vector<int> own;
      bool starts_with_quote = size() > 0 && token(0).pos == P::Quote;
      // A transcript's "Jane Roe: ..." speaks for the rest of its paragraph.
      if (size() > 2 && token(0).mention >= 0) {
        const Mention& mention = document_.mentions[token(0).mention];
        if (mention.last_token + 1 < size() && token(mention.last_token + 1).text == ":" &&
            mention.entity >= 0) {
          sentence_speakers_[s_] = {mention.entity};
          quoting = {mention.entity};
          quoting_line = sentence().line;
          for (size_t t = 0; t < size(); ++t)
            if (token(t).text == "\"") quote_open = !quote_open;
          continue;
        }
      }
      if (quoting_line >= 0 && (sentence().line == quoting_line || transcript) &&
          !quoting.empty()) {
        sentence_speakers_[s_] = quoting;
        for (size_t t = 0; t < size(); ++t)
          if (token(t).text == "\"") quote_open = !quote_open;
        continue;
      }
      quoting_line = -1;
      // The reporting verb: one before a colon, else the main clause's, else any.
      std::vector<size_t> candidates;
      for (size_t t = 0; t < size(); ++t)
        if (token(t).pos == P::Verb && (hasRole(token(t), "speech"))) candidates.push_back(t);
      std::stable_sort(candidates.begin(), candidates.end(), [&](size_t a, size_t b) {
        auto rank = [&](size_t t) {
          if (t + 1 < size() && token(t + 1).text == ":") return 0;
          return token(t).head < 0 ? 1 : 2;
        };
        return rank(a) < rank(b);
      });
      bool quotes = false;  // a quotation in the sentence, for a reporting verb to report
      for (size_t q = 0; q < size() && !quotes; ++q) quotes = token(q).pos == P::Quote;
      for (size_t t : candidates) {
        if (!own.empty()) break;
        // A reporting verb: nothing of its clause is a complement of its own, or a colon follows.
        bool colon = t + 1 < size() && token(t + 1).text == ":";
        // Without a clause or a colon it reports a quotation ('"...," she said'), not the
        // rest of its sentence ("X did Y - now Z has responded with denials").
        bool reports = colon || tree().dependent(t, Relation::Complement) >= 0 ||
                       (dependents(t, Relation::Object).empty() && (quotes || quote_open));
        if (!reports) continue;
        own = subjectActors(t);
      }
      if (!own.empty()) {
        sentence_speakers_[s_] = own;
        quoting = own;
      } else if ((starts_with_quote || quote_open) && !quoting.empty()) {
        sentence_speakers_[s_] = quoting;
        inherited[s_] = true;
      } else if (!starts_with_quote) {
        quoting.clear();
      }
      // A quotation left open at the end of a sentence goes on in the next.
      for (size_t t = 0; t < size(); ++t)
        if (token(t).text == "\"") quote_open = !quote_open;
    }
    // A quotation whose reporting clause comes at its end: '"A. B. C," the minister said.':
    // the sentences before it in its paragraph, back to the one that opens the quotation.
    for (size_t k = document_.sentences.size(); k-- > 1;) {
      if (sentence_speakers_[k].empty()) continue;
      std::vector<size_t> quoted;
      bool opened = false;
      for (size_t j = k; j-- > 0;) {
        const Sentence& before = document_.sentences[j];
        // (A speaker carried over from an earlier paragraph gives way to the paragraph's own.)
        if ((!sentence_speakers_[j].empty() && !inherited[j]) || before.tokens.empty() ||
            before.line != document_.sentences[k].line)
          break;
        quoted.push_back(j);
        if (before.tokens.front().pos == P::Quote) {
          opened = true;
          break;
        }
      }
      if (opened)
        for (size_t j : quoted) sentence_speakers_[j] = sentence_speakers_[k];
    }
    s_ = 0;
  }

  // Names that stand before attack nouns ("the GlassWorm attack", "the Lantern intrusion")
  // name a tool or an operation, not an actor: as an agent they stand for their culprit. A
  // country or a person there is the doer ("the Arnor cyber espionage campaign"), and a name
  // that the article has say something is an actor ("the Zorvex hack" ... "Zorvex said").
  // Marks the tokens of direct questions, which state nothing (statusOf() reads them as
  // planned): from the sentence's first word, or the first after an opening quote ("'Did X
  // attack Y?' Z asked"), when it is an auxiliary, a modal or a question word, up to the
  // question mark.
  void findQuestions() {
    asked_.assign(document_.sentences.size(), {});
    for (size_t s = 0; s < document_.sentences.size(); ++s) {
      const std::vector<Token>& words = document_.sentences[s].tokens;
      asked_[s].assign(words.size(), false);
      auto asksFrom = [&](size_t first) {
        return first < words.size() &&
               (words[first].pos == P::Auxiliary || words[first].pos == P::Modal ||
                words[first].pos == P::WhWord);
      };
      // Whether a question mark comes after token t.
      std::vector<bool> question_after(words.size(), false);
      for (size_t k = words.size(); k-- > 1;)
        question_after[k - 1] = question_after[k] || words[k].text == "?";
      size_t open = 0;  // the question's first word: the sentence's, or one after a quote
      for (size_t t = 0; t < words.size(); ++t) {
        asked_[s][t] = question_after[t] && asksFrom(open);
        if (words[t].pos == P::Quote && (t == 0 || words[t].space_before)) open = t + 1;
      }
    }
  }

  void findWeapons() {
    std::set<int> speakers;
    for (const Mention& mention : document_.mentions) {
      if (mention.entity < 0) continue;
      const Sentence& sentence = document_.sentences[mention.sentence];
      const Token& head = sentence.tokens[mention.head_token];
      if (head.relation != Relation::Subject || head.head < 0) continue;
      const Token& verb = sentence.tokens[head.head];
      if (verb.pos == P::Verb && hasRole(verb, "speech")) speakers.insert(mention.entity);
    }
    for (const Mention& mention : document_.mentions) {
      if (mention.entity < 0 || mention.kind != MentionKind::Name) continue;
      ActorType type = document_.entities[mention.entity].type;
      if (type == ActorType::Country || type == ActorType::Person) continue;
      if (speakers.count(mention.entity)) continue;
      const Sentence& sentence = document_.sentences[mention.sentence];
      const Token& head = sentence.tokens[mention.head_token];
      if (head.relation != Relation::Modifier || head.head < 0) continue;
      if (isNounOf(sentence.tokens[head.head].lemma, "targeted")) weapons_.insert(mention.entity);
    }
  }

  // ---- status ------------------------------------------------------------------------------
  // `judged`: t is a noun a judging word modifies ("the baseless claims"); the verb that takes
  // it ("rejected") does not negate that judgement, which is its subject's own.
  EdgeStatus statusOf(size_t t, std::string& cues_seen, bool judged = false) const {
    EdgeStatus status = EdgeStatus::Asserted;
    auto raise = [&](EdgeStatus candidate, const std::string& cue) {
      if (statusRank(candidate) > statusRank(status)) status = candidate;
      cues_seen += (cues_seen.empty() ? "" : ",") + cue;
    };
    // "Did X accuse Y?", "Why did X attack Y?": a direct question (an auxiliary or a question
    // word first, a question mark last) states nothing; it asks, as "whether" does.
    // (Not a clause it takes as given: "How will X respond after Y sanctioned Z?")
    if (asked_[s_][t]) {
      bool in_adverbial_clause = false;
      for (int up = static_cast<int>(t), steps = 0; up >= 0 && steps < 12;
           up = token(static_cast<size_t>(up)).head, ++steps)
        in_adverbial_clause |= token(static_cast<size_t>(up)).relation == Relation::AdverbialClause;
      if (!in_adverbial_clause) raise(EdgeStatus::Planned, "?");
    }
    size_t current = t;
    // Past a verb of saying that reports the trigger only its negation counts: "the UK can
    // reveal that X hacked Y" reports a fact.
    bool reporting = false;
    // Whether the way up from a measure noun ("sanctions", "charges") has held only nouns and
    // prepositions so far: "rejected the imposition of sanctions" leaves them standing.
    bool measure_noun_path =
        token(t).pos == P::Noun && listedAs(token(t).lemma, [](const TriggerEntry& entry) {
          return entry.pos == TriggerPos::Noun &&
                 (entry.relation == "sanctioned" || entry.relation == "charged");
        });
    for (int steps = 0; steps < 8; ++steps) {
      const Token& word = token(current);
      // ("rejected claims of sanctions on X": past a claim the path is the claim's.)
      if ((word.pos != P::Noun && word.pos != P::Preposition) ||
          (current != t && word.pos == P::Noun &&
           nounFile(current) == WordNetFiles::kNounCommunication))
        measure_noun_path = false;
      for (size_t child : tree().children[current]) {
        const Token& c = token(child);
        if (c.relation == Relation::Negation) raise(EdgeStatus::Negated, c.lower);
        // "if X was behind it", "whether X was behind it": the clause is no claim.
        if (c.relation == Relation::Marker) {
          const ModalityCue* cue = cues_.modality(c.lower);
          if (cue && cue->kind == CueKind::Marker) raise(cue->status, c.lower);
        }
        if (reporting) continue;
        if (c.relation == Relation::Auxiliary || c.relation == Relation::AdverbModifier ||
            (c.relation == Relation::Determiner && word.pos == P::Noun)) {
          // With the word after it: "yet to" negates, "yet again" does not.
          const ModalityCue* cue =
              cues_.modality(c.lower, child + 1 < size() ? token(child + 1).lower : "");
          if (cue && (cue->kind == CueKind::Negator || cue->kind == CueKind::Modal ||
                      cue->kind == CueKind::Adverb || cue->kind == CueKind::Determiner))
            raise(cue->status, c.lower);
        }
        if (c.relation == Relation::AdverbialClause) {  // "would sanction X if talks fail"
          for (size_t grandchild : tree().children[child]) {
            const ModalityCue* cue = cues_.modality(token(grandchild).lower);
            if (token(grandchild).relation == Relation::Marker && cue &&
                cue->kind == CueKind::Marker && cue->status == EdgeStatus::Planned)
              raise(cue->status, token(grandchild).lower);
          }
        }
      }
      if (word.head < 0) break;
      size_t head = static_cast<size_t>(word.head);
      const Token& governor = token(head);
      auto governorCue = [&](size_t verb, const std::string& particle) {
        const ModalityCue* cue = cues_.modality(token(verb).lower, particle);
        if (!cue && !particle.empty()) cue = cues_.modality(token(verb).lemma, particle);
        if (!cue) cue = cues_.modality(token(verb).lower);
        if (!cue) cue = cues_.modality(token(verb).lemma);
        if (cue && cue->refutes_claims_only && measure_noun_path) return;
        if (cue && cue->kind == CueKind::Governor) raise(cue->status, token(verb).lower);
      };
      // "was ready to impose sanctions", "is willing to act": an adjective of intent.
      if (word.relation == Relation::OpenComplement && governor.pos == P::Adjective) {
        governorCue(head, "");
        // On to its copula: "was not ready to", "would be happy to".
        current = head;
        if (governor.relation == Relation::Predicate && governor.head >= 0 &&
            isVerbal(static_cast<size_t>(governor.head)))
          current = static_cast<size_t>(governor.head);
        continue;
      }
      if (word.relation == Relation::OpenComplement && isVerbal(head)) {
        governorCue(head, "");
        // "announced plans to sanction X": a noun of intent between the verb and the infinitive.
        for (size_t object : dependents(head, Relation::Object))
          if (object < current && token(object).pos == P::Noun) {
            const ModalityCue* cue = cues_.modality(token(object).lemma);
            if (cue && cue->kind == CueKind::Governor) raise(cue->status, token(object).lower);
          }
        current = head;
        continue;
      }
      // "denied hacking X", "denied accusing X": a gerund straight after a verb is its object,
      // whatever clause the tree hangs it as.
      if (word.relation == Relation::AdverbialClause && word.form == VerbForm::Gerund &&
          isVerbal(head) && head < current && current - head <= 2) {
        bool marked = false;
        for (size_t child : tree().children[current])
          marked = marked || token(child).relation == Relation::Marker;
        if (!marked) {
          governorCue(head, "");
          current = head;
          continue;
        }
      }
      // "rejected claims that X hacked Y", "found no evidence that X was behind it": a clause
      // that a noun holds takes the noun's negative determiner and the cue of the verb that
      // takes the noun.
      if (word.relation == Relation::Complement && governor.pos == P::Noun) {
        if (const ModalityCue* cue = cues_.modality(governor.lemma);
            cue && cue->kind == CueKind::Hearsay)
          raise(cue->status, governor.lower);  // "amid reports that X hacked Y"
        for (size_t child : tree().children[head])
          if (token(child).relation == Relation::Determiner) {
            const ModalityCue* cue = cues_.modality(token(child).lower);
            if (cue && cue->kind == CueKind::Determiner) raise(cue->status, token(child).lower);
          }
        if (governor.relation == Relation::Object && governor.head >= 0 &&
            isVerbal(static_cast<size_t>(governor.head)))
          governorCue(static_cast<size_t>(governor.head), "");
        break;
      }
      if ((word.relation == Relation::Object || word.relation == Relation::PassiveSubject) &&
          isVerbal(head) && word.pos == P::Noun) {
        // A nominal trigger takes its light verb's status ("would not introduce sanctions",
        // "the charges were dropped").
        if (!(judged && current == t)) governorCue(head, "");
        // "no information indicating an attack by X": a participle on a noun that "no"
        // determines says there is no such thing.
        if (governor.relation == Relation::ParticipleModifier && governor.head >= 0)
          for (size_t child : tree().children[static_cast<size_t>(governor.head)])
            if (token(child).relation == Relation::Determiner)
              if (const ModalityCue* cue = cues_.modality(token(child).lower);
                  cue && cue->kind == CueKind::Determiner)
                raise(cue->status, token(child).lower);
        current = head;
        continue;
      }
      if (word.relation == Relation::PrepositionObject && governor.head >= 0) {
        size_t verb = static_cast<size_t>(governor.head);
        // "acquitted X of spying": the tree may hang "of" on the verb's object.
        if (!isVerbal(verb) && token(verb).relation == Relation::Object && token(verb).head >= 0)
          verb = static_cast<size_t>(token(verb).head);
        if (isVerbal(verb)) {
          const ModalityCue* cue = cues_.modality(token(verb).lower, governor.lower);
          if (!cue) cue = cues_.modality(token(verb).lemma, governor.lower);
          if (cue && cue->kind == CueKind::Governor &&
              !(cue->refutes_claims_only && measure_noun_path)) {
            raise(cue->status, token(verb).lower + " " + governor.lower);
            current = verb;
            continue;
          }
          // "warned of sanctions", "refrained from sanctioning".
          const ModalityCue* plain = cues_.modality(token(verb).lemma);
          if (plain && plain->kind == CueKind::Governor &&
              !(plain->refutes_claims_only && measure_noun_path)) {
            raise(plain->status, token(verb).lower);
            current = verb;
            continue;
          }
        }
        break;
      }
      // "called for the UK to impose sanctions": the clause's "for" is the verb's particle.
      if ((word.relation == Relation::Complement || word.relation == Relation::AdverbialClause) &&
          isVerbal(head)) {
        bool particle = false;
        for (size_t child : tree().children[current])
          if (child < current && token(child).relation == Relation::Marker &&
              token(child).pos == P::Preposition) {
            governorCue(head, token(child).lower);
            particle = true;
          }
        if (particle && word.relation == Relation::AdverbialClause) {
          current = head;
          continue;
        }
      }
      if (word.relation == Relation::Complement && isVerbal(head)) {
        governorCue(head, "");  // "denied that"
        // "did not say whether X believed Y was behind it": what a verb of saying or thinking
        // reports takes that verb's negation and the markers on the way.
        if (!speechLike(head)) break;
        reporting = true;
        current = head;
        continue;
      }
      break;
    }
    return status;
  }

  // ---- emitting ----------------------------------------------------------------------------
  // A group the article names member by member stands for its members, and a member that is
  // itself such a group for its own ("two nationals among a group of seven": the nationals).
  std::vector<int> expand(const std::vector<int>& entities, int depth = 0) const {
    std::vector<int> all;
    for (int entity : entities) {
      if (entity >= 0 && entity < static_cast<int>(document_.entities.size()) &&
          !document_.entities[entity].members.empty() && depth < 4)
        addAll(all, expand(document_.entities[entity].members, depth + 1));
      else
        addUnique(all, entity);
    }
    return all;
  }
  // Who takes a measure or brings a charge the sentence names no one for: "Two people have been
  // sanctioned" - the actors the article last named as doing it (or, before any, the first it
  // names), else the government that publishes the article. `why` says which.
  std::vector<int> implicitAgents(const std::string& relation, std::string& why) const {
    auto found = article_agents_.find(relation);
    if (found != article_agents_.end() && !found->second.empty()) {
      const std::vector<int>* chosen = &found->second.front().second;
      for (const auto& [sentence, named] : found->second)
        if (sentence < s_) chosen = &named;
      why = "who the article says does it";
      return *chosen;
    }
    // A government's own release: "an indictment was unsealed charging X".
    if (int publisher = publisherEntity(); publisher >= 0) {
      why = "the government that publishes the article";
      return {publisher};
    }
    // "Two men were charged ..." in an article that names a prosecuting body somewhere (the
    // body itself, not a division of it: the shortest such name).
    if (relation == "charged") {
      int body = -1;
      size_t body_words = 0;
      for (size_t e = 0; e < document_.entities.size(); ++e) {
        const Entity& entity = document_.entities[e];
        if (entity.type == ActorType::Person || entity.type == ActorType::Country) continue;
        std::string word;
        size_t words = 0;
        bool prosecutes = false;
        for (size_t k = 0; k <= entity.name.size(); ++k) {
          char c = k < entity.name.size() ? entity.name[k] : ' ';
          if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
          }
          if (word.empty()) continue;
          ++words;
          prosecutes = prosecutes || cues_.hasRole(word, "prosecution");
          word.clear();
        }
        if (prosecutes && (body < 0 || words < body_words)) {
          body = static_cast<int>(e);
          body_words = words;
        }
      }
      if (body >= 0) {
        why = "the prosecuting body the article names";
        return {body};
      }
    }
    return {};
  }
  // Who makes an allegation the sentence names no one for: the article's accuser, else whoever
  // charges or sanctions in it (a measure states its reasons).
  // (While the first pass still gathers who does what, only the accusers found so far count.)
  std::vector<int> implicitAccusers(std::string& why) const {
    if (pass_ == 0) return implicitAgents("accused", why);
    for (const char* relation : {"accused", "charged", "sanctioned"}) {
      auto found = article_agents_.find(relation);
      if (found != article_agents_.end() && !found->second.empty())
        return implicitAgents(relation, why);
    }
    return implicitAgents("accused", why);
  }
  // `implicit_agent`: with no agent, a sanction or charge may take the article's (off where the
  // sentence names a thing as its agent: "resolutions that impose sanctions").
  void emit(size_t trigger, const std::string& relation, std::vector<int> agents,
            std::vector<int> patients, EdgeStatus status, double confidence, const std::string& how,
            bool implicit_agent = true) {
    if (pass_ == 0) {
      // Who the article says does this, for agentless mentions of it later.
      // (Not who the edge is about: "X is accused of ..., X said" makes no accuser of X.)
      agents = without(expand(agents), expand(patients));
      if (status == EdgeStatus::Asserted && !agents.empty()) {
        article_agents_[relation].push_back({s_, agents});
        // Who charges or sanctions each actor, for "X has been accused of ..." later.
        if (relation == "charged" || relation == "sanctioned")
          for (int patient : expand(patients))
            for (int agent : agents) addUnique(measured_by_[patient], agent);
      }
      return;
    }
    if (agents.empty() && !patients.empty() && status == EdgeStatus::Asserted && implicit_agent &&
        (relation == "sanctioned" || relation == "charged")) {
      std::string why;
      agents = implicitAgents(relation, why);
      if (!agents.empty()) {
        confidence *= 0.7;
        note("  (implicit agent: " + why + ")");
      }
    }
    agents = expand(agents);
    patients = expand(patients);
    std::vector<int> kept_agents = without(agents, patients);
    std::vector<int> kept_patients = without(patients, agents);
    // Courts try people and bodies, not states: "Arnor charged Gondor over the attack" accuses.
    std::string relation_kept = relation;
    if (relation == "charged" && !kept_patients.empty() &&
        std::all_of(kept_patients.begin(), kept_patients.end(),
                    [&](int p) { return document_.entities[p].type == ActorType::Country; })) {
      relation_kept = "accused";
      note("  (a state is not indicted: charged read as accused)");
    }
    return emitKept(trigger, relation_kept, agents, kept_agents, patients, kept_patients, status,
                    confidence, how);
  }
  void emitKept(size_t trigger, const std::string& relation, const std::vector<int>& agents,
                const std::vector<int>& kept_agents, const std::vector<int>& patients,
                const std::vector<int>& kept_patients, EdgeStatus status, double confidence,
                const std::string& how) {
    auto list = [&](const std::vector<int>& ids) {
      std::string text;
      for (int id : ids) text += (text.empty() ? "" : "+") + document_.entities[id].name;
      return text.empty() ? "?" : text;
    };
    if (relation == "targeted" && kept_agents.empty() && !kept_patients.empty() &&
        status == EdgeStatus::Asserted)
      pending_attacks_.push_back({s_, kept_patients});
    // "X conducted intrusions. Victims include Y": an attack with no victim named still has
    // its doer.
    if (relation == "targeted" && !kept_agents.empty() && status == EdgeStatus::Asserted)
      last_attackers_ = kept_agents;
    if (kept_agents.empty() || kept_patients.empty()) {
      note("  rejected " + relation + " at '" + token(trigger).text + "' (" + how +
           "): " + (kept_agents.empty() ? "no agent" : "no patient") + " [agents " + list(agents) +
           ", patients " + list(patients) + "]");
      return;
    }
    if (relation == "accused" && status == EdgeStatus::Asserted) {
      last_accusers_ = kept_agents;
      last_accused_ = kept_patients;
    }
    if (status == EdgeStatus::Asserted &&
        (relation == "accused" || relation == "charged" || relation == "sanctioned")) {
      last_culprits_ = kept_patients;
      last_agents_[relation] = kept_agents;
    }
    // "a cyberattack on X by Y. We oppose such activities": the attacker did the deed too.
    if (status == EdgeStatus::Asserted && relation == "targeted") last_culprits_ = kept_agents;
    Predicate predicate;
    predicate.sentence = s_;
    predicate.trigger = trigger;
    predicate.relation = relation;
    predicate.agents = kept_agents;
    predicate.patients = kept_patients;
    predicate.status = status;
    predicate.confidence = confidence;
    predicate.how = how;
    note("  " + relation +
         (status == EdgeStatus::Asserted ? "" : " (" + std::string(edgeStatusName(status)) + ")") +
         " at '" + token(trigger).text + "': " + list(kept_agents) + " -> " + list(kept_patients) +
         " (" + how + ")");
    document_.predicates.push_back(std::move(predicate));
  }
  // Who writes an article in the first person: the government that publishes it, else the
  // state or body the article first makes the subject of a verb ("Arnor remains ...; today, we
  // designated X").
  std::vector<int> authorActors() const {
    if (int publisher = publisherEntity(); publisher >= 0) return {publisher};
    for (const Mention& mention : document_.mentions) {
      if (mention.entity < 0 || mention.kind != MentionKind::Name) continue;
      const Entity& entity = document_.entities[static_cast<size_t>(mention.entity)];
      if (entity.type != ActorType::Country && entity.type != ActorType::Organization) continue;
      const Sentence& sentence = document_.sentences[mention.sentence];
      if (mention.head_token >= sentence.tokens.size()) continue;
      if (sentence.tokens[mention.head_token].relation == Relation::Subject)
        return {mention.entity};
    }
    return {};
  }
  // The entity of the government whose web domain the article is published under, when the
  // article names it; else -1.
  int publisherEntity() const {
    if (document_.publisher_government.empty()) return -1;
    for (size_t e = 0; e < document_.entities.size(); ++e)
      if (document_.entities[e].name == document_.publisher_government) return static_cast<int>(e);
    return -1;
  }
  void recordCulprits(const std::vector<size_t>& events, const std::vector<int>& culprits) {
    if (culprits.empty()) return;
    if (pass_ == 1 && std::any_of(events.begin(), events.end(),
                                  [&](size_t event) { return isAttackEvent(event); })) {
      recent_culprits_ = culprits;
      recent_culprits_sentence_ = s_;
    }
    for (size_t event : events)
      for (size_t member : tree().withConjuncts(event)) {
        std::vector<int> named = mentionActors(member);
        bool weapon = !named.empty() && std::all_of(named.begin(), named.end(),
                                                    [&](int e) { return weapons_.count(e) > 0; });
        if (weapon) {
          for (int e : named) addAll(weapon_culprits_[e], culprits);
          continue;
        }
        if (!named.empty()) continue;
        addAll(culprits_[{s_, member}], culprits);
        // "the GlassWorm attacks": the tool named before the event was the culprit's too.
        for (size_t child : tree().children[member])
          if (token(child).relation == Relation::Modifier)
            for (int e : mentionActors(child))
              if (weapons_.count(e)) addAll(weapon_culprits_[e], culprits);
      }
  }

  // ---- triggers ----------------------------------------------------------------------------
  // "X alleged that Y shipped arms to Z": a verb that says someone did wrong
  // (relation_cues.tsv "allege") accuses the subject of the clause it reports, whatever the
  // act (an attack is not needed, as it is for a plain verb of saying).
  void allegations(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || !hasRole(verb, "allege") || isPassive(t)) return;
    std::vector<int> accusers = subjectActors(t);
    if (accusers.empty()) return;
    std::vector<int> accused;
    // (A verb that is also a relation's trigger, "charge", alleges only with "that": "charged
    // that X lied", not "the charges X faces" read as a verb.)
    const bool needs_that = !triggers_.lookup(verb.lemma).empty();
    for (size_t clause : dependents(t, Relation::Complement)) {
      const std::vector<size_t> markers = dependents(clause, Relation::Marker);
      if (needs_that && std::none_of(markers.begin(), markers.end(),
                                     [&](size_t m) { return token(m).lower == "that"; }))
        continue;
      if (isVerbal(clause))
        for (size_t s : subjectOf(clause).tokens) {
          // "alleging that his country stands with X": the speaker's own side does no wrong.
          bool own_side = false;
          for (size_t child : tree().children[s])
            own_side |=
                token(child).relation == Relation::Possessor && token(child).pos == P::Determiner;
          if (!own_side) addAll(accused, actors(s, false));
        }
    }
    // "X alleged Gondorian interference": a deed for object accuses its owner.
    std::string how = "alleges a wrong done by the clause's subject";
    if (accused.empty() && !needs_that)
      for (size_t object : dependents(t, Relation::Object))
        if (token(object).pos == P::Noun && mentionActors(object).empty() &&
            (namesADeed(object) || isAttackEvent(object))) {
          addAll(accused, owners(object, 0));
          how = "alleges a wrong done by the deed's owner";
        }
    if (accused.empty()) return;
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "accused", accusers, accused, status, kSpeakerConfidence, how);
  }

  // "Arnor said Gondor had violated the ceasefire", "the ministry said X had smuggled arms": a
  // clause a speaker reports whose verb names a wrong (relation_cues.tsv "wrong") accuses its
  // named subject, as one that says who attacked does. Only a finite verb the text asserts, and
  // only a subject the text names (a pronoun may be the speaker's own side).
  void reportedWrongs(size_t t) {
    const Token& verb = token(t);
    // (A verb of alleging accuses through allegations() already.)
    if (verb.pos != P::Verb || !hasRole(verb, "wrong") || isPassive(t) ||
        verb.relation != Relation::Complement || verb.head < 0 ||
        !speechLike(static_cast<size_t>(verb.head)) ||
        hasRole(token(static_cast<size_t>(verb.head)), "allege"))
      return;
    if (!finiteVerb(t)) return;
    // (A described actor with a name or demonym in it counts: "Gondorian agents".)
    auto named = [&](const Mention& mention) {
      if (mention.kind == MentionKind::Name || mention.kind == MentionKind::Metonym) return true;
      if (mention.kind != MentionKind::Phrase) return false;
      for (size_t k = mention.first_token; k <= mention.last_token; ++k)
        if (token(k).pos == P::ProperNoun) return true;
      return false;
    };
    std::vector<int> doers;
    for (size_t s : subjectOf(t).tokens) {
      int m = token(s).mention;
      if (m < 0 || !named(document_.mentions[m])) return;
      addAll(doers, actors(s, false));
    }
    std::vector<int> accusers = without(speakerOf(t), doers);
    if (doers.empty() || accusers.empty()) return;
    if (!asserted(t)) return;
    emit(t, "accused", accusers, doers, EdgeStatus::Asserted, kSpeakerConfidence,
         "speaker of a clause that says who did a wrong");
  }

  // "'Gondor's aggression must end,' the minister said", "Arnor said the flood followed Gondor's
  // violation of the treaty": a noun for a wrong (relation_cues.tsv "wrong") that a speaker
  // reports of a named owner accuses the owner, as a clause that says who did it does. Only a
  // head noun the text asserts, and only an owner it names.
  void reportedWrongNouns(size_t t) {
    const Token& noun = token(t);
    if (noun.pos != P::Noun || noun.mention >= 0 || !hasRole(noun, "wrong") ||
        noun.relation == Relation::Modifier)
      return;
    // (A trigger noun says its own edge; one that only judges as a predicate, "violation", not.)
    for (const TriggerEntry* entry : triggers_.lookup(noun.lemma))
      if (entry->pattern != ArgumentPattern::Predicate) return;
    // ("the Arnorian crime agency head": a noun inside a longer noun phrase heads nothing.)
    if (t + 1 < size() && (token(t + 1).pos == P::Noun || token(t + 1).pos == P::ProperNoun))
      return;
    // Whose wrong: "aggression by Gondor", "Rohan's persecution under Gondor" (the possessor is
    // then whom it is done to); else "Gondor's aggression", "Gondorian aggression", "Gondor
    // committed abuses" (not "of": "a violation of the treaty" names what is wronged).
    std::vector<int> owned = doersOfDeed(t, /*possessor_needs_victim=*/false, /*name_before=*/true);
    if (owned.empty() && noun.relation == Relation::Object && noun.head >= 0 &&
        hasRole(token(static_cast<size_t>(noun.head)), "light-agent"))
      owned = subjectActors(static_cast<size_t>(noun.head));
    std::vector<int> doers;
    for (int owner : owned) {
      // (An owner the article only describes, "the country", names no one.)
      if (!namedInSentence(owner)) return;
      addUnique(doers, owner);
    }
    // "Gondor's crimes are a myth", "were invented by X": a wrong the clause calls false
    // (relation_cues.tsv "dismissal") is none.
    if (noun.head >= 0 && isVerbal(static_cast<size_t>(noun.head))) {
      size_t verb = static_cast<size_t>(noun.head);
      if (hasRole(token(verb), "dismissal")) return;
      for (size_t predicate : dependents(verb, Relation::Predicate))
        if (hasRole(token(predicate), "dismissal")) return;
    }
    std::vector<int> accusers = without(speakerOf(t), doers);
    if (doers.empty() || accusers.empty()) return;
    // ("If Gondor's aggression goes on, ...": the clause the noun is in must be asserted too,
    // or a demand that the wrong stop, "Gondor's aggression must end".)
    size_t clause = t;
    while (!isVerbal(clause) && token(clause).head >= 0)
      clause = static_cast<size_t>(token(clause).head);
    std::string cues;
    EdgeStatus clause_status = statusOf(clause, cues);
    // (Only a modal of its own demands the wrong end: "asked whether X's aggression would end"
    // is a question.)
    bool own_demand = false;
    for (size_t auxiliary : dependents(clause, Relation::Auxiliary))
      if (const ModalityCue* cue = cues_.modality(token(auxiliary).lower);
          cue && cue->kind == CueKind::Modal && cue->status == EdgeStatus::Demanded)
        own_demand = true;
    for (size_t marker : dependents(clause, Relation::Marker))
      if (cues_.modality(token(marker).lower)) own_demand = false;
    if (!asserted(t) || (clause_status != EdgeStatus::Asserted &&
                         !(clause_status == EdgeStatus::Demanded && own_demand)))
      return;
    emit(t, "accused", accusers, doers, EdgeStatus::Asserted, kSpeakerConfidence,
         "speaker of a clause that names a wrong of its owner");
  }

  // "X banned Y from entering the country", "Y is barred from travelling to X": a verb that
  // keeps an actor out (relation_cues.tsv "bar") of a place or from moving there (WordNet's
  // verb.motion: enter, travel) is a travel ban, a sanction. A league that bans a player from
  // competing imposes none. The doer: the subject, a passive's "by" agent, or who says so.
  void exclusions(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || !hasRole(verb, "bar")) return;
    bool kept_out = false;
    std::vector<size_t> heads = dependents(t, Relation::Object);  // "banned X from ..." too
    heads.push_back(t);
    for (size_t from : prepositionObjects(heads, {"from"})) {
      const Token& what = token(from);
      std::vector<int> named = mentionActors(from);
      if (what.pos == P::Verb)  // its own lemma, not one the synonym stage read it as
        kept_out |= WordDictionary::instance().verbLexicographerFile(
                        what.synonym_of.empty() ? what.lemma : what.synonym_of) ==
                    WordNetFiles::kVerbMotion;
      else if (what.pos == P::Noun)
        kept_out |= nounFile(from) == WordNetFiles::kNounLocation;
      else
        kept_out |= !named.empty() && allOfType(named, {ActorType::Country});
    }
    if (kept_out) emitMeasure(t, "keeps the actor out of a place: a travel ban");
  }

  // A sanction that verb t puts on its object (a passive's subject), by its subject (a
  // passive's "by" agent, or who says so).
  void emitMeasure(size_t t, const std::string& how) {
    std::vector<int> agents, patients;
    // "the individuals added to the list": a participle on its noun is a passive.
    bool participle = token(t).relation == Relation::ParticipleModifier &&
                      token(t).form == VerbForm::PastParticiple;
    if (isPassive(t) || participle) {
      for (size_t s : subjectOf(t).tokens) {
        // "One of the individuals added to the list was X": the one, not all of them.
        size_t noun = s;
        if (participle && token(s).relation == Relation::PrepositionObject && token(s).head >= 0 &&
            token(token(s).head).lower == "of" && token(token(s).head).head >= 0) {
          size_t partitive = static_cast<size_t>(token(token(s).head).head);
          if (token(partitive).mention >= 0 && token(partitive).pos != P::Noun) noun = partitive;
        }
        addAll(patients, actors(noun, false));
      }
      for (size_t by : prepositionObjects(t, {"by"})) addAll(agents, actors(by, false));
      // A participle's sentence speaks of the listed, not for the lister: with no "by", the
      // article's sanctioner lists them (emit's implicit agent).
      if (agents.empty() && !participle) agents = speakerOf(t);
      // Who is listed does not list.
      for (int patient : patients)
        agents.erase(std::remove(agents.begin(), agents.end(), patient), agents.end());
    } else {
      agents = subjectActors(t);
      for (size_t object : dependents(t, Relation::Object)) addAll(patients, actors(object, false));
    }
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "sanctioned", agents, patients, status, kNominalConfidence, how);
  }

  // "X added Y to its sanctions list", "Y was put on a blacklist": a verb that puts an actor on
  // a register of a measure (relation_cues.tsv "register", named by a sanction noun before it
  // or by itself) imposes that measure. The doer: the subject, a passive's "by" agent, or who
  // says so.
  void listings(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb) return;
    // A word relations.tsv lists for sanctions, in any part of speech: the register itself ("a
    // blacklist"), or a participle before it ("the designated nationals list").
    auto sanctionWord = [&](size_t k) {
      return listedAs(token(k).lemma,
                      [](const TriggerEntry& entry) { return entry.relation == "sanctioned"; });
    };
    auto sanctionParticiple = [&](size_t k) {
      return token(k).lower.ends_with("ed") && sanctionWord(k);
    };
    bool on_register = false;
    for (size_t preposition : dependents(t, Relation::Preposition)) {
      int at = prepositionObject(preposition);
      if (at < 0 || !hasRole(token(static_cast<size_t>(at)), "register")) continue;
      size_t list = static_cast<size_t>(at);
      bool of_sanctions = sanctionWord(list);
      // Its words before it: a sanction noun ("its sanctions list") or a sanctioning participle,
      // also on a modifier ("the designated nationals list").
      for (size_t child : tree().children[list]) {
        if (child > list) continue;
        if (sanctionParticiple(child) || hasRole(token(child), "outlawed"))
          of_sanctions = true;  // ("its terror list")
        if (token(child).relation != Relation::Modifier) continue;
        if (isNounOf(token(child).lemma, "sanctioned")) of_sanctions = true;
        for (size_t grandchild : tree().children[child])
          if (token(grandchild).relation == Relation::Modifier && sanctionParticiple(grandchild))
            of_sanctions = true;
      }
      // "its list of firms targeted by sanctions": a sanction word in what follows the list
      // and hangs on it; "its list of terror groups", "the terror list": a word for what
      // a state outlaws (relation_cues.tsv "outlawed") before or after it.
      std::vector<size_t> pending{list};
      for (size_t k = 0; k < pending.size() && k < 24 && !of_sanctions; ++k) {
        if (pending[k] > list && token(pending[k]).pos == P::Noun && sanctionWord(pending[k]))
          of_sanctions = true;
        // (A body's word the outlawed word modifies, or the list itself: not "its list of
        // terror victims".)
        if (hasRole(token(pending[k]), "outlawed") && token(pending[k]).head >= 0) {
          size_t modified = static_cast<size_t>(token(pending[k]).head);
          if (modified == list || nounFile(modified) == WordNetFiles::kNounGroup ||
              nounFile(modified) == WordNetFiles::kNounTops)
            of_sanctions = true;
        }
        // (Not into a clause: "its list of nations that oppose the sanctions".)
        for (size_t child : tree().children[pending[k]])
          if (child > list && token(child).relation != Relation::RelativeClause &&
              token(child).relation != Relation::Complement &&
              token(child).relation != Relation::AdverbialClause)
            pending.push_back(child);
      }
      // "the list" once the article has named its list of sanctions, or in an article that
      // reports sanctions ("the list" of what else, it would say: "the list of victims").
      bool definite = false, of_what = false;
      for (size_t child : dependents(list, Relation::Determiner))
        definite |= token(child).lower == "the";
      for (size_t child : dependents(list, Relation::Preposition))
        of_what |= token(child).lower == "of";
      if (of_sanctions) sanctions_register_seen_ = true;
      // ("removed X from the list" takes X off: only "to" or "on" puts X on a bare list.)
      const bool onto = token(preposition).lower == "to" || token(preposition).lower == "on";
      // ("removed X from its sanctions list" takes X off any list.)
      if (token(preposition).lower == "from") continue;
      on_register |= of_sanctions || (definite && sanctions_register_seen_) ||
                     (definite && !of_what && onto && pass_ == 1 && reportsSanctions());
    }
    if (on_register) {
      emitMeasure(t, "puts the actor on a register of sanctions");
      return;
    }
    // "Arnor listed the group as a terrorist body", "declared X a terrorist organisation": a
    // verb of designating (relation_cues.tsv "designating") that names its actor object as a
    // body of what a state outlaws designates it.
    if (!hasRole(verb, "designating")) return;
    // (A state or body designates; a person who "declared X a terrorist group" gives a view.)
    std::vector<int> designators = subjectActors(t);
    if (!designators.empty() && allOfType(designators, {ActorType::Person})) return;
    std::vector<size_t> kinds = prepositionObjects(t, {"as"});
    for (size_t predicate : dependents(t, Relation::Predicate)) kinds.push_back(predicate);
    std::vector<size_t> things = isPassive(t) ? subjectOf(t).tokens : objectsOf(t);
    for (size_t object : dependents(t, Relation::Object)) things.push_back(object);
    bool actor = std::any_of(things.begin(), things.end(),
                             [&](size_t thing) { return !mentionActors(thing).empty(); });
    for (size_t kind : kinds) {
      // (A body: WordNet's noun.group, or a top noun such as "entity"; not a "terror suspect".)
      if (!actor || token(kind).pos != P::Noun ||
          (nounFile(kind) != WordNetFiles::kNounGroup && nounFile(kind) != WordNetFiles::kNounTops))
        continue;
      for (size_t child : tree().children[kind])
        if (child < kind && hasRole(token(child), "outlawed")) {
          emitMeasure(t, "names the actor a body of what a state outlaws: a designation");
          return;
        }
    }
  }

  // Whether the article reports sanctions someone imposed (so far, in the first pass).
  bool reportsSanctions() const {
    auto sanctions = article_agents_.find("sanctioned");
    return sanctions != article_agents_.end() && !sanctions->second.empty();
  }

  // The plural noun an inclusion verb lists the members of ("the targets include X"): its one
  // subject, or -1.
  int inclusionSubject(size_t t) const { return onePluralNoun(inclusionSubjects(t)); }
  // The subjects of t when it is an active inclusion verb ("X includes Y"), else none.
  std::vector<size_t> inclusionSubjects(size_t t) const {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || !hasRole(verb, "inclusion") || isPassive(t)) return {};
    return subjectOf(t).tokens;
  }
  // The one subject of `subjects` when it is a plural common noun, or -1.
  int onePluralNoun(const std::vector<size_t>& subjects) const {
    if (subjects.size() != 1) return -1;
    const Token& list = token(subjects.front());
    return list.pos == P::Noun && list.plural ? static_cast<int>(subjects.front()) : -1;
  }

  // Who takes the measure noun `noun` names ("Gondor's targets", "Gondor's decision"): its
  // possessor, else the article's sanctioner (then `why` says so).
  std::vector<int> measureTaker(size_t noun, std::string& why) const {
    std::vector<int> takers;
    for (size_t child : tree().children[noun])
      if (token(child).relation == Relation::Possessor) addAll(takers, mentionActors(child));
    if (takers.empty()) takers = implicitAgents("sanctioned", why);
    return takers;
  }

  // "The targets include X and Y", "Gondor's targets include X", "These designations include
  // X": in an article that reports sanctions, those a list of targets (or the measures) includes
  // are sanctioned, by the list's owner or else by the article's sanctioner.
  void listedTargets(size_t t) {
    const std::vector<size_t> subjects = inclusionSubjects(t);
    int subject = onePluralNoun(subjects);
    // ("The blacklist also includes X": a register of sanctions lists them too.)
    if (subject < 0)
      for (size_t s : subjects)
        if (token(s).pos == P::Noun && hasRole(token(s), "register") && mentionActors(s).empty() &&
            prepositionObjects(s, {"of"}).empty())  // "the list of casualties" is no register
          subject = static_cast<int>(s);
    if (subject < 0 || !reportsSanctions()) return;
    size_t list = static_cast<size_t>(subject);
    // (People, as lists of those a measure names them: "the targets included X's water
    // company" after sanctions over an attack are its victims.)
    // (A register of sanctions lists bodies too: "the blacklist includes X Airlines".)
    // ("These designations include X": the measures themselves name whom they hit.)
    // (Not one a name modifies: "Arnor sanctions include X" may be sanctions on Arnor.)
    bool named_modifier = false;
    for (size_t child : tree().children[list])
      named_modifier |= token(child).relation == Relation::Modifier && token(child).mention >= 0;
    const bool measure_noun =
        mentionActors(list).empty() && !named_modifier && isNounOf(token(list).lemma, "sanctioned");
    const bool register_list = hasRole(token(list), "register") || measure_noun;
    if (!register_list && !hasRole(token(list), "measure-list")) return;
    std::vector<int> patients;
    for (size_t object : dependents(t, Relation::Object))
      for (int e : actors(object, false))
        if (register_list || document_.entities[e].type == ActorType::Person)
          addUnique(patients, e);
    if (patients.empty()) return;
    std::string why = "the owner of the list";
    std::vector<int> agents = measureTaker(list, why);
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "sanctioned", agents, patients, status, kNominalConfidence,
         "a list of a measure's targets includes them (" + why + ")");
  }

  // Whether attack noun t is what a list that includes its members is of: "the targets (or
  // victims) of the attacks included X" (`list` gets "targets", the subject of "included").
  bool includingList(size_t t, size_t& list) const {
    if (token(t).relation != Relation::PrepositionObject || token(t).head < 0) return false;
    const Token& of = token(static_cast<size_t>(token(t).head));
    if (of.lower != "of" || of.head < 0) return false;
    list = static_cast<size_t>(of.head);
    const Token& noun = token(list);
    if (noun.pos != P::Noun || !noun.plural ||
        !(hasRole(noun, "measure-list") || hasRole(noun, "victim-list")))
      return false;
    if (noun.relation != Relation::Subject || noun.head < 0) return false;
    size_t verb = static_cast<size_t>(noun.head);
    return token(verb).pos == P::Verb && hasRole(token(verb), "inclusion") && !isPassive(verb);
  }

  // "Arnor hacked Gondor's banks. The victims include X": those an attack's victims include
  // were targeted by whoever the article last named as its doer.
  void listedVictims(size_t t) {
    int subject = inclusionSubject(t);
    if (subject < 0) return;
    const Token& list = token(static_cast<size_t>(subject));
    // "Other targets included X": with no sanctions in the article, targets are an attack's.
    if (!(hasRole(list, "victim-list") || (!reportsSanctions() && hasRole(list, "measure-list"))))
      return;
    for (size_t child : tree().children[static_cast<size_t>(subject)])
      if (token(child).lower == "of") return;  // "the victims of X": the nominal reads it
    std::vector<int> doers = last_attackers_;
    std::vector<int> patients;
    for (size_t object : dependents(t, Relation::Object)) addAll(patients, actors(object, false));
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "targeted", doers, patients, status, kNominalConfidence,
         "the victims of the latest attack include them");
  }

  // "Those charged were A and B, along with C", "Among those sanctioned were A and B", "Those
  // sanctioned include A": a measure's participle on a bare pronoun (or right after a plural
  // noun) names its patients in the copula's predicate (or the inclusion verb's object); the
  // measure is the one the article reports (its latest agent for that relation).
  void thoseMeasured(size_t t) {
    const Token& participle = token(t);
    // ("Among the men whose funds were blocked are A and B": a passive relative clause too.)
    bool relative = participle.relation == Relation::RelativeClause && isPassive(t);
    if (participle.pos != P::Verb || participle.head < 0 ||
        !(relative || (participle.form == VerbForm::PastParticiple &&
                       participle.relation == Relation::ParticipleModifier)))
      return;
    // ("Among the organisations sanctioned were A and B": a plural noun for them too.)
    size_t pronoun = static_cast<size_t>(participle.head);
    bool bare = token(pronoun).pos == P::Pronoun && token(pronoun).mention < 0 && !relative;
    // (A relative clause may be on any noun: "the firm whose assets were frozen is X".)
    bool plural =
        token(pronoun).pos == P::Noun && ((token(pronoun).plural && pronoun + 1 == t) || relative);
    if (!(bare || plural) || token(pronoun).head < 0) return;
    std::string relation;
    for (const TriggerEntry* entry : triggers_.lookup(participle.lemma))
      if (entry->pos == TriggerPos::Verb &&
          (entry->relation == "charged" || entry->relation == "sanctioned"))
        relation = entry->relation;
    if (relation.empty()) return;
    // The copula: the pronoun's head, or past "among".
    const size_t among = static_cast<size_t>(token(pronoun).head);
    size_t copula = among;
    if (token(pronoun).relation == Relation::PrepositionObject && token(copula).head >= 0)
      copula = static_cast<size_t>(token(copula).head);
    // ("Those sanctioned by Gondor include A and B": an inclusion verb lists them as objects.)
    bool inclusion = token(copula).pos == P::Verb && hasRole(token(copula), "inclusion") &&
                     !isPassive(copula) && token(pronoun).relation == Relation::Subject;
    // ("The individuals sanctioned are named as: A, B and C": a passive naming verb lists them
    // after "as" or a colon.)
    bool naming = token(copula).pos == P::Verb && hasRole(token(copula), "naming") &&
                  isPassive(copula) && token(pronoun).relation == Relation::PassiveSubject;
    if (token(copula).lemma != "be" && !inclusion && !naming) return;
    std::vector<int> patients;
    for (size_t named : dependents(copula, inclusion ? Relation::Object : Relation::Predicate))
      addAll(patients, actors(named, false));
    // "A and B are among those sanctioned": the copula's subject is among them.
    if (patients.empty() && token(among).lower == "among" &&
        token(among).relation == Relation::Predicate)
      for (size_t subject : subjectOf(copula).tokens) addAll(patients, actors(subject, false));
    if (naming) {
      for (size_t named : prepositionObjects(copula, {"as"}))
        addAll(patients, actors(named, false));
      for (size_t child : tree().children[copula])
        if (child > copula && token(child).relation == Relation::Dependent &&
            (token(child).pos == P::ProperNoun || token(child).pos == P::Noun))
          addAll(patients, actors(child, false));
    }
    // "Those listed are:" and a bulleted line for each: the lines name them.
    bool opens_bullets =
        patients.empty() && token(copula).lemma == "be" && token(size() - 1).text == ":";
    if (patients.empty() && !opens_bullets) return;
    // "The people charged by Gondor were A and B": the participle's own "by" first.
    std::string why = "its 'by'";
    std::vector<int> agents;
    for (size_t by : prepositionObjects(t, {"by"})) addAll(agents, actors(by, false));
    if (agents.empty()) agents = implicitAgents(relation, why);
    std::string cues;
    const EdgeStatus status = statusOf(copula, cues);
    if (opens_bullets) {
      if (status == EdgeStatus::Asserted) bulleted_measure_ = {s_ + 1, relation, agents, why};
      return;
    }
    for (size_t with : prepositionObjects(copula, {"with"})) addAll(patients, actors(with, false));
    emit(t, relation, agents, patients, status, kNominalConfidence,
         "those the measure names are listed (agent: " + why + ")");
  }

  // "X imposed sanctions on 29 agents. This includes A, head of B": a pronoun that stands for
  // no actor ("this", "these") whose members an inclusion verb lists stands for the previous
  // sentence's measure, which names them too.
  void measureIncludes(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || !hasRole(verb, "inclusion") || isPassive(t)) return;
    const Predicate* measure = latestMeasure();  // (read only for an inclusion verb)
    if (!measure || measure->sentence + 1 != s_) return;
    std::vector<size_t> subjects = subjectOf(t).tokens;
    if (subjects.size() != 1) return;
    const Token& subject = token(subjects.front());
    if (subject.pos != P::Pronoun || subject.mention >= 0) return;
    std::vector<int> patients;
    for (size_t object : dependents(t, Relation::Object)) addAll(patients, actors(object, false));
    if (patients.empty()) return;
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, measure->relation, measure->agents, patients, status, kNominalConfidence,
         "'this' includes them: the previous sentence's measure");
  }

  // '"The defendants acted at the behest of X," Y said': who reports that someone acted at
  // another's direction, orders or behest accuses that other of having it done. (A trigger verb
  // does this in accuseDoer.)
  void actingAtBehest(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || isPassive(t) || !triggers_.lookup(verb.lemma).empty() ||
        WordDictionary::instance().verbLexicographerFile(verb.lemma) ==
            WordNetFiles::kVerbCommunication)
      return;
    // ("carried out attacks on behalf of X": accuseDoer reads the attack's light verb.)
    for (size_t object : dependents(t, Relation::Object))
      if (isAttackEvent(object)) return;
    std::vector<int> owners_found = behestOf(t);
    if (owners_found.empty()) return;
    std::vector<int> doers = subjectActors(t);
    if (doers.empty()) return;
    std::vector<int> accusers = without(without(speakerOf(t), doers), owners_found);
    if (accusers.empty()) return;
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "accused", accusers, owners_found, status, kSpeakerConfidence,
         "speaker of a clause that says who had the act done");
  }

  // "Officials disclosed the operation, carried out by X": revealing someone's act accuses them.
  void disclosures(size_t t) {
    const Token& verb = token(t);
    if (verb.pos != P::Verb || verb.lemma == "say" || isPassive(t) ||
        WordDictionary::instance().verbLexicographerFile(verb.lemma) !=
            WordNetFiles::kVerbCommunication)
      return;
    for (size_t object : dependents(t, Relation::Object)) {
      if (!mentionActors(object).empty() || !namesADeed(object)) continue;
      // "detailed the charges brought by X": a claim or a measure is X's own relation, not an
      // act anyone is accused of.
      if (listedAs(token(object).lemma, [](const TriggerEntry& entry) {
            return entry.pos == TriggerPos::Noun && entry.relation != "targeted";
          }))
        continue;
      std::vector<int> doers;
      for (size_t child : tree().children[object])
        if (token(child).relation == Relation::ParticipleModifier)
          for (size_t by : prepositionObjects(child, {"by"})) addAll(doers, actors(by, false));
      // "citing attempts by X to interfere".
      for (size_t by : prepositionObjects(object, {"by"})) addAll(doers, actors(by, false));
      if (doers.empty()) continue;
      std::string cues;
      EdgeStatus status = statusOf(t, cues);
      std::vector<int> accusers = subjectActors(t);
      emit(t, "accused", accusers, doers, status, kSpeakerConfidence,
           "discloses an act and who did it");
      // "returned an indictment that alleges crimes by X": the charge names X.
      for (size_t subject : subjectOf(t).tokens) {
        size_t noun = antecedentOf(subject);
        if (token(noun).pos == P::Noun && isNounOf(token(noun).lemma, "charged"))
          emit(t, "charged", accusers, doers, status, kSpeakerConfidence,
               "a charge that alleges an act names who did it");
      }
    }
  }

  // "Those listed are:" then "- Jane Roe runs X" line by line: the actor a
  // bulleted line opens with is the measure's patient, for as long as bulleted lines follow.
  void bulletedPatient() {
    if (bulleted_measure_.next != s_ || size() < 2 || !hasRole(token(0), "bullet")) {
      bulleted_measure_.next = kNoSentence;
      return;
    }
    bulleted_measure_.next = s_ + 1;
    // ("• Lt Col Jon Dale - deputy head": past the titles before the name.)
    size_t first = 1;
    while (first + 1 < size() && first < 4 && token(first).mention < 0 && token(first).capitalised)
      ++first;
    if (token(first).mention < 0) return;
    const Mention& mention = document_.mentions[token(first).mention];
    if (mention.kind != MentionKind::Name || mention.entity < 0) return;
    emit(first, bulleted_measure_.relation, bulleted_measure_.agents, {mention.entity},
         EdgeStatus::Asserted, kNominalConfidence,
         "a bulleted line after those the measure names (agent: " + bulleted_measure_.why + ")");
  }

  void labelSentence() {
    bulletedPatient();
    for (size_t t = 0; t < size(); ++t) {
      disclosures(t);
      listings(t);
      listedTargets(t);
      listedVictims(t);
      measureIncludes(t);
      exclusions(t);
      allegations(t);
      reportedWrongs(t);
      reportedWrongNouns(t);
      actingAtBehest(t);
      thoseMeasured(t);
    }
    for (size_t t = 0; t < size(); ++t) {
      const Token& word = token(t);
      if (word.mention >= 0 && document_.mentions[word.mention].kind != MentionKind::Phrase &&
          document_.mentions[word.mention].kind != MentionKind::Description)
        continue;
      std::vector<const TriggerEntry*> entries = triggers_.lookup(word.lemma);
      if (entries.empty()) entries = triggers_.lookup(word.lower);
      bool synonym = false;
      if (entries.empty() && word.pos == P::Noun && word.mention < 0) {
        // Any act: "accused X of covert projects against Y".
        if (namesADeed(t)) entries = triggers_.lookup(kAnyAct);
      }
      if (entries.empty() && word.pos == P::Verb) {
        if (auto it = synonyms_.find(word.lemma); it != synonyms_.end()) {
          entries = it->second;
          synonym = true;
        }
      }
      // "a campaign that directed officials": after the listed frames ("directed at").
      size_t listed_entries = entries.size();
      if (word.pos == P::Verb && !synonym) {
        if (auto other = attack_only_synonyms_.find(word.lemma);
            other != attack_only_synonyms_.end() && doneByAnAttack(t))
          entries.insert(entries.end(), other->second.begin(), other->second.end());
        if (auto other = attribution_synonyms_.find(word.lemma);
            other != attribution_synonyms_.end() && pinsAnAttack(t))
          entries.insert(entries.end(), other->second.begin(), other->second.end());
      }
      std::set<std::string> done;
      for (size_t k = 0; k < entries.size(); ++k) {
        const TriggerEntry* entry = entries[k];
        if (!fits(*entry, t)) continue;
        // One reading per relation and pattern; agent-patient-actor is agent-patient narrowed.
        ArgumentPattern pattern = entry->pattern == ArgumentPattern::AgentPatientActor
                                      ? ArgumentPattern::AgentPatient
                                      : entry->pattern;
        if (!done.insert(entry->relation + "/" + argumentPatternName(pattern).data()).second)
          continue;
        bool as_synonym = synonym || k >= listed_entries;
        dispatch(*entry, t, as_synonym ? kSynonymFactor : 1.0);
      }
    }
  }
  bool fits(const TriggerEntry& entry, size_t t) const {
    const Token& word = token(t);
    switch (entry.pos) {
      case TriggerPos::Verb:
        // "the sanctioned firm": a participle before its noun.
        if (word.pos == P::Adjective && word.lemma != word.lower &&
            word.relation == Relation::Modifier)
          return entry.particle.empty();
        if (word.pos != P::Verb) return false;
        if (!entry.particle.empty()) {
          bool found = false;
          for (size_t child : tree().children[t])
            if (token(child).lower == entry.particle) found = true;
          if (t + 1 < size() && token(t + 1).lower == entry.particle) found = true;
          return found;
        }
        return true;
      case TriggerPos::Noun:
        return word.pos == P::Noun;
      case TriggerPos::Adjective:
        return word.pos == P::Adjective ||
               (word.pos == P::Verb && word.form == VerbForm::PastParticiple);
      case TriggerPos::Preposition:
        // A verb the synonym stage read as the preposition: "X trailed the attack".
        return word.pos == P::Preposition || (word.pos == P::Verb && !word.synonym_of.empty());
    }
    return false;
  }
  void dispatch(const TriggerEntry& listed, size_t t, double factor) {
    // "charged X of doing Y" accuses; "charged X with fraud" prosecutes.
    TriggerEntry accusation;
    const TriggerEntry* chosen = &listed;
    auto hasPreposition = [&](const char* word) {
      if (!prepositionObjects(t, {word}).empty()) return true;
      for (size_t object : dependents(t, Relation::Object))
        if (!prepositionObjects(object, {word}).empty()) return true;
      return false;
    };
    if (listed.relation == "charged" && token(t).pos == P::Verb && hasPreposition("of") &&
        !hasPreposition("with")) {
      accusation = listed;
      accusation.relation = "accused";
      chosen = &accusation;
    }
    const TriggerEntry& entry = *chosen;
    switch (entry.pattern) {
      case ArgumentPattern::AgentPatient:
      case ArgumentPattern::AgentPatientActor:
      case ArgumentPattern::AgentPrep:
        verbTrigger(entry, t, factor);
        break;
      case ArgumentPattern::Nominal:
        nominalTrigger(entry, t);
        break;
      case ArgumentPattern::Culprit:
        culpritTrigger(entry, t);
        break;
      case ArgumentPattern::Predicate:
        predicateTrigger(entry, t);
        break;
      case ArgumentPattern::Denial:
        denialTrigger(entry, t);
        break;
      case ArgumentPattern::Copula:
      case ArgumentPattern::Reverse:
      case ArgumentPattern::ModifierReverse:
        break;
    }
  }

  void verbTrigger(const TriggerEntry& entry, size_t t, double factor) {
    if (entry.pos == TriggerPos::Adjective && entry.pattern == ArgumentPattern::AgentPrep) {
      adjectiveTrigger(entry, t);
      return;
    }
    if (token(t).pos == P::Adjective && token(t).relation == Relation::Modifier) {
      participleModifier(entry, t);
      return;
    }
    if (token(t).pos != P::Verb) return;
    // "designating X a threat", "named X as Y": naming, not the measure; but "designated X (as)
    // a terrorist organisation" lists X as a body (an actor noun), and "designated X pursuant
    // to ..." names nothing.
    if (entry.pattern == ArgumentPattern::AgentPatientActor) {
      std::vector<size_t> named = prepositionObjects(t, {"as"});
      int predicate = tree().dependent(t, Relation::Predicate);
      if (predicate >= 0) named.push_back(static_cast<size_t>(predicate));
      for (size_t what : named) {
        // An adjective predicate names nothing ("pursuant to"); one after "as" does name
        // ("designated X as responsible").
        if (token(what).pos != P::Noun) {
          if (static_cast<int>(what) == predicate) continue;
          return;
        }
        // Only a body listed as one: "a strategic partner" or "its next chief executive"
        // name a role.
        std::vector<int> listed = mentionActors(what);
        bool body = !listed.empty() && std::all_of(listed.begin(), listed.end(), [&](int e) {
          return document_.entities[e].type == ActorType::Organization;
        });
        if (!body) return;
      }
    }
    // "the attack on the utility, which X blames on Y": where the verb's frame with a
    // preposition has its actor ("on Y"), a relative pronoun for object is the deed, not the
    // accused (whichever noun before it the pronoun seems to stand for).
    if (entry.pattern != ArgumentPattern::AgentPrep && relativeObjectOf(t))
      for (const TriggerEntry* other : triggers_.lookup(entry.lemma))
        if (other->relation == entry.relation && other->pattern == ArgumentPattern::AgentPrep)
          for (size_t object : prepositionObjects(t, other->prepositions))
            if (!mentionActors(object).empty()) return;
    bool passive = isPassive(t);
    Subject subject = subjectOf(t);
    std::vector<int> agents, patients;
    std::string how;
    bool participle_agent = subject.modified_noun && token(t).form == VerbForm::Gerund;
    if (entry.relation == "affiliated_with" && entry.pattern == ArgumentPattern::AgentPrep &&
        passive) {
      // "hackers linked to X": the hackers are X's.
      for (size_t s : subject.tokens) addAll(agents, actors(s, false));
      for (size_t object : prepositionObjects(t, entry.prepositions))
        addAll(patients, actors(object, false));
      std::string cues;
      EdgeStatus status = statusOf(t, cues);
      // "they were systematic attacks linked to X": an attack tied to X is pinned on X by
      // whoever says so.
      std::vector<size_t> events;
      for (size_t s : subject.tokens)
        if (agents.empty() && isAttackEvent(s)) events.push_back(s);
      if (!events.empty() && !patients.empty()) {
        recordCulprits(events, patients);
        emit(t, "accused", speakerOf(t), patients, status, kSpeakerConfidence,
             "links an event to its culprit");
        return;
      }
      emit(t, entry.relation, agents, patients, status, kNominalConfidence,
           "participle or passive: the subject is tied to the object");
      return;
    }
    const std::vector<size_t> verb_objects = objectsOf(t);  // (read by several rules below)
    if (passive && entry.pattern == ArgumentPattern::AgentPrep && entry.relation == "targeted") {
      // "activity aimed at X": the subject is the means; its owner is the doer.
      for (size_t s : subject.tokens) addAll(agents, actors(s, true));
      how = "passive means";
    } else if (passive) {
      const bool no_by = prepositionObjects(t, {"by"}).empty();
      const std::vector<int> speakers = speakerOf(t);
      // "X has been charged with fraud, the ministry said": who announces it brings it.
      if ((entry.relation == "charged" || entry.relation == "sanctioned") && factor == 1.0 &&
          no_by) {
        for (int speaker : speakers) addUnique(agents, speaker);
        if (!agents.empty()) how = "passive, agent: who announces it";
      }
      // "According to the ministry, X is accused of spying": who the clause credits accuses.
      if (entry.relation == "accused" && factor == 1.0 && no_by) {
        addAll(agents, creditedSource(t));
        if (!agents.empty()) how = "passive, agent: who the clause credits";
        // '"X is implicated in the attacks," said Y': who says so accuses.
        // (Not where an "according to" credited another clause: creditedSource said so.)
        // (Nor with no verb of saying in the sentence: an earlier sentence's speaker may not say
        // this one.)
        bool credits_elsewhere = false, said_here = false;
        for (size_t k = 0; k < size(); ++k) {
          credits_elsewhere = credits_elsewhere || hasRole(token(k), "source");
          said_here = said_here || (token(k).pos == P::Verb && hasRole(token(k), "speech"));
        }
        if (agents.empty() && !subject.modified_noun && !credits_elsewhere && said_here) {
          std::vector<int> accused;  // (who is accused says nothing of themselves here)
          for (size_t s : subject.tokens) addAll(accused, actors(s, token(s).pos == P::Pronoun));
          for (int speaker : without(speakers, accused)) addUnique(agents, speaker);
          if (!agents.empty()) how = "passive, agent: who says so";
        }
      }
      // "Two men have been accused of his murder": with no one named, the article's accuser.
      // (Only for people the text names: "a company and individuals accused of ..." are said to
      // be by the sanctions that describe them.)
      if (entry.relation == "accused" && factor == 1.0 && no_by && speakers.empty()) {
        bool named = false;
        // ("All of them": a quantity's "of" names who.)
        for (size_t s : subject.tokens)
          for (int e : actors(s, token(s).pos == P::Pronoun))
            named = named || document_.entities[e].named || !document_.entities[e].members.empty();
        std::string why;
        // Whoever charges or sanctions them in the article, else its accuser.
        if (named && pass_ == 1)
          for (size_t s : subject.tokens)
            for (int e : expand(actors(s, token(s).pos == P::Pronoun)))
              if (auto it = measured_by_.find(e); it != measured_by_.end())
                for (int agent : it->second) addUnique(agents, agent);
        if (!agents.empty()) why = "who charges or sanctions them";
        if (named && agents.empty()) agents = implicitAccusers(why);
        if (!agents.empty()) how = "passive, agent: " + why;
      }
      // "Arnor's invasion of Y was condemned": the deed stands for its doer (not where the
      // subject is the deed pinned on someone after a preposition: "was attributed to X").
      bool owner = entry.relation == "targeted" ||
                   (entry.pattern != ArgumentPattern::AgentPrep &&
                    (entry.relation == "condemned" || entry.relation == "accused"));
      for (size_t s : subject.tokens) {
        // A deed (an act or an event) or a trial or plan (noun.cognition: "Arnor's missile
        // tests were condemned") stands for its doer; a film or a book does not.
        bool deed = token(s).pos != P::Noun || namesADeed(s) || isAttackEvent(s) ||
                    nounFile(s) == WordNetFiles::kNounCognition;
        addAll(patients, actors(s, owner && (entry.relation == "targeted" || deed)));
      }
      for (size_t by : prepositionObjects(t, {"by"})) {
        std::vector<int> doers = actors(by, true);
        // "were sanctioned over abuses by them": a "by" after the measure's reason that names
        // whom the measure hits says who did the deed (the tree may hang it on the verb).
        if (!doers.empty() && (entry.relation == "sanctioned" || entry.relation == "charged") &&
            std::any_of(doers.begin(), doers.end(),
                        [&](int doer) {
                          return std::find(patients.begin(), patients.end(), doer) !=
                                 patients.end();
                        }) &&
            !prepositionObjects(t, {"over", "for"}).empty())
          continue;
        addAll(agents, doers);
      }
      if (entry.relation == "targeted" && agents.empty() && !subject.modified_noun &&
          passivePlacing(t, subject))
        return;
      if (how.empty()) how = subject.modified_noun ? "participle on its patient" : "passive";
    } else {
      // "sanctions targeting X", "the sanctions target X": the measure's noun says the
      // relation (relation_cues.tsv's light-object verbs place it); "members of X targeted Y"
      // are actors.
      // ("a sanctions package targeting X": a measure noun that modifies the subject says it.)
      auto measureNoun = [&](size_t noun) {
        return listedAs(token(noun).lemma, [](const TriggerEntry& other) {
          return other.pos == TriggerPos::Noun && other.pattern == ArgumentPattern::Nominal &&
                 other.relation != "targeted";
        });
      };
      if ((participle_agent || !subject.modified_noun) && entry.relation == "targeted")
        for (size_t noun : subject.tokens) {
          // ("raids and charges aimed at X": any member of the phrase says it.)
          for (size_t member : tree().withConjuncts(noun))
            if (measureNoun(member)) return;
          for (size_t child : tree().children[noun])
            if (child < noun && token(child).relation == Relation::Modifier &&
                token(child).pos == P::Noun && measureNoun(child) && mentionActors(noun).empty())
              return;
        }
      if (entry.relation == "targeted" && !subject.modified_noun && decisionPlacing(t, subject))
        return;
      for (size_t s : subject.tokens) addAll(agents, actors(s, true));
      how = participle_agent ? "participle on its agent" : "subject";
      // "charged X with hacks targeting Y": the deed the participle is on is whoever is
      // charged with it or accused of it.
      if (agents.empty() && participle_agent)
        for (size_t s : subject.tokens)
          if (isAttackEvent(s)) {
            addAll(agents, accusedOfIt(s));
            if (!agents.empty()) {
              how += ", agent: who is accused of it";
              break;
            }
          }
      // "The indictment accuses X of ...": an unowned charge speaks for whoever brings the
      // article's charges.
      if (agents.empty() && !participle_agent)
        for (size_t s : subject.tokens)
          if (token(s).pos == P::Noun && isNounOf(token(s).lemma, "charged")) {
            std::string why;
            agents = implicitAgents("charged", why);
            if (!agents.empty()) how += " (a charge, agent: " + why + ")";
            break;
          }
      if (agents.empty() && participle_agent) {
        // "a group that spent years targeting X", "issued a statement blaming X": the noun is
        // a time span or a message; the doer is the subject of the verb that governs it.
        for (size_t noun : subject.tokens) {
          const Token& word = token(noun);
          int file = nounFile(noun);
          if (file != WordNetFiles::kNounTime && file != WordNetFiles::kNounCommunication) continue;
          if (word.relation == Relation::Object && word.head >= 0 && isVerbal(word.head))
            for (int agent : subjectActors(static_cast<size_t>(word.head)))
              addUnique(agents, agent);
        }
        if (!agents.empty()) how += " (the governing verb's subject)";
      }
      if (entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          if (entry.relation == "targeted" && criticisedThing(t, object)) {
            how += ", a thing said or owned is criticised, not attacked";
            continue;
          }
          // ("condemned the move": the story's lead act, below, not the latest measure's
          // targets.)
          if (entry.relation == "condemned" && bareDefiniteAct(object) &&
              !storyActors(agents).empty())
            continue;
          addAll(patients,
                 actors(object, entry.relation == "targeted" || entry.relation == "condemned" ||
                                    entry.relation == "accused" ||
                                    // "froze the assets of X": what is frozen is X's
                                    (entry.relation == "sanctioned" &&
                                     hasRole(token(object), "activity-head"))));
        }
      // "breached servers at a ministry": where the thing attacked is, is its owner.
      if (patients.empty() && entry.relation == "targeted" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          if (!hasRole(token(object), "activity-head") &&
              nounFile(object) != WordNetFiles::kNounArtifact)
            continue;
          for (size_t place : prepositionObjects({object, t}, {"at"}))
            if (place > object) addAll(patients, actors(place, true));
          if (!patients.empty()) how += ", the owner of the thing attacked";
        }
      // "condemned the sanctions as illegal", "denounced the charges": a measure or a claim
      // the sentence gives no owner stands for whoever took or made it last in the article.
      if (patients.empty() && entry.relation == "condemned" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects)
          if (token(object).pos == P::Noun && mentionActors(object).empty() &&
              listedAs(token(object).lemma, [](const TriggerEntry& other) {
                return other.pos == TriggerPos::Noun && other.relation != "targeted" &&
                       other.relation != "condemned";
              })) {
            addAll(patients, claimOwners(object));
            if (!patients.empty()) how += ", the owner of the measure or claim";
          }
      // "denounced the threats from X", "condemned the launch of a missile by X": the tree
      // may hang "from X" or "by X" on the verb.
      if (patients.empty() && entry.relation == "condemned" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          addAll(patients, makersHungOnVerb(t, object));
          if (!patients.empty()) how += ", who the act is from";
        }
      // "condemned the move": an act named by a bare definite noun is the story's lead act.
      if (patients.empty() && entry.relation == "condemned" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          if (!bareDefiniteAct(object)) continue;
          addAll(patients, storyActors(agents));
          if (!patients.empty()) how += ", the story's lead act";
        }
      // "X directed the attacks against Y": an attack as the object, the target after it.
      if (patients.empty() && entry.relation == "targeted" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          if (!isAttackEvent(object)) continue;
          for (size_t target : prepositionObjects({t, object}, {"against", "at"}))
            addAll(patients, actors(target, true));
          if (!patients.empty()) how += ", the attack's target";
        }
      // "hacked critical infrastructure in the United States": a thing attacked in a country.
      if (patients.empty() && entry.relation == "targeted" &&
          entry.pattern != ArgumentPattern::AgentPrep)
        for (size_t object : verb_objects) {
          addAll(patients, countryOfPlace(object));
          if (!patients.empty()) how += ", the country the target is in";
        }
    }
    std::vector<size_t> events;
    if (entry.pattern == ArgumentPattern::AgentPrep) {
      if (entry.relation == "accused") {
        // "blamed X for the attack on Y", "the agency, which it blamed for ...": with an actor
        // for object the verb accuses that actor (its agent-patient reading); "on Y" names the
        // victim, not the accused. "The hack, which X blamed on Y" keeps this reading.
        bool actor_after = false;  // "which X blames on Y": the frame's own actor
        if (relativeObjectOf(t))
          for (size_t object : prepositionObjects(t, entry.prepositions))
            actor_after |= !mentionActors(object).empty();
        if (!actor_after)
          for (size_t object : verb_objects)
            if (!actors(object, false).empty()) return;
        // (So with an actor for a passive's subject: "X was blamed for the attack on Y".)
        if (!actor_after && passive)
          for (size_t s : subject.tokens)
            if (!actors(s, false).empty()) return;
        // "the quote was attributed to X": a saying, not a deed, is pinned on X.
        std::vector<size_t> things = verb_objects;
        if (passive) things.insert(things.end(), subject.tokens.begin(), subject.tokens.end());
        bool sayings = !things.empty();
        for (size_t thing : things)
          sayings = sayings && token(thing).pos == P::Noun && !isAttackEvent(thing) &&
                    nounFile(thing) == WordNetFiles::kNounCommunication;
        if (sayings) return;
      }
      std::vector<size_t> objects = prepositionObjects(t, entry.prepositions);
      for (size_t object : verb_objects) {
        std::vector<size_t> more = prepositionObjects(object, entry.prepositions);
        objects.insert(objects.end(), more.begin(), more.end());
        events.push_back(object);
        if (int deed = relativeDeed(object); deed >= 0) events.push_back(static_cast<size_t>(deed));
      }
      if (objects.empty()) objects = strayPrepositionObjects(t, entry.prepositions);
      // "to spy on and intimidate X": a preposition left bare before "and" shares the next
      // verb's object.
      if (objects.empty())
        for (size_t particle : tree().children[t])
          if (particle == t + 1 && particle + 1 < size() &&
              token(particle + 1).pos == P::Coordinator &&
              std::find(entry.prepositions.begin(), entry.prepositions.end(),
                        token(particle).lower) != entry.prepositions.end())
            for (size_t other : dependents(t, Relation::Conjunct))
              if (other > particle && token(other).pos == P::Verb)
                for (size_t object : dependents(other, Relation::Object)) objects.push_back(object);
      if (passive)
        for (size_t s : subject.tokens) events.push_back(s);
      // "hacked into the ministry's servers", "broke into Arnor Mail accounts", "hacked into the
      // computers of X" (a made thing, for WordNet): what an attack reaches into is its owner's.
      for (size_t object : objects)
        addAll(patients, actors(object, entry.relation == "targeted" &&
                                            (hasRole(token(object), "activity-head") ||
                                             nounFile(object) == WordNetFiles::kNounArtifact)));
      // "traced it to operations within the Arnorian government": the tree hangs "within" on
      // the verb; the body it places the object in is the patient.
      if (patients.empty() && !objects.empty())
        for (size_t body : prepositionObjects(t, {"within", "inside"}))
          if (body > objects.front()) addAll(patients, actors(body, true));
      how += ", patient after '" + entry.prepositions.front() + "'";
      // "blamed on X": the speaker blames; an attack "directed against X" is not the speaker's.
      if (agents.empty() && entry.relation != "targeted") {
        agents = speakerOf(t);
        if (!agents.empty()) how += ", speaker as agent";
      }
    }
    if (entry.relation == "affiliated_with" && !passive && !subject.modified_noun &&
        attribution(t, entry, agents)) {
      return;
    }
    if (entry.relation == "sanctioned" || entry.relation == "charged") {
      // "X was sanctioned for the attacks": X is their culprit.
      std::vector<size_t> reasons = prepositionObjects(t, {"for", "over"});
      // "in connection with the attacks", "for their links to the attacks".
      for (size_t deed : answeredDeeds(t)) reasons.push_back(deed);
      // "for his role in the attack": the attack is the reason too (the tree may hang "in" on
      // the verb, right after the reason).
      for (size_t k = 0, count = reasons.size(); k < count; ++k) {
        for (size_t event : prepositionObjects(reasons[k], {"in"})) reasons.push_back(event);
        for (size_t in : dependents(t, Relation::Preposition))
          if (in == reasons[k] + 1 && token(in).lower == "in") {
            int event = prepositionObject(in);
            if (event >= 0) reasons.push_back(static_cast<size_t>(event));
          }
      }
      // (A measure not taken names no culprit: "did not sanction X over the attack".)
      std::string measure_cues;
      const EdgeStatus measure_status = statusOf(t, measure_cues);
      if (measure_status != EdgeStatus::Negated) recordCulprits(reasons, patients);
      // "sanctioned X for violating human rights": a sanction over a deed accuses X of it.
      if (entry.relation == "sanctioned")
        accuseOverADeed(t, reasons, agents, patients, measure_status);
    }
    if (entry.relation == "accused") {
      // "blamed X for the attack", "accused X of the hack": the event's culprit is X.
      for (size_t event : prepositionObjects(t, {"for", "of"})) events.push_back(event);
      for (size_t object : verb_objects)
        for (size_t event : prepositionObjects(object, {"for", "of"})) events.push_back(event);
      recordCulprits(events, patients);
    }
    if (agents.empty() && !passive && subject.tokens.empty() &&
        (token(t).form == VerbForm::Gerund || token(t).form == VerbForm::Base) &&
        (entry.relation == "accused" || entry.relation == "condemned")) {
      // "X said calling out Y is an important step": a doer-less act the speaker endorses.
      agents = speakerOf(t);
      if (!agents.empty()) how += ", the speaker as its doer";
    }
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    if (!cues.empty()) how += ", cue " + cues;
    std::string relation = entry.relation;
    // "Arnor banned the Red Fist": a verb of outlawing (relation_cues.tsv "literal") designates
    // a body the text names, not a person ("banned a player for life") nor a thing.
    if (relation == "sanctioned" && cues_.hasRole(entry.lemma, "literal"))
      patients.erase(std::remove_if(patients.begin(), patients.end(),
                                    [&](int e) {
                                      const Entity& entity = document_.entities[e];
                                      return !entity.named ||
                                             (entity.type != ActorType::Organization &&
                                              entity.type != ActorType::Group);
                                    }),
                     patients.end());
    // "banned X from dealing with Y": a verb that keeps an actor out (relation_cues.tsv "bar")
    // with a "from" phrase says what X may not do; exclusions() reads the travel bans.
    if (relation == "sanctioned" &&
        (hasRole(token(t), "bar") || cues_.hasRole(entry.lemma, "literal")) &&
        !prepositionObjects(t, {"from"}).empty())
      return;
    // "charged customers a fee": a price, not an indictment (WordNet's noun.possession).
    if (relation == "charged")
      for (size_t child : tree().children[t])
        if (token(child).pos == P::Noun && mentionActors(child).empty() &&
            nounFile(child) == WordNetFiles::kNounPossession)
          return;
    // "targeted X with new sanctions": the measure makes it a sanction; "was targeted by
    // sanctions": the measure's own noun gives that edge.
    if (relation == "targeted") {
      auto measure = [&](size_t noun) { return isNounOf(token(noun).lemma, "sanctioned"); };
      for (size_t with : prepositionObjects(t, {"with"}))
        if (measure(with)) {
          relation = "sanctioned";
          how += ", a measure's target";
        }
      // "were targeted in the latest round of sanctions", "targeted in new sanctions".
      if (relation == "targeted" && passive)
        for (size_t in : prepositionObjects(t, {"in"})) {
          bool named = measure(in);
          for (size_t of : prepositionObjects(in, {"of"})) named = named || measure(of);
          if (named) {
            relation = "sanctioned";
            how += ", named in a measure";
            break;
          }
        }
      if (passive)
        for (size_t by : prepositionObjects(t, {"by"}))
          if (measure(by)) return;
    }
    if (relation == "targeted" && !agents.empty() && !patients.empty() &&
        allOfType(agents, {ActorType::Country, ActorType::Organization}) &&
        allOfType(patients, {ActorType::Person}) && entry.lemma == "target" &&
        // (Not a place or a made thing of theirs, "targeted three camps of X", "the home of X";
        // their assets and accounts are what a measure hits.)
        [&] {
          std::vector<size_t> things = passive ? subjectOf(t).tokens : objectsOf(t);
          return std::none_of(things.begin(), things.end(), [&](size_t thing) {
            if (!mentionActors(thing).empty()) return false;
            int file = nounFile(thing);
            return file == WordNetFiles::kNounArtifact || file == WordNetFiles::kNounLocation ||
                   file == WordNetFiles::kNounObject;
          });
        }()) {
      // "The EU targeted Jane Roe": a state or bloc targets a person with measures, not attacks.
      relation = "sanctioned";
      how += ", a state's measure against a person";
    }
    // "Gondor and Arnor accused each other": each of the agents acts on the others.
    if (!passive && patients.empty() && agents.size() >= 2 && hasReciprocalObject(t)) {
      for (int agent : agents) {
        std::vector<int> others;
        for (int other : agents)
          if (other != agent) others.push_back(other);
        emit(t, relation, {agent}, others, status, kDirectConfidence * factor,
             how + ", reciprocal object");
      }
      return;
    }
    emit(t, relation, agents, patients, status, kDirectConfidence * factor, how);
    if (relation == "targeted") accuseDoer(t, agents, patients, status);
    if (relation == "condemned" && !passive)
      for (size_t object : verb_objects) accuseOwnerOfAct(t, object, agents, status);
  }
  // "attacked the minister's budget", "assailed Arnor's plan": a trigger verb that also means
  // criticising (a WordNet verb.communication sense: attack, assail) with a thing for object
  // that is said, thought, owned or decided (noun.communication, cognition, possession, act)
  // criticises it; its owner is no target. "hacked the ministry's email" has no such sense.
  bool criticisedThing(size_t t, size_t object) const {
    const Token& verb = token(t);
    const Token& thing = token(object);
    if (thing.pos != P::Noun || !mentionActors(object).empty() || isAttackEvent(object))
      return false;
    const std::string& lemma = verb.synonym_of.empty() ? verb.lemma : verb.synonym_of;
    // A verb whose every reading is a saying ("compromise") has no attack sense to tell apart
    // from criticism: its first sense must be another.
    if (!WordDictionary::instance().hasVerbSenseIn(lemma, WordNetFiles::kVerbCommunication) ||
        WordDictionary::instance().verbLexicographerFile(lemma) == WordNetFiles::kVerbCommunication)
      return false;
    int file = nounFile(object);
    return file == WordNetFiles::kNounCommunication || file == WordNetFiles::kNounCognition ||
           file == WordNetFiles::kNounPossession || file == WordNetFiles::kNounAct;
  }
  // The deed a relative pronoun stands for: "the attack on the utility, which X blames on Y,
  // disrupted ..." - the clause hangs on the nearest noun, but what is blamed is the attack it
  // is a phrase of. -1 when `wh` is no relative pronoun or no such attack is found.
  int relativeDeed(size_t wh) const {
    size_t noun = antecedentOf(wh);
    if (noun == wh) return -1;
    for (int step = 0; step < 3 && !isAttackEvent(noun); ++step) {
      if (token(noun).relation != Relation::PrepositionObject || token(noun).head < 0) return -1;
      size_t preposition = static_cast<size_t>(token(noun).head);
      if (token(preposition).head < 0) return -1;
      noun = static_cast<size_t>(token(preposition).head);
    }
    // (Only a deed the sentence is about, its subject: in "Y condemned the attack, which X
    // blamed on Z", X's culprit is no part of Y's judgement.)
    Relation role = token(noun).relation;
    if (role != Relation::Subject && role != Relation::PassiveSubject && role != Relation::Root)
      return -1;
    return isAttackEvent(noun) ? static_cast<int>(noun) : -1;
  }
  // The noun a relative pronoun stands for: the one its clause hangs on ("hackers who ...");
  // any other token stands for itself.
  size_t antecedentOf(size_t t) const {
    if (token(t).pos != P::WhWord || token(t).head < 0) return t;
    const Token& verb = token(static_cast<size_t>(token(t).head));
    if (verb.relation != Relation::RelativeClause || verb.head < 0) return t;
    return static_cast<size_t>(verb.head);
  }
  // Whether verb t's object is a relative pronoun ("which it blamed").
  bool relativeObjectOf(size_t t) const {
    for (size_t object : dependents(t, Relation::Object))
      if (token(object).pos == P::WhWord) return true;
    return false;
  }
  // Whether verb t's object is a reciprocal pronoun (relation_cues.tsv: "each other").
  bool hasReciprocalObject(size_t t) const {
    auto reciprocal = [&](size_t first) {
      return first + 1 < size() &&
             cues_.hasRole(token(first).lower + " " + token(first + 1).lower, "reciprocal");
    };
    // The tree hangs "each other" on "other" and may split "one another".
    for (size_t object : dependents(t, Relation::Object))
      if ((object > 0 && reciprocal(object - 1)) || reciprocal(object)) return true;
    return false;
  }
  bool allOfType(const std::vector<int>& entities, std::initializer_list<ActorType> types) const {
    for (int entity : entities) {
      ActorType type = document_.entities[entity].type;
      if (std::find(types.begin(), types.end(), type) == types.end()) return false;
    }
    return true;
  }
  // "the sanctioned organisation": the noun is the patient; the doer is whoever the clause
  // reports, or the article's doer of this relation.
  void participleModifier(const TriggerEntry& entry, size_t t) {
    if (entry.relation != "sanctioned" && entry.relation != "charged") return;
    const Token& word = token(t);
    if (word.head < 0) return;
    std::vector<int> patients = actors(static_cast<size_t>(word.head), false);
    std::vector<int> agents = speakerOf(static_cast<size_t>(word.head));
    emit(t, entry.relation, agents, patients, EdgeStatus::Asserted, kNominalConfidence,
         agents.empty() ? "participle before its patient"
                        : "participle before its patient, reported by the speaker");
  }

  // "We are firmly opposed to X": the copula's subject acts on the adjective's object.
  void adjectiveTrigger(const TriggerEntry& entry, size_t t) {
    const Token& word = token(t);
    size_t verb = t;  // "we are opposed to": a participle after "be" is its own verb
    if (word.pos == P::Adjective) {
      if (word.relation != Relation::Predicate || word.head < 0) return;
      verb = static_cast<size_t>(word.head);
    }
    std::vector<int> agents = subjectActors(verb), patients;
    for (size_t object : prepositionObjects(t, entry.prepositions))
      addAll(patients, claimOwners(object));
    std::string cues;
    EdgeStatus status = statusOf(verb, cues);
    emit(t, entry.relation, agents, patients, status, kNominalConfidence,
         "adjective after a copula");
  }

  // "linked 200 attacks targeting X's data to a group": the objects of a preposition in
  // `names` that verb t, with none of its own, has lost to a participle after its object (one
  // inside the verb's own phrases: no finite verb between them).
  std::vector<size_t> strayPrepositionObjects(size_t t,
                                              const std::vector<std::string>& names) const {
    std::vector<size_t> found;
    std::vector<size_t> objects = objectsOf(t);
    if (objects.empty()) return found;
    size_t last = tree().span(t).second;
    for (size_t k = objects.front() + 1; k <= last; ++k) {
      if (token(k).relation != Relation::ParticipleModifier || !isVerbal(k)) continue;
      int up = token(k).head;
      while (up >= 0 && static_cast<size_t>(up) != t &&
             !(isVerbal(static_cast<size_t>(up)) &&
               token(static_cast<size_t>(up)).relation != Relation::ParticipleModifier))
        up = token(static_cast<size_t>(up)).head;
      if (up < 0 || static_cast<size_t>(up) != t) continue;
      std::vector<size_t> more = prepositionObjects(k, names);
      found.insert(found.end(), more.begin(), more.end());
    }
    return found;
  }
  // What a link or an attribution pins on someone: an attack, or an actor's activity ("linked
  // the malicious activity to X").
  bool attributable(size_t noun) const {
    return isAttackEvent(noun) || (token(noun).pos == P::Noun && mentionActors(noun).empty() &&
                                   hasRole(token(noun), "activity-head"));
  }
  // "A linked the attack to X", "A tied X to the attack": the link of an event to an actor is
  // A's accusation of X, and X is the event's culprit.
  bool attribution(size_t t, const TriggerEntry& entry, const std::vector<int>& agents) {
    std::vector<size_t> objects = objectsOf(t);
    std::vector<size_t> targets = prepositionObjects(t, entry.prepositions);
    if (targets.empty()) targets = strayPrepositionObjects(t, entry.prepositions);
    if (objects.empty() || targets.empty()) return false;
    std::vector<int> culprits;
    std::vector<size_t> events;
    for (size_t object : objects) {
      // "observed malicious activities and associated these with X": a pronoun for an attack
      // named before it in the sentence.
      if ((token(object).pos == P::Pronoun || token(object).pos == P::Determiner) &&
          token(object).mention < 0)
        for (size_t k = object; k-- > 0;)
          if (token(k).pos == P::Noun && attributable(k)) {
            object = k;
            break;
          }
      if (attributable(object)) {
        events.push_back(object);
        for (size_t target : targets) addAll(culprits, actors(target, false));
      } else {
        for (size_t target : targets)
          if (attributable(target)) {
            events.push_back(target);
            addAll(culprits, actors(object, false));
          }
      }
    }
    if (events.empty()) return false;
    recordCulprits(events, culprits);
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "accused", agents, culprits, status, kDirectConfidence,
         "links an event to its culprit");
    return true;
  }

  // "The ministry says X hacked Y": whoever says an attack was X's accuses X. `doer_named`: a
  // passive names the attack's doer after "by" ("said the hacking was conducted by X"), which
  // says who attacked with no target named.
  void accuseDoer(size_t t, const std::vector<int>& agents, const std::vector<int>& patients,
                  EdgeStatus status, bool doer_named = false) {
    std::vector<int> behind = behestOwners(t);  // "at the direction of X"
    // "Y was planning an attack on Z", said X: a plan of an attack is a wrong too, when the
    // attack is the object of a verb of planning and no modal, condition or open question
    // makes it planned.
    if (status == EdgeStatus::Planned && token(t).relation == Relation::Object &&
        token(t).head >= 0 && hasRole(token(static_cast<size_t>(token(t).head)), "light-agent")) {
      const ModalityCue* plan = cues_.modality(token(static_cast<size_t>(token(t).head)).lemma);
      std::string cues;
      statusOf(t, cues);
      bool planned_by_verb = plan && plan->kind == CueKind::Governor;
      for (size_t from = 0; from <= cues.size();) {
        size_t comma = std::min(cues.find(',', from), cues.size());
        // (Governors are recorded as written, "planning"; modals and markers as listed.)
        const ModalityCue* cue = cues_.modality(cues.substr(from, comma - from));
        if (cue && cue->kind != CueKind::Governor) planned_by_verb = false;
        from = comma + 1;
      }
      if (planned_by_verb) status = EdgeStatus::Asserted;
    }
    if (agents.empty() || status != EdgeStatus::Asserted ||
        (patients.empty() && !doer_named && behind.empty()))
      return;
    // "it found hackers had broken into its systems": a bare plural names no culprit, whatever
    // the article calls hackers elsewhere.
    std::vector<size_t> doers = subjectOf(t).tokens;
    if (!doers.empty() && std::all_of(doers.begin(), doers.end(), [&](size_t s) {
          if (token(s).pos != P::Noun || !token(s).plural) return false;
          // ("Hackers linked to Arnor", "the hackers", "Arnorian hackers" name someone.)
          for (size_t child : tree().children[s])
            if (token(child).relation != Relation::Punctuation) return false;
          return true;
        }))
      return;
    std::vector<int> speakers = speakerOf(t);
    // "X ordered the murder of Y, Gondor said": a light verb of saying ("order") makes its own
    // subject the speaker, who is the doer; the clause's reporter is further up.
    if (std::all_of(speakers.begin(), speakers.end(),
                    [&](int speaker) {
                      return std::find(agents.begin(), agents.end(), speaker) != agents.end();
                    }) &&
        token(t).relation == Relation::Object && token(t).head >= 0 &&
        hasRole(token(static_cast<size_t>(token(t).head)), "light-agent"))
      speakers = speakerOf(static_cast<size_t>(token(t).head));
    std::vector<int> accusers = without(speakers, agents);
    if (accusers.empty()) return;
    emit(t, "accused", accusers, agents, status, kSpeakerConfidence,
         "speaker of a clause that says who attacked");
    if (!behind.empty())
      emit(t, "accused", accusers, behind, status, kSpeakerConfidence,
           "speaker of a clause that says who had the attack done");
  }

  // "called on X to end its sabotage", "urged X to stop the attacks": whoever asks X to stop an
  // attack accuses X of it.
  void demandToStop(size_t t) {
    const Token& noun = token(t);
    if (noun.relation != Relation::Object || noun.head < 0) return;
    size_t stop = static_cast<size_t>(noun.head);
    if (!isVerbal(stop) || !(hasRole(token(stop), "cease"))) return;
    std::vector<int> doers = subjectActors(stop);
    if (doers.empty()) return;
    // The demand: the nearest verb above "stop" ("called on X [to end]") whose doer is
    // someone else ("time for X to admit it and to end ...": past "admit", X's own verb).
    int demand = token(stop).head;
    std::vector<int> demanders;
    for (int steps = 0; demand >= 0 && steps < 8; ++steps) {
      if (isVerbal(static_cast<size_t>(demand))) {
        demanders = subjectActors(static_cast<size_t>(demand));
        if (demanders != doers) break;
        demanders.clear();
      }
      demand = token(demand).head;
    }
    if (demand < 0) return;
    if (demanders.empty()) demanders = speakerOf(static_cast<size_t>(demand));
    std::string cues;
    EdgeStatus status = statusOf(static_cast<size_t>(demand), cues);
    emit(t, "accused", demanders, doers, status, kSpeakerConfidence,
         "asks '" + token(stop).text + "' of the attack's doer");
  }

  // Whether a verb is a trigger of an attack ("spied", "hacked").
  bool isAttackVerb(const Token& verb) const {
    return listedAs(verb.lemma,
                    [](const TriggerEntry& entry) { return entry.relation == "targeted"; });
  }
  // Whether a verb condemns or denies what it takes ("denounced the charges", "rejected the
  // sanctions"): its subject judges a measure, it neither takes nor announces one.
  bool judges(const Token& verb) const {
    return listedAs(verb.lemma, [](const TriggerEntry& entry) {
      return entry.relation == "condemned" || entry.relation == "denied";
    });
  }

  // Whether verb t is a participle of saying that refers to a measure ("..., citing the 2017
  // indictment of X"): it reports none of its own, so neither it nor the sentence's speaker
  // takes the measure.
  bool citesAMeasure(size_t t) const {
    const Token& verb = token(t);
    return verb.form == VerbForm::Gerund && !hasRole(verb, "light-agent") &&
           !hasRole(verb, "light-patient") &&
           WordDictionary::instance().verbLexicographerFile(verb.lemma) ==
               WordNetFiles::kVerbCommunication;
  }

  // The noun a measure noun stands in for when it only modifies it: "a sanctions package
  // against X", "Arnor's sanctions regime on Y" (no actor, no trigger itself); else `t`.
  size_t measureHead(const TriggerEntry& entry, size_t t) const {
    const Token& noun = token(t);
    if (entry.relation != "sanctioned" || noun.relation != Relation::Modifier || noun.head < 0)
      return t;
    size_t head = static_cast<size_t>(noun.head);
    if (head <= t || token(head).pos != P::Noun || !mentionActors(head).empty() ||
        !triggers_.lookup(token(head).lemma).empty() || hasRole(token(head), "register"))
      return t;
    return head;
  }

  // "The decision also targets X": in an article that reports sanctions, a decision or move
  // (an act that is no attack) that a placing verb (light-object) in the present tense has for
  // subject is the sanctions, taken by its owner or else by the article's sanctioner (a past
  // tense narrates: "the campaign targeted X"). Emits and says so.
  bool decisionPlacing(size_t t, const Subject& subject) {
    if (!cues_.hasRole(token(t).lemma, "light-object") || !reportsSanctions() || isPassive(t) ||
        token(t).form != VerbForm::Present)
      return false;
    for (size_t noun : subject.tokens) {
      if (token(noun).pos != P::Noun || !mentionActors(noun).empty() || !namesADeed(noun) ||
          isAttackEvent(noun) || !triggers_.lookup(token(noun).lemma).empty())
        continue;
      std::vector<int> patients;
      std::string why = "its owner";
      std::vector<int> agents = measureTaker(noun, why);
      for (size_t object : dependents(t, Relation::Object)) addAll(patients, actors(object, false));
      if (patients.empty()) continue;
      std::string cues;
      EdgeStatus status = statusOf(t, cues);
      emit(t, "sanctioned", agents, patients, status, kNominalConfidence,
           "a decision placing them, in an article of sanctions (agent: " + why + ")");
      return true;
    }
    return false;
  }

  // "Three firms have also been targeted": a placing verb (light-object) in the passive with
  // no 'by' and no attack in its sentence, at most two sentences after a sanction the article
  // states, places that sanction on its subject's people and bodies, taken by the same agents
  // (an attack's victims are "targeted" too, but not beside sanctions with no attack named).
  // Emits and says so.
  bool passivePlacing(size_t t, const Subject& subject) {
    constexpr size_t kSentencesAfterMeasure = 2;
    if (!cues_.hasRole(token(t).lemma, "light-object")) return false;
    const Predicate* measure = latestMeasure();
    if (!measure || measure->relation != "sanctioned" ||
        s_ - measure->sentence > kSentencesAfterMeasure)
      return false;
    for (size_t k = 0; k < size(); ++k)
      if (isAttackEvent(k)) return false;
    std::vector<int> patients;
    for (size_t s : subject.tokens) addAll(patients, actors(s, false));
    // (Named ones only: "two activists were targeted in Gondor" after sanctions may be
    // victims; "three firms - A, B and C - were targeted" names A, B and C.)
    patients = expand(patients);
    patients.erase(std::remove_if(patients.begin(), patients.end(),
                                  [&](int e) { return !document_.entities[e].named; }),
                   patients.end());
    if (patients.empty() ||
        !allOfType(patients, {ActorType::Person, ActorType::Organization, ActorType::Group}))
      return false;
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, "sanctioned", measure->agents, patients, status, kNominalConfidence,
         "placed in the passive just after sanctions (agent: who took them)");
    return true;
  }

  void nominalTrigger(const TriggerEntry& entry, size_t trigger) {
    // (The phrase's head does the grammar; the edge's evidence is the trigger.)
    const size_t t = measureHead(entry, trigger);
    const Token& noun = token(t);
    std::vector<int> agents, patients;
    std::string how = "nominal";
    if (entry.relation == "targeted") demandToStop(t);
    // "attacks on X's network", "condemnation of X's activity": what is owned stands for its owner.
    bool owner = entry.relation == "targeted" || entry.relation == "condemned" ||
                 entry.relation == "accused";
    for (size_t object : prepositionObjects(t, entry.prepositions))
      addAll(patients, actors(object, owner));
    // "attacks against critical infrastructure in the United States": the thing's country.
    if (patients.empty() && entry.relation == "targeted")
      for (size_t object : prepositionObjects(t, entry.prepositions))
        addAll(patients, countryOfPlace(object));
    // "X was behind the attacks against Y": the tree may hang the phrase on the copula.
    if (patients.empty() && noun.relation == Relation::PrepositionObject && noun.head >= 0) {
      const Token& preposition = token(noun.head);
      if (preposition.relation == Relation::Predicate && preposition.head >= 0 &&
          isVerbal(preposition.head))
        for (size_t object : prepositionObjects(preposition.head, entry.prepositions))
          if (object > t) addAll(patients, actors(object, owner));
    }
    for (size_t child : tree().children[t]) {
      const Token& c = token(child);
      // "campaigns targeting X", "sanctions targeting X".
      if (c.relation == Relation::ParticipleModifier && c.form == VerbForm::Gerund &&
          std::find(entry.prepositions.begin(), entry.prepositions.end(), c.lower) !=
              entry.prepositions.end())
        for (size_t object : dependents(child, Relation::Object))
          addAll(patients, actors(object, owner));
    }
    // "reacted to the accusations against X", "the continuation of the accusations against X":
    // the tree may hang the phrase right after the noun on a word above it ("voiced anger over
    // sanctions on X").
    if (patients.empty() && (entry.relation == "accused" || entry.relation == "charged" ||
                             entry.relation == "sanctioned")) {
      size_t next = tree().span(t).second + 1;
      bool above = false;
      // (Up through phrases only: a noun that is a clause's subject is not in the phrase
      // of the verb above that clause.)
      auto inPhrase = [&](const Token& word) {
        return word.relation == Relation::PrepositionObject ||
               word.relation == Relation::Preposition || word.relation == Relation::Object ||
               word.relation == Relation::Conjunct;
      };
      if (next < size() && token(next).relation == Relation::Preposition && inPhrase(noun))
        for (int up = noun.head, steps = 0; up >= 0 && steps < 8 && !above;
             up = token(static_cast<size_t>(up)).head, ++steps) {
          above = up == token(next).head;
          if (!inPhrase(token(static_cast<size_t>(up)))) break;
        }
      if (above && std::find(entry.prepositions.begin(), entry.prepositions.end(),
                             token(next).lower) != entry.prepositions.end()) {
        int object = prepositionObject(next);
        if (object >= 0) addAll(patients, actors(static_cast<size_t>(object), owner));
      }
    }
    // "the theft of files in bulk from X": the tree may hang the phrase inside the
    // "of" phrase; "a cyberattack last year on X": on a time right after the noun.
    if (patients.empty() && entry.relation == "targeted") {
      std::vector<size_t> holders = prepositionObjects(t, {"of"});
      for (size_t k = 0; k < holders.size() && k < 8; ++k)
        for (size_t child : tree().children[holders[k]])
          if (token(child).relation == Relation::Preposition) {
            int object = prepositionObject(child);
            if (object < 0) continue;
            if (token(child).lower != "of" &&
                std::find(entry.prepositions.begin(), entry.prepositions.end(),
                          token(child).lower) != entry.prepositions.end())
              addAll(patients, actors(static_cast<size_t>(object), owner));
            else
              holders.push_back(static_cast<size_t>(object));
          }
      for (size_t when = t + 1; when < size() && when <= t + 2; ++when)
        if (token(when).pos == P::Noun && nounFile(when) == WordNetFiles::kNounTime &&
            token(when).head != static_cast<int>(t))
          for (size_t object : prepositionObjects(when, entry.prepositions))
            addAll(patients, actors(object, owner));
    }
    // "a campaign of violence against X", "a wave of attacks on X": the act inside the "of"
    // phrase has the target.
    if (patients.empty() && entry.relation == "targeted")
      for (size_t act : prepositionObjects(t, {"of"})) {
        if (token(act).pos != P::Noun || !mentionActors(act).empty() ||
            (!namesADeed(act) && !isAttackEvent(act)))
          continue;
        for (size_t object : prepositionObjects(act, {"against", "on", "at"}))
          addAll(patients, actors(object, owner));
      }
    // "linked them to a campaign of violence against X": the tree may hang the target's phrase
    // on the verb the attack's phrase hangs from; it comes after the attack noun.
    if (patients.empty() && entry.relation == "targeted") {
      // Only an actor named there, not an owner ("on behalf of X" is no target).
      auto targetsOn = [&](size_t verb) {
        for (size_t object : prepositionObjects(verb, entry.prepositions))
          if (object > t) addAll(patients, actors(object, false));
      };
      size_t climb = t;
      for (int steps = 0; steps < 4 && token(climb).relation == Relation::PrepositionObject &&
                          token(climb).head >= 0 && token(token(climb).head).head >= 0;
           ++steps) {
        climb = static_cast<size_t>(token(token(climb).head).head);
        if (isVerbal(climb)) {
          if (token(climb).pos == P::Verb) targetsOn(climb);  // not "who's behind the ..."
          break;
        }
        if (token(climb).pos != P::Noun && token(climb).pos != P::ProperNoun) break;
        // "accused X of a cyberattack on Y": past the verb's object to the verb.
        if (token(climb).relation == Relation::Object && token(climb).head >= 0 &&
            token(token(climb).head).pos == P::Verb) {
          targetsOn(static_cast<size_t>(token(climb).head));
          break;
        }
      }
    }
    // "discussed the attacks by X against Y": the tree may hang the target's phrase on the verb
    // whose object the attack is; it comes after the attack noun. (The place of a thing that is
    // no actor counts too: "against oil facilities in Y".)
    // ("launched rocket and artillery strikes on X": or on the verb of the coordination's first
    // member.)
    if (const Token& first = token(firstNounConjunct(t));
        patients.empty() && entry.relation == "targeted" && first.relation == Relation::Object &&
        first.head >= 0 && token(first.head).pos == P::Verb)
      for (size_t object : prepositionObjects(static_cast<size_t>(first.head), entry.prepositions))
        if (object > t) {
          std::vector<int> found = actors(object, false);
          addAll(patients, found.empty() ? countryOfPlace(object) : found);
        }
    // "by" names the doer: "attacks launched by X", "the hacking by X", or a passive light
    // verb's ("the hacking was conducted by X").
    bool doer_named = false;
    // "sanctions imposed by X on Y", "the sanctions, announced by X, ...": a participle light
    // verb on the noun names who imposed them and on whom.
    // ("Sanctions on X, announced by Y", "the sanctions against X, which Y imposed": the tree
    // may hang the participle or the relative clause on the noun's patient, the nearest noun;
    // a light verb there is the noun's still.)
    std::vector<size_t> light_holders{t};
    for (size_t object : prepositionObjects(t, entry.prepositions)) light_holders.push_back(object);
    for (size_t holder : light_holders)
      for (size_t child : tree().children[holder]) {
        const Token& c = token(child);
        if (c.relation == Relation::RelativeClause && hasRole(c, "light-agent") &&
            (holder == t || child > holder) && !isPassive(child)) {
          bool of_the_noun = false;  // "which Y imposed": the relative pronoun is the object
          for (size_t object : dependents(child, Relation::Object))
            of_the_noun = of_the_noun || token(object).pos == P::WhWord;
          if (of_the_noun) {
            addAll(agents, subjectActors(child));
            doer_named = doer_named || !agents.empty();
          }
          continue;
        }
        if (c.relation != Relation::ParticipleModifier || c.form != VerbForm::PastParticiple ||
            !(hasRole(c, "light-agent")))
          continue;
        for (size_t by : prepositionObjects(child, {"by"})) {
          addAll(agents, actors(by, true));
          doer_named = doer_named || !agents.empty();
        }
        if (patients.empty() && holder == t)
          for (size_t object : prepositionObjects(child, entry.prepositions))
            addAll(patients, actors(object, owner));
      }
    // "the attack on X, which was carried out by Y", "an assassination that officials said was
    // organised by Y": a passive light verb of a relative clause on the deed's phrase (the tree
    // may hang the clause on the phrase's last noun, or report it through a verb of saying).
    bool reported_in_relative = false;  // (then its speaker, not the sentence's, accuses)
    if (agents.empty())
      for (size_t w = t + 1; w < size() && w <= t + 12; ++w) {
        if (token(w).pos == P::Verb || token(w).pos == P::Auxiliary) break;
        if (!(token(w).pos == P::WhWord || token(w).pos == P::Subordinator) ||
            token(w).relation != Relation::PassiveSubject || token(w).head < 0)
          continue;
        size_t verb = static_cast<size_t>(token(w).head);
        int clause = static_cast<int>(verb);
        if (token(verb).relation == Relation::Complement && token(verb).head >= 0 &&
            hasRole(token(static_cast<size_t>(token(verb).head)), "speech"))
          clause = token(verb).head;
        if (token(static_cast<size_t>(clause)).relation != Relation::RelativeClause ||
            !hasRole(token(verb), "light-agent") || !isPassive(verb))
          break;
        // The clause must hang on the deed or on its frame's phrase ("the attack on X, which
        // ..."), not on another phrase ("the attack on X at a rally which was organised by Y"),
        // and say it was so ("which was not carried out by Y" names no doer).
        // (Up from the noun it hangs on through "of"/"in" phrases to the frame's phrase, whose
        // preposition must come straight after the deed: "the attack on the offices of X, which
        // ...", not "the attack on X on a visit which ...".)
        int on = token(static_cast<size_t>(clause)).head;
        bool on_deed = on == static_cast<int>(t);
        for (int steps = 0; !on_deed && on >= 0 && steps < 4; ++steps) {
          if (token(static_cast<size_t>(on)).relation != Relation::PrepositionObject) break;
          const size_t preposition = static_cast<size_t>(token(static_cast<size_t>(on)).head);
          const bool frame = std::find(entry.prepositions.begin(), entry.prepositions.end(),
                                       token(preposition).lower) != entry.prepositions.end();
          if (frame && preposition == tree().span(t).second + 1) on_deed = true;
          on = token(preposition).head;
          if (on == static_cast<int>(t)) on_deed = frame;
        }
        std::string clause_cues;
        const EdgeStatus clause_status = statusOf(verb, clause_cues);
        if (!on_deed ||
            (clause_status != EdgeStatus::Asserted && clause_status != EdgeStatus::Reported))
          break;
        for (size_t by : prepositionObjects(verb, {"by"})) addAll(agents, actors(by, true));
        doer_named = !agents.empty();
        if (doer_named) how += ", agent: the 'by' of its relative clause";
        // "... that officials said was organised by Y": the officials accuse Y.
        if (doer_named && clause != static_cast<int>(verb)) {
          reported_in_relative = true;
          std::string cues;
          EdgeStatus said = statusOf(verb, cues);
          std::vector<int> accusers = without(subjectActors(static_cast<size_t>(clause)), agents);
          if (!accusers.empty() && said == EdgeStatus::Asserted)
            emit(verb, "accused", accusers, agents, said, kSpeakerConfidence,
                 "speaker of a relative clause that says who did the deed");
        }
        break;
      }
    // Agents: "the UK's sanctions", "UK sanctions", "sanctions by X".
    for (size_t child : tree().children[t]) {
      const Token& c = token(child);
      if (c.relation == Relation::Possessor || (c.relation == Relation::Modifier && child < t))
        addAll(agents, mentionActors(child));
    }
    for (size_t by : prepositionObjects(t, {"by"})) {
      addAll(agents, actors(by, true));
      doer_named = doer_named || !agents.empty();
    }
    // "condemned the attack on its embassy by X": the tree may hang "by" on the victim.
    if (agents.empty() && entry.relation == "targeted") {
      std::vector<size_t> victims = prepositionObjects(t, entry.prepositions);
      if (token(t).head >= 0 && isVerbal(static_cast<size_t>(token(t).head)))
        for (size_t object :
             prepositionObjects(static_cast<size_t>(token(t).head), entry.prepositions))
          if (object > t) victims.push_back(object);
      // (Right after the victim's noun; not after a verb read as a noun behind another noun:
      // "the team led by X" names the team's leader.)
      auto verbReadAsNoun = [&](size_t victim) {
        if (!WordDictionary::instance().senses(token(victim).lower).verb) return false;
        for (size_t child : tree().children[victim])
          if (child + 1 == victim && token(child).relation == Relation::Modifier &&
              token(child).pos == P::Noun)
            return true;
        return false;
      };
      for (size_t victim : victims)
        for (size_t by : prepositionObjects(victim, {"by"}))
          if (token(victim).pos == P::Noun && !verbReadAsNoun(victim) &&
              token(by).head == static_cast<int>(victim) + 1)
            addAll(agents, actors(by, false));
      agents = without(agents, patients);
      doer_named = doer_named || !agents.empty();
      if (!agents.empty()) recordCulprits({t}, agents);  // whose the attack is, for owners()
    }
    // "The compromise of X was attributed to Y": the culprit another trigger named for it.
    bool culprit_named = false;
    if (agents.empty() && entry.relation == "targeted")
      if (auto it = culprits_.find({s_, t}); it != culprits_.end() && !it->second.empty()) {
        agents = it->second;
        how += ", agent: the culprit named for it";
        culprit_named = true;
      }
    if (agents.empty() && entry.relation == "targeted") {
      agents = participantsInDeed(t);
      if (!agents.empty()) how += ", agent: who takes part in it";
    }
    if (agents.empty() && entry.relation == "targeted") {
      agents = doersOfVerbAroundDeed(t);
      if (!agents.empty()) how += ", agent: who acts in it";
    }
    // "X called for sanctions against Y": who calls for them (the status says it is a demand).
    if (agents.empty() && noun.relation == Relation::PrepositionObject && noun.head >= 0 &&
        token(noun.head).head >= 0 && isVerbal(token(noun.head).head)) {
      size_t verb = static_cast<size_t>(token(noun.head).head);
      const ModalityCue* cue = cues_.modality(token(verb).lemma, token(noun.head).lower);
      if (!cue) cue = cues_.modality(token(verb).lower, token(noun.head).lower);
      if (cue && cue->kind == CueKind::Governor) {
        agents = subjectActors(verb);
        for (size_t object : prepositionObjects(verb, entry.prepositions))
          addAll(patients, actors(object, owner));
      }
    }
    // "named X in its sanctions", "listed X under the sanctions": the verb's object is the patient.
    if ((entry.relation == "sanctioned" || entry.relation == "charged") &&
        noun.relation == Relation::PrepositionObject && noun.head >= 0 &&
        (token(noun.head).lower == "in" || token(noun.head).lower == "under") &&
        token(noun.head).head >= 0 && isVerbal(token(noun.head).head)) {
      size_t verb = static_cast<size_t>(token(noun.head).head);
      for (size_t object : dependents(verb, Relation::Object))
        addAll(patients, actors(object, false));
      // ("X were placed under sanctions": a passive's subject is listed, its "by" lists.)
      // (Not a participle on a noun: "the facts revealed in the indictment".)
      if (isPassive(verb) && token(verb).relation != Relation::ParticipleModifier) {
        for (size_t s : subjectOf(verb).tokens) addAll(patients, actors(s, false));
        for (size_t by : prepositionObjects(verb, {"by"})) addAll(agents, actors(by, false));
      } else if (agents.empty()) {
        agents = subjectActors(verb);
      }
      how += " (listed in it)";
    }
    size_t status_word = t;  // whose negation and modality the edge takes
    // "the sanctions target X", "the new measures hit Y": a sanctions noun that is the subject
    // of a verb placing it (light-object in relation_cues.tsv) has the verb's objects for
    // patients; the agent is whoever imposes them (the speaker, the article's implicit agent), and
    // the verb's negation or modality is the edge's.
    if (entry.relation == "sanctioned" && noun.relation == Relation::Subject && noun.head >= 0 &&
        isVerbal(static_cast<size_t>(noun.head)) &&
        cues_.hasRole(token(noun.head).lemma, "light-object") &&
        !isPassive(static_cast<size_t>(noun.head))) {
      for (size_t object : dependents(static_cast<size_t>(noun.head), Relation::Object))
        addAll(patients, actors(object, false));
      how += " (placed by '" + token(noun.head).text + "')";
      status_word = static_cast<size_t>(noun.head);  // "would not target X" is no sanction
      // "The measures, in force from May, will also hit X": sanctions the article
      // has stated, named again with "the", are taken; "will" says when they bite.
      std::string future;
      bool definite = false;
      for (size_t child : dependents(t, Relation::Determiner))
        definite = definite || token(child).lower == "the" || token(child).lower == "these";
      const Predicate* measure = definite ? latestMeasure() : nullptr;
      if (measure && measure->relation == "sanctioned" &&
          statusOf(status_word, future) == EdgeStatus::Planned && future == "will") {
        status_word = t;
        if (agents.empty()) agents = measure->agents;
        how += ", 'will' of sanctions already taken";
      }
    }
    // A light verb: "X imposed sanctions on Y", "X faces charges".
    // "announced a series of sanctions against X": the quantity's verb is the light verb;
    // "a set of charges and sanctions": a later member of a coordination takes the first's place.
    size_t phrase = firstNounConjunct(t);
    if (token(phrase).relation == Relation::PrepositionObject && token(phrase).head >= 0 &&
        token(token(phrase).head).lower == "of" && token(token(phrase).head).head >= 0) {
      size_t quantity = static_cast<size_t>(token(token(phrase).head).head);
      // ("carried out hundreds of attacks on X": a number word counts as well.)
      if ((token(quantity).pos == P::Noun || token(quantity).pos == P::Number) &&
          triggers_.lookup(token(quantity).lemma).empty() && mentionActors(quantity).empty() &&
          token(quantity).relation == Relation::Object) {
        phrase = quantity;
        for (size_t object : prepositionObjects(quantity, entry.prepositions))
          addAll(patients, actors(object, owner));
      }
    }
    // "The targets of the attacks included X and Y": a list of an attack's targets names them.
    if (patients.empty() && entry.relation == "targeted") {
      size_t list = 0;
      if (includingList(t, list))
        for (size_t object : dependents(static_cast<size_t>(token(list).head), Relation::Object))
          addAll(patients, actors(object, false));
    }
    // "the operation to kill X", "a campaign to hack X": an attack's infinitive names its
    // target.
    if (patients.empty() && entry.relation == "targeted")
      for (size_t verb : dependents(t, Relation::ParticipleModifier))
        if (verb > t && !dependents(verb, Relation::Marker).empty() &&
            token(dependents(verb, Relation::Marker).front()).pos == P::InfinitiveTo)
          for (size_t object : dependents(verb, Relation::Object))
            addAll(patients, actors(object, false));
    int light_verb = -1;
    bool implicit_agent = true;  // no agent named may be the article's (see emit)
    if (token(phrase).head >= 0) {
      size_t verb = static_cast<size_t>(token(phrase).head);
      const Token& governor = token(verb);
      Relation relation = token(phrase).relation;
      if (relation == Relation::PrepositionObject && governor.head >= 0 &&
          (((governor.lower == "with" || governor.lower == "on") &&
            (cues_.hasRole(token(governor.head).lemma, "light-patient"))) ||
           (governor.lower == "in" && cues_.hasRole(token(governor.head).lemma, "join")) ||
           (governor.relation == Relation::Agent &&
            cues_.hasRole(token(governor.head).lemma, "light-patient")))) {
        // "hit with sanctions", "appeared in court on charges", "targeted by an asset freeze",
        // "in its condemnation of".
        verb = static_cast<size_t>(governor.head);
        relation = Relation::Object;
      }
      if (isVerbal(verb) && (relation == Relation::Object || relation == Relation::PassiveSubject ||
                             token(phrase).relation == Relation::PrepositionObject)) {
        const Token& light = token(verb);
        light_verb = static_cast<int>(verb);
        for (size_t object : prepositionObjects(verb, entry.prepositions))
          addAll(patients, actors(object, owner));
        // ("claimed the attack": a verb of owning makes its subject the doer of an attack.)
        // (Not where a clause goes on after the deed: "claimed the attack never happened"
        // says something of it.)
        // (A verb after the object, before any punctuation or relative word, is a clause's:
        // "claimed the attack on X never happened"; "claimed the attack that killed X" owns it.)
        const bool owning_verb = entry.relation == "targeted" && hasRole(light, "owning");
        bool clause_goes_on = false;
        if (owning_verb && token(phrase).relation == Relation::Object)
          for (size_t k = t + 1; k < size(); ++k) {
            if (token(k).pos == P::Punctuation || token(k).pos == P::WhWord ||
                token(k).pos == P::Subordinator || token(k).pos == P::Coordinator)
              break;
            // (A finite verb: "in a video posted online" and "and vowed more" go on with it.)
            if (token(k).pos == P::Auxiliary || token(k).pos == P::Modal ||
                token(k).pos == P::Negation ||
                (token(k).pos == P::Verb &&
                 (token(k).form == VerbForm::Past || token(k).form == VerbForm::Present))) {
              clause_goes_on = true;
              break;
            }
          }
        const bool owning = owning_verb && !clause_goes_on;
        bool light_agent =
            hasRole(light, "light-agent") || owning ||
            // "revealed the charges", "detailed sanctions": who makes them known
            // (not a participle that only cites one, nor a verb that judges
            // them: "denounced the charges against X")
            ((entry.relation == "charged" || entry.relation == "sanctioned") &&
             token(phrase).relation == Relation::Object && !citesAMeasure(verb) && !judges(light) &&
             WordDictionary::instance().verbLexicographerFile(light.lemma) ==
                 WordNetFiles::kVerbCommunication);
        bool light_patient = hasRole(light, "light-patient");
        // "X participated in the attacks on Y": a joining verb's subject shares the noun after
        // its "in", so with no owner of its own the noun is the subject's.
        const Token& phrase_head = token(token(phrase).head >= 0 ? token(phrase).head : phrase);
        if (agents.empty() && token(phrase).relation == Relation::PrepositionObject &&
            phrase_head.lower == "in" && (hasRole(light, "join")))
          light_agent = true;
        bool passive = isPassive(verb);
        // "police arrested X on charges of Y": with an object of its own, the object is the
        // patient (the subject only made the arrest).
        // (Only a verb of custody, and only people: "faced X in court on charges", "appeared
        // in court on charges" leave the subject the patient.)
        std::vector<int> object_patients;
        if (light_patient && !passive && hasRole(light, "custody"))
          for (size_t object : dependents(verb, Relation::Object))
            if (object != phrase)
              for (int actor : actors(object, false))
                if (document_.entities[actor].type == ActorType::Person ||
                    document_.entities[actor].type == ActorType::Group)
                  addUnique(object_patients, actor);
        if (!object_patients.empty()) {
          addAll(patients, object_patients);
          how += " with '" + light.text + "' (its object is patient)";
        } else if (light_patient && !passive) {
          // "the move drew condemnation from X": the subject's deed stands for its doer.
          for (size_t s : subjectOf(verb).tokens)
            addAll(patients, actors(s, entry.relation == "condemned"));
          // "faced criticism from X", "faced sanctions from X": who they come from.
          if (agents.empty())
            for (size_t from : prepositionObjects({t, verb}, {"from"}))
              addAll(agents, actors(from, false));
          // "X's test deserves absolute condemnation, the ministry said": a judgement with no
          // source is the speaker's.
          if (agents.empty() && entry.relation == "condemned") agents = speakerOf(verb);
          how += " with '" + light.text + "' (subject is patient)";
        } else if (light_patient && passive) {
          for (size_t s : subjectOf(verb).tokens) addAll(patients, actors(s, false));
          // "X was hit with sanctions by Y": the passive's "by" right after the measure
          // imposed it ("hit with sanctions after a report by Y" names no one).
          if (agents.empty())
            for (size_t by : prepositionObjects(verb, {"by"}))
              if (token(by).head == static_cast<int>(tree().span(t).second) + 1)
                addAll(agents, actors(by, true));
          how += " with '" + light.text + "' (patient modified)";
        } else if (light_agent && agents.empty()) {
          // "were involved in the attack": a joining verb's passive subject takes part.
          if (passive && !hasRole(light, "join")) {
            for (size_t by : prepositionObjects(verb, {"by"})) addAll(agents, actors(by, true));
            doer_named = !agents.empty();
          } else {
            std::vector<size_t> subjects = subjectOf(verb).tokens;
            bool unowned_act_subject = false;
            for (size_t s : subjects) {
              // "The action imposes an asset freeze on X": an act with no owner of its own is
              // the measure's, taken by the article's sanctioner (emit puts that implicit
              // agent in), not by its latest targets.
              bool owned = false;
              for (size_t child : tree().children[s])
                owned |= token(child).relation == Relation::Possessor ||
                         (token(child).relation == Relation::Preposition &&
                          (token(child).lower == "by" || token(child).lower == "of"));
              if ((entry.relation == "sanctioned" || entry.relation == "charged") &&
                  token(s).pos == P::Noun && mentionActors(s).empty() && namesADeed(s) && !owned) {
                unowned_act_subject = true;
                continue;
              }
              addAll(agents, actors(s, true));
            }
            // "X said Y carried out the attack": a finite light verb's subject that the text
            // names (not a pronoun, which may be the speaker's own claim, nor a description) is
            // the attack's named doer, with or without a victim. (A gerund or an infinitive
            // takes its subject from a clause whose speaker is someone else's reporter.)
            // ("X said Y was involved in the attack": a joining verb's passive, finite too.
            // Nothing may negate or hedge the verb: the attack may hang under "in", below the
            // walk that finds a nominal's status.)
            if (!agents.empty() && isAttackEvent(t) && !subjects.empty() && finiteVerb(verb) &&
                asserted(verb) && std::all_of(subjects.begin(), subjects.end(), [&](size_t s) {
                  int m = token(s).mention;
                  return m >= 0 && document_.mentions[m].kind == MentionKind::Name;
                }))
              doer_named = true;
            // "resolutions that impose sanctions": a subject that is a thing, no actor, is
            // who imposes them; emit puts no implicit agent in its place.
            if (agents.empty() && !subjects.empty() && !unowned_act_subject &&
                std::all_of(subjects.begin(), subjects.end(), [&](size_t s) {
                  size_t noun = antecedentOf(s);
                  return token(noun).pos == P::Noun && token(noun).mention < 0;
                }))
              implicit_agent = false;
          }
          how += " with light verb '" + light.text + "'";
        }
        if (light_agent || light_patient) status_word = t;
        if (patients.empty() && light_agent)
          for (size_t object : sharedObjects(verb)) addAll(patients, actors(object, false));
        if (patients.empty() && light_agent) {
          // "imposed sanctions, slapping them on X": a later verb places what the noun names.
          for (size_t clause : dependents(verb, Relation::AdverbialClause))
            for (size_t object : dependents(clause, Relation::Object))
              if (token(object).pos == P::Pronoun)
                for (size_t target : prepositionObjects(clause, entry.prepositions))
                  addAll(patients, actors(target, false));
        }
      }
    }
    // Only the accused does an unlisted act, unless an attack noun says what act it is
    // ("conducted reconnaissance activity against X").
    // ("abuse of X perpetrated by Y": a verb of doing on the act, with its "by", names
    // the doer.)
    if (entry.lemma == kAnyAct && !isAttackEvent(t)) {
      std::vector<int> doers;
      // (Not a verb of saying: "abuses revealed by a newspaper" were not the paper's.)
      for (size_t child : dependents(t, Relation::ParticipleModifier))
        if (hasRole(token(child), "light-agent") &&
            WordDictionary::instance().verbLexicographerFile(token(child).lemma) !=
                WordNetFiles::kVerbCommunication)
          for (size_t by : prepositionObjects(child, {"by"})) addAll(doers, actors(by, true));
      agents = doers;
      if (!doers.empty()) how += ", agent: who did it";
    }
    if (agents.empty() && !patients.empty()) {
      if (entry.relation == "targeted") {
        // "accused X of ... attacks on Y": the accused did it.
        for (const Predicate& predicate : document_.predicates)
          if (predicate.sentence == s_ && predicate.relation == "accused" &&
              predicate.status == EdgeStatus::Asserted)
            addAll(agents, predicate.patients);
        if (!agents.empty()) how += ", agent: the accused of the sentence";
        // "X is accused of attacks on Y", "X was charged with hacks on Y", whoever accuses.
        if (agents.empty()) {
          agents = accusedOfIt(t);
          if (!agents.empty()) how += ", agent: who is accused of it";
        }
      } else if ((entry.relation == "charged" || entry.relation == "sanctioned") && !disputed(t) &&
                 !(light_verb >= 0 &&
                   (citesAMeasure(static_cast<size_t>(light_verb)) ||
                    // "denounced the charges against X": who judges them brought none
                    (judges(token(static_cast<size_t>(light_verb))) &&
                     !hasRole(token(static_cast<size_t>(light_verb)), "light-patient"))))) {
        agents = speakerOf(t);
        if (!agents.empty()) how += ", agent: who announces it";
      }
      if (agents.empty() && entry.relation == "charged") {
        // "X faces charges in Norway": the country whose courts hear them brings them.
        std::vector<size_t> heads{t};
        if (light_verb >= 0) heads.push_back(static_cast<size_t>(light_verb));
        for (size_t place : prepositionObjects(heads, {"in"}))
          for (int actor : actors(place, false))
            if (document_.entities[actor].type == ActorType::Country) addUnique(agents, actor);
        if (!agents.empty()) how += ", agent: the country they are brought in";
      }
    }
    // "X was behind the attack. The attack on Y ...": a definite attack (a noun relations.tsv
    // lists, not any act: "the answering step against Y") with no doer in its
    // sentence is one the article has named before: the attack on the same victim, else the
    // attack it has just pinned on someone (a culprit named for it, in this sentence or the two
    // before; not whoever is accused of something else or hit by a measure). Only once an
    // asserted edge has pinned something on someone: a denied or unclaimed one pins nothing
    // ("Gondor denied responsibility for the attack on X").
    if (agents.empty() && entry.relation == "targeted" && isNounOf(token(t).lemma, "targeted") &&
        definiteDeed(t) && !last_culprits_.empty()) {
      for (const Predicate& before : document_.predicates)
        if (before.relation == "targeted" && before.status == EdgeStatus::Asserted &&
            std::any_of(patients.begin(), patients.end(), [&](int patient) {
              return std::find(before.patients.begin(), before.patients.end(), patient) !=
                     before.patients.end();
            }))
          agents = before.agents;
      if (agents.empty() && !recent_culprits_.empty() && s_ <= recent_culprits_sentence_ + 2)
        agents = recent_culprits_;
      if (!agents.empty()) how += ", agent: the culprit of the deed named before";
    }
    // ("the attack on X was blamed on Y": the verb's "on Y" is the culprit, no second victim.)
    if (culprit_named) patients = without(patients, agents);
    std::string cues;
    EdgeStatus status = statusOf(status_word, cues);
    // "X was not involved in the attack on Y", "may have been hit with sanctions": a noun under
    // its light verb's preposition takes the verb's negation or modality too (the walk from the
    // noun stops at the preposition).
    if (light_verb >= 0 && token(phrase).relation == Relation::PrepositionObject) {
      std::string verb_cues;
      EdgeStatus verb_status = statusOf(static_cast<size_t>(light_verb), verb_cues);
      if (statusRank(verb_status) > statusRank(status)) {
        status = verb_status;
        cues += (cues.empty() ? "" : ",") + verb_cues;
      }
    }
    if (!cues.empty()) how += ", cue " + cues;
    if (t != trigger) how += " (heading '" + token(t).text + "')";
    emit(trigger, entry.relation, agents, patients, status, kNominalConfidence, how,
         implicit_agent);
    if (entry.relation == "targeted" && !reported_in_relative)
      accuseDoer(t, agents, patients, status, doer_named);
    if (entry.relation == "sanctioned" || entry.relation == "charged")
      measureForAnAttack(t, light_verb, entry, agents, patients, status);
  }

  // Whether the speaker judges noun t as false or wrong ("the groundless charges"): then the
  // speaker disputes it and does not announce it.
  bool disputed(size_t t) const {
    auto judging = [&](size_t word) {
      return listedAs(token(word).lemma, [](const TriggerEntry& entry) {
        return entry.pattern == ArgumentPattern::Predicate;
      });
    };
    for (size_t child : tree().children[t])
      if (token(child).relation == Relation::Modifier && judging(child)) return true;
    // "said the sanctions on X were unjustified": the copula's predicate judges them.
    if (token(t).relation == Relation::Subject && token(t).head >= 0)
      for (size_t predicate : dependents(static_cast<size_t>(token(t).head), Relation::Predicate))
        if (judging(predicate)) return true;
    return false;
  }

  // "sanctions against X over the attack", "... in response to a campaign that breached Y": X is
  // the culprit of the event the measure answers, and a sanction for an attack accuses X of it
  // (charges already do).
  void measureForAnAttack(size_t t, int light_verb, const TriggerEntry& entry,
                          const std::vector<int>& agents, const std::vector<int>& patients,
                          EdgeStatus status) {
    if (status != EdgeStatus::Asserted) return;
    std::vector<size_t> holders = {t};
    if (light_verb >= 0) holders.push_back(static_cast<size_t>(light_verb));
    std::vector<size_t> reasons;
    for (size_t holder : holders) {
      for (size_t reason : prepositionObjects(holder, {"for", "over"})) reasons.push_back(reason);
      for (size_t deed : answeredDeeds(holder)) reasons.push_back(deed);
    }
    // "sanctions over Gondor's invasion of Rohan": a measure taken over a deed its owner did
    // accuses the owner, whoever the measure names.
    if (entry.relation == "sanctioned" && !agents.empty())
      for (size_t reason : reasons) {
        if (!isAttackEvent(reason) && !hasRole(token(reason), "wrong")) continue;
        // Its doer: after "by" or "under", else a possessor when the deed names whom it was done
        // to ("X's invasion of Y"; in "Y's poisoning" the possessor is the victim).
        std::vector<int> doers =
            doersOfDeed(reason, /*possessor_needs_victim=*/true, /*name_before=*/false);
        std::vector<int> owners;
        for (int owner : doers)
          if (namedInSentence(owner)) addUnique(owners, owner);
        owners = without(without(owners, patients), agents);
        if (!owners.empty())
          emit(t, "accused", agents, owners, EdgeStatus::Asserted, kNominalConfidence,
               "a measure taken over a deed accuses the deed's owner");
      }
    if (patients.empty()) return;
    std::vector<size_t> attacks;
    for (size_t reason : reasons)
      if (isAttackEvent(reason)) attacks.push_back(reason);
    recordCulprits(attacks, patients);
    if (entry.relation == "sanctioned") accuseOverADeed(t, reasons, agents, patients, status);
  }
  // What a measure on `holder` answers: "in response to X", "in connection with X", "for its
  // links to X" (relation_cues.tsv "answer" nouns). The tree may hang the "to"/"with" phrase
  // beside the noun, on `holder`.
  std::vector<size_t> answeredDeeds(size_t holder) const {
    std::vector<size_t> deeds;
    for (size_t noun : prepositionObjects(holder, {"in", "for"})) {
      if (!hasRole(token(noun), "answer")) continue;
      for (size_t deed : prepositionObjects(noun, {"to", "with"})) deeds.push_back(deed);
      // ("in response to": any "to" on `holder`; else only the phrase right after the noun.)
      const bool in_response = token(static_cast<size_t>(token(noun).head)).lower == "in";
      const int after = static_cast<int>(tree().span(noun).second) + 1;
      for (size_t deed : prepositionObjects(holder, {"to", "with"})) {
        const bool to = token(static_cast<size_t>(token(deed).head)).lower == "to";
        if ((token(deed).head == after || (in_response && to)) &&
            std::find(deeds.begin(), deeds.end(), deed) == deeds.end())
          deeds.push_back(deed);
      }
    }
    return deeds;
  }

  // A sanction given for a deed (an attack, an act, a verb's gerund) accuses its target of it.
  void accuseOverADeed(size_t t, const std::vector<size_t>& reasons, const std::vector<int>& agents,
                       const std::vector<int>& patients, EdgeStatus status) {
    // A measure planned, threatened or called for over a deed states the deed as well ("will
    // sanction X for its attacks"); a negated or merely reported one does not.
    bool stated = status == EdgeStatus::Asserted || status == EdgeStatus::Planned ||
                  status == EdgeStatus::Threatened || status == EdgeStatus::Demanded;
    if (agents.empty() || patients.empty() || !stated) return;
    if (std::none_of(reasons.begin(), reasons.end(),
                     [&](size_t reason) { return isAttackEvent(reason) || isDeedGiven(reason); }))
      return;
    emit(t, "accused", agents, patients, EdgeStatus::Asserted, kNominalConfidence,
         "a measure taken over a deed accuses its target of it");
  }
  // A reason a measure gives: an act ("for cybercrimes", "over abuses") or a verb's gerund
  // ("for violating human rights"); what someone said or showed ("for criticising X", "over
  // exposing abuses") is no deed the measure accuses them of.
  bool isDeedGiven(size_t reason) const {
    const Token& word = token(reason);
    // "for allegedly being Gondor's agents": a copula the text hedges as an allegation alleges a
    // wrong.
    if (word.pos == P::Auxiliary && word.form == VerbForm::Gerund && hedged(reason, reason))
      return true;
    // "for being responsible for X", "for being complicit in X": the gerund of a copula whose
    // predicate names a culprit.
    if (word.pos == P::Auxiliary && word.form == VerbForm::Gerund)
      for (size_t predicate : dependents(reason, Relation::Predicate))
        if (listedAs(token(predicate).lemma, [](const TriggerEntry& entry) {
              return entry.pattern == ArgumentPattern::Culprit;
            }))
          return true;
    if (word.pos == P::Verb) {
      int file = WordDictionary::instance().verbLexicographerFile(word.lemma);
      // ("for having assisted X": a perfect gerund; "for being engaged in fraud": a passive
      // one whose "in" names a deed, not "for being owned by X" or "for being elected".)
      bool perfect_gerund = false;
      for (size_t auxiliary : dependents(reason, Relation::Auxiliary))
        perfect_gerund = perfect_gerund || token(auxiliary).form == VerbForm::Gerund;
      for (size_t auxiliary : dependents(reason, Relation::PassiveAuxiliary))
        if (token(auxiliary).form == VerbForm::Gerund)
          for (size_t deed : prepositionObjects(reason, {"in"}))
            perfect_gerund =
                perfect_gerund || isAttackEvent(deed) || hasRole(token(deed), "wrong") ||
                (token(deed).pos == P::Noun && hasSenseIn(deed, WordNetFiles::kNounAct) &&
                 mentionActors(deed).empty());
      return (word.form == VerbForm::Gerund || perfect_gerund) &&
             file != WordNetFiles::kVerbCommunication && file != WordNetFiles::kVerbPerception;
    }
    return word.pos == P::Noun && mentionActors(reason).empty() &&
           hasSenseIn(reason, WordNetFiles::kNounAct) &&
           nounFile(reason) != WordNetFiles::kNounCommunication;
  }

  // Whether active verb t's subject is an attack ("the raid", "a hacking campaign", "an
  // operation that ...").
  bool doneByAnAttack(size_t t) const {
    if (isPassive(t)) return false;
    std::vector<size_t> doers = subjectOf(t).tokens;
    for (size_t& doer : doers) doer = antecedentOf(doer);
    return !doers.empty() &&
           std::all_of(doers.begin(), doers.end(), [&](size_t s) { return isAttackEvent(s); });
  }
  // Whether verb t pins an attack on someone: its object is one ("assigned the attack to X"),
  // or, in the passive, its subject ("the hack was imputed to X").
  bool pinsAnAttack(size_t t) const {
    std::vector<size_t> things = isPassive(t) ? subjectOf(t).tokens : objectsOf(t);
    return !things.empty() &&
           std::all_of(things.begin(), things.end(), [&](size_t s) { return isAttackEvent(s); });
  }
  // An attack named by a noun: "the hacking campaign", "the targeting of X".
  bool isAttackEvent(size_t noun) const {
    if (token(noun).pos != P::Noun || !mentionActors(noun).empty()) return false;
    if (isNounOf(token(noun).lemma, "targeted")) return true;
    for (size_t child : tree().children[noun])
      if (listedAs(token(child).lemma,
                   [](const TriggerEntry& other) { return other.relation == "targeted"; }))
        return true;
    return false;
  }

  // "X was behind Y", "X was responsible for Y", "held X responsible": the speaker accuses X.
  void culpritTrigger(const TriggerEntry& entry, size_t t) {
    const Token& word = token(t);
    std::vector<int> culprits, accusers;
    std::vector<size_t> events;
    std::string how;
    if (word.pos == P::Verb) {
      // A verb read as "be behind": its subject is the culprit, its object what was done.
      for (size_t s : subjectOf(t).tokens) addAll(culprits, actors(s, true));
      accusers = speakerOf(t);
      for (size_t object : dependents(t, Relation::Object)) events.push_back(object);
      how = "'" + word.text + "' read as 'be " + word.lemma + "', speaker as accuser";
      finishCulprit(entry, t, t, culprits, accusers, events, how);
      return;
    }
    if (word.head < 0) return;
    size_t head = static_cast<size_t>(word.head);
    if (word.relation == Relation::Predicate && isVerbal(head)) {
      const Token& verb = token(head);
      // "identified X as being responsible", "named X as being behind it": the verb's object is
      // the culprit, its subject the accuser.
      int as = verb.head;
      int naming = as >= 0 && verb.relation == Relation::PrepositionObject &&
                           token(static_cast<size_t>(as)).lower == "as"
                       ? token(static_cast<size_t>(as)).head
                       : -1;
      if (verb.lemma == "be" && naming >= 0 && isVerbal(static_cast<size_t>(naming)) &&
          !dependents(static_cast<size_t>(naming), Relation::Object).empty()) {
        for (size_t object : dependents(static_cast<size_t>(naming), Relation::Object))
          addAll(culprits, actors(object, true));
        accusers = subjectActors(static_cast<size_t>(naming));
        how = "'" + token(static_cast<size_t>(naming)).text + " X as being " + word.text + "'";
        head = static_cast<size_t>(naming);
      } else if (verb.lemma == "be") {
        for (size_t s : subjectOf(head).tokens) addAll(culprits, actors(s, true));
        accusers = speakerOf(head);
        how = "copula, speaker as accuser";
        // "X was allegedly behind the attack", said by no one: the article's accuser alleges it
        // (of people it names, as for "X has been accused of ...").
        if (accusers.empty() && !culprits.empty() && hedged(head, t) &&
            std::all_of(culprits.begin(), culprits.end(), [&](int e) {
              return document_.entities[e].named || !document_.entities[e].members.empty();
            })) {
          std::string why;
          accusers = implicitAccusers(why);
          if (!accusers.empty()) how = "copula, hedged, accuser: " + why;
        }
      } else {
        // "held X responsible", "found X culpable".
        for (size_t object : dependents(head, Relation::Object))
          addAll(culprits, actors(object, true));
        accusers = subjectActors(head);
        how = "secondary predicate of '" + verb.text + "'";
      }
    } else if (word.pos == P::Noun && word.relation == Relation::Object && isVerbal(head)) {
      // "X claimed responsibility for the attack": the subject owns the deed it names. Only a
      // deed counts ("has a responsibility to protect" names none).
      // The tree may hang "for" on the verb.
      for (size_t owner : {t, head})
        for (size_t event : prepositionObjects(owner, {"for"}))
          if (token(event).pos == P::Verb || namesADeed(event) || isAttackEvent(event))
            events.push_back(event);
      if (events.empty()) return;
      for (size_t s : subjectOf(head).tokens) addAll(culprits, actors(s, true));
      // "X said Y bore responsibility for it" accuses Y; Y's own claim does not.
      addAll(accusers, without(speakerOf(head), culprits));
      how = "'" + token(head).text + " " + word.text + "': the subject owns the deed";
      finishCulprit(entry, t, head, culprits, accusers, events, how);
      return;
    } else if (int naming = namingVerbOf(t); naming >= 0) {
      // "named X as the group behind the attack": the naming verb's object is the culprit.
      for (size_t object : dependents(static_cast<size_t>(naming), Relation::Object))
        addAll(culprits, actors(object, true));
      accusers = subjectActors(static_cast<size_t>(naming));
      how = "named as the one " + word.text + " it by '" + token(naming).text + "'";
      head = static_cast<size_t>(naming);
    } else if (word.relation == Relation::PrepositionObject && token(head).lower == "to" &&
               token(head).head >= 0 && isVerbal(token(head).head)) {
      // "hold X to account".
      size_t verb = static_cast<size_t>(token(head).head);
      for (size_t object : dependents(verb, Relation::Object))
        addAll(culprits, actors(object, true));
      accusers = subjectActors(verb);
      how = "'" + token(verb).text + " ... to " + word.text + "'";
      head = verb;
    } else if (word.pos == P::Adjective && word.relation == Relation::Modifier && head < t &&
               token(head).pos == P::Noun) {
      // "sanctioned X, a unit responsible for attacks on Y": whoever speaks, else the clause's
      // subject, holds the described actor responsible.
      addAll(culprits, actors(head, true));
      size_t clause = head;
      while (token(clause).head >= 0 && !isVerbal(clause))
        clause = static_cast<size_t>(token(clause).head);
      if (!isVerbal(clause)) return;
      accusers = speakerOf(clause);
      if (accusers.empty()) accusers = subjectActors(clause);
      for (int culprit : culprits)
        accusers.erase(std::remove(accusers.begin(), accusers.end(), culprit), accusers.end());
      how = "'" + word.text + "' after the actor it describes";
      head = clause;
    } else {
      return;
    }
    if (word.pos == P::Preposition) {
      int object = prepositionObject(t);
      if (object >= 0) {
        // "behind the attack", "behind it": a deed has a culprit; a bare singular noun there
        // makes an idiom of where someone stands ("behind schedule").
        const Token& thing = token(static_cast<size_t>(object));
        bool bare = thing.pos == P::Noun && !thing.plural &&
                    mentionActors(static_cast<size_t>(object)).empty() &&
                    !isAttackEvent(static_cast<size_t>(object));
        for (size_t child : tree().children[static_cast<size_t>(object)])
          if (token(child).relation == Relation::Determiner ||
              token(child).relation == Relation::Possessor ||
              token(child).relation == Relation::Modifier)
            bare = false;
        if (bare) return;
        events.push_back(static_cast<size_t>(object));
      }
    } else {
      std::vector<size_t> objects = prepositionObjects(t, {"for", "to"});
      events.insert(events.end(), objects.begin(), objects.end());
      // "the perpetrator of the attacks": a culprit noun's deed.
      if (word.pos == P::Noun)
        for (size_t event : prepositionObjects(t, {"of"}))
          if (namesADeed(event) || isAttackEvent(event)) events.push_back(event);
      // A noun that names no person ("the source of X") names a culprit only of a deed.
      if (word.pos == P::Noun && nounFile(t) != WordNetFiles::kNounPerson && events.empty()) return;
    }
    finishCulprit(entry, t, head, culprits, accusers, events, how);
  }
  // The naming verb ("named", "identified": relation_cues.tsv's naming role) whose "as" phrase
  // the culprit word `t` belongs to, or -1: "named X as the group behind the attack", with
  // "behind" hung on the noun after "as" or on the verb itself.
  int namingVerbOf(size_t t) const {
    if (token(t).head < 0) return -1;
    size_t head = static_cast<size_t>(token(t).head);
    auto naming = [&](size_t verb) {
      return isVerbal(verb) && (hasRole(token(verb), "naming")) &&
             !prepositionObjects(verb, {"as"}).empty() &&
             !dependents(verb, Relation::Object).empty();
    };
    if (token(t).relation == Relation::Preposition && naming(head)) return static_cast<int>(head);
    // "identified X as responsible": the word itself after "as".
    if (token(t).relation == Relation::PrepositionObject && token(head).lower == "as" &&
        token(head).head >= 0 && naming(static_cast<size_t>(token(head).head)))
      return token(head).head;
    // Hung on the noun after "as".
    if (token(head).pos == P::Noun && token(head).relation == Relation::PrepositionObject &&
        token(head).head >= 0) {
      size_t as = static_cast<size_t>(token(head).head);
      if (token(as).head >= 0 && naming(static_cast<size_t>(token(as).head))) return token(as).head;
    }
    return -1;
  }
  // The culprit edge of trigger `t` whose status is read at `head`, and the attack just
  // reported when no event is named.
  void finishCulprit(const TriggerEntry& entry, size_t t, size_t head,
                     const std::vector<int>& culprits, const std::vector<int>& accusers,
                     const std::vector<size_t>& events, std::string how) {
    std::string cues;
    EdgeStatus status = statusOf(head, cues);
    // Gerund events: "responsible for targeting X" -> the gerund's object is what was done.
    // ("X was not behind the attack on Y": a culprit denied is none.)
    if (status == EdgeStatus::Asserted) recordCulprits(events, culprits);
    if (!cues.empty()) how += ", cue " + cues;
    emit(t, entry.relation, accusers, culprits, status, kSpeakerConfidence, how);
    // "... activity targeting X. The assessment found Y were responsible.": Y did it; so
    // when the event is a definite one with no victim of its own ("X was compromised. Y was
    // responsible for this intrusion.").
    // (Only a bare demonstrative deed: "this intrusion", not "the previous breach" nor "the
    // breach of X's networks".)
    bool deed_just_reported =
        !events.empty() && std::all_of(events.begin(), events.end(), [&](size_t event) {
          if (!definiteDeed(event)) return false;
          bool demonstrative = false;
          for (size_t child : tree().children[event]) {
            const Token& word = token(child);
            if (word.relation == Relation::Determiner)
              demonstrative |= word.lower == "this" || word.lower == "these" ||
                               word.lower == "that" || word.lower == "those";
            else if (word.relation != Relation::Punctuation)
              return false;
          }
          return demonstrative;
        });
    if ((events.empty() || deed_just_reported) && status == EdgeStatus::Asserted &&
        !culprits.empty())
      for (const auto& [sentence, victims] : pending_attacks_)
        if (sentence + 1 >= s_ && sentence <= s_)
          emit(t, "targeted", culprits, victims, status, kSpeakerConfidence * 0.8,
               "culprit named for the attack just reported");
  }

  // When noun t is the predicate of a copula ("X's attack is an act"), the copula's first
  // subject ("attack"); else -1.
  int copulaSubjectOf(size_t t) const {
    const Token& noun = token(t);
    if (noun.relation != Relation::Predicate || noun.head < 0 || token(noun.head).lemma != "be")
      return -1;
    std::vector<size_t> subjects = subjectOf(static_cast<size_t>(noun.head)).tokens;
    return subjects.empty() ? -1 : static_cast<int>(subjects.front());
  }
  // "... is malicious slander", "called the claims groundless": the speaker condemns whoever
  // made what is so described.
  void predicateTrigger(const TriggerEntry& entry, size_t t) {
    size_t word_index = t;
    // A member of a coordination takes its first member's place: "unfounded and malicious".
    while (token(word_index).relation == Relation::Conjunct && token(word_index).head >= 0)
      word_index = static_cast<size_t>(token(word_index).head);
    const Token& word = token(word_index);
    if (word.head < 0) return;
    size_t head = static_cast<size_t>(word.head);
    bool judged_noun = false;  // the judging word modifies its noun
    size_t status_at = head;   // the word whose negation and modality the judgement takes
    int described = -1;
    std::vector<int> speakers;
    std::string how;
    if (word.relation == Relation::Predicate && isVerbal(head)) {
      if (token(head).lemma == "be") {
        std::vector<size_t> subjects = subjectOf(head).tokens;
        if (!subjects.empty()) described = static_cast<int>(subjects.front());
        speakers = speakerOf(head);
        how = "predicate of a copula";
        // "It is unacceptable that X did Y": the clause after the predicate is what is judged,
        // and its subject whom.
        if (described >= 0 && token(static_cast<size_t>(described)).lower == "it") {
          int clause = tree().dependent(word_index, Relation::Complement);
          if (clause < 0) clause = tree().dependent(head, Relation::Complement);
          if (clause >= 0 && isVerbal(static_cast<size_t>(clause))) {
            std::string cues;
            EdgeStatus status = statusOf(head, cues);
            // ("It is unacceptable that X were detained by Y": the doer, not the victim.)
            std::vector<int> doers;
            if (isPassive(static_cast<size_t>(clause))) {
              for (size_t by : prepositionObjects(static_cast<size_t>(clause), {"by"}))
                addAll(doers, actors(by, true));
            } else {
              doers = subjectActors(static_cast<size_t>(clause));
            }
            emit(t, entry.relation, speakers, doers, status, kSpeakerConfidence,
                 "predicate of a copula, judging the clause after it" +
                     (cues.empty() ? std::string() : ", cue " + cues));
            return;
          }
        }
      } else {
        int object = tree().dependent(head, Relation::Object);
        described = object;
        speakers = subjectActors(head);
        how = "secondary predicate of '" + token(head).text + "'";
      }
    } else if (word.relation == Relation::Modifier && word.pos == P::Adjective &&
               token(head).pos == P::Noun) {
      // "groundless accusations", "reckless behaviour": the adjective judges its noun.
      described = static_cast<int>(head);
      speakers = speakerOf(head);
      how = "judging its noun";
      judged_noun = true;  // "rejected the baseless claims": the verb judges them too
      // "The ministry rejected the baseless claims": with no speaker, the subject of the verb
      // that takes the noun.
      // ("rejected the claims and the fabricated reports": a later member of the object too.)
      size_t taken = firstNounConjunct(head);
      if (speakers.empty() && token(taken).relation == Relation::Object && token(taken).head >= 0 &&
          isVerbal(static_cast<size_t>(token(taken).head))) {
        const Token& verb = token(static_cast<size_t>(token(taken).head));
        const ModalityCue* cue = cues_.modality(verb.lemma);
        // (A verb that refutes claims it takes, modality.tsv's "refuter": "rejected"; not one
        // that ends a measure, "dropped the baseless charges".)
        if (cue && cue->refutes_claims_only)
          speakers = subjectActors(static_cast<size_t>(token(taken).head));
      }
      // "X's attack is an unconscionable act": the copula's subject is what is judged.
      if (int subject = copulaSubjectOf(head); subject >= 0) described = subject;
      // "called the landing egregious piracy": the noun is the verb's second predicate.
      const Token& noun = token(head);
      if (noun.relation == Relation::Predicate && noun.head >= 0 &&
          isVerbal(static_cast<size_t>(noun.head)) &&
          token(static_cast<size_t>(noun.head)).lemma != "be") {
        size_t verb = static_cast<size_t>(noun.head);
        int object = tree().dependent(verb, Relation::Object);
        if (object >= 0) {
          described = object;
          speakers = subjectActors(verb);
          how = "judging its noun, the second predicate of '" + token(verb).text + "'";
        }
      }
    } else if (word.relation == Relation::Object && isVerbal(head)) {
      // "constitutes malicious slander".
      std::vector<size_t> subjects = subjectOf(head).tokens;
      if (!subjects.empty()) described = static_cast<int>(subjects.front());
      speakers = speakerOf(head);
      how = "object of '" + token(head).text + "'";
    } else if (word.relation == Relation::PrepositionObject) {
      // "amounting to slander", "dismissed the claims as slander" (not a means,
      // relation_cues.tsv "means": "justified it through propaganda" judges nothing it names).
      const Token& preposition = token(head);
      if (preposition.head < 0 || hasRole(preposition, "means")) return;
      size_t governor = static_cast<size_t>(preposition.head);
      if (isVerbal(governor)) {
        status_at = governor;  // "which X did not describe as slander": the verb's status
        int object = tree().dependent(governor, Relation::Object);
        const Token& verb = token(governor);
        if (object >= 0) {
          described = object;
          speakers = subjectActors(governor);
        } else if (verb.head >= 0 && token(static_cast<size_t>(verb.head)).pos == P::Noun &&
                   !subjectActors(governor).empty() &&
                   std::any_of(tree().children[governor].begin(), tree().children[governor].end(),
                               [&](size_t child) {
                                 return (token(child).relation == Relation::Marker ||
                                         token(child).relation == Relation::Object) &&
                                        (token(child).lower == "that" ||
                                         token(child).lower == "which");
                               })) {
          // "raids that Arnor called a breach of the truce": the relative's subject judges the
          // noun it hangs on (as the text asserts it: not "did not describe").
          if (!asserted(governor)) return;
          described = verb.head;
          speakers = subjectActors(governor);
        } else if (verb.relation == Relation::ParticipleModifier && verb.head >= 0) {
          described = verb.head;
          speakers = speakerOf(governor);
          // "these are claims amounting to slander": the claims are the copula's subject.
          if (int subject = copulaSubjectOf(static_cast<size_t>(verb.head)); subject >= 0)
            described = subject;
        } else {
          // "the attack amounted to reckless sabotage": the subject is what is judged, by
          // whoever says so.
          std::vector<size_t> subjects = subjectOf(governor).tokens;
          if (!subjects.empty()) described = static_cast<int>(subjects.front());
          speakers = speakerOf(governor);
        }
        how = "after '" + preposition.text + "' of '" + verb.text + "'";
      }
    } else {
      return;
    }
    if (described < 0) return;
    // "described it as reckless": a word of moral condemnation of a deed ("outrage") makes a
    // bare "it" or "this" the latest deed pinned on someone, not the latest claim.
    bool judges_deed = hasRole(token(t), "outrage");
    std::vector<int> targets =
        claimOwners(static_cast<size_t>(described), /*denied=*/false, /*judged_deed=*/judges_deed);
    std::string cues;
    EdgeStatus status = statusOf(status_at, cues, judged_noun);
    if (!cues.empty()) how += ", cue " + cues;
    emit(t, entry.relation, speakers, targets, status, kSpeakerConfidence, how);
    accuseOwnerOfAct(t, static_cast<size_t>(described), speakers, status);
  }
  // "Gondor's actions against X are reckless": judging someone's act accuses them of it.
  void accuseOwnerOfAct(size_t t, size_t act, const std::vector<int>& speakers, EdgeStatus status) {
    const Token& word = token(act);
    if (word.pos != P::Noun || !mentionActors(act).empty()) return;
    WordDictionary& dictionary = WordDictionary::instance();
    // A verb heading a noun phrase with no common noun of its own names its act ("Gondor's
    // sues against X": WordNet's only noun "sue" is a novelist).
    bool verb_as_act =
        !dictionary.hasCommonNounSense(word.lemma) && dictionary.senses(word.lower).verb;
    // "the targeting of X": a verb's -ing form read as a noun is that verb's act.
    if (dictionary.isIngForm(word.lower) && word.lemma != word.lower) verb_as_act = true;
    // (An act in its first senses: "launch" is a boat first, then the act of launching.)
    // (A thing said first is no act: "claims".)
    bool an_act = hasSenseIn(act, WordNetFiles::kNounAct) &&
                  dictionary.nounAncestry(word.lemma).first_lexicographer_file !=
                      WordNetFiles::kNounCommunication;
    if (!an_act && !verb_as_act) return;
    // Judging a charge or an accusation is about its maker, not whom it names.
    if (isAccusationNoun(word.lemma)) return;
    // ("condemned the move": the story's lead act is its lead actors'.)
    std::vector<int> owners_found;
    if (bareDefiniteAct(act)) owners_found = storyActors(speakers);
    if (owners_found.empty()) owners_found = owners(act, 0);
    if (owners_found.empty() && word.relation == Relation::Object && word.head >= 0 &&
        token(static_cast<size_t>(word.head)).pos == P::Verb)
      owners_found = makersHungOnVerb(static_cast<size_t>(word.head), act);
    if (owners_found.empty()) return;
    emit(t, "accused", speakers, owners_found, status, kSpeakerConfidence,
         "judges the acts of their owner");
  }
  // Who made a claim: its owner ("the UK's claim"), else, for a bare "claims", "this", "these",
  // the latest accuser of the article. `denied`: the noun is what someone denies, so an act
  // there ("denied involvement in the attacks") stands for the claim that they did it.
  // `judged_deed`: a word that judges deeds describes it, so a bare "it" is the latest deed
  // and its owner the latest accused.
  std::vector<int> claimOwners(size_t described, bool denied = false,
                               bool judged_deed = false) const {
    std::vector<int> found = actors(described, true);
    const Token& word = token(described);
    // "the charge against X" is not X's: whom a claim names is no owner of it.
    for (const TriggerEntry* entry : triggers_.lookup(word.lemma)) {
      if (entry->pos != TriggerPos::Noun) continue;
      for (size_t object : prepositionObjects(described, entry->prepositions))
        for (int named : actors(object, false))
          found.erase(std::remove(found.begin(), found.end(), named), found.end());
    }
    if (!found.empty() && (word.pos != P::Pronoun || word.mention < 0)) return found;
    // "the claims from X", "reports by X": who a claim comes from (the tree may hang the
    // phrase on the verb that takes the claim).
    if (word.pos == P::Noun && nounFile(described) == WordNetFiles::kNounCommunication) {
      std::vector<size_t> sources = prepositionObjects(described, {"from", "by"});
      // (A later member of a coordination stands where the first does.)
      const Token& taken = token(firstNounConjunct(described));
      if (sources.empty() && taken.relation == Relation::Object && taken.head >= 0)
        for (size_t source : prepositionObjects(static_cast<size_t>(taken.head), {"from"}))
          if (source > described) sources.push_back(source);
      for (size_t conjunct : tree().withConjuncts(described))  // (its own are in already)
        if (conjunct != described)
          for (size_t source : prepositionObjects(conjunct, {"from", "by"}))
            sources.push_back(source);
      for (size_t source : sources) addAll(found, actors(source, false));
      if (!found.empty()) return found;
    }
    // "made groundless accusations": who made them.
    if (word.relation == Relation::Object && word.head >= 0 && isVerbal(word.head) &&
        (hasRole(token(word.head), "light-agent"))) {
      found = subjectActors(static_cast<size_t>(word.head));
      if (!found.empty()) return found;
    }
    // "the sanctions", "the charges": whoever imposed or brought them last.
    for (const TriggerEntry* entry : triggers_.lookup(word.lemma))
      if (entry->pos == TriggerPos::Noun && entry->relation != "accused") {
        auto it = last_agents_.find(entry->relation);
        if (it != last_agents_.end() && !it->second.empty()) return it->second;
      }
    // A bare "the claims", "these": the latest accuser; "the hacking campaign", "this
    // behaviour": the latest accused.
    bool claim = ((word.pos == P::Pronoun || word.pos == P::Determiner) && !judged_deed) ||
                 nounFile(described) == WordNetFiles::kNounCommunication;
    if (isAccusationNoun(word.lemma) || denied) claim = true;  // "the charge": whoever made it
    return claim ? last_accusers_ : last_accused_;
  }

  // "X rejected Y's claims", "X denied the accusations".
  void denialTrigger(const TriggerEntry& entry, size_t t) {
    if (token(t).pos != P::Verb) return;
    std::vector<int> agents = subjectActors(t);
    std::vector<int> targets;
    for (size_t object : objectsOf(t)) addAll(targets, claimOwners(object, true));
    std::string cues;
    EdgeStatus status = statusOf(t, cues);
    emit(t, entry.relation, agents, targets, status, kNominalConfidence, "denial of claims");
  }

  Document& document_;
  const TriggerLexicon& triggers_;
  const CueLexicon& cues_;
  const SynonymTriggers& synonyms_;
  const SynonymTriggers& attack_only_synonyms_;
  const SynonymTriggers& attribution_synonyms_;
  std::vector<SyntaxTree> trees_;
  std::vector<std::vector<int>> sentence_speakers_;
  std::map<std::pair<size_t, size_t>, std::vector<int>> culprits_;
  std::vector<int> last_accusers_;
  std::vector<int> last_accused_;
  bool sanctions_register_seen_ = false;  // the article has named a register of sanctions
  std::vector<int> recent_culprits_;      // the latest culprits named for an attack, and where
  size_t recent_culprits_sentence_ = 0;
  std::vector<int> last_culprits_;   // the latest accused, charged or sanctioned, or attackers
  std::vector<int> last_attackers_;  // agents of the latest attack
  std::vector<int> lead_actors_;     // the subject of the story's first sentence
  std::map<std::string, std::vector<int>> last_agents_;  // relation -> its latest agents
  std::set<int> weapons_;                                // entities that name tools or operations
  std::map<int, std::vector<int>> weapon_culprits_;      // such an entity -> who used it
  std::vector<std::pair<size_t, std::vector<int>>> pending_attacks_;  // sentence, victims
  // Per sentence and token: whether the token lies in a direct question (findQuestions()).
  std::vector<std::vector<bool>> asked_;
  // relation -> (sentence, agents) of every asserted mention of it with agents, in order
  std::map<std::string, std::vector<std::pair<size_t, std::vector<int>>>> article_agents_;
  std::map<int, std::vector<int>> measured_by_;  // actor -> who charges or sanctions it
  // A measure whose patients the bulleted lines from sentence `next` on name.
  static constexpr size_t kNoSentence = static_cast<size_t>(-1);
  struct BulletedMeasure {
    size_t next = kNoSentence;
    std::string relation;
    std::vector<int> agents;
    std::string why;
  } bulleted_measure_;
  mutable size_t s_ = 0;  // the sentence at hand (moved briefly to read an antecedent)
  int pass_ = 0;
};

}  // namespace

void RoleLabeler::run(Document& document) const {
  Labeler labeler(document, lexicons_->triggers, lexicons_->cues, lexicons_->synonyms,
                  lexicons_->attack_only_synonyms, lexicons_->attribution_synonyms);
  labeler.run();
}

}  // namespace kg

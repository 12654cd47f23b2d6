// Table tests of the relation stage: each row is one sentence whose actor mentions are marked by
// hand (so the entity stage's choices do not blur what is tested) and the complete set of edges
// the RelationExtractor must produce from it, with their status. Markup:
//   [Russia:c]            a mention of a country (c), person (p, default), organisation (o) or
//                         group (g); the canonical name is the surface
//   [the ministry=Foreign Ministry:o]   a description resolved to a named entity
//   [they=Anna Petrova+Ivan Sokolov]    a pronoun resolved to several entities seen before
// Expected edges are "Subject relation Object" plus " (status)" when not asserted.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/relations/relation_extractor.h"
#include "ingest/relations/trigger_lexicon.h"

namespace {

kg::ActorType typeOf(char code) {
  switch (code) {
    case 'c':
      return kg::ActorType::Country;
    case 'o':
      return kg::ActorType::Organization;
    case 'g':
      return kg::ActorType::Group;
    default:
      return kg::ActorType::Person;
  }
}

// Builds a Document from marked-up sentences (one per element).
kg::Document markup(const std::vector<std::string>& sentences) {
  kg::Document document;
  document.name = "test";
  std::map<std::string, int> entity_index;
  auto entityFor = [&](const std::string& name, kg::ActorType type) {
    auto it = entity_index.find(name);
    if (it != entity_index.end()) return it->second;
    int index = static_cast<int>(document.entities.size());
    document.entities.push_back({name, type, {}});
    entity_index[name] = index;
    return index;
  };
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::string& marked = sentences[s];
    kg::Sentence sentence;
    for (size_t i = 0; i < marked.size(); ++i) {
      if (marked[i] != '[') {
        sentence.text += marked[i];
        continue;
      }
      size_t close = marked.find(']', i);
      std::string inside = marked.substr(i + 1, close - i - 1);
      i = close;
      kg::ActorType type = kg::ActorType::Person;
      if (inside.size() > 2 && inside[inside.size() - 2] == ':') {
        type = typeOf(inside.back());
        inside.resize(inside.size() - 2);
      }
      std::string surface = inside, canonical = inside;
      if (size_t equals = inside.find('='); equals != std::string::npos) {
        surface = inside.substr(0, equals);
        canonical = inside.substr(equals + 1);
      }
      kg::Mention mention;
      mention.sentence = s;
      mention.begin = sentence.text.size();
      sentence.text += surface;
      mention.end = sentence.text.size();
      mention.surface = surface;
      bool lower = std::islower(static_cast<unsigned char>(surface[0]));
      mention.kind = lower ? kg::MentionKind::Pronoun : kg::MentionKind::Name;
      if (surface.rfind("the ", 0) == 0) mention.kind = kg::MentionKind::Description;
      if (canonical.find('+') != std::string::npos) {
        size_t start = 0;
        while (start <= canonical.size()) {
          size_t plus = canonical.find('+', start);
          if (plus == std::string::npos) plus = canonical.size();
          mention.group.push_back(entityFor(canonical.substr(start, plus - start), type));
          start = plus + 1;
        }
      } else {
        mention.entity = entityFor(canonical, type);
      }
      document.mentions.push_back(mention);
    }
    sentence.start = 0;
    sentence.end = static_cast<int64_t>(sentence.text.size());
    sentence.line = static_cast<int>(s + 1);
    document.sentences.push_back(sentence);
  }
  return document;
}

std::set<std::string> edgesOf(const kg::Document& document, const kg::RelationResult& result) {
  std::set<std::string> edges;
  for (const kg::RelationEdge& edge : result.edges) {
    std::string text = document.entities[edge.subject].name + " " + edge.relation + " " +
                       document.entities[edge.object].name;
    if (edge.status != kg::EdgeStatus::Asserted)
      text += " (" + std::string(kg::edgeStatusName(edge.status)) + ")";
    edges.insert(text);
  }
  return edges;
}

const kg::RelationExtractor& extractor() {
  static kg::RelationExtractor instance({KG_SOURCE_DIR "/ingest/lexicon", true, 1000, 1000});
  return instance;
}

struct Case {
  std::vector<std::string> sentences;
  std::vector<std::string> expected;
};

void check(const Case& row) {
  kg::Document document = markup(row.sentences);
  kg::RelationResult result = extractor().extract(document, true);
  std::set<std::string> expected(row.expected.begin(), row.expected.end());
  std::set<std::string> found = edgesOf(document, result);
  std::string explanation;
  for (size_t s = 0; s < result.explanations.size(); ++s)
    for (const std::string& line : result.explanations[s]) explanation += line + "\n";
  INFO("sentence: " << row.sentences.back() << "\n" << explanation);
  CHECK(found == expected);
}

}  // namespace

TEST_CASE("accused: active, passive, culprit, reported speech, negation") {
  std::vector<Case> table = {
      {{"[Britain:c] accused [Russia:c] of hacking the network."}, {"Britain accused Russia"}},
      {{"[The White House=United States:c] has formally accused [Iran:c] of the attack."},
       {"United States accused Iran"}},
      {{"[Moldova:c] and [Romania:c] accused [Russia:c] of meddling."},
       {"Moldova accused Russia", "Romania accused Russia"}},
      {{"[Russia:c] was accused by [Ukraine:c] of shelling the plant."},
       {"Ukraine accused Russia"}},
      {{"[Estonia:c] blamed [Russia:c] for the outage."}, {"Estonia accused Russia"}},
      {{"[Estonia:c] blamed the outage on [Russia:c]."}, {"Estonia accused Russia"}},
      {{"[Canada:c] attributed the breach to [Lazarus Group:g]."},
       {"Canada accused Lazarus Group"}},
      {{"[Maria Lopez] said [Sandworm:g] was behind the blackout."},
       {"Maria Lopez accused Sandworm"}},
      {{"[Poland:c] said [Belarus:c] was behind the incident."}, {"Poland accused Belarus"}},
      {{"[Germany:c] held [Fancy Bear:g] responsible for the intrusion."},
       {"Germany accused Fancy Bear"}},
      {{"[Japan:c] did not accuse [China:c] of the hack."}, {"Japan accused China (negated)"}},
      {{"[Japan:c] refused to accuse [China:c] of anything."}, {"Japan accused China (negated)"}},
      {{"[Japan:c] may accuse [China:c] of espionage."}, {"Japan accused China (planned)"}},
      {{"[The agency=Cyber Agency:o] implicated [Kimsuky:g] in the theft."},
       {"Cyber Agency accused Kimsuky"}},
      {{"[Norway:c] has accused [Russia:c] and [Belarus:c] of sabotage."},
       {"Norway accused Russia", "Norway accused Belarus"}},
      {{"[Anna Berg] stated [APT28:g] lagged the campaign."}, {"Anna Berg accused APT28"}},
      {{"[Sweden:c] denied that [Finland:c] was behind the leak."},
       {"Sweden accused Finland (negated)"}},
      {{"The [German government=Germany:c] accused [Russia:c] of the cyber-attack."},
       {"Germany accused Russia"}},
      {{"Critics accused the plan of being too weak."}, {}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("sanctioned: verbs, nominals, implicit agents and modality") {
  std::vector<Case> table = {
      {{"[The United States:c] sanctioned [Viktor Orlov] on Monday."},
       {"The United States sanctioned Viktor Orlov"}},
      {{"[Viktor Orlov] and [Elena Sokol] were sanctioned by [Canada:c]."},
       {"Canada sanctioned Viktor Orlov", "Canada sanctioned Elena Sokol"}},
      {{"[France:c] imposed sanctions on [Wagner Group:g]."}, {"France sanctioned Wagner Group"}},
      {{"[The EU:o] announced sanctions against [Ivan Petrov] and [Rosneft:o]."},
       {"The EU sanctioned Ivan Petrov", "The EU sanctioned Rosneft"}},
      {{"[Australia:c] said [it=Australia:c] would not impose sanctions on [Myanmar:c]."},
       {"Australia sanctioned Myanmar (negated)"}},
      {{"[Paul Hart] called for sanctions against [Iran:c]."},
       {"Paul Hart sanctioned Iran (demanded)"}},
      {{"[Lithuania:c] urged the bloc to sanction [Belarus:c]."},
       {"Lithuania sanctioned Belarus (demanded)"}},
      {{"[Britain:c] plans to sanction [Omar Haddad]."},
       {"Britain sanctioned Omar Haddad (planned)"}},
      {{"[Britain:c] threatened to sanction [Omar Haddad]."},
       {"Britain sanctioned Omar Haddad (threatened)"}},
      {{"[Britain:c] is considering sanctions on [Omar Haddad]."},
       {"Britain sanctioned Omar Haddad (planned)"}},
      {{"[Japan:c] has approved [Ivan Petrov] and [Elena Sokol] over the hacking."},
       {"Japan sanctioned Ivan Petrov", "Japan sanctioned Elena Sokol"}},
      {{"[Japan:c] approved the budget."}, {}},
      {{"[The parliament=Diet:o] approved [Japan:c]'s plan."}, {}},
      {{"[Tomas Ruiz] and [Dana Cole] were sanctioned over the attacks.",
        "The [British:c] sanctions will freeze their assets."},
       {"British sanctioned Tomas Ruiz", "British sanctioned Dana Cole"}},
      {{"[Tomas Ruiz] was sanctioned on Friday."}, {}},
      {{"[The US Treasury=United States:c] has blacklisted [Hamid Karimi]."},
       {"United States sanctioned Hamid Karimi"}},
      {{"[Karl Bauer] and [Sara Lind] were among 9 lawmakers sanctioned by [Russia:c] last year."},
       {"Russia sanctioned Karl Bauer", "Russia sanctioned Sara Lind"}},
      {{"Sanctioning firms linked to [Iran:c] is a big step."}, {}},
      {{"[Ottawa=Canada:c] has sanctioned [Nordic Shipping:o], which ferried fuel to [Syria:c]."},
       {"Canada sanctioned Nordic Shipping"}},
      {{"[Canada:c] will not sanction [Mexico:c]."}, {"Canada sanctioned Mexico (negated)"}},
      {{"[Peter Lang] demanded tougher sanctions against [Iran:c]."},
       {"Peter Lang sanctioned Iran (demanded)"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("condemned: verbs, nominals, predicates and reported speech") {
  std::vector<Case> table = {
      {{"[NATO:o] condemned [Russia:c] on Tuesday."}, {"NATO condemned Russia"}},
      {{"[Russia:c] was condemned by [the UN=United Nations:o]."},
       {"United Nations condemned Russia"}},
      {{"[France:c] and [Germany:c] condemned [Iran:c]."},
       {"France condemned Iran", "Germany condemned Iran"}},
      {{"[Chile:c] expressed its condemnation of [Venezuela:c]."}, {"Chile condemned Venezuela"}},
      {{"[Chile:c] voiced condemnation of [Venezuela:c]'s crackdown."},
       {"Chile condemned Venezuela"}},
      {{"[Ireland:c] stood with [Britain:c] in its condemnation of [Russia:c]."},
       {"Ireland condemned Russia"}},
      {{"[Spain:c] denounced [Morocco:c]."}, {"Spain condemned Morocco"}},
      {{"[Spain:c] refused to condemn [Morocco:c]."}, {"Spain condemned Morocco (negated)"}},
      {{"[Hungary:c] did not condemn [Russia:c]."}, {"Hungary condemned Russia (negated)"}},
      {{"[The embassy=Russian Embassy:o] said [Britain:c]'s claims were malicious slander."},
       {"Russian Embassy condemned Britain"}},
      {{"[Ukraine:c] condemned the attack."}, {}},
      {{"[Kenya:c] criticised [Uganda:c] over the arrests."}, {"Kenya condemned Uganda"}},
      {{"[Tom Reed] condemned [China:c]'s aggressive cyber activity."},
       {"Tom Reed condemned China"}},
      {{"[The council=Security Council:o] could condemn [Israel:c]."},
       {"Security Council condemned Israel (planned)"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("targeted: verbs, relative clauses, participles, nominals, culprits") {
  std::vector<Case> table = {
      {{"[APT29:g] targeted [the foreign ministry=Foreign Ministry:o]."},
       {"APT29 targeted Foreign Ministry"}},
      {{"[Diplomats:g] were targeted by [APT29:g]."}, {"APT29 targeted Diplomats"}},
      {{"[Turla:g], which targeted [Estonia:c], is linked to the FSB."},
       {"Turla targeted Estonia"}},
      {{"The [journalists:g] targeted by [Pegasus Group:g] were all in [Mexico:c]."},
       {"Pegasus Group targeted journalists"}},
      {{"[Latvia:c] accused [Russia:c] of attacks on [its=Latvia:c] power grid."},
       {"Latvia accused Russia", "Russia targeted Latvia"}},
      {{"[Denmark:c] accused [Russia:c] of cyber-attacks against [Greenland:c]."},
       {"Denmark accused Russia", "Russia targeted Greenland"}},
      {{"[Norway:c] accused [China:c] of targeting [Parliament=Storting:o]."},
       {"Norway accused China", "China targeted Storting"}},
      {{"[Sandworm:g] attacked [Ukraine:c] and [Georgia:c]."},
       {"Sandworm targeted Ukraine", "Sandworm targeted Georgia"}},
      {{"[Charming Kitten:g] hacked [Tel Aviv University:o]."},
       {"Charming Kitten targeted Tel Aviv University"}},
      {{"The attack on [Estonia:c] was not claimed."}, {}},
      {{"[Lazarus Group:g] did not target [South Korea:c] this time."},
       {"Lazarus Group targeted South Korea (negated)"}},
      {{"[Iran:c] spied on [dissidents:g] abroad."}, {"Iran targeted dissidents"}},
      {{"[APT41:g] breached [Acme Bank:o]."}, {"APT41 targeted Acme Bank"}},
      {{"[Sweden:c] said [Russia:c] attacked [its=Sweden:c] servers."}, {"Russia targeted Sweden"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("charged: verbs, passives, facing charges, indictments") {
  std::vector<Case> table = {
      {{"[The Justice Department=Justice Department:o] charged [Ji Wang] with fraud."},
       {"Justice Department charged Ji Wang"}},
      {{"[Ji Wang] was charged by [the Justice Department=Justice Department:o]."},
       {"Justice Department charged Ji Wang"}},
      {{"[Ji Wang] and [Li Chen] were indicted by [the US=United States:c]."},
       {"United States charged Ji Wang", "United States charged Li Chen"}},
      {{"[Prosecutors in Paris=France:c] brought charges against [Marc Dubois]."},
       {"France charged Marc Dubois"}},
      {{"[France:c] filed charges against [Marc Dubois] and [Luc Morel]."},
       {"France charged Marc Dubois", "France charged Luc Morel"}},
      {{"[Germany:c] may charge [Olaf Kern]."}, {"Germany charged Olaf Kern (planned)"}},
      {{"[Germany:c] declined to charge [Olaf Kern]."}, {"Germany charged Olaf Kern (negated)"}},
      {{"[The US=United States:c] said [Ji Wang] faces charges of spying."},
       {"United States charged Ji Wang"}},
      {{"[Olaf Kern] was charged on Monday."}, {}},
      {{"[Spain:c] prosecuted [Ana Ruiz] for espionage."}, {"Spain charged Ana Ruiz"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("denied, summoned, member_of, affiliated_with") {
  std::vector<Case> table = {
      {{"[China:c] rejected [Britain:c]'s accusations."}, {"China denied Britain"}},
      {{"[Russia:c] denied the allegations made by [Estonia:c]."}, {"Russia denied Estonia"}},
      {{"[Iran:c] dismissed [American:c] claims of interference."}, {"Iran denied American"}},
      {{"[Poland:c] summoned [the Russian ambassador=Russian ambassador]."},
       {"Poland summoned Russian ambassador"}},
      {{"[Kenya:c] did not summon [the Ugandan envoy=Ugandan envoy]."},
       {"Kenya summoned Ugandan envoy (negated)"}},
      {{"[Ivan Sokolov] works for [Unit 29155:g]."}, {"Ivan Sokolov member_of Unit 29155"}},
      {{"[Ivan Sokolov] is a member of [Unit 29155:g]."}, {"Ivan Sokolov member_of Unit 29155"}},
      {{"[Ivan Sokolov] and [Anna Petrova] work for [Unit 29155:g]."},
       {"Ivan Sokolov member_of Unit 29155", "Anna Petrova member_of Unit 29155"}},
      {{"The [Russian:c] state-backed group [Turla:g] struck again."},
       {"Turla affiliated_with Russian"}},
      {{"The [Iran:c]-backed group [Charming Kitten:g] struck again."},
       {"Charming Kitten affiliated_with Iran"}},
      {{"[APT40:g] is backed by [China:c]."}, {"APT40 affiliated_with China"}},
      {{"[Cozy Bear:g] is linked to [Russia:c]."}, {"Cozy Bear affiliated_with Russia"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("coordination, pronouns and lists give one edge per pair") {
  std::vector<Case> table = {
      {{"[Ivan Petrov], [Elena Sokol] and [Rosneft:o] were sanctioned by [Canada:c] and "
        "[Japan:c]."},
       {"Canada sanctioned Ivan Petrov", "Canada sanctioned Elena Sokol",
        "Canada sanctioned Rosneft", "Japan sanctioned Ivan Petrov", "Japan sanctioned Elena Sokol",
        "Japan sanctioned Rosneft"}},
      {{"[Anna Petrova] met [Ivan Sokolov].",
        "[Britain:c] sanctioned [them=Anna Petrova+Ivan Sokolov]."},
       {"Britain sanctioned Anna Petrova", "Britain sanctioned Ivan Sokolov"}},
      {{"[Marta Diaz] said [they=Anna Petrova+Ivan Sokolov] were behind the attack."},
       {"Marta Diaz accused Anna Petrova", "Marta Diaz accused Ivan Sokolov"}},
      {{"[Britain:c] and [Canada:c] condemned and sanctioned [Iran:c]."},
       {"Britain condemned Iran", "Canada condemned Iran", "Britain sanctioned Iran",
        "Canada sanctioned Iran"}},
  };
  for (const Case& row : table) check(row);
}

TEST_CASE("the trigger lexicon inflects lemmas and matches hyphenated words") {
  kg::TriggerLexicon lexicon = kg::TriggerLexicon::load(KG_SOURCE_DIR "/ingest/lexicon");
  auto relations = [&](const std::string& word) {
    std::set<std::string> found;
    for (const kg::TriggerEntry* entry : lexicon.lookup(word)) found.insert(entry->relation);
    return found;
  };
  CHECK(relations("accused").count("accused") == 1);
  CHECK(relations("lagged").count("accused") == 1);
  CHECK(relations("cyber-attacks").count("targeted") == 1);
  CHECK(relations("denied").count("denied") == 1);
  CHECK(relations("sanctions").count("sanctioned") == 1);
  CHECK(relations("accusations").count("accused") == 1);
  CHECK(relations("weather").empty());
  std::vector<std::string> forms = kg::inflectedForms("ban", kg::TriggerPos::Verb);
  CHECK(std::find(forms.begin(), forms.end(), "banned") != forms.end());
  forms = kg::inflectedForms("deny", kg::TriggerPos::Verb);
  CHECK(std::find(forms.begin(), forms.end(), "denies") != forms.end());
}

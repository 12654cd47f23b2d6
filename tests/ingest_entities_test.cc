// The entity stage: recognition (titles, appositions, acronyms, metonyms, demonyms, groups,
// organisations) and within-article resolution (short names, pronouns, descriptions,
// possessives, coordination), each phenomenon in short sentences written for this test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/entities/entity_recognizer.h"
#include "ingest/text/document_builder.h"
#include "ingest/text/lexicon_table.h"

namespace {

const kg::TextLexicons& textLexicons() {
  static std::shared_ptr<const kg::TextLexicons> loaded =
      kg::TextLexicons::load(kg::resolveLexiconDir(""));
  return *loaded;
}

const kg::EntityRecognizer& recognizer() {
  static kg::EntityRecognizer instance(kg::resolveLexiconDir(""));
  return instance;
}

kg::Document annotate(const std::string& text) {
  kg::Document document = kg::buildDocument("test.txt", text, textLexicons());
  recognizer().annotate(document);
  return document;
}

const kg::Entity* entityNamed(const kg::Document& document, const std::string& name) {
  for (const auto& entity : document.entities) {
    if (entity.name == name) return &entity;
  }
  return nullptr;
}

std::string describe(const kg::Document& document) {
  std::ostringstream out;
  for (size_t i = 0; i < document.sentences.size(); ++i)
    kg::EntityRecognizer::explainSentence(document, i, out);
  out << "entities:";
  for (const auto& entity : document.entities)
    out << " [" << entity.name << "/" << kg::actorTypeName(entity.type) << "]";
  return out.str();
}

// Checks one expectation, written as
//   "Name/type"            an entity of that canonical name and type exists
//   "!Name"                no entity of that name exists
//   "surface=Name"         the first mention written `surface` resolves to entity Name
//   "surface=-"            no mention written `surface` resolves to an entity
//   "{A,B}"                some mention is the group of exactly these entities
//   "#N"                   the article has exactly N entities
//   "alias:Name=Alias"     entity Name has the alias
bool holds(const kg::Document& document, const std::string& expectation) {
  if (expectation[0] == '#') {
    return document.entities.size() == std::stoul(expectation.substr(1));
  }
  if (expectation[0] == '!') return entityNamed(document, expectation.substr(1)) == nullptr;
  if (expectation.rfind("alias:", 0) == 0) {
    std::string rest = expectation.substr(6);
    size_t equals = rest.find('=');
    const kg::Entity* entity = entityNamed(document, rest.substr(0, equals));
    if (!entity) return false;
    std::string alias = rest.substr(equals + 1);
    return std::find(entity->aliases.begin(), entity->aliases.end(), alias) !=
           entity->aliases.end();
  }
  if (expectation[0] == '{') {
    std::vector<std::string> wanted;
    std::string inner = expectation.substr(1, expectation.size() - 2);
    size_t start = 0;
    while (start <= inner.size()) {
      size_t comma = inner.find(',', start);
      if (comma == std::string::npos) comma = inner.size();
      wanted.push_back(inner.substr(start, comma - start));
      start = comma + 1;
    }
    std::sort(wanted.begin(), wanted.end());
    for (const auto& mention : document.mentions) {
      std::vector<std::string> names;
      for (int member : mention.group) names.push_back(document.entities[member].name);
      std::sort(names.begin(), names.end());
      if (!names.empty() && names == wanted) return true;
    }
    return false;
  }
  size_t equals = expectation.find('=');
  if (equals != std::string::npos) {
    std::string surface = expectation.substr(0, equals);
    std::string name = expectation.substr(equals + 1);
    for (const auto& mention : document.mentions) {
      if (mention.surface != surface) continue;
      if (name == "-") return mention.entity < 0;
      return mention.entity >= 0 && document.entities[mention.entity].name == name;
    }
    return name == "-";
  }
  size_t slash = expectation.rfind('/');
  const kg::Entity* entity = entityNamed(document, expectation.substr(0, slash));
  return entity && kg::actorTypeName(entity->type) == expectation.substr(slash + 1);
}

struct EntityCase {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> expectations;
};

void runCases(const std::vector<EntityCase>& cases) {
  for (const auto& test : cases) {
    kg::Document document = annotate(test.text);
    INFO(test.phenomenon << "\n" << describe(document));
    for (const auto& expectation : test.expectations) {
      INFO("expectation: " << expectation);
      CHECK(holds(document, expectation));
    }
  }
}

}  // namespace

TEST_CASE("people are found by titles, honorifics, names and appositions", "[entities]") {
  runCases({
      {"honorific before a full name",
       "Sir Keir Starmer visited Paris.",
       {"Keir Starmer/person", "!Sir Keir Starmer", "alias:Keir Starmer=Sir Keir Starmer"}},
      {"office title before a name",
       "Deputy PM Oliver Dowden spoke on Monday.",
       {"Oliver Dowden/person", "!Deputy PM Oliver Dowden", "!Monday"}},
      {"title inside a capitalised run",
       "British Prime Minister Rishi Sunak visited Kyiv.",
       {"Rishi Sunak/person", "!British Prime Minister Rishi Sunak", "!Prime Minister"}},
      {"apposition with a lower-case office",
       "The country's defence minister Judith Collins said so.",
       {"Judith Collins/person", "!Judith"}},
      {"apposition after a comma",
       "The nation's foreign minister, Penny Wong, spoke.",
       {"Penny Wong/person"}},
      {"given name and family name",
       "Talks were led by Angela Rayner in Leeds.",
       {"Angela Rayner/person", "#1"}},
      {"family name written first",
       "Prosecutors named Zhao Guangzong in the indictment.",
       {"Zhao Guangzong/person"}},
      {"a person with a spokesperson office",
       "Foreign Ministry spokesman Lin Jian rejected the report.",
       {"Lin Jian/person"}},
      {"an honorific alone makes a surname a person",
       "Mr Fairweather declined to comment.",
       {"Fairweather/person", "alias:Fairweather=Mr Fairweather"}},
      {"middle initial",
       "\"No,\" said Attorney General Merrick B. Garland.",
       {"Merrick B. Garland/person", "#1"}},
      {"a demonym and an office without a name",
       "The Chinese ambassador was summoned.",
       {"Chinese ambassador/person", "#1"}},
  });
}

TEST_CASE("short forms resolve to the full name introduced in the article", "[entities]") {
  runCases({
      {"Mr + surname",
       "Deputy PM Oliver Dowden made the statement. Mr Dowden said more would follow.",
       {"Mr Dowden=Oliver Dowden", "#1"}},
      {"surname alone",
       "Tim Loughton was targeted. Loughton said he was not surprised.",
       {"Loughton=Tim Loughton", "#1"}},
      {"Sir + given name",
       "Sir Iain Duncan Smith spoke. Sir Iain called for sanctions.",
       {"Sir Iain=Iain Duncan Smith", "#1", "!Iain"}},
      {"two-word surname",
       "Sir Iain Duncan Smith spoke. Duncan Smith called for sanctions.",
       {"Duncan Smith=Iain Duncan Smith", "#1"}},
      {"Lord + surname after a change of title",
       "The prime minister then was David Cameron. Lord Cameron met MPs on Monday.",
       {"Lord Cameron=David Cameron", "David Cameron/person", "MPs/group"}},
      {"short form before the full name",
       "Mr Kuznetsov denied it. Viktor Kuznetsov is a trader.",
       {"Mr Kuznetsov=Viktor Kuznetsov", "#1"}},
      {"an unknown single word is no actor", "Nothing happened in Springfield on Monday.", {"#0"}},
  });
}

TEST_CASE("countries: names, short forms, demonyms, capitals and seats of government",
          "[entities]") {
  runCases({
      {"short form", "The UK imposed sanctions.", {"UK=United Kingdom", "#1"}},
      {"dotted short form", "The U.S. imposed sanctions.", {"U.S.=United States"}},
      {"demonym + government",
       "The British government condemned the attack.",
       {"British government=United Kingdom"}},
      {"country + government",
       "The UK government condemned the attack.",
       {"UK government=United Kingdom"}},
      {"spun 'federal government'",
       "The UK federal government accused Iran.",
       {"UK federal government=United Kingdom", "Iran/country"}},
      {"demonym + state", "He denied Chinese state involvement.", {"Chinese state=China"}},
      {"capital as metonym", "Beijing rejected the claims.", {"Beijing=China", "#1"}},
      {"seat of government with 'the'", "The Kremlin denied any role.", {"Kremlin=Russia"}},
      {"street seat of government",
       "Downing Street said the envoy was summoned.",
       {"Downing Street=United Kingdom"}},
      {"authorities in a country",
       "Authorities in New Zealand accused Russia.",
       {"Authorities in New Zealand=New Zealand", "Russia/country"}},
      {"a bare demonym creates no country on its own", "Chinese tea exports rose.", {"#0"}},
      {"a demonym joins a country named elsewhere",
       "China denied it. Chinese diplomats left London.",
       {"Chinese=China", "#1"}},
      {"a capital used as a place creates no country", "Talks were held in Vienna.", {"#0"}},
      {"compound word",
       "Iran-backed militias fired rockets. Iran denied it.",
       {"Iran-backed=Iran", "#1"}},
  });
}

TEST_CASE("organisations, international organisations and acronyms", "[entities]") {
  runCases({
      {"organisation head",
       "The Electoral Commission was hacked.",
       {"Electoral Commission/organization"}},
      {"company with suffixes",
       "Wuhan Xiaoruizhi Science and Technology Company Ltd was named.",
       {"Wuhan Xiaoruizhi Science and Technology Company Ltd/organization", "#1"}},
      {"head with 'on' + country",
       "Members of the Inter-Parliamentary Alliance on China met.",
       {"Inter-Parliamentary Alliance on China/organization", "!China"}},
      {"'Ministry of'",
       "The Ministry of Defence issued a statement.",
       {"Ministry of Defence/organization"}},
      {"possessive inside an office name",
       "The United States Attorney's Office filed charges.",
       {"United States Attorney's Office/organization", "!United States"}},
      {"international organisation acronym",
       "NATO allies met in Brussels.",
       {"NATO/organization", "#1"}},
      {"international organisation alias",
       "The UN Security Council met.",
       {"UN Security Council/organization"}},
      {"acronym in parentheses joins both forms",
       "The Royal Canadian Mounted Police (RCMP) opened an inquiry. The RCMP made arrests.",
       {"Royal Canadian Mounted Police/organization", "alias:Royal Canadian Mounted Police=RCMP",
        "RCMP=Royal Canadian Mounted Police", "#1"}},
      {"an alias in parentheses does not replace the canonical name",
       "The People's Republic of China (PRC) denied it. The PRC said so.",
       {"China/country", "!PRC", "alias:China=PRC", "#1"}},
      {"a known canonical short form replaces the long one",
       "The North Atlantic Treaty Organization (NATO) met. NATO agreed.",
       {"NATO/organization", "#1"}},
      {"demonym + lower-case head",
       "The Chinese embassy issued a statement.",
       {"Chinese embassy/organization"}},
      {"lower-case head after a name",
       "Mr Dowden credited the Defending Democracy taskforce.",
       {"Defending Democracy taskforce/organization"}},
      {"number before a head",
       "He addressed the backbench 1922 Committee.",
       {"1922 Committee/organization"}},
      {"political party adjective",
       "Labour said the Conservative leader was wrong.",
       {"Labour Party/organization", "Conservative Party/organization"}},
      {"law names are not actors", "He was charged under the Official Secrets Act.", {"#0"}},
  });
}

TEST_CASE("groups: hacker groups, numbered units and collectives", "[entities]") {
  runCases({
      {"APT code", "APT40 targeted the network.", {"APT40/group"}},
      {"APT code with a space", "APT 28 targeted the network.", {"APT28/group"}},
      {"long name with a number and its code",
       "Advanced Persistent Threat Group 31 (APT31) was named. APT31 denied it.",
       {"APT31/group", "alias:APT31=Advanced Persistent Threat Group 31", "#1"}},
      {"numbered unit", "Unit 26165 of the GRU was blamed.", {"Unit 26165/group"}},
      {"name before 'group' with a modifier",
       "The Sandworm hacking group struck again.",
       {"Sandworm/group"}},
      {"threat-actor name", "Volt Typhoon infiltrated utilities.", {"Volt Typhoon/group"}},
      {"collective MPs", "MPs were targeted by hackers.", {"MPs/group", "!hackers"}},
      {"parliamentarians are MPs", "Three parliamentarians were targeted.", {"MPs/group"}},
      {"critics of X",
       "The group targeted critics of Beijing abroad.",
       {"critics of Beijing/group", "China/country"}},
      {"qualified collective",
       "North Korean hackers stole the data.",
       {"North Korean hackers/group", "!hackers"}},
  });
}

TEST_CASE("pronouns and definite descriptions resolve to a compatible antecedent or nothing",
          "[entities]") {
  runCases({
      {"he across sentences",
       "Tim Loughton was sanctioned. He said he was proud.",
       {"He=Tim Loughton"}},
      {"she with a female given name",
       "Judith Collins spoke first. She condemned the attack.",
       {"She=Judith Collins"}},
      {"she does not take a male antecedent", "Mr Dowden spoke first. She disagreed.", {"She=-"}},
      {"it takes a country, not a person",
       "Mr Dowden said the UK was ready. It will act.",
       {"It=United Kingdom"}},
      {"its prefers the subject",
       "Australia said its systems were safe from China.",
       {"its=Australia"}},
      {"they takes a coordination",
       "Zhao Guangzong and Ni Gaobin were charged. They fled.",
       {"They=-", "{Zhao Guangzong,Ni Gaobin}"}},
      {"they with nothing plural nearby is unresolved",
       "The UK spoke. They were angry.",
       {"They=-"}},
      {"the country",
       "Australia was attacked. The country said it would respond.",
       {"The country=Australia"}},
      {"the company",
       "Ural Avionics Ltd was listed. The company denied wrongdoing.",
       {"The company=Ural Avionics Ltd"}},
      {"the minister by office",
       "Deputy PM Oliver Dowden spoke. Later the deputy prime minister "
       "left.",
       {"the deputy prime minister=Oliver Dowden"}},
      {"possessed infrastructure",
       "Russia targeted its parliamentary network, New Zealand said.",
       {"Russia parliamentary network/organization"}},
  });
}

TEST_CASE("possessives, coordination and lists", "[entities]") {
  runCases({
      {"possessive creates no entity",
       "The SNP's Stewart McDonald spoke.",
       {"Scottish National Party/organization", "Stewart McDonald/person",
        "!SNP's Stewart McDonald", "#2"}},
      {"owner's organisation is the organisation",
       "North Korea's Lazarus Group was blamed.",
       {"Lazarus Group/group", "North Korea/country", "!North Korea's Lazarus Group"}},
      {"two people", "Zhao Guangzong and Ni Gaobin were charged.", {"{Zhao Guangzong,Ni Gaobin}"}},
      {"list of three with titles and a possessor",
       "Sir Iain Duncan Smith, former minister Tim Loughton and the SNP's Stewart McDonald "
       "were hacked.",
       {"{Iain Duncan Smith,Tim Loughton,Stewart McDonald}"}},
      {"short forms coordinated",
       "Sir Iain Duncan Smith and Tim Loughton spoke. Sir Iain and "
       "Mr Loughton were sanctioned.",
       {"{Iain Duncan Smith,Tim Loughton}", "#2"}},
      {"group and organisation",
       "China targeted MPs and the Electoral Commission.",
       {"{MPs,Electoral Commission}"}},
  });
}

TEST_CASE("junk capitalised words never become entities", "[entities]") {
  runCases({
      {"sentence-initial common words",
       "Approving groups is an escalation. Numerous reports "
       "followed.",
       {"#0"}},
      {"months and days", "On Monday in September 2023 the alert was issued.", {"#0"}},
      {"quoted phrase", "Leaders hoped for a \"Golden Age\" of trade.", {"#0"}},
      {"peoples and religions", "Abuses against the Uighur Muslim minority were reported.", {"#0"}},
      {"places that are not countries", "The trial opened in New York and moved to Wuhan.", {"#0"}},
      {"HTML page with chrome",
       "<html><body><nav>Home | World</nav><p>Media caption,</p><p>Related Topics</p>"
       "<p>Poland expelled the envoy.</p><footer>Leave a Reply</footer></body></html>",
       {"Poland/country", "#1"}},
  });
}

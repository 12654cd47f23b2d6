// The entity stages (names, described actors, coreference) run through the whole analysis:
// recognition (titles, appositions, acronyms, metonyms, demonyms, groups, organisations,
// described groups) and within-article resolution (short names, pronouns, descriptions,
// coordination, copulas), each phenomenon in short invented sentences. Every person, company
// and group here is invented; countries are the real world's.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/article_analysis.h"
#include "ingest/text/document_builder.h"
#include "ingest/text/lexicon_table.h"

namespace {

const kg::TextLexicons& textLexicons() {
  static std::shared_ptr<const kg::TextLexicons> loaded =
      kg::TextLexicons::load(kg::resolveLexiconDir(""));
  return *loaded;
}

const kg::ArticleAnalysis& analysis() {
  static kg::ArticleAnalysis instance(kg::ArticleAnalysis::Options{kg::resolveLexiconDir("")});
  return instance;
}

// A headline line first, as articles have: the text under test is body text.
kg::Document annotate(const std::string& text) {
  std::string article = text.rfind("<html>", 0) == 0 ? text : "Test report\n\n" + text;
  kg::Document document = kg::buildDocument("test.txt", article, textLexicons());
  document.explain = true;
  analysis().run(document);
  return document;
}

const kg::Entity* entityNamed(const kg::Document& document, const std::string& name) {
  for (const auto& entity : document.entities)
    if (entity.name == name) return &entity;
  return nullptr;
}

std::string describe(const kg::Document& document) {
  std::ostringstream out;
  kg::ArticleAnalysis::explain(document, out);
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
//   "members:Name=A,B"     entity Name's members are exactly A and B
bool holds(const kg::Document& document, const std::string& expectation) {
  auto split = [](const std::string& list) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      parts.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
    std::sort(parts.begin(), parts.end());
    return parts;
  };
  if (expectation[0] == '#') return document.entities.size() == std::stoul(expectation.substr(1));
  if (expectation[0] == '!') return entityNamed(document, expectation.substr(1)) == nullptr;
  if (expectation.rfind("noalias:", 0) == 0) return !holds(document, expectation.substr(2));
  if (expectation.rfind("alias:", 0) == 0) {
    std::string rest = expectation.substr(6);
    size_t equals = rest.find('=');
    const kg::Entity* entity = entityNamed(document, rest.substr(0, equals));
    if (!entity) return false;
    std::string alias = rest.substr(equals + 1);
    return std::find(entity->aliases.begin(), entity->aliases.end(), alias) !=
           entity->aliases.end();
  }
  if (expectation.rfind("members:", 0) == 0) {
    std::string rest = expectation.substr(8);
    size_t equals = rest.find('=');
    const kg::Entity* entity = entityNamed(document, rest.substr(0, equals));
    if (!entity) return false;
    std::vector<std::string> names;
    for (int member : entity->members) names.push_back(document.entities[member].name);
    std::sort(names.begin(), names.end());
    return names == split(rest.substr(equals + 1));
  }
  if (expectation[0] == '{') {
    std::vector<std::string> wanted = split(expectation.substr(1, expectation.size() - 2));
    for (const auto& mention : document.mentions) {
      std::vector<std::string> names;
      for (int member : mention.group) names.push_back(document.entities[member].name);
      std::sort(names.begin(), names.end());
      if (!names.empty() && names == wanted) return true;
    }
    // A coordination of mentions in one sentence: "A and B".
    for (size_t s = 0; s < document.sentences.size(); ++s) {
      const kg::Sentence& sentence = document.sentences[s];
      for (size_t t = 0; t < sentence.tokens.size(); ++t) {
        std::vector<std::string> names;
        std::vector<size_t> members{t};
        for (size_t i = 0; i < members.size(); ++i)
          for (size_t c = 0; c < sentence.tokens.size(); ++c)
            if (sentence.tokens[c].head == static_cast<int>(members[i]) &&
                sentence.tokens[c].relation == kg::Relation::Conjunct)
              members.push_back(c);
        if (members.size() < 2) continue;
        for (size_t member : members) {
          int m = sentence.tokens[member].mention;
          if (m >= 0 && document.mentions[m].entity >= 0)
            names.push_back(document.entities[document.mentions[m].entity].name);
        }
        std::sort(names.begin(), names.end());
        if (names == wanted) return true;
      }
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
       "Sir Edmund Harlow visited Paris.",
       {"Edmund Harlow/person", "!Sir Edmund Harlow", "alias:Edmund Harlow=Sir Edmund Harlow"}},
      {"office title before a name",
       "Deputy PM Arthur Pendle spoke on Monday.",
       {"Arthur Pendle/person", "!Deputy PM Arthur Pendle", "!Monday"}},
      {"title inside a capitalised run",
       "British Prime Minister Rhona Castell visited Kyiv.",
       {"Rhona Castell/person", "!British Prime Minister Rhona Castell", "!Prime Minister"}},
      {"a lower-case office before a name",
       "The country's defence minister Marta Quill said so.",
       {"Marta Quill/person", "!Marta"}},
      {"apposition after a comma",
       "The nation's foreign minister, Lena Voss, spoke.",
       {"Lena Voss/person"}},
      {"given name and family name",
       "Talks were led by Angela Merrow in Leeds.",
       {"Angela Merrow/person", "#1"}},
      {"two words no dictionary knows",
       "Prosecutors named Tsao Wenlong in the indictment.",
       {"Tsao Wenlong/person"}},
      {"three words, one of them a dictionary word that does not end the name",
       "Bay Tolkar Vesh was indicted by a grand jury.",
       {"Bay Tolkar Vesh/person"}},
      {"a leader's name before a government word names that government",
       "The Vorn administration concluded that Arnor was responsible, as did Keld Varro's "
       "government.",
       {"Vorn administration/organization", "Keld Varro's government/organization", "!Vorn",
        "!Keld Varro"}},
      {"a count before a demonym's plural counts people of that country",
       "The two Arnorians charged are Telemar Vorn and Keld Varro.",
       {"two Arnorians/group", "members:two Arnorians=Keld Varro,Telemar Vorn"}},
      {"two dictionary words among three are no person",
       "Silver Falcon Vesh released a statement.",
       {"Silver Falcon Vesh/organization"}},
      {"a person with a spokesperson office",
       "Foreign Ministry spokesman Wei Dongrui rejected the report.",
       {"Wei Dongrui/person"}},
      {"middle initial",
       "\"No,\" said Attorney General Howard J. Pell.",
       {"Howard J. Pell/person"}},
      {"an office with a complement before the name, after a fronted date",
       "On Thursday, British Foreign Office Minister for Cyber Security Karim Vostrel spoke.",
       {"Karim Vostrel/person",
        "!, British Foreign Office Minister for Cyber Security Karim Vostrel", "!Lord"}},
      {"an honorific alone after a title is no name",
       "Foreign Office Minister Lord [Rafiq] Ostrander spoke.",
       {"!Lord"}},
  });
}

TEST_CASE("short forms resolve to the full name introduced in the article", "[entities]") {
  runCases({
      {"Mr + surname",
       "Deputy PM Arthur Pendle made the statement. Mr Pendle said more would follow.",
       {"Pendle=Arthur Pendle", "#1"}},
      {"surname alone",
       "Tomas Brandt was targeted. Brandt said he was not surprised.",
       {"Brandt=Tomas Brandt", "#1"}},
      {"short form of an organisation",
       "The U.S. Justice Department filed the case. The Justice Department said so.",
       {"Justice Department=U.S. Justice Department", "#1"}},
      {"an unknown single word is no actor", "Nothing happened in Springfield on Monday.", {"#0"}},
  });
}

TEST_CASE("countries: names, short forms, demonyms, capitals and seats of government",
          "[entities]") {
  runCases({
      {"short form", "The UK imposed sanctions.", {"UK=United Kingdom"}},
      {"dotted short form", "The U.S. imposed sanctions.", {"U.S.=United States"}},
      {"demonym + government",
       "The British government condemned the attack.",
       {"British government=United Kingdom"}},
      {"country + government",
       "The UK government condemned the attack.",
       {"UK government=United Kingdom"}},
      {"demonym + state", "He denied Chinese state involvement.", {"Chinese state=China"}},
      {"capital as metonym", "Beijing rejected the claims.", {"Beijing=China"}},
      {"seat of government with 'the'", "The Kremlin denied any role.", {"Kremlin=Russia"}},
      {"authorities in a country",
       "Authorities in New Zealand accused Russia.",
       {"Authorities in New Zealand=New Zealand", "Russia/country"}},
      {"governments of two countries",
       "The governments of Norway and Denmark accused Russia.",
       {"{Norway,Denmark}"}},
      {"a capital used as a place creates no country", "Talks were held in Vienna.", {"#0"}},
  });
}

TEST_CASE("organisations, international organisations and acronyms", "[entities]") {
  runCases({
      {"organisation head",
       "The Electoral Commission was hacked.",
       {"Electoral Commission/organization"}},
      {"company with suffixes and a connector",
       "Harrow Meadow Science and Technology Company Ltd was named.",
       {"Harrow Meadow Science and Technology Company Ltd/organization", "#1"}},
      {"'Ministry of'",
       "The Ministry of Defence issued a statement.",
       {"Ministry of Defence/organization"}},
      {"a day after 'on' ends the name",
       "The Northern Trade Union on Friday imposed sanctions.",
       {"Northern Trade Union/organization", "!Northern Trade Union on Friday", "!Friday"}},
      {"possessive inside an office name",
       "The United States Attorney's Office filed charges.",
       {"United States Attorney's Office/organization"}},
      {"acronym in parentheses joins both forms",
       "The Royal Canadian Mounted Police (RCMP) opened an inquiry. The RCMP made arrests.",
       {"Royal Canadian Mounted Police/organization", "alias:Royal Canadian Mounted Police=RCMP",
        "RCMP=Royal Canadian Mounted Police"}},
      {"an acronym of an earlier name",
       "The Office of Digital Defence warned. ODD said the threat was real.",
       {"ODD=Office of Digital Defence"}},
      {"international organisation acronym", "NATO allies met in Brussels.", {"NATO/organization"}},
      {"demonym + lower-case head",
       "The Chinese embassy issued a statement.",
       {"Chinese embassy/organization"}},
  });
}

TEST_CASE("groups: hacker groups, numbered units and described groups", "[entities]") {
  runCases({
      {"code name", "APT99 targeted the network.", {"APT99/group"}},
      {"long name with a number and its code",
       "Advanced Persistent Threat Group 77 (APT77) was named. APT77 denied it.",
       {"Advanced Persistent Threat Group 77/group",
        "alias:Advanced Persistent Threat Group 77=APT77"}},
      {"numbered unit", "Unit 40123 of the agency was blamed.", {"Unit 40123/group"}},
      {"threat-actor name", "Granite Typhoon infiltrated utilities.", {"Granite Typhoon/group"}},
      {"a described group", "Seven hackers were charged.", {"Seven hackers/group"}},
      {"a described group with a demonym",
       "North Korean hackers stole the data.",
       {"North Korean hackers/group", "alias:North Korean hackers=hackers"}},
      {"a partitive", "Police arrested two of the defendants.", {"two of the defendants/group"}},
      {"critics of X",
       "The group targeted critics of Beijing abroad.",
       {"critics of Beijing/group", "China/country"}},
      {"a company described, not named",
       "Regulators fined a front company.",
       {"front company/organization"}},
      {"a multitude of things is no actor, nor is a comparison",
       "Rohan is home to a host of Arnorian missiles and is much closer than Gondor.",
       {"!host", "!much closer", "!closer"}},
      {"a team of people is those people",
       "A team of Arnorian investigators visited Rohan.",
       {"!team", "Arnorian investigators/group"}},
      {"a word with a clitic is no name (\"We're\" is \"We\" and \"'re\")",
       "\"We're sending a message,\" said the Gondorian minister Telemar Vorn. Sean O'Hara agreed.",
       {"!We're", "!We", "Telemar Vorn/person", "Sean O'Hara/person"}},
      {"things are not actors",
       "The campaign hit servers and networks.",
       {"!campaign", "!networks"}},
      {"a bare head shares the modifiers of the head it is joined to",
       "Gondor named Arnorian state-backed firms and individuals.",
       {"alias:individuals=Arnorian state-backed individuals"}},
      {"a described actor's preposition in other words",
       "Gondor said a unit inside the Arnorian agency was behind the attack.",
       {"alias:unit=unit inside the Arnorian agency", "alias:unit=unit within the Arnorian agency",
        "noalias:unit=unit indoors the Arnorian agency"}},
      {"a count stays with its own noun",
       "Gondor named two firms and individuals.",
       {"individuals/group", "noalias:individuals=two individuals"}},
  });
}

TEST_CASE("pronouns, descriptions, copulas and naming resolve actors", "[entities]") {
  runCases({
      {"he across sentences",
       "Tomas Brandt was sanctioned. He said he was proud.",
       {"He=Tomas Brandt"}},
      {"she is one person, not a group of women named after her",
       "\"Stop it,\" Ilsa Venn said. \"We call on Arnor to end its violence against women,\" she "
       "added.",
       {"she=Ilsa Venn"}},
      {"a demonym before a verb is a person of that nationality, not the country",
       "Russian is sanctioned over the hacking of a Gondorian insurer. Chinese hackers denied it.",
       {"Russian=Russian", "Russian/person", "Chinese=China"}},
      {"'its' in a list is the first member's",
       "A grand jury charged Zorvex Ltd, its CFO Dorin Kast and its affiliate in Rohan.",
       {"its=Zorvex Ltd", "Dorin Kast/person"}},
      {"a subject 'it' opening a sentence continues the previous main subject",
       "The Gondorian Treasury said that Zorvex Ltd was based in Edoras and had ties to Arnor. It "
       "further alleged the firm was tied to the attack.",
       {"It=Gondorian Treasury"}},
      {"he prefers a named person to a role just described",
       "Telemar Vorn said Dorin Kast had worked as a hacker for a decade. He was arrested.",
       {"He=Dorin Kast"}},
      {"it takes a country, not a person",
       "Mr Pendle said the UK was ready. It will act.",
       {"It=United Kingdom"}},
      {"its prefers the subject",
       "Australia said its systems were safe from China.",
       {"its=Australia"}},
      {"they takes a coordination",
       "Tsao Wenlong and Lin Baoshan were charged. They fled.",
       {"{Tsao Wenlong,Lin Baoshan}"}},
      {"the country",
       "Australia was attacked. The country said it would respond.",
       {"country=Australia"}},
      {"the company after a named company",
       "Ural Quantum Ltd was listed. The company denied wrongdoing.",
       {"company=Ural Quantum Ltd"}},
      {"a copula names a described group's members",
       "Two people were sanctioned. The two people sanctioned are Mara Keel and Tobias Renn.",
       {"members:Two people=Mara Keel,Tobias Renn"}},
      {"a copula names a described company",
       "A company was sanctioned. The company is Ural Quantum Ltd.",
       {"Ural Quantum Ltd/organization", "!company"}},
      {"a group known as a name",
       "A state-backed group known as APT88 was behind it.",
       {"APT88/group", "#1"}},
      {"apposition joins a description and a name",
       "Its director, Ilya Sorn, was named.",
       {"Ilya Sorn/person", "!director"}},
      {"'identified X as Y' names a description",
       "A statement identified the sanctioned firm as Ural Quantum Ltd.",
       {"Ural Quantum Ltd/organization", "!sanctioned firm"}},
      {"'identified X as Y' renames a description that was taken for another actor",
       "Norway blamed Sweden for the raids. A statement from the Norwegian treasury identified "
       "the sanctioned government as Ural Quantum Ltd.",
       {"sanctioned government=Ural Quantum Ltd"}},
      {"'described X as Y' describes a named actor",
       "Ural Quantum Ltd was listed. The notice described it as a front company.",
       {"Ural Quantum Ltd/organization", "!front company"}},
      {"a listed apposition gives a group its members",
       "The ministry named two nationals in its notice: Mara Keel and Tobias Renn.",
       {"members:two nationals=Mara Keel,Tobias Renn"}},
      {"a counted group is the later group of that count that is listed",
       "Sanctions hit two individuals. The ministry named two nationals: Mara Keel and Tobias "
       "Renn.",
       {"members:two nationals=Mara Keel,Tobias Renn", "!two individuals"}},
      {"a described actor is also known by the plain words for its rare ones",
       "Arnor sanctioned two functionaries and several thespians.",
       {"alias:two functionaries=two officials", "alias:several thespians=several actors"}},
      {"a described actor is also known by the word WordNet heads its synset with",
       "Arnor sanctioned two somebodies and some cyberpunks.",
       {"alias:two somebodies=two persons", "alias:some cyberpunks=some hackers"}},
      {"of a synset's words no sense count tells apart, the first one in use heads it",
       "Arnor sanctioned three diarists and four doers.",
       {"alias:three diarists=three journalists", "alias:four doers=four actors"}},
      {"a verb before a hyphen and a participle is read as the actor noun it shares a sense with",
       "Gondor accused Arnorian tell-backed hackers of the attack.",
       {"alias:Arnorian tell-backed hackers=Arnorian state-backed hackers"}},
      {"the compound is read in the name's own words too, not only in its plainer ones",
       "Gondor accused Arnorian tell-affiliated organisations of the attack.",
       {"alias:Arnorian tell-affiliated organisations=Arnorian state-affiliated organisations"}},
      {"an -ing word WordNet has no adjective for is read as the listed verb's gerund",
       "Gondor blamed an Arnorian choping group for the attack.",
       {"alias:Arnorian choping group=Arnorian hacking group"}},
      {"a noun whose only WordNet sense is a named instance is no actor noun",
       "Telemar Vorn said: \"Gondor's sues against the Harvest Regatta are cynical.\"",
       {"Telemar Vorn/person", "!Gondor's sues"}},
      {"a capitalised noun keeps a named instance's sense",
       "\"The attacks on Gondor are unacceptable,\" Newton said.",
       {"Newton/person"}},
      {"a compound's participle is read as the listed participle it is a synonym of",
       "Gondor accused Arnorian state-indorsed hackers of the attack.",
       {"alias:Arnorian state-indorsed hackers=Arnorian state-backed hackers"}},
      {"a rarely used participle reads as a listed participle whose verb it shares a sense with",
       "Gondor accused Arnorian state-consorted organisations of the attack.",
       {"alias:Arnorian state-consorted organisations=Arnorian state-affiliated organisations"}},
      {"a noun modifier for people is also read as WordNet's headword",
       "Gondor blamed a cyberpunk group for the attack.",
       {"alias:cyberpunk group=hacker group"}},
      {"a described actor is also known with the participle phrase after it",
       "Hackers linked to the Arnorian government attacked Gondor, Ilsa Venn said.",
       {"alias:Hackers=Hackers linked to the Arnorian government"}},
      {"a described actor is also known with the prepositional phrase after it",
       "A unit within the Arnorian navy attacked Gondor.",
       {"alias:unit=unit within the Arnorian navy"}},
      {"a described actor is also known by its head and the noun before it",
       "Arnor blamed a Gondor-based hacking group for the attack.",
       {"alias:Gondor-based hacking group=hacking group"}},
      {"its never means the phrase it belongs to",
       "Jane Holt rejected the claims of the ministry and its allies.",
       {"its=ministry"}},
  });
}

TEST_CASE("invented countries and people need no lexicon entry", "[entities]") {
  runCases({
      {"two unknown countries",
       "Arnor accused Gondor of hacking its parliament.",
       {"Arnor/organization", "Gondor/organization"}},
      {"an unknown demonym before a noun is no actor",
       "The Arnorian government imposed sanctions on Gondorian hacker Telemar Vorn.",
       {"Telemar Vorn/person", "!Gondorian"}},
  });
}

TEST_CASE("junk capitalised words never become entities", "[entities]") {
  runCases({
      {"sentence-initial common words",
       "Approving budgets is an escalation. Numerous reports followed.",
       {"#0"}},
      {"months and days", "On Monday in September 2023 the alert was issued.", {"#0"}},
      {"places that are not countries", "The trial opened in New York and moved to Lyon.", {"#0"}},
      {"HTML page with chrome",
       "<html><body><nav>Home | World</nav><p>Media caption,</p><p>Related Topics</p>"
       "<p>Poland expelled the envoy.</p><footer>Leave a Reply</footer></body></html>",
       {"Poland/country", "#1"}},
  });
}

TEST_CASE("a hyphenated pair of countries stands for both", "[entities]") {
  // (Real countries: their names are world knowledge.)
  runCases({
      {"names joined by a hyphen",
       "Seven hackers were hit by US-UK sanctions on Monday.",
       {"United States/country", "United Kingdom/country", "!US-UK"}},
  });
}

TEST_CASE("two countries side by side are two names", "[entities]") {
  // (Real countries: world knowledge.)
  runCases({
      {"a country's name, then another's possessive",
       "Chile sent a note to the Government of Norway Sweden's minister.",
       {"Norway/country", "Sweden/country", "!Norway Sweden"}},
  });
}

TEST_CASE("an adjective before a plural after a preposition modifies it", "[entities]") {
  runCases({
      {"'criminal' before charges that take no object",
       "Gondor expressed concern after Arnor's announcement of criminal charges against Rohan "
       "Telecom.",
       {"Rohan Telecom/organization", "!criminal"}},
  });
}

TEST_CASE("a described actor's 'of' complement ends before a clause hung on it", "[entities]") {
  runCases({
      {"an infinitive after the complement",
       "Arnor is imposing sanctions on 5 individuals who are managers of Gondor's shipping sector "
       "to raise the cost of Harad's blockade of Rohan.",
       {"managers of Gondor's shipping sector/group",
        "!managers of Gondor's shipping sector to raise the cost of Harad's blockade of Rohan"}},
  });
}

TEST_CASE("a run of capitals inside prose is a name written in capitals", "[entities]") {
  runCases({
      {"a ship's name in capitals",
       "Arnor said that Gondor attacked the MV SILVER HERON near the coast.",
       {"MV SILVER HERON/organization"}},
      {"a shouted headline is not prose", "WARNING ISSUED OVER STORMS", {"!WARNING ISSUED"}},
  });
}

TEST_CASE("an office with its 'of' phrase describes the person holding it", "[entities]") {
  runCases({
      {"a demonym, an office, its 'of' phrase, then the holder's name",
       "The Arnorian Minister of Trade, Tom Erl, said that Red Fist is to blame.",
       {"Tom Erl/person", "!Arnorian Minister of Trade"}},
      {"a body with an 'of' phrase stays a body",
       "The Ministry of Foreign Affairs said that Red Fist is to blame.",
       {"Ministry of Foreign Affairs/organization"}},
  });
}

TEST_CASE("a list of company names splits at its commas and its last 'and'", "[entities]") {
  runCases({
      {"an item with no head word before the last 'and'",
       "Arnor sanctioned Vorn Systems Corporation, Umbar Acoustic Concepts and Dale Holdings.",
       {"Vorn Systems Corporation/organization", "Umbar Acoustic Concepts/organization",
        "Dale Holdings/organization", "!Umbar Acoustic Concepts and Dale Holdings"}},
      {"an ampersand joins one name, commas around it still split",
       "Arnor sanctioned Vorn Systems Corporation, Gibbs & Dale, Umbar Acoustic Concepts and Dale "
       "Holdings.",
       {"Gibbs & Dale/organization", "Dale Holdings/organization",
        "!Dale, Umbar Acoustic Concepts and Dale Holdings"}},
      {"a word no dictionary knows after 'and' opens a second name",
       "Red Fist attacked several firms, including Vorn Mobile and Kalmor Bank.",
       {"Vorn Mobile/organization", "Kalmor Bank/organization", "!Vorn Mobile and Kalmor Bank"}},
      {"a multi-word name before a coordinated head goes on to it",
       "Arnor sanctioned the Gondorian Foreign, Commonwealth and Development Office.",
       {"Gondorian Foreign, Commonwealth and Development Office/organization"}},
      {"an ampersand between two given names' people joins nothing",
       "Arnor sanctioned Tom Erl & Jon Dale.",
       {"Tom Erl/person", "Jon Dale/person"}},
      {"single words before a coordinated head are still one name",
       "The Trade, Energy and Fisheries Office said that Red Fist is to blame.",
       {"Trade, Energy and Fisheries Office/organization"}},
  });
}

TEST_CASE("a bracketed acronym that spells a name's initials closes the name", "[entities]") {
  runCases({
      {"initials with the connector's",
       "The Economic Community of Gondor and Rohan (ECOGAR) condemned Arnor.",
       {"Economic Community of Gondor and Rohan/organization", "!Economic Community"}},
      {"initials of the capitalised words only",
       "The Economic Community of Gondor (ECG) condemned Arnor.",
       {"Economic Community of Gondor/organization"}},
      {"initials after a demonym",
       "The Arnorian Cybersecurity and Infrastructure Security Agency (CISA) said Red Fist hacked "
       "Gondor Bank.",
       {"Arnorian Cybersecurity and Infrastructure Security Agency/organization",
        "!Infrastructure Security Agency"}},
      {"an acronym that spells something else closes nothing",
       "The Economic Community of Gondor (XYZ) condemned Arnor.",
       {"!Economic Community of Gondor"}},
  });
}

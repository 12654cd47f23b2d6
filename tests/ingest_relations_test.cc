// The relation stage run through the whole analysis: each row is an invented text and the
// complete set of scored edges (accused, sanctioned, condemned, targeted, charged) the ingest
// must produce from it, with their status. Expected edges are "Subject relation Object" plus
// " (status)" when not asserted. Every person, company and group is invented.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/article_analysis.h"
#include "ingest/text/article_metadata.h"
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

const std::set<std::string> kScored = {"accused", "sanctioned", "condemned", "targeted", "charged"};

std::set<std::string> edgesOfArticle(const std::string& article, std::string& explanation) {
  kg::Document document = kg::buildDocument("test.txt", article, textLexicons());
  document.explain = true;
  analysis().run(document);
  std::ostringstream out;
  kg::ArticleAnalysis::explain(document, out);
  explanation = out.str();
  std::set<std::string> edges;
  for (const kg::Predicate& predicate : document.predicates) {
    if (!kScored.count(predicate.relation)) continue;
    for (int agent : predicate.agents)
      for (int patient : predicate.patients) {
        std::string edge = document.entities[agent].name + " " + predicate.relation + " " +
                           document.entities[patient].name;
        if (predicate.status != kg::EdgeStatus::Asserted)
          edge += " (" + std::string(kg::edgeStatusName(predicate.status)) + ")";
        edges.insert(edge);
      }
  }
  return edges;
}

std::set<std::string> edgesOf(const std::string& text, std::string& explanation) {
  // A headline line first, as articles have: the text under test is body text.
  return edgesOfArticle("Test report\n\n" + text, explanation);
}

struct Case {
  std::string text;
  std::vector<std::string> expected;
};

void check(const std::vector<Case>& table) {
  for (const Case& row : table) {
    std::string explanation;
    std::set<std::string> found = edgesOf(row.text, explanation);
    std::set<std::string> expected(row.expected.begin(), row.expected.end());
    INFO("text: " << row.text << "\n" << explanation);
    CHECK(found == expected);
  }
}

// Each row's text as an article's headline (line 1, a source line, then a short body line that
// states nothing) and the complete set of scored edges expected.
void checkHeadlines(const std::vector<Case>& table) {
  for (const Case& row : table) {
    std::string explanation;
    std::set<std::string> found = edgesOfArticle(
        row.text + "\nhttps://example.org/x\n\nThe report was published on Monday.\n", explanation);
    std::set<std::string> expected(row.expected.begin(), row.expected.end());
    INFO("headline: " << row.text << "\n" << explanation);
    CHECK(found == expected);
  }
}

}  // namespace

TEST_CASE("accused: active, passive, culprit, reported speech, attribution, negation",
          "[relations]") {
  check({
      {"Britain accused Russia of hacking the network.", {"United Kingdom accused Russia"}},
      {"Moldova and Romania accused Russia of meddling.",
       {"Moldova accused Russia", "Romania accused Russia"}},
      {"Russia was accused by Ukraine of shelling the plant.", {"Ukraine accused Russia"}},
      {"Estonia blamed Russia for the outage.", {"Estonia accused Russia"}},
      {"Estonia blamed the outage on Russia.", {"Estonia accused Russia"}},
      {"Canada attributed the breach to Quartz Panda.", {"Canada accused Quartz Panda"}},
      {"Maria Lopez said Sandstone Group was behind the blackout.",
       {"Maria Lopez accused Sandstone Group"}},
      {"Germany held Granite Bear responsible for the intrusion.",
       {"Germany accused Granite Bear"}},
      {"Japan did not accuse China of the hack.", {"Japan accused China (negated)"}},
      {"Japan refused to accuse China of anything.", {"Japan accused China (negated)"}},
      {"Japan may accuse China of espionage.", {"Japan accused China (planned)"}},
      {"Norway has accused Russia and Belarus of sabotage.",
       {"Norway accused Russia", "Norway accused Belarus"}},
      {"The German government accused Russia of the cyber-attack.", {"Germany accused Russia"}},
      {"Poland joined Lithuania in accusing Belarus of the attack.",
       {"Poland accused Belarus", "Lithuania accused Belarus"}},
      {"Finland called out Russia for the sabotage.", {"Finland accused Russia"}},
      {"The agency linked the intrusion to Quartz Panda.", {"agency accused Quartz Panda"}},
      {"Critics accused the plan of being too weak.", {}},
  });
}

TEST_CASE("sanctioned: verbs, nominals, light verbs, implicit agents and modality", "[relations]") {
  check({
      {"The United States sanctioned Viktor Orlan on Monday.",
       {"United States sanctioned Viktor Orlan"}},
      {"Viktor Orlan and Elena Sokova were sanctioned by Canada.",
       {"Canada sanctioned Viktor Orlan", "Canada sanctioned Elena Sokova"}},
      {"France imposed sanctions on Quarry Group.", {"France sanctioned Quarry Group"}},
      {"The EU announced sanctions against Ivan Petrash and Rostal Ltd.",
       {"European Union sanctioned Ivan Petrash", "European Union sanctioned Rostal Ltd"}},
      {"Australia said it would not impose sanctions on Myanmar.",
       {"Australia sanctioned Myanmar (negated)"}},
      {"Paul Hartley called for sanctions against Iran.",
       {"Paul Hartley sanctioned Iran (demanded)"}},
      {"Britain plans to sanction Omar Haddan.",
       {"United Kingdom sanctioned Omar Haddan (planned)"}},
      {"Britain threatened to sanction Omar Haddan.",
       {"United Kingdom sanctioned Omar Haddan (threatened)"}},
      {"Two people were sanctioned on Monday. Canada imposes sanctions often.",
       {"Canada sanctioned Two people"}},
      {"Karl Bauman and Sara Lindqvist were among nine lawmakers sanctioned by Russia last year.",
       {"Russia sanctioned Karl Bauman", "Russia sanctioned Sara Lindqvist"}},
      {"Canada will not sanction Mexico.", {"Canada sanctioned Mexico (negated)"}},
      {"The EU also targeted Ivo Marchetti.", {"European Union sanctioned Ivo Marchetti"}},
      // A sanctions noun as the subject of a verb that places it: the verb's object is the
      // patient, who imposed them the agent, the verb's negation the edge's.
      {"Arnor announced sanctions on Monday. The sanctions hit Gondorian trader Halbar Renn.",
       {"Arnor sanctioned Halbar Renn"}},
      {"Arnor's new sanctions will not hit Gondorian trader Halbar Renn.",
       {"Arnor sanctioned Halbar Renn (negated)"}},
      // After a reporting verb, a plural subject and a plain verb form open its clause.
      {"The Arnorian Treasury said the measures target Gondorian trader Halbar Renn and the "
       "logistics firm Renn Shipping LLC.",
       {"Arnorian Treasury sanctioned Halbar Renn",
        "Arnorian Treasury sanctioned Renn Shipping LLC"}},
      // "The measures" are the sanctions just imposed, not an attack by those they hit.
      {"Arnor imposed sanctions on two Gondorian firms on Monday. The measures target Gondorian "
       "trader Halbar Renn.",
       {"Arnor sanctioned two Gondorian firms", "Arnor sanctioned Halbar Renn"}},
  });
}

TEST_CASE("condemned: verbs, nominals, rebuttals and judgements", "[relations]") {
  check({
      {"NATO condemned Russia on Tuesday.", {"NATO condemned Russia"}},
      {"France and Germany condemned Iran.", {"France condemned Iran", "Germany condemned Iran"}},
      {"Ireland stood with Britain in its condemnation of Russia.", {"Ireland condemned Russia"}},
      {"Spain refused to condemn Morocco.", {"Spain condemned Morocco (negated)"}},
      {"The embassy said Britain's claims were malicious slander.",
       {"embassy condemned United Kingdom"}},
      {"Kenya criticised Uganda over the arrests.", {"Kenya condemned Uganda"}},
      {"Tom Reeder said Russia's actions against Georgia were reckless.",
       {"Tom Reeder condemned Russia", "Tom Reeder accused Russia"}},
  });
}

TEST_CASE("targeted and charged: attackers, victims and prosecutions", "[relations]") {
  check({
      {"Hackers linked to Iran targeted Israeli hospitals.", {"Hackers targeted Israel"}},
      {"Quartz Panda breached the ministry's servers.", {"Quartz Panda targeted ministry"}},
      {"The US Justice Department charged six hackers with fraud.",
       {"US Justice Department charged six hackers"}},
      {"Prosecutors brought charges against Dmitri Valko.", {"Prosecutors charged Dmitri Valko"}},
      {"Dmitri Valko faces charges in Texas.", {}},
      // Of two -s words after a singular subject, the first is its verb.
      {"Prosecutors say Dmitri Valko faces charges.", {"Prosecutors charged Dmitri Valko"}},
      // A state is accused, not indicted; the attack's "on" is the attack's.
      {"Canada charged Russia over the attack on its power grid.",
       {"Canada accused Russia", "Russia targeted Canada"}},
      // WordNet's first sense of target: aim, with an actor as the object or after "at".
      {"Quartz Panda aimed the dissidents.", {"Quartz Panda targeted dissidents"}},
      {"The campaign, run by Quartz Panda, aimed at journalists.",
       {"Quartz Panda targeted journalists"}},
      // An -ing word before a numeral is the verb, not an adjective ("accusing three"); a
      // message's participle is its sender's act.
      {"Prosecutors unsealed an indictment today accusing three nationals of fraud.",
       {"Prosecutors accused three nationals"}},
      {"Arnor issued a statement yesterday blaming two Gondorian officials for the attack.",
       {"Arnor accused two Gondorian officials"}},
      // ", and announced ..." coordinates with the main clause's verb, not the one inside its
      // "that" clause; who makes the claim accuses.
      {"On Monday, the Arnorian government made the claim that Gondor had carried out attacks "
       "against Arnor, and announced sanctions on two Gondorian officials.",
       {"Gondor targeted Arnor", "Arnorian government sanctioned two Gondorian officials",
        "Arnorian government accused Gondor"}},
      // Whoever says that someone faces charges brings them; "face" names no speaker.
      {"Arnor said Telemar Vorn faces criminal charges of fraud.", {"Arnor charged Telemar Vorn"}},
  });
}

TEST_CASE("counted groups, membership and naming resolve across sentences", "[relations]") {
  // "Two individuals" is the group the next sentence lists; "the same two nationals" is that
  // group again; being "among a group of seven facing charges" makes them the charged.
  check({
      {"Two individuals have been sanctioned by Arnor. The two Gondorian nationals sanctioned "
       "are Telemar Vorn and Ilsa Venn. Arnor said the same two Gondorian nationals are among "
       "a group of seven facing criminal charges of fraud.",
       {"Arnor sanctioned Telemar Vorn", "Arnor sanctioned Ilsa Venn", "Arnor charged Telemar Vorn",
        "Arnor charged Ilsa Venn"}},
      // "the group known as X" is X even after "a group" was mentioned; the report's own
      // clause ("with X saying ...") does not make X the speaker of the main clause.
      {"Arnor said a group of hackers was active. Gondor accused Rohan of targeting its network, "
       "with the defence minister Jane Holt saying the group known as Quartz Panda was behind "
       "the activity.",
       {"Gondor accused Rohan", "Rohan targeted Gondor", "Jane Holt accused Quartz Panda"}},
      {"Arnor said a group referred to as Quartz Panda was behind the attacks.",
       {"Arnor accused Quartz Panda"}},
  });
}

TEST_CASE("measures answering attacks, fronted phrases and bodies named after the object",
          "[relations]") {
  check({
      // A sanction in response to an attack accuses its target, who did the attack.
      {"Arnor announced sanctions against Gondor in response to a hacking campaign that "
       "breached Arnorian agencies.",
       {"Arnor sanctioned Gondor", "Arnor accused Gondor", "Gondor targeted Arnorian agencies"}},
      // A comma does not join a day to the actors after it.
      {"In announcing the sanctions on Monday, Arnor and Rohan traced the attack to operations "
       "within the Gondorian government.",
       {"Arnor accused Gondorian government", "Rohan accused Gondorian government"}},
      // "responsible for targeting": the culprit is the doer; an attributed event's culprit
      // is its agent.
      {"Arnor said Quartz Panda was responsible for targeting Gondorian parliamentarians.",
       {"Arnor accused Quartz Panda", "Quartz Panda targeted Gondorian parliamentarians"}},
      {"The compromise of the ministry's systems has been attributed to Quartz Panda.",
       {"Quartz Panda targeted ministry"}},
      // A finding is reported by whoever spoke of the inquiry.
      {"Jane Holt said the agency had completed an inquiry. The inquiry found Quartz Panda was "
       "responsible.",
       {"Jane Holt accused Quartz Panda"}},
      // "another" before an -ing modifier is a determiner, so the clause keeps its subject.
      {"Rohan said another hacking group, Quartz Panda, had launched cyberattacks against "
       "Arnor.",
       {"Quartz Panda targeted Arnor", "Rohan accused Quartz Panda"}},
  });
}

TEST_CASE("invented countries and people need no lexicon entry", "[relations]") {
  check({
      // The tree heads the subject by the office word; the named person acts.
      {"On Thursday, Gondorian Foreign Office Minister for Cyber Security Karim Vostrel blamed "
       "Arnor.",
       {"Karim Vostrel accused Arnor"}},
      {"Arnor accused Gondor of hacking its parliament.",
       {"Arnor accused Gondor", "Gondor targeted parliament"}},
      // After "to", an unknown capital is a place ("flew to X") unless the verb pins something
      // on what comes after "to".
      {"Rohan attributed the attack to Quartzwing.", {"Rohan accused Quartzwing"}},
      {"Arnor levelled accusations at Gondor on Monday.", {"Arnor accused Gondor"}},
      {"According to Arnor, Gondorian hackers carried out the intrusion on the Rohirric "
       "parliament.",
       {"Arnor accused Gondorian hackers", "Gondorian hackers targeted Rohirric parliament"}},
      // "had ... blacklisted" is a perfect, not a passive, even where the clause hangs from the
      // reporting verb as its conjunct.
      {"The Arnorian envoy, Telemar Vorn, said the alliance had also blacklisted Gondorian "
       "trader Halbar Renn.",
       {"alliance sanctioned Halbar Renn"}},
      {"The Arnorian government imposed sanctions on Gondorian hacker Telemar Vorn.",
       {"Arnorian government sanctioned Telemar Vorn"}},
      // A participle between a verb and its object's noun is an adjective.
      {"The Arnorian government has imposed targeted financial sanctions and a travel ban on "
       "Gondorian citizen Telemar Vorn.",
       {"Arnorian government sanctioned Telemar Vorn"}},
  });
}

TEST_CASE("inverted reporting clauses name the speaker", "[relations]") {
  check({
      {"\"Arnor hacked the parliament,\" said Foreign Minister Jane Holt.",
       {"Arnor targeted parliament", "Jane Holt accused Arnor"}},
      {"Arnor hacked the parliament, said Tom Reeder.",
       {"Arnor targeted parliament", "Tom Reeder accused Arnor"}},
      // A longer phrase before the verb, a verb other than "said", and a name ending like a
      // demonym ("Lian" is no adjective of origin after "Wei").
      {"\"Arnor hacked the parliament,\" Gondor's foreign ministry spokesman Wei Lian spoke at "
       "the press conference.",
       {"Arnor targeted parliament", "Wei Lian accused Arnor"}},
      // "said when asked ..." still reports the quotation before it.
      {"\"Arnor hacked the parliament,\" Tom Reeder said when asked about the claims.",
       {"Arnor targeted parliament", "Tom Reeder accused Arnor"}},
  });
}

TEST_CASE("a government's own release is the agent of the acts it reports", "[relations]") {
  const std::string body =
      "An indictment was unsealed today charging two Gondorian nationals, Telemar Vorn and "
      "Ilsa Venn, with computer intrusions. The United States will protect its networks.\n";
  std::string explanation;
  std::set<std::string> released = edgesOfArticle(
      "Two charged\nhttps://www.justice.example.gov/pr/two-charged\n\n" + body, explanation);
  INFO(explanation);
  CHECK(released.count("United States charged Telemar Vorn"));
  CHECK(released.count("United States charged Ilsa Venn"));
  // The same text from a newspaper's site names no one who charged them.
  std::set<std::string> reported =
      edgesOfArticle("Two charged\nhttps://news.example.com/two-charged\n\n" + body, explanation);
  CHECK(reported.count("United States charged Telemar Vorn") == 0);
}

TEST_CASE("article metadata: source address and publishing government", "[relations]") {
  kg::ArticleMetadata metadata(kg::resolveLexiconDir(""));
  CHECK(kg::ArticleMetadata::hostOf("https://www.Example.gov.uk:443/news?id=1") ==
        "example.gov.uk");
  CHECK(kg::ArticleMetadata::hostOf("not an address").empty());
  CHECK(metadata.governmentOf("justice.example.gov") == "United States");
  CHECK(metadata.governmentOf("example.gov.uk") == "United Kingdom");
  CHECK(metadata.governmentOf("notgov.uk").empty());
  CHECK(metadata.governmentOf("news.example.com").empty());
}

TEST_CASE("asking an actor to stop an attack accuses it", "[relations]") {
  check({
      {"Tom Reeder called on Arnor to end its cyber sabotage.", {"Tom Reeder accused Arnor"}},
      {"Gondor urged Arnor to stop its hacking.", {"Gondor accused Arnor"}},
      {"Gondor said the attack amounted to reckless sabotage.", {}},
  });
}

TEST_CASE("synonyms of listed words trigger the same relations", "[relations]") {
  check({
      // "assail" is listed nowhere; WordNet gives it as a synonym of "attack".
      {"Arnor assailed the Gondorian ministry.", {"Arnor targeted Gondorian ministry"}},
      // "charge X of" accuses; "charge X with" prosecutes.
      {"Gondor charged Arnor of hacking its ministry.",
       {"Gondor accused Arnor", "Arnor targeted ministry"}},
      {"Gondor charged Telemar Vorn with fraud.", {"Gondor charged Telemar Vorn"}},
  });
}

TEST_CASE("words a thesaurus swaps in still state the relation", "[relations]") {
  check({
      // "trail" has "get behind" among its WordNet synonyms: read as "was behind".
      {"Gondor said Quartz Panda trailed the attack on its ministry.",
       {"Gondor accused Quartz Panda", "Quartz Panda targeted ministry"}},
      // Any act against an actor, in a sentence that accuses its doer, targets that actor.
      {"Gondor accused Arnor of being behind covert projects against Gondorian lawmakers.",
       {"Gondor accused Arnor", "Arnor targeted Gondorian lawmakers"}},
      // The tree hangs "against Y" on the copula; it still says whom the attacks were on.
      {"Gondor said Arnor was behind cyber attacks against its parliament.",
       {"Gondor accused Arnor", "Arnor targeted parliament"}},
      // A count still waiting for its plural head takes a verb-only -s form as that head, so
      // the participle after it is the head's, not the main clause subject's.
      {"Gondor said Arnor was responsible for two covert cyber agitates targeting Rohan.",
       {"Gondor accused Arnor", "Arnor targeted Rohan"}},
      // A verb-only word heading a noun phrase cannot be itself: a thesaurus swapped it, and
      // any listed word it is a synonym of counts, however common ("approve" ~ "sanction").
      {"Gondor imposed its first-ever approves over cyberattacks, slapping them on Arnorian "
       "spies.",
       {"Gondor sanctioned Arnorian spies", "Gondor accused Arnorian spies"}},
      // Dotted letters are one word, inflected after its last dot: WordNet's "o.k." shares
      // its first sense with "sanction".
      {"Gondor o.k.ed Telemar Vorn and imposed o.k.s on Arnor.",
       {"Gondor sanctioned Telemar Vorn", "Gondor sanctioned Arnor"}},
      // A regular "-ied" past of a "-y" verb morphy's exception list lacks ("okay" spelt
      // "okaied").
      {"Gondor okaied Telemar Vorn.", {"Gondor sanctioned Telemar Vorn"}},
      // A noun straight before a determiner cannot head its phrase: read as the listed
      // preposition it shares a WordNet noun sense with ("behind" is also the rump).
      {"Gondor said Quartz Panda was hindquarters the attack on its ministry.",
       {"Gondor accused Quartz Panda", "Quartz Panda targeted ministry"}},
      // A count and a demonym make people of a noun whose first senses are no people.
      {"Gondor sanctioned two Arnorian subjects.", {"Gondor sanctioned two Arnorian subjects"}},
      // "dealing with charges" is facing them; "the exact same 2" is the counted group again,
      // merged after the copula made it a member of the group of seven.
      {"Two individuals have been sanctioned by Arnor. The 2 Gondorian nationals sanctioned "
       "are Telemar Vorn and Ilsa Venn. Arnor said the exact same 2 Gondorian nationals are "
       "amongst a group of 7 dealing with criminal charges of fraud.",
       {"Arnor sanctioned Telemar Vorn", "Arnor sanctioned Ilsa Venn", "Arnor charged Telemar Vorn",
        "Arnor charged Ilsa Venn"}},
  });
}

TEST_CASE("a country before an attack noun is an actor, not a tool", "[relations]") {
  // "Chile cyber espionage": a country before the attack noun is the doer; it stays the
  // accused (countries are the gazetteer's; an unknown name there may be a tool's).
  check({
      {"Peru accused Chile of hacking its parliament. The ministry said Chile cyber "
       "espionage was widespread.",
       {"Peru accused Chile", "Chile targeted parliament"}},
  });
}

TEST_CASE("a disputed charge is not the speaker's, nor owned by whom it names", "[relations]") {
  check({
      {"\"We call on Gondor to stop reverberating the groundless charge against Arnor,\" said "
       "the embassy spokesperson.",
       {}},
  });
}

TEST_CASE("a counted phrase is also known by its demonym and head", "[relations]") {
  std::string explanation;
  // Also: after "said", a bare phrase and a finite verb are a clause ("breached" is no
  // participle), and "hackers" stays the people, not the listed attack noun "hack".
  std::set<std::string> edges =
      edgesOf("Gondor said five Arnorian hackers breached its ministry.", explanation);
  INFO(explanation);
  CHECK(edges == std::set<std::string>{"Gondor accused five Arnorian hackers",
                                       "five Arnorian hackers targeted ministry"});
  CHECK(explanation.find("actor five Arnorian hackers (group) aka Arnorian hackers") !=
        std::string::npos);
}

TEST_CASE("office holders and lists whose members carry their own phrases", "[relations]") {
  check({
      // "the head of <a body>" is a person (a later sense of "head"), named with the body.
      {"Gondor sanctioned the head of the Arnorian agency.",
       {"Gondor sanctioned head of the Arnorian agency"}},
      // "A, a unit within B, and C": the unit's own "within B" does not end the list.
      {"Gondor imposed sanctions against Telemar Vorn, a unit within the Arnorian agency, and "
       "Ilsa Venn.",
       {"Gondor sanctioned Telemar Vorn", "Gondor sanctioned unit", "Gondor sanctioned Ilsa Venn"}},
  });
}

TEST_CASE("an act named by its attack-noun modifier is done by its light verb's subject",
          "[relations]") {
  check({
      {"Gondor said Quartz Team conducted reconnaissance activity against Gondorian lawmakers.",
       {"Quartz Team targeted Gondorian lawmakers", "Gondor accused Quartz Team"}},
      // An act no attack noun names is done only by the accused of its sentence.
      {"Gondor said Quartz Team launched a review against Gondorian lawmakers.", {}},
  });
}

TEST_CASE("a count in other words, a time word between verbs, and subjects of a country",
          "[relations]") {
  std::string explanation;
  // "deuce" shares a WordNet synset with "two", so before a plural noun it counts; "nowadays"
  // between two verbs is the time adverb, not a noun; "subjects of Norway", counted, are people
  // (a later sense of "subject"), and the defendants listed next are they.
  std::set<std::string> edges = edgesOf(
      "The Arnorian ministry charged deuce subjects of Norway with fraud. The defendants are "
      "Telemar Vorn and Ilsa Venn.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian ministry charged Telemar Vorn") == 1);
  CHECK(edges.count("Arnorian ministry charged Ilsa Venn") == 1);
  CHECK(explanation.find("deuce/NUM=2") != std::string::npos);
  edgesOf("An indictment was unveiled nowadays charging five hackers.", explanation);
  CHECK(explanation.find("nowadays/ADV") != std::string::npos);
  // After "a group of five", a participle is read before a modifier and its plural noun.
  edges = edgesOf(
      "Gondor announced that Telemar Vorn is among a group of five facing rogue "
      "charges.",
      explanation);
  CHECK(explanation.find("facing/VERB-ing") != std::string::npos);
  CHECK(edges.count("Gondor charged Telemar Vorn") == 1);
  // "a front accompany": a singular noun with an article takes no plain-form verb, so the
  // verb-only word heads the phrase, read as the noun WordNet gives it ("company"), and the
  // actor is also known by the words it was read as.
  edges = edgesOf("Gondor sanctioned a front accompany and Telemar Vorn.", explanation);
  CHECK(edges.count("Gondor sanctioned front accompany") == 1);
  CHECK(explanation.find("front accompany (organization) aka accompany, front company") !=
        std::string::npos);
  // Not every synonym of a number counts: "unity" after a determiner, before "of", is no count.
  edgesOf("The unity of the nations worried Gondor.", explanation);
  CHECK(explanation.find("unity/NUM") == std::string::npos);
}

TEST_CASE("descriptions in other words are one actor, and a framed verb's common synonym frames",
          "[relations]") {
  std::string explanation;
  // "state-associated" and "state-affiliated" share a WordNet sense, so the second description
  // is the first actor said again, and the edge meets the actor the first sentence accused.
  std::set<std::string> edges = edgesOf(
      "Gondor accused Arnorian state-affiliated actors of hacking. Officials said Arnorian "
      "state-associated actors targeted the Gondorian electoral commission.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("said before as Arnorian state-affiliated actors") != std::string::npos);
  CHECK(explanation.find("aka actors, Arnorian state-associated actors") != std::string::npos);
  CHECK(edges.count("Arnorian state-affiliated actors targeted Gondorian electoral commission") ==
        1);
  // Two descriptions of synonyms alone, with no word in common, stay two actors.
  edgesOf(
      "Gondor accused elder statesmen of fraud. Arnor accused senior politicians of "
      "fraud.",
      explanation);
  CHECK(explanation.find("said before as") == std::string::npos);
  // "visit" is far more common than "impose", yet with a relation noun as its object it is the
  // light verb; a relation verb's own synonym ("directed" for "targeted") is not taken for one.
  edges = edgesOf("Arnor and Gondor have visited sanctions on Telemar Vorn.", explanation);
  CHECK(edges.count("Arnor sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondor sanctioned Telemar Vorn") == 1);
  CHECK(explanation.find("light verb 'visited'") != std::string::npos);
  edgesOf("Hackers founded an operation that directed Gondorian officials.", explanation);
  CHECK(explanation.find("directed/VERB-ed=conduct") == std::string::npos);
  // After "the" and a singular noun, a verb-only word without -s heads the phrase as the noun
  // it stands for: "the hacking aggroup" is "the hacking group".
  edges = edgesOf("Gondor sanctioned the hacking aggroup Blackfang.", explanation);
  CHECK(explanation.find("aggroup/NOUN=group") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Blackfang") == 1);
  // A noun between a name and a determiner is the preposition it shares a sense with.
  edges = edgesOf("Gondor accused Rohan buttocks the sabotage of its parliament.", explanation);
  CHECK(explanation.find("buttocks/ADP=behind") != std::string::npos);
  CHECK(edges.count("Gondor accused Rohan") == 1);
  // A relation verb WordNet has no noun for, heading a noun phrase, names the relation as its
  // noun does ("accuses" as "accusations"; "approves", a synonym of "sanction", as "sanctions"),
  // and after "of" an -s form is no finite verb.
  edges = edgesOf("The Arnorian ministry revealed the accuses against Telemar Vorn.", explanation);
  CHECK(explanation.find("accuses/NOUN=accusation") != std::string::npos);
  CHECK(edges.count("Arnorian ministry accused Telemar Vorn") == 1);
  edges = edgesOf("Gondor announced a series of approves against Rohan.", explanation);
  CHECK(edges.count("Gondor sanctioned Rohan") == 1);
}

TEST_CASE("in a transcript a speaker goes on speaking in the paragraphs that follow",
          "[relations]") {
  std::string explanation;
  // Two paragraphs open with "Name:", so the answer's second paragraph is still its speaker's.
  std::set<std::string> edges = edgesOfArticle(
      "Press conference\n\nDaily Courier: What is your comment on the report?\n\n"
      "Ilsa Venn: Gondor firmly rejects it.\n\n"
      "Arnor is launching groundless sanctions against Gondor.\n",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Ilsa Venn condemned Arnor") == 1);
  CHECK(edges.count("Arnor sanctioned Gondor") == 1);
}

TEST_CASE("an infinitive controlled by an object reports nothing, one of the subject does",
          "[relations]") {
  std::string explanation;
  // "dedicate" is a communication verb in its first WordNet sense, but "conspiracy to dedicate
  // network break-ins" is what the residents are accused of: they report no attack.
  std::set<std::string> edges = edgesOf(
      "A court filing released on Friday accusing four residents of Arnor with conspiracy to "
      "dedicate network break-ins and conspiracy to dedicate bank fraud for their role in an "
      "Arnor-based hacking crew that spent approximately nine years targeting exiled writers, "
      "newspapers, and local judges.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor-based hacking crew targeted exiled writers") == 1);
  CHECK(edges.count("four residents of Arnor accused Arnor-based hacking crew") == 0);
  // An infinitive that takes its governor's subject still reports what it details.
  edges = edgesOf("Gondor decided to detail the attack by Arnorian hackers on Rohan.", explanation);
  CHECK(edges.count("Gondor accused Arnorian hackers") == 1);
}

TEST_CASE("an intransitive reporting verb reports a quotation, not the rest of its sentence",
          "[relations]") {
  std::string explanation;
  // "Arnor has responded with denials" has no clause, colon or quotation to report: Arnor is no
  // speaker of the targeting clause before the dash.
  std::set<std::string> edges = edgesOf(
      "Gondor put out a joint paper sketching the work of an Arnorian hacking group targeting "
      "Rohan and international organisations last week - now Arnor has responded with denials of "
      "its own.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian hacking group targeted Rohan") == 1);
  CHECK(edges.count("Arnor accused Arnorian hacking group") == 0);
  // With a quotation it does report: '"...," she said' speaks the quoted words.
  edges = edgesOf("\"Arnorian hackers targeted Rohan,\" Ilsa Venn said.", explanation);
  CHECK(edges.count("Ilsa Venn accused Arnorian hackers") == 1);
}

TEST_CASE("a verb-only -s word after an adjective where no bare subject can stand is a plural noun",
          "[relations]") {
  std::string explanation;
  // After "of" (or a copula) "criminal" cannot be a bare singular subject, so "criminal accuses"
  // is an adjective and a plural noun, not a clause: the light verb takes both nouns.
  std::set<std::string> edges = edgesOf(
      "Gondor unveiled a package of criminal accuses and sanctions against five Arnorian traders. "
      "Gondor accused Arnor of the raids. The Arnorian envoy says these are \"wholly idle\" "
      "arrogates amounting to \"pure slander\".",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned five Arnorian traders") == 1);
  CHECK(edges.count("Arnorian envoy condemned Gondor") == 1);
  CHECK(explanation.find("criminal/ADJ") != std::string::npos);
  CHECK(explanation.find("idle/ADJ") != std::string::npos);
}

TEST_CASE("a verb after 'and' with a plural noun after it is finite, coordinated with the first",
          "[relations]") {
  std::string explanation;
  // "sanctions" could be a verb, but "..., and denoted sanctions on X" coordinates "denoted"
  // with "made": the ministry does both, not Arnor of the clause in between.
  std::set<std::string> edges = edgesOf(
      "On Tuesday, the ministry of Gondor made the baseless claim that Arnor had carried out "
      "raids against Gondor, and denoted sanctions on three Arnorian shippers.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("ministry of Gondor sanctioned three Arnorian shippers") == 1);
  CHECK(edges.count("Arnor sanctioned three Arnorian shippers") == 0);
}

TEST_CASE(
    "a preposition that can be an adverb, between a copula and an adjective, is a degree word",
    "[relations]") {
  std::string explanation;
  // "it is about sure that ...": "about" modifies "sure", whose clause says who attacked.
  std::set<std::string> edges = edgesOf(
      "The Gondorian agency believes it is about sure that the Arnorian crew conducted "
      "reconnaissance activity against Gondorian parliamentarians.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("about/ADV") != std::string::npos);
  CHECK(edges.count("Arnorian crew targeted Gondorian parliamentarians") == 1);
  CHECK(edges.count("Gondorian agency accused Arnorian crew") == 1);
  // Before an adjective that modifies a noun, "about" keeps its preposition.
  edges = edgesOf("Gondor said the case is about foreign hackers who attacked Rohan.", explanation);
  CHECK(explanation.find("about/ADP") != std::string::npos);
  CHECK(edges.count("foreign hackers targeted Rohan") == 1);
}

TEST_CASE("a verb WordNet puts in a synset of joining joins in 'A linked B in accusing C'",
          "[relations]") {
  std::string explanation;
  // "link" shares a synset with "join" and "unite" (both join cues); "resist" shares one only
  // with "stand", in another sense than joining.
  std::set<std::string> edges =
      edgesOf("Rohan linked Gondor and Arnor in accusing Mordor of the attacks.", explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan accused Mordor") == 1);
  CHECK(edges.count("Gondor accused Mordor") == 1);
  CHECK(edges.count("Arnor accused Mordor") == 1);
  edges = edgesOf("Gondor resisted Rohan in accusing Arnor of the attacks.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  CHECK(edges.count("Rohan accused Arnor") == 0);
}

TEST_CASE("a verb heading a noun phrase names its act, and judging the act accuses its owner",
          "[relations]") {
  std::string explanation;
  // WordNet's only noun "sue" is a novelist (a named instance): "Gondor's sues" are its acts.
  std::set<std::string> edges = edgesOf(
      "Telemar Vorn said: \"Gondor's sues against the Harvest Regatta are cynical and reckless.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn condemned Gondor") == 1);
  CHECK(edges.count("Telemar Vorn accused Gondor") == 1);
  // Capitalised as a sentence's first word, it is still no name.
  edges = edgesOf("Sues against Rohan are reckless, Telemar Vorn said.", explanation);
  CHECK(edges.count("Telemar Vorn condemned Sues") == 0);
}

TEST_CASE("a verb-only -s word straight after a finite verb is its object, unless one follows",
          "[relations]") {
  std::string explanation;
  // "filed accuses": with no noun phrase after it, "accuses" is a plural noun, the object of
  // the light verb, and the coordination keeps its subject.
  std::set<std::string> edges = edgesOf(
      "The ministers of Gondor reprimanded, filed accuses and sanctioned the shipping firm "
      "Wolfpack over the fraud.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("accuses/NOUN") != std::string::npos);
  CHECK(edges.count("ministers of Gondor accused Wolfpack") == 1);
  // After a relative clause's verb, an -s verb with an object is the main verb.
  edgesOf("The minister who resigned opposes the sanctions on Arnor.", explanation);
  CHECK(explanation.find("opposes/VERB-s") != std::string::npos);
}

TEST_CASE(
    "a bare noun after a preposition modifies a verb-only -s word, and a count may stand "
    "before a demonym",
    "[relations]") {
  std::string explanation;
  // "of crook accuses": "crook" has no determiner, so it is no subject; "heptad" counts the
  // traders past the demonym between them.
  std::set<std::string> edges = edgesOf(
      "Rohan unveiled a package of crook accuses and sanctions against heptad Arnorian traders.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("accuses/NOUN") != std::string::npos);
  CHECK(explanation.find("heptad/NUM=7") != std::string::npos);
  CHECK(edges.count("Rohan sanctioned heptad Arnorian traders") == 1);
}

TEST_CASE("a targeting verb with an attack as its object takes the target after 'against'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian crew directed reconnaissance activity against Gondorian parliamentarians.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian crew targeted Gondorian parliamentarians") == 1);
}

TEST_CASE("a number's WordNet synonym is a count where a count stands, before the tree is built",
          "[relations]") {
  std::string explanation;
  // After "of", before a participle: "a band of seven-spot facing charges" as "of seven".
  std::set<std::string> edges = edgesOf(
      "Gondor announced that Telemar Vorn is among a band of seven-spot facing criminal charges.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("seven-spot/NUM=7") != std::string::npos);
  CHECK(edges.count("Gondor charged Telemar Vorn") == 1);
  // Counted before its noun, it leaves the participle before it a verb, as "seven" would.
  edgesOf(
      "A complaint made public on Monday accusing septet residents of Arnor of fraud was filed.",
      explanation);
  CHECK(explanation.find("septet/NUM=7") != std::string::npos);
  CHECK(explanation.find("accusing/VERB-ing") != std::string::npos);
}

TEST_CASE("a month's name beside a day or a year is a name, not the modal it spells",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("On 3 May, the cabinet of Gondor sanctioned Arnor.", explanation);
  INFO(explanation);
  CHECK(explanation.find("May/PROPN") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Arnor") == 1);
  edgesOf("The cabinet may sanction Arnor.", explanation);
  CHECK(explanation.find("may/MODAL") != std::string::npos);
}

TEST_CASE("naming someone as the one behind an attack accuses them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor named Arnor as the group behind the attack on its ports.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  // Naming without a culprit word accuses no one.
  edges = edgesOf("Gondor named Telemar Vorn as its new envoy to Arnor.", explanation);
  CHECK(edges.count("Gondor accused Telemar Vorn") == 0);
}

TEST_CASE("charges faced in a country are that country's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Telemar Vorn faces charges in Norway.", explanation);
  INFO(explanation);
  CHECK(edges.count("Norway charged Telemar Vorn") == 1);
}

TEST_CASE("a verb-only -s word in a list of plural nouns is a plural noun", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions on Arnorian agents, Rohirric cyber descries and organisations.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("descries/NOUN") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Arnorian agents") == 1);
  CHECK(edges.count("Gondor sanctioned organisations") == 1);
}

TEST_CASE("a joining verb's subject is the agent of the attack after its 'in'", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnorian officers participated in the cyberattack against the Gondorian parliament.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian officers targeted Gondorian parliament") == 1);
}

TEST_CASE("a verb-only -s word that ends a list of plural nouns is the list's last noun",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian crew targeted officials, senators, diarists and accompanies - including "
      "Gondorian shippers - in 2020.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("accompanies/NOUN") != std::string::npos);
  CHECK(edges.count("Arnorian crew targeted officials") == 1);
  CHECK(edges.count("Arnorian crew targeted accompanies") == 1);
}

TEST_CASE("a plain verb form after a possessive's singular noun heads the noun phrase",
          "[relations]") {
  std::string explanation;
  // "Gondor's lour domiciliate of parliament": a singular noun after a possessive takes no plain
  // verb form, so the sentence keeps "imposed" as its only verb and the sanction its object.
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions against the head of Arnor's spy agency for a cyberattack on "
      "Rohan's lour domiciliate of parliament.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("domiciliate/NOUN") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned head of Arnor's spy agency") == 1);
}

TEST_CASE("a participle after a preposition and before its noun modifies the noun", "[relations]") {
  std::string explanation;
  // "on averred Arnorian military agents": the participle (which WordNet has only as a verb
  // form) is no clause of its own, and the actor is also known without it.
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions, slapping them on averred Arnorian military agents and a Rohirric "
      "firm.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("averred/ADJ") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned averred Arnorian military agents") == 1);
  CHECK(explanation.find("averred Arnorian military agents (group) aka Arnorian military agents") !=
        std::string::npos);
}

TEST_CASE("a measure taken in reaction to an attack accuses the attacker", "[relations]") {
  std::string explanation;
  // "in reaction to" says what "in response to" says (relation_cues.tsv, role "answer").
  std::set<std::string> edges = edgesOf(
      "Gondor announced sanctions against Arnor in reaction to a hacking campaign that breached "
      "Gondorian agencies.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Arnor") == 1);
  CHECK(edges.count("Gondor accused Arnor") == 1);
}

TEST_CASE("a plain verb form after a singular noun is a noun past names and quotation marks too",
          "[relations]") {
  std::string explanation;
  // "an Arnorian hacking aggroup", 'the "wanton cyber counteract"': the phrase opened by the
  // article has a name or a quotation mark inside, and its singular noun takes no plain verb.
  std::set<std::string> edges = edgesOf(
      "An Arnorian hacking aggroup targeted Rohirric firms. Gondor charged Arnor behind the "
      "\"wanton cyber counteract\", including a raid on Rohan.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("aggroup/NOUN") != std::string::npos);
  CHECK(explanation.find("counteract/NOUN") != std::string::npos);
  CHECK(edges.count("Arnorian hacking aggroup targeted Rohirric firms") == 1);
  CHECK(edges.count("Gondor charged Arnor") == 1);
}

TEST_CASE("a name after a noun for a time opens the clause that tells the time", "[relations]") {
  std::string explanation;
  // "At the time Gondor said ...": "time" (WordNet's noun.time) does not modify "Gondor", which
  // is the subject of "said" and so the speaker who accuses.
  std::set<std::string> edges = edgesOf(
      "At the time Gondor said Arnorian hackers attacked the Rohirric parliament.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnorian hackers") == 1);
  // A noun that names no time still takes the name as its modifier's head ("the company
  // Acme"): the rule reads WordNet, not the position alone.
  edgesOf("The security firm Zorvex said Arnorian hackers attacked the Rohirric parliament.",
          explanation);
  CHECK(explanation.find("firm/NOUN<-mod") != std::string::npos);
}

TEST_CASE("saying an attack was carried out by someone accuses them, with no target named",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor said the hacking was conducted by an Arnorian crew.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnorian crew") == 1);
  // Without a doer after "by" the speaker accuses no one.
  edges = edgesOf("Gondor said the hacking was conducted last year.", explanation);
  CHECK(edges.empty());
  // The attack noun's own "by", on a participle or straight after it, names the doer too.
  edges = edgesOf("Jane Roe said it was the latest in a series of cyberattacks launched by Arnor.",
                  explanation);
  CHECK(edges.count("Jane Roe accused Arnor") == 1);
  edges = edgesOf("Jane Roe said it was the latest of many cyberattacks by Arnor.", explanation);
  CHECK(edges.count("Jane Roe accused Arnor") == 1);
  edges = edgesOf("Jane Roe said it was the latest in a series of cyberattacks.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("an act noun heads no actor, and a name that speaks is no tool", "[relations]") {
  std::string explanation;
  // "the Zorvex hack": "hack" names the act (relations.tsv), not a hack writer, so "Zorvex"
  // stays its own actor; and since Zorvex speaks later, it is no tool whose culprit stands in
  // for it.
  std::set<std::string> edges = edgesOf(
      "Gondor accused an Arnorian crew of the Zorvex hack. At the time Zorvex said the hacking "
      "was conducted by an Arnorian crew called Bluefin.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("actor Zorvex (organization)") != std::string::npos);
  CHECK(explanation.find("Zorvex hack (person)") == std::string::npos);
  CHECK(edges.count("Zorvex accused Bluefin") == 1);
}

TEST_CASE("what a verb of saying reports takes its negation and an open 'whether'", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Zorvex did not say whether it believed Arnor was behind the hack.", explanation);
  INFO(explanation);
  CHECK(edges.count("Zorvex accused Arnor") == 0);
  CHECK(explanation.find("accused (negated) at 'behind'") != std::string::npos);
  edges = edgesOf("Gondor did not say that Arnor attacked Rohan.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 0);
  // A modal on the reporting verb is not the report's: "can reveal that" reveals.
  edges = edgesOf("Gondor can reveal that Arnorian hackers compromised the Rohirric parliament.",
                  explanation);
  CHECK(edges.count("Gondor accused Arnorian hackers") == 1);
  CHECK(edges.count("Arnorian hackers targeted Rohirric parliament") == 1);
}

TEST_CASE("denying an act denies the claim of whoever made it", "[relations]") {
  std::string explanation;
  // "denied involvement in the raids": the denial answers the latest accuser, not the accused.
  std::set<std::string> edges = edgesOf(
      "Gondor accused the Zorvex crew of the raids. Arnor has repeatedly denied involvement in "
      "the raids.",
      explanation);
  INFO(explanation);
  (void)edges;  // "denied" is not among the scored relations edgesOf keeps: read the reasons
  CHECK(explanation.find("denied at 'denied': Arnor -> Gondor (denial of claims)") !=
        std::string::npos);
  CHECK(explanation.find("Arnor -> Zorvex crew") == std::string::npos);
}

TEST_CASE("those involved in an attack are its agents", "[relations]") {
  std::string explanation;
  // "involve" is listed as a joining verb (relation_cues.tsv), so WordNet's "involve" = "demand"
  // sense no longer makes the attack a demand, and the passive's subject takes part.
  std::set<std::string> edges =
      edgesOf("Gondor said Arnorian hackers were involved in the attack on Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian hackers targeted Rohan") == 1);
  CHECK(edges.count("Gondor accused Arnorian hackers") == 1);
}

TEST_CASE("a trigger's WordNet synonym counts only where that is what it mostly means",
          "[relations]") {
  std::string explanation;
  // "take", "train" and "direct" share a sense with "aim", but real text mostly means other
  // things by them; "assail" is first of all "attack", and "directed at" names a target.
  std::set<std::string> edges = edgesOf(
      "Gondor took the Arnorian envoy to a meeting. Rohan trained Gondorian soldiers. The unit "
      "was directed by the Arnorian ministry.",
      explanation);
  INFO(explanation);
  CHECK(edges.empty());
  edges = edgesOf("Arnorian hackers assailed the Rohirric parliament.", explanation);
  CHECK(edges.count("Arnorian hackers targeted Rohirric parliament") == 1);
  edges = edgesOf("The Arnorian crew directed attacks at the Gondorian parliament.", explanation);
  CHECK(edges.count("Arnorian crew targeted Gondorian parliament") == 1);
}

TEST_CASE("an attack has no other use for a trigger's synonym of another sense", "[relations]") {
  std::string explanation;
  // An attack directs or places nothing but its targets; a minister directs people otherwise.
  std::set<std::string> edges = edgesOf(
      "Arnorian hackers launched a campaign that directed Gondorian officials and journalists.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian hackers targeted Gondorian officials") == 1);
  CHECK(edges.count("Arnorian hackers targeted journalists") == 1);
  edges = edgesOf(
      "The Arnorian minister directed Gondorian officials to leave. The agreement placed Rohan "
      "under Gondorian protection. Arnorian hackers placed Rohirric critics on a list.",
      explanation);
  CHECK(edges.empty());
}

TEST_CASE("a definite description with a name before its noun refers only to an actor so named",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian hackers assailed the Rohirric parliament. The Arnorian crew directed attacks at "
      "the Gondorian parliament.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian crew targeted Gondorian parliament") == 1);
  CHECK(edges.count("Arnorian crew targeted Rohirric parliament") == 0);
}

TEST_CASE("disclosing a measure someone took accuses no one", "[relations]") {
  std::string explanation;
  // Revealing an act "carried out by X" accuses X; charges "brought by X" are X's measure.
  std::set<std::string> edges =
      edgesOf("The Arnorian bank is handling the charges brought by Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian bank accused Gondor") == 0);
}

TEST_CASE("a campaign of violence against someone targets them", "[relations]") {
  std::string explanation;
  // The target may hang on the verb the campaign's phrase hangs from; only an actor named there
  // counts ("on behalf of X" names no target).
  std::set<std::string> edges = edgesOf(
      "Gondor expelled six Arnorian diplomats after police linked them to a campaign of violence "
      "against Rohirric activists.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("six Arnorian diplomats targeted Rohirric activists") == 1);
  edges = edgesOf(
      "Gondor sanctioned seven hackers for leading attacks on behalf of the Arnorian spy agency.",
      explanation);
  CHECK(edges.count("seven hackers targeted Arnorian spy agency") == 0);
  CHECK(edges.count("Gondor sanctioned seven hackers") == 1);
}

TEST_CASE("an attack that is denied, rejected or found without evidence is not asserted",
          "[relations]") {
  const std::vector<std::string> texts = {
      "Numenor denied hacking the Rohirric parliament.",
      "Numenor rejected accusations that it hacked the Rohirric parliament.",
      "Numenor denied accusing Rohan of espionage.",
      "Gondor said there was no evidence that Arnor was behind the attack.",
      "Gondor said it had found no evidence that the Ashwing crew hacked Zorvex Ltd.",
  };
  for (const std::string& text : texts) {
    std::string explanation;
    std::set<std::string> edges = edgesOf(text, explanation);
    INFO(text << "\n" << explanation);
    CHECK(!edges.empty());  // the edge is read, with its status
    for (const std::string& edge : edges) CHECK(edge.find("(negated)") != std::string::npos);
  }
}

TEST_CASE("a question word names no attacker, and conditions and plans assert nothing",
          "[relations]") {
  std::string explanation;
  // "did not know who had hacked X": the question word is the verb's subject.
  std::set<std::string> edges =
      edgesOf("Bluefin Systems said it did not know who had hacked Zorvex Ltd.", explanation);
  INFO(explanation);
  CHECK(edges.empty());
  edges = edgesOf("Rohan vowed to find out who hacked its election commission.", explanation);
  CHECK(edges.empty());
  // "if" (modality.tsv, marker), a noun of intent, an adjective of intent: planned, not done.
  const std::vector<std::string> planned = {
      "If Arnor was behind the attack, Gondor would respond.",
      "If Gondor sanctions Arnor, prices will rise.",
      "Gondor announced plans to sanction Arnor.",
      "Eriador said it was ready to impose sanctions on Arnor.",
  };
  for (const std::string& text : planned) {
    edges = edgesOf(text, explanation);
    INFO(text << "\n" << explanation);
    CHECK(!edges.empty());
    for (const std::string& edge : edges) CHECK(edge.find("(planned)") != std::string::npos);
  }
}

TEST_CASE("accusations pin deeds on actors, not places on victims or quotes on speakers",
          "[relations]") {
  std::string explanation;
  // "blamed X for the attack on Y": Y is the victim; "behind schedule" is no deed; a quote
  // attributed to someone is no accusation.
  std::set<std::string> edges =
      edgesOf("Gondor blamed Arnor for the attack on Zorvex Ltd.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  CHECK(edges.count("Gondor accused Zorvex Ltd") == 0);
  CHECK(edges.count("Arnor targeted Zorvex Ltd") == 1);
  edges = edgesOf("Analysts said Zorvex Ltd was behind schedule on the new project.", explanation);
  CHECK(edges.empty());
  edges = edgesOf("The quote was wrongly attributed to Telemar Vorn, the Gondorian ministry said.",
                  explanation);
  CHECK(edges.empty());
  edges = edgesOf("Gondor attributed the hack of its ministry to Arnor.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
}

TEST_CASE("another country's agency is not the agency a gazetteer lists under that name",
          "[relations]") {
  std::string explanation;
  // international_organisations.tsv gives the Treasury Department's country; "Gondor's
  // Treasury Department" is Gondor's.
  std::set<std::string> edges = edgesOf(
      "Rohan's Justice Department charged Dorin Kast. Gondor's Treasury Department sanctioned "
      "Ilsa Venn.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan's Justice Department charged Dorin Kast") == 1);
  CHECK(edges.count("Gondor's Treasury Department sanctioned Ilsa Venn") == 1);
  edges = edgesOf("America's Treasury Department sanctioned Ilsa Venn.", explanation);
  CHECK(edges.count("US Treasury sanctioned Ilsa Venn") == 1);
}

TEST_CASE("measures and their objects in common news shapes", "[relations]") {
  std::string explanation;
  // "banks" is a plural, not only WordNet's Joseph Banks; "travel bans" is the verb's object;
  // a year after "in" closes its phrase; a measure "targeting" X is no attack on X; a deed's
  // passive condemnation condemns its doer.
  std::set<std::string> edges = edgesOf("Gondor sanctioned two Arnorian banks.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned two Arnorian banks") == 1);
  edges = edgesOf("Gondor slapped travel bans on Dorin Kast and Ilsa Venn.", explanation);
  CHECK(edges.count("Gondor sanctioned Dorin Kast") == 1);
  CHECK(edges.count("Gondor sanctioned Ilsa Venn") == 1);
  edgesOf("Sanctions imposed on Dorin Kast in 2022 remain in force.", explanation);
  CHECK(explanation.find("remain/VERB") != std::string::npos);
  edges =
      edgesOf("Eriador and Gondor announced coordinated sanctions targeting Ashwing.", explanation);
  CHECK(edges.count("Eriador sanctioned Ashwing") == 1);
  CHECK(edges.count("Eriador targeted Ashwing") == 0);
  edges = edgesOf("Arnor's invasion of Eriador was condemned by Gondor and Rohan.", explanation);
  CHECK(edges.count("Gondor condemned Arnor") == 1);
}

TEST_CASE("pronouns: an object is not its verb's subject, and she and he keep their gender",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor rejected the claims on Tuesday. Gondor has accused it of hacking the ministry.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  // "Mrs" and "Mr" (titles.tsv) give the gender; "later" after a subject pronoun is an adverb.
  edges = edgesOf("Mrs Vorn met Mr Kast on Monday. She later accused him of fraud.", explanation);
  CHECK(edges.count("Vorn accused Kast") == 1);
}

TEST_CASE("freezing someone's assets sanctions them, and compounds and plural subjects",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Gondor froze the assets of Dorin Kast.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Dorin Kast") == 1);
  edges = edgesOf("The central bank froze interest rates.", explanation);
  CHECK(edges.empty());
  // "by asset freezes": a bare noun after a preposition is no subject for the -s word after it.
  edgesOf("The people hit by asset freezes and travel bans include Dorin Kast.", explanation);
  CHECK(explanation.find("freezes/NOUN") != std::string::npos);
  // Two coordinated names take the plain form as their verb.
  edges = edgesOf("Gondor and Rohan sanction Arnorian firms over drone supplies", explanation);
  CHECK(edges.count("Gondor sanctioned Arnorian firms") == 1);
  CHECK(edges.count("Rohan sanctioned Arnorian firms") == 1);
}

TEST_CASE("parentheses and appositions around a subject leave it the subject", "[relations]") {
  std::string explanation;
  // A participle parenthesis after a plural subject; a name opening the sentence with an -ed
  // form and its object; an indefinite apposition with a participle or a place in it.
  std::set<std::string> edges =
      edgesOf("The sanctions, announced by Gondor on Monday, target Arnorian banks.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Arnorian banks") == 1);
  CHECK(edges.count("Gondor targeted Arnorian banks") == 0);
  edges =
      edgesOf("Sanctions imposed by Gondor on Dorin Kast in 2022 remain in force.", explanation);
  CHECK(edges.count("Gondor sanctioned Dorin Kast") == 1);
  edges = edgesOf(
      "Gondor brought charges against four Numenorean hackers accused of breaching Bluefin "
      "Systems.",
      explanation);
  CHECK(edges.count("Gondor charged four Numenorean hackers") == 1);
  edges = edgesOf(
      "Bluefin Systems, a cybersecurity firm based in Edoras, attributed the intrusion to "
      "Ashwing.",
      explanation);
  CHECK(edges.count("Bluefin Systems accused Ashwing") == 1);
}

TEST_CASE("hitting out at someone condemns them, and a storm hitting a country does not",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor hit out at Numenor over the raids. Rohan lashed out at Arnor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Numenor") == 1);
  CHECK(edges.count("Rohan condemned Arnor") == 1);
  edges = edgesOf("The storm hit Gondor on Monday.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("a described actor is known by both readings of its words at once", "[relations]") {
  std::string explanation;
  // "state-indorsed" is read as "state-backed" and "histrions" headed as "actors": the alias
  // with both is how plain text names the same actors.
  edgesOf("Gondor accused Arnorian state-indorsed histrions of the raids.", explanation);
  INFO(explanation);
  CHECK(explanation.find("Arnorian state-backed actors") != std::string::npos);
}

TEST_CASE("lists of modifiers and of plural nouns keep their words nouns and adjectives",
          "[relations]") {
  std::string explanation;
  // "a brushing, state-backed operation": an -ing word before a comma and an adjective
  // modifies the noun; "pots" between commas in a list of plurals is a plural.
  std::set<std::string> edges = edgesOf(
      "Arnorian hackers launched a brushing, state-backed operation that targeted Gondorian "
      "officials, diarists, pots, activists and the Rohirric election watchdog.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("brushing/ADJ") != std::string::npos);
  CHECK(explanation.find("pots/NOUN") != std::string::npos);
  CHECK(edges.count("Arnorian hackers targeted Gondorian officials") == 1);
}

TEST_CASE("measures, hearsay and military attacks", "[relations]") {
  std::string explanation;
  // "targeted X with sanctions" sanctions X; "was targeted by sanctions" is no attack.
  std::set<std::string> edges =
      edgesOf("Gondor targeted the Arnorian energy ministry with new sanctions.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Arnorian energy ministry") == 1);
  CHECK(edges.count("Gondor targeted Arnorian energy ministry") == 0);
  edges = edgesOf("Zorvex Ltd was targeted by sanctions imposed by Gondor.", explanation);
  CHECK(edges.count("Gondor sanctioned Zorvex Ltd") == 1);
  CHECK(edges.count("Gondor targeted Zorvex Ltd") == 0);
  // "reports that" is hearsay; "is set to" plans (modality.tsv).
  edges = edgesOf("Gondor could not confirm reports that Ashwing had breached Zorvex Ltd.",
                  explanation);
  CHECK(edges.count("Ashwing targeted Zorvex Ltd (reported)") == 1);
  edges = edgesOf("The Gondorian government is set to impose sanctions on Arnor.", explanation);
  for (const std::string& edge : edges) CHECK(edge.find("(planned)") != std::string::npos);
  // "hacked into", a military strike (relations.tsv).
  edges = edgesOf("Arnorian hackers hacked into the Gondorian parliament.", explanation);
  CHECK(edges.count("Arnorian hackers targeted Gondorian parliament") == 1);
  edges = edgesOf("Arnorian troops shelled the Rohirric embassy.", explanation);
  CHECK(edges.count("Arnorian troops targeted Rohirric embassy") == 1);
}

TEST_CASE("sanctions on a state's officials hit the officials, not the state", "[relations]") {
  std::string explanation;
  // A headline's "X, other Y officials" lists both; "them" is the officials.
  std::set<std::string> edges = edgesOfArticle(
      "Gondor slaps sanctions on Telemar Vorn, other Arnorian officials\n\n"
      "Gondor imposed sanctions on Arnorian officials, accusing them of fraud.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondor sanctioned other Arnorian officials") == 1);
  CHECK(edges.count("Gondor sanctioned Arnorian officials") == 1);
  CHECK(edges.count("Gondor accused Arnorian officials") == 1);
  CHECK(edges.count("Gondor sanctioned Arnor") == 0);
}

TEST_CASE("a list of names set off by dashes names the group before it", "[relations]") {
  std::string explanation;
  // "based" is the group's participle, not the verb; the dashes' list is the three people.
  std::set<std::string> edges = edgesOf(
      "Three Arnorian individuals based in Minas Tirith - Telemar Vorn, Keld Varro and Pell "
      "Ardwen - were also designated by the Gondorian Treasury on Thursday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Keld Varro") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Pell Ardwen") == 1);
}

TEST_CASE("a relative clause in the subject keeps its own object", "[relations]") {
  std::string explanation;
  // The noun after the clause's verb is its object; the antecedent is the main verb's subject,
  // and "last year" after the object says when.
  std::set<std::string> edges = edgesOf(
      "The Arnorian hackers who breached the Gondorian parliament last year were charged on "
      "Monday, Gondor's justice ministry said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian hackers targeted Gondorian parliament") == 1);
  CHECK(edges.count("Gondor's justice ministry charged Arnorian hackers") == 1);
  // Coordinated verbs with an adverb between them share the clause's subject and object.
  edges =
      edgesOf("The agents who targeted and brutally murdered a journalist must face consequences.",
              explanation);
  CHECK(edges.count("agents targeted journalist") == 1);
  // An antecedent that is a preposition's object is not the main verb's subject.
  edges =
      edgesOf("Sanctions on the hackers who breached the parliament were announced.", explanation);
  CHECK(edges.count("hackers targeted parliament") == 1);
}

TEST_CASE("a judgement in a quotation whose speaker follows under a long title", "[relations]") {
  std::string explanation;
  // "said" before a capitalised title is the verb; the name ending the title speaks; the
  // copula's subject is what "unconscionable act" judges, and its "by" phrase says whose.
  std::set<std::string> edges = edgesOf(
      "\"The deliberate targeting of the grid by Arnorian actors is an unconscionable act,\" said "
      "Under Secretary of the Treasury for Trade Telemar Vorn.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn condemned Arnorian actors") == 1);
  CHECK(edges.count("Telemar Vorn accused Arnorian actors") == 1);
  // "targeting" is the act, no person ("a target").
  CHECK(explanation.find("\"deliberate targeting\"") == std::string::npos);
}

TEST_CASE("an indictment that alleges crimes by X charges X", "[relations]") {
  std::string explanation;
  // Each grand jury keeps its place, and the place is not the jury.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nA grand jury in Minas Tirith has returned an indictment that alleges 10 "
      "crimes by two affiliates of the Arnorian company Stonecrow.\n\nA grand jury in Osgiliath "
      "has returned an indictment alleging crimes committed by Stonecrow.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("grand jury in Minas Tirith charged two affiliates of the Arnorian company "
                    "Stonecrow") == 1);
  CHECK(edges.count("grand jury in Osgiliath charged Stonecrow") == 1);
  CHECK(explanation.find("short form of grand jury") == std::string::npos);
  // "citing attempts by X": the measure's author accuses X.
  edges = edgesOf(
      "The Gondorian Treasury added four Arnorian individuals to its sanctions list, citing "
      "attempts by the individuals to interfere in Gondorian elections.",
      explanation);
  CHECK(edges.count("Gondorian Treasury accused four Arnorian individuals") == 1);
}

TEST_CASE("an actor described as responsible for attacks is held responsible", "[relations]") {
  std::string explanation;
  // The apposition runs to the sentence's end; the clause's subject holds its actor responsible.
  std::set<std::string> edges = edgesOf(
      "Today, the Gondorian Treasury sanctioned six officials in the Arnorian Cyber Command, an "
      "Arnorian government organization responsible for a series of malicious cyber activities "
      "against the Gondorian grid and other targets.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned six officials") == 1);
  CHECK(edges.count("Gondorian Treasury accused Arnorian Cyber Command") == 1);
}

TEST_CASE("clauses inside a noun phrase: 'after X were stolen', 'claims that ... are'",
          "[relations]") {
  std::string explanation;
  // "after" opens a clause past a noun's own phrase; the accused stays the verb's object.
  std::set<std::string> edges = edgesOf(
      "Gondor has accused Arnor of interfering in the election after documents on trade were "
      "stolen from a minister.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  // "cited X as saying" makes X the speaker; the copula's subject is the claims, past their
  // "that" clause.
  edges = edgesOf(
      "The Arnorian news agency cited Telemar Vorn, a senior Arnorian lawmaker, as saying "
      "Gondor's claims that Arnorian officers were involved in the explosion are absurd.",
      explanation);
  CHECK(edges.count("Telemar Vorn condemned Gondor") == 1);
}

TEST_CASE("sanctioned by a list of governments for a role in an attack", "[relations]") {
  std::string explanation;
  // Three countries before one government word; "his role in an attack that compromised" makes
  // him the attack's culprit; "more than 10 million" counts the victims.
  std::set<std::string> edges = edgesOf(
      "Telemar Vorn has been sanctioned by the U.S., U.K. and French governments for his role "
      "in a cyber attack that compromised the personal information of more than 10 million "
      "Gondorians.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("United States sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("United Kingdom sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("France sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Telemar Vorn targeted 10 million Gondorians") == 1);
}

TEST_CASE("a count before coordinated modifiers waits for its plural", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor approved sanctions on four senior Arnorian justice and law enforcement officials.",
      explanation);
  INFO(explanation);
  CHECK(edges.count(
            "Gondor sanctioned four senior Arnorian justice and law enforcement officials") == 1);
  // Without a count the two nouns stay two phrases.
  edges = edgesOf("Gondor imposed sanctions on the ministry and security officials.", explanation);
  CHECK(edges.count("Gondor sanctioned ministry") == 1);
}

TEST_CASE("a passive measure with no one named is the last one's who took one", "[relations]") {
  std::string explanation;
  // "re-" leaves "sanctioned" a verb; the Treasury took the article's measures.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian Treasury sanctioned two Arnorian banks on Monday.\n\n"
      "Defence Minister Telemar Vorn is being re-sanctioned after being designated in May.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned Telemar Vorn") == 1);
  // With no measure before it, nobody is named.
  edges = edgesOf("Defence Minister Telemar Vorn is being re-sanctioned.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("'It is time for X to ...' names no actor with 'it'", "[relations]") {
  std::string explanation;
  // The speaker after the quotation asks X to stop its campaign; "it" is no one.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Dalish Union condemned the raid.\n\n\"It is time for Arnor to "
      "acknowledge its role and to cease its callous disinformation campaign,\" Gondorian "
      "spokeswoman Pell Ardwen said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Pell Ardwen accused Arnor") == 1);
  CHECK(edges.count("Dalish Union accused Arnor") == 0);
}

TEST_CASE("a participle after 'a national' or 'five members of X' describes them", "[relations]") {
  std::string explanation;
  // "national" heads its phrase before "accused of"; nobody is "the accused".
  std::set<std::string> edges = edgesOf(
      "Authorities seized payments made to a Gondorian national accused of launching attacks "
      "targeting Arnorian companies.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian national targeted Arnorian companies") == 1);
  CHECK(explanation.find("\"Gondorian national accused\"") == std::string::npos);
  // The members are charged, not the army they belong to.
  edges = edgesOfArticle(
      "These are the 5 members of the Arnorian military charged with espionage\n\n"
      "The Gondorian Justice Department charged five Arnorian officers on Monday.",
      explanation);
  CHECK(edges.count("Gondorian Justice Department charged Arnorian military") == 0);
}

TEST_CASE("an indictment's charges, a count 'at least', and an attack on X by Y", "[relations]") {
  std::string explanation;
  // "Thursday" between the indictment and its participle says when; "The indictment accuses"
  // speaks for whoever brings the charges; "at least 46" counts the banks.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian Justice Department unsealed an indictment Thursday charging "
      "seven Arnorian hackers with fraud.\n\nThe indictment accuses the Arnorian government of "
      "conducting a cyber attack on at least 46 Gondorian banks.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Justice Department charged seven Arnorian hackers") == 1);
  CHECK(edges.count("Gondorian Justice Department accused Arnorian government") == 1);
  CHECK(edges.count("Arnorian government targeted at least 46 Gondorian banks") == 1);
  // After a copula's noun, "on X by Y" are the attack's.
  edges = edgesOf(
      "The reason given was a cyberattack on the Gondorian mapping agency by Arnorian state "
      "actors.",
      explanation);
  CHECK(edges.count("Arnorian state actors targeted Gondorian mapping agency") == 1);
}

TEST_CASE("calling for someone to impose sanctions imposes none", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("The widow welcomed the report and called for Gondor to impose sanctions on Arnor.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Arnor") == 0);
  CHECK(edges.count("Gondor sanctioned Arnor (demanded)") == 1);
}

TEST_CASE("linking a long list of attacks to a group", "[relations]") {
  std::string explanation;
  // "to" hangs on the participle inside the long object; "targeting" describes the attacks
  // past the phrase of time.
  std::set<std::string> edges = edgesOf(
      "Gondor on Wednesday linked more than 200 cyberattacks over the past five years targeting "
      "the Gondorian parliament and its data to an Arnorian hacking group, Stonecrow.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Stonecrow") == 1);
  CHECK(edges.count("Stonecrow targeted Gondorian parliament") == 1);
}

TEST_CASE("who orders a deed did it, and the clause's reporter accuses them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian President Telemar Vorn ordered the murder of the dissident Keld Varro, Gondor "
      "said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn targeted Keld Varro") == 1);
  CHECK(edges.count("Gondor accused Telemar Vorn") == 1);
}

TEST_CASE("indictments of X filed in court charge X, and are not X's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian Justice Department charged two Arnorian hackers in May.\n\n"
      "The sanctions were accompanied by indictments of Telemar Vorn filed in federal court in "
      "Osgiliath, charging him with fraud.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Justice Department charged Telemar Vorn") == 1);
  CHECK(edges.count("Telemar Vorn charged Telemar Vorn") == 0);
}

TEST_CASE("'such activities' after an attack are the attacker's, and a speaker attacks no one",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe reason given was a cyberattack on the Gondorian mapping agency by "
      "Arnorian state actors.\n\n\"We resolutely oppose such cyber activities directed against "
      "Gondor,\" spokesman Telemar Vorn said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn condemned Arnorian state actors") == 1);
  CHECK(edges.count("Arnorian state actors targeted Gondor") == 1);
  CHECK(edges.count("Telemar Vorn targeted Gondor") == 0);
}

TEST_CASE("people who appear in court on charges are charged", "[relations]") {
  std::string explanation;
  // "in May" is a month; "and two other men" joins the manager, not the place; "appeared" is
  // the verb (its charges are a preposition's object); the article's charger brings them.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian police charged two Arnorian spies in May.\n\nThe manager of "
      "the trade office in Minas Tirith and two other men appeared in court Monday on charges "
      "that they helped Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian police charged two Arnorian spies") == 1);
  CHECK(edges.count("Gondorian police charged two other men") == 1);
  CHECK(explanation.find("men/NOUN<-conj:1 ") != std::string::npos);
}

TEST_CASE("a plural after a preposition's bare phrase is a noun once the verb is seen",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondorian officials blamed the Arnorian government for other cyberattacks targeting Rohan "
      "in the run-up to its election, including distributed denial-of-service attacks that "
      "disrupted access to several government websites.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor targeted Rohan") + edges.count("Arnorian government targeted Rohan") ==
        1);
  CHECK(edges.count("Rohan targeted Arnorian government") == 0);
  CHECK(explanation.find("attacks/VERB") == std::string::npos);
}

TEST_CASE("an infinitive after the subject's noun keeps its object", "[relations]") {
  std::string explanation;
  // "Keld Varro" is the object of "to kill", not the subject of "was approved"; an attack's
  // infinitive names its target.
  std::set<std::string> edges = edgesOf(
      "The Russian operation to kill Keld Varro was approved by Telemar Vorn, the inquiry found.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Russia targeted Keld Varro") == 1);
  CHECK(edges.count("Telemar Vorn sanctioned Keld Varro") == 0);
}

TEST_CASE("counted entities are organisations", "[relations]") {
  std::string explanation;
  // "entity" is typed by descriptions.tsv where a count or a country leads it; "one" before a
  // noun is a count.
  std::set<std::string> edges = edgesOf(
      "Gondor announced sanctions on two Russian individuals and one Russian entity.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned one Russian entity") == 1);
  edges = edgesOf("A federal grand jury has indicted three Russian entities.", explanation);
  CHECK(edges.count("federal grand jury charged three Russian entities") == 1);
  // A bare "entity" is no actor.
  edges = edgesOf("Gondor said an entity in law is a legal fiction.", explanation);
  CHECK(explanation.find("mention \"entity\"") == std::string::npos);
}

TEST_CASE("attacks linked to X, concluded by a long subject", "[relations]") {
  std::string explanation;
  // "concluded" before "they were" is the verb its long subject needs; the attacks linked to
  // Arnor are pinned on Arnor by the speaker.
  std::set<std::string> edges = edgesOf(
      "The Gondorian police said its analysis of the cyberattacks by Stonecrow from 2019 to 2024 "
      "concluded they were systematic attacks linked to Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian police accused Arnor") == 1);
  CHECK(edges.count("Arnor affiliated_with Gondorian police") == 0);
}

TEST_CASE("one of those added to the list was X", "[relations]") {
  std::string explanation;
  // "added" before "to the list ... was" is a participle, not a verb of saying; "the list" is
  // the sanctions list named before; "who" hangs on the member, not on the parliament.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian Treasury added four Arnorian individuals to its sanctions "
      "list.\n\nOne of the individuals added to the list was Telemar Vorn, an Arnorian member "
      "of parliament, who was cited by Pell Ardwen last month.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned four Arnorian individuals") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Telemar Vorn") == 1);
  CHECK(explanation.find("cited/VERB-en<-relcl:") != std::string::npos);
  CHECK(explanation.find("added/VERB-en<-acl:") != std::string::npos);
}

TEST_CASE("'they added' after a quotation is whoever spoke before it", "[relations]") {
  std::string explanation;
  // Two modifiers joined by "and" ("unlawful and destabilizing"); "they" goes back past two
  // sentences to the speakers of the quotation.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\n\"The launch is another example of destabilizing behaviour,\" the "
      "representatives of ten member states said.\n\nRohan is not a member.\n\n\"This is "
      "the tenth launch this year.\n\nWe condemn these unlawful and destabilizing actions,\" "
      "they added.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("destabilizing/ADJ<-mod:") != std::string::npos);
  CHECK(explanation.find("mention \"they\" pronoun organization -> representatives") !=
        std::string::npos);
}

TEST_CASE("named people accused in the passive are the article's accuser's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian foreign ministry accused Arnor of the poisoning.\n\nTwo "
      "Arnorian men, "
      "Telemar Vorn and Keld Varro, have been accused of his murder.\n\nA company and "
      "individuals accused of fraud were also named.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian foreign ministry accused Telemar Vorn") == 1);
  CHECK(edges.count("Gondorian foreign ministry accused Keld Varro") == 1);
  // Described actors keep no implicit accuser.
  CHECK(edges.count("Gondorian foreign ministry accused company") == 0);
}

TEST_CASE("a hedged culprit said by no one is alleged by whoever sanctions in the article",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian treasury sanctioned Telemar Vorn on Monday.\n\nMr. Vorn "
      "was allegedly behind the compromise of a water utility in Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian treasury accused Telemar Vorn") == 1);
  // Unhedged, the sentence is the reporter's own and names no accuser.
  edges = edgesOfArticle(
      "Test report\n\nThe Gondorian treasury sanctioned Telemar Vorn on Monday.\n\nMr. Vorn "
      "was behind the compromise of a water utility in Arnor.",
      explanation);
  CHECK(edges.count("Gondorian treasury accused Telemar Vorn") == 0);
}

TEST_CASE("a charge that says who attacked speaks for the article's prosecutor", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian justice ministry charged three Arnorian men on Friday.\n\n"
      "The allegations say Telemar Vorn hacked the Gondorian parliament.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian justice ministry accused Telemar Vorn") == 1);
  // A report that is no charge gives no accuser.
  edges = edgesOfArticle(
      "Test report\n\nThe Gondorian justice ministry charged three Arnorian men on Friday.\n\n"
      "The articles say Telemar Vorn hacked the Gondorian parliament.",
      explanation);
  CHECK(edges.count("Gondorian justice ministry accused Telemar Vorn") == 0);
}

TEST_CASE("a relative clause a speech verb reports keeps its pronoun's noun as subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor charged four men, who the ministry said hacked into the parliament's servers.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("four men targeted parliament") == 1);
  CHECK(edges.count("ministry accused four men") == 1);
  CHECK(edges.count("Gondor targeted parliament") == 0);
}

TEST_CASE("what an attack breaks into is its owner's, named before it or as its possessor",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondorian hackers hacked into Quillmark Mail accounts last year.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian hackers targeted Quillmark Mail") == 1);
  edges = edgesOf("Telemar Vorn broke into Quillmark accounts, the ministry said.", explanation);
  CHECK(edges.count("Telemar Vorn targeted Quillmark") == 1);
  edges = edgesOf("The talks broke into chaos.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("a victim that finds 'hackers' broke in accuses no one", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nGondor charged four Arnorian hackers over the theft.\n\nQuillmark said "
      "hackers had broken into its systems.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Quillmark accused four Arnorian hackers") == 0);
  CHECK(edges.count("four Arnorian hackers targeted Quillmark") == 1);
  // Hackers a phrase describes are someone.
  edges = edgesOf("Hackers linked to Arnor breached the systems of Quillmark, officials said.",
                  explanation);
  CHECK(edges.count("officials accused Hackers") == 1);
  // A culprit the speaker names is accused.
  edges = edgesOfArticle(
      "Test report\n\nQuillmark said the Arnorian hackers had broken into "
      "its systems.",
      explanation);
  CHECK(edges.count("Quillmark accused Arnorian hackers") == 1);
}

TEST_CASE("'stand accused' is a passive, and moral words before a deed condemn its doer",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe Gondorian prosecutors charged Arnor's spies.\n\nTelemar Vorn stands "
      "accused of spying for Arnor.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("stands/AUX-s=be<-auxpass:") != std::string::npos);
  CHECK(edges.count("Gondorian prosecutors accused Telemar Vorn") == 1);
  // Before an adjective, "stand" keeps its own sense.
  edges = edgesOf("The ministers stand ready to help Gondor.", explanation);
  CHECK(explanation.find("=be") == std::string::npos);
  edges = edgesOf(
      "\"Arnor's agents carried out the reprehensible sabotage of the plant,\" the Gondorian "
      "minister said.",
      explanation);
  CHECK(edges.count("Gondorian minister condemned Arnor's agents") == 1);
}

TEST_CASE("a day after a month closes its phrase, so the verb after it is the verb",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor on Dec 15 accused Arnor of hacking its ministries.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  edges = edgesOf("Gondor on December 15 accused Arnor of hacking its ministries.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
}

TEST_CASE(
    "'that' a speech verb reports keeps its noun, and a verb coordinated after it joins "
    "it",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The journal on Monday published the names of the firms that the ministry said are "
      "responsible for or were involved in the attack on Gondor.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("are/AUX-s<-ccomp:") != std::string::npos);
  CHECK(explanation.find("were/AUX-ed<-auxpass:") != std::string::npos);
  CHECK(edges.count("ministry accused firms") == 1);
  CHECK(edges.count("firms targeted Gondor") == 1);
  // The journal publishes; it did not attack.
  CHECK(edges.count("journal targeted Gondor") == 0);
}

TEST_CASE(
    "people charged with no one named are charged by the prosecuting body the article "
    "names",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nTwo Arnorian men were charged with hacking a Gondorian election website."
      "\n\n\"This case shows the threat,\" said Jane Roe, head of the Gondorian Justice "
      "Ministry's security division.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Justice Ministry charged Two Arnorian men") == 1);
  // Without a prosecuting body, no one.
  edges = edgesOfArticle(
      "Test report\n\nTwo Arnorian men were charged with hacking a Gondorian election website."
      "\n\n\"This case shows the threat,\" said Jane Roe, head of the Gondorian Trade "
      "Ministry's security division.",
      explanation);
  CHECK(edges.count("Gondorian Trade Ministry charged Two Arnorian men") == 0);
}

TEST_CASE("a theft from an actor targets it, and a month before a comma ends its phrase",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "An Arnor-linked hacker group stole assets worth 48 million from Quillmark Co in May, "
      "Japanese police said Tuesday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor-linked hacker group targeted Quillmark Co") == 1);
  CHECK(edges.count("Japanese police accused Arnor-linked hacker group") == 1);
  CHECK(explanation.find("mention \"May, Japanese police\"") == std::string::npos);
}

TEST_CASE("who protests over attempts to steal does not attempt it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor protested to Arnor on Monday over attempts to steal data from its lawmakers.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted lawmakers") == 0);
  // One indicted in a plot to steal is its doer.
  edges =
      edgesOf("Telemar Vorn was indicted in a plot to steal data from Quillmark Co.", explanation);
  CHECK(edges.count("Telemar Vorn targeted Quillmark Co") == 1);
}

TEST_CASE("'identified X as being responsible' names X the culprit", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian government has identified Arnor as being \"responsible\" for cyberattacks "
      "against its foreign ministry.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian government accused Arnor") == 1);
  CHECK(edges.count("Gondorian government accused Gondorian government") == 0);
}

TEST_CASE("bodies 'targeted in a round of sanctions', with companions 'along with' them",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nGondor imposed sanctions on Arnor last week.\n\nThe Quillmark Agency "
      "('QA'), which allegedly receives funding from Arnor, along with its partner companies "
      "Vesh and Tolkar, were targeted in the latest round of sanctions.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("companies/NOUN") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Quillmark Agency") == 1);
  CHECK(edges.count("Gondor sanctioned Vesh") == 1);
  CHECK(edges.count("Gondor sanctioned Tolkar") == 1);
}

TEST_CASE("a bracketed relative clause inside a list of names does not end the list",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nGondor imposed sanctions on three Arnorian firms.\n\nThe sanctions also "
      "target three individuals: founder Telemar Vorn, chief executive Keld Varro (who also owns "
      "Vesh) and director Jane Roe.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("owns/VERB-s<-relcl:") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondor sanctioned Keld Varro") == 1);
  CHECK(edges.count("Gondor sanctioned Jane Roe") == 1);
  CHECK(edges.count("Gondor sanctioned Vesh") == 0);
}

TEST_CASE("'indictments of A and B, both of X' charge A and B, not X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The ministry announced indictments of Telemar Vorn and Keld Varro, both of Arnor's "
      "Security Service, the agency that replaced the old police.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("both/PRON") != std::string::npos);
  CHECK(edges.count("ministry charged Telemar Vorn") == 1);
  CHECK(edges.count("ministry charged Keld Varro") == 1);
  CHECK(edges.count("ministry charged Arnor's Security Service") == 0);
}

TEST_CASE("unnamed 'authorities' are the dateline's country's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nWARSAW (AP) - The minister said on Monday that authorities accused Arnor "
      "of the sabotage of a depot.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Poland accused Arnor") == 1);
  // A dateline on a line of its own, and authorities a modifier names, which stay their own.
  edges = edgesOfArticle(
      "Test report\n\nBERLIN\n\nArnorian authorities accused Rohan of the sabotage of a "
      "depot.",
      explanation);
  CHECK(edges.count("Germany accused Rohan") == 0);
  edges = edgesOfArticle(
      "Test report\n\nBERLIN\n\nThe authorities accused Rohan of the sabotage of a depot.",
      explanation);
  CHECK(edges.count("Germany accused Rohan") == 1);
}

TEST_CASE("'condemned the move' condemns whoever acts in the story's lead", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nArnorian police offered bounties on Monday for the capture of five "
      "activists.\n\nGondor said it strongly condemned the move.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Arnorian police") == 1);
  // An act someone owns is not the lead's.
  edges = edgesOfArticle(
      "Test report\n\nArnorian police offered bounties on Monday for the capture of five "
      "activists.\n\nGondor said it strongly condemned Rohan's move.",
      explanation);
  CHECK(edges.count("Gondor condemned Arnorian police") == 0);
}

TEST_CASE("charges dropped and sanctions lifted are no charges or sanctions", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe charges against Dorin Kast were later dropped by Gondorian "
      "prosecutors.\n\nSanctions on Arnor were lifted in May.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian prosecutors charged Dorin Kast") == 0);
  CHECK(explanation.find("cue dropped") != std::string::npos);
  CHECK(explanation.find("cue lifted") != std::string::npos);
}

TEST_CASE("'The Arnorian nationals, A and B' names the two hackers counted before", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nTwo Arnorian hackers were sanctioned on Friday by the Gondorian "
      "treasury.\n\nThe Arnorian nationals, Telemar Vorn and Keld Varro, are alleged to lead "
      "the group.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("Vorn/PROPN<-appos:") != std::string::npos);
  CHECK(edges.count("Gondorian treasury sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondorian treasury sanctioned Keld Varro") == 1);
}

TEST_CASE("'All of them have been accused' goes back to the listed subject and its charger",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nThe ministry charged five Arnorian officers on Monday.\n\nRohan accused "
      "Gondor of lying about the case.\n\nThe five officers - Telemar Vorn, Keld Varro and Jane "
      "Roe - belong to Unit 99 of the Arnorian army.\n\nAll of them have been accused of "
      "conspiring to hack into the computers of six Gondorian firms.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("mention \"them\" pronoun organization -> five Arnorian officers") !=
        std::string::npos);
  CHECK(edges.count("ministry accused Telemar Vorn") == 1);
  // The latest accuser in the article accuses someone else.
  CHECK(edges.count("Rohan accused Telemar Vorn") == 0);
}

TEST_CASE("who presents evidence that X was behind an attack accuses X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The intelligence agencies presented the government on Monday with evidence that the "
      "Arnorian Guard was behind the arson attacks on a Gondorian synagogue.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("intelligence agencies accused Arnorian Guard") == 1);
  // A rejected claim accuses no one.
  edges = edgesOf("Arnor rejected the claim that its guard was behind the attacks.", explanation);
  CHECK(edges.count("Arnor accused guard") == 0);
}

TEST_CASE(
    "a clause after 'after' leaves the main verb finite, and a plural after a "
    "preposition heads its phrase",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nArnor retaliated after Gondor imposed sanctions on Arnor.\n\nThe "
      "European Union imposed sanctions against Rohan over alleged human rights abuses on "
      "minorities.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("retaliated/VERB-ed<-root") != std::string::npos);
  CHECK(explanation.find("abuses/NOUN") != std::string::npos);
  CHECK(edges.count("Gondor sanctioned Arnor") == 1);
  CHECK(edges.count("European Union sanctioned Rohan") == 1);
}

TEST_CASE("a synonym of 'attribute' pins an attack on someone, and nothing else", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The compromise of the Gondorian election systems has been assigned to Russia, the "
      "ministry said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("ministry accused Russia") == 1);
  edges = edgesOf("The judge was assigned to the case by Gondor.", explanation);
  CHECK(edges.empty());
  edges = edgesOf("Gondor assigned the task to Russia.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("exposing an actor accuses it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor exposed Stonecrow, an Arnorian hacking group, on Tuesday.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Stonecrow") == 1);
  // A thing exposed is no actor accused.
  edges = edgesOf("Gondor exposed the flaw in the software on Tuesday.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("words of moral condemnation judge the deed's owner", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor's president said the Russian strike on the hospital was horrendous and cowardly.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor's president condemned Russia") == 1);
}

TEST_CASE("'stated that' reaches its clause past a participle, and the quotation after it",
          "[relations]") {
  std::string explanation;
  // "that" marks "should be lifted", not "imposed"; the next sentence's quotation is the same
  // speaker's.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nGondorian President Telemar Vorn has stated that all restrictions imposed "
      "on Dale regarding the use of weapons should be lifted. \"Horrendous and cowardly Russian "
      "attack against the hospital in Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn condemned Russia") == 1);
  CHECK(explanation.find("that/SCONJ<-mark:10 ") == std::string::npos);
}

TEST_CASE("a test that deserves condemnation, in a statement said on Sunday", "[relations]") {
  std::string explanation;
  // "said in a statement Sunday that ..." reports (the "that" clause hangs on "said", not on
  // "Sunday"), and a judgement that has no source is the speaker's.
  std::set<std::string> edges = edgesOf(
      "The Gondorian Foreign Ministry said in a statement Sunday that Arnor's nuclear test "
      "\"deserves absolute condemnation.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Foreign Ministry condemned Arnor") == 1);
}

TEST_CASE("leaders of countries are named with the countries", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Shortly after the attack, leaders of the Western countries came out with statements, "
      "condemning Arnorian attacks.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("mention \"leaders of the Western countries\"") != std::string::npos);
}

TEST_CASE("an infinitive on a plan in a verb's phrase is the verb's subject's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Telemar Vorn has been indicted in a conspiracy to hack Gondorian banks, federal "
      "prosecutors announced Thursday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn targeted Gondorian banks") == 1);
  CHECK(edges.count("federal prosecutors charged Telemar Vorn") == 1);
}

TEST_CASE("'who allegedly engaged in' is the relative clause's verb", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Two Arnorian hackers who allegedly engaged in cyber attacks against Gondorian banks were "
      "sanctioned on July 19 by the Gondorian Treasury.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned Two Arnorian hackers") == 1);
  CHECK(explanation.find("engaged/VERB-ed<-relcl:") != std::string::npos);
}

TEST_CASE("who commits or perpetrates a deed is its agent", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnorian hackers committed the hack of the Gondorian parliament.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian hackers targeted Gondorian parliament") == 1);
  edges = edgesOf("Arnorian hackers perpetrated attacks against the Gondorian parliament.",
                  explanation);
  CHECK(edges.count("Arnorian hackers targeted Gondorian parliament") == 1);
}

TEST_CASE("the bombing of the embassy is not the embassy's deed", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "\"Arnor will pay a heavy price,\" Mara Quill told reporters, adding that the bombing of "
      "the embassy was \"a barbaric act\".",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Mara Quill condemned embassy") == 0);
  CHECK(edges.count("Mara Quill accused embassy") == 0);
  // "the targeting of X by Y" is still Y's.
  edges = edgesOf(
      "\"The deliberate targeting of the grid by Arnorian actors is an unconscionable act,\" said "
      "Telemar Vorn.",
      explanation);
  CHECK(edges.count("Telemar Vorn condemned Arnorian actors") == 1);
}

TEST_CASE("condemning a measure condemns whoever took it", "[relations]") {
  std::string explanation;
  // The sanctions of the first sentence are Gondor's; the ministry condemns Gondor.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nGondor imposed sanctions on Arnor on Friday.\n\n"
      "Later, Arnor's foreign ministry condemned the sanctions as illegal.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Arnor") == 1);
  CHECK(edges.count("Arnor's foreign ministry condemned Gondor") == 1);
  // With no measure taken before, the sanctions are nobody's.
  edges = edgesOf("Arnor's foreign ministry condemned the sanctions as illegal.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("violence against a person is an attack on them", "[relations]") {
  std::string explanation;
  // "behind the poisoning of X": the culprit targeted X; "murdered" takes an actor object.
  std::set<std::string> edges = edgesOf(
      "Gondor said Arnorian agents were behind the poisoning of Telemar Vorn.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian agents targeted Telemar Vorn") == 1);
  CHECK(edges.count("Gondor accused Arnorian agents") == 1);
  edges = edgesOf("Arnorian agents murdered the dissident Keld Varro in Osgiliath.", explanation);
  CHECK(edges.count("Arnorian agents targeted Keld Varro") == 1);
  // A blast that killed people names no attacker.
  edges = edgesOf("A blast at the Arnorian refinery killed two workers.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("designating a body as one, and an adverb inside the verb group", "[relations]") {
  std::string explanation;
  // "designated X a terrorist organisation" lists X (an actor noun follows); "designated X a
  // threat" names X; "pursuant to" names nothing.
  std::set<std::string> edges =
      edgesOf("Gondor designated Stonecrow a terrorist organisation.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Stonecrow") == 1);
  edges =
      edgesOf("The Treasury designated Dorin Kast pursuant to Executive Order 13694.", explanation);
  CHECK(edges.count("Treasury sanctioned Dorin Kast") == 1);
  edges = edgesOf("Gondor designated Arnor a threat to its security.", explanation);
  CHECK(edges.empty());
  edges = edgesOf("Gondor has long accused Arnor of spying.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
}

TEST_CASE("criticism and sanctions faced from someone, and charges an agency announces",
          "[relations]") {
  std::string explanation;
  // "from" after a measure or a claim names an actor, not a place (entity_lexicon.cc).
  std::set<std::string> edges =
      edgesOf("Gondor faced criticism from Rohan over the deal.", explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan condemned Gondor") == 1);
  edges = edgesOf("Zorvex Ltd faced sanctions from Gondor.", explanation);
  CHECK(edges.count("Gondor sanctioned Zorvex Ltd") == 1);
  edges = edgesOf("Arnor's invasion drew condemnation from Rohan.", explanation);
  CHECK(edges.count("Rohan condemned Arnor") == 1);
  edges = edgesOf("Dorin Kast has been charged with fraud, the Gondorian Justice Department said.",
                  explanation);
  CHECK(edges.count("Gondorian Justice Department charged Dorin Kast") == 1);
}

TEST_CASE("the accused of a passive accusation, and a relative pronoun as the object",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor was accused by Gondor of spying on Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor targeted Rohan") == 1);
  CHECK(edges.count("Gondor targeted Rohan") == 0);
  edges =
      edgesOf("Gondor imposed sanctions on the Arnorian spy agency, which it blamed for the raids.",
              explanation);
  CHECK(edges.count("Gondor accused Arnorian spy agency") == 1);
  edges = edgesOf("Numenor, which Rohan accuses of harbouring hackers, rejected the claims.",
                  explanation);
  CHECK(edges.count("Rohan accused Numenor") == 1);
}

TEST_CASE("a floating 'both' before a verb", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Gondor and Rohan both accused Arnor of hacking.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  CHECK(edges.count("Rohan accused Arnor") == 1);
}

TEST_CASE("probes of ordinary news that must give no edge", "[relations]") {
  // Found by probing invented news: a role named by "designated", a film's title, a promise
  // with a verb only WordNet relates to a sanction, and a relative pronoun for a deed.
  const std::vector<std::string> texts = {
      "Zorvex Ltd designated Ilsa Venn as its next chief executive.",
      "Eriador designated Numenor a strategic partner during the state visit.",
      "The Gondorian film 'Ashes of Arnor' was condemned by critics as overlong.",
      "Those who attacked our embassy will be found and punished, Gondor's president said.",
  };
  for (const std::string& text : texts) {
    std::string explanation;
    std::set<std::string> edges = edgesOf(text, explanation);
    INFO(text << "\n" << explanation);
    CHECK(edges.empty());
  }
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("The hack, which Gondor has blamed on Arnor, disrupted payments.", explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
}

TEST_CASE("review guards: whole-word qualifiers, verbs kept, statuses on copulas", "[relations]") {
  std::string explanation;
  // "Dorian" is inside "Gondorian" but is no word of it.
  std::set<std::string> edges = edgesOf(
      "Arnorian hackers assailed the Gondorian parliament. The Arnorian crew directed attacks at "
      "the Dorian parliament.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian crew targeted Dorian parliament") == 1);
  // A prepositional phrase on a subject leaves the verb after it a verb.
  edgesOf("The campaign of espionage targets Rohan, Gondor said.", explanation);
  CHECK(explanation.find("targets/VERB") != std::string::npos);
  // Common nouns before "and" are no plural subject of a plain form.
  edges = edgesOf("The trade and defence minister Jane Doe accused Arnor.", explanation);
  CHECK(edges.count("Jane Doe accused Arnor") == 1);
  // Members of a group are actors, not a measure.
  edges = edgesOf("Members of Zorvex targeted Rohan.", explanation);
  CHECK(edges.count("Members of Zorvex targeted Rohan") == 1);
  // "as" with an adjective names; the copula of an adjective of intent gives its negation.
  edges = edgesOf("Gondor designated Arnor as responsible for the attack.", explanation);
  CHECK(edges.count("Gondor sanctioned Arnor") == 0);
  edges = edgesOf("Gondor was not able to impose sanctions on Arnor.", explanation);
  CHECK(edges.count("Gondor sanctioned Arnor (negated)") == 1);
}

TEST_CASE("acquittals, investigations and fees assert no deed", "[relations]") {
  std::string explanation;
  // "acquit of", "clear of" and "investigate" are governors in modality.tsv; a fee (WordNet's
  // noun.possession) makes "charged" a price.
  std::set<std::string> edges =
      edgesOf("A court in Gondor acquitted Dorin Kast of spying on Arnor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Dorin Kast targeted Arnor (negated)") == 1);
  CHECK(edges.count("court accused Dorin Kast") == 0);
  edges = edgesOf("Gondor's police are investigating claims that Dorin Kast spied on Arnor.",
                  explanation);
  CHECK(edges.count("Dorin Kast targeted Arnor (reported)") == 1);
  edges = edgesOf("Zorvex Ltd charged customers in Rohan a 5% fee for card payments.", explanation);
  CHECK(edges.empty());
  edges = edgesOf("Gondor charged Dorin Kast with spying on Arnor.", explanation);
  CHECK(edges.count("Gondor charged Dorin Kast") == 1);
}

TEST_CASE("a deed with a name before it is not pinned on the latest culprit", "[relations]") {
  std::string explanation;
  // "the Arnorian strikes" are Arnorian, whoever was last accused or charged.
  std::set<std::string> edges = edgesOf(
      "Prosecutors in Rohan indicted Telemar Vorn on espionage charges. Gondor's foreign "
      "ministry denounced the Arnorian strikes.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Prosecutors charged Telemar Vorn") == 1);
  for (const std::string& edge : edges) CHECK(edge.find("ministry condemned") == std::string::npos);
}

TEST_CASE("putting an actor on a sanctions list sanctions it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor added Gondor Industries to its sanctions list. Telemar Vorn was added to the "
      "sanctions list by Rohan. Gondor placed two Arnorian firms on a blacklist.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondor Industries") == 1);
  CHECK(edges.count("Rohan sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondor sanctioned two Arnorian firms") == 1);
  // A list that no sanction names is no measure.
  edges = edgesOf(
      "Arnor added Gondor Industries to its list of partners. Rohan added Telemar "
      "Vorn to the guest list.",
      explanation);
  CHECK(edges.empty());
}

TEST_CASE("a reciprocal object points each agent at the others", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor and Arnor accused each other of violating the ceasefire. Rohan and Harad condemned "
      "one another. Rohan and Gondor praised each other.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  CHECK(edges.count("Arnor accused Gondor") == 1);
  CHECK(edges.count("Rohan condemned Harad") == 1);
  CHECK(edges.count("Harad condemned Rohan") == 1);
  CHECK(edges.size() == 4);
}

TEST_CASE("keeping an actor out of a country is a travel ban", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan banned the Gondorian minister Telemar Vorn from entering the country. Belan Toris "
      "was barred from travelling to Rohan, the Rohirric ministry said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Rohirric ministry sanctioned Belan Toris") == 1);
  // A league that bans a player from competing imposes no sanction.
  edges = edgesOf("The league banned the Arnorian striker Belan Toris from competing for a year.",
                  explanation);
  CHECK(edges.empty());
}

TEST_CASE("claiming responsibility for an attack makes the claimant its doer", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian hacker group Black Reed claimed responsibility for the attack on the "
      "Rohirric parliament.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Black Reed targeted Rohirric parliament") == 1);
  CHECK(edges.size() == 1);  // a claim of one's own deed accuses no one
  // A denial, nobody, or a duty names no doer.
  edges = edgesOf(
      "Gondor denied responsibility for the attack on the Rohirric parliament. No group has "
      "claimed responsibility for the attack on the Gondorian ministry. Arnor has a "
      "responsibility to protect its citizens, the minister said.",
      explanation);
  for (const std::string& edge : edges)
    CHECK(edge == "Gondor targeted Rohirric parliament (negated)");
}

TEST_CASE("'yet to' negates, criticism of a plan is no attack, descriptions keep their origin",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan has yet to sanction any Gondorian official. Gondor is yet to impose sanctions on "
      "Arnor. Harad sanctioned Rohan yet again on Monday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan sanctioned any Gondorian official (negated)") == 1);
  CHECK(edges.count("Gondor sanctioned Arnor (negated)") == 1);
  CHECK(edges.count("Harad sanctioned Rohan") == 1);
  // "attack" also means criticising: a budget is criticised; a network is attacked.
  edges = edgesOf(
      "Parliament voted to sanction the Arnorian defence minister. The opposition leader "
      "attacked the Gondorian finance minister's budget. Arnorian hackers attacked the Gondorian "
      "ministry's network.",
      explanation);
  CHECK(edges.count("opposition leader targeted Arnorian defence minister") == 0);
  CHECK(edges.count("opposition leader targeted Gondorian finance minister") == 0);
  CHECK(edges.count("Arnorian hackers targeted Gondorian ministry") == 1);
}

TEST_CASE("a relative pronoun before a clause's own subject is the clause's object",
          "[relations]") {
  std::string explanation;
  // The parser hangs the clause on its noun with the pronoun as object, also past a time.
  std::set<std::string> edges = edgesOf(
      "Telemar Vorn, whom Rohan charged last year with ordering the killing of a journalist, "
      "remains at large. The report, which Gondor said was false, named Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan charged Telemar Vorn") == 1);
  CHECK(explanation.find("which/WH<-obj") == std::string::npos);  // a clause, not an object
}

TEST_CASE("'for X to do' makes X the doer, and words of moral condemnation condemn",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "\"It is time for Arnor to acknowledge its role in the attack and to cease its callous "
      "campaign,\" the Gondorian spokeswoman Ilsa Venn said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Ilsa Venn accused Arnor") == 1);
  CHECK(edges.count("Ilsa Venn condemned Arnor") == 1);
  edges = edgesOf(
      "Rohan said Arnor's missile launch was a violation of the treaty. Gondor called "
      "Arnor's conduct unconscionable.",
      explanation);
  CHECK(edges.count("Rohan accused Arnor") == 1);
  CHECK(edges.count("Gondor condemned Arnor") == 1);
}

TEST_CASE("a count before 'other' keeps one phrase, and a time after its complement is cut",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor and nine other member countries of the Northern Council on Monday condemned "
      "Arnor's missile launch.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Arnor") == 1);
  CHECK(edges.count("nine other member countries of the Northern Council condemned Arnor") == 1);
}

TEST_CASE("the examples after a comma and 'including' are the object's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian Treasury sanctioned seven senior Arnorian officials, including Telemar Vorn "
      "and Ilsa Venn.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned seven senior Arnorian officials") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Ilsa Venn") == 1);
}

TEST_CASE("a description of a listed person is no member, and lists go on after 'as well as'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor blacklisted Belan Toris, a long-time aide to the Arnorian president, as well as "
      "Dorin Kast and Mara Quill.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Belan Toris") == 1);
  CHECK(edges.count("Gondor sanctioned Dorin Kast") == 1);
  CHECK(edges.count("Gondor sanctioned Mara Quill") == 1);
  CHECK(edges.size() == 3);  // the aide is Belan Toris
}

TEST_CASE("sanctions levied by X against Y", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The sanctions, levied by the Gondorian Treasury, against Telemar Vorn and Zorvex Ltd were "
      "announced on Monday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned Telemar Vorn") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Zorvex Ltd") == 1);
}

TEST_CASE("a headline's -ed form before a preposition is passive, and a weekday is no object",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOfArticle(
      "Arnorian spy charged with hacking of Gondorian ministry\n\nThe Gondorian Justice Ministry "
      "announced charges Thursday against an Arnorian spy.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Justice Ministry charged Arnorian spy") == 1);
  for (const std::string& edge : edges) CHECK(edge.find("spy charged") == std::string::npos);
}

TEST_CASE("a time after a verb does not take its 'that' clause", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian government concluded last year that Arnor was responsible, but adviser "
      "Telemar Vorn suggested Gondor had little recourse.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Telemar Vorn accused Arnor") == 0);
}

TEST_CASE("alleging that someone did something accuses them, whatever the act", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Numenor alleged that Zorvex Ltd had shipped radar components to Rhun. Gondor did not "
      "allege that Arnor had broken the treaty. The ministry said Arnor had shipped grain to "
      "Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Numenor accused Zorvex Ltd") == 1);
  CHECK(edges.count("Gondor accused Arnor") == 0);
  CHECK(edges.count("ministry accused Arnor") == 0);  // saying is not alleging
}

TEST_CASE("condemnation with a quoted judgement, a passive plan, and a late object",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Ilsa Venn called Arnor's blockade \"completely unacceptable\". Harad's missile tests were "
      "condemned by Dale. Rohan condemned in the strongest terms the attacks by Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Ilsa Venn condemned Arnor") == 1);
  CHECK(edges.count("Dale condemned Harad") == 1);
  CHECK(edges.count("Rohan condemned Arnor") == 1);
}

TEST_CASE("coordinated demonyms and an adverb-led participle stay inside their noun phrase",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian Treasury on Thursday added four Russian and Ukrainian individuals to its "
      "specially designated nationals list.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Treasury sanctioned four Russian and Ukrainian individuals") == 1);
  CHECK(edges.count("Gondorian Treasury sanctioned Russia") == 0);
}

TEST_CASE("a compound on initials is one word, and an attack's target may hang on the verb",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor accused Arnor of a cyberattack on U.S.-based satellite provider Zorvex Inc. on "
      "Monday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor targeted Zorvex Inc.") == 1);
  CHECK(edges.count("Arnor targeted United States") == 0);  // "U.S.-based" says where, not who
}

TEST_CASE("a grand jury that returns an indictment charges and accuses", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A federal grand jury in Edoras returned an indictment on Tuesday charging Dorin Kast with "
      "conspiracy. A grand jury in Minas Tirith has returned an indictment alleging 13 crimes "
      "committed by Zorvex Ltd.",
      explanation);
  INFO(explanation);
  // Each jury is named with its place.
  CHECK(edges.count("federal grand jury in Edoras charged Dorin Kast") == 1);
  CHECK(edges.count("grand jury in Minas Tirith accused Zorvex Ltd") == 1);
  CHECK(edges.count("grand jury in Minas Tirith charged Zorvex Ltd") == 1);
}

TEST_CASE("speakers: after an apposition before the verb, and in a statement 'according to'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "According to a statement from the Rohirric foreign ministry, Arnor was behind the attack. "
      "\"The attack was carried out by Arnorian military hackers,\" Telemar Vorn, Gondor's "
      "security minister, told reporters.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohirric foreign ministry accused Arnor") == 1);
  CHECK(edges.count("Telemar Vorn accused Arnorian military hackers") == 1);
  for (const std::string& edge : edges) CHECK(edge.find("reporters") == std::string::npos);
}

TEST_CASE(
    "evasion and votes against are no sanction, 'which X blames on Y', 'the arrest of X by Y'",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor designated Zorvex Ltd for evading sanctions on Harad. The Rohirric council voted "
      "against sanctioning Zorvex Ltd. The attack on the Edoras water utility, which Rohan blames "
      "on Harad, cut supplies. Gondor denounced the arrest of its citizen Mara Tesh by Arnorian "
      "police.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Zorvex Ltd") == 1);
  CHECK(edges.count("Zorvex Ltd sanctioned Harad") == 0);
  CHECK(edges.count("Rohirric council sanctioned Zorvex Ltd") == 0);
  CHECK(edges.count("Rohan accused Harad") == 1);
  CHECK(edges.count("Gondor condemned Mara Tesh") == 0);
}

TEST_CASE(
    "a coordinated verb past the first verb's object, a relative clause's 'they', and a "
    "time after a name",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor summoned Harad's ambassador on Tuesday and accused Harad of interfering in its "
      "elections. Rohan and its allies expelled 12 Haradi diplomats, whom they accused of "
      "spying. Sanctions imposed by Numenor on Kalmor Bank last year remain in force.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Harad") == 1);
  CHECK(edges.count("Rohan accused 12 Haradi diplomats") == 1);
  CHECK(edges.count("12 Haradi diplomats accused 12 Haradi diplomats") == 0);
  CHECK(edges.count("Numenor sanctioned Kalmor Bank") == 1);
}

TEST_CASE(
    "a phrase that opens the sentence ends at its comma, a listed name with a possessive inside, "
    "and an object 'it' after coordinated verbs",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "In a joint statement, Arnor, Rohan and Gondor condemned Harad. Arnor accused the "
      "Democratic People's Republic of Korea of hacking its banks. Umbar tested a missile on "
      "Sunday. The Gondorian government opposes and strongly condemns it.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor condemned Harad") == 1);
  CHECK(edges.count("Rohan condemned Harad") == 1);
  CHECK(edges.count("Gondor condemned Harad") == 1);
  CHECK(edges.count("Arnor accused North Korea") == 1);
  CHECK(edges.count("Gondor condemned Umbar") == 1);
  CHECK(edges.count("Gondor condemned Gondor") == 0);
  // "the Gondorian government" is Gondor's, not the latest country's.
  CHECK(edges.count("North Korea condemned Umbar") == 0);
}

TEST_CASE("a common verb's late sense is no relation, and a fronted clause ends at its comma",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor defended Gondor against the charges. Jane Roe, the Arnorian foreign minister, "
      "said: \"We urge companies to defend their networks. While others pursue selfish aims with "
      "reckless behaviour, Arnor and its allies "
      "are getting on with the work.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor condemned Gondor") == 0);
  CHECK(edges.count("Jane Roe condemned companies") == 0);
  CHECK(edges.count("Jane Roe condemned Arnor") == 0);
  CHECK(edges.empty());
}

TEST_CASE("'it is unacceptable that X did Y' judges X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tomas Hale, the Arnorian interior minister, met reporters on Monday. Jane Roe added: "
      "\"It is completely unacceptable that Gondor is targeting our hospitals.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jane Roe condemned Gondor") == 1);
  CHECK(edges.count("Jane Roe condemned Tomas Hale") == 0);
}

TEST_CASE(
    "a quotation that opens a paragraph is spoken by the name that closes it, and 'it goes "
    "without saying' has no speaker of its own",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Jane Roe, the Arnorian foreign minister, said: \"Gondor was behind the attacks.\"\n\n"
      "\"It goes without saying that Harad's actions are utterly unacceptable. They put lives "
      "at risk,\" Tomas Hale said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jane Roe accused Gondor") == 1);
  CHECK(edges.count("Tomas Hale condemned Harad") == 1);
  CHECK(edges.count("Jane Roe condemned Harad") == 0);
}

TEST_CASE(
    "a phrase set off by commas after the subject, with a participle inside, and threats "
    "'from' their maker",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Jane Roe and Mira Hale, in statements released Friday, denounced the continued threats "
      "from the Arnorian government against dissidents in Gondor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jane Roe condemned Arnorian government") == 1);
  CHECK(edges.count("Mira Hale condemned Arnorian government") == 1);
  CHECK(edges.count("Jane Roe condemned dissidents") == 0);
}

TEST_CASE(
    "'Two men charged on Friday, A and B, who are X, were arrested': a participle after the "
    "subject, and a relative clause's predicate is no subject",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian Justice Ministry charged five men on Monday. Two other men charged on "
      "Friday, Telemar Vorn and Dask Orel, who are Rohirric citizens, were arrested in Edoras "
      "and are accused of spying for Harad.",
      explanation);
  INFO(explanation);
  auto endsWith = [&](const std::string& tail) {
    for (const std::string& edge : edges)
      if (edge.size() > tail.size() &&
          edge.compare(edge.size() - tail.size(), tail.size(), tail) == 0)
        return true;
    return false;
  };
  CHECK(endsWith(" charged Telemar Vorn"));
  CHECK(endsWith(" accused Dask Orel"));
  CHECK(!endsWith(" accused Rohirric citizens"));
  CHECK(!endsWith(" charged Rohirric citizens"));
}

TEST_CASE("associating an activity or an attack with someone accuses them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor has observed malicious cyber activities and associated these with Harad. Rohan "
      "connected the intrusion to Umbar.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Harad") == 1);
  CHECK(edges.count("Rohan accused Umbar") == 1);
}

TEST_CASE("'its member countries' are no single country named before", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan said Iceland was behind the cyber attacks on its ministries. Jane Roe said the "
      "Union and its member countries \"strongly denounce these malicious cyber activities.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan accused Iceland") == 1);
  CHECK(edges.count("Union condemned Iceland") == 1);
}

TEST_CASE("an -ed form before a plural noun modifies it: 'imposed coordinated sanctions'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor, Rohan and the Union on June 21 imposed coordinated sanctions against numerous "
      "Arnorian officials.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned numerous Arnorian officials") == 1);
  CHECK(edges.count("Union sanctioned numerous Arnorian officials") == 1);
}

TEST_CASE("'called X egregious piracy': the judging word on the verb's second predicate",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A Gondorian official called Harad's forced landing of the plane \"egregious air "
      "piracy.\"",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian official condemned Harad") == 1);
}

TEST_CASE("a person the lead describes is the one the next sentence names doing the same",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A man who allegedly ran a hacking scheme for Harad has been indicted in a conspiracy to "
      "hack Rohirric banks, Gondorian prosecutors announced Thursday. Telemar Vorn was indicted "
      "by a grand jury in Edoras.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian prosecutors charged Telemar Vorn") == 1);
  CHECK(edges.count("Telemar Vorn targeted Rohirric banks") == 1);
  CHECK(edges.count("Gondorian prosecutors charged man") == 0);
}

TEST_CASE(
    "'condemn the launch of a missile by X' condemns X, and resolutions that impose sanctions "
    "are no one's sanctions but their own",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor, Rohan and Arnor strongly condemn the launch of a ballistic missile (ICBM) by "
      "Harad on 12 July. We will work with the Council to ensure that Council resolutions that "
      "impose sanctions against Harad are fully implemented.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Harad") == 1);
  CHECK(edges.count("Arnor condemned Harad") == 1);
  CHECK(edges.count("Gondor accused Harad") == 1);
  CHECK(edges.count("Gondor sanctioned Harad") == 0);
}

TEST_CASE("a relative clause's infinitive keeps its object before the main verb", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The four Arnorian nationals who attempted to carry out an operation against the council "
      "allegedly had diplomatic passports.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("four Arnorian nationals targeted council") == 1);
}

TEST_CASE("'the targets include X' in an article about sanctions sanctions X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions on four Arnorian officials on Monday. The targets include Mira "
      "Tann, a former police chief. Rohan's targets also include Jon Bree.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Mira Tann") == 1);
  CHECK(edges.count("Rohan sanctioned Jon Bree") == 1);
  std::string unrelated;
  std::set<std::string> none = edgesOf(
      "The hackers' targets include Arnorian hospitals and Rohan's water company.", unrelated);
  INFO(unrelated);
  CHECK(none.empty());
}

TEST_CASE("'the country' in a sentence whose subject is a country is that country", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "French authorities on Tuesday accused Russian military intelligence of being behind a "
      "series of cyberattacks against the country.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("France accused Russian military intelligence") == 1);
  CHECK(edges.count("Russian military intelligence targeted France") == 1);
  CHECK(edges.count("Russian military intelligence targeted Russia") == 0);
}

TEST_CASE("'reacted to the accusations against X': the phrase after the noun names whom",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor's foreign ministry has reacted to accusations by Gondor against Rohan without "
      "providing evidence. Jane Roe has reacted to the accusations by Harad against Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Rohan") == 1);
  CHECK(edges.count("Harad accused Rohan") == 1);
}

TEST_CASE("'charges against X for allegedly trying to kill Y': X is who tried", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian Justice Ministry announced criminal charges against the Harad Guard for "
      "allegedly trying to assassinate Jane Roe, a former minister.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian Justice Ministry charged Harad Guard") == 1);
  CHECK(edges.count("Harad Guard targeted Jane Roe") == 1);
}

TEST_CASE("a compound WordNet lists whole names an actor: 'intelligence service'", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Jane Roe said Arnor's military intelligence service was responsible for the attack.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Jane Roe accused Arnor's military intelligence service") == 1);
}

TEST_CASE("'Gondor strongly condemned on Monday the attack': a day between verb and object",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor strongly condemned on Monday the cyberattack launched by Harad on the email system "
      "of a university in Edoras, saying that the attack endangered national security.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Harad") == 1);
  CHECK(edges.count("Gondor accused Harad") == 1);
}

TEST_CASE(
    "'According to the ministry, X, a unit of Y, is accused of ...': the name is the subject, "
    "and the ministry accuses",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondorian foreign ministry imposed sanctions on Harad on Monday. According to the "
      "ministry, Zorvex, a unit under Harad's intelligence bureau, is accused of collecting "
      "intelligence from Gondorian institutions.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian foreign ministry accused Zorvex") == 1);
  CHECK(edges.count("Gondorian foreign ministry accused unit") == 0);
}

TEST_CASE("'The action imposes an asset freeze on X': the measure is the sanctioner's",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions on Telemar Vorn and Dask Orel on Tuesday. The action imposes an "
      "asset freeze on Mira Tann as well.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Mira Tann") == 1);
  CHECK(edges.count("Telemar Vorn sanctioned Mira Tann") == 0);
}

TEST_CASE("'condemned the move' after a measure condemns its taker, not its targets",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor imposed sanctions on eight Arnorian officials on Tuesday. Arnor's foreign ministry "
      "on Wednesday condemned the move.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor's foreign ministry condemned Gondor") == 1);
  CHECK(edges.count("Arnor's foreign ministry condemned eight Arnorian officials") == 0);
  CHECK(edges.count("Arnor's foreign ministry accused eight Arnorian officials") == 0);
}

TEST_CASE("an unnamed part of a named body acts for it: 'a branch of X'", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A branch of the Arnorian Defence Ministry has targeted Gondorian banks, Gondor said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Defence Ministry targeted Gondorian banks") == 1);
  CHECK(edges.count("Gondor accused Arnorian Defence Ministry") == 1);
}

TEST_CASE("'said in the assembly that sanctions were imposed on X': 'that' opens the clause",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Jane Roe said in the House of Lords that sanctions were imposed on two individuals from "
      "the Harad hacker group.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jane Roe sanctioned two individuals") == 1);
  CHECK(edges.count("House of Lords sanctioned two individuals") == 0);
}

TEST_CASE("today's rules stay in their lanes (cases a review found)", "[relations]") {
  auto edgesFor = [](const std::string& text) {
    std::string explanation;
    std::set<std::string> edges = edgesOf(text, explanation);
    INFO(explanation);
    return edges;
  };
  // A described person is merged with a name only for what is done to both.
  std::set<std::string> speakers = edgesFor(
      "A spokesman for the Gondorian ministry said Harad was behind the attack. Jane Roe said "
      "Arnor would respond.");
  CHECK(speakers.count("Jane Roe accused Harad") == 0);
  // An attack's targets are no sanctions list.
  std::set<std::string> victims = edgesFor(
      "Gondor imposed sanctions on Harad's military intelligence agency on Monday over a "
      "hacking campaign. The targets included Rohan's water company and Arnorian hospitals.");
  CHECK(victims.count("Gondor sanctioned Rohan's water company") == 0);
  // A list that opens a subordinate clause is that clause's subject.
  std::set<std::string> because = edgesFor(
      "Because Arnor, Gondor and Rohan imposed sanctions on Harad, Harad expelled their "
      "envoys.");
  CHECK(because.count("Arnor sanctioned Harad") == 1);
  // A theft "from X" names its victim.
  std::set<std::string> theft =
      edgesFor("Gondor condemned the theft of documents from the Rohirric embassy.");
  CHECK(theft.count("Gondor condemned Rohirric embassy") == 0);
  // "It is unacceptable that X were detained by Y" judges Y.
  std::set<std::string> detained = edgesFor(
      "Jane Roe said: \"It is unacceptable that Gondorian journalists were detained by Harad.\"");
  CHECK(detained.count("Jane Roe condemned Harad") == 1);
  CHECK(detained.count("Jane Roe condemned Gondorian journalists") == 0);
  // "according to X" inside a relative clause credits that clause only.
  std::set<std::string> credited = edgesFor(
      "The hackers are accused of stealing files that, according to Arnor, belonged to its "
      "navy.");
  CHECK(credited.count("Arnor accused hackers") == 0);
}

TEST_CASE("'the decision' a measure's target condemns is the measure's taker's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Haradi hackers attacked Rohan's power grid last year. Gondor imposed sanctions on Harad on "
      "Friday. Harad condemned the decision.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Harad condemned Gondor") == 1);
  CHECK(edges.count("Harad condemned Haradi hackers") == 0);
}

TEST_CASE("a sanction over a deed accuses its target of it, one over words does not",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan sanctioned seven Arnorian officials for violating human rights. Umbar imposed "
      "sanctions against numerous Gondorian officials for cracking down on protesters. Harad "
      "sanctioned two Rohirric lawmakers for criticising its treatment of prisoners.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan accused seven Arnorian officials") == 1);
  CHECK(edges.count("Umbar accused numerous Gondorian officials") == 1);
  CHECK(edges.count("Harad sanctioned two Rohirric lawmakers") == 1);
  CHECK(edges.count("Harad accused two Rohirric lawmakers") == 0);
}

TEST_CASE("a sanction planned or called for over a deed states the deed, a refused one does not",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Rohan said it would sanction a Gondorian gang for thefts at hundreds of banks.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan accused Gondorian gang") == 1);
  CHECK(edges.count("Rohan sanctioned Gondorian gang") == 0);  // planned, not imposed
  edges = edgesOf("Rohan would not sanction a Gondorian gang for thefts at hundreds of banks.",
                  explanation);
  CHECK(edges.count("Rohan accused Gondorian gang") == 0);
}

TEST_CASE("'its' in the reason a verb gives is its object's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor will sanction the Gondorian gang for its attacks on Rohirric banks.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian gang targeted Rohirric banks") == 1);
  CHECK(edges.count("Arnor targeted Rohirric banks") == 0);
  // Any other phrase keeps "its" the subject's: "from its territory" is Arnor's.
  edgesOf("Arnor expelled the Gondorian envoy from its territory.", explanation);
  CHECK(explanation.find("mention \"its\" pronoun organization -> Arnor") != std::string::npos);
}

TEST_CASE(
    "who is accused or charged over an attack did it, and a count before the attack noun "
    "keeps its light verb",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Jon Dale was charged with hacks on the Rohirric parliament.", explanation);
  INFO(explanation);
  CHECK(edges.count("Jon Dale targeted Rohirric parliament") == 1);
  // Another clause's verb in between ends the search: the hacks are not said to be Dale's.
  edges = edgesOf(
      "Jon Dale was charged after officials said hacks on the Rohirric parliament "
      "continued.",
      explanation);
  CHECK(edges.count("Jon Dale targeted Rohirric parliament") == 0);
  edges = edgesOf("The Gondorian group carried out hundreds of attacks on Rohirric politicians.",
                  explanation);
  CHECK(edges.count("Gondorian group targeted Rohirric politicians") == 1);
  // Active: the charged are the doers; "the nerve agent poisoning of" is a noun phrase.
  edges = edgesOf("Arnor charged two Gondorian agents with the nerve agent poisoning of Jon Dale.",
                  explanation);
  CHECK(explanation.find("poisoning/NOUN") != std::string::npos);
  CHECK(edges.count("two Gondorian agents targeted Jon Dale") == 1);
  // Not where the charge is only planned.
  edges =
      edgesOf("Arnor may charge two Gondorian agents with the poisoning of Jon Dale.", explanation);
  CHECK(edges.count("two Gondorian agents targeted Jon Dale") == 0);
}

TEST_CASE("the targets or victims of an attack that a list includes were targeted by its doer",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The targets of Gondor's cyberattacks included the Rohirric defence ministry and the "
      "Arnorian space agency, officials said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohirric defence ministry") == 1);
  CHECK(edges.count("Gondor targeted Arnorian space agency") == 1);
  edges = edgesOf(
      "Gondorian hackers breached the Rohirric parliament last year. The victims included the "
      "Arnorian space agency.",
      explanation);
  CHECK(edges.count("Gondorian hackers targeted Arnorian space agency") == 1);
  // Without an attack before, the victims have no doer.
  edges = edgesOf("The victims included the Arnorian space agency.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("a participle phrase set off by commas after the subject, and names a verb follows",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor charged three men. The allegations, unsealed Friday, say Jon Dale, Tom Erl and Sam "
      "Fenn were involved in a hack and leak operation against the Rohirric parliament.",
      explanation);
  INFO(explanation);
  // "unsealed" modifies the allegations, which speak for who charged the men; the names are
  // the reported clause's subject, not the speaker after an inverted "say".
  CHECK(explanation.find("unsealed/VERB-en<-acl:1") != std::string::npos);
  CHECK(edges.count("Jon Dale targeted Rohirric parliament") == 1);
  CHECK(edges.count("Arnor accused Sam Fenn") == 1);
  // The inverted speaker stays: '"...," said Jane Roe, the foreign minister.'
  edges = edgesOf("\"Gondor hacked the Rohirric parliament,\" said Jane Roe, the foreign minister.",
                  explanation);
  CHECK(edges.count("Jane Roe accused Gondor") == 1);
}

TEST_CASE("a relative clause set off by commas is skipped on the way to the verb's subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian prosecutors said the men, who entered Rohan under false names, are being charged "
      "with murder.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("men/NOUN<-nsubjpass") != std::string::npos);
  CHECK(edges.count("Arnorian prosecutors charged Rohan") == 0);
  CHECK(edges.count("Arnorian prosecutors accused Rohan") == 0);
}

TEST_CASE("', including A and B' names members of the counted plural before a phrase that says how",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on seven Gondorian individuals according to its law, including Jon "
      "Dale and Tom Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  // A singular noun with no counted plural before keeps its examples.
  edges = edgesOf(
      "Arnor imposed sanctions on the Gondorian central bank, including its governor "
      "Jon Dale.",
      explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
}

TEST_CASE("'the three' stands for the latest group of three named before", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Police added three Gondorian agents to a wanted list. The Gondorian agents were identified "
      "as Jon Dale, Tom Erl and Sam Fenn. The three were also found to have carried out attacks "
      "on Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Sam Fenn targeted Rohan") == 1);
  // A count with no group of that many before names no one (and no actor "the two" appears).
  edges =
      edgesOf("Arnor charged Jon Dale. The two were found to have attacked Rohan.", explanation);
  CHECK(explanation.find("actor two") == std::string::npos);
  CHECK(edges.count("Jon Dale targeted Rohan") == 0);
}

TEST_CASE(
    "a second verb after 'and' (and an adverb) shares the subject of a verb of saying with "
    "an object",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Police added three agents to a list and accused Jon Dale of being involved in the attacks.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Police accused Jon Dale") == 1);
  edges = edgesOf(
      "Police added three Gondorian agents to a wanted list and also accused the University of "
      "Arnor of being involved in the attacks.",
      explanation);
  CHECK(explanation.find("accused/VERB-ed") != std::string::npos);
  CHECK(edges.count("Police accused University of Arnor") == 1);
}

TEST_CASE("a title across 'of' before a name, and a title with no name, which is its holder's",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondorian Secretary of State Jon Dale spoke on Monday. The Gondorian Secretary of State "
      "also said that Rohan's attacks on Harad were reckless.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("actor Gondorian Secretary") == std::string::npos);
  CHECK(edges.count("Jon Dale condemned Rohan") == 1);
  // With no holder named, the office itself speaks.
  edges = edgesOf("The Foreign Minister said Rohan's attacks on Harad were reckless.", explanation);
  CHECK(edges.count("Foreign Minister condemned Rohan") == 1);
}

TEST_CASE("two coordinated modifiers before a noun are adjectives, not a list of actors",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Rohan hacked Harad, a sovereign and independent nation, last year.", explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan targeted Harad") == 1);
  CHECK(edges.size() == 1);  // no "sovereign" or "independent nation" beside Harad
}

TEST_CASE(
    "'blamed for the cyberattack on X': the deed in a phrase keeps its 'on', and 'it' is the "
    "owner of a subject that is no actor",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Gondor Group was blamed by Arnor for the 2014 cyberattack on Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor Group") == 1);
  CHECK(edges.count("Arnor accused Rohan") == 0);
  CHECK(edges.count("Gondor Group targeted Rohan") == 1);
  // As the verb's object the deed leaves "on" to the verb: the blame is put on the group.
  edges = edgesOf("Arnor blamed the cyberattack on the Gondor Group.", explanation);
  CHECK(edges.count("Arnor accused Gondor Group") == 1);
  edgesOf("The Gondor Group's activities were widely reported after it was blamed by Arnor.",
          explanation);
  CHECK(explanation.find("mention \"it\" pronoun organization -> Gondor Group") !=
        std::string::npos);
}

TEST_CASE(
    "'held X accountable' accuses, a country the text does not name is no actor, and a "
    "quoted person's 'our' owns no victim",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor held Gondor accountable for the attacks.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor") == 1);
  edges = edgesOf("Arnor said it is not about holding a country accountable.", explanation);
  CHECK(edges.empty());
  edges = edgesOf(
      "'Today we hold Gondor accountable for its attacks on our hospitals,' said Attorney General "
      "Jane Roe.",
      explanation);
  CHECK(edges.count("Jane Roe accused Gondor") == 1);
  CHECK(edges.count("Gondor targeted Jane Roe") == 0);
}

TEST_CASE("names of several words coordinated, with ages between commas, are a plural subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian prosecutors charged Jon Dale. Tom Erl, 60, and Sam Fenn, 21, face aggravated arson "
      "charges.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("face/VERB") != std::string::npos);
  CHECK(edges.count("Arnorian prosecutors charged Sam Fenn") == 1);
  edges = edgesOf("Arnorian prosecutors charged Jon Dale. Tom Erl and Sam Fenn face arson charges.",
                  explanation);
  CHECK(edges.count("Arnorian prosecutors charged Tom Erl") == 1);
}

TEST_CASE(
    "'the network and its leader, Jane Roe': the name renames the last member, and 'its' "
    "is the first member's",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor accused Gondor of helping gangs as it sanctioned the Foxtrot criminal network and its "
      "leader, Jon Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Foxtrot") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Arnor sanctioned Arnor") == 0);
  // Two names described together keep the description for both.
  edges = edgesOf("Arnor charged Jon Dale and Tom Erl, two Gondorian nationals.", explanation);
  CHECK(edges.count("Arnor charged Tom Erl") == 1);
  CHECK(edges.count("Arnor charged Jon Dale") == 1);
}

TEST_CASE("who masterminded an attack did it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Prosecutors said the attack on the Rohirric parliament was masterminded by Tom Erl.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Prosecutors accused Tom Erl") == 1);
  edges = edgesOf("Tom Erl masterminded the attacks on the Rohirric parliament.", explanation);
  CHECK(edges.count("Tom Erl targeted Rohirric parliament") == 1);
}

TEST_CASE("'He is the first person to be charged': the description is the subject", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian prosecutors charged Jon Dale with arson. He is the first person to be charged "
      "under the new law.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian prosecutors charged Jon Dale") == 1);
  CHECK(explanation.find("actor first person") == std::string::npos);
}

TEST_CASE("'targets' with no name in the phrase is no actor", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Jon Dale is accused of fraud, research and reconnaissance of targets in Arnor.",
              explanation);
  INFO(explanation);
  CHECK(explanation.find("mention \"targets\"") == std::string::npos);
  CHECK(edges.count("Jon Dale targeted targets") == 0);
}

TEST_CASE("a thing attacked in a country stands for that country", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Two Gondorian hackers who engaged in cyber attacks against critical infrastructure in "
      "Canada "
      "were sanctioned by Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Two Gondorian hackers targeted Canada") == 1);
  edges = edgesOf("Gondorian hackers hacked water systems across Canada.", explanation);
  CHECK(edges.count("Gondorian hackers targeted Canada") == 1);
  // A place before the thing says where the doers were, not whom they hit.
  edges = edgesOf("In Canada, Gondorian hackers hacked water systems.", explanation);
  CHECK(edges.count("Gondorian hackers targeted Canada") == 0);
}

TEST_CASE("'at the direction of X': X had the attack done and is no target", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian prosecutors said the Gondorian hackers conducted computer intrusions into the "
      "Rohirric parliament at the direction of the Gondorian spy agency.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian hackers targeted Rohirric parliament") == 1);
  CHECK(edges.count("Arnorian prosecutors accused Gondorian spy agency") == 1);
  CHECK(edges.count("Gondorian hackers targeted Gondorian spy agency") == 0);
  edges = edgesOf(
      "Gondorian hackers conducted intrusions at the direction of the Gondorian spy "
      "agency, Arnorian prosecutors said.",
      explanation);
  CHECK(edges.count("Gondorian hackers targeted Gondorian spy agency") == 0);
}

TEST_CASE("an -ing phrase set off by commas after the subject is a participle", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "These Gondorian cyber actors, acting as freelancers or as employees of Acme Ltd, conducted "
      "computer intrusions into the Rohirric parliament, Arnorian prosecutors said.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("acting/VERB-ing") != std::string::npos);
  CHECK(edges.count("These Gondorian cyber actors targeted Rohirric parliament") == 1);
}

TEST_CASE(
    "'on their own initiative' names no target, and victims follow an attack with no victim "
    "named",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondorian actors conducted computer intrusions at the direction of Gondor's Ministry of "
      "Public Security and on their own initiative. Victims include the Rohirric parliament.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian actors targeted Gondorian actors") == 0);
  CHECK(edges.count("Gondorian actors targeted Rohirric parliament") == 1);
}

TEST_CASE("what an attack reaches into is its owner's, for any made thing", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondorian hackers hacked into the computers of the Rohirric parliament.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian hackers targeted Rohirric parliament") == 1);
}

TEST_CASE(
    "a surname opening a sentence is the person named before, and 'He' after a quote is "
    "not its speaker unless he speaks",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Jon Earl, 20, is connected to a Gondorian group. Earl is accused of fraud and of attacks on "
      "Rohirric banks.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("mention \"Earl\" name organization -> Jon Earl") != std::string::npos);
  CHECK(edges.count("Jon Earl targeted Rohirric banks") == 1);
  edgesOf(
      "Arnorian prosecutors charged Jon Dale with arson. \"Included in the alleged activity was "
      "the "
      "planning of an arson attack,\" said Tom Erl, head of the Arnorian prosecution service. He "
      "allegedly planned and paid others to burn down two warehouses.",
      explanation);
  CHECK(explanation.find("mention \"He\" pronoun person -> Jon Dale") != std::string::npos);
  edgesOf(
      "Jon Dale was charged. \"We will fight this,\" said Tom Erl, his lawyer. He added that "
      "the charges were baseless.",
      explanation);
  CHECK(explanation.find("mention \"He\" pronoun person -> Tom Erl") != std::string::npos);
}

TEST_CASE("a counted group in the headline is the first group of that count and head in the story",
          "[relations]") {
  std::string explanation;
  edgesOfArticle(
      "Arnor sanctions 3 Gondorian groups blamed for attacks\n\nThe Arnorian Treasury imposed "
      "sanctions on three hacker groups from Gondor.",
      explanation);
  INFO(explanation);
  CHECK(explanation.find("actor three hacker groups (group) aka hacker groups, groups, 3 Gondorian "
                         "groups") != std::string::npos);
  CHECK(explanation.find("actor 3 Gondorian groups") == std::string::npos);
}

TEST_CASE("a list set off by semicolons keeps each item's places and phrases on its item",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist hacked the Gondor Power Company last year. Other targets included the Minas "
      "Tirith Heart Hospital in Osgiliath, Gondor; the University of Edoras, Rohan; Acme Widgets "
      "Ltd, headquartered in Dale, Arnor; and Bree Logistics Inc.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted Minas Tirith Heart Hospital") == 1);
  CHECK(edges.count("Red Fist targeted University of Edoras") == 1);
  CHECK(edges.count("Red Fist targeted Acme Widgets Ltd") == 1);
  CHECK(edges.count("Red Fist targeted Bree Logistics Inc") == 1);
  // The places that locate each item are no victims of their own.
  CHECK(edges.count("Red Fist targeted Gondor") == 0);
  CHECK(edges.count("Red Fist targeted Rohan") == 0);
  CHECK(edges.count("Red Fist targeted Arnor") == 0);
  // A speaker after the last item is no part of it.
  edges = edgesOf(
      "Red Fist hacked the Gondor Power Company. Other targets included the Minas Tirith Heart "
      "Hospital in Osgiliath, Gondor; the University of Edoras, Rohan; and Acme Widgets Ltd, the "
      "Arnorian police said.",
      explanation);
  CHECK(edges.count("Red Fist targeted Acme Widgets Ltd") == 1);
  CHECK(edges.count("Red Fist targeted Arnorian police") == 0);
}

TEST_CASE("a phrasal verb with its object after a subject with a phrase of origin is finite",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Ministry said three alleged hackers from Gondor's Security Service "
      "carried out cyber attacks on Rohirric oil firms.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("three alleged hackers targeted Rohirric oil firms") == 1);
  CHECK(edges.count("Arnorian Justice Ministry accused three alleged hackers") == 1);
  // A participle on its noun takes no object: "the attacks carried out by X".
  edges = edgesOf("The attacks carried out by Red Fist hit Arnor.", explanation);
  CHECK(edges.count("Red Fist targeted Arnor") == 1);
}

TEST_CASE("a bare noun joined by 'and' to a phrase headed by a noun for bodies modifies that head",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist attacked oil and gas firms and utility and power transmission companies in Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted oil and gas firms") == 1);
  CHECK(edges.count("Red Fist targeted utility and power transmission companies") == 1);
  CHECK(edges.count("Red Fist targeted utility") == 0);
}

TEST_CASE("a participle on an attack someone is charged with has them as its agent",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Ministry charged five Gondorian citizens with hacks targeting more "
      "than 100 companies in Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("five Gondorian citizens targeted more than 100 companies") == 1);
}

TEST_CASE("a heist on an actor is an attack on it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist carried out the cyber heist on Harmonix last June, the Arnorian police said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted Harmonix") == 1);
  CHECK(edges.count("Arnorian police accused Red Fist") == 1);
}

TEST_CASE(
    "a capitalised dictionary word right after a noun for a body is its name, and 'last "
    "June' after it says when",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist carried out the cyber heist on crypto firm Serenity last June, the Arnorian police "
      "said on Monday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted Serenity") == 1);
  CHECK(edges.count("Arnorian police accused Red Fist") == 1);
}

TEST_CASE("who says someone was planning an attack accuses them, unless a modal hedges it",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tom Erl said the Gondorian intelligence service was planning an attack in Arnor against "
      "three Rohirrim.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Gondorian intelligence service") == 1);
  // The attack itself stays a plan.
  CHECK(edges.count("Gondorian intelligence service targeted three Rohirrim") == 0);
  CHECK(explanation.find("targeted (planned) at 'attack': Gondorian intelligence service") !=
        std::string::npos);
  edges = edgesOf(
      "Tom Erl said the Gondorian intelligence service could be planning an attack against three "
      "Rohirrim.",
      explanation);
  CHECK(edges.count("Tom Erl accused Gondorian intelligence service") == 0);
}

TEST_CASE("who reports that someone acted at another's behest accuses that other", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "\"For many of these intrusions, the defendants acted at the behest of the Gondorian "
      "government,\" Jon Dale said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jon Dale accused Gondorian government") == 1);
  edges = edgesOf("Tom Erl acted on direct orders from the Gondorian army, Jon Dale said.",
                  explanation);
  CHECK(edges.count("Jon Dale accused Gondorian army") == 1);
  edges = edgesOf(
      "Tom Erl carried out attacks on Rohan on behalf of the Gondorian army, Jon Dale said.",
      explanation);
  CHECK(edges.count("Jon Dale accused Gondorian army") == 1);
  CHECK(edges.count("Tom Erl targeted Gondorian army") == 0);
  // Speaking for someone is no deed done at their behest.
  edges = edgesOf("Tom Erl spoke at the direction of the Arnorian government, Jon Dale said.",
                  explanation);
  CHECK(edges.count("Jon Dale accused Arnorian government") == 0);
}

TEST_CASE("an -ed form before adjectives and a plural noun modifies it and leaves the verb finite",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed targeted financial sanctions and travel bans on three Gondorian nationals.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned three Gondorian nationals") == 1);
}

TEST_CASE("after a preposition, an -ing word more often a verb is a gerund before a noun",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Treasury sanctioned Acme Widgets Ltd and its chief executive, Jon Dale, for "
      "supplying drone parts to Gondor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury sanctioned Acme Widgets Ltd") == 1);
  CHECK(edges.count("Arnorian Treasury sanctioned Jon Dale") == 1);
}

TEST_CASE("a floating quantifier between a list and its verb leaves the list the subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist, Grey Lantern and Night Heron all attacked Arnor's banks last year, the Arnorian "
      "central bank said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Night Heron targeted Arnor's banks") == 1);
  CHECK(edges.count("Arnorian central bank accused Red Fist") == 1);
  edges = edgesOf("Gondor and Rohan both condemned the attack on Arnor.", explanation);
  CHECK(edges.count("Rohan condemned Arnor") == 0);
  CHECK(explanation.find("both/ADV") != std::string::npos);
}

TEST_CASE("a reported clause whose subject carries an apposition is the speech verb's complement",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Ministry said Tom Erl, a Gondorian citizen, had been charged with "
      "spying.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Ministry charged Tom Erl") == 1);
  edges =
      edgesOf("The Arnorian police said Tom Erl, a Gondorian citizen, hacked the Rohirric bank.",
              explanation);
  CHECK(edges.count("Tom Erl targeted Rohirric bank") == 1);
  CHECK(edges.count("Arnorian police accused Tom Erl") == 1);
}

TEST_CASE("'by' after a participle on a noun names the participle's doer, even past a pronoun",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Tom Erl condemned the sanctions imposed on him by Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Tom Erl condemned Gondor") == 1);
}

TEST_CASE("a relative clause set off by commas leaves its noun the subject of the verb after it",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The phishing campaign, which Arnor attributed to Red Fist, targeted staff at the Rohirric "
      "defence ministry.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Red Fist") == 1);
  CHECK(edges.count("Red Fist targeted staff") == 1);
  edges = edgesOf(
      "The cyberattack on the Rohirric power company, which Gondor blames on Red Fist, disrupted "
      "supplies.",
      explanation);
  CHECK(edges.count("Red Fist targeted Rohirric power company") == 1);
  CHECK(edges.count("Gondor accused Red Fist") == 1);
  // Whoever condemns the attack does not take up the culprit another names for it.
  edges = edgesOf("Rohan condemned the attack, which Gondor blamed on Red Fist.", explanation);
  CHECK(edges.count("Rohan accused Red Fist") == 0);
  CHECK(edges.count("Gondor accused Red Fist") == 1);
}

TEST_CASE("who says someone is smearing or demonising them condemns that someone", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor accused Gondor of hacking. The Gondorian spokesperson said Arnor had no evidence and "
      "was smearing Gondor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian spokesperson condemned Arnor") == 1);
  // Without anyone saying so, the reporter's verb is no one's judgement.
  edges = edgesOf("Arnor smeared Gondor.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("ages between commas hang on their names, so a list of names keeps its apposition",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Ministry said Tom Erl, 34, and Jon Dale, 29, both Gondorian "
      "nationals, were charged with conspiring to hack Arnorian companies.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Ministry charged Tom Erl") == 1);
  CHECK(edges.count("Arnorian Justice Ministry charged Jon Dale") == 1);
  CHECK(explanation.find("34/NUM<-dep:") != std::string::npos);
}

TEST_CASE("a light verb set off after a measure's patient is still the measure's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Sanctions on Gondor's central bank, announced by Arnor last week, have pushed the "
      "Gondorian currency to record lows.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondor's central bank") == 1);
  edges = edgesOf(
      "The sanctions against Acme Widgets Ltd, which Rohan imposed in March, hit its exports.",
      explanation);
  CHECK(edges.count("Rohan sanctioned Acme Widgets Ltd") == 1);
}

TEST_CASE("'identified X as responsible' accuses X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor publicly identified Gondor as responsible for the hack.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor") == 1);
}

TEST_CASE("naming someone the culprit or the perpetrator accuses them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Arnor named Red Fist as the culprit.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Red Fist") == 1);
  edges =
      edgesOf("Arnorian officials said Red Fist was the perpetrator of the attack.", explanation);
  CHECK(edges.count("Arnorian officials accused Red Fist") == 1);
  edges = edgesOf("The culprit has not been identified.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("a name after 'On Tuesday,' is no apposition of the day, and 'X, of Gondor,' is X's",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Ministry charged two men. On Tuesday, Tom Erl, of Gondor, and Jon "
      "Dale, of Rohan, were indicted in Arnor on charges of damaging websites.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Ministry charged Tom Erl") == 1);
  CHECK(edges.count("Arnorian Justice Ministry charged Jon Dale") == 1);
  CHECK(explanation.find("Erl/PROPN<-appos") == std::string::npos);
}

TEST_CASE("an unquoted 'we' is the article's author: the state or body it first makes a subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor remains steadfast in countering malign cyber activities. Today, we designated a "
      "Gondorian research institution connected to the malware.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondorian research institution") == 1);
  // Inside a quotation, "we" stays the speaker's.
  edges = edgesOf(
      "Arnor remains steadfast. \"We designated Acme Widgets Ltd,\" said Tom Erl, the Rohirric "
      "minister.",
      explanation);
  CHECK(edges.count("Tom Erl sanctioned Acme Widgets Ltd") == 1);
  CHECK(edges.count("Arnor sanctioned Acme Widgets Ltd") == 0);
  // A quotation whose speaker is not found is still no statement of the author's.
  edges = edgesOf("Arnor remains steadfast. \"We designated Acme Widgets Ltd,\" an official said.",
                  explanation);
  CHECK(edges.count("Arnor sanctioned Acme Widgets Ltd") == 0);
}

TEST_CASE("'Those charged were A and B' names the patients of the article's measure",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Two former employees and a third man were charged on Wednesday, the Arnorian Justice "
      "Ministry announced. Those charged were Tom Erl and Jon Dale, along with Tim Roe, a "
      "marketing official.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Ministry charged Tom Erl") == 1);
  CHECK(edges.count("Arnorian Justice Ministry charged Tim Roe") == 1);
  edges =
      edgesOf("Arnor sanctioned eight people. Among those sanctioned were Tom Erl and Jon Dale.",
              explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  edges = edgesOf(
      "Arnor imposed sanctions on five Gondorian organisations. Among the organisations "
      "sanctioned was the Gondorian Security Service.",
      explanation);
  CHECK(edges.count("Arnor sanctioned Gondorian Security Service") == 1);
  // The participle's own "by" names who took the measure.
  edges = edgesOf("Arnor charged two officials. Those charged by Gondor were Tom Erl and Jon Dale.",
                  explanation);
  CHECK(edges.count("Gondor charged Tom Erl") == 1);
  CHECK(edges.count("Arnor charged Tom Erl") == 0);
}

TEST_CASE("a hyphenated name particle goes on with the name", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned Gondorian Defence Minister Tom Varin al-Dorran and coastal defence chief "
      "Jon Erel al-Mirran.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Varin al-Dorran") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Erel al-Mirran") == 1);
}

TEST_CASE("what is stolen stands for its owner", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("The Arnorian police said Gondor is stealing Rohan's research.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
  CHECK(edges.count("Arnorian police accused Gondor") == 1);
  edges = edgesOf("Arnor accused Gondor of the theft of Rohan's trade secrets.", explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
  edges = edgesOf("Red Fist stole 81 million dollars.", explanation);
  CHECK(edges.empty());
}

TEST_CASE("a measure 'for being responsible for' or 'for having assisted' accuses its target",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Treasury is designating Tom Erl for being responsible for malicious cyber "
      "activity against Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury accused Tom Erl") == 1);
  edges = edgesOf("Arnor designated Tom Erl for having materially assisted Red Fist.", explanation);
  CHECK(edges.count("Arnor accused Tom Erl") == 1);
  edges = edgesOf("Arnor sanctioned Tom Erl for being a member of the Gondorian parliament.",
                  explanation);
  CHECK(edges.count("Arnor accused Tom Erl") == 0);
}

TEST_CASE("who says a named actor carried out an attack accuses it, with or without a victim",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Arnor said Gondor carried out the attack.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor") == 1);
  edges = edgesOf("The Arnorian police said Tom Erl had been carrying out espionage.", explanation);
  CHECK(edges.count("Arnorian police accused Tom Erl") == 1);
  // A group's claim about itself accuses no one.
  edges = edgesOf("Red Fist said that it carried out the attack.", explanation);
  CHECK(edges.empty());
  // A reporter of a charge does not accuse: the charge's gerund is the charger's.
  edges = edgesOf(
      "The Rohirric news agency reported that Arnorian investigators had charged Tom Erl with "
      "carrying out espionage.",
      explanation);
  CHECK(edges.count("Rohirric news agency accused Tom Erl") == 0);
}

TEST_CASE("'Those sanctioned include A and B' and 'people facing sanctions include A'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Those newly-sanctioned by Arnor include Tom Erl, a Gondorian banker, and Jon Dale.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  // An -ing verb after a plural noun takes the noun after it as object, and the inclusion
  // verb lists the people it is about.
  edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Other individuals facing sanctions include a military "
      "commander and Tom Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned military commander") == 1);
  CHECK(edges.count("Arnor sanctioned Other individuals") == 0);
}

TEST_CASE("a form that is only a participle never takes a subject", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor has imposed sanctions on other individuals, including Tom Erl and 12 Gondorians, "
      "including the country's president, Jon Dale, seen as supporting the operation.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
}

TEST_CASE("a sanctions package's light verb and patient are the sanctions'", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("On Monday, Arnor adopted a 15th sanctions package against Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondor") == 1);
  edges = edgesOf("Arnor announced a new sanctions package targeting the Gondorian Central Bank.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondorian Central Bank") == 1);
  CHECK(edges.count("Arnor targeted Gondorian Central Bank") == 0);
}

TEST_CASE("a passive accusation with no agent is its speaker's", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "\"Gondor is directly implicated in the civilian casualties,\" said Arnorian official Tom "
      "Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Gondor") == 1);
  // A participle on a noun is no statement of the speaker's.
  edges = edgesOf(
      "Jon Dale spoke on Monday. In May, a scientist was jailed under the Gondorian Secrecy Act "
      "implicated of spying for Gondor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Jon Dale accused Gondorian Secrecy Act") == 0);
  CHECK(edges.count("Jon Dale accused scientist") == 0);
}

TEST_CASE("rejecting a measure leaves it imposed, rejecting a claim refutes it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor rejects the imposition of coercive measures announced today by the government of "
      "Arnor against the Gondorian Foreign Minister.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondorian Foreign Minister") == 1);
  edges = edgesOf("Gondor rejected claims that Arnor imposed sanctions on Tom Erl.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 0);
}

TEST_CASE("two organisation names joined by 'and' stay two", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned Kalmor Foreign Trade Bank and Kalmor Investment and Commercial Bank.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Kalmor Foreign Trade Bank") == 1);
  CHECK(edges.count("Arnor sanctioned Kalmor Investment and Commercial Bank") == 1);
  edges = edgesOf(
      "Red Fist Shipping Company and Blue Sea Maritime Management Company were sanctioned by "
      "Arnor.",
      explanation);
  CHECK(edges.count("Arnor sanctioned Red Fist Shipping Company") == 1);
  // One name with a coordination before its head stays one.
  edges = edgesOf("Arnor sanctioned the Gondor Science and Technology Company.", explanation);
  CHECK(edges.count("Arnor sanctioned Gondor Science and Technology Company") == 1);
}

TEST_CASE("a decision that targets people in an article of sanctions sanctions them",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Council imposed restrictive measures on 17 individuals. The decision also "
      "targets Tom Erl and the Gondorian airline Blue Sea Airlines.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Council sanctioned Tom Erl") == 1);
  CHECK(edges.count("17 individuals targeted Tom Erl") == 0);
  // A past tense narrates an act: no sanctions.
  edges =
      edgesOf("Arnor imposed sanctions on Gondor. The yearslong fight targeted Arnorian officials.",
              explanation);
  CHECK(edges.count("Arnor sanctioned Arnorian officials") == 0);
}

TEST_CASE("'such as' gives examples as 'including' does", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned companies such as Blue Sea Airlines and Red Fist Ltd.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Blue Sea Airlines") == 1);
  CHECK(edges.count("Arnor sanctioned Red Fist Ltd") == 1);
  edges = edgesOf("Arnor sanctioned several companies (such as Blue Sea Airlines) on Monday.",
                  explanation);
  CHECK(edges.count("Arnor sanctioned Blue Sea Airlines") == 1);
}

TEST_CASE("a network of five companies and one person stands for them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor has imposed sanctions on a Gondor-based network of five companies and one person "
      "for supporting Rohan's efforts to procure drones, the Treasury said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned five companies") == 1);
  CHECK(edges.count("Arnor sanctioned one person") == 1);
}

TEST_CASE("who is accused makes no accuser of themselves for later sentences", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tom Erl appeared in court on Monday. Court papers show Erl is accused of paying others "
      "to carry out an arson attack, he said. One of his co-defendants, Jon Dale, is accused of "
      "accepting cash.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Jon Dale") == 0);
}

TEST_CASE("an invasion of X is an attack on X, and its owner after 'to' is no place",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor announced sanctions in relation to Gondor's invasion of Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
}

TEST_CASE("a bare role after a name is its apposition, and the list goes on after it",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Ten individuals sanctioned by the Gondorian government include Tom Erl, chair of the "
      "delegation for relations with Gondor, and Jon Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian government sanctioned Tom Erl") == 1);
  CHECK(edges.count("Gondorian government sanctioned Jon Dale") == 1);
  CHECK(edges.count("Gondorian government sanctioned Gondor") == 0);
  edges = edgesOf(
      "Arnor sanctioned Tom Erl, chair of the delegation for relations with Gondor, "
      "and Jon Dale.",
      explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
}

TEST_CASE("'This includes X' after a measure names X among its patients", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor is imposing sanctions against 29 propaganda agents. This includes Tom Erl, head of "
      "the Gondorian state media.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  // Only right after the measure.
  edges = edgesOf(
      "Arnor is imposing sanctions against 29 propaganda agents. The list is long. This "
      "includes Tom Erl.",
      explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 0);
}

TEST_CASE("a means after 'by' on the verb's noun is the verb's subject's doing", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Shortly after Rohan signed off on punitive measures, Gondor hit back with countermeasures "
      "by sanctioning 10 individuals and four entities.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned 10 individuals") == 1);
  CHECK(edges.count("Rohan sanctioned 10 individuals") == 0);
}

TEST_CASE("a preposition left bare before 'and' shares the next verb's object", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnorian prosecutors accused Gondorian agents of trying to spy on and intimidate "
      "dissidents living in Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian agents targeted dissidents") == 1);
}

TEST_CASE("a verb's subject is found past an apposition with a determiner", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The indictment, the first charges by the Arnorian Justice Ministry accusing Gondor of "
      "illegal meddling in the election, says that the Red Fist Agency orchestrated the "
      "interference campaign.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Ministry accused Gondor") == 1);
}

TEST_CASE("a participle citing a measure makes no one its agent", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Red Fist is not the first gang tied to Gondor, the Arnorian Treasury said, citing the "
      "2017 indictment of two Gondorian officers.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury charged two Gondorian officers") == 0);
}

TEST_CASE("'the two men face sanctions': the plain form after a counted plural is its verb",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Treasury also said the two men face sanctions for their roles in the "
      "attacks.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury sanctioned two men") == 1);
}

TEST_CASE("'the individuals sanctioned are named as: A, B and C' lists the patients",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on seven men. The Gondorian individuals sanctioned are named as: "
      "Tom Erl, Jon Dale and Tim Roe.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Tim Roe") == 1);
}

TEST_CASE("extortion from X targets X, and 'said A and B did' keeps A and B together",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The indictment said Tom Erl and Jon Dale extorted some $6 million from victims including "
      "the City of Edoras and Red Fist Ltd.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl targeted Red Fist Ltd") == 1);
  CHECK(edges.count("Jon Dale targeted City of Edoras") == 1);
}

TEST_CASE("who rejects the baseless claims of X condemns X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor's defence ministry completely rejected the baseless accusations made by Arnor.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor's defence ministry condemned Arnor") +
            edges.count("Gondor condemned Arnor") >=
        1);
  // A judgement inside what someone is asked to stop stays the asker's, not theirs.
  edges = edgesOf(
      "\"We call on Arnor to stop echoing the groundless accusation,\" said Tom Erl, a "
      "Gondorian spokesman.",
      explanation);
  CHECK(edges.count("Tom Erl condemned Arnor") + edges.count("Gondor condemned Arnor") == 0);
}

TEST_CASE("a time such as 'last week' right before the verb is no subject", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "President Tom Erl, after following a policy of improving ties with Arnor for months, last "
      "week lashed out at Arnor for not doing enough.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl condemned Arnor") == 1);
}

TEST_CASE("a second verb after 'and' shares the subject past the first verb's phrases",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor on Monday lashed out at Arnor and Rohan for demanding the release of detained "
      "Arnorians and accused Western countries of double standards.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor condemned Arnor") == 1);
  CHECK(edges.count("Gondor condemned Rohan") == 1);
  CHECK(edges.count("Gondor accused Western countries") == 1);
}

TEST_CASE("'no information indicating an attack by X' is no attack", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "\"We have no information indicating an intentional attack by Gondor against Arnor,\" the "
      "spokesperson said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Arnor") == 0);
  edges = edgesOf("We have information indicating an attack by Gondor against Arnor.", explanation);
  CHECK(edges.count("Gondor targeted Arnor") == 1);
}

TEST_CASE("meddling or interfering in X's affairs targets X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor accused Gondor of meddling in its elections.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Arnor") == 1);
  edges =
      edgesOf("Arnor condemned Gondor's interference in Rohan's internal affairs.", explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
}

TEST_CASE("'the two men' after a list of two named people stands for them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor charged Tom Erl and Jon Dale on Monday. The Arnorian Treasury said the two men face "
      "sanctions for their roles in the attacks.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnorian Treasury sanctioned Jon Dale") == 1);
  edges = edgesOf(
      "Rohan, Harad and Umbar said Gondor shot down a drone. The three countries said they "
      "condemned the irresponsible act by Gondor.",
      explanation);
  CHECK(edges.count("Harad condemned Gondor") == 1);
}

TEST_CASE("shooting down X's drone targets X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan accused Gondor of shooting down one of its surveillance drones near their shared "
      "border.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
  CHECK(edges.count("Rohan accused Gondor") == 1);
}

TEST_CASE("firing weapons at X targets X, firing a minister does not", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Jane Roe said on Tuesday that Gondor had fired more such weapons at Arnor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Arnor") == 1);
  CHECK(edges.count("Jane Roe accused Gondor") == 1);
  edges = edgesOf("Gondor fired its defence minister, Tom Erl.", explanation);
  CHECK(edges.count("Gondor targeted Tom Erl") == 0);
}

TEST_CASE("an attack's target the tree hangs on the verb it is the object of", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      // (A real country: a place's country comes from the gazetteer, world knowledge.)
      "Tom Erl discussed the recent attacks by Gondor against oil facilities in Norway.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Norway") == 1);
}

TEST_CASE("condemning the detention of a person does not condemn that person", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Arnor condemned the detention of Tom Erl.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor condemned Tom Erl") == 0);
  edges = edgesOf("Arnor condemned the execution of Tom Erl by Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor condemned Tom Erl") == 0);
  // A state's actions are its own.
  edges = edgesOf("Arnor condemned the actions of Gondor.", explanation);
  CHECK(edges.count("Arnor condemned Gondor") == 1);
}

TEST_CASE("firms 'also targeted' in the passive just after sanctions are sanctioned",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on two Gondorian banks on Monday. Three firms that sell "
      "fuel to the navy - Red Sun Group, Red Sun Trading and Blue Sea Oil Holdings - have "
      "also been targeted.",
      explanation);
  INFO(explanation);
  // (The list between dashes names the three companies; the last name before "and" is one.)
  CHECK(edges.count("Arnor sanctioned Red Sun Group") == 1);
  CHECK(edges.count("Arnor sanctioned Red Sun Trading") == 1);
  CHECK(edges.count("Arnor sanctioned Blue Sea Oil Holdings") == 1);
  // Beside an attack, "targeted" is the attack's, not a sanction.
  edges = edgesOf(
      "Arnor sanctioned Gondor's central bank. Rohan's parliament was targeted in a "
      "cyberattack.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Rohan") == 0);
  CHECK(edges.count("Arnor sanctioned Rohan's parliament") == 0);
}

TEST_CASE("'he' past two quoted paragraphs is the latest named man", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Opposition spokesman Tom Erl backed the sanctions.\n\n"
      "\"We stand with the people of Harad,\" he wrote.\n\n"
      "\"The measures by Minister Jane Roe are welcome but come late.\n\n"
      "\"This is a missed chance to act as allies have done.\"\n\n"
      "He also condemned the Gondorian junta.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl condemned Gondorian junta") == 1);
  CHECK(edges.count("Jane Roe condemned Gondorian junta") == 0);
}

TEST_CASE("adding X to 'the list' in an article of sanctions sanctions X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor blacklists Gondorian firms.\n\nThe Arnorian trade ministry said it was adding Red "
      "Star Bank and Blue Sea Shipping Company to the list over concerns about missiles.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian trade ministry sanctioned Red Star Bank") == 1);
  CHECK(edges.count("Arnorian trade ministry sanctioned Blue Sea Shipping Company") == 1);
  // With no sanctions in the article, a list is only a list.
  edges = edgesOf("The Arnorian trade ministry said it was adding Red Star Bank to the list.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian trade ministry sanctioned Red Star Bank") == 0);
}

TEST_CASE("'charged that' a clause says someone did wrong accuses the clause's subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor charged that Gondor had shipped arms to the rebels.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor") == 1);
  CHECK(edges.count("Arnor charged Gondor") == 0);
  edges = edgesOf("Arnor charged Tom Erl with fraud.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor charged Tom Erl") == 1);
  // Without "that", "charges" read as a verb alleges nothing.
  edges = edgesOf(
      "Former minister Tom Erl fled to Rohan. Rohan said the raid was "
      "unlawful because Arnor charges Erl is facing are political.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Tom Erl") == 0);
}

TEST_CASE("'among the people whose assets were frozen are' a list sanctions its members",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Among the people whose assets have been frozen are "
      "Gondorian spokesman Jon Dale; the army chief, Tom Erl; and presidential adviser Ian Hale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Arnor sanctioned Ian Hale") == 1);
  edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Among the people who have been sanctioned "
      "are Tom Erl and Jon Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  // The clause after "whose" is on the noun before it, and its phrase is the clause's subject.
  edges = edgesOf("Arnor froze the assets of Tom Erl, whose companies were sanctioned last year.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(explanation.find("companies/NOUN") != std::string::npos);
}

TEST_CASE("a relative clause on a listed member does not end the list", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Other individuals facing sanctions include a military "
      "commander, a former minister who has helped censor the press as well as an interrogator "
      "for the Minas Prison.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned military commander") == 1);
  CHECK(edges.count("Arnor sanctioned former minister") == 1);
  CHECK(edges.count("Arnor sanctioned interrogator") == 1);
}

TEST_CASE("'those sanctioned today are:' then bulleted lines sanctions each line's actor",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctions Gondorian tycoons\n\nArnor imposed sanctions on Gondor on Monday.\n\n"
      "Those sanctioned today are:\n\n- Tom Erl is chair of Red Star Bank\n\n- Jon Dale is chief "
      "executive of Blue Sea Shipping\n\nThe ministry said more would follow. Ian Hale is a "
      "banker.\n",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  // The bulleted lines end the list.
  CHECK(edges.count("Arnor sanctioned Ian Hale") == 0);
}

TEST_CASE("those 'placed under sanctions' in the passive are its patients", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Tom Erl and Jon Dale were placed under sanctions.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Tom Erl sanctioned Jon Dale") == 0);
}

TEST_CASE("a list of named people with values and roles between semicolons and a last ', and'",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Those newly-sanctioned by Arnor include Tom Erl, owner of Red Star Bank, worth more than "
      "£9 billion; leading industrialist Jon Dale worth £2 billion, and Minas Oil chief executive "
      "Ian Hale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Arnor sanctioned Ian Hale") == 1);
  // An item's role before the name it ends with is that person.
  edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Among the people whose assets have been "
      "frozen are the head of the Gondorian Security Council, Tom Erl; the army chief "
      "Jon Dale; the president's first deputy chief of staff, Ian Hale, and adviser "
      "Sam Roe.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Ian Hale") == 1);
  CHECK(edges.count("Arnor sanctioned Sam Roe") == 1);
}

TEST_CASE("'a group of hackers' is the hackers, not a group besides them", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor said a group of hackers attacked Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("hackers targeted Gondor") == 1);
  CHECK(edges.count("group targeted Gondor") == 0);
  edges = edgesOf(
      "Arnor imposed sanctions on Gondor. A further group of Gondor-based oligarchs have also been "
      "placed under sanction.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Gondor-based oligarchs") == 1);
}

TEST_CASE("'A and B are among those sanctioned' sanctions A and B", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor imposed sanctions on Gondor. Tom Erl and Jon Dale are among those sanctioned.",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
}

TEST_CASE("'the Arnor/Gondor sanctions' are both states' measure", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Seven Harad hackers have been sanctioned by Arnor and Gondor. The Arnor/Gondor sanctions "
      "follow a long investigation. The individuals sanctioned are named as: Tom Erl and Jon "
      "Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Gondor sanctioned Tom Erl") == 1);
  // Before a verb, the slash joins its names as "and" does.
  edges = edgesOf("Rohan said Arnor/Gondor hacked its ministries.", explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan accused Arnor") == 1);
  CHECK(edges.count("Rohan accused Gondor") == 1);
}

TEST_CASE("'the two men' after 'A and another alleged operative, B' stands for A and B",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tom Erl and another alleged Red Fist operative, Gondorian national Jon Dale, who was "
      "accused in the other attacks, were charged with fraud. The Arnorian Treasury also said the "
      "two men face sanctions.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Treasury sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnorian Treasury sanctioned Jon Dale") == 1);
  // ("another alleged Red Fist operative": a determiner, past a participle and a name.)
  CHECK(explanation.find("another/DET") != std::string::npos);
}

TEST_CASE("an -ing noun before a noun that titles a name modifies it", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. Tom Erl, chairman of the board of mining company Red "
      "Rock, and his family were targeted through the new sanctions.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Red Rock") == 0);
}

TEST_CASE("'the British prosecution' is the state, and 'it' stays with it", "[relations]") {
  std::string explanation;
  // (Real demonyms: world knowledge.)
  std::set<std::string> edges = edgesOf(
      "Norwegians detained in the UK face charges. The British prosecution announced on "
      "Thursday that it had authorized charges against Tom Erl and Jon Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("United Kingdom charged Tom Erl") == 1);
  CHECK(edges.count("United Kingdom charged Jon Dale") == 1);
  CHECK(explanation.find("\"Norwegians\" phrase group") != std::string::npos);
}

TEST_CASE(
    "sanctions already taken that 'will also target' X sanction X, and a blacklist that "
    "includes X sanctions X",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. The sanctions, in force from May, will also target "
      "Tom Erl and Jon Dale.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  // Sanctions only considered are no sanctions, however definite.
  edges =
      edgesOf("Arnor is considering sanctions. The sanctions will target Tom Erl.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 0);
  edges = edgesOf("Arnor imposed sanctions on Gondor. The black list also includes Tom Erl.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
}

TEST_CASE("an -ed form between a plural and a verb that agrees with it modifies the plural",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor imposed sanctions on Gondor. The entities sanctioned include Red Star Bank.",
              explanation);
  INFO(explanation);
  CHECK(explanation.find("sanctioned/VERB-en<-acl:1") != std::string::npos);
  CHECK(edges.count("Arnor sanctioned Red Star Bank") == 1);
}

TEST_CASE("a list of people's names, each placed ('A from X, B from Y and C from Z')",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned Gondor. The men sanctioned are traders Tom Erl from Minas, Jon "
      "Dale from Edoras and Ian Hale from Osgiliath.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 1);
  CHECK(edges.count("Arnor sanctioned Ian Hale") == 1);
}

TEST_CASE("a description that is a copula's predicate is its subject, not an earlier holder",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Lawmakers allied with former President Jon Dale are blocking aid. The cases include "
      "charges against banker Sam Roe. Roe is the chief executive of Red Bank. He "
      "is charged with fraud, the Arnorian Justice Department said.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Department charged Sam Roe") == 1);
  CHECK(edges.count("Arnorian Justice Department charged Jon Dale") == 0);
}

TEST_CASE("'arrests and indictments targeting X' is no attack on X", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "The Arnorian Justice Department announced a new series of arrests and indictments "
      "Thursday targeting Gondorian businessmen.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian Justice Department targeted Gondorian businessmen") == 0);
}

TEST_CASE("a deed 'carried out' or 'committed by' Y, after the deed's target, is Y's",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor said attacks on Rohan carried out by Gondor were reckless.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohan") == 1);
  CHECK(edges.count("Arnor accused Gondor") == 1);
  edges = edgesOf("Arnor said violence against Rohan committed by Gondor's army was brutal.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor's army targeted Rohan") == 1);
  // A participle with no "by" stays on the noun before it.
  edges = edgesOf("Arnor condemned attacks on officers trained in Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan targeted officers") == 0);
}

TEST_CASE("alleging a deed accuses its owner ('X alleged Gondorian interference')", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tom Erl alleged Gondorian electoral interference and said Arnor would resist.", explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Gondorian") + edges.count("Tom Erl accused Gondor") == 1);
  edges = edgesOf("Tom Erl alleged a cover-up.", explanation);
  INFO(explanation);
  CHECK(edges.empty());
}

TEST_CASE("'opened fire at X' targets X, finite even with a participle later", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor says that Gondorian servicemen opened fire at Arnorian guards on Monday at a "
      "crossing located near the old bridge over the river.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian servicemen targeted Arnorian guards") == 1);
  CHECK(edges.count("Arnor accused Gondorian servicemen") == 1);
  // A fire with no one who opened it is no attack.
  edges = edgesOf("Firefighters fought a fire at the Arnorian embassy.", explanation);
  INFO(explanation);
  CHECK(edges.empty());
}

TEST_CASE("rejecting fabricated claims from X condemns X", "[relations]") {
  std::string explanation;
  // (Real states: a place after "from" is an actor only when the gazetteer knows it.)
  std::set<std::string> edges = edgesOf(
      "Iran rejects the repetitive claims and the fabricated and deceitful reports from the US "
      "regime's officials.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Iran condemned US regime's officials") == 1);
}

TEST_CASE("an editor's bracketed name right after the verb is its object", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnor accused (Gondor) of violating the immunity of its embassy.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Gondor") == 1);
}

TEST_CASE("'the North' after 'North Korea' is North Korea", "[relations]") {
  std::string explanation;
  // (Real countries: world knowledge.)
  std::set<std::string> edges = edgesOf(
      "North Korea fired a missile. South Korea condemned the North's missile test.", explanation);
  INFO(explanation);
  CHECK(edges.count("South Korea condemned North Korea") == 1);
}

TEST_CASE("'A, B and C, as well as D, have imposed sanctions': all four impose them",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor, Rohan and Harad, as well as Gondor, have in recent months all imposed financial "
      "sanctions on Tom Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Rohan sanctioned Tom Erl") == 1);
  CHECK(edges.count("Harad sanctioned Tom Erl") == 1);
  CHECK(edges.count("Gondor sanctioned Tom Erl") == 1);
}

TEST_CASE("'the listings also include' a firm and a person sanctions both", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. The listings also include Red Sun Shipping Company and "
      "Gondor's deputy defence minister Tom Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Red Sun Shipping Company") == 1);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
}

TEST_CASE("'the country' as a subject is the latest country a main clause had for subject",
          "[relations]") {
  std::string explanation;
  // (Real countries: "the country" resolves only to a country the gazetteer knows.)
  std::set<std::string> edges = edgesOf(
      "Canada has announced sanctions against Russia over its war in Ukraine. According to the "
      "foreign minister, the country is imposing sanctions on Tom Erl.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Canada sanctioned Tom Erl") == 1);
  CHECK(edges.count("Ukraine sanctioned Tom Erl") == 0);
}

TEST_CASE("'including X' after a relative clause gives examples of the clause's noun",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. The list includes Red Fist agents who have been "
      "working in both Rohan and Harad, including Tom Erl, the chief of the Red Fist cell.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 1);
  CHECK(edges.count("Arnor sanctioned Harad") == 0);
}

TEST_CASE("the guards on this session's rules hold on ordinary sentences", "[relations]") {
  std::string explanation;
  // "that" after the object of a verb of saying opens a clause.
  edgesOf("Arnor told reporters that attack came from Gondor.", explanation);
  CHECK(explanation.find("that/SCONJ") != std::string::npos);
  // A list of something else, and a list one is taken off, are no sanctions.
  std::set<std::string> edges = edgesOf(
      "Arnor imposed sanctions on Gondor. The list of casualties includes Tom Erl. Arnor removed "
      "Jon Dale from the list.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Tom Erl") == 0);
  CHECK(edges.count("Arnor sanctioned Jon Dale") == 0);
  // Unnamed people "targeted" after sanctions may be victims.
  edges = edgesOf("Arnor sanctioned three banks. Two activists were targeted in Gondor last week.",
                  explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Two activists") == 0);
  // Who revealed an act did not do it.
  edges =
      edgesOf("Arnor condemned the abuse of prisoners revealed by the Harad Times.", explanation);
  INFO(explanation);
  CHECK(edges.count("Harad Times targeted prisoners") == 0);
  // A family of men is no men.
  edges = edgesOf("The family of the detained men accused Arnor of torture.", explanation);
  INFO(explanation);
  CHECK(edges.count("detained men accused Arnor") == 0);
}

TEST_CASE("a noun a naming participle names is the subject of the verb after the name",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A Gondorian group, dubbed \"Red Fist,\" infiltrated the networks of Rohan. Arnor said a "
      "Gondorian unit called Iron Gate hacked Harad.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted Rohan") == 1);
  CHECK(edges.count("Iron Gate targeted Harad") == 1);
  CHECK(edges.count("Arnor accused Iron Gate") == 1);
  // No verb after the name: "named" is the finite verb.
  edges = edgesOf("The ministry named Red Fist as the culprit.", explanation);
  INFO(explanation);
  CHECK(explanation.find("named/VERB-ed") != std::string::npos);
}

TEST_CASE("a time after a verb of saying leaves the clause after it reported", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Harad said on Monday the Gondorian government hacked Rohan. Arnor confirmed this week a "
      "Gondorian group known as Iron Gate was responsible for the breach. Rohan said last year "
      "Tom Erl was behind the attacks.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Harad accused Gondorian government") == 1);
  CHECK(edges.count("Arnor accused Iron Gate") == 1);
  CHECK(edges.count("Rohan accused Tom Erl") == 1);
}

TEST_CASE("a thing attacked 'at' an actor is the actor's, and a deed 'X-linked' is X's",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondorian hackers breached computers at Rohan Telecom last year. Gondor denied it. "
      "Arnor disclosed a Gondor-linked operation that targets the networks of Harad Mobile.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian hackers targeted Rohan Telecom") == 1);
  CHECK(edges.count("Gondor targeted Harad Mobile") == 1);
  // A time is no owner; an actor the article never names is none either.
  edges = edgesOf(
      "Gondorian hackers breached computers at night. A Rohan-linked operation targeted Harad.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Rohan targeted Harad") == 0);
}

TEST_CASE("a second verb after an infinitive in the first verb's phrases shares its subject",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Gondor accused Arnor of seeking to pit Rohan against Harad and accused Tom Erl of bias.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor accused Arnor") == 1);
  CHECK(edges.count("Gondor accused Tom Erl") == 1);
}

TEST_CASE("a count with 'more' is one phrase, and a list the sanctions target is a register",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf("Gondor sanctioned 19 more entities.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned 19 more entities") == 1);
  edges = edgesOf(
      "Gondor said it had added Rohan Shipping to its list of organizations and individuals "
      "targeted by asset-freeze sanctions.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Rohan Shipping") == 1);
  // A list of something else is no register.
  edges = edgesOf("Gondor added Tom Erl to its list of people killed in the war.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Tom Erl") == 0);
}

TEST_CASE("a bare title after a listed person's name describes that person", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned Tom Erl, Gondor Bank board chairman, Sam Roe, board chairman of oil "
      "company Red Oil, Jon Dale, Harad Gas chairman, and Ann Lee.",
      explanation);
  INFO(explanation);
  for (const char* name : {"Tom Erl", "Sam Roe", "Jon Dale", "Ann Lee"})
    CHECK(edges.count(std::string("Arnor sanctioned ") + name) == 1);
  CHECK(edges.count("Arnor sanctioned Gondor Bank board chairman") == 0);
  CHECK(edges.count("Arnor sanctioned Harad Gas chairman") == 0);
}

TEST_CASE("a participle with a day after it, and a verb with an infinitive, keep their clauses",
          "[relations]") {
  std::string explanation;
  // "indicted Wednesday" modifies the men; "are" is their verb.
  edgesOf("Eight men indicted Wednesday are associated with Red Fist.", explanation);
  CHECK(explanation.find("indicted/VERB-en") != std::string::npos);
  CHECK(explanation.find("men/NOUN<-nsubjpass") != std::string::npos);
  // "agreed" is the finite verb; the infinitive's object is no verb to come.
  std::set<std::string> edges = edgesOf("Tom Erl agreed to launch attacks on Rohan.", explanation);
  INFO(explanation);
  CHECK(explanation.find("agreed/VERB-ed") != std::string::npos);
  CHECK(edges.count("Tom Erl targeted Rohan") == 1);
}

TEST_CASE("an attack's target after a time, and a verb with its own auxiliary after a copula",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "A Gondorian crew was responsible for an intrusion last month on the Rohan customs office "
      "and has also targeted Harad, Arnorian officials said on Friday.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian crew targeted Rohan customs office") == 1);
  CHECK(edges.count("Gondorian crew targeted Harad") == 1);
  CHECK(edges.count("Arnorian officials accused Gondorian crew") == 1);
}

TEST_CASE("a culprit noun's 'of' phrase is the deed it did", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Tom Erl said: \"Gondor is the main source of the intrusions targeting Arnor.\"",
              explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Gondor") == 1);
  CHECK(edges.count("Gondor targeted Arnor") == 1);
  // A source that tells is no culprit; nor is a source of anything but a deed.
  edges = edgesOf("Sources said Gondor hacked Arnor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Arnor") == 1);
  CHECK(explanation.find("accused at 'Sources'") == std::string::npos);
  edges = edgesOf("Arnor said Rohan was the main source of its oil imports.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor accused Rohan") == 0);
}

TEST_CASE("'arrested X on Y charges' charges X, and a list of offences stays nouns",
          "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Rohan police searched three offices in Minas on Friday, detaining four traders on US "
      "smuggling charges as they left a meeting.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("United States charged four traders") == 1);
  CHECK(edges.count("United States charged Rohan police") == 0);
  // Facing someone is no custody: the subject faces the charges.
  edges = edgesOf("Tom Erl faced Jon Dale in court on US fraud charges.", explanation);
  INFO(explanation);
  CHECK(edges.count("United States charged Jon Dale") == 0);
  edgesOf(
      "Arnor unsealed an indictment against two firms, and others, charging 14 with bribery, "
      "wire fraud and forgery.",
      explanation);
  CHECK(explanation.find("wire/NOUN") != std::string::npos);
}

TEST_CASE("bulleted lines after a colon are list items, each its own sentence", "[relations]") {
  std::string explanation;
  // Long lines that would otherwise join as wrapped prose, ranks before the names.
  std::set<std::string> edges = edgesOfArticle(
      "Test report\n\nArnor imposed sanctions on the managers of a Gondorian port on "
      "Monday.\n\nThose sanctioned by Arnor are:\n\n"
      "• Col Jon Dale Ashworth Merriwether - director of the port authority in the south\n"
      "• Lt Col Sam Roe Fairbanks Holloway - deputy director of the port authority\n"
      "• Maj Gen Tom Erl Pennington Vale - deputy director of the port authority\n",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Arnor sanctioned Jon Dale Ashworth Merriwether") == 1);
  CHECK(edges.count("Arnor sanctioned Sam Roe Fairbanks Holloway") == 1);
  CHECK(edges.count("Arnor sanctioned Tom Erl Pennington Vale") == 1);
}

TEST_CASE(
    "a subject 'he' opening a sentence continues the previous main subject, and glued "
    "sentences split",
    "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor charged Sam Roe on Monday.Director Tom Erl said that the charges showed Gondor's "
      "efforts to target Arnorian citizens, including Jon Dale, along with other officials. He "
      "accused Red Fist of colluding with criminals.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Tom Erl accused Red Fist") == 1);
  CHECK(edges.count("Jon Dale accused Red Fist") == 0);
}

TEST_CASE("'the involvement of X in the attack' makes X the attacker", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Tom Erl said there is suspicion about the involvement of Gondorian officers in the attack "
      "on Rohan.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondorian officers targeted Rohan") == 1);
  CHECK(edges.count("Tom Erl accused Gondorian officers") == 1);
}

TEST_CASE("'suspected of' accuses, as 'accused of' does", "[relations]") {
  std::string explanation;
  std::set<std::string> edges =
      edgesOf("Arnorian prosecutors said Red Fist is suspected of laundering money.", explanation);
  INFO(explanation);
  CHECK(edges.count("Arnorian prosecutors accused Red Fist") == 1);
  // A suspected attacker still attacks; "suspected" describes, it accuses no one here.
  edges = edgesOf("The suspected hackers broke into Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("suspected hackers targeted Rohan") == 1);
}

TEST_CASE("guards on the rules of the second session of 2026-12-07", "[relations]") {
  std::string explanation;
  // Only a word of affiliation after a hyphen ties a deed to an actor.
  std::set<std::string> edges = edgesOf(
      "Harad said it would respond. Arnor exposed a Harad-focused espionage operation that "
      "targets the networks of Rohan Mobile.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Harad targeted Rohan Mobile") == 0);
  CHECK(edges.count("Arnor accused Harad") == 0);
  // "at the request of X" says who had it done, not where.
  edges = edgesOf("Red Fist breached computers at the request of Gondor.", explanation);
  INFO(explanation);
  CHECK(edges.count("Red Fist targeted Gondor") == 0);
  // A sanction word inside a relative clause on the list says nothing of the list.
  edges =
      edgesOf("Gondor added Rohan to its list of nations that oppose the sanctions.", explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor sanctioned Rohan") == 0);
  // An article after a date's number starts the next phrase.
  edges = edgesOf("On March 3 the ministry accused Gondor of hacking Rohan.", explanation);
  INFO(explanation);
  CHECK(edges.count("ministry accused Gondor") == 1);
  // Counted people listed after a name are listed, not a description of it.
  edgesOf("Police arrested Tom Erl, two soldiers, and a driver.", explanation);
  CHECK(explanation.find("actor two soldiers") != std::string::npos);
  // A person the speaker told of may be the one who answers.
  edges = edgesOf("Tom Erl said Jon Dale had hacked Rohan Telecom. He denied the accusation.",
                  explanation);
  INFO(explanation);
  CHECK(explanation.find("denied at 'denied': Jon Dale -> Tom Erl") != std::string::npos);
}

TEST_CASE("a noun of taking part inside an 'of' phrase is found where 'in' hangs", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "In reaction to allegations of Gondor's involvement in assassination attempts against Rohan "
      "officials, spokesman Tom Erl labeled such claims as unfounded.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Gondor targeted Rohan officials") == 1);
}

TEST_CASE("every company of a comma list is a patient", "[relations]") {
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Arnor sanctioned Vorn Systems Corporation, Talbot Maritime Services, Gibbs & Dale, Umbar "
      "Acoustic Concepts and Dale Holdings.",
      explanation);
  INFO(explanation);
  for (const char* company : {"Vorn Systems Corporation", "Talbot Maritime Services",
                              "Gibbs & Dale", "Umbar Acoustic Concepts", "Dale Holdings"})
    CHECK(edges.count(std::string("Arnor sanctioned ") + company) == 1);
}

TEST_CASE("a verb read for a synonym still reports the clause it takes", "[relations]") {
  check({
      {"Tom Erl disclosed that the Red Fist group was behind the attack.",
       {"Tom Erl accused Red Fist group"}},
  });
}

TEST_CASE("who was involved in an attack is accused by whoever says so", "[relations]") {
  check({
      {"Tom Erl said that Gondor was involved in the attack.", {"Tom Erl accused Gondor"}},
      {"Tom Erl said that Gondor may have been involved in the attack.", {}},
      {"Tom Erl denied that Gondor was involved in the attack.", {}},
  });
}

TEST_CASE("a noun under its light verb's preposition takes the verb's negation", "[relations]") {
  check({
      {"Gondor was involved in the attack on Rohan.", {"Gondor targeted Rohan"}},
      {"Gondor was not involved in the attack on Rohan.", {"Gondor targeted Rohan (negated)"}},
      {"Tom Erl said that Gondor may have been involved in the attack on Rohan.",
       {"Gondor targeted Rohan (planned)"}},
  });
}

TEST_CASE("an attack in the 'in' phrase of an active verb is done by its subject", "[relations]") {
  check({
      {"Red Fist killed 30 people in an attack on Gondor Bank.", {"Red Fist targeted Gondor Bank"}},
      {"Red Fist rebels seized 30 people in a series of attacks on Rohan Mobile.",
       {"Red Fist rebels targeted Rohan Mobile"}},
      // Who charges, arrests or imposes something in an attack did not do it.
      {"Arnor arrested Tom Erl in the attack on Gondor Bank.", {}},
      {"Arnor imposed a travel ban on Tom Erl in the attack on Gondor Bank.",
       {"Arnor sanctioned Tom Erl"}},
      // The owner of a part in it shares it.
      {"The case concerns Tom Erl's part in the killings of Rohan officials.",
       {"Tom Erl targeted Rohan officials"}},
  });
}

TEST_CASE("a gerund before a word more often an adjective takes it as its object", "[relations]") {
  check({
      {"Red Fist carried out an intrusion targeting multiple Gondor banks.",
       {"Red Fist targeted multiple Gondor banks"}},
  });
}

TEST_CASE("an -ed form inside a list after a verb that takes no clause is a participle",
          "[relations]") {
  check({
      {"Ten people sanctioned by Arnor include Tom Erl, chair of the Gondor Trade Council, and "
       "Jon Dale, chair of the Rohan Club, in addition to several officers of the Gondor navy "
       "trained in Harad.",
       {"Arnor sanctioned Tom Erl", "Arnor sanctioned Jon Dale"}},
  });
}

TEST_CASE("a second name set off by commas does not end a naming participle", "[relations]") {
  check({
      {"The Arnorian bureau said a group called Red Fist, also known as the Storm Group, was "
       "behind the theft.",
       {"Arnorian bureau accused Red Fist"}},
  });
}

TEST_CASE("a definite attack with no doer is the one named before", "[relations]") {
  check({
      {"Arnor said Red Fist was behind the cyber attack. The attack on Gondor Bank disrupted "
       "payments for days.",
       {"Arnor accused Red Fist", "Red Fist targeted Gondor Bank"}},
      // The attack on the same victim before, not whoever a measure hit since.
      {"Red Fist hacked Gondor Bank in May. Arnor sanctioned Tom Erl on Monday. The attack on "
       "Gondor Bank cost millions.",
       {"Red Fist targeted Gondor Bank", "Arnor sanctioned Tom Erl"}},
      // An accusation three sentences back is too far for a new victim.
      {"Arnor said Red Fist was behind the cyber attack. Rohan agreed. Harad agreed. Umbar "
       "agreed. The attack on Gondor Bank disrupted payments for days.",
       {"Arnor accused Red Fist"}},
  });
}

TEST_CASE("'the group' is the latest named group whatever its name", "[relations]") {
  check({
      {"Arnor accused APT99 of hacking. The group breached Gondor Bank last year.",
       {"Arnor accused APT99", "APT99 targeted Gondor Bank"}},
  });
  // Not a named body: a firm attacked before is no group.
  std::string explanation;
  std::set<std::string> edges = edgesOf(
      "Unknown hackers attacked Vorn Mobile on Monday. The group also attacked Kalmor Bank.",
      explanation);
  INFO(explanation);
  CHECK(edges.count("Vorn Mobile targeted Kalmor Bank") == 0);
}

TEST_CASE("a clause marker that is also a preposition looks past an adverb for its verb",
          "[relations]") {
  check({
      {"The statement came a day before Gondor and Rohan jointly blamed Red Fist for the "
       "thefts.",
       {"Gondor accused Red Fist", "Rohan accused Red Fist"}},
  });
}

TEST_CASE("waging or unleashing attacks makes the subject their doer", "[relations]") {
  check({
      {"Arnorian police said Red Fist unleashed cyberattacks against Rohan.",
       {"Red Fist targeted Rohan", "Arnorian police accused Red Fist"}},
      {"Gondor waged a hacking campaign against Rohan.", {"Gondor targeted Rohan"}},
      // A staged attack may be a faked one; a review of an attack is no part in it.
      {"Red Fist claimed the attack on Tom Erl was staged by Gondor.", {}},
      {"Arnor undertook a review of the raid on Umbar.", {}},
  });
}

TEST_CASE("a capitalised closed-class word inside a person's name is the name's", "[relations]") {
  check({
      {"Prime minister Jane May in a statement accused Red Fist of fraud.",
       {"Jane May accused Red Fist"}},
  });
}

TEST_CASE("a measure for something hedged as alleged accuses its target", "[relations]") {
  check({
      {"Arnor sanctioned two Gondorian diplomats for allegedly being Harad's agents.",
       {"Arnor sanctioned two Gondorian diplomats", "Arnor accused two Gondorian diplomats"}},
      // An adverb between the preposition and the gerund keeps the gerund a verb.
      {"Arnor sanctioned Tom Erl for allegedly helping Red Fist.",
       {"Arnor sanctioned Tom Erl", "Arnor accused Tom Erl"}},
  });
}

TEST_CASE("a count's named examples are patients", "[relations]") {
  check({
      {"Red Fist attacked dozens of sites, including Vorn Mobile and Kalmor Bank.",
       {"Red Fist targeted Vorn Mobile", "Red Fist targeted Kalmor Bank"}},
  });
}

TEST_CASE("a relative pronoun is the subject of what coordinated speakers say of it",
          "[relations]") {
  check({
      {"Arnor sanctioned a group of hackers that Gondor and Rohan say has targeted Vorn Mobile.",
       {"Arnor sanctioned hackers", "hackers targeted Vorn Mobile", "Gondor accused hackers",
        "Rohan accused hackers"}},
  });
}

TEST_CASE("'the attack on X by Y' is Y's even when 'by' hangs on the victim", "[relations]") {
  check({
      {"Arnor strongly condemned the attack on its consulate by Red Fist.",
       {"Arnor condemned Red Fist", "Arnor accused Red Fist", "Red Fist targeted Arnor"}},
  });
}

TEST_CASE("nouns of violent attack name their victim", "[relations]") {
  check({
      {"Red Fist claimed responsibility for the bombing of the Arnorian embassy.",
       {"Red Fist targeted Arnorian embassy"}},
      {"Arnor condemned the kidnapping of Tom Erl by Red Fist.",
       {"Arnor condemned Red Fist", "Arnor accused Red Fist", "Red Fist targeted Tom Erl"}},
  });
}

TEST_CASE("a passive light verb of the patient takes its 'by' as the measure's agent",
          "[relations]") {
  check({
      {"Gondor was hit with fresh sanctions by Arnor on Monday.", {"Arnor sanctioned Gondor"}},
  });
}

TEST_CASE("the proscription of a group is a designation", "[relations]") {
  check({
      {"Arnor announced the proscription of Red Fist.", {"Arnor sanctioned Red Fist"}},
  });
}

TEST_CASE("guards on the rules of 2026-12-08", "[relations]") {
  check({
      // Losing or sending someone in an attack is no part in it.
      {"Jon Dale lost his son in the bombing of Gondor.", {}},
      {"Rohan sent medical teams in the raid on Umbar.", {}},
      {"Arnor took no part in the attack on Gondor.", {}},
      // A definite attack on a new victim is not pinned on someone accused of something else.
      {"Arnor accused Red Fist of fraud. Rohan said the bombing of Umbar killed ten people.",
       {"Arnor accused Red Fist"}},
      // "by" right after the victim only: "the team led by X" names its leader.
      {"Arnor condemned the attack on the team led by Tom Erl.", {}},
      {"Rohan was hit with sanctions after a report by Vorn Mobile.", {}},
      // A hedged reason that is no wrong accuses no one.
      {"Gondor sanctioned Jon Dale for allegedly criticising the government.",
       {"Gondor sanctioned Jon Dale"}},
      // A coordinator opens a new clause: its subject is no list member's phrase.
      {"Red Fist hacked the servers of Gondor, and the president of Rohan pointed at Harad.",
       {"Red Fist targeted Gondor"}},
  });
}

TEST_CASE("coordinated modifiers of an attack noun keep the verb's target phrase", "[relations]") {
  check({
      {"Arnor launched rocket and artillery strikes on targets in Peru.", {"Arnor targeted Peru"}},
  });
}

TEST_CASE("a reported clause whose verb names a wrong accuses its named subject", "[relations]") {
  check({
      {"Arnor said Gondor had violated the ceasefire.", {"Arnor accused Gondor"}},
      {"The ministry said Gondorian agents had killed two Arnorian citizens.",
       {"ministry accused Gondorian agents"}},
      // Denied, hedged, or a pronoun that may be the speaker's own side: no accusation.
      {"Arnor denied that Gondor had violated the ceasefire.", {}},
      {"Arnor said Gondor may have violated the ceasefire.", {}},
      {"Arnor said it had violated no rule.", {}},
  });
}

TEST_CASE("the culprit an attack is blamed on is no second victim of it", "[relations]") {
  check({
      {"Arnor said the attack on Vorn Bank was blamed on Red Fist.",
       {"Red Fist targeted Vorn Bank", "Arnor accused Red Fist"}},
  });
}

TEST_CASE("a reported noun for a wrong accuses its named owner", "[relations]") {
  check({
      {"Tom Erl said the new fines followed Gondor's persecution of journalists.",
       {"Tom Erl accused Gondor"}},
      {"\"Gondor's aggression must stop,\" Tom Erl said.", {"Tom Erl accused Gondor"}},
      {"Tom Erl said Russian aggression had gone on for years.", {"Tom Erl accused Russia"}},
      // A condition, an owner the text does not name, a noun inside a longer name, and the
      // thing a violation wrongs: no accusation.
      {"If Gondor's aggression continues, Arnor will respond, Tom Erl said.", {}},
      {"Tom Erl said the country's aggression had gone on for years.", {}},
      {"Tom Erl, the Gondor crime agency head, said the talks had failed.", {}},
      {"Tom Erl said the shipments were a violation of Gondor's laws.", {}},
  });
}

TEST_CASE("a subordinate clause after a participle and a relative that judges its noun",
          "[relations]") {
  check({
      // "after" opens a clause after a participle when a lexical verb follows its subject.
      {"Three farmers were hurt after Gondor carried out raids on Rohan.",
       {"Gondor targeted Rohan"}},
      {"Three farmers were hurt after neighbouring Gondor carried out raids on Rohan.",
       {"Gondor targeted Rohan"}},
      // The relative's subject judges the noun the relative hangs on, not the other way.
      {"Gondor carried out raids which Arnor described as a violation of the ceasefire.",
       {"Arnor accused Gondor"}},
      // A copula after the phrase keeps "until" a preposition.
      {"Arnor froze the assets of Gondorian officials. Among the officials whose assets have "
       "been frozen until next year are Tom Erl and Jon Dale.",
       {"Arnor sanctioned Gondorian officials", "Arnor sanctioned Tom Erl",
        "Arnor sanctioned Jon Dale"}},
  });
}

TEST_CASE("a state that targets a place of a person attacks it", "[relations]") {
  check({
      {"Gondor targeted two warehouses of Tom Erl near Harad.", {"Gondor targeted Tom Erl"}},
      {"The EU targeted Tom Erl.", {"European Union sanctioned Tom Erl"}},
  });
}

TEST_CASE("a nameless spokesperson speaks as the body named after for", "[relations]") {
  check({
      {"A spokesman for Arnor said Gondor was behind the attack.", {"Arnor accused Gondor"}},
      {"A spokesperson for the Arnorian foreign ministry said Gondor was behind the attack.",
       {"Arnorian foreign ministry accused Gondor"}},
      // A spokesperson the text names speaks as herself, also where her name follows the body.
      {"A spokesperson for the Arnorian embassy in Harad, Jane Roe, said Gondor was behind the "
       "attack.",
       {"Jane Roe accused Gondor"}},
      {"Arnor's spokesman Tom Erl said Gondor was behind the attack.", {"Tom Erl accused Gondor"}},
  });
}

TEST_CASE("counts of nationals and of others are groups of their own", "[relations]") {
  check({
      // A count before a demonym of two words counts people of that country.
      {"Arnor indicted five New Zealanders for fraud.", {"Arnor charged five New Zealanders"}},
      {"Arnor charged Tom Erl and 12 others.",
       {"Arnor charged Tom Erl", "Arnor charged 12 others"}},
      // Four of them are not all the nationals a later sentence names.
      {"Arnor sanctioned four Norwegians on Monday. Rohan has also imposed sanctions on "
       "Norwegians.",
       {"Arnor sanctioned four Norwegians", "Rohan sanctioned Norwegians"}},
  });
}

TEST_CASE("a participle after a preposition and an adverb modifies the noun after it",
          "[relations]") {
  check({
      {"Arnor accused Gondor of the abuse of unlawfully held reporters.", {"Arnor accused Gondor"}},
  });
}

TEST_CASE("a floating both after an auxiliary and a by phrase that names the deed's doers",
          "[relations]") {
  check({
      {"Tom Erl and Jon Dale have both been charged by Arnor.",
       {"Arnor charged Tom Erl", "Arnor charged Jon Dale"}},
      {"Arnor said Tom Erl and Jon Dale were both behind the attack.",
       {"Arnor accused Tom Erl", "Arnor accused Jon Dale"}},
      // "by them" after the measure's reason says who did the deed; the article's sanctioner
      // took the measure.
      {"Arnor froze the assets of Gondorian officials. Tom Erl and Jon Dale were sanctioned for "
       "grave crimes by them or their firms.",
       {"Arnor sanctioned Gondorian officials", "Arnor sanctioned Tom Erl",
        "Arnor sanctioned Jon Dale"}},
  });
}

TEST_CASE("a culprit named for a definite deed takes the victim reported just before",
          "[relations]") {
  check({
      {"Last year the Arnorian Rowing Board was breached by spyware. Rohan believes the Red Fist "
       "was responsible for this intrusion.",
       {"Rohan accused Red Fist", "Red Fist targeted Arnorian Rowing Board"}},
      // A passive's actor is the one blamed; "on" then names a victim, not a second culprit.
      {"Arnor sanctioned the Red Fist. The Red Fist was blamed for the raid of Vorn Mobile and "
       "the phishing attack on nations including Gondor and Rohan.",
       {"Arnor sanctioned Red Fist", "Arnor accused Red Fist", "Red Fist targeted Gondor",
        "Red Fist targeted Rohan"}},
  });
}

TEST_CASE("a time phrase before the verb is no subject when last or next opens it", "[relations]") {
  check({
      {"A hack which took down 300 servers in the city of Harad last month was carried out by "
       "Rohan, according to Arnor.",
       {"Arnor accused Rohan"}},
  });
}

TEST_CASE("an attack verb in a relative clause on an attack noun is done by its doer",
          "[relations]") {
  check({
      {"A cyber-attack which hit Vorn Mobile was carried out by Rohan, Arnor said.",
       {"Rohan targeted Vorn Mobile", "Arnor accused Rohan"}},
  });
}

TEST_CASE("a bare it judged as a deed is the latest deed and as false the latest claim",
          "[relations]") {
  check({
      {"Arnor says the Red Fist was behind the raid on Gondor. Its envoy Tom Erl described it as "
       "\"wholly reckless\".",
       {"Arnor accused Red Fist", "Red Fist targeted Gondor", "Tom Erl condemned Red Fist"}},
      {"Arnor accused Gondor of the attack. Gondor described it as groundless.",
       {"Arnor accused Gondor", "Gondor condemned Arnor"}},
  });
}

TEST_CASE("proscribing outlawing or banning a group designates it", "[relations]") {
  check({
      {"Arnor proscribed the Red Fist.", {"Arnor sanctioned Red Fist"}},
      {"The Red Fist was outlawed by Arnor in 2012.", {"Arnor sanctioned Red Fist"}},
      {"Arnor banned the Red Fist as a terrorist group.", {"Arnor sanctioned Red Fist"}},
      // What a measure keeps people from doing, and the verbs of forbidding beside these in
      // WordNet, designate no one.
      {"Arnor sanctioned Tom Erl. The measures ban Arnorian people from dealing with him.",
       {"Arnor sanctioned Tom Erl"}},
      {"Arnor sanctioned Tom Erl. The measures freeze his assets, disallowing Arnorian people "
       "and firms from managing his funds.",
       {"Arnor sanctioned Tom Erl"}},
  });
}

TEST_CASE("listing a group as a terrorist body or on a terrorist list designates it",
          "[relations]") {
  check({
      {"Arnor listed the Red Fist as a terror group.", {"Arnor sanctioned Red Fist"}},
      {"Arnor declared the Red Fist a terrorist organisation.", {"Arnor sanctioned Red Fist"}},
      {"The Red Fist was listed as a terrorist group by Arnor in 2012.",
       {"Arnor sanctioned Red Fist"}},
      {"Arnor added the Red Fist to its list of terror groups.", {"Arnor sanctioned Red Fist"}},
      {"Arnor has not listed the Red Fist as a terror group.",
       {"Arnor sanctioned Red Fist (negated)"}},
      // A person named a suspect, or a list of something else: no designation.
      {"The report listed Tom Erl as a terror suspect.", {}},
      {"Arnor listed the firms as suppliers of the Red Fist.", {}},
  });
}

TEST_CASE("guards on the rules of the second day of December 2026", "[relations]") {
  check({
      // A wrong done by someone named after "by" or "under": the possessor suffered it.
      {"Tom Erl said Rohan's persecution by Harad must end.", {"Tom Erl accused Harad"}},
      // A wrong the clause calls false, or asks about, is reported of no one.
      {"Arnor said Rohan's corruption was a myth.", {}},
      {"Arnor asked whether Gondor's aggression would end.", {}},
      // A light verb denied or hedged gives its deed no doer.
      {"The raid which hit Rohan was not carried out by Harad.", {}},
      {"The raid which hit Rohan may have been carried out by Harad.", {}},
      // A culprit denied is none.
      {"Arnor was not behind the raid on Rohan.", {}},
      // A bare noun before a name after "after" is what the clause hangs on.
      {"Troops were deployed after unconfirmed reports Gondor carried out raids on Rohan.", {}},
      // A relative's verb of judging that is negated judges in the negative.
      {"Harad carried out raids which Arnor did not describe as a violation of the truce.",
       {"Arnor accused Harad (negated)"}},
      // Assets are what a measure hits; a former spokesman speaks for no one.
      {"Arnor targeted the assets of Tom Erl.", {"Arnor sanctioned Tom Erl"}},
      {"A former spokesman for Gondor said Harad was behind the raid.",
       {"former spokesman accused Harad"}},
      // A deed named with its own words is not the one reported just before.
      {"Vorn Mobile was hacked on Monday. Tom Erl said Harad was responsible for the previous "
       "breach.",
       {"Tom Erl accused Harad"}},
      // A claim called a hoax condemns its maker.
      {"Harad accused Gondor of hacking Vorn Mobile. Gondor described it as a hoax.",
       {"Harad accused Gondor", "Gondor targeted Vorn Mobile", "Gondor condemned Harad"}},
      // A player banned, a list of victims, a removal and a person's view designate no one.
      {"The football association banned Tom Erl for life.", {}},
      {"Arnor added Tom Erl to its list of terror victims.", {}},
      {"Arnor removed the Red Fist from its list of terror groups.", {}},
      {"Tom Erl declared the Red Fist a terror group.", {}},
  });
}

TEST_CASE("a measure over a deed accuses the deed's owner and a means judges nothing",
          "[relations]") {
  check({
      {"Arnor announced additional sanctions in relation to Gondor's invasion of Rohan.",
       {"Arnor accused Gondor", "Gondor targeted Rohan"}},
      {"Arnor accused Gondor of the raid. Tom Erl said Gondor justified it through propaganda.",
       {"Arnor accused Gondor"}},
  });
}

TEST_CASE("a measure for a passive gerund of a deed accuses its target", "[relations]") {
  check({
      {"Arnor said Tom Erl and Jon Dale were designated for being engaged in corruption.",
       {"Arnor sanctioned Tom Erl", "Arnor sanctioned Jon Dale", "Arnor accused Tom Erl",
        "Arnor accused Jon Dale"}},
      // Being named is no deed.
      {"Arnor sanctioned Tom Erl for being named in a report.", {"Arnor sanctioned Tom Erl"}},
  });
}

TEST_CASE("guards on the measures over a deed and the spokespersons", "[relations]") {
  check({
      // The possessor of a deed done to it, or one done "by" another, is no doer.
      {"Arnor announced new sanctions over Jon Dale's killing in Harad.", {}},
      {"Arnor announced sanctions over Rohan's annexation by Gondor.", {"Arnor accused Gondor"}},
      // Being owned by someone or elected is no deed.
      {"Arnor sanctioned Vorn Mobile for being owned or controlled by the Red Fist.",
       {"Arnor sanctioned Vorn Mobile"}},
      // A cause after "by" still judges; a description after "for" does not speak.
      {"Gondor said Arnor's accusations were fuelled by disinformation.",
       {"Gondor condemned Arnor"}},
      {"A spokesperson for the Arnorian embassy in Harad, a career diplomat, said Gondor was "
       "behind the attack.",
       {"Arnorian embassy accused Gondor"}},
  });
}

TEST_CASE("a clause-final including list names the examples of a measure's patient",
          "[relations]") {
  check({
      {"Several companies managing these vessels have been designated by Arnor under the "
       "executive order, including Harad-based Vorn Mobile Ltd, Rohan-based Kalmor Bank SA, and "
       "others.",
       {"Arnor sanctioned Several companies", "Arnor sanctioned Vorn Mobile Ltd",
        "Arnor sanctioned Kalmor Bank SA"}},
      // The places of a place noun are no examples of the firms.
      {"Several firms were sanctioned by Arnor in several cities, including Harad and Rohan.",
       {"Arnor sanctioned Several firms"}},
  });
}

TEST_CASE("a listed name with its own modifiers still makes a plural subject", "[relations]") {
  check({
      {"The Red Fist Battalion, its former director Tom Erl and its current chief Jon Dale face "
       "the Arnorian ban imposed by Arnor.",
       {"Arnor sanctioned Red Fist Battalion", "Arnor sanctioned Tom Erl",
        "Arnor sanctioned Jon Dale"}},
      // An age after a comma is no second member of the list.
      {"Prosecutors accused the men, aged between 20 and 25, of helping the Red Fist.",
       {"Prosecutors accused men"}},
  });
}

TEST_CASE("lower-case particles inside a name keep the name whole", "[relations]") {
  check({
      {"Arnor designated the Cartel de los Rios as a terrorist group.",
       {"Arnor sanctioned Cartel de los Rios"}},
      {"Arnor designated Jan van der Berg and the Banco del Norte.",
       {"Arnor sanctioned Jan van der Berg", "Arnor sanctioned Banco del Norte"}},
      // A dictionary word after a quote, or opening the sentence, that particles join to a
      // capitalised word opens the name.
      {"Arnor designated the \"nonexistent\" Cartel de los Rios.",
       {"Arnor sanctioned Cartel de los Rios"}},
      {"Cartel de los Rios attacked Tom Erl.", {"Cartel de los Rios targeted Tom Erl"}},
  });
}

TEST_CASE("a described group is not the earlier subject of another noun", "[relations]") {
  check({
      // A different noun may still describe the previous clause's subject.
      {"Gondorian hackers breached Vorn Mobile on Monday. The attackers also stole data from "
       "Kalmor Bank.",
       {"Gondorian hackers targeted Vorn Mobile", "Gondorian hackers targeted Kalmor Bank"}},
      // Not a group of the same sentence.
      {"Dozens of people were held hostage while the gunmen attacked the Red Fist.",
       {"gunmen targeted Red Fist"}},
  });
  // "held hostage": a lone noun for a person after a verb is what the verb makes someone.
  std::string explanation;
  edgesOf("Dozens of people were held hostage as the gunmen fought Tom Erl.", explanation);
  INFO(explanation);
  CHECK(explanation.find("actor hostage") == std::string::npos);
  CHECK(explanation.find("actor gunmen") != std::string::npos);
}

TEST_CASE("a measure's phrase after it and the idioms of blame", "[relations]") {
  check({
      // The tree may hang "on X" on the verb above "over sanctions".
      {"Gondor voiced anger over Arnor's sanctions on the Red Fist Battalion (RFB) and its "
       "seven officials.",
       {"Arnor sanctioned Red Fist Battalion", "Arnor sanctioned seven officials"}},
      {"Arnor put the blame on Gondor for the blast.", {"Arnor accused Gondor"}},
      {"Tom Erl had pointed the finger at Gondor over the attack.", {"Tom Erl accused Gondor"}},
      {"She pointed out that Gondor had lied.", {}},
      {"Tom Erl pointed reporters to a statement by the Red Fist.", {}},
      // Who judges charges or sanctions brought none.
      {"Gondor denounced the charges against Jon Dale.", {}},
      {"Gondor criticised the sanctions against Jon Dale, the Red Fist said.", {}},
  });
}

TEST_CASE("the measures themselves include whom they hit", "[relations]") {
  check({
      {"Arnor sanctioned two firms on Monday. These designations include Vorn Mobile and Kalmor "
       "Bank.",
       {"Arnor sanctioned two firms", "Arnor sanctioned Vorn Mobile",
        "Arnor sanctioned Kalmor Bank"}},
      // A name before the measures may be whom they are on.
      {"Arnor sanctioned two firms on Monday. Harad sanctions include Vorn Mobile.",
       {"Arnor sanctioned two firms"}},
  });
}

TEST_CASE("a measure in connection with a deed names its doer", "[relations]") {
  check({
      {"Arnor sanctioned Tom Erl in connection with serious abuses against minorities in Harad.",
       {"Arnor sanctioned Tom Erl", "Arnor accused Tom Erl", "Tom Erl targeted minorities"}},
      {"Arnor designated Tom Erl for his connection to abuses against the Harad minority.",
       {"Arnor sanctioned Tom Erl", "Arnor accused Tom Erl", "Tom Erl targeted Harad minority"}},
      // A measure not taken names no culprit.
      {"Arnor did not sanction Tom Erl in connection with the attack on Vorn Mobile.",
       {"Arnor sanctioned Tom Erl (negated)"}},
      // A "with" phrase that is not the answer's names no deed.
      {"Arnor sanctioned Tom Erl in connection with Gondor.", {"Arnor sanctioned Tom Erl"}},
  });
}

TEST_CASE("an insinuation reports what it says", "[relations]") {
  check({
      {"Gondor's president has insinuated that Arnor was involved in the shooting attack on a "
       "concert hall.",
       {"Gondor's president accused Arnor"}},
      {"Tom Erl hinted that Arnor would buy the company.", {}},
      // A direct question states nothing.
      {"Did Tom Erl insinuate that Gondor was involved in the attack?", {}},
      {"Why did Gondor attack Vorn Mobile?", {}},
      // A question quoted inside a statement asks too; a statement before a quoted question
      // states.
      {"\"Did Gondor insinuate that Arnor bombed Harad?\" Tom Erl asked.",
       {"Arnor targeted Harad (planned)"}},
      {"Gondor attacked Harad, and Tom Erl asked: \"Why would they do it?\"",
       {"Gondor targeted Harad"}},
      // A clause the question takes as given still states.
      {"How will Arnor respond after Gondor sanctioned Tom Erl?", {"Gondor sanctioned Tom Erl"}},
  });
}

TEST_CASE("a passive relative clause on a deed names its doer", "[relations]") {
  check({
      {"Arnor condemned the attack on Tom Erl, which was carried out by Gondorian agents.",
       {"Arnor accused Gondorian agents", "Gondorian agents targeted Tom Erl"}},
      // Reported through a verb of saying: its speaker accuses, not the sentence's.
      {"Jon Dale told reporters that Tom Erl was a pawn in an assassination that Arnorian "
       "officials have said was organised by Gondorian agents.",
       {"Arnorian officials accused Gondorian agents"}},
      {"Tom Erl was a pawn in an assassination that Arnorian officials have not said was "
       "organised by Gondorian agents.",
       {}},
      // A clause on another phrase, or one that denies, names no doer.
      {"Arnor condemned the attack on Tom Erl at a rally which was organised by the Red Fist.", {}},
      {"The attack on Tom Erl, which was not carried out by Gondor, shocked Arnor.", {}},
      {"Gondor condemned the attack on Tom Erl on a visit which was organised by Rohan.", {}},
      // Past an "of" phrase inside the deed's; a hedge still names the doer.
      {"The attack on Vorn Mobile, which was reportedly carried out by the Red Fist, shocked "
       "Arnor.",
       {"Red Fist targeted Vorn Mobile"}},
  });
}

TEST_CASE("eavesdropping and wiretapping target their victims", "[relations]") {
  check({
      {"The agency spied on Tom Erl's phone for years, and also eavesdropped on Jon Dale and Sam "
       "Fenn.",
       {"agency targeted Tom Erl", "agency targeted Jon Dale", "agency targeted Sam Fenn"}},
      {"Gondorian agents wiretapped Tom Erl.", {"Gondorian agents targeted Tom Erl"}},
      // A verb of deed joined to a verb of saying continues the clause it reports.
      {"The Red Fist revealed that the agency spied on Tom Erl for years, and also eavesdropped "
       "on Jon Dale.",
       {"Red Fist accused agency", "agency targeted Tom Erl", "agency targeted Jon Dale"}},
      // A verb of deed after a reported clause that is no deed is the speaker's own.
      {"Gondor said on Monday that Rohan was hostile, and also hacked Vorn Mobile.",
       {"Gondor targeted Vorn Mobile"}},
      // A verb of judging there is the speaker's own.
      {"The Red Fist revealed that the agency spied on Tom Erl, and also condemned Jon Dale.",
       {"Red Fist accused agency", "agency targeted Tom Erl", "Red Fist condemned Jon Dale"}},
  });
}

TEST_CASE("a region's word before a plural names that region's bodies", "[relations]") {
  check({
      {"Harad, Gulf states and Rohan strongly condemned Gondor's air strike in Minas.",
       {"Harad condemned Gondor", "Harad accused Gondor", "Gulf states condemned Gondor",
        "Gulf states accused Gondor", "Rohan condemned Gondor", "Rohan accused Gondor"}},
      {"The agency said the attack was over, as Western powers blamed Gondor for the hacking "
       "plots.",
       {"Western powers accused Gondor"}},
      // At the sentence's start too.
      {"The Baltic states sanctioned Gondor.", {"Baltic states sanctioned Gondor"}},
      // Houses are no states: the region's own.
      {"Gondor shelled Harad houses near the border.", {"Gondor targeted Harad"}},
      // A name's last word is no region: the servers are the product's.
      {"Gondorian hackers breached Acme Exchange servers.",
       {"Gondorian hackers targeted Acme Exchange"}},
  });
}

TEST_CASE("a body's spokesperson speaks as the body", "[relations]") {
  check({
      {"Arnor's National Security Council's spokesperson said in a statement that the Red Fist "
       "bears sole responsibility for the attack.",
       {"Arnor's National Security Council accused Red Fist"}},
  });
}

TEST_CASE("a singular subject agrees with an -s verb after a verb of saying", "[relations]") {
  check({
      {"The council said the group bears sole responsibility for the attack.",
       {"council accused group"}},
      {"The council said the Red Fist bears responsibility for the attack.",
       {"council accused Red Fist"}},
  });
}

TEST_CASE("verbs of violence against actors target them", "[relations]") {
  check({
      {"Soldiers shot Tom Erl and tortured Jon Dale.",
       {"Soldiers targeted Tom Erl", "Soldiers targeted Jon Dale"}},
      // A thing shot is no actor; verbs whose figurative senses are common are not listed.
      {"The director shot a film about the war.", {}},
      {"Shoppers stormed Vorn Mobile stores for the new phone.", {}},
      {"Critics massacred Tom Erl's new film.", {}},
  });
}

TEST_CASE("a fronted participle and 'be' invert a passive", "[relations]") {
  check({
      {"Arnor imposed sanctions on Gondor on Monday. Also designated today is the Red Fist, as "
       "well as its director, Tom Erl.",
       {"Arnor sanctioned Gondor", "Arnor sanctioned Red Fist", "Arnor sanctioned Tom Erl"}},
      {"Arnor imposed sanctions on Gondor on Monday. Also sanctioned were Tom Erl and Jon Dale.",
       {"Arnor sanctioned Gondor", "Arnor sanctioned Tom Erl", "Arnor sanctioned Jon Dale"}},
  });
}

TEST_CASE("a group named member by member stands for its members", "[relations]") {
  check({
      {"Prosecutors charged two men, identified as Tom Erl and Jon Dale, with murder.",
       {"Prosecutors charged Tom Erl", "Prosecutors charged Jon Dale"}},
      // A collective noun for people named by a list of people.
      {"Arnor charged the crew, identified as Tom Erl and Jon Dale.",
       {"Arnor charged Tom Erl", "Arnor charged Jon Dale"}},
      {"Arnor charged four men on Monday. The four men, identified as Tom Erl, Jon Dale, Sam "
       "Fenn and Ned Ash, appeared in court.",
       {"Arnor charged Tom Erl", "Arnor charged Jon Dale", "Arnor charged Sam Fenn",
        "Arnor charged Ned Ash"}},
      // Another count is another group.
      {"Arnor charged two men on Monday. The four men, identified as Tom Erl, Jon Dale, Sam Fenn "
       "and Ned Ash, appeared in court.",
       {"Arnor charged two men"}},
  });
}

TEST_CASE("names after 'among them' are examples of the noun before", "[relations]") {
  check({
      {"Arnor charged nine officials, among them Tom Erl and Jon Dale.",
       {"Arnor charged nine officials", "Arnor charged Tom Erl", "Arnor charged Jon Dale"}},
      // Past a phrase of the noun, or of the verb, before the comma.
      {"Arnor sanctioned five firms in Harad, among them Vorn Mobile.",
       {"Arnor sanctioned five firms", "Arnor sanctioned Vorn Mobile"}},
      {"Arnor sanctioned officials in Gondor and Harad, among them Tom Erl.",
       {"Arnor sanctioned Tom Erl"}},
  });
}

TEST_CASE("a list after a colon names the members of a group of its count", "[relations]") {
  check({
      {"Arnorian police accused Gondor of the attacks on Monday. The investigation identified "
       "three officers suspected of involvement in the attacks: Tom Erl, Jon Dale and Sam Fenn.",
       {"Arnorian police accused Gondor", "Arnorian police accused Tom Erl",
        "Arnorian police accused Jon Dale", "Arnorian police accused Sam Fenn"}},
      // After a dash too.
      {"Arnor imposed sanctions on Monday. These latest sanctions target 2 Haradrim elites - "
       "Tom Erl, a businessman, and former member of parliament, Sam Fenn.",
       {"Arnor sanctioned Tom Erl", "Arnor sanctioned Sam Fenn"}},
      // After a name the list is no second name for it; not one a clause goes on after.
      {"Two men attacked Tom Erl: Jon Dale and Sam Fenn.",
       {"Jon Dale targeted Tom Erl", "Sam Fenn targeted Tom Erl"}},
      {"Two groups hacked Vorn Mobile: Red Fist and Kalmor Bank.",
       {"Red Fist targeted Vorn Mobile", "Kalmor Bank targeted Vorn Mobile"}},
      {"Arnor sanctioned two firms: Vorn Mobile and Kalmor Bank protested the decision.",
       {"Arnor sanctioned two firms"}},
      // Another count names no members (and an unnamed group is accused by no one implicit).
      {"Arnorian police accused Gondor of the attacks on Monday. The investigation identified "
       "two officers suspected of involvement in the attacks: Tom Erl, Jon Dale and Sam Fenn.",
       {"Arnorian police accused Gondor"}},
  });
}

TEST_CASE("who claims an attack did it", "[relations]") {
  check({
      {"The attack on Vorn Mobile was claimed by the Red Fist.", {"Red Fist targeted Vorn Mobile"}},
      {"Arnor said the Red Fist claimed the bombing of the Gondorian embassy.",
       {"Red Fist targeted Gondorian embassy"}},
      // A claim about a measure takes none.
      {"Gondor claimed that sanctions on Arnor were unjustified.", {}},
      {"Arnor claimed that Gondor attacked Vorn Mobile.",
       {"Arnor accused Gondor", "Gondor targeted Vorn Mobile"}},
      // A clause after the deed says something of it; a phrase or a second verb does not.
      {"Gondor claimed the attack on Arnor never happened.", {}},
      {"The Red Fist claimed the attack on Vorn Mobile in a video posted online.",
       {"Red Fist targeted Vorn Mobile"}},
      {"The Red Fist claimed the attack on Vorn Mobile and vowed more strikes.",
       {"Red Fist targeted Vorn Mobile"}},
  });
}

TEST_CASE("a headline whose verb follows a plural noun is read", "[relations]") {
  checkHeadlines(
      {{"Gondorian hackers target Arnor's health service", {"Gondorian hackers targeted Arnor"}}});
}

TEST_CASE("a headline lists its subjects with commas alone", "[relations]") {
  checkHeadlines({
      {"Arnor, Rohan accuse Gondor of hacking", {"Arnor accused Gondor", "Rohan accused Gondor"}},
      {"Arnor, Rohan, Harad sanction Gondorian officials",
       {"Arnor sanctioned Gondorian officials", "Rohan sanctioned Gondorian officials",
        "Harad sanctioned Gondorian officials"}},
      // A label before a colon may open it; a question after the list asks of it.
      {"Exclusive: Arnor, Rohan sanction Gondor",
       {"Arnor sanctioned Gondor", "Rohan sanctioned Gondor"}},
      {"Arnor, Rohan sanction Gondor: what comes next?",
       {"Arnor sanctioned Gondor", "Rohan sanctioned Gondor"}},
      // A headline that asks states nothing.
      {"Will Arnor, Rohan sanction Gondor?", {}},
  });
  // In prose a comma before a name is no list: "Arnor, Rohan said" is an apposition.
  check({{"Tom Erl, Rohan's envoy, accused Gondor of hacking.", {"Tom Erl accused Gondor"}}});
}

TEST_CASE("a finite verb after 'and' joins the clause's verb, not a gerund", "[relations]") {
  check({
      {"Arnor accused Gondor of hacking and lashed out at its leaders.",
       {"Arnor accused Gondor", "Arnor condemned leaders"}},
  });
}

TEST_CASE("names of two words listed with commas stay apart before a head", "[relations]") {
  check({
      {"Arnor sanctioned three firms: Vorn Mobile, Kalmor Bank and the Red Fist.",
       {"Arnor sanctioned Vorn Mobile", "Arnor sanctioned Kalmor Bank",
        "Arnor sanctioned Red Fist"}},
  });
}

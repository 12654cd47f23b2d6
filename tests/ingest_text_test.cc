// The text stage: sentence splitting around titles and abbreviations, quotes, glued words, page
// chrome, HTML input, normalisation, and offsets and line numbers into the original bytes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/text/article_metadata.h"
#include "ingest/text/document_builder.h"
#include "ingest/text/event_dates.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text/tokenizer.h"

namespace {

const kg::TextLexicons& lexicons() {
  static std::shared_ptr<const kg::TextLexicons> loaded =
      kg::TextLexicons::load(kg::resolveLexiconDir(""));
  return *loaded;
}

std::vector<std::string> sentencesOf(const std::string& text) {
  kg::Document document = kg::buildDocument("test.txt", text, lexicons());
  std::vector<std::string> sentences;
  for (const auto& sentence : document.sentences) sentences.push_back(sentence.text);
  return sentences;
}

struct SplitCase {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> sentences;
};

}  // namespace

TEST_CASE("sentence splitting keeps titles, abbreviations and quotes together", "[text]") {
  const std::vector<SplitCase> cases = {
      {"title Mr.",
       "Mr. Lammy met the envoy on Tuesday. He left early.",
       {"Mr. Lammy met the envoy on Tuesday.", "He left early."}},
      {"title Dr.",
       "Dr. Patel advised the committee. It agreed.",
       {"Dr. Patel advised the committee.", "It agreed."}},
      {"initials U.S. mid-sentence",
       "The U.S. Treasury named three firms. Two are in Dubai.",
       {"The U.S. Treasury named three firms.", "Two are in Dubai."}},
      {"initials U.K. at sentence end",
       "The envoy flew to the U.K. The talks start today.",
       {"The envoy flew to the U.K.", "The talks start today."}},
      {"company suffix Ltd. mid-sentence",
       "Acme Holdings Ltd. Chairman Ron Vale resigned.",
       {"Acme Holdings Ltd. Chairman Ron Vale resigned."}},
      {"company suffix Co. then a new sentence",
       "The ministry fined Baltic Shipping Co. The firm will appeal.",
       {"The ministry fined Baltic Shipping Co.", "The firm will appeal."}},
      {"month Jan. before a day",
       "The sanctions took effect on Jan. 5 in Brussels. Markets fell.",
       {"The sanctions took effect on Jan. 5 in Brussels.", "Markets fell."}},
      {"lower-case dotted word, inflected or mid-sentence",
       "The board o.k.ed the plan at 5 p.m. on Monday. It was o.k. They left.",
       {"The board o.k.ed the plan at 5 p.m. on Monday.", "It was o.k.", "They left."}},
      {"middle initial",
       "President John F. Kennedy visited Berlin. Crowds cheered.",
       {"President John F. Kennedy visited Berlin.", "Crowds cheered."}},
      {"Gen. before a name",
       "Gen. Mark Milley spoke first. Others followed.",
       {"Gen. Mark Milley spoke first.", "Others followed."}},
      {"question and exclamation",
       "Who ordered the attack? Nobody knows! Officials are silent.",
       {"Who ordered the attack?", "Nobody knows!", "Officials are silent."}},
      {"closing quote after the full stop",
       "\"We will respond.\" The spokesman did not elaborate.",
       {"\"We will respond.\"", "The spokesman did not elaborate."}},
      {"quote spanning two sentences",
       "She said: \"This is unacceptable. It must stop.\" Talks ended.",
       {"She said: \"This is unacceptable.", "It must stop.\"", "Talks ended."}},
      {"lower-case word after a full stop is not a new sentence",
       "The figure was 3.5 per cent. analysts said it was high.",
       {"The figure was 3.5 per cent. analysts said it was high."}},
      {"decimal numbers",
       "Exports fell 4.2 per cent in March. Imports rose.",
       {"Exports fell 4.2 per cent in March.", "Imports rose."}},
      {"ellipsis then a capital",
       "He paused... Then he left the room.",
       {"He paused...", "Then he left the room."}},
      {"a wrapped line that starts with a dash is no list item",
       "The attacks were carried out by a unit called Red Fist over many months last year\n- a "
       "group tied to Gondor - and it also targeted Rohan.",
       {"The attacks were carried out by a unit called Red Fist over many months last year - a "
        "group tied to Gondor - and it also targeted Rohan."}},
      {"a scraper's glued full stop between two words",
       "The envoy left Minas.The director met Jon Dale later. It ordered Gen.Sam Roe home. A "
       "page at Gondor.Gd says more.",
       {"The envoy left Minas.", "The director met Jon Dale later.", "It ordered Gen.Sam Roe home.",
        "A page at Gondor.Gd says more."}},
  };
  for (const auto& test : cases) {
    INFO(test.phenomenon);
    CHECK(sentencesOf(test.text) == test.sentences);
  }
}

TEST_CASE("glued words left by scrapers are split only when the left part is known", "[text]") {
  const std::vector<SplitCase> cases = {
      {"country glued to 'which'",
       "MPs joined the Alliance on Chinawhich criticises Beijing.",
       {"MPs joined the Alliance on China which criticises Beijing."}},
      {"month glued to 'the'",
       "Acknowledging the attacks last Augustthe Commission said so.",
       {"Acknowledging the attacks last August the Commission said so."}},
      {"a real name ending in 'and' stays whole",
       "New Zealand said it would act.",
       {"New Zealand said it would act."}},
      {"an ordinary capitalised word stays whole",
       "Theresa spoke to the Commission.",
       {"Theresa spoke to the Commission."}},
      {"a surname after a given name stays whole though its start is a word",
       "Minister Marek Tolland spoke.",
       {"Minister Marek Tolland spoke."}},
  };
  for (const auto& test : cases) {
    INFO(test.phenomenon);
    CHECK(sentencesOf(test.text) == test.sentences);
  }
}

TEST_CASE("page chrome is dropped by general rules", "[text]") {
  const std::vector<SplitCase> cases = {
      {"media caption",
       "Media caption,\n\nThe minister resigned on Friday.",
       {"The minister resigned on Friday."}},
      {"byline with two names",
       "By Sam Lee & Jo Grant\n\nThe minister resigned on Friday.",
       {"The minister resigned on Friday."}},
      {"reporters line",
       "Political reporters, World News\n\nThe minister resigned on Friday.",
       {"The minister resigned on Friday."}},
      {"related topics and read more",
       "The minister resigned on Friday.\n\nRelated Topics\n\nRead more\n\nMore on this story",
       {"The minister resigned on Friday."}},
      {"comment form",
       "The minister resigned on Friday.\n\nLeave a Reply\n\nYour email address will not be "
       "published. Required fields are marked *",
       {"The minister resigned on Friday."}},
      {"URL-only line",
       "https://example.org/story/123\n\nThe minister resigned on Friday.",
       {"The minister resigned on Friday."}},
      {"share and cookie lines",
       "Share this article\n\nWe use cookies to improve your experience.\n\nThe minister "
       "resigned on Friday.",
       {"The minister resigned on Friday."}},
      {"short heading without a verb",
       "'Watershed moment'\n\nThe minister resigned on Friday.\n\nGovernment concern",
       {"The minister resigned on Friday."}},
      {"headline with a verb is kept, its repeat is not",
       "Minister resigns over leak\n\nMinister resigns over leak\n\nThe minister resigned.",
       {"Minister resigns over leak", "The minister resigned."}},
      {"wire dateline prefix",
       "LONDON, March 25 (Reuters) - Britain summoned the Chinese ambassador on Monday.",
       {"Britain summoned the Chinese ambassador on Monday."}},
      {"dateline of any agency, with a double hyphen",
       "MINAS TIRITH, Feb. 28 (Gondorpress) -- Gondor summoned the envoy.",
       {"Gondor summoned the envoy."}},
      {"dateline with a colon, and an all-capitals label before lower case is kept",
       "MINAS TIRITH: Gondor summoned the envoy.\n\nNOTE: this paragraph stays whole.",
       {"Gondor summoned the envoy.", "NOTE: this paragraph stays whole."}},
      {"an abbreviated department does not end the headline's sentence",
       "Treasury Dept. sanctions six Arnorian officials\n\nThe minister resigned.",
       {"Treasury Dept. sanctions six Arnorian officials", "The minister resigned."}},
      {"wire trailer",
       "Britain summoned the envoy.\n\n(Reporting by Ann Roe; Editing by Tim Poe)",
       {"Britain summoned the envoy."}},
      {"a headline in the present tense after its names is kept; a short line later is not",
       "Gondor, Arnor sanction seven men\n\nThe minister resigned.\n\nGondor and Dale "
       "sanction",
       {"Gondor, Arnor sanction seven men", "The minister resigned."}},
  };
  for (const auto& test : cases) {
    INFO(test.phenomenon);
    CHECK(sentencesOf(test.text) == test.sentences);
  }
}

TEST_CASE("HTML is stripped to its prose with entities decoded", "[text][html]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Site</title><script>var x = \"<p>no</p>\";</script>"
      "<style>p{}</style></head><body><nav><a href='/'>Home</a> | <a>World</a></nav>"
      "<article><h1>Envoy summoned over hacking</h1>"
      "<p>Britain&rsquo;s Foreign Office summoned the envoy.<br>It cited &quot;malicious&quot; "
      "activity &amp; espionage.</p><!-- ad slot --><p>China denied&nbsp;the claims.</p>"
      "</article><footer>&copy; 2024 News Ltd. All rights reserved.</footer></body></html>";
  CHECK(sentencesOf(html) ==
        std::vector<std::string>{
            "Envoy summoned over hacking", "Britain's Foreign Office summoned the envoy.",
            "It cited \"malicious\" activity & espionage.", "China denied the claims."});
}

TEST_CASE("normalised text keeps offsets and lines into the original bytes", "[text]") {
  // A UTF-8 byte order mark, CRLF line ends, curly quotes, a non-breaking space and an en dash.
  const std::string original =
      "\xEF\xBB\xBFHeadline here\r\n\r\n"
      "The minister said \xE2\x80\x9C"
      "enough\xE2\x80\x9D.\xC2\xA0"
      "It was 2021\xE2\x80\x93"
      "22.\r\n";
  kg::Document document = kg::buildDocument("test.txt", original, lexicons());
  REQUIRE(document.sentences.size() == 2);
  const kg::Sentence& first = document.sentences[0];
  CHECK(first.text == "The minister said \"enough\".");
  CHECK(first.line == 3);
  CHECK(original.substr(first.start, first.end - first.start) ==
        "The minister said \xE2\x80\x9C"
        "enough\xE2\x80\x9D.");
  const kg::Sentence& second = document.sentences[1];
  CHECK(second.text == "It was 2021-22.");
  CHECK(original.substr(second.start, second.end - second.start) ==
        "It was 2021\xE2\x80\x93"
        "22.");
  CHECK(document.original == original);
  CHECK(kg::textStartOffset(original) == 3);
  // An acute or grave accent typed for an apostrophe is one.
  kg::Document accents = kg::buildDocument(
      "test.txt", "Headline here\n\nGondor\xC2\xB4s envoy met Arnor`s minister.\n", lexicons());
  REQUIRE(accents.sentences.size() == 1);
  CHECK(accents.sentences[0].text == "Gondor's envoy met Arnor's minister.");
}

TEST_CASE("hard-wrapped wire copy is joined into one paragraph", "[text]") {
  const std::string text =
      "The foreign ministry said on Tuesday that it had summoned the\n"
      "ambassador to protest against the sanctions imposed last week.\n";
  CHECK(sentencesOf(text) ==
        std::vector<std::string>{"The foreign ministry said on Tuesday that it had summoned the "
                                 "ambassador to protest against the sanctions imposed last week."});
}

TEST_CASE("lexicon tables report the file they cannot read", "[text]") {
  CHECK_THROWS_WITH(kg::readLexiconTable("/nonexistent/lexicon.tsv"),
                    Catch::Contains("/nonexistent/lexicon.tsv"));
  CHECK(kg::splitAlternatives("UK| U.K. ||Britain") ==
        std::vector<std::string>{"UK", "U.K.", "Britain"});
}

TEST_CASE("article metadata: HTML meta tags, JSON-LD, and a text's headline, address and date",
          "[text]") {
  kg::ArticleMetadata metadata(kg::resolveLexiconDir(""));
  auto infoOf = [&](const std::string& original) {
    kg::Document document;
    document.original = original;
    metadata.run(document);
    return document.info;
  };
  kg::ArticleInfo html = infoOf(
      "<!doctype html><html><head><title>Page title | Site</title>\n"
      "<meta property=\"og:title\" content=\"Arnor sanctions Gondor &amp; allies\">\n"
      "<meta property='og:site_name' content='Example Herald'>\n"
      "<meta property=\"article:published_time\" content=\"2024-03-25T09:30:00+00:00\">\n"
      "<meta name=\"author\" content=\"Jo Writer\">\n"
      "<link rel=\"canonical\" href=\"https://herald.example/world/arnor\">\n"
      "</head><body><p>Arnor imposed sanctions.</p></body></html>");
  CHECK(html.title == "Arnor sanctions Gondor & allies");
  CHECK(html.source == "Example Herald");
  CHECK(html.published == "2024-03-25");
  CHECK(html.byline == "Jo Writer");
  CHECK(html.url == "https://herald.example/world/arnor");

  kg::ArticleInfo json_ld = infoOf(
      "<html><head><title>Arnor acts</title><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"datePublished\": \"2021-07-19T08:00:00Z\", "
      "\"author\": {\"@type\": \"Person\", \"name\": \"Sam Reporter\"}}</script></head>"
      "<body><p>Text.</p></body></html>");
  CHECK(json_ld.title == "Arnor acts");
  CHECK(json_ld.published == "2021-07-19");
  CHECK(json_ld.byline == "Sam Reporter");
  CHECK(json_ld.source.empty());

  kg::ArticleInfo text = infoOf(
      "Arnor accuses Gondor of hacking\nhttps://www.herald.example/news/arnor\n\nBy Jo Writer\n"
      "Monday 25 March 2024\n\nArnor accused Gondor on Monday.\n");
  CHECK(text.title == "Arnor accuses Gondor of hacking");
  CHECK(text.url == "https://www.herald.example/news/arnor");
  CHECK(text.source == "herald.example");
  CHECK(text.byline == "Jo Writer");
  CHECK(text.published == "2024-03-25");

  CHECK(infoOf("Headline\n\nWASHINGTON, March 5, 2021 - Arnor acted.\n").published == "2021-03-05");
  CHECK(infoOf("Headline\nhttps://news.example/2018/02/14/story\n\nText.\n").published ==
        "2018-02-14");
  // Dates that do not exist, and numbers that are no dates, give none.
  CHECK(infoOf("Headline\n\n31 February 2024: nothing.\n").published.empty());
  CHECK(infoOf("Headline\n\nAbout 40 million voters in 2024.\n").published.empty());
  CHECK(metadata.firstDate("Feb. 29, 2023").empty());
  CHECK(metadata.firstDate("Feb. 29, 2024") == "2024-02-29");
  CHECK(metadata.firstDate("Sept 9 2020") == "2020-09-09");
}

TEST_CASE("event dates: found in the sentence, resolved against the article's date", "[text]") {
  kg::EventDates dates(kg::resolveLexiconDir(""));
  // Tuesday 26 March 2024.
  const std::string published = "2024-03-26";
  struct Row {
    const char* sentence;
    const char* words;
    const char* date;
  };
  const Row rows[] = {
      {"Arnor on Monday accused Gondor.", "on Monday", "2024-03-25"},
      {"Arnor accused Gondor on Tuesday.", "on Tuesday", "2024-03-26"},
      {"The ministry was hacked last July.", "last July", "2023-07"},
      {"The ministry was hacked in March.", "in March", "2024-03"},
      {"The ministry was hacked last March.", "last March", "2023-03"},
      {"The ministry was hacked in 2021.", "in 2021", "2021"},
      {"Gondor was attacked on 15 June.", "15 June", "2023-06-15"},
      {"Gondor was attacked on June 15, 2021.", "June 15, 2021", "2021-06-15"},
      {"Gondor was attacked in March 2019.", "in March 2019", "2019-03"},
      {"Arnor sanctioned Gondor yesterday.", "yesterday", "2024-03-25"},
      {"Arnor sanctioned Gondor last year.", "last year", "2023"},
      {"Arnor may retaliate against Gondor.", "", ""},  // the modal, not the month
      {"Arrests were made in May.", "in May", "2023-05"},
      {"Gondor met officials in Mar-a-Lago.", "", ""},    // an abbreviation needs a number
      {"The Sunday Times reported the attack.", "", ""},  // a day inside a name
      {"Arnor sanctioned Gondor last Tuesday.", "last Tuesday", "2024-03-19"},
      {"Gondor was attacked on 29 February.", "29 February", "2024-02-29"},
      {"Arnor accused Gondor.", "", ""},
  };
  for (const Row& row : rows) {
    INFO(row.sentence);
    std::vector<kg::EventDates::Found> found = dates.findAll(row.sentence);
    std::string words = found.empty() ? "" : found.front().words;
    CHECK(words == row.words);
    CHECK(dates.resolve(words, published) == row.date);
  }
  // Days and months counted from the article need its date; written-out dates do not.
  CHECK(dates.resolve("on Monday", "").empty());
  CHECK(dates.resolve("15 June 2021", "") == "2021-06-15");
  CHECK(dates.resolve("31 February 2021", "").empty());
  CHECK(dates.resolve("29 February", "2023-03-01") == "2020-02-29");  // the latest such day
  // The phrase nearest the word that states the edge.
  const std::string sentence = "On Monday Arnor accused Gondor of an attack in 2021.";
  CHECK(dates.nearest(sentence, sentence.find("accused")) == "On Monday");
  CHECK(dates.nearest(sentence, sentence.find("attack")) == "in 2021");
}

TEST_CASE("bulleted lines after a colon are list items, bullets elsewhere are page chrome",
          "[text]") {
  std::vector<std::string> sentences = sentencesOf(
      "Report\n\nThose sanctioned by Arnor are:\n"
      "• Col Jon Dale Ashworth Merriwether - director of the port authority in the south\n"
      "• Sam Roe - deputy head\n\nThe measures take effect at once.\n\n• Home\n• Sport\n");
  CHECK(std::find(
            sentences.begin(), sentences.end(),
            "• Col Jon Dale Ashworth Merriwether - director of the port authority in the south") !=
        sentences.end());
  CHECK(std::find(sentences.begin(), sentences.end(), "• Sam Roe - deputy head") !=
        sentences.end());
  CHECK(std::find(sentences.begin(), sentences.end(), "• Home") == sentences.end());
}

TEST_CASE("a dash written with hyphens is one token as an em dash is", "[text]") {
  kg::Tokenizer tokenizer;
  // (The text stage has made an em dash "-" by then.)
  for (const std::string& dash : {std::string("--"), std::string("---"), std::string("-")}) {
    std::vector<std::string> words;
    for (const auto& token : tokenizer.tokenize("Tom Erl " + dash + " a farmer " + dash + " left."))
      words.push_back(token.text);
    INFO("dash: " << dash);
    CHECK(words == std::vector<std::string>{"Tom", "Erl", "-", "a", "farmer", "-", "left", "."});
  }
}

TEST_CASE("initials keep a last capital written without its dot", "[text]") {
  kg::Tokenizer tokenizer;
  auto words = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& token : tokenizer.tokenize(text)) out.push_back(token.text);
    return out;
  };
  CHECK(words("Vorn Marine L.L.C, Kalmor S.A and U.S. firms") ==
        std::vector<std::string>{"Vorn", "Marine", "L.L.C", ",", "Kalmor", "S.A", "and", "U.S.",
                                 "firms"});
  // A sentence's last initials keep their dot; the next capital opens a new word.
  CHECK(words("moved to the U.S. A new office") ==
        std::vector<std::string>{"moved", "to", "the", "U.S.", "A", "new", "office"});
}

// Result formatting: display width of wide and combining characters, RFC 4180 CSV, box tables
// that stay aligned with CJK names and wrap to a width, JSON that parses, sqlite3's line mode,
// and values printed like cypher-shell prints them.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "query/result_format.h"

using namespace kg;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream stream(text);
  std::string line;
  while (std::getline(stream, line)) out.push_back(line);
  return out;
}

std::string format(const PropertyGraph& graph, const QueryResult& result, OutputMode mode,
                   bool headers = true, size_t width = 0) {
  FormatOptions options;
  options.mode = mode;
  options.headers = headers;
  options.max_table_width = width;
  std::ostringstream out;
  writeResult(graph, result, options, out);
  return out.str();
}

// A small news graph: two actors and a sanctions edge with two evidence sentences.
struct NewsGraph {
  PropertyGraph graph;
  uint32_t country, person, edge;
  NewsGraph() {
    country = graph.addNode({"Country"}, {{"name", "Freedonia"}, {"type", "country"}}, 7);
    person = graph.addNode(
        {"Person"},
        {{"name", "宋小明"}, {"type", "person"}, {"aliases", ValueList{Value("Mr Song")}}}, 8);
    edge = graph.addNewsEdge(country, person, "sanctioned", EdgeStatus::Asserted, 0.5,
                             {{"a.txt", "Freedonia sanctioned him.", 0, 25},
                              {"b.txt", "The sanctions, it said, stand.", 3, 34}},
                             11);
  }
};

}  // namespace

TEST_CASE("display width counts wide characters twice and marks not at all") {
  CHECK(displayWidth("") == 0);
  CHECK(displayWidth("Freedonia") == 9);
  CHECK(displayWidth("宋小明") == 6);                            // CJK ideographs
  CHECK(displayWidth("ｆｕｌｌ") == 8);                          // fullwidth Latin
  CHECK(displayWidth("한국") == 4);                              // Hangul syllables
  CHECK(displayWidth("Tōmàs") == 5);                             // precomposed accent
  CHECK(displayWidth("Bra\xCC\x80ndt") == 6);                    // a combining grave accent
  CHECK(displayWidth("\xF0\x9F\x98\x80") == 2);                  // 😀
  CHECK(displayWidth("\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7") == 2);  // a flag: two indicators
  // 👩‍💻: woman, zero width joiner, laptop — one picture
  CHECK(displayWidth("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB") == 2);
  CHECK(displayWidth("\xFF"
                     "a") == 2);         // an invalid byte still takes a column
  CHECK(displayWidth("\xE4\xB8") == 2);  // a truncated sequence: one column per byte
}

TEST_CASE("CSV fields are quoted only when RFC 4180 requires it") {
  CHECK(csvField("plain text") == "plain text");
  CHECK(csvField("a,b") == "\"a,b\"");
  CHECK(csvField("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csvField("two\nlines") == "\"two\nlines\"");
  CHECK(csvField("cr\r") == "\"cr\r\"");
  CHECK(csvField("") == "");
}

TEST_CASE("CSV output has a header, CRLF line ends, empty nulls and quoted fields") {
  PropertyGraph graph;
  QueryResult result;
  result.columns = {"name", "note", "count"};
  result.rows = {{Value("Freedonia, Republic of"), Value(), Value(int64_t{3})},
                 {Value("Sylvania"), Value("said \"no\""), Value(1.5)}};
  CHECK(format(graph, result, OutputMode::Csv) ==
        "name,note,count\r\n\"Freedonia, Republic of\",,3\r\nSylvania,\"said \"\"no\"\"\",1.5\r\n");
  CHECK(format(graph, result, OutputMode::Csv, false) ==
        "\"Freedonia, Republic of\",,3\r\nSylvania,\"said \"\"no\"\"\",1.5\r\n");
}

TEST_CASE("tables draw boxes and stay aligned with CJK names") {
  NewsGraph news;
  QueryResult result;
  result.columns = {"name", "mentions"};
  result.rows = {{Value("宋小明"), Value(int64_t{2})}, {Value("Freedonia"), Value(int64_t{10})}};
  std::string text = format(news.graph, result, OutputMode::Table);
  std::vector<std::string> rows = lines(text);
  REQUIRE(rows.size() == 6);  // top, header, rule, 2 rows, bottom
  CHECK(rows.front().rfind("┌", 0) == 0);
  CHECK(rows.back().rfind("└", 0) == 0);
  for (const auto& row : rows) CHECK(displayWidth(row) == displayWidth(rows.front()));
  CHECK(rows[1] == "│ name        │ mentions │");
  CHECK(rows[3] == "│ \"宋小明\"    │        2 │");  // strings quoted, numbers to the right
  CHECK(rows[4] == "│ \"Freedonia\" │       10 │");

  std::vector<std::string> no_header = lines(format(news.graph, result, OutputMode::Table, false));
  CHECK(no_header.size() == 4);
  CHECK(no_header[1].find("name") == std::string::npos);
}

TEST_CASE("tables wrap long cells to the width they are given") {
  PropertyGraph graph;
  QueryResult result;
  result.columns = {"id", "sentence"};
  std::string sentence =
      "The government said on Monday that it had sanctioned two people and one company over a "
      "campaign of attacks on its parliament and its electoral commission.";
  result.rows = {{Value(int64_t{1}), Value(sentence)}};
  std::vector<std::string> rows = lines(format(graph, result, OutputMode::Table, true, 60));
  CHECK(rows.size() > 6);  // the row takes several lines
  std::string joined;
  for (const auto& row : rows) {
    CHECK(displayWidth(row) <= 60);
    CHECK(displayWidth(row) == displayWidth(rows.front()));
    if (row.rfind("│", 0) == 0 && row.find("sentence") == std::string::npos) {
      size_t last_bar = row.rfind("│");
      size_t second_bar = row.find("│", 3);
      std::string cell = row.substr(second_bar + 3 + 1, last_bar - second_bar - 3 - 1);
      while (!cell.empty() && cell.back() == ' ') cell.pop_back();
      if (!joined.empty()) joined += ' ';
      joined += cell;
    }
  }
  CHECK(joined == "\"" + sentence + "\"");  // no word lost, broken at spaces
}

TEST_CASE("values read like cypher-shell prints them") {
  NewsGraph news;
  const PropertyGraph& graph = news.graph;
  CHECK(valueLiteral(graph, Value()) == "null");
  CHECK(valueLiteral(graph, Value(true)) == "true");
  CHECK(valueLiteral(graph, Value(int64_t{-4})) == "-4");
  CHECK(valueLiteral(graph, Value(1.0)) == "1.0");
  CHECK(valueLiteral(graph, Value(0.25)) == "0.25");
  CHECK(valueLiteral(graph, Value("say \"hi\"\n")) == "\"say \\\"hi\\\"\\n\"");
  CHECK(valueLiteral(graph, Value(ValueList{Value(1), Value("a")})) == "[1, \"a\"]");
  CHECK(valueLiteral(graph, Value(ValueMap{{"two words", Value(1)}, {"k", Value()}})) ==
        "{k: null, `two words`: 1}");
  // name first; a `type` that only repeats the label is left out
  CHECK(valueLiteral(graph, Value(NodeRef{news.person})) ==
        "(:Person {name: \"宋小明\", aliases: [\"Mr Song\"]})");
  // the evidence list is left out of text forms
  CHECK(valueLiteral(graph, Value(EdgeRef{news.edge})) ==
        "[:sanctioned {confidence: 0.5, mentions: 2, status: \"asserted\"}]");
  PathValue forward{{news.country, news.person}, {news.edge}};
  CHECK(valueLiteral(graph, Value(forward)) ==
        "(:Country {name: \"Freedonia\"})-[:sanctioned {confidence: 0.5, mentions: 2, status: "
        "\"asserted\"}]->(:Person {name: \"宋小明\", aliases: [\"Mr Song\"]})");
  PathValue backward{{news.person, news.country}, {news.edge}};
  CHECK(valueLiteral(graph, Value(backward)).find(")<-[:sanctioned") != std::string::npos);
  CHECK(valuePlainText(graph, Value("bare")) == "bare");
  CHECK(valuePlainText(graph, Value()) == "");
}

TEST_CASE("JSON output is an array of objects that parses, with nodes and evidence") {
  NewsGraph news;
  QueryResult result;
  result.columns = {"a", "r", "score"};
  result.rows = {{Value(NodeRef{news.country}), Value(EdgeRef{news.edge}), Value(std::nan(""))},
                 {Value(NodeRef{news.person}), Value(), Value(2.0)}};
  std::string text = format(news.graph, result, OutputMode::Json);
  rapidjson::Document document;
  document.Parse(text.c_str());
  REQUIRE_FALSE(document.HasParseError());
  REQUIRE(document.IsArray());
  REQUIRE(document.Size() == 2);
  const auto& first = document[0];
  CHECK(std::string(first["a"]["id"].GetString()) == "n7");
  CHECK(std::string(first["a"]["labels"][0].GetString()) == "Country");
  CHECK(std::string(first["a"]["properties"]["name"].GetString()) == "Freedonia");
  CHECK(std::string(first["r"]["id"].GetString()) == "e11");
  CHECK(std::string(first["r"]["type"].GetString()) == "sanctioned");
  CHECK(std::string(first["r"]["source"].GetString()) == "n7");
  CHECK(std::string(first["r"]["target"].GetString()) == "n8");
  CHECK(first["r"]["properties"]["evidence"].Size() == 2);
  CHECK(first["score"].IsNull());  // NaN has no JSON form
  CHECK(document[1]["score"].GetDouble() == 2.0);
  CHECK(document[1]["r"].IsNull());

  result.rows.clear();
  CHECK(format(news.graph, result, OutputMode::Json) == "[]\n");
}

TEST_CASE("JSON lines has one object per row and invalid UTF-8 is replaced") {
  PropertyGraph graph;
  QueryResult result;
  result.columns = {"name"};
  result.rows = {{Value("ok")}, {Value("bad \xFF byte")}};
  std::vector<std::string> rows = lines(format(graph, result, OutputMode::Jsonl));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == "{\"name\":\"ok\"}");
  CHECK(rows[1] == "{\"name\":\"bad \xEF\xBF\xBD byte\"}");
  for (const auto& row : rows) {
    rapidjson::Document document;
    document.Parse(row.c_str());
    CHECK_FALSE(document.HasParseError());
  }
}

TEST_CASE("line mode prints one column per line, names right-aligned, rows apart") {
  PropertyGraph graph;
  QueryResult result;
  result.columns = {"a", "name"};
  result.rows = {{Value(int64_t{1}), Value("Freedonia")}, {Value(int64_t{2}), Value()}};
  CHECK(format(graph, result, OutputMode::Line) ==
        "   a = 1\nname = Freedonia\n\n   a = 2\nname = \n");
}

TEST_CASE("output modes parse by name") {
  CHECK(parseOutputMode("table") == OutputMode::Table);
  CHECK(parseOutputMode("csv") == OutputMode::Csv);
  CHECK(parseOutputMode("json") == OutputMode::Json);
  CHECK(parseOutputMode("jsonl") == OutputMode::Jsonl);
  CHECK(parseOutputMode("line") == OutputMode::Line);
  CHECK_FALSE(parseOutputMode("xml").has_value());
  CHECK(outputModeName(OutputMode::Jsonl) == "jsonl");
}

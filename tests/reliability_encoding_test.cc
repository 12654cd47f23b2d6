// One article, four encodings: saved as UTF-8, UTF-16 little and big endian with a byte order
// mark, and Latin-1 (the article uses only characters Latin-1 can hold, accented names among
// them), it must ingest to the same graph. Latin-1 is recognised without a flag (and says so in
// a note) and also read with --latin1; evidence offsets point into each file's own bytes.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "reliability_support.h"
#include "test_support.h"

using kg::testing::runCommand;
using kg::testing::scaledSeconds;
using kg::testing::ScratchDirectory;
using kg::testing::splitLines;

namespace {

const std::string kKg = KG_BINARY;

std::u32string codePoints(const std::string& utf8) {
  std::u32string points;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char lead = static_cast<unsigned char>(utf8[i]);
    int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t point = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) point = point << 6 | (utf8.at(i + k) & 0x3F);
    points += point;
    i += length;
  }
  return points;
}

std::string utf8Of(const std::u32string& points) {
  std::string bytes;
  for (char32_t point : points) {
    if (point < 0x80) {
      bytes += static_cast<char>(point);
    } else if (point < 0x800) {
      bytes += static_cast<char>(0xC0 | point >> 6);
      bytes += static_cast<char>(0x80 | (point & 0x3F));
    } else {
      bytes += static_cast<char>(0xE0 | point >> 12);
      bytes += static_cast<char>(0x80 | (point >> 6 & 0x3F));
      bytes += static_cast<char>(0x80 | (point & 0x3F));
    }
  }
  return bytes;
}

std::string utf16Of(const std::u32string& points, bool little_endian) {
  std::string bytes = little_endian ? "\xff\xfe" : "\xfe\xff";
  for (char32_t point : points) {
    REQUIRE(point < 0x10000);
    char low = static_cast<char>(point & 0xFF), high = static_cast<char>(point >> 8);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  }
  return bytes;
}

std::string latin1Of(const std::u32string& points) {
  std::string bytes;
  for (char32_t point : points) {
    REQUIRE(point < 0x100);
    bytes += static_cast<char>(point);
  }
  return bytes;
}

struct Ingested {
  std::vector<std::string> graph;  // sorted lines: nodes and edges without article names/offsets
  std::vector<std::string> notes;  // kg's "note:" lines on stderr
  // Each evidence item as (sentence, start, end) with offsets into the ingested file's bytes.
  std::multiset<std::tuple<std::string, int64_t, int64_t>> evidence;
};

// The graph as text lines that leave out everything naming the article (its file name, which
// differs per encoding, and byte offsets, which differ by encoding): nodes with type, aliases and
// labels; edges with their ends' names, relation, status, mentions, confidence and the evidence
// sentences.
std::vector<std::string> graphLines(const rapidjson::Document& json) {
  std::map<std::string, std::string> names;
  std::vector<std::string> lines;
  for (const auto& node : json["nodes"].GetArray()) {
    names[node["id"].GetString()] = node["name"].GetString();
    std::string line =
        std::string("node\t") + node["name"].GetString() + "\t" + node["type"].GetString();
    std::set<std::string> aliases, labels;
    for (const auto& alias : node["aliases"].GetArray()) aliases.insert(alias.GetString());
    for (const auto& label : node["labels"].GetArray()) labels.insert(label.GetString());
    for (const auto& alias : aliases) line += "\talias=" + alias;
    for (const auto& label : labels) line += "\tlabel=" + label;
    lines.push_back(line);
  }
  for (const auto& edge : json["edges"].GetArray()) {
    std::string line = "edge\t" + names[edge["source"].GetString()] + "\t" +
                       edge["relation"].GetString() + "\t" + names[edge["target"].GetString()] +
                       "\t" + edge["status"].GetString() + "\t" +
                       std::to_string(edge["mentions"].GetUint()) + "\t" +
                       std::to_string(edge["confidence"].GetDouble());
    std::multiset<std::string> sentences;
    for (const auto& item : edge["evidence"].GetArray())
      sentences.insert(item["sentence"].GetString());
    for (const auto& sentence : sentences) line += "\t" + sentence;
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

Ingested ingest(const ScratchDirectory& scratch, const std::string& name, const std::string& bytes,
                const std::vector<std::string>& extra = {}) {
  std::string db = scratch.file(name + ".db");
  std::string path = scratch.write(name, bytes);
  std::vector<std::string> argv = {kKg, "ingest", "--db", db};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back(path);
  auto run = runCommand(argv, "", scaledSeconds(60));
  INFO(name << " stderr:\n" << run.err);
  REQUIRE(run.exit_code == 0);
  auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"}, "", 60);
  REQUIRE(exported.exit_code == 0);
  rapidjson::Document json;
  json.Parse(exported.out.c_str(), exported.out.size());
  REQUIRE_FALSE(json.HasParseError());
  Ingested result;
  result.graph = graphLines(json);
  for (const std::string& line : splitLines(run.err))
    if (line.find(": note: ") != std::string::npos) result.notes.push_back(line);
  for (const auto& edge : json["edges"].GetArray())
    for (const auto& item : edge["evidence"].GetArray())
      result.evidence.insert(
          {item["sentence"].GetString(), item["start"].GetInt64(), item["end"].GetInt64()});
  return result;
}

// Byte offset in `encoded` of code point `index`, for an encoding of `unit` bytes per code point
// after a prefix of `prefix` bytes; UTF-8 (unit 0) counts each code point's own length.
int64_t byteOffset(const std::u32string& points, size_t index, int unit, int prefix) {
  if (unit > 0) return prefix + static_cast<int64_t>(index) * unit;
  return static_cast<int64_t>(utf8Of(points.substr(0, index)).size());
}

// The code point index of UTF-8 byte offset `offset` of the article.
size_t pointIndex(const std::u32string& points, int64_t offset) {
  size_t index = 0;
  for (int64_t bytes = 0; bytes < offset; ++index) {
    if (index >= points.size()) throw std::out_of_range("offset past the article");
    bytes += static_cast<int64_t>(utf8Of(points.substr(index, 1)).size());
  }
  return index;
}

}  // namespace

TEST_CASE("one article in UTF-8, UTF-16 LE and BE with BOM and Latin-1 gives one graph",
          "[reliability][encoding]") {
  // Only characters Latin-1 can hold: accented names, guillemets, the degree and pound signs.
  const std::string article =
      "France accused Fran\u00e7ois M\u00fcller of espionage on Monday. Germany condemned "
      "Jos\u00e9 N\u00fa\u00f1ez and summoned the Russian ambassador.\n"
      "The United Kingdom sanctioned B\u00e9atrice L\u00e9v\u00eaque \u00ab for the attacks "
      "\u00bb, a ministry spokesman said at 20\u00b0C, with \u00a3500 of fines.\n"
      "Mr Fran\u00e7ois M\u00fcller denied the claims made by France.\n";
  const std::u32string points = codePoints(article);
  ScratchDirectory scratch;

  Ingested utf8 = ingest(scratch, "utf-8.txt", article);
  Ingested little = ingest(scratch, "utf-16le.txt", utf16Of(points, true));
  Ingested big = ingest(scratch, "utf-16be.txt", utf16Of(points, false));
  Ingested latin1 = ingest(scratch, "latin-1.txt", latin1Of(points));
  Ingested forced = ingest(scratch, "latin-1-forced.txt", latin1Of(points), {"--latin1"});

  // The reference graph holds the accented names, decoded, with edges between them: a graph
  // that lost or garbled them could not be equal to it.
  INFO("UTF-8 graph:\n"
       << [&] {
            std::string all;
            for (const auto& line : utf8.graph) all += line + "\n";
            return all;
          }());
  bool accented_node = false, accented_edge = false;
  for (const auto& line : utf8.graph) {
    bool accented = line.find("\u00fc") != std::string::npos ||
                    line.find("\u00e9") != std::string::npos ||
                    line.find("\u00e7") != std::string::npos;
    if (line.rfind("node\t", 0) == 0 && accented) accented_node = true;
    if (line.rfind("edge\t", 0) == 0 && accented) accented_edge = true;
    CHECK(line.find("\ufffd") == std::string::npos);
  }
  CHECK(accented_node);
  CHECK(accented_edge);

  CHECK(little.graph == utf8.graph);
  CHECK(big.graph == utf8.graph);
  CHECK(latin1.graph == utf8.graph);
  CHECK(forced.graph == utf8.graph);

  // Latin-1 without a flag is flagged: a note says how the file was read.
  bool detected = false;
  for (const auto& note : latin1.notes)
    detected = detected || note.find("Latin-1") != std::string::npos;
  INFO("Latin-1 notes: " << latin1.notes.size());
  CHECK(detected);
  CHECK(utf8.notes.empty());

  // The comparison sees the accents: the Latin-1 bytes read as UTF-8 give another graph.
  Ingested misread =
      ingest(scratch, "latin-1-as-utf-8.txt", latin1Of(points), {"--encoding", "utf-8"});
  CHECK(misread.graph != utf8.graph);

  // Evidence offsets point into each file's own bytes: the same code points, at one byte each
  // in Latin-1 and two (after a two-byte mark) in UTF-16.
  auto expected = [&](int unit, int prefix) {
    std::multiset<std::tuple<std::string, int64_t, int64_t>> mapped;
    for (const auto& [sentence, start, end] : utf8.evidence)
      mapped.insert({sentence, byteOffset(points, pointIndex(points, start), unit, prefix),
                     byteOffset(points, pointIndex(points, end), unit, prefix)});
    return mapped;
  };
  REQUIRE_FALSE(utf8.evidence.empty());
  CHECK(little.evidence == expected(2, 2));
  CHECK(big.evidence == expected(2, 2));
  CHECK(latin1.evidence == expected(1, 0));
  CHECK(forced.evidence == expected(1, 0));
}

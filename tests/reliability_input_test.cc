// Hostile input: a scraped folder full of things that are not articles, or are articles in odd
// shapes. For each: no crash, no hang (every run has a deadline), a one-line error naming the
// file and the reason, the good inputs ingested, exit status 1 and a summary line counting the
// skipped inputs by reason.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <regex>
#include <set>
#include <string>

#include "reliability_support.h"
#include "test_support.h"

using kg::testing::BackgroundProcess;
using kg::testing::CommandResult;
using kg::testing::normalisedExport;
using kg::testing::readWholeFile;
using kg::testing::runCommand;
using kg::testing::scaledSeconds;
using kg::testing::ScratchDirectory;
using kg::testing::splitLines;
using kg::testing::sqlRows;

namespace {

namespace fs = std::filesystem;
const std::string kKg = KG_BINARY;

const std::string kGoodText =
    "France accused Russia of cyber-attacks against its elections on Monday. Germany condemned "
    "the attacks and summoned the Russian ambassador.\n";

std::string randomBytes(size_t count, unsigned seed) {
  std::mt19937 generator(seed);
  std::string bytes(count, '\0');
  for (char& c : bytes) c = static_cast<char>(generator() & 0xFF);
  return bytes;
}

std::string utf16(const std::u16string& text, bool little_endian) {
  std::string bytes = little_endian ? "\xff\xfe" : "\xfe\xff";
  for (char16_t unit : text) {
    char low = static_cast<char>(unit & 0xFF), high = static_cast<char>(unit >> 8);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  }
  return bytes;
}

// The error lines kg printed about `path` (notes excluded).
std::vector<std::string> errorsAbout(const std::string& err, const std::string& path) {
  std::vector<std::string> found;
  for (const std::string& line : splitLines(err))
    if (line.rfind("kg: " + path + ": ", 0) == 0 && line.find(": note: ") == std::string::npos)
      found.push_back(line);
  return found;
}

std::vector<std::string> notesAbout(const std::string& err, const std::string& path) {
  std::vector<std::string> found;
  for (const std::string& line : splitLines(err))
    if (line.rfind("kg: " + path + ": note: ", 0) == 0) found.push_back(line);
  return found;
}

std::set<std::string> ingestedArticles(const std::string& db) {
  std::set<std::string> names;
  for (const auto& row : sqlRows(db, "SELECT name FROM articles")) names.insert(row[0]);
  return names;
}

// Parses "N ingested, M skipped (...), P already present; ..." from kg's standard output.
struct Summary {
  int ingested = -1, skipped = -1, present = -1;
  std::string reasons;
};
Summary summaryOf(const std::string& out) {
  static const std::regex pattern(
      R"((\d+) ingested, (\d+) skipped( \(([^)]*)\))?, (\d+) already present; )");
  Summary summary;
  std::smatch match;
  if (std::regex_search(out, match, pattern)) {
    summary.ingested = std::stoi(match[1]);
    summary.skipped = std::stoi(match[2]);
    summary.reasons = match[4];
    summary.present = std::stoi(match[5]);
  }
  return summary;
}

// Checks that the run ended by itself with status 1 and `path` got exactly one error line
// containing `reason`.
void requireRefused(const std::string& err, const std::string& path, const std::string& reason) {
  INFO("file " << path << "\nstderr:\n" << err);
  auto lines = errorsAbout(err, path);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(reason) != std::string::npos);
}

}  // namespace

TEST_CASE("a folder of hostile files: each bad one named with its reason, the rest ingested",
          "[reliability]") {
  ScratchDirectory scratch;
  std::string in = scratch.path() + "/in";
  fs::create_directories(in);
  std::string db = scratch.file("kg.db");

  // Articles that must get in, in whatever shape.
  scratch.write("in/good-1.txt", kGoodText);
  scratch.write("in/good-2.txt", "The United Kingdom sanctioned two Chinese nationals.\n");
  std::string invalid_utf8 =
      "Caf\xc3\xa9 owners in M\xc3\xbcnchen said police \xc3\x28 raided \xff the offices of "
      "Acme Ltd. Prosecutors charged the company.\n";
  scratch.write("in/invalid-utf8.txt", invalid_utf8);
  scratch.write("in/utf16le.txt", utf16(u"Japan condemned North Korea's missile launch.\n", true));
  scratch.write("in/utf16be.txt", utf16(u"Canada sanctioned three Iranian officials.\n", false));
  scratch.write("in/latin1.txt",
                "Le pr\xe9sident fran\xe7"
                "ais a condamn\xe9 la Russie. Z\xfcrich police "
                "accused the hackers.\n");
  scratch.write("in/controls.txt",
                "Beijing\x1b[31m rejected\x07 the claims made by Washington, a spokesman for the "
                "foreign ministry said at a regular briefing in the capital on Tuesday.\n");
  scratch.write("in/emoji-rtl.txt",
                "Israel \xf0\x9f\x87\xae\xf0\x9f\x87\xb1 accused Hamas \xf0\x9f\x91\xa9\xe2\x80"
                "\x8d\xf0\x9f\x92\xbb. \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd8\xb3\xd9\x84\xd8\xa7"
                "\xd9\x85 \xe2\x80\xaeReversed text\xe2\x80\xac Egypt condemned it.\n");
  scratch.write("in/page.html",
                "<html><head><script>var s = \"Norway sanctioned Sweden\"; for(;;){}</script>"
                "<style>p{color:red}</style></head><body><p>Italy accused Libya of smuggling."
                "</p><script>document.write('<p>Spain charged Portugal</p>')</script></body>"
                "</html>\n");
  std::string quotes;
  for (int i = 0; i < 3000; ++i)
    quotes += (i % 3 == 0) ? "\"" : (i % 3 == 1) ? "\xe2\x80\x9c" : "'";
  quotes += "Poland condemned Belarus";
  for (int i = 0; i < 3000; ++i)
    quotes += (i % 3 == 0) ? "\"" : (i % 3 == 1) ? "\xe2\x80\x9d" : "'";
  scratch.write("in/quotes.txt", quotes + ".\n");
  scratch.write("in/x.txt/inner.txt", "Austria summoned the Hungarian ambassador.\n");

  // Inputs that must be refused.
  scratch.write("in/empty.txt", "");
  scratch.write("in/blank.txt", "  \n\n\t \n");
  scratch.write("in/random.txt", randomBytes(20000, 7));
  fs::copy_file("/bin/true", in + "/true.txt");
  std::string with_nul = kGoodText;
  with_nul[20] = '\0';
  scratch.write("in/nul.txt", with_nul);
  std::string noisy = "Sanctions";
  for (int i = 0; i < 50; ++i) noisy += "\x01\x02\x03\x1b word ";
  scratch.write("in/controls-heavy.txt", noisy);
  fs::create_symlink("loop-b.txt", in + "/loop-a.txt");
  fs::create_symlink("loop-a.txt", in + "/loop-b.txt");
  REQUIRE(mkfifo((in + "/fifo.txt").c_str(), 0644) == 0);
  scratch.write("in/bad\nname.txt", randomBytes(100, 8) + std::string(1, '\0'));
  scratch.write("in/big.txt", std::string(2'000'000, 'a'));

  auto run = runCommand({kKg, "ingest", "--db", db, "--max-article-bytes", "1000000", in}, "",
                        scaledSeconds(60));
  INFO("stdout:\n" << run.out << "\nstderr:\n" << run.err);
  REQUIRE_FALSE(run.timed_out);
  REQUIRE(run.exit_code == 1);

  requireRefused(run.err, in + "/empty.txt", "empty file");
  requireRefused(run.err, in + "/blank.txt", "no text");
  requireRefused(run.err, in + "/random.txt", "binary data");
  requireRefused(run.err, in + "/true.txt", "ELF executable");
  requireRefused(run.err, in + "/nul.txt", "NUL byte at offset 20");
  requireRefused(run.err, in + "/controls-heavy.txt", "control characters");
  requireRefused(run.err, in + "/loop-a.txt", "symbolic link loop");
  requireRefused(run.err, in + "/loop-b.txt", "symbolic link loop");
  requireRefused(run.err, in + "/fifo.txt", "not a regular file (a named pipe)");
  requireRefused(run.err, in + "/bad\\nname.txt", "binary data");
  requireRefused(run.err, in + "/big.txt", "larger than the article size limit of 1000000");
  for (const std::string& line : splitLines(run.err)) CHECK(line.rfind("kg: ", 0) == 0);

  // Decodable inputs are ingested; what was replaced or guessed is said, with the position.
  auto invalid_notes = notesAbout(run.err, in + "/invalid-utf8.txt");
  REQUIRE(invalid_notes.size() == 1);
  CHECK(invalid_notes[0].find("2 invalid UTF-8 sequences replaced by U+FFFD (first at byte " +
                              std::to_string(invalid_utf8.find("\xc3\x28")) + ")") !=
        std::string::npos);
  auto latin_notes = notesAbout(run.err, in + "/latin1.txt");
  REQUIRE(latin_notes.size() == 1);
  CHECK(latin_notes[0].find("Windows-1252") != std::string::npos);
  CHECK(notesAbout(run.err, in + "/controls.txt").size() == 1);
  CHECK(notesAbout(run.err, in + "/emoji-rtl.txt").empty());
  CHECK(notesAbout(run.err, in + "/utf16le.txt").empty());

  std::set<std::string> expected = {
      in + "/good-1.txt",  in + "/good-2.txt", in + "/invalid-utf8.txt", in + "/utf16le.txt",
      in + "/utf16be.txt", in + "/latin1.txt", in + "/controls.txt",     in + "/emoji-rtl.txt",
      in + "/page.html",   in + "/quotes.txt", in + "/x.txt/inner.txt"};
  for (const std::string& path : expected) CHECK(errorsAbout(run.err, path).empty());
  CHECK(ingestedArticles(db) == expected);

  Summary summary = summaryOf(run.out);
  CHECK(summary.ingested == 11);
  CHECK(summary.skipped == 11);
  CHECK(summary.present == 0);
  CHECK(summary.reasons == "5 binary, 2 empty, 1 not a file, 1 too large, 2 unreadable");
}

TEST_CASE("a directory named like a file, a symlink loop and a pipe named on the command line",
          "[reliability]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  std::string good = scratch.write("good.txt", kGoodText);
  std::string directory = scratch.file("x.txt");
  fs::create_directories(directory);
  std::string loop = scratch.file("loop.txt");
  fs::create_symlink("loop.txt", loop);
  std::string fifo = scratch.file("pipe.txt");
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  auto run =
      runCommand({kKg, "ingest", "--db", db, directory, loop, fifo, good}, "", scaledSeconds(30));
  INFO("stdout:\n" << run.out << "\nstderr:\n" << run.err);
  REQUIRE_FALSE(run.timed_out);
  CHECK(run.exit_code == 1);
  requireRefused(run.err, directory, "directory holds no .txt");
  requireRefused(run.err, loop, "symbolic link loop");
  requireRefused(run.err, fifo, "not a regular file (a named pipe)");
  CHECK(ingestedArticles(db) == std::set<std::string>{good});
  Summary summary = summaryOf(run.out);
  CHECK(summary.ingested == 1);
  CHECK(summary.skipped == 3);
}

TEST_CASE("an unreadable file is named and skipped", "[reliability]") {
  ScratchDirectory scratch;
  fs::permissions(scratch.path(), fs::perms::all);
  std::string db = scratch.file("kg.db");
  std::string good = scratch.write("good.txt", kGoodText);
  std::string secret = scratch.write("secret.txt", "Brazil accused Argentina of spying.\n");
  fs::permissions(secret, fs::perms::none);
  // Root reads anything: run kg as the unprivileged user "nobody" (65534) then.
  int run_as = geteuid() == 0 ? 65534 : -1;
  BackgroundProcess kg({kKg, "ingest", "--db", db, secret, good}, scratch.file("out"),
                       scratch.file("err"), false, run_as);
  REQUIRE(kg.waitFor(scaledSeconds(30)));
  INFO("stdout:\n" << kg.out() << "\nstderr:\n" << kg.err());
  REQUIRE(kg.exitCode() == 1);
  requireRefused(kg.err(), secret, "permission denied");
  CHECK(ingestedArticles(db) == std::set<std::string>{good});
  CHECK(summaryOf(kg.out()).reasons == "1 unreadable");
}

TEST_CASE("a file that vanishes before it is read, or changes while it is read", "[reliability]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  std::string doomed = scratch.write("doomed.txt", "Chile condemned Peru.\n");
  std::string good = scratch.write("good.txt", kGoodText);
  // kg reads "-" first and waits for it (one job: inputs are read in order, so no worker reads
  // doomed.txt early); meanwhile the next file disappears. kg lists its inputs before it opens
  // the database, so once the database exists doomed.txt has been listed (a fixed sleep lost
  // that race on a loaded machine under the sanitizers).
  BackgroundProcess kg({kKg, "ingest", "--db", db, "--jobs", "1", "-", doomed, good},
                       scratch.file("out"), scratch.file("err"), true);
  auto listed_by = std::chrono::steady_clock::now() + std::chrono::seconds(scaledSeconds(30));
  while (!fs::exists(db) && kg.running() && std::chrono::steady_clock::now() < listed_by)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  REQUIRE(kg.running());
  REQUIRE(fs::exists(db));
  fs::remove(doomed);
  kg.writeStdin("Mexico accused Cuba of interference.\n");
  kg.closeStdin();
  REQUIRE(kg.waitFor(scaledSeconds(30)));
  INFO("stdout:\n" << kg.out() << "\nstderr:\n" << kg.err());
  CHECK(kg.exitCode() == 1);
  requireRefused(kg.err(), doomed, "vanished before it could be read");
  CHECK(ingestedArticles(db) == std::set<std::string>{"-", good});

  // A large file truncated while kg reads it: either read whole before the truncation, or
  // refused as changed; never a crash, never half an article stored.
  std::string big = scratch.write("big.txt", std::string(30'000'000, 'x') + ".\n");
  std::string db2 = scratch.file("kg2.db");
  BackgroundProcess reader({kKg, "ingest", "--db", db2, "--no-parser", big}, scratch.file("out2"),
                           scratch.file("err2"));
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  REQUIRE(truncate(big.c_str(), 1000) == 0);
  REQUIRE(reader.waitFor(scaledSeconds(120)));
  INFO("stdout:\n" << reader.out() << "\nstderr:\n" << reader.err());
  REQUIRE(reader.signalNumber() == 0);
  if (reader.exitCode() == 1) {
    auto lines = errorsAbout(reader.err(), big);
    REQUIRE(lines.size() == 1);
    bool changed = lines[0].find("changed while being read") != std::string::npos;
    bool no_text = lines[0].find("control characters") != std::string::npos ||
                   lines[0].find("binary") != std::string::npos;
    CHECK((changed || no_text));
    CHECK(sqlRows(db2, "SELECT count(*) FROM articles")[0][0] == "0");
  } else {
    REQUIRE(reader.exitCode() == 0);
    auto rows = sqlRows(db2, "SELECT bytes FROM articles");
    REQUIRE(rows.size() == 1);
    CHECK((rows[0][0] == "30000002" || rows[0][0] == "1000"));
  }
}

TEST_CASE("20 MB on one line without a sentence end ingests within the limits",
          "[reliability][slow]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  // 20 MB; 5 MB under the sanitizers (the same code paths, a quarter of the time).
  const size_t size = kg::testing::kUnderSanitizer ? 5'000'000 : 20'000'000;
  std::string text;
  text.reserve(size);
  const char* words[] = {"Russia", "accused",   "the",  "Ministry", "of",        "Defence",
                         "and",    "Germany",   "said", "that",     "Sir",       "John",
                         "Smith",  "condemned", "Acme", "Ltd",      "sanctions", "China"};
  std::mt19937 generator(11);
  while (text.size() < size) {
    text += words[generator() % (sizeof words / sizeof *words)];
    text += ' ';
  }
  std::string path = scratch.write("one-line.txt", text);
  auto start = std::chrono::steady_clock::now();
  auto run = runCommand({kKg, "ingest", "--db", db, path}, "", scaledSeconds(90));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO("stdout:\n" << run.out << "\nstderr:\n" << run.err.substr(0, 2000));
  WARN(size / 1'000'000 << " MB single line: " << seconds << " s");
  REQUIRE_FALSE(run.timed_out);
  CHECK(run.exit_code == 0);
  CHECK(summaryOf(run.out).ingested == 1);
}

TEST_CASE("one sentence naming 20,000 people ingests within the limits", "[reliability][slow]") {
  ScratchDirectory scratch;
  std::string db = scratch.file("kg.db");
  const char* given[] = {"John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Aisha", "Kenji"};
  const char* family[] = {"Smith",  "Garcia", "Khan",  "Song",  "Petrova", "Dubois",
                          "Okafor", "Tanaka", "Novak", "Rossi", "Silva"};
  std::string text = "The United Kingdom sanctioned ";
  for (int i = 0; i < 20000; ++i) {
    if (i > 0) text += i == 19999 ? " and " : ", ";
    text +=
        std::string("Mr ") + given[i % 8] + " " + family[(i / 8) % 11] + "-" + std::to_string(i);
  }
  text += " on Monday, and Russia condemned them all.\n";
  std::string path = scratch.write("names.txt", text);
  auto start = std::chrono::steady_clock::now();
  auto run = runCommand({kKg, "ingest", "--db", db, path}, "", scaledSeconds(90));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO("stdout:\n" << run.out << "\nstderr:\n" << run.err.substr(0, 2000));
  WARN("20,000 names in one sentence: " << seconds << " s");
  REQUIRE_FALSE(run.timed_out);
  CHECK(run.exit_code == 0);
  CHECK(summaryOf(run.out).ingested == 1);
}

TEST_CASE("UTF-16 and Latin-1 articles give the graph their UTF-8 text gives", "[reliability]") {
  ScratchDirectory scratch;
  std::u16string text =
      u"France accused Russia of cyber-attacks on Monday. Germany condemned Russia.\n"
      u"The United Kingdom sanctioned two Chinese nationals.\n";
  std::string utf8;
  for (char16_t unit : text) utf8 += static_cast<char>(unit);  // ASCII only
  auto graphOf = [&](const std::string& name, const std::string& bytes,
                     std::vector<std::string> extra = {}) {
    std::string db = scratch.file(name + ".db");
    std::string path = scratch.write(name, bytes);
    std::vector<std::string> argv = {kKg, "ingest", "--db", db};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back(path);
    auto run = runCommand(argv, "", scaledSeconds(60));
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto exported = runCommand({kKg, "export", "--db", db, "--format", "json"});
    REQUIRE(exported.exit_code == 0);
    // Nodes and edges without evidence offsets (those differ by encoding).
    std::vector<std::string> lines;
    for (std::string line : normalisedExport(exported.out)) {
      if (line.rfind("edge", 0) == 0) {
        size_t tabs = 0, cut = 0;
        for (size_t i = 0; i < line.size() && tabs < 6; ++i)
          if (line[i] == '\t' && ++tabs == 6) cut = i;
        if (cut) line = line.substr(0, cut);
      }
      lines.push_back(line);
    }
    return std::make_pair(lines, exported.out);
  };
  auto [reference, reference_json] = graphOf("a.txt", utf8);
  auto [little, little_json] = graphOf("le.txt", utf16(text, true));
  auto [big, big_json] = graphOf("be.txt", utf16(text, false));
  auto [forced, forced_json] = graphOf("latin.txt", utf8, {"--latin1"});
  CHECK(little == reference);
  CHECK(big == reference);
  CHECK(forced == reference);

  // Evidence offsets point into the original bytes: in UTF-16, twice the UTF-8 offset plus the
  // byte order mark.
  rapidjson::Document utf8_json, utf16_json;
  utf8_json.Parse(reference_json.c_str());
  utf16_json.Parse(little_json.c_str());
  std::multiset<std::pair<int64_t, int64_t>> expected_offsets, offsets;
  for (const auto& edge : utf8_json["edges"].GetArray())
    for (const auto& item : edge["evidence"].GetArray())
      expected_offsets.insert({2 + 2 * item["start"].GetInt64(), 2 + 2 * item["end"].GetInt64()});
  for (const auto& edge : utf16_json["edges"].GetArray())
    for (const auto& item : edge["evidence"].GetArray())
      offsets.insert({item["start"].GetInt64(), item["end"].GetInt64()});
  CHECK(offsets == expected_offsets);
}

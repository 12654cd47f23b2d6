// kg ingest --jobs N: analysing articles on several threads must not change what is stored, what
// is printed or the exit status. Each case runs the same ingest with one job and with several and
// compares: the `kg export --format json` output byte for byte, the summary line (but for the
// database path), the error and note lines, --explain's text and the exit code.
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "test_support.h"

using kg::testing::CommandResult;
using kg::testing::runCommand;
using kg::testing::ScratchDirectory;

namespace {

const std::string kKg = KG_BINARY;
const std::string kSamples = std::string(KG_SOURCE_DIR) + "/samples";
constexpr int kTimeoutSeconds = 600;  // generous: the sanitizer build parses slowly

// News-like articles from a fixed seed: statements between countries, organisations and
// invented people in active, passive, nominal, negated and coordinated form, with filler.
std::vector<std::string> generatedArticles(size_t count, unsigned seed) {
  const std::vector<std::string> actors = {"the United States",
                                           "Russia",
                                           "China",
                                           "France",
                                           "Germany",
                                           "Iran",
                                           "Japan",
                                           "Canada",
                                           "the European Union",
                                           "NATO",
                                           "Maria Kowalski",
                                           "James Harlow",
                                           "Ahmed Rahimi",
                                           "Elena Petrova",
                                           "the Lazarus Group"};
  const std::vector<std::string> templates = {
      "{A} accused {B} of carrying out a cyber attack on its power grid.",
      "{B} was sanctioned by {A} over the seizure of two tankers.",
      "{A} condemned {B} for the arrest of several journalists.",
      "{A} imposed sanctions on {B} on Tuesday, officials said.",
      "{A} did not accuse {B} of interfering in the election.",
      "{A} and {C} accused {B} of targeting their embassies.",
      "Sanctions against {B} were announced by {A} after the vote.",
      "{A} said {B} was behind the hacking campaign.",
      "Prosecutors in {A} charged {B} with money laundering.",
      "The talks are expected to resume next week in Geneva.",
      "Markets were calm after the announcement."};
  std::mt19937 random(seed);
  auto pick = [&random](const std::vector<std::string>& from) {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(random)];
  };
  std::vector<std::string> articles;
  for (size_t a = 0; a < count; ++a) {
    std::string text = "Report " + std::to_string(a + 1) + "\n\n";
    size_t sentences = 4 + random() % 8;
    for (size_t s = 0; s < sentences; ++s) {
      std::string sentence = pick(templates);
      std::string first = pick(actors), second = pick(actors), third = pick(actors);
      while (second == first) second = pick(actors);
      while (third == first || third == second) third = pick(actors);
      for (auto [slot, name] : {std::pair{"{A}", first}, {"{B}", second}, {"{C}", third}})
        for (size_t at; (at = sentence.find(slot)) != std::string::npos;)
          sentence.replace(at, 3, name);
      sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
      text += sentence + (s % 3 == 2 ? "\n\n" : " ");
    }
    articles.push_back(text + "\n");
  }
  return articles;
}

// The summary line names the database; everything else must match between runs.
std::string withoutDatabase(std::string text, const std::string& database) {
  for (size_t at; (at = text.find(database)) != std::string::npos;)
    text.replace(at, database.size(), "DB");
  return text;
}

std::string exportJson(const std::string& database) {
  CommandResult exported =
      runCommand({kKg, "export", "--db", database, "--format", "json"}, "", kTimeoutSeconds);
  REQUIRE(exported.exit_code == 0);
  return exported.out;
}

}  // namespace

TEST_CASE("kg ingest --jobs 3 stores the same graph as --jobs 1", "[ingest][jobs]") {
  ScratchDirectory scratch;
  std::filesystem::create_directory(scratch.file("generated"));
  std::vector<std::string> articles = generatedArticles(8, 20261126);
  for (size_t a = 0; a < articles.size(); ++a)
    scratch.write("generated/article-" + std::to_string(a) + ".txt", articles[a]);
  // The same text twice: whichever comes first in input order is stored, the other is present.
  scratch.write("generated/zz-copy.txt", articles[2]);
  // Latin-1 bytes: a note on stderr, which must stay with its article.
  scratch.write("generated/latin1.txt", "Caf\xe9 owners said France condemned Iran.\n");

  size_t samples = 0;  // the articles kg finds in samples/
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSamples))
    for (const char* extension : {".txt", ".text", ".html", ".htm"})
      if (entry.is_regular_file() && entry.path().extension() == extension) ++samples;
  REQUIRE(samples >= 5);
  const std::string summary =
      std::to_string(samples + articles.size() + 1) + " ingested, 0 skipped, 1 already present";

  std::vector<std::string> outputs, errors, exports;
  for (const char* jobs : {"1", "3"}) {
    std::string database = scratch.file(std::string("jobs-") + jobs + ".db");
    CommandResult ingest = runCommand(
        {kKg, "ingest", "--db", database, "--jobs", jobs, kSamples, scratch.file("generated")}, "",
        kTimeoutSeconds);
    INFO("jobs " << jobs << ": " << ingest.out << ingest.err);
    REQUIRE(ingest.exit_code == 0);
    CHECK(ingest.out.find(summary) != std::string::npos);
    outputs.push_back(withoutDatabase(ingest.out, database));
    errors.push_back(ingest.err);
    exports.push_back(exportJson(database));
  }
  CHECK(outputs[0] == outputs[1]);
  CHECK(errors[0] == errors[1]);
  CHECK(errors[0].find("latin1.txt: note:") != std::string::npos);
  // Byte for byte, not after sorting: nodes and edges are numbered in the order they were stored.
  CHECK(exports[0] == exports[1]);
  // The graph is not trivially empty: the samples and the generated statements made edges.
  CHECK(exports[0].find("\"accused\"") != std::string::npos);
  CHECK(exports[0].find("\"sanctioned\"") != std::string::npos);
  CHECK(exports[0].find("James Harlow") != std::string::npos);
}

TEST_CASE("kg ingest --jobs 2: bad inputs among good ones report as with --jobs 1",
          "[ingest][jobs]") {
  ScratchDirectory scratch;
  std::vector<std::string> articles = generatedArticles(3, 7);
  std::vector<std::string> inputs = {
      scratch.write("a-good.txt", articles[0]),
      scratch.write("b-binary.txt", std::string("\x7f"
                                                "ELF\x02\x01\x01\0\0\0\0binary",
                                                17)),
      "-",  // standard input: read in input order, so the first "-" gets the text
      scratch.write("c-empty.txt", ""),
      scratch.write("d-good.txt", articles[1]),
      scratch.file("e-missing.txt"),
      "-",  // nothing left on standard input: empty
      scratch.write("f-good.txt", articles[2])};
  const std::string standard_input = "The United Kingdom sanctioned Russia on Monday.\n";

  std::vector<CommandResult> runs;
  std::vector<std::string> databases;
  for (const char* jobs : {"1", "2"}) {
    databases.push_back(scratch.file(std::string("jobs-") + jobs + ".db"));
    std::vector<std::string> argv = {kKg, "ingest", "--db", databases.back(), "--jobs", jobs};
    argv.insert(argv.end(), inputs.begin(), inputs.end());
    runs.push_back(runCommand(argv, standard_input, kTimeoutSeconds));
  }
  for (const CommandResult& run : runs) {
    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(
        run.out.find("4 ingested, 4 skipped (1 binary, 2 empty, 1 not found), 0 already present") !=
        std::string::npos);
    CHECK(run.err.find("b-binary.txt: binary data") != std::string::npos);
    CHECK(run.err.find("c-empty.txt: empty file") != std::string::npos);
    CHECK(run.err.find("kg: -: empty file") != std::string::npos);
  }
  CHECK(withoutDatabase(runs[0].out, databases[0]) == withoutDatabase(runs[1].out, databases[1]));
  CHECK(runs[0].err == runs[1].err);
  CHECK(exportJson(databases[0]) == exportJson(databases[1]));
}

TEST_CASE("kg ingest --explain prints the same text, in input order, with several jobs",
          "[ingest][jobs]") {
  ScratchDirectory scratch;
  std::vector<std::string> articles = generatedArticles(5, 99);
  for (size_t a = 0; a < articles.size(); ++a)
    scratch.write("article-" + std::to_string(a) + ".txt", articles[a]);
  // The parser's timings ("in 12 ms") differ from run to run; the pattern rules print none.
  std::vector<std::string> explained;
  for (const char* jobs : {"1", "3"}) {
    std::string database = scratch.file(std::string("jobs-") + jobs + ".db");
    CommandResult run = runCommand({kKg, "ingest", "--db", database, "--jobs", jobs, "--explain",
                                    "--no-parser", scratch.path()},
                                   "", kTimeoutSeconds);
    REQUIRE(run.exit_code == 0);
    explained.push_back(withoutDatabase(run.out, database));
  }
  CHECK(explained[0] == explained[1]);
  // Articles come out in input (name) order.
  size_t previous = 0;
  for (size_t a = 0; a < articles.size(); ++a) {
    size_t at = explained[0].find("article-" + std::to_string(a) + ".txt:");
    REQUIRE(at != std::string::npos);
    CHECK(at >= previous);
    previous = at;
  }
}

TEST_CASE("kg ingest --jobs: usage errors and help", "[ingest][jobs]") {
  ScratchDirectory scratch;
  std::string article = scratch.write("a.txt", "France condemned Iran.\n");
  for (const char* bad : {"0", "-1", "many", "65", "2x"}) {
    CommandResult run =
        runCommand({kKg, "ingest", "--db", scratch.file("kg.db"), "--jobs", bad, article});
    INFO("--jobs " << bad << ": " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("see 'kg ingest --help'") != std::string::npos);
  }
  CHECK(runCommand({kKg, "ingest", "--db", scratch.file("kg.db"), "-j", "2", article}).exit_code ==
        0);
  CHECK(
      runCommand({kKg, "ingest", "--db", scratch.file("kg2.db"), "--jobs=2", article}).exit_code ==
      0);
  CommandResult help = runCommand({kKg, "ingest", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--jobs N") != std::string::npos);
}

// kg ingest: reads articles, extracts their facts and stores each article in one transaction.
#include <unistd.h>

#include <iostream>
#include <map>

#include "cli/commands.h"
#include "graph/graph_store.h"
#include "ingest/article_manifest.h"
#include "ingest/article_pipeline.h"
#include "ingest/article_source.h"
#include "ingest/ingestor.h"
#include "ingest/text_decoder.h"

namespace kg::cli {
namespace {

const char* kIngestUsage = R"(usage: kg ingest [--db PATH] [--explain] [OPTIONS] FILE|DIR|- ...

Reads news articles and adds the actors they name and the typed edges between them (accused,
sanctioned, condemned, targeted, charged, ...) to the graph. A directory is searched recursively
for .txt, .text, .html and .htm files; "-" reads standard input. Each article is stored in one
transaction; an article whose exact text is already stored is skipped, so re-running is safe.

Options:
  --db PATH                 database file (default: $KG_DB, else ./kg.db)
  --explain                 print, per sentence, the mentions, triggers and edges found or rejected
  --max-article-bytes N     refuse larger articles (default 52428800)
  --max-sentence-bytes N    longer sentences get their names but no relations (default 1000)
  --encoding E              auto (default), utf-8, utf-16le, utf-16be, latin1 (= windows-1252)
  --latin1                  same as --encoding latin1
  --no-parser, --parse-timeout-ms N
                            no effect, kept for scripts written for earlier versions (whose
                            link-grammar parser they set); the grammar analysis always runs
  --date YYYY-MM-DD         the publication date of every article named (wins over the text's)
  --source NAME             the outlet of every article named ("BBC News")
  --title TEXT, --url URL   the title and address (useful with one article, or "-")
  --manifest FILE           per-article date, source, url, title, byline: CSV with a header
                            row (path,date,source,url,title,byline; only path is required) or
                            JSON Lines with those keys; paths relative to FILE's folder. The
                            manifest wins over the article's own metadata; the options above
                            win over both
  -j, --jobs N              analyse N articles at a time on N threads, 1 to 64 (default: the
                            number of cores); one thread stores them, in input order, so the
                            database and the output are the same as with --jobs 1
  -q, --quiet               print only errors
  -h, --help                show this help

Each article's title, outlet, address, publication date and byline are also read from the
article itself: an HTML page's meta tags and JSON-LD (og:title, og:site_name, og:url,
article:published_time, datePublished, author), or a text's first lines (the headline, a source
address on a line of its own, a "By ..." line, a date such as "25 March 2024"). A file's
modification time is never taken for a publication date. Edges then carry first_seen, last_seen
and sources over their articles; queries read them as r.first_seen ('YYYY-MM-DD').

Input that is not text (NUL bytes, executables, archives, mostly control characters), empty
files, pipes and devices are refused; UTF-16 with a byte order mark and Latin-1 are converted;
invalid UTF-8 is replaced by U+FFFD and reported. The summary line counts what was skipped.

Exit status: 0 when every input was ingested (or already present), 1 when any was refused,
2 on a usage error. Errors name the file and the reason; the other inputs are still ingested.
)";

// Each job loads its own lexicons (a few MB).
constexpr size_t kMaxJobs = 64;

}  // namespace

int ingestCommand(const Arguments& arguments) {
  std::optional<std::string> db;
  IngestOptions options;
  bool explain = false, quiet = false;
  size_t jobs = defaultIngestJobs();
  std::vector<std::string> paths;
  ArticleInfo given;  // --date, --source, --title, --url
  std::optional<std::string> manifest_path;
  for (size_t i = 0; i < arguments.size(); ++i) try {
      const std::string& argument = arguments[i];
      if (argument == "-h" || argument == "--help") {
        std::cout << kIngestUsage;
        return 0;
      }
      if (auto value = optionValue(arguments, i, "--db")) {
        db = value;
      } else if (auto value = optionValue(arguments, i, "--max-article-bytes")) {
        options.max_article_bytes = std::stoull(*value);
      } else if (auto value = optionValue(arguments, i, "--max-sentence-bytes")) {
        options.max_parse_sentence_bytes = std::stoull(*value);
      } else if (auto value = optionValue(arguments, i, "--parse-timeout-ms")) {
        (void)std::stoi(*value);  // checked, then ignored (see --help)
      } else if (auto value = optionValue(arguments, i, "--encoding")) {
        if (!parseTextEncoding(*value)) {
          printError("ingest: unknown encoding '" + *value + "'; see 'kg ingest --help'");
          return 2;
        }
        options.encoding = *value;
      } else if (auto value = optionValue(arguments, i, "--date")) {
        if (!isCalendarDate(*value)) {
          printError("ingest: --date takes a calendar date written YYYY-MM-DD, not '" + *value +
                     "'");
          return 2;
        }
        given.published = *value;
      } else if (auto value = optionValue(arguments, i, "--source")) {
        given.source = *value;
      } else if (auto value = optionValue(arguments, i, "--title")) {
        given.title = *value;
      } else if (auto value = optionValue(arguments, i, "--url")) {
        given.url = *value;
      } else if (auto value = optionValue(arguments, i, "--manifest")) {
        manifest_path = value;
      } else if (argument == "--latin1") {
        options.encoding = "latin1";
      } else if (auto value = optionValue(arguments, i, "--jobs");
                 value || (value = optionValue(arguments, i, "-j"))) {
        // std::stoull reads "-1" as a huge number: only digits are a count.
        if (value->find_first_not_of("0123456789") != std::string::npos)
          throw std::invalid_argument(*value);
        jobs = std::stoull(*value);
        if (jobs < 1 || jobs > kMaxJobs) {
          printError("ingest: --jobs takes 1 to " + std::to_string(kMaxJobs) +
                     "; see 'kg ingest --help'");
          return 2;
        }
      } else if (argument == "--no-parser") {
        // no effect (see --help)
      } else if (argument == "--explain") {
        explain = true;
      } else if (argument == "-q" || argument == "--quiet") {
        quiet = true;
      } else if (argument.size() > 1 && argument[0] == '-') {
        printError("ingest: unknown option '" + argument + "'; see 'kg ingest --help'");
        return 2;
      } else {
        paths.push_back(argument);
      }
    } catch (const std::logic_error&) {  // std::stoull and friends on a value that is no number
      printError("ingest: not a number: '" + arguments[i] + "'; see 'kg ingest --help'");
      return 2;
    }
  if (paths.empty()) {
    printError("ingest: no input; name files, directories or - (see 'kg ingest --help')");
    return 2;
  }

  ArticleManifest manifest;
  if (manifest_path) try {
      manifest = ArticleManifest::read(*manifest_path);
    } catch (const ManifestError& error) {
      printError(error.what());
      return 2;
    }

  std::vector<InputProblem> problems;
  std::vector<ArticleInput> inputs = collectArticleInputs(paths, problems);
  // Why inputs were skipped, by category, for the summary line.
  std::map<std::string, size_t> skipped_because;
  for (const auto& problem : problems) {
    printError(printablePath(problem.path) + ": " + problem.reason);
    ++skipped_because[problem.category];
  }
  size_t skipped = problems.size();

  try {
    GraphStore store(databasePath(db));
    Ingestor ingestor(options);
    size_t ingested = 0, present = 0;
    int64_t sentences = 0, nodes = 0, edges = 0, evidence = 0;
    bool progress = !quiet && inputs.size() > 1 && isatty(STDERR_FILENO) && !explain;
    // Workers read and analyse; this thread stores each article in input order.
    ArticlePipeline pipeline(inputs, ingestor, jobs, explain ? &std::cout : nullptr);
    for (size_t n = 0; n < inputs.size(); ++n) {
      const ArticleInput& input = inputs[n];
      if (progress) std::cerr << "\r[" << n + 1 << "/" << inputs.size() << "] " << std::flush;
      try {
        AnalysedArticle analysed = pipeline.next();
        if (analysed.error) std::rethrow_exception(analysed.error);
        ArticleFacts& facts = analysed.facts;
        if (const ArticleInfo* listed = manifest.find(input.path))
          applyArticleInfo(facts.info, *listed);
        applyArticleInfo(facts.info, given);
        ingestor.dateEvents(facts);  // against the date the flags or the manifest gave
        for (const std::string& note : facts.notes)
          std::cerr << "kg: " << printablePath(input.path) << ": note: " << note << '\n';
        GraphStore::AddResult result = store.addArticle(facts);
        if (!result.added) {
          ++present;
          continue;
        }
        ++ingested;
        sentences += facts.sentences;
        nodes += result.nodes_added;
        edges += result.edges_added;
        evidence += result.evidence_added;
      } catch (const InputRefused& error) {
        if (progress) std::cerr << '\n';
        printError(printablePath(input.path) + ": " + error.what());
        ++skipped;
        ++skipped_because[error.category];
      } catch (const IngestError& error) {
        if (progress) std::cerr << '\n';
        printError(printablePath(input.path) + ": " + error.what());
        ++skipped;
        ++skipped_because["refused"];
      } catch (const StoreError& error) {
        if (progress) std::cerr << '\n';
        printError(printablePath(input.path) + ": not stored: " + error.what());
        ++skipped;
        ++skipped_because["not stored"];
      } catch (const std::exception& error) {
        // A bug in a stage must cost one article, not the rest of the run.
        if (progress) std::cerr << '\n';
        printError(printablePath(input.path) +
                   ": internal error, article skipped: " + error.what());
        ++skipped;
        ++skipped_because["internal error"];
      }
    }
    if (progress) std::cerr << '\n';
    if (ingested > 0) {
      try {
        store.refreshSnapshot();
      } catch (const StoreError&) {
        // What was ingested is stored; the next query rebuilds the snapshot.
      }
    }
    if (!quiet) {
      // "12 ingested, 3 skipped (2 binary, 1 empty), 0 already present; ..."
      std::string reasons;
      for (const auto& [category, count] : skipped_because)
        reasons += (reasons.empty() ? " (" : ", ") + std::to_string(count) + " " + category;
      if (!reasons.empty()) reasons += ")";
      std::cout << ingested << " ingested, " << skipped << " skipped" << reasons << ", " << present
                << " already present; " << sentences << " sentences, " << nodes << " entities, "
                << edges << " edges (" << evidence << " evidence) added to " << store.path()
                << '\n';
    }
  } catch (const StoreError& error) {
    printError(error.what());
    return 1;
  } catch (const IngestError& error) {
    printError(std::string("ingest: ") + error.what());
    return 1;
  }
  return skipped == 0 ? 0 : 1;
}

}  // namespace kg::cli

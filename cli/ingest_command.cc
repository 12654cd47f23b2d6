// kg ingest: reads articles, extracts their facts and stores each article in one transaction.
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "graph/graph_store.h"
#include "ingest/article_source.h"
#include "ingest/ingestor.h"

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
  --parse-timeout-ms N      parser time limit per sentence (default 200)
  --no-parser               use only the pattern rules, not the link-grammar parser
  -q, --quiet               print only errors
  -h, --help                show this help

Exit status: 0 when every input was ingested (or already present), 1 when any was refused,
2 on a usage error. Errors name the file and the reason; the other inputs are still ingested.
)";

}  // namespace

int ingestCommand(const Arguments& arguments) {
  std::optional<std::string> db;
  IngestOptions options;
  bool explain = false, quiet = false;
  std::vector<std::string> paths;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help") {
      std::cout << kIngestUsage;
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else if (auto value = optionValue(arguments, i, "--max-article-bytes")) {
      options.max_article_bytes = std::stoull(*value);
    } else if (auto value = optionValue(arguments, i, "--parse-timeout-ms")) {
      options.parse_timeout_ms = std::stoi(*value);
    } else if (argument == "--no-parser") {
      options.use_parser = false;
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
  }
  if (paths.empty()) {
    printError("ingest: no input; name files, directories or - (see 'kg ingest --help')");
    return 2;
  }

  std::vector<InputProblem> problems;
  std::vector<ArticleInput> inputs = collectArticleInputs(paths, problems);
  for (const auto& problem : problems) printError(problem.path + ": " + problem.reason);
  size_t skipped = problems.size();

  try {
    GraphStore store(databasePath(db));
    Ingestor ingestor(options);
    size_t ingested = 0, present = 0;
    int64_t sentences = 0, nodes = 0, edges = 0, evidence = 0;
    bool progress = !quiet && inputs.size() > 1 && isatty(STDERR_FILENO) && !explain;
    for (size_t n = 0; n < inputs.size(); ++n) {
      const ArticleInput& input = inputs[n];
      if (progress) std::cerr << "\r[" << n + 1 << "/" << inputs.size() << "] " << std::flush;
      try {
        std::string bytes = readArticle(input, options.max_article_bytes);
        ArticleFacts facts = ingestor.extract(input.path, bytes, explain ? &std::cout : nullptr);
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
      } catch (const IngestError& error) {
        if (progress) std::cerr << '\n';
        printError(input.path + ": " + error.what());
        ++skipped;
      } catch (const StoreError& error) {
        if (progress) std::cerr << '\n';
        printError(input.path + ": not stored: " + error.what());
        ++skipped;
      }
    }
    if (progress) std::cerr << '\n';
    if (!quiet) {
      std::cout << ingested << " ingested, " << present << " already present, " << skipped
                << " skipped; " << sentences << " sentences, " << nodes << " entities, " << edges
                << " edges (" << evidence << " evidence) added to " << store.path() << '\n';
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

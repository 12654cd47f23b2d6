// kg eval: ingests a gold file's article into a scratch database and scores the graph against
// the gold annotation (precision, recall, F1 per relation, missed and extra edges, must-not
// violations, entity recall), with the matching rules of ../shared/eval/score.py.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "graph/graph_store.h"
#include "ingest/evaluation/gold_scorer.h"
#include "ingest/ingestor.h"

namespace kg::cli {
namespace {

const char* kEvalUsage = R"(usage: kg eval [OPTIONS] GOLD.json [ARTICLE]
       kg eval [OPTIONS] [--articles DIR] SET_DIR

Ingests the gold file's article (default: its "article" field, resolved next to GOLD.json) into a
scratch database, then scores the typed edges against the gold annotation: precision, recall and
F1 per relation and overall, the missed and extra edges, must-not violations and entity recall.
The gold format is described in GOLD-FORMAT.md (edges with acceptable subjects, relations and
objects; optional edges; must_not edges). Edges whose status is not "asserted" are not scored.

Given a directory (a set such as ../shared/eval/dev, holding gold/NN_name.gold.json and
articles/NN_name.txt), scores every article on its own and prints one line per article and the
micro totals over the set, as score-set.sh does; articles without a text are listed as missing
and left out of the totals.

Options:
  --json              print the figures as one JSON object (a set: the totals)
  --relations A,B     score these relations instead of the gold's "relations"
  --articles DIR      a set's article texts are in DIR instead of SET_DIR/articles
  --no-parser         no effect, kept for scripts written for earlier versions
  --explain           also print the ingest's per-sentence explanation
  -h, --help          show this help

Exit status: 0 when the article (or set) was scored, 1 when a gold file or an article cannot be
read, 2 on a usage error.
)";

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string joinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "|" : "") + items[i];
  return out;
}

std::string triple(const EdgeTriple& edge) {
  return std::get<0>(edge) + " " + std::get<1>(edge) + " " + std::get<2>(edge);
}

std::string fixed(double value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << value;
  return out.str();
}

// A scratch directory that removes itself.
struct ScratchDatabase {
  std::filesystem::path directory;
  ScratchDatabase() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg-eval-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
      throw StoreError("cannot create a scratch directory in " +
                       std::filesystem::temp_directory_path().string());
    directory = pattern;
  }
  ~ScratchDatabase() {
    std::error_code ignored;
    std::filesystem::remove_all(directory, ignored);
  }
  std::string path() const { return (directory / "eval.db").string(); }
};

struct ScoredArticle {
  bool readable = true;
  Score score;
  int64_t sentences = 0;
  double seconds = 0;
  std::vector<ScoredNode> nodes;
  std::vector<ScoredEdge> edges;
};

// Ingests one article into a scratch database, loads the graph as a query would and scores it.
ScoredArticle scoreArticle(const Gold& gold, const std::string& article_path,
                           const IngestOptions& options, const std::set<std::string>& relations,
                           bool explain) {
  ScoredArticle result;
  std::ifstream file(article_path, std::ios::binary);
  if (!file) {
    result.readable = false;
    return result;
  }
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  ScratchDatabase scratch;
  auto started = std::chrono::steady_clock::now();
  {
    Ingestor ingestor(options);
    ArticleFacts facts = ingestor.extract(article_path, bytes, explain ? &std::cout : nullptr);
    result.sentences = facts.sentences;
    GraphStore store(scratch.path());
    store.addArticle(facts);
    PropertyGraph graph = store.load();
    for (uint32_t n = 0; n < graph.nodeCount(); ++n) {
      ScoredNode node;
      Value name = graph.nodeProperty(n, "name");
      if (name.is<std::string>()) node.name = name.as<std::string>();
      Value aliases = graph.nodeProperty(n, "aliases");
      if (aliases.is<ValueList>())
        for (const Value& alias : aliases.as<ValueList>())
          if (alias.is<std::string>()) node.aliases.push_back(alias.as<std::string>());
      result.nodes.push_back(std::move(node));
    }
    for (uint32_t e = 0; e < graph.edgeCount(); ++e) {
      const PropertyGraph::Edge& edge = graph.edge(e);
      ScoredEdge scored{edge.source, edge.target, graph.edgeType(e), "asserted"};
      if (edge.news) {
        scored.status = std::string(edgeStatusName(edge.status));
      } else {
        Value status = graph.edgeProperty(e, "status");
        if (status.is<std::string>()) scored.status = status.as<std::string>();
      }
      result.edges.push_back(std::move(scored));
    }
  }
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  result.score = scoreGraph(gold, result.nodes, result.edges, relations);
  return result;
}

// `kg eval SET_DIR`: every gold file of the set, one line each, and the micro totals.
int evalSet(const std::filesystem::path& set, const std::filesystem::path& articles,
            const IngestOptions& options, const std::set<std::string>& relations, bool json) {
  std::vector<std::filesystem::path> golds;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(set / "gold", error)) {
    std::string file = entry.path().filename().string();
    if (file.size() > 10 && file.compare(file.size() - 10, 10, ".gold.json") == 0)
      golds.push_back(entry.path());
  }
  if (error) {
    printError((set / "gold").string() + ": " + error.message());
    return 1;
  }
  if (golds.empty()) {
    printError((set / "gold").string() + ": no *.gold.json files");
    return 1;
  }
  std::sort(golds.begin(), golds.end());
  int true_positives = 0, false_positives = 0, required = 0, violations = 0, missing = 0;
  double entity_recall = 0;
  int scored_articles = 0;
  std::ostringstream table;
  table << std::left << std::setw(58) << "article" << std::right << std::setw(10) << "found"
        << std::setw(4) << "fp" << std::setw(9) << "must-not" << std::setw(9) << "entities" << '\n';
  for (const auto& gold_path : golds) {
    std::string base = gold_path.filename().string();
    base = base.substr(0, base.size() - 10);
    std::filesystem::path article = articles / (base + ".txt");
    if (!std::filesystem::exists(article)) {
      ++missing;
      std::cerr << "missing   " << base << ".txt (recreate it: see "
                << (articles / "INDEX.md").string() << ")\n";
      continue;
    }
    Gold gold = readGold(gold_path.string());
    ScoredArticle scored = scoreArticle(gold, article.string(), options, relations, false);
    if (!scored.readable) {
      printError(article.string() + ": cannot read the article");
      return 1;
    }
    const Score& score = scored.score;
    true_positives += score.true_positives;
    false_positives += score.false_positives;
    required += score.required;
    violations += static_cast<int>(score.violations.size());
    entity_recall += score.entity_recall;
    ++scored_articles;
    table << std::left << std::setw(58) << base.substr(0, 58) << std::right << std::setw(6)
          << std::to_string(score.true_positives) << "/" << std::left << std::setw(3)
          << std::to_string(score.required) << std::right << std::setw(4) << score.false_positives
          << std::setw(9) << score.violations.size() << std::setw(9) << std::fixed
          << std::setprecision(2) << score.entity_recall << '\n';
  }
  double precision = true_positives + false_positives
                         ? static_cast<double>(true_positives) / (true_positives + false_positives)
                         : 0.0;
  double recall = required ? static_cast<double>(true_positives) / required : 0.0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  double mean_entities = scored_articles ? entity_recall / scored_articles : 0.0;
  if (json) {
    std::cout << "{\"articles\": " << scored_articles << ", \"missing\": " << missing
              << ", \"precision\": " << fixed(precision) << ", \"recall\": " << fixed(recall)
              << ", \"f1\": " << fixed(f1) << ", \"tp\": " << true_positives
              << ", \"fp\": " << false_positives << ", \"required\": " << required
              << ", \"must_not_violations\": " << violations
              << ", \"entity_recall\": " << fixed(mean_entities) << "}\n";
    return 0;
  }
  std::cout << table.str() << "micro: precision " << fixed(precision) << " recall " << fixed(recall)
            << " f1 " << fixed(f1) << "; must-not " << violations << "; mean entity recall "
            << fixed(mean_entities) << "; " << scored_articles << " articles"
            << (missing ? ", " + std::to_string(missing) + " missing" : "") << '\n';
  return 0;
}

}  // namespace

int evalCommand(const Arguments& arguments) {
  bool json = false, explain = false;
  std::string articles_dir;
  IngestOptions options;
  std::set<std::string> relations;
  std::vector<std::string> paths;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help") {
      std::cout << kEvalUsage;
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--relations")) {
      std::stringstream list(*value);
      std::string relation;
      while (std::getline(list, relation, ','))
        if (!relation.empty()) relations.insert(relation);
    } else if (auto value = optionValue(arguments, i, "--articles")) {
      articles_dir = *value;
    } else if (argument == "--json") {
      json = true;
    } else if (argument == "--no-parser") {
      // no effect (see --help)
    } else if (argument == "--explain") {
      explain = true;
    } else if (argument.size() > 1 && argument[0] == '-') {
      printError("eval: unknown option '" + argument + "'; see 'kg eval --help'");
      return 2;
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.empty() || paths.size() > 2) {
    printError(
        "eval: name a gold file and optionally the article, or a set's directory (see "
        "'kg eval --help')");
    return 2;
  }
  try {
    if (paths.size() == 1 && std::filesystem::is_directory(paths[0])) {
      std::filesystem::path set(paths[0]);
      return evalSet(set,
                     articles_dir.empty() ? set / "articles" : std::filesystem::path(articles_dir),
                     options, relations, json);
    }
    Gold gold = readGold(paths[0]);
    std::string article_path;
    if (paths.size() == 2) {
      article_path = paths[1];
    } else {
      if (gold.article.empty()) {
        printError("eval: " + paths[0] + " has no \"article\" field; name the article");
        return 2;
      }
      article_path = (std::filesystem::path(paths[0]).parent_path() / gold.article).string();
    }
    ScoredArticle scored = scoreArticle(gold, article_path, options, relations, explain);
    if (!scored.readable) {
      printError(article_path + ": cannot read the article");
      return 1;
    }
    const Score& score = scored.score;
    int64_t sentences = scored.sentences;
    double seconds = scored.seconds;
    const std::vector<ScoredNode>& nodes = scored.nodes;
    const std::vector<ScoredEdge>& edges = scored.edges;

    if (json) {
      std::ostringstream out;
      out << "{\"precision\": " << fixed(score.precision) << ", \"recall\": " << fixed(score.recall)
          << ", \"f1\": " << fixed(score.f1) << ", \"tp\": " << score.true_positives
          << ", \"fp\": " << score.false_positives << ", \"required\": " << score.required
          << ", \"must_not_violations\": " << score.violations.size()
          << ", \"entity_recall\": " << fixed(score.entity_recall) << ", \"per_relation\": {";
      bool first = true;
      for (const auto& [relation, per] : score.per_relation) {
        out << (first ? "" : ", ") << jsonString(relation) << ": {\"required\": " << per.required
            << ", \"found\": " << per.found << ", \"false_positives\": " << per.false_positives
            << "}";
        first = false;
      }
      out << "}, \"missed\": [";
      for (size_t i = 0; i < score.missed.size(); ++i) {
        const GoldEdge& edge = *score.missed[i];
        out << (i ? ", " : "") << "{\"subject\": " << jsonString(joinList(edge.subjects))
            << ", \"relation\": " << jsonString(joinList(edge.relations))
            << ", \"object\": " << jsonString(joinList(edge.objects)) << ", \"line\": " << edge.line
            << "}";
      }
      out << "], \"extra\": [";
      for (size_t i = 0; i < score.extra.size(); ++i) {
        bool violation = std::find(score.violations.begin(), score.violations.end(),
                                   score.extra[i]) != score.violations.end();
        out << (i ? ", " : "") << "{\"subject\": " << jsonString(std::get<0>(score.extra[i]))
            << ", \"relation\": " << jsonString(std::get<1>(score.extra[i]))
            << ", \"object\": " << jsonString(std::get<2>(score.extra[i]))
            << ", \"must_not\": " << (violation ? "true" : "false") << "}";
      }
      out << "], \"sentences\": " << sentences << ", \"seconds\": " << fixed(seconds) << "}\n";
      std::cout << out.str();
      return 0;
    }
    std::cout << "article " << article_path << ": " << sentences << " sentences, " << nodes.size()
              << " actors, " << edges.size() << " edges in " << fixed(seconds) << " s\n";
    for (const GoldEdge* edge : score.missed)
      std::cout << "missed    " << joinList(edge->subjects) << " " << joinList(edge->relations)
                << " " << joinList(edge->objects) << "  (line " << edge->line << ")\n";
    for (const EdgeTriple& edge : score.extra) {
      bool violation = std::find(score.violations.begin(), score.violations.end(), edge) !=
                       score.violations.end();
      std::cout << "extra     " << triple(edge) << (violation ? "  (MUST NOT)" : "") << '\n';
    }
    for (const auto& [relation, per] : score.per_relation) {
      double precision = per.found + per.false_positives
                             ? static_cast<double>(per.found) / (per.found + per.false_positives)
                             : 0.0;
      double recall = per.required ? static_cast<double>(per.found) / per.required : 0.0;
      double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
      std::cout << std::left << std::setw(16) << relation << "found " << per.found << "/"
                << per.required << "  false positives " << per.false_positives << "  P "
                << fixed(precision) << " R " << fixed(recall) << " F1 " << fixed(f1) << '\n';
    }
    std::cout << "entity recall " << fixed(score.entity_recall) << "  must-not violations "
              << score.violations.size() << '\n';
    std::cout << "precision " << fixed(score.precision) << " recall " << fixed(score.recall)
              << " f1 " << fixed(score.f1) << '\n';
  } catch (const GoldError& error) {
    printError(error.what());
    return 1;
  } catch (const IngestError& error) {
    printError(std::string("eval: ") + error.what());
    return 1;
  } catch (const std::exception& error) {
    printError(error.what());
    return 1;
  }
  return 0;
}

}  // namespace kg::cli

// kg_bench: the timing harness of kg's benchmarks (see bench/README.md). Modes:
//   load DIR     GraphStore::load of DIR/graph.db, as queries load it (evidence on demand) and
//                with all evidence (eager_ keys): seconds (best and median of several), heap
//                and peak RSS, bytes per edge beyond the evidence text
//   kg DIR       kg::runQuery in-process on the loaded graph, warm
//   sqlite DIR   SQLite itself on kg's database (the `sql` lines of DIR/queries.tsv), warm
//   cold DIR     `kg query --all-statuses` end-to-end as a new process (open the database, build
//                the graph, run, print CSV)
// Query modes print TSV lines: ENGINE <TAB> ID <TAB> median_ms <TAB> p95_ms <TAB> runs <TAB> rows
// <TAB> value (the answer when it is one value, or the error).
#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/value_json.h"
#include "query/query_engine.h"

extern char** environ;

namespace kg::bench {
namespace {

const char* kUsage =
    R"(usage: kg_bench MODE DIR [--runs N] [--warmup N] [--budget-ms MS] [--kg PATH]
MODE is load, kg, sqlite or cold (see the top of bench/kg_bench.cc). DIR holds graph.db and
queries.tsv, as kg_bench_generate graph writes them. Each query runs --warmup times (default 1)
untimed, then up to
--runs times (default 20), stopping early after 3 runs once --budget-ms (default 20000) is spent.
cold needs --kg, the path of the kg binary.
)";

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
  std::string mode, dir, kg_binary;
  int runs = 20;
  int warmup = 1;  // untimed runs first
  double budget_ms = 20'000;
};

struct Query {
  std::string id, text;
};

// The queries of one dialect, in file order.
std::vector<Query> readQueries(const std::string& path, const std::string& dialect) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<Query> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t first = line.find('\t'), second = line.find('\t', first + 1);
    if (first == std::string::npos || second == std::string::npos)
      throw std::runtime_error(path + ": expected ID<TAB>DIALECT<TAB>TEXT: " + line);
    if (line.substr(first + 1, second - first - 1) == dialect)
      queries.push_back(Query{line.substr(0, first), line.substr(second + 1)});
  }
  return queries;
}

double percentile(std::vector<double> sorted, double fraction) {
  std::sort(sorted.begin(), sorted.end());
  size_t index = size_t(std::ceil(fraction * double(sorted.size())));
  return sorted[std::min(sorted.size() - 1, index > 0 ? index - 1 : 0)];
}

struct Answer {
  size_t rows = 0;
  std::string value;  // the answer when it is one value
};

// Runs `once` warm: one untimed run, then timed runs; prints the TSV line.
void timeQuery(const std::string& engine, const Query& query, const Options& options,
               const std::function<Answer()>& once) {
  std::vector<double> times;
  Answer answer;
  try {
    double spent = 0;
    for (int run = 1 - options.warmup; run <= options.runs; ++run) {
      auto start = Clock::now();
      answer = once();
      double ms = millisecondsSince(start);
      spent += ms;
      if (run > 0) times.push_back(ms);
      if ((run >= 3 && spent > options.budget_ms) || (run >= 1 && spent > 3 * options.budget_ms))
        break;
    }
  } catch (const std::exception& error) {
    std::string message = error.what();
    message = message.substr(0, message.find('\n'));
    std::cout << engine << '\t' << query.id << "\tERROR\tERROR\t0\t0\t" << message << std::endl;
    return;
  }
  char line[256];
  std::snprintf(line, sizeof line, "%.3f\t%.3f\t%zu\t%zu\t", percentile(times, 0.5),
                percentile(times, 0.95), times.size(), answer.rows);
  std::cout << engine << '\t' << query.id << '\t' << line << answer.value << std::endl;
}

std::string valueText(const Value& value) {
  if (value.is<std::string>()) return value.as<std::string>();
  return toJson(value);
}

// --- load -------------------------------------------------------------------------------------

size_t heapInUse() {
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

long peakRssKilobytes() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct LoadMeasurement {
  std::vector<double> seconds;
  size_t heap_delta = 0, evidence_text = 0, evidence_items = 0, nodes = 0, edges = 0;
  long peak_rss = 0;
};

// Loads DIR/graph.db `runs` times as `kg query` does (evidence read on demand) or with every
// evidence sentence in memory (as `kg export` does).
LoadMeasurement measureLoad(const std::string& db, bool lazy_evidence, int runs) {
  LoadMeasurement result;
  GraphStore::LoadOptions load_options;
  load_options.lazy_evidence = lazy_evidence;
  for (int run = 0; run < std::max(1, runs); ++run) {
    size_t heap_before = heapInUse();
    auto start = Clock::now();
    GraphStore store(db, GraphStore::Mode::ReadOnly);
    PropertyGraph graph = store.load(load_options);
    result.seconds.push_back(millisecondsSince(start) / 1000.0);
    if (run == 0) {
      result.heap_delta = heapInUse() - heap_before;
      result.peak_rss = peakRssKilobytes();
      result.nodes = graph.nodeCount();
      result.edges = graph.edgeCount();
      for (uint32_t e = 0; e < result.edges; ++e) {
        result.evidence_items += graph.edge(e).mentions;
        if (!lazy_evidence)
          for (uint32_t i = 0; i < graph.edge(e).mentions; ++i)
            result.evidence_text += graph.evidence(e, i).sentence.size();
      }
    }
  }
  std::sort(result.seconds.begin(), result.seconds.end());
  return result;
}

void printLoad(const LoadMeasurement& load, const char* prefix) {
  double per_edge =
      load.edges ? double(load.heap_delta - load.evidence_text) / double(load.edges) : 0;
  std::printf("load\t%sseconds_best\t%.3f\nload\t%sseconds_median\t%.3f\nload\t%sruns\t%zu\n",
              prefix, load.seconds.front(), prefix, percentile(load.seconds, 0.5), prefix,
              load.seconds.size());
  std::printf("load\t%sheap_bytes\t%zu\nload\t%sevidence_text_bytes\t%zu\n", prefix,
              load.heap_delta, prefix, load.evidence_text);
  std::printf("load\t%sbytes_per_edge_beyond_evidence_text\t%.1f\n", prefix, per_edge);
}

int loadMode(const Options& options) {
  std::string db = options.dir + "/graph.db";
  // Peak RSS is the process's: measure the smaller (lazy) load first.
  LoadMeasurement lazy = measureLoad(db, true, options.runs);
  long lazy_rss = peakRssKilobytes();
  LoadMeasurement eager = measureLoad(db, false, options.runs);
  std::printf("load\tnodes\t%zu\nload\tedges\t%zu\nload\tevidence\t%zu\n", lazy.nodes, lazy.edges,
              lazy.evidence_items);
  printLoad(lazy, "");
  std::printf("load\tpeak_rss_mb\t%.1f\n", double(lazy_rss) / 1024.0);
  printLoad(eager, "eager_");
  std::printf("load\teager_peak_rss_mb\t%.1f\n", double(eager.peak_rss) / 1024.0);
  return 0;
}

// --- kg in-process ----------------------------------------------------------------------------

int kgMode(const Options& options) {
  GraphStore store(options.dir + "/graph.db", GraphStore::Mode::ReadOnly);
  GraphStore::LoadOptions load_options;
  load_options.lazy_evidence = true;  // as `kg query` and the shell load
  PropertyGraph graph = store.load(load_options);
  QueryOptions query_options;
  query_options.time_limit_ms = 120'000;
  query_options.row_limit = 50'000'000;
  for (const Query& query : readQueries(options.dir + "/queries.tsv", "cypher")) {
    timeQuery("kg", query, options, [&] {
      QueryResult result = runQuery(graph, query.text, query_options);
      Answer answer{result.rows.size(), ""};
      if (result.rows.size() == 1 && result.rows[0].size() == 1)
        answer.value = valueText(result.rows[0][0]);
      return answer;
    });
  }
  return 0;
}

// --- SQLite -----------------------------------------------------------------------------------

int sqliteMode(const Options& options) {
  std::string path = options.dir + "/graph.db";
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    throw std::runtime_error(path + ": cannot open: " + sqlite3_errmsg(db));
  for (const Query& query : readQueries(options.dir + "/queries.tsv", "sql")) {
    timeQuery("sqlite", query, options, [&] {
      sqlite3_stmt* statement = nullptr;
      if (sqlite3_prepare_v2(db, query.text.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(path + ": " + sqlite3_errmsg(db));
      Answer answer;
      int rc;
      int columns = sqlite3_column_count(statement);
      while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        // Read every column, as a client would.
        for (int c = 0; c < columns; ++c) {
          const unsigned char* text = sqlite3_column_text(statement, c);
          if (answer.rows == 0 && columns == 1 && text)
            answer.value = reinterpret_cast<const char*>(text);
        }
        ++answer.rows;
      }
      sqlite3_finalize(statement);
      if (rc != SQLITE_DONE) throw std::runtime_error(path + ": " + sqlite3_errmsg(db));
      if (answer.rows != 1) answer.value.clear();
      return answer;
    });
  }
  sqlite3_close(db);
  return 0;
}

// --- kg query, cold ---------------------------------------------------------------------------

int coldMode(const Options& options) {
  if (options.kg_binary.empty()) throw std::invalid_argument("cold needs --kg PATH");
  std::string db = options.dir + "/graph.db";
  std::string output = options.dir + "/cold-output.csv";
  for (const Query& query : readQueries(options.dir + "/queries.tsv", "cypher")) {
    timeQuery("kg-cold", query, options, [&] {
      // --all-statuses: the same graph the other engines see (by default kg query hides
      // negated edges, which costs a copy of the graph).
      std::vector<std::string> arguments{options.kg_binary, "query",    "--db", db,
                                         "--all-statuses",  "--format", "csv",  query.text};
      std::vector<char*> argv;
      for (auto& argument : arguments) argv.push_back(argument.data());
      argv.push_back(nullptr);
      posix_spawn_file_actions_t actions;
      posix_spawn_file_actions_init(&actions);
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(),
                                       O_WRONLY | O_CREAT | O_TRUNC, 0644);
      posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, (output + ".err").c_str(),
                                       O_WRONLY | O_CREAT | O_TRUNC, 0644);
      pid_t child = 0;
      int rc = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
      posix_spawn_file_actions_destroy(&actions);
      if (rc != 0) throw std::runtime_error(options.kg_binary + ": cannot run");
      int status = 0;
      waitpid(child, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::ifstream error(output + ".err");
        std::string first;
        std::getline(error, first);
        throw std::runtime_error("kg query failed: " + first);
      }
      std::ifstream result(output);
      Answer answer;
      std::string line, last;
      while (std::getline(result, line)) {
        ++answer.rows;
        last = line;
      }
      if (answer.rows > 0) --answer.rows;  // the header line
      if (answer.rows == 1 && last.find(',') == std::string::npos) answer.value = last;
      return answer;
    });
  }
  return 0;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  using namespace kg::bench;
  std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.size() < 2 || arguments[0] == "-h" || arguments[0] == "--help") {
    std::cout << kUsage;
    return arguments.empty() || arguments[0].rfind("-", 0) != 0 ? 2 : 0;
  }
  Options options;
  options.mode = arguments[0];
  options.dir = arguments[1];
  try {
    for (size_t i = 2; i < arguments.size(); ++i) {
      const std::string& flag = arguments[i];
      if (i + 1 >= arguments.size()) throw std::invalid_argument(flag + " needs a value");
      const std::string& value = arguments[++i];
      if (flag == "--runs")
        options.runs = std::stoi(value);
      else if (flag == "--warmup")
        options.warmup = std::stoi(value);
      else if (flag == "--budget-ms")
        options.budget_ms = std::stod(value);
      else if (flag == "--kg")
        options.kg_binary = value;
      else
        throw std::invalid_argument("unknown option " + flag);
    }
    if (options.mode == "load") return loadMode(options);
    if (options.mode == "kg") return kgMode(options);
    if (options.mode == "sqlite") return sqliteMode(options);
    if (options.mode == "cold") return coldMode(options);
    throw std::invalid_argument("unknown mode " + options.mode);
  } catch (const std::invalid_argument& error) {
    std::cerr << "kg_bench: " << error.what() << '\n' << kUsage;
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "kg_bench: " << error.what() << '\n';
    return 1;
  }
}

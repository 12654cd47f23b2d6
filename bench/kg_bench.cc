// kg_bench: the timing harness of kg's benchmarks (see bench/README.md). Modes:
//   load DIR     GraphStore::load of DIR/graph.db, as queries load it (evidence on demand) and
//                with all evidence (eager_ keys): seconds (best and median of several), heap
//                and peak RSS, bytes per edge beyond the evidence text
//   kg DIR       kg::runQuery in-process on the loaded graph, warm; with --also DIALECT the
//                query of the same id in that dialect too (a variant, e.g. with a time filter),
//                with --window FROM:TO the query on the graph loaded with that time window
//   sqlite DIR   SQLite itself on kg's database (the `sql` lines of DIR/queries.tsv), warm
//   cold DIR     `kg query --all-statuses` end-to-end as a new process (open the database, build
//                the graph, run, print CSV); with --window FROM:TO also `--between FROM TO`
// Variants of a query (--also, --window) are timed in turn, one run of each per round, so that
// a change in the machine's load falls on all of them alike.
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
                [--queries FILE] [--also DIALECT]... [--window FROM:TO]... [--time-limit-ms MS]
MODE is load, kg, sqlite or cold (see the top of bench/kg_bench.cc). DIR holds graph.db and
queries.tsv, as kg_bench_generate graph writes them (--queries reads another file). Each query
runs --warmup times (default 1) untimed, then up to --runs times (default 20), stopping early
after 3 runs once --budget-ms (default 20000) is spent.
cold needs --kg, the path of the kg binary. kg: --also DIALECT times the query of the same id in
DIALECT next to each cypher query ("kg+DIALECT" lines). kg and cold: --window FROM:TO (dates
YYYY-MM-DD, - for an open end) times each query on the graph loaded with that time window, as
`kg query --between FROM TO` loads it ("kg@FROM:TO" and "kg-cold@FROM:TO" lines).
--time-limit-ms (kg, default 120000): a query that runs longer fails, and its line says so.
)";

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Window {
  std::string from, to;  // YYYY-MM-DD, or "-" for an open end
  std::string label() const { return from + ":" + to; }
};

struct Options {
  std::string mode, dir, kg_binary, queries_file;
  int runs = 20;
  int warmup = 1;  // untimed runs first
  double budget_ms = 20'000;
  int64_t time_limit_ms = 120'000;  // kg: a query running longer fails (QueryOptions)
  std::vector<std::string> also_dialects;
  std::vector<Window> windows;
};

std::string queriesPath(const Options& options) {
  return options.queries_file.empty() ? options.dir + "/queries.tsv" : options.queries_file;
}

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

// One way of running a query: the engine column of its TSV line and one run.
struct Variant {
  std::string engine;
  std::function<Answer()> once;
};

// Runs the variants of one query warm, in rounds of one run each: --warmup untimed rounds, then
// timed ones; prints one TSV line per variant. A variant that fails leaves the rounds.
void timeVariants(const Query& query, const Options& options,
                  const std::vector<Variant>& variants) {
  struct Outcome {
    std::vector<double> times;
    Answer answer;
    std::string error;
  };
  std::vector<Outcome> outcomes(variants.size());
  double spent = 0, budget = options.budget_ms * double(variants.size());
  for (int run = 1 - options.warmup; run <= options.runs; ++run) {
    for (size_t v = 0; v < variants.size(); ++v) {
      Outcome& outcome = outcomes[v];
      if (!outcome.error.empty()) continue;
      try {
        auto start = Clock::now();
        outcome.answer = variants[v].once();
        double ms = millisecondsSince(start);
        spent += ms;
        if (run > 0) outcome.times.push_back(ms);
      } catch (const std::exception& error) {
        outcome.error = error.what();
        outcome.error = outcome.error.substr(0, outcome.error.find('\n'));
      }
    }
    if ((run >= 3 && spent > budget) || (run >= 1 && spent > 3 * budget)) break;
  }
  for (size_t v = 0; v < variants.size(); ++v) {
    const Outcome& outcome = outcomes[v];
    if (!outcome.error.empty() || outcome.times.empty()) {
      std::cout << variants[v].engine << '\t' << query.id << "\tERROR\tERROR\t0\t0\t"
                << (outcome.error.empty() ? "no timed run" : outcome.error) << std::endl;
      continue;
    }
    char line[256];
    std::snprintf(line, sizeof line, "%.3f\t%.3f\t%zu\t%zu\t", percentile(outcome.times, 0.5),
                  percentile(outcome.times, 0.95), outcome.times.size(), outcome.answer.rows);
    std::cout << variants[v].engine << '\t' << query.id << '\t' << line << outcome.answer.value
              << std::endl;
  }
}

void timeQuery(const std::string& engine, const Query& query, const Options& options,
               const std::function<Answer()>& once) {
  timeVariants(query, options, {Variant{engine, once}});
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
  {
    // As a new `kg query --all-statuses` process loads: from the snapshot, once the first load
    // after a change (the tables, then the snapshot written) has made it. Nothing is measured
    // on a database before schema 5, which has no snapshots.
    GraphStore::LoadOptions load_options = GraphStore::LoadOptions::queryView(true);
    std::string snapshot = GraphSnapshot::pathFor(db, true);
    std::remove(snapshot.c_str());
    auto start = Clock::now();
    GraphStore(db, GraphStore::Mode::ReadOnly).load(load_options);
    double write_seconds = millisecondsSince(start) / 1000.0;
    if (std::FILE* file = std::fopen(snapshot.c_str(), "rb")) {
      std::fclose(file);
      std::vector<double> seconds;
      for (int run = 0; run < std::max(1, options.runs); ++run) {
        start = Clock::now();
        GraphStore store(db, GraphStore::Mode::ReadOnly);
        PropertyGraph graph = store.load(load_options);
        seconds.push_back(millisecondsSince(start) / 1000.0);
      }
      std::sort(seconds.begin(), seconds.end());
      std::printf("load\tsnapshot_write_seconds\t%.3f\nload\tsnapshot_seconds_median\t%.4f\n",
                  write_seconds, percentile(seconds, 0.5));
    }
  }
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

// The end of a window as LoadOptions take it ("-" is an open end).
std::string windowEnd(const std::string& end) { return end == "-" ? std::string() : end; }

int kgMode(const Options& options) {
  GraphStore store(options.dir + "/graph.db", GraphStore::Mode::ReadOnly);
  GraphStore::LoadOptions load_options;
  load_options.lazy_evidence = true;  // as `kg query` and the shell load
  PropertyGraph graph = store.load(load_options);
  std::vector<PropertyGraph> windowed;  // one graph per --window, loaded as --between loads it
  for (const Window& window : options.windows) {
    GraphStore::LoadOptions window_options = load_options;
    window_options.window_from = windowEnd(window.from);
    window_options.window_to = windowEnd(window.to);
    windowed.push_back(store.load(window_options));
  }
  QueryOptions query_options;
  query_options.time_limit_ms = options.time_limit_ms;
  query_options.row_limit = 50'000'000;
  auto run = [&](PropertyGraph& on, const std::string& text) {
    QueryResult result = runQuery(on, text, query_options);
    Answer answer{result.rows.size(), ""};
    if (result.rows.size() == 1 && result.rows[0].size() == 1)
      answer.value = valueText(result.rows[0][0]);
    return answer;
  };
  std::map<std::string, std::vector<Query>> also;
  for (const std::string& dialect : options.also_dialects)
    also[dialect] = readQueries(queriesPath(options), dialect);
  for (const Query& query : readQueries(queriesPath(options), "cypher")) {
    std::vector<Variant> variants{{"kg", [&] { return run(graph, query.text); }}};
    for (const std::string& dialect : options.also_dialects)
      for (const Query& other : also[dialect])
        if (other.id == query.id)
          variants.push_back({"kg+" + dialect, [&] { return run(graph, other.text); }});
    for (size_t w = 0; w < windowed.size(); ++w)
      variants.push_back(
          {"kg@" + options.windows[w].label(), [&, w] { return run(windowed[w], query.text); }});
    timeVariants(query, options, variants);
  }
  return 0;
}

// --- SQLite -----------------------------------------------------------------------------------

int sqliteMode(const Options& options) {
  std::string path = options.dir + "/graph.db";
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    throw std::runtime_error(path + ": cannot open: " + sqlite3_errmsg(db));
  for (const Query& query : readQueries(queriesPath(options), "sql")) {
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
  // Runs `kg query` once, with --between when `window` is set.
  auto once = [&](const Query& query, const Window* window) {
    // --all-statuses: the same graph the other engines see (by default kg query hides
    // negated edges, which costs a copy of the graph).
    std::vector<std::string> arguments{options.kg_binary, "query",    "--db", db,
                                       "--all-statuses",  "--format", "csv"};
    if (window) arguments.insert(arguments.end(), {"--between", window->from, window->to});
    arguments.push_back(query.text);
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
  };
  for (const Query& query : readQueries(queriesPath(options), "cypher")) {
    std::vector<Variant> variants{{"kg-cold", [&] { return once(query, nullptr); }}};
    for (const Window& window : options.windows)
      variants.push_back(
          {"kg-cold@" + window.label(), [&query, &window, &once] { return once(query, &window); }});
    timeVariants(query, options, variants);
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
      else if (flag == "--time-limit-ms")
        options.time_limit_ms = std::stoll(value);
      else if (flag == "--queries")
        options.queries_file = value;
      else if (flag == "--also")
        options.also_dialects.push_back(value);
      else if (flag == "--window") {
        size_t colon = value.find(':');
        if (colon == std::string::npos || colon == 0 || colon + 1 == value.size())
          throw std::invalid_argument("--window needs FROM:TO, got " + value);
        options.windows.push_back(Window{value.substr(0, colon), value.substr(colon + 1)});
      } else
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

// kg_bench_generate: the seeded data generators of the benchmarks (see bench/README.md).
//   graph     a news-shaped graph of N edges: kg's SQLite database (through GraphStore, or
//             prepared SQL into the same schema), Kuzu CSV files, and the benchmark queries
//             with concrete names picked from the data
//   articles  news-like articles (active, passive, nominal, negated, coordinated sentences)
//             for ingest throughput
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/news_world.h"
#include "graph/graph_store.h"
#include "graph/name_key.h"

namespace fs = std::filesystem;

namespace kg::bench {
namespace {

const char* kUsage = R"(usage:
  kg_bench_generate graph --edges N --out DIR [--seed S] [--writer store|sql] [--data DIR]
  kg_bench_generate articles --sentences N --out DIR [--seed S] [--data DIR]

graph writes DIR/graph.db (kg's schema), DIR/kuzu/*.csv (the same nodes and edges for Kuzu's
COPY FROM), DIR/queries.tsv (bench/queries.tsv with names picked from the data) and
DIR/graph-info.txt. --writer store (default) goes through GraphStore::addArticle, one
transaction per synthetic article; sql writes the same rows with prepared statements in one
transaction.
articles writes DIR/article-NNNNN.txt files with N sentences in all.
--data is the folder with pools.tsv, templates.tsv and queries.tsv (default: bench/data in the
source tree).
)";

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Options {
  std::string mode, out, data_dir = KG_BENCH_DATA_DIR, writer = "store";
  size_t edges = 10'000, sentences = 1'000;
  uint64_t seed = 42;
};

// --- graph ------------------------------------------------------------------------------------

struct DraftEdge {
  uint32_t source = 0, target = 0;
  uint32_t relation = 0;  // index into NewsWorld::relations()
  bool negated = false;
  std::vector<uint32_t> evidence;  // indices into DraftGraph::sentences, in order of appearance
  double confidence = 0;
};

struct DraftEvidence {
  uint32_t edge = 0;
  std::string sentence;
  double confidence = 1.0;
  uint32_t article = 0;
  int64_t start = 0, end = 0;
};

struct DraftGraph {
  std::vector<DraftEdge> edges;
  std::vector<DraftEvidence> evidence;
  std::vector<std::string> article_names;
};

DraftGraph drawGraph(NewsWorld& world, size_t edge_count) {
  DraftGraph graph;
  std::unordered_map<uint64_t, uint32_t> edge_by_fact;
  edge_by_fact.reserve(edge_count * 2);
  auto& random = world.random();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  while (graph.edges.size() < edge_count) {
    const RelationShape& shape = world.drawRelation();
    uint32_t relation = uint32_t(&shape - world.relations().data());
    uint32_t source = world.drawActor(shape.source_types);
    uint32_t target = world.drawActor(shape.target_types);
    if (source == target) continue;
    bool negated = world.hasNegatedTemplate(shape.relation) && unit(random) < 0.06;
    uint64_t fact = (uint64_t(source) << 36) ^ (uint64_t(target) << 8) ^ (relation << 1) ^ negated;
    auto [it, fresh] = edge_by_fact.emplace(fact, uint32_t(graph.edges.size()));
    if (fresh) graph.edges.push_back(DraftEdge{source, target, relation, negated, {}, 0});
    DraftEdge& edge = graph.edges[it->second];
    const SentenceTemplate* sentence = world.drawTemplate(shape.relation, negated);
    if (!sentence) sentence = world.drawTemplate(shape.relation, false);
    double confidence = 0.6 + 0.4 * unit(random);
    edge.confidence = std::max(edge.confidence, confidence);
    edge.evidence.push_back(uint32_t(graph.evidence.size()));
    graph.evidence.push_back(
        DraftEvidence{it->second, world.render(*sentence, source, target), confidence, 0, 0, 0});
  }
  // Articles of about 25 evidence sentences each, in the order they were drawn.
  const size_t per_article = 25;
  int64_t offset = 0;
  for (size_t i = 0; i < graph.evidence.size(); ++i) {
    if (i % per_article == 0) {
      char name[64];
      std::snprintf(name, sizeof name, "bench-article-%06zu.txt", i / per_article + 1);
      graph.article_names.push_back(name);
      offset = 0;
    }
    DraftEvidence& item = graph.evidence[i];
    item.article = uint32_t(graph.article_names.size() - 1);
    item.start = offset;
    item.end = offset + int64_t(item.sentence.size());
    offset = item.end + 2;  // paragraphs are separated by a blank line
  }
  return graph;
}

// The synthetic articles as the ingest would hand them to the store.
std::vector<ArticleFacts> toArticleFacts(const NewsWorld& world, const DraftGraph& graph,
                                         uint64_t seed) {
  std::vector<ArticleFacts> articles(graph.article_names.size());
  std::vector<std::unordered_map<uint32_t, size_t>> local(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    articles[i].name = graph.article_names[i];
    articles[i].content_hash = contentHash(articles[i].name + "/" + std::to_string(seed));
  }
  auto localActor = [&](size_t article, uint32_t actor) {
    auto [it, fresh] = local[article].emplace(actor, articles[article].actors.size());
    if (fresh) {
      const Actor& who = world.actors()[actor];
      articles[article].actors.push_back(ActorFact{who.name, who.type, who.aliases});
    }
    return it->second;
  };
  for (const DraftEvidence& item : graph.evidence) {
    const DraftEdge& edge = graph.edges[item.edge];
    ArticleFacts& article = articles[item.article];
    EdgeFact fact;
    fact.subject = localActor(item.article, edge.source);
    fact.object = localActor(item.article, edge.target);
    fact.relation = world.relations()[edge.relation].relation;
    fact.status = edge.negated ? EdgeStatus::Negated : EdgeStatus::Asserted;
    fact.confidence = item.confidence;
    fact.sentence = item.sentence;
    fact.start = item.start;
    fact.end = item.end;
    article.edges.push_back(std::move(fact));
    article.sentences += 1;
    article.bytes = item.end;
  }
  return articles;
}

// The first and last publication date of the synthetic articles.
constexpr std::chrono::year_month_day kFirstPublished{std::chrono::year{2015}, std::chrono::January,
                                                      std::chrono::day{1}};
constexpr std::chrono::year_month_day kLastPublished{std::chrono::year{2024}, std::chrono::December,
                                                     std::chrono::day{31}};

std::string isoDate(std::chrono::year_month_day date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return text;
}

// Gives each article a publication date, uniform over kFirstPublished..kLastPublished, and an
// outlet from the outlet pool. They are drawn from a generator of their own, seeded from the
// seed, so every other part of the data stays what it was for the seed.
void dateArticles(const NewsWorld& world, uint64_t seed, std::vector<ArticleFacts>& articles) {
  const std::vector<PoolEntry>& outlets = world.pool("outlet");
  const std::chrono::sys_days first{kFirstPublished};
  const uint64_t days = uint64_t((std::chrono::sys_days{kLastPublished} - first).count()) + 1;
  std::mt19937_64 random(seed ^ 0x5eedda7e0fa271c1ULL);
  for (ArticleFacts& article : articles) {
    article.info.published =
        isoDate(std::chrono::year_month_day{first + std::chrono::days(int64_t(random() % days))});
    article.info.source = outlets[random() % outlets.size()].value;
  }
}

void writeThroughStore(const std::string& path, const std::vector<ArticleFacts>& articles) {
  GraphStore store(path);
  for (const ArticleFacts& article : articles) store.addArticle(article);
}

// The same rows GraphStore::addArticle writes, with prepared statements in one transaction.
void writeWithSql(const std::string& path, const std::vector<ArticleFacts>& articles) {
  GraphStore store(path);  // creates the schema
  sqlite3* db = store.handle();
  auto check = [&](int rc, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
      throw std::runtime_error(path + ": " + what + ": " + sqlite3_errmsg(db));
  };
  auto prepare = [&](const char* sql) {
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), sql);
    return statement;
  };
  auto text = [](sqlite3_stmt* statement, int index, std::string_view value) {
    sqlite3_bind_text(statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
  };
  auto run = [&](sqlite3_stmt* statement, const char* what) {
    check(sqlite3_step(statement), what);
    sqlite3_reset(statement);
  };
  check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
  sqlite3_stmt* insert_article = prepare(
      "INSERT INTO articles(id, name, content_hash, bytes, sentences, source, published) "
      "VALUES (?,?,?,?,?,?,?)");
  sqlite3_stmt* insert_node =
      prepare("INSERT INTO nodes(id, name, name_key, labels) VALUES (?, ?, ?, ?)");
  sqlite3_stmt* insert_alias =
      prepare("INSERT OR IGNORE INTO aliases(node_id, alias, alias_key) VALUES (?, ?, ?)");
  sqlite3_stmt* insert_edge = prepare(
      "INSERT INTO edges(id, source, target, relation, status, confidence) VALUES (?,?,?,?,?,?)");
  sqlite3_stmt* insert_evidence = prepare(
      "INSERT INTO evidence(edge_id, article_id, sentence, start, end, confidence) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  // First pass: every edge's final confidence (the store raises it to the maximum).
  std::map<std::tuple<std::string, std::string, std::string, EdgeStatus>, double> confidence;
  for (const ArticleFacts& article : articles)
    for (const EdgeFact& edge : article.edges) {
      auto key = std::make_tuple(article.actors[edge.subject].name, edge.relation,
                                 article.actors[edge.object].name, edge.status);
      auto [it, fresh] = confidence.emplace(key, edge.confidence);
      if (!fresh) it->second = std::max(it->second, edge.confidence);
    }
  std::unordered_map<std::string, int64_t> node_ids;
  std::map<std::tuple<int64_t, std::string, int64_t, EdgeStatus>, int64_t> edge_ids;
  int64_t article_id = 0;
  for (const ArticleFacts& article : articles) {
    ++article_id;
    sqlite3_bind_int64(insert_article, 1, article_id);
    text(insert_article, 2, article.name);
    text(insert_article, 3, article.content_hash);
    sqlite3_bind_int64(insert_article, 4, article.bytes);
    sqlite3_bind_int64(insert_article, 5, article.sentences);
    text(insert_article, 6, article.info.source);
    text(insert_article, 7, article.info.published);
    run(insert_article, "insert article");
    std::vector<int64_t> local_ids;
    for (const ActorFact& actor : article.actors) {
      std::string key = nameKey(actor.name);
      auto [it, fresh] = node_ids.emplace(key, int64_t(node_ids.size()) + 1);
      if (fresh) {
        sqlite3_bind_int64(insert_node, 1, it->second);
        text(insert_node, 2, actor.name);
        text(insert_node, 3, key);
        text(insert_node, 4, actorTypeLabel(actor.type));
        run(insert_node, "insert node");
        for (const std::string& alias : actor.aliases) {
          std::string alias_key = nameKey(alias);
          if (alias_key.empty() || alias_key == key) continue;
          sqlite3_bind_int64(insert_alias, 1, it->second);
          text(insert_alias, 2, alias);
          text(insert_alias, 3, alias_key);
          run(insert_alias, "insert alias");
        }
      }
      local_ids.push_back(it->second);
    }
    for (const EdgeFact& edge : article.edges) {
      int64_t source = local_ids[edge.subject], target = local_ids[edge.object];
      auto [it, fresh] =
          edge_ids.emplace(std::make_tuple(source, edge.relation, target, edge.status),
                           int64_t(edge_ids.size()) + 1);
      if (fresh) {
        sqlite3_bind_int64(insert_edge, 1, it->second);
        sqlite3_bind_int64(insert_edge, 2, source);
        sqlite3_bind_int64(insert_edge, 3, target);
        text(insert_edge, 4, edge.relation);
        text(insert_edge, 5, edgeStatusName(edge.status));
        sqlite3_bind_double(
            insert_edge, 6,
            confidence.at(std::make_tuple(article.actors[edge.subject].name, edge.relation,
                                          article.actors[edge.object].name, edge.status)));
        run(insert_edge, "insert edge");
      }
      sqlite3_bind_int64(insert_evidence, 1, it->second);
      sqlite3_bind_int64(insert_evidence, 2, article_id);
      text(insert_evidence, 3, edge.sentence);
      sqlite3_bind_int64(insert_evidence, 4, edge.start);
      sqlite3_bind_int64(insert_evidence, 5, edge.end);
      sqlite3_bind_double(insert_evidence, 6, edge.confidence);
      run(insert_evidence, "insert evidence");
    }
  }
  for (sqlite3_stmt* statement :
       {insert_article, insert_node, insert_alias, insert_edge, insert_evidence})
    sqlite3_finalize(statement);
  check(sqlite3_exec(db,
                     "UPDATE edges SET mentions = "
                     "(SELECT count(*) FROM evidence WHERE evidence.edge_id = edges.id)",
                     nullptr, nullptr, nullptr),
        "count mentions");
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
}

std::string csvField(const std::string& value) {
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void writeKuzuCsv(const fs::path& dir, const NewsWorld& world, const DraftGraph& graph) {
  fs::create_directories(dir);
  std::vector<bool> used(world.actors().size(), false);
  for (const DraftEdge& edge : graph.edges) used[edge.source] = used[edge.target] = true;
  {
    std::ofstream out(dir / "actors.csv");
    out << "name,type,aliases\n";
    for (size_t i = 0; i < used.size(); ++i) {
      if (!used[i]) continue;
      const Actor& actor = world.actors()[i];
      std::string aliases = "[";
      for (const std::string& alias : actor.aliases)
        aliases += (aliases.size() > 1 ? "," : "") + ("'" + alias + "'");
      out << csvField(actor.name) << ',' << actorTypeName(actor.type) << ','
          << csvField(aliases + "]") << '\n';
    }
    if (!out) throw std::runtime_error((dir / "actors.csv").string() + ": write failed");
  }
  std::map<uint32_t, std::ofstream> files;
  for (size_t r = 0; r < world.relations().size(); ++r) {
    fs::path path = dir / (world.relations()[r].relation + ".csv");
    files[uint32_t(r)].open(path);
    files[uint32_t(r)] << "from,to,status,mentions,confidence,evidence\n";
  }
  for (const DraftEdge& edge : graph.edges) {
    std::ostringstream evidence;
    evidence << '[';
    for (size_t i = 0; i < edge.evidence.size(); ++i) {
      const DraftEvidence& item = graph.evidence[edge.evidence[i]];
      evidence << (i ? "," : "") << "{article: " << graph.article_names[item.article]
               << ", sentence: '" << item.sentence << "', start: " << item.start
               << ", finish: " << item.end << '}';
    }
    evidence << ']';
    files[edge.relation] << csvField(world.actors()[edge.source].name) << ','
                         << csvField(world.actors()[edge.target].name) << ','
                         << (edge.negated ? "negated" : "asserted") << ',' << edge.evidence.size()
                         << ',' << edge.confidence << ',' << csvField(evidence.str()) << '\n';
  }
  for (auto& [relation, file] : files)
    if (!file.flush()) throw std::runtime_error(dir.string() + ": write failed");
}

// Picks the concrete names of the benchmark queries from the data.
std::map<std::string, std::string> pickQueryNames(const NewsWorld& world, const DraftGraph& graph) {
  const auto& actors = world.actors();
  auto relationIndex = [&](const std::string& name) {
    for (size_t r = 0; r < world.relations().size(); ++r)
      if (world.relations()[r].relation == name) return uint32_t(r);
    throw std::logic_error("no relation " + name);
  };
  uint32_t sanctioned = relationIndex("sanctioned"), accused = relationIndex("accused"),
           targeted = relationIndex("targeted");
  std::vector<size_t> sanctioners(actors.size()), accusations(actors.size()),
      targets(actors.size()), out_degree(actors.size());
  std::vector<std::vector<uint32_t>> neighbours(actors.size());
  for (const DraftEdge& edge : graph.edges) {
    if (edge.relation == sanctioned) ++sanctioners[edge.target];
    if (edge.relation == accused) ++accusations[edge.source];
    if (edge.relation == targeted) ++targets[edge.source];
    ++out_degree[edge.source];
    neighbours[edge.source].push_back(edge.target);
    neighbours[edge.target].push_back(edge.source);
  }
  std::map<std::string, std::string> names;
  // Q1: the non-country actor most often sanctioned.
  size_t best = 0;
  for (size_t i = 0; i < actors.size(); ++i)
    if (actors[i].type != ActorType::Country &&
        (sanctioners[i] > sanctioners[best] || actors[best].type == ActorType::Country))
      best = i;
  names["TARGET"] = actors[best].name;
  // Q2: the third busiest accuser (a hub, not the very top one).
  std::vector<size_t> order(actors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return accusations[a] > accusations[b]; });
  names["ACCUSER"] = actors[order[std::min<size_t>(2, order.size() - 1)]].name;
  // Q3: the actor with the most outgoing edges.
  names["HUB"] =
      actors[std::max_element(out_degree.begin(), out_degree.end()) - out_degree.begin()].name;
  // Q4: two people joined by a shortest path of 4 hops (or the longest below 4 there is).
  std::mt19937_64 random(7);
  std::string from, to;
  size_t found_distance = 0;
  for (int attempt = 0; attempt < 200 && found_distance < 4; ++attempt) {
    uint32_t start = uint32_t(random() % actors.size());
    if (actors[start].type != ActorType::Person || neighbours[start].empty() ||
        neighbours[start].size() > 3)
      continue;
    std::vector<int> distance(actors.size(), -1);
    std::deque<uint32_t> queue{start};
    distance[start] = 0;
    uint32_t pick = start;
    while (!queue.empty()) {
      uint32_t at = queue.front();
      queue.pop_front();
      if (distance[at] >= 4) break;
      for (uint32_t next : neighbours[at]) {
        if (distance[next] >= 0) continue;
        distance[next] = distance[at] + 1;
        queue.push_back(next);
        if (actors[next].type == ActorType::Person && distance[next] > distance[pick]) pick = next;
      }
    }
    if (size_t(distance[pick]) > found_distance) {
      found_distance = size_t(distance[pick]);
      from = actors[start].name;
      to = actors[pick].name;
    }
  }
  names["FROM"] = from;
  names["TO"] = to;
  names["PATH_HOPS"] = std::to_string(found_distance);
  std::map<std::string, std::string> with_keys = names;
  for (const auto& [key, value] : names) with_keys[key + "_KEY"] = nameKey(value);
  return with_keys;
}

void writeQueries(const std::string& data_dir, const fs::path& out,
                  const std::map<std::string, std::string>& names) {
  std::ifstream in(data_dir + "/queries.tsv");
  if (!in) throw std::runtime_error(data_dir + "/queries.tsv: cannot open");
  std::ofstream file(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // Longest placeholders first, so ${TARGET_KEY} is not read as ${TARGET}.
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
      std::string slot = "${" + it->first + "}";
      for (size_t at = line.find(slot); at != std::string::npos; at = line.find(slot, at))
        line.replace(at, slot.size(), it->second);
    }
    file << line << '\n';
  }
  if (!file) throw std::runtime_error(out.string() + ": write failed");
}

int generateGraph(const Options& options) {
  auto start = std::chrono::steady_clock::now();
  fs::path out(options.out);
  fs::create_directories(out);
  size_t actor_count = std::max<size_t>(200, options.edges / 4);
  NewsWorld world(options.data_dir, actor_count, options.seed);
  DraftGraph graph = drawGraph(world, options.edges);
  std::vector<ArticleFacts> articles = toArticleFacts(world, graph, options.seed);
  dateArticles(world, options.seed, articles);
  double draw_seconds = secondsSince(start);

  fs::path db = out / "graph.db";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
  auto write_start = std::chrono::steady_clock::now();
  if (options.writer == "sql")
    writeWithSql(db.string(), articles);
  else
    writeThroughStore(db.string(), articles);
  {  // fold the WAL into the database file, so it is one self-contained file
    GraphStore store(db.string());
    sqlite3_exec(store.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  }
  double write_seconds = secondsSince(write_start);

  writeKuzuCsv(out / "kuzu", world, graph);
  auto names = pickQueryNames(world, graph);
  writeQueries(options.data_dir, out / "queries.tsv", names);

  size_t evidence_bytes = 0;
  for (const DraftEvidence& item : graph.evidence) evidence_bytes += item.sentence.size();
  std::ofstream info(out / "graph-info.txt");
  info << "edges\t" << graph.edges.size() << "\nevidence\t" << graph.evidence.size()
       << "\nevidence_text_bytes\t" << evidence_bytes << "\narticles\t" << articles.size()
       << "\nactors_in_world\t" << world.actors().size() << "\nseed\t" << options.seed
       << "\npublished\t" << isoDate(kFirstPublished) << ".." << isoDate(kLastPublished)
       << "\nwriter\t" << options.writer << "\ndraw_seconds\t" << draw_seconds
       << "\nwrite_seconds\t" << write_seconds << '\n';
  for (const auto& [key, value] : names) info << "name." << key << '\t' << value << '\n';
  std::cout << "graph: " << graph.edges.size() << " edges, " << graph.evidence.size()
            << " evidence, " << articles.size() << " articles; drawn in " << draw_seconds
            << " s, written (" << options.writer << ") in " << write_seconds << " s to " << db
            << '\n';
  return 0;
}

// --- articles ---------------------------------------------------------------------------------

int generateArticles(const Options& options) {
  fs::path out(options.out);
  fs::create_directories(out);
  NewsWorld world(options.data_dir, 5000, options.seed);
  auto& random = world.random();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  size_t written = 0, article = 0;
  std::map<std::string, size_t> by_syntax;
  while (written < options.sentences) {
    ++article;
    size_t length = std::min<size_t>(options.sentences - written,
                                     std::uniform_int_distribution<size_t>(15, 35)(random));
    std::ostringstream text;
    for (size_t i = 0; i < length; ++i) {
      std::string relation = "none";
      uint32_t subject = 0, object = 0;
      if (unit(random) < 0.7) {
        const RelationShape& shape = world.drawRelation();
        relation = shape.relation;
        subject = world.drawActor(shape.source_types);
        object = world.drawActor(shape.target_types);
        if (subject == object) relation = "none";
      }
      bool negated = relation != "none" && world.hasNegatedTemplate(relation) && unit(random) < 0.1;
      const SentenceTemplate* sentence = world.drawTemplate(relation, negated);
      if (!sentence) sentence = world.drawTemplate(relation, false);
      ++by_syntax[relation == "none" ? std::string("none") : sentence->syntax];
      text << world.render(*sentence, subject, object) << (i % 3 == 2 ? "\n\n" : " ");
    }
    char name[64];
    std::snprintf(name, sizeof name, "article-%05zu.txt", article);
    std::ofstream file(out / name);
    file << text.str() << '\n';
    if (!file) throw std::runtime_error((out / name).string() + ": write failed");
    written += length;
  }
  std::cout << "articles: " << article << " files, " << written << " sentences (";
  bool first = true;
  for (const auto& [syntax, count] : by_syntax) {
    std::cout << (first ? "" : ", ") << syntax << ' ' << count;
    first = false;
  }
  std::cout << ") in " << out << '\n';
  return 0;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  using namespace kg::bench;
  Options options;
  std::vector<std::string> arguments(argv + 1, argv + argc);
  if (arguments.empty() || arguments[0] == "-h" || arguments[0] == "--help") {
    std::cout << kUsage;
    return arguments.empty() ? 2 : 0;
  }
  options.mode = arguments[0];
  try {
    for (size_t i = 1; i < arguments.size(); ++i) {
      const std::string& flag = arguments[i];
      if (i + 1 >= arguments.size()) throw std::invalid_argument(flag + " needs a value");
      const std::string& value = arguments[++i];
      if (flag == "--edges")
        options.edges = std::stoull(value);
      else if (flag == "--sentences")
        options.sentences = std::stoull(value);
      else if (flag == "--seed")
        options.seed = std::stoull(value);
      else if (flag == "--out")
        options.out = value;
      else if (flag == "--writer")
        options.writer = value;
      else if (flag == "--data")
        options.data_dir = value;
      else
        throw std::invalid_argument("unknown option " + flag);
    }
    if (options.out.empty()) throw std::invalid_argument("--out DIR is required");
    if (options.writer != "store" && options.writer != "sql")
      throw std::invalid_argument("--writer is store or sql");
    if (options.mode == "graph") return generateGraph(options);
    if (options.mode == "articles") return generateArticles(options);
    throw std::invalid_argument("unknown mode " + options.mode);
  } catch (const std::invalid_argument& error) {
    std::cerr << "kg_bench_generate: " << error.what() << "\n" << kUsage;
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "kg_bench_generate: " << error.what() << '\n';
    return 1;
  }
}

// Shared by the export tests: a small news graph that holds every escaping hazard (XML
// metacharacters, a control character, invalid UTF-8, a property named like a fixed field), a
// scratch directory, and running a program without a shell.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "graph/article_facts.h"
#include "graph/property_graph.h"

extern char** environ;

namespace kg::test {

inline const std::string kHazardName = "AT&T <Holdings> \"Ltd\"";
// A sentence with a control character (\x01) and an invalid UTF-8 byte pair (\xff\xfe).
inline const std::string kHazardSentence =
    "APT99 targeted AT&T <Holdings> \"Ltd\" \x01 in a campaign \xff\xfe that lasted 3 years.";
inline const std::string kHazardArticle = "feed&<1>.txt";

// The escaping hazards as ArticleFacts, for tests that go through the GraphStore:
//   UK -sanctioned-> Brandt (2 mentions), UK -accused-> China, APT99 -targeted-> AT&T (hazard
//   sentence), Brandt -member_of-> APT99, China -targeted (negated)-> UK,
//   Foreign Secretary David Lammy -condemned-> APT99.
inline ArticleFacts hazardFacts() {
  ArticleFacts facts;
  facts.name = kHazardArticle;
  facts.content_hash = contentHash(kHazardSentence);
  facts.bytes = 1000;
  facts.sentences = 6;
  facts.actors = {{"United Kingdom", ActorType::Country, {"UK", "Britain"}},
                  {"China", ActorType::Country, {}},
                  {"APT99", ActorType::Group, {"Granite Vole", "Quartz Panda"}},
                  {"Tomas Brandt", ActorType::Person, {}},
                  {kHazardName, ActorType::Organization, {"AT&T"}},
                  {"David Lammy", ActorType::Person, {}}};
  auto edge = [](size_t subject, size_t object, const char* relation, EdgeStatus status,
                 double confidence, std::string sentence, int64_t start) {
    EdgeFact fact;
    fact.subject = subject;
    fact.object = object;
    fact.relation = relation;
    fact.status = status;
    fact.confidence = confidence;
    fact.end = start + static_cast<int64_t>(sentence.size());
    fact.sentence = std::move(sentence);
    fact.start = start;
    return fact;
  };
  facts.edges = {
      edge(0, 3, "sanctioned", EdgeStatus::Asserted, 0.9, "The UK sanctioned Tomas Brandt.", 0),
      edge(0, 3, "sanctioned", EdgeStatus::Asserted, 0.9, "Britain froze Brandt's assets.", 40),
      edge(0, 1, "accused", EdgeStatus::Asserted, 0.8, "The UK accused China of hacking.", 80),
      edge(2, 4, "targeted", EdgeStatus::Asserted, 0.7, kHazardSentence, 120),
      edge(3, 2, "member_of", EdgeStatus::Asserted, 0.6, "Brandt is a member of APT99.", 220),
      edge(1, 0, "targeted", EdgeStatus::Negated, 0.5, "China denied targeting the UK.", 260),
      edge(5, 2, "condemned", EdgeStatus::Asserted, 0.75, "Lammy condemned APT99.", 300)};
  return facts;
}

// The same graph built directly in memory (ids m0.., r0..), plus what only hand-made graphs
// have: a node property 0.1 + 0.2 (needs 17 digits), an edge with user properties, and a
// user property named "label" that must not hide the fixed key.
inline PropertyGraph hazardGraph() {
  PropertyGraph graph;
  ArticleFacts facts = hazardFacts();
  std::vector<uint32_t> nodes;
  for (const ActorFact& actor : facts.actors) {
    ValueList aliases;
    for (const auto& alias : actor.aliases) aliases.push_back(alias);
    ValueMap properties{{"name", actor.name}, {"type", std::string(actorTypeName(actor.type))}};
    if (!aliases.empty()) properties["aliases"] = aliases;
    nodes.push_back(
        graph.addNode({std::string(actorTypeLabel(actor.type))}, std::move(properties)));
  }
  graph.setNodeProperty(nodes[1], "score", 0.1 + 0.2);
  graph.setNodeProperty(nodes[1], "label", std::string("user label"));
  // Facts with the same (subject, relation, object, status) share one edge, as in the store.
  std::map<std::tuple<size_t, size_t, std::string, EdgeStatus>, std::vector<Evidence>> grouped;
  std::map<std::tuple<size_t, size_t, std::string, EdgeStatus>, double> confidence;
  std::vector<std::tuple<size_t, size_t, std::string, EdgeStatus>> order;
  for (const EdgeFact& fact : facts.edges) {
    auto key = std::make_tuple(fact.subject, fact.object, fact.relation, fact.status);
    if (!grouped.count(key)) order.push_back(key);
    grouped[key].push_back(Evidence{facts.name, fact.sentence, fact.start, fact.end});
    confidence[key] = fact.confidence;
  }
  for (const auto& key : order)
    graph.addNewsEdge(nodes[std::get<0>(key)], nodes[std::get<1>(key)], std::get<2>(key),
                      std::get<3>(key), confidence[key], grouped[key]);
  graph.addEdge(nodes[5], nodes[0], "works_for",
                ValueMap{{"since", int64_t{2024}}, {"weight", 1.5}, {"note", kHazardName}});
  return graph;
}

// A fresh directory under the system temporary directory, removed at the end of the test.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kg-export-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string readFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

inline void writeFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

struct ProgramRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv[0] (looked up in PATH) with its output captured; `environment` entries
// ("NAME=value") replace those of this process.
inline ProgramRun runProgram(const std::vector<std::string>& argv,
                             const std::vector<std::string>& environment = {}) {
  ScratchDirectory scratch;
  std::string out_path = scratch.file("stdout"), err_path = scratch.file("stderr");
  std::vector<std::string> variables;
  for (char** entry = environ; *entry; ++entry) {
    std::string variable = *entry;
    bool replaced = false;
    for (const auto& override_entry : environment)
      if (variable.substr(0, variable.find('=')) ==
          override_entry.substr(0, override_entry.find('=')))
        replaced = true;
    if (!replaced) variables.push_back(variable);
  }
  variables.insert(variables.end(), environment.begin(), environment.end());
  std::vector<char*> envp, args;
  for (auto& variable : variables) envp.push_back(variable.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_copy = argv;
  for (auto& argument : argv_copy) args.push_back(argument.data());
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t child = 0;
  ProgramRun run;
  int status = posix_spawnp(&child, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (status != 0) {
    run.err = "cannot start " + argv[0];
    return run;
  }
  int wait_status = 0;
  waitpid(child, &wait_status, 0);
  run.exit_code = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
  run.out = readFile(out_path);
  run.err = readFile(err_path);
  return run;
}

}  // namespace kg::test

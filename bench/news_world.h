// NewsWorld: the seeded cast of a synthetic news corpus for the benchmarks. It makes actors
// (hub countries, agencies, companies, groups and many people) with heavy-tailed weights from the
// pools in bench/data/pools.tsv, and writes sentences about them from bench/data/templates.tsv.
// Both generators (graphs and articles) draw from the same world, so names match across them.
#pragma once

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::bench {

struct PoolEntry {
  std::string value;
  std::vector<std::string> aliases;
};

struct SentenceTemplate {
  std::string relation;  // kg relation type, or "none"
  std::string syntax;    // active, passive, nominal, negated, coordinated
  std::string text;      // with {S}, {T}, {S2}, {T2}, {OFFENCE}, {SOURCE}
};

struct Actor {
  std::string name;
  ActorType type = ActorType::Person;
  std::vector<std::string> aliases;
  std::string title;  // persons: "Foreign Minister", written before the name as a subject
};

// Which actor types a relation takes as source and target, with probabilities.
struct RelationShape {
  std::string relation;
  double share = 0;  // of all edges
  std::vector<std::pair<ActorType, double>> source_types;
  std::vector<std::pair<ActorType, double>> target_types;
};

class NewsWorld {
 public:
  // Loads pools.tsv and templates.tsv from `data_dir` (throws std::runtime_error naming the
  // file on a read or format error) and makes `actor_count` actors.
  NewsWorld(const std::string& data_dir, size_t actor_count, uint64_t seed);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<RelationShape>& relations() const { return relations_; }
  std::mt19937_64& random() { return random_; }

  // A relation drawn by the coverage mix (accused and targeted most, charged fewest).
  const RelationShape& drawRelation();
  // An actor of a type drawn from `types`, by the heavy-tailed weights.
  uint32_t drawActor(const std::vector<std::pair<ActorType, double>>& types);
  uint32_t drawActorOfType(ActorType type);
  // A template for the relation; `negated` picks a negated one (nullptr when there is none).
  const SentenceTemplate* drawTemplate(const std::string& relation, bool negated);
  bool hasNegatedTemplate(const std::string& relation) const;
  // Fills a template: {S} and {T} are the given actors, {S2}/{T2} are drawn of the same types.
  std::string render(const SentenceTemplate& sentence, uint32_t subject, uint32_t object);
  // How a sentence names an actor as a subject (with the person's title) or otherwise.
  std::string mention(uint32_t actor, bool as_subject) const;

  const std::vector<PoolEntry>& pool(const std::string& name) const;
  const PoolEntry& drawFrom(const std::string& pool_name);

 private:
  void loadPools(const std::string& path);
  void loadTemplates(const std::string& path);
  void makeActors(size_t actor_count);
  void addActor(Actor actor, double weight);
  std::string makeSurname();

  std::mt19937_64 random_;
  std::map<std::string, std::vector<PoolEntry>> pools_;
  std::vector<SentenceTemplate> templates_;
  std::map<std::pair<std::string, bool>, std::vector<size_t>> templates_by_relation_;
  std::vector<RelationShape> relations_;
  std::vector<double> relation_cumulative_;
  std::vector<Actor> actors_;
  // Per actor type: actor indices and their cumulative weights.
  std::map<ActorType, std::vector<uint32_t>> actors_by_type_;
  std::map<ActorType, std::vector<double>> cumulative_by_type_;
};

}  // namespace kg::bench

#include "bench/news_world.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "graph/name_key.h"

namespace kg::bench {
namespace {

std::vector<std::string> splitOn(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream stream(text);
  while (std::getline(stream, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

// Reads a TSV data file: lines starting with '#' and empty lines are skipped.
template <typename Visit>
void readTsv(const std::string& path, Visit&& visit) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    visit(splitOn(line, '\t'), number);
  }
}

std::string capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = char(word[0] - 'a' + 'A');
  return word;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

}  // namespace

NewsWorld::NewsWorld(const std::string& data_dir, size_t actor_count, uint64_t seed)
    : random_(seed) {
  loadPools(data_dir + "/pools.tsv");
  loadTemplates(data_dir + "/templates.tsv");
  using T = ActorType;
  // The relation mix of real coverage: accusations and attacks dominate, legal steps are rarer.
  relations_ = {
      {"accused",
       0.26,
       {{T::Country, .45}, {T::Person, .35}, {T::Organization, .20}},
       {{T::Country, .35}, {T::Person, .25}, {T::Organization, .20}, {T::Group, .20}}},
      {"targeted",
       0.22,
       {{T::Group, .40}, {T::Country, .30}, {T::Person, .15}, {T::Organization, .15}},
       {{T::Organization, .45}, {T::Person, .35}, {T::Country, .20}}},
      {"condemned",
       0.12,
       {{T::Country, .60}, {T::Organization, .25}, {T::Person, .15}},
       {{T::Country, .40}, {T::Organization, .10}, {T::Group, .25}, {T::Person, .25}}},
      {"denied",
       0.08,
       {{T::Country, .40}, {T::Person, .35}, {T::Organization, .25}},
       {{T::Country, .40}, {T::Person, .30}, {T::Organization, .30}}},
      {"sanctioned",
       0.08,
       {{T::Country, .80}, {T::Organization, .20}},
       {{T::Person, .50}, {T::Organization, .35}, {T::Group, .10}, {T::Country, .05}}},
      {"member_of", 0.08, {{T::Person, 1.0}}, {{T::Group, .60}, {T::Organization, .40}}},
      {"affiliated_with",
       0.07,
       {{T::Person, .40}, {T::Organization, .30}, {T::Group, .30}},
       {{T::Country, .50}, {T::Group, .25}, {T::Organization, .25}}},
      {"charged",
       0.05,
       {{T::Organization, .70}, {T::Country, .30}},
       {{T::Person, .90}, {T::Organization, .10}}},
      {"summoned",
       0.04,
       {{T::Country, .80}, {T::Organization, .20}},
       {{T::Person, .70}, {T::Country, .30}}},
  };
  double total = 0;
  for (const auto& shape : relations_) relation_cumulative_.push_back(total += shape.share);
  makeActors(actor_count);
}

void NewsWorld::loadPools(const std::string& path) {
  readTsv(path, [&](const std::vector<std::string>& fields, int line) {
    if (fields.size() < 2 || fields[1].empty())
      throw std::runtime_error(path + ":" + std::to_string(line) + ": expected POOL<TAB>VALUE");
    PoolEntry entry{fields[1], {}};
    if (fields.size() > 2 && !fields[2].empty()) entry.aliases = splitOn(fields[2], '|');
    pools_[fields[0]].push_back(std::move(entry));
  });
  for (const char* name : {"country", "first", "syllable", "industry", "suffix", "group_adjective",
                           "group_noun", "agency", "offence", "source", "title", "outlet"})
    if (pools_[name].empty()) throw std::runtime_error(path + ": pool '" + name + "' is empty");
}

void NewsWorld::loadTemplates(const std::string& path) {
  readTsv(path, [&](const std::vector<std::string>& fields, int line) {
    if (fields.size() != 3)
      throw std::runtime_error(path + ":" + std::to_string(line) +
                               ": expected RELATION<TAB>SYNTAX<TAB>TEXT");
    templates_by_relation_[{fields[0], fields[1] == "negated"}].push_back(templates_.size());
    templates_.push_back(SentenceTemplate{fields[0], fields[1], fields[2]});
  });
}

const std::vector<PoolEntry>& NewsWorld::pool(const std::string& name) const {
  return pools_.at(name);
}

const PoolEntry& NewsWorld::drawFrom(const std::string& pool_name) {
  const auto& entries = pools_.at(pool_name);
  return entries[std::uniform_int_distribution<size_t>(0, entries.size() - 1)(random_)];
}

std::string NewsWorld::makeSurname() {
  int syllables = std::uniform_int_distribution<int>(2, 3)(random_);
  std::string surname;
  for (int i = 0; i < syllables; ++i) surname += drawFrom("syllable").value;
  return capitalised(surname);
}

void NewsWorld::addActor(Actor actor, double weight) {
  uint32_t index = static_cast<uint32_t>(actors_.size());
  auto& cumulative = cumulative_by_type_[actor.type];
  cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
  actors_by_type_[actor.type].push_back(index);
  actors_.push_back(std::move(actor));
}

void NewsWorld::makeActors(size_t actor_count) {
  std::unordered_set<std::string> name_keys;
  std::vector<Actor> made;
  std::vector<double> weights;
  // Pareto(alpha 1.3) weights give the long tail: most actors appear once or twice, a few a lot.
  auto tailWeight = [&](double cap) {
    double u = std::uniform_real_distribution<double>(0.0, 1.0)(random_);
    return std::min(cap, std::pow(1.0 - u, -1.0 / 1.3));
  };
  auto add = [&](Actor actor, double weight) {
    if (!name_keys.insert(nameKey(actor.name)).second) return false;
    made.push_back(std::move(actor));
    weights.push_back(weight);
    return true;
  };
  // Countries are the hubs: Zipf weights by rank, scaled so they carry a large share of mentions.
  const auto& countries = pools_.at("country");
  size_t country_count = std::min(countries.size(), std::max<size_t>(8, actor_count / 20));
  double hub_scale = std::max(20.0, std::sqrt(double(actor_count)) * 2.0);
  for (size_t rank = 0; rank < country_count; ++rank)
    add(Actor{countries[rank].value, ActorType::Country, countries[rank].aliases, ""},
        hub_scale / double(rank + 1));
  size_t rest = actor_count > made.size() ? actor_count - made.size() : 0;
  size_t agencies = std::min(rest / 20, country_count * pools_.at("agency").size());
  size_t groups = rest / 25;
  size_t companies = rest / 5;
  // Agencies: per country, by the country's rank (hub countries' ministries are busy too).
  for (size_t i = 0; i < agencies; ++i) {
    const std::string& country = made[i % country_count].name;
    const std::string& pattern = pools_.at("agency")[i / country_count].value;
    std::string name = pattern;
    replaceAll(name, "%s", country);
    add(Actor{name, ActorType::Organization, {}, ""}, tailWeight(200) * 2.0);
  }
  size_t group_number = 1;
  for (size_t made_groups = 0, attempts = 0; made_groups < groups && attempts < groups * 4;
       ++attempts) {
    std::string name = drawFrom("group_adjective").value + " " + drawFrom("group_noun").value;
    std::vector<std::string> aliases{"APT" + std::to_string(group_number)};
    if (name_keys.count(nameKey(name))) name = "Storm-" + std::to_string(1000 + group_number);
    if (add(Actor{name, ActorType::Group, aliases, ""}, tailWeight(300))) {
      ++made_groups;
      ++group_number;
    }
  }
  for (size_t made_companies = 0, attempts = 0;
       made_companies < companies && attempts < companies * 4; ++attempts) {
    std::string stem = makeSurname() + " " + drawFrom("industry").value;
    std::string name = stem + " " + drawFrom("suffix").value;
    if (add(Actor{name, ActorType::Organization, {stem}, ""}, tailWeight(300))) ++made_companies;
  }
  for (size_t attempts = 0; made.size() < actor_count && attempts < actor_count * 4; ++attempts) {
    std::string first = drawFrom("first").value, surname = makeSurname();
    std::string title = std::uniform_int_distribution<int>(0, 2)(random_) == 0
                            ? drawFrom("title").value
                            : std::string();
    add(Actor{first + " " + surname, ActorType::Person, {"Mr " + surname}, title}, tailWeight(400));
  }
  // Aliases never equal another actor's name, so the store keeps every actor separate.
  for (size_t i = 0; i < made.size(); ++i) {
    auto& aliases = made[i].aliases;
    aliases.erase(std::remove_if(aliases.begin(), aliases.end(),
                                 [&](const std::string& alias) {
                                   return name_keys.count(nameKey(alias)) > 0;
                                 }),
                  aliases.end());
    addActor(std::move(made[i]), weights[i]);
  }
}

const RelationShape& NewsWorld::drawRelation() {
  double at = std::uniform_real_distribution<double>(0.0, relation_cumulative_.back())(random_);
  size_t index = std::upper_bound(relation_cumulative_.begin(), relation_cumulative_.end(), at) -
                 relation_cumulative_.begin();
  return relations_[std::min(index, relations_.size() - 1)];
}

uint32_t NewsWorld::drawActorOfType(ActorType type) {
  const auto& cumulative = cumulative_by_type_.at(type);
  double at = std::uniform_real_distribution<double>(0.0, cumulative.back())(random_);
  size_t index = std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin();
  return actors_by_type_.at(type)[std::min(index, cumulative.size() - 1)];
}

uint32_t NewsWorld::drawActor(const std::vector<std::pair<ActorType, double>>& types) {
  double total = 0;
  for (const auto& [type, share] : types)
    if (cumulative_by_type_.count(type)) total += share;
  double at = std::uniform_real_distribution<double>(0.0, total)(random_);
  for (const auto& [type, share] : types) {
    if (!cumulative_by_type_.count(type)) continue;
    if (at < share) return drawActorOfType(type);
    at -= share;
  }
  for (auto it = types.rbegin(); it != types.rend(); ++it)
    if (cumulative_by_type_.count(it->first)) return drawActorOfType(it->first);
  return 0;
}

bool NewsWorld::hasNegatedTemplate(const std::string& relation) const {
  return templates_by_relation_.count({relation, true}) > 0;
}

const SentenceTemplate* NewsWorld::drawTemplate(const std::string& relation, bool negated) {
  auto it = templates_by_relation_.find({relation, negated});
  if (it == templates_by_relation_.end()) return nullptr;
  const auto& indices = it->second;
  return &templates_[indices[std::uniform_int_distribution<size_t>(0,
                                                                   indices.size() - 1)(random_)]];
}

std::string NewsWorld::mention(uint32_t actor, bool as_subject) const {
  const Actor& who = actors_[actor];
  if (who.type == ActorType::Country &&
      (who.name == "United Kingdom" || who.name == "United States"))
    return "the " + who.name;
  if (as_subject && !who.title.empty()) return who.title + " " + who.name;
  return who.name;
}

std::string NewsWorld::render(const SentenceTemplate& sentence, uint32_t subject, uint32_t object) {
  std::string text = sentence.text;
  auto fill = [&](const std::string& slot, auto&& make) {
    if (text.find(slot) != std::string::npos) replaceAll(text, slot, make());
  };
  fill("{S2}", [&] {
    uint32_t other = drawActorOfType(actors_[subject].type);
    return mention(other == subject ? (other + 1) % uint32_t(actors_.size()) : other, true);
  });
  fill("{T2}", [&] {
    uint32_t other = drawActorOfType(actors_[object].type);
    return mention(other == object ? (other + 1) % uint32_t(actors_.size()) : other, false);
  });
  fill("{S}", [&] { return mention(subject, true); });
  fill("{T}", [&] { return mention(object, false); });
  fill("{OFFENCE}", [&] { return drawFrom("offence").value; });
  fill("{SOURCE}", [&] { return drawFrom("source").value; });
  // A sentence starts with a capital letter ("the United Kingdom" at the start).
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
  return text;
}

}  // namespace kg::bench

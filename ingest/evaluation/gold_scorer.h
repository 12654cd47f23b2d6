// Scoring an extracted graph against a gold annotation (../shared/eval/GOLD-FORMAT.md), with the
// same rules as score.py: names match after normalisation (case, curly quotes, a leading "the",
// honorifics, a trailing 's); system edges are deduplicated on (subject, relation, object) and
// assigned to required gold edges by maximum bipartite matching; optional gold edges cost
// nothing; must_not edges found are reported as violations. Used by `kg eval`.
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace kg {

// A gold file that cannot be read or does not follow the format; what() names the file and,
// for JSON syntax errors, line:column with a caret line.
class GoldError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct GoldEntity {
  std::string id;
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
};

struct GoldEdge {
  std::vector<std::string> subjects;   // acceptable entity ids
  std::vector<std::string> relations;  // acceptable relations
  std::vector<std::string> objects;
  int line = 0;
  bool optional = false;
  std::string note;  // note, or why for must_not
};

struct Gold {
  std::string path;
  std::string article;  // the "article" field
  std::vector<std::string> relations;
  std::vector<GoldEntity> entities;
  std::vector<GoldEdge> edges;
  std::vector<GoldEdge> must_not;
};

// Reads and checks a gold file. Throws GoldError.
Gold readGold(const std::string& path);

// score.py's name normalisation.
std::string normaliseGoldName(std::string_view name);

struct ScoredNode {
  std::string name;
  std::vector<std::string> aliases;
};

struct ScoredEdge {
  size_t source = 0;  // indices into the node list
  size_t target = 0;
  std::string relation;
  std::string status;  // "asserted" or empty count; anything else is not scored
};

// One system edge after mapping its ends to gold ids ("?name" when no gold entity matches).
using EdgeTriple = std::tuple<std::string, std::string, std::string>;

struct RelationScore {
  int required = 0;
  int found = 0;
  int false_positives = 0;
};

struct Score {
  double precision = 0, recall = 0, f1 = 0;
  int true_positives = 0, false_positives = 0, required = 0;
  double entity_recall = 0;
  std::map<std::string, RelationScore> per_relation;
  std::vector<const GoldEdge*> missed;
  std::vector<EdgeTriple> extra;
  std::vector<EdgeTriple> violations;
  std::vector<EdgeTriple> matched;
};

// Scores the graph on `relations` (empty: the gold's relations).
Score scoreGraph(const Gold& gold, const std::vector<ScoredNode>& nodes,
                 const std::vector<ScoredEdge>& edges, std::set<std::string> relations = {});

}  // namespace kg

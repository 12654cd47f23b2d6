#include "query/notifications.h"

#include <algorithm>
#include <set>
#include <string>

namespace kg::cypher {
namespace {

// Edits (insert, delete, substitute, swap neighbours) between two names, case-insensitively.
size_t distance(std::string_view a, std::string_view b) {
  auto lower = [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

class Collector {
 public:
  Collector(const PropertyGraph& graph, std::string_view text) : graph_(graph), text_(text) {}

  void clause(const Clause& clause) {
    if (clause.kind == ClauseKind::Match)
      for (const PatternPart& part : clause.pattern) pattern(part);
    if (clause.kind == ClauseKind::Create || clause.kind == ClauseKind::Merge ||
        clause.kind == ClauseKind::Set)
      return;  // they make the names they mention
    expression(clause.where.get());
    expression(clause.unwind_expression.get());
    for (const ExprPtr& argument : clause.arguments) expression(argument.get());
    const Projection& projection = clause.projection;
    for (const ProjectionItem& item : projection.items) expression(item.expression.get());
    for (const SortItem& item : projection.order_by) expression(item.expression.get());
    expression(projection.where.get());
  }

  std::vector<QueryNotification> take() { return std::move(found_); }

 private:
  void pattern(const PatternPart& part) {
    for (const NodePattern& node : part.nodes) {
      for (const std::string& label : node.labels) checkLabel(label, node.offset);
      mapKeys(node.properties.get());
    }
    for (const RelPattern& relationship : part.relationships) {
      for (const std::string& type : relationship.types) {
        if (graph_.findRelationType(type)) continue;
        note("UnknownRelationshipType", "relationship type", type, graph_.relationTypes(),
             relationship.offset);
      }
      mapKeys(relationship.properties.get());
    }
  }
  void mapKeys(const Expr* map) {
    if (!map) return;
    if (map->kind == ExprKind::MapLiteral)
      for (const std::string& key : map->keys) checkKey(key, map->begin);
    expression(map);
  }
  void expression(const Expr* expr) {
    if (!expr) return;
    if (expr->kind == ExprKind::Property) checkKey(expr->name, expr->begin);
    if (expr->kind == ExprKind::LabelCheck)
      for (const std::string& label : expr->keys) checkLabel(label, expr->begin);
    if (expr->pattern) pattern(*expr->pattern);
    for (const ExprPtr& child : expr->children) expression(child.get());
  }
  void checkLabel(const std::string& label, size_t offset) {
    if (labels_.empty()) labels_ = graph_.labels();
    if (std::find(labels_.begin(), labels_.end(), label) != labels_.end()) return;
    note("UnknownLabel", "label", label, labels_, offset);
  }
  void checkKey(const std::string& key, size_t offset) {
    static const std::set<std::string> kWellKnown = {
        "name", "aliases", "type", "status", "mentions", "confidence", "evidence", "store_id",
        // the keys of an evidence entry (r.evidence[0].sentence)
        "article", "sentence", "start", "end", "published", "source", "event_date", "event_words"};
    if (kWellKnown.count(key)) return;
    // A dated graph's edges have these; asking saves gathering every key of the graph.
    if ((key == "first_seen" || key == "last_seen") && graph_.hasDates()) return;
    if (keys_.empty()) {
      keys_ = graph_.nodePropertyKeys();
      std::vector<std::string> edge_keys = graph_.edgePropertyKeys();
      keys_.insert(keys_.end(), edge_keys.begin(), edge_keys.end());
      keys_.insert(keys_.end(), kWellKnown.begin(), kWellKnown.end());
      std::sort(keys_.begin(), keys_.end());
      keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    }
    if (std::binary_search(keys_.begin(), keys_.end(), key)) return;
    note("UnknownPropertyKey", "property key", key, keys_, offset);
  }
  void note(const std::string& code, const std::string& what, const std::string& name,
            const std::vector<std::string>& known, size_t offset) {
    if (!reported_.insert(code + "\n" + name).second) return;
    std::string nearest;
    size_t best = std::max<size_t>(2, name.size() / 3) + 1;
    for (const std::string& candidate : known) {
      size_t edits = distance(name, candidate);
      if (edits < best) {
        best = edits;
        nearest = candidate;
      }
    }
    QueryNotification notification;
    notification.code = code;
    notification.message = what + " '" + name + "' is not in this graph" +
                           (nearest.empty() ? "" : "; did you mean '" + nearest + "'?");
    notification.line = 1;
    notification.column = 1;
    for (size_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++notification.line;
        notification.column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++notification.column;
      }
    }
    found_.push_back(std::move(notification));
  }

  const PropertyGraph& graph_;
  std::string_view text_;
  std::vector<std::string> labels_, keys_;
  std::set<std::string> reported_;
  std::vector<QueryNotification> found_;
};

}  // namespace

std::vector<QueryNotification> notificationsFor(const Statement& statement,
                                                const PropertyGraph& graph, std::string_view text) {
  Collector collector(graph, text);
  for (const Clause& clause : statement.clauses) collector.clause(clause);
  std::vector<QueryNotification> found = collector.take();
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return found;
}

}  // namespace kg::cypher

#include "query/ast.h"

namespace kg::cypher {

Expr::~Expr() {
  // Moves every child (and the property maps of a pattern held only here) onto a work list and
  // frees them one at a time, each already stripped of its children, so the C++ destructors
  // never nest more than one level whatever the depth of the tree.
  std::vector<ExprPtr> pending;
  auto adoptChildren = [&pending](Expr& expr) {
    for (ExprPtr& child : expr.children)
      if (child) pending.push_back(std::move(child));
    expr.children.clear();
    if (expr.pattern && expr.pattern.use_count() == 1) {
      for (NodePattern& node : expr.pattern->nodes)
        if (node.properties) pending.push_back(std::move(node.properties));
      for (RelPattern& relationship : expr.pattern->relationships)
        if (relationship.properties) pending.push_back(std::move(relationship.properties));
    }
  };
  adoptChildren(*this);
  while (!pending.empty()) {
    ExprPtr next = std::move(pending.back());
    pending.pop_back();
    adoptChildren(*next);
  }
}

}  // namespace kg::cypher

// kg stats: counts of articles, nodes per label and edges per relation, the range of publication
// dates and the articles per outlet.
#include <iostream>

#include "cli/commands.h"
#include "graph/graph_store.h"

namespace kg::cli {

int statsCommand(const Arguments& arguments) {
  std::optional<std::string> db;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-h" || arguments[i] == "--help") {
      std::cout << "usage: kg stats [--db PATH]\n\n"
                   "Prints how many articles, nodes (per type) and edges (per relation) the "
                   "database holds,\nthe range of the articles' publication dates and how many "
                   "articles each outlet\n(source) has.\n";
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else {
      printError("stats: unexpected argument '" + arguments[i] + "'; see 'kg stats --help'");
      return 2;
    }
  }
  try {
    GraphStore store(databasePath(db), GraphStore::Mode::ReadOnly);
    GraphStore::Stats stats = store.stats();
    std::cout << "articles  " << stats.articles << "\nnodes     " << stats.nodes << "\nedges     "
              << stats.edges << "\nevidence  " << stats.evidence << '\n';
    std::cout << "\nnodes by type:\n";
    for (const auto& [label, count] : stats.nodes_by_label)
      std::cout << "  " << label << "  " << count << '\n';
    std::cout << "\nedges by relation:\n";
    for (const auto& [relation, count] : stats.edges_by_relation)
      std::cout << "  " << relation << "  " << count << '\n';
    std::cout << "\npublished:\n";
    if (stats.dated_articles == 0)
      std::cout << "  no article has a publication date\n";
    else
      std::cout << "  " << stats.first_published << " to " << stats.last_published << " ("
                << stats.dated_articles << " of " << stats.articles << " articles dated)\n";
    if (!stats.articles_by_source.empty()) {
      std::cout << "\narticles by source:\n";
      for (const auto& [source, count] : stats.articles_by_source)
        std::cout << "  " << (source.empty() ? "(unknown)" : source) << "  " << count << '\n';
    }
  } catch (const std::exception& error) {
    printError(error.what());
    return 1;
  }
  return 0;
}

}  // namespace kg::cli

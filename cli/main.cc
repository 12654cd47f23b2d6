// kg: the command-line front end. It only parses the command name and hands over to cli/*.cc.
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"

namespace {

const char* kUsage = R"(usage: kg [COMMAND] [OPTIONS] [ARGS]

kg builds a knowledge graph of who accused, sanctioned, condemned or targeted whom from news
articles, keeps it in an embedded SQLite database, and answers Cypher queries over it.

Commands:
  ingest FILE|DIR|- ...   read articles and add their actors and typed edges to the graph
  query 'CYPHER'          run one query and print the result (table, csv, json)
  shell                   interactive Cypher shell (the default when no command is given)
  export --format F       write the graph as json, graphml, cytoscape, dot, svg, csv, stix
  stats                   counts of articles, nodes per type and edges per relation
  eval GOLD.json [FILE]   score the ingest against gold annotations (precision, recall, F1)

Every command takes --db PATH (default: $KG_DB, else ./kg.db) and --help.
Exit status: 0 success, 1 failure (an input refused, a query error), 2 usage error.

Examples:
  kg ingest samples/
  kg query "MATCH (a)-[:sanctioned]->(b) RETURN a.name, b.name"
  kg export --format graphml -o graph.graphml
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::cli;
  Arguments arguments(argv + 1, argv + argc);
  if (arguments.empty()) return shellCommand({});
  std::string command = arguments.front();
  Arguments rest(arguments.begin() + 1, arguments.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "kg 0.1.0\n";
    return 0;
  }
  if (command == "ingest") return ingestCommand(rest);
  if (command == "query") return queryCommand(rest);
  if (command == "shell") return shellCommand(rest);
  if (command == "export") return exportCommand(rest);
  if (command == "stats") return statsCommand(rest);
  if (command == "eval") return evalCommand(rest);
  if (!command.empty() && command[0] == '-') return shellCommand(arguments);  // kg --db x.db
  printError("unknown command '" + command + "'; see 'kg --help'");
  return 2;
}

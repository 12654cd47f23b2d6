// kg export: writes the graph in a format other tools read.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "export/json_export.h"
#include "graph/graph_store.h"

namespace kg::cli {
namespace {

const char* kExportUsage = R"(usage: kg export [--db PATH] --format json [-o FILE]

Writes the whole graph. Formats:
  json      nodes (id, name, type, aliases) and edges (id, source, target, relation, status,
            mentions, confidence, evidence) - the format outside tools rely on

Options:
  --db PATH        database file (default: $KG_DB, else ./kg.db)
  --format F       output format (default json)
  -o, --out FILE   write to FILE instead of standard output
  -h, --help       show this help
)";

}  // namespace

int exportCommand(const Arguments& arguments) {
  std::optional<std::string> db, out;
  std::string format = "json";
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-h" || arguments[i] == "--help") {
      std::cout << kExportUsage;
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else if (auto value = optionValue(arguments, i, "--format")) {
      format = *value;
    } else if (auto value = optionValue(arguments, i, "-o")) {
      out = value;
    } else if (auto value = optionValue(arguments, i, "--out")) {
      out = value;
    } else {
      printError("export: unexpected argument '" + arguments[i] + "'; see 'kg export --help'");
      return 2;
    }
  }
  if (format != "json") {
    printError("export: unknown format '" + format + "'; see 'kg export --help'");
    return 2;
  }
  try {
    GraphStore store(databasePath(db), GraphStore::Mode::ReadOnly);
    PropertyGraph graph = store.load();
    std::ofstream file;
    if (out) {
      file.open(*out, std::ios::binary);
      if (!file) {
        printError(*out + ": cannot write");
        return 1;
      }
    }
    std::ostream& stream = out ? static_cast<std::ostream&>(file) : std::cout;
    writeJson(graph, Subgraph::all(graph), stream);
    stream.flush();
    if (!stream) {
      printError((out ? *out : std::string("standard output")) + ": write failed");
      return 1;
    }
  } catch (const std::exception& error) {
    printError(error.what());
    return 1;
  }
  return 0;
}

}  // namespace kg::cli

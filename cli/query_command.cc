// kg query: runs one Cypher statement on the graph and prints the result for people or tools.
#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.h"
#include "cli/graph_session.h"
#include "graph/graph_store.h"
#include "query/query_engine.h"
#include "query/result_format.h"

namespace kg::cli {
namespace {

const char* kQueryUsage = R"TEXT(NAME
    kg query - run one Cypher query on the news graph

SYNOPSIS
    kg query [--db PATH] [--format MODE] [--param NAME=VALUE]... [--no-headers]
             [--row-limit N] [--timeout-ms N] [--all-statuses] [--between FROM TO] 'QUERY'
    kg query [OPTIONS] -f FILE
    kg query [OPTIONS] -            (the query is read from standard input)

DESCRIPTION
    Runs one statement of kg's Cypher subset (MATCH, WHERE, RETURN, ORDER BY, SKIP, LIMIT,
    aggregation, CREATE; see query/README.md) over the graph in the database and prints the
    result. A trailing ';' is allowed.

    Nodes carry the labels Person, Country, Organization and Group and the properties name,
    type and aliases; a name matches any alias, whatever its case or accents. Relationships
    have the types accused, sanctioned, condemned, targeted, charged, denied, member_of,
    affiliated_with, summoned, ... and the properties status, mentions, confidence and evidence
    (a list of {article, sentence, start, end}, with published and source when the article's
    date and outlet are known). When articles are dated, relationships also have first_seen
    and last_seen (the first and last publication date, as DATE values, so that
    WHERE r.first_seen >= date('2024-01-01') compares them) and sources (the outlets).

    By default a query sees only asserted edges: what a text negates ("did not sanction"),
    demands, threatens or plans is left out. --all-statuses shows every edge; filter on
    r.status then.

    Nodes and relationships a CREATE makes are written to the database in one transaction.

OPTIONS
    --db PATH            database file (default: $KG_DB, else ./kg.db)
    --format MODE        table (default), csv, json, jsonl or line; see OUTPUT
    --param NAME=VALUE   sets $NAME; VALUE is JSON (42, 1.5, true, null, "text", [1, 2],
                         {"k": 1}), 'single-quoted text', or else the text itself. Repeatable.
    --no-headers         leave out the header row (table) or line (csv)
    --row-limit N        fail when the result has more than N rows (default 1000000)
    --timeout-ms N       fail when the query runs longer than N ms (default 30000, 0: none)
    --all-statuses       include negated, demanded, threatened, planned and reported edges
    --between FROM TO    only edges stated in an article published from FROM to TO (dates
                         YYYY-MM-DD, both included; - for an open end)
    -f, --file FILE      read the query from FILE
    -h, --help           show this help

OUTPUT
    table   a box-drawn table, cells as Cypher literals: "text", 42, null,
            (:Person {name: "..."}), [:accused {status: "asserted", ...}]; the evidence list
            of an edge is left out (return r.evidence to see it); ends with "(N rows)"
    csv     RFC 4180: a header line, fields quoted when they hold a comma, a quote or a line
            break, CRLF line ends; text unquoted, null empty
    json    one JSON array of objects, one object per row, keys in column order; nodes are
            {"id", "labels", "properties"}, relationships {"id", "type", "source", "target",
            "properties"} with the same ids as `kg export --format json`
    jsonl   one JSON object per row and line
    line    sqlite3's line mode: "column = value" per line, a blank line between rows

WARNINGS
    A relationship type, label or property key the graph does not have (a likely misspelling)
    is reported on standard error with the nearest known name, as Neo4j's notifications are:
    "Warning: line 1, column 10: relationship type 'acused' is not in this graph; did you mean
    'accused'?"; in json and jsonl modes as one object {"notifications": [{"code", "message",
    "line", "column"}]}. The result and the exit status do not change.

EXIT STATUS
    0 the query ran, 1 the query failed (the error, with the line and column it points at, is
    printed to standard error) or the database could not be read or written, 2 usage error.

EXAMPLES
    kg query 'MATCH (a)-[:sanctioned]->(b) RETURN a.name, b.name'
    kg query --format csv 'MATCH (a)-[r:accused]->(b {name: "China"}) RETURN a.name, r.mentions'
    kg query --param who='Mr Pendle' 'MATCH (a)-[r]->(b {name: $who}) RETURN a.name, type(r)'
    kg query --format json 'MATCH (a)-[r]->(b) RETURN type(r) AS relation, count(*) AS edges'
    echo 'CREATE (:Person {name: "Ann Lee"})-[:accused]->(:Country {name: "Freedonia"})' \
        | kg query -
)TEXT";

bool parseCount(const std::string& text, int64_t& value) {
  try {
    size_t used = 0;
    value = std::stoll(text, &used);
    return used == text.size() && value >= 0;
  } catch (const std::exception&) {
    return false;
  }
}

// Whether the text has the word CREATE (in any case), so a missing database may be made.
bool mentionsCreate(const std::string& text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = lower.find("create"); at != std::string::npos;
       at = lower.find("create", at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    bool ends = at + 6 >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[at + 6]));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

int queryCommand(const Arguments& arguments) {
  std::optional<std::string> db, query_text, query_file;
  FormatOptions format;
  QueryOptions options;
  bool all_statuses = false;
  TimeWindow window;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-h" || argument == "--help") {
      std::cout << kQueryUsage;
      return 0;
    }
    if (auto value = optionValue(arguments, i, "--db")) {
      db = value;
    } else if (auto value = optionValue(arguments, i, "--format")) {
      auto mode = parseOutputMode(*value);
      if (!mode) {
        printError("query: unknown format '" + *value +
                   "'; use table, csv, json, jsonl or line (see 'kg query --help')");
        return 2;
      }
      format.mode = *mode;
    } else if (auto value = optionValue(arguments, i, "--param")) {
      size_t equals = value->find('=');
      if (equals == std::string::npos || equals == 0) {
        printError("query: --param needs NAME=VALUE, got '" + *value + "'");
        return 2;
      }
      options.parameters[value->substr(0, equals)] = parseParameterValue(value->substr(equals + 1));
    } else if (auto value = optionValue(arguments, i, "--row-limit")) {
      int64_t limit = 0;
      if (!parseCount(*value, limit) || limit == 0) {
        printError("query: --row-limit needs a positive number, got '" + *value + "'");
        return 2;
      }
      options.row_limit = static_cast<size_t>(limit);
    } else if (auto value = optionValue(arguments, i, "--timeout-ms")) {
      if (!parseCount(*value, options.time_limit_ms)) {
        printError("query: --timeout-ms needs a number of milliseconds, got '" + *value + "'");
        return 2;
      }
    } else if (auto value = optionValue(arguments, i, "-f")) {
      query_file = value;
    } else if (auto value = optionValue(arguments, i, "--file")) {
      query_file = value;
    } else if (argument == "--all-statuses") {
      all_statuses = true;
    } else if (betweenOption(arguments, i, window)) {
      // set
    } else if (argument == "--no-headers") {
      format.headers = false;
    } else if (argument.size() > 1 && argument[0] == '-') {
      printError("query: unknown option '" + argument + "'; see 'kg query --help'");
      return 2;
    } else if (query_text) {
      printError("query: more than one query given; quote the query as one argument");
      return 2;
    } else {
      query_text = argument;
    }
  }
  if (query_text && query_file) {
    printError("query: give the query as an argument or with -f FILE, not both");
    return 2;
  }
  if (query_file) {
    std::ifstream file(*query_file, std::ios::binary);
    if (!file) {
      printError(*query_file + ": cannot read");
      return 1;
    }
    query_text.emplace(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  } else if (query_text && *query_text == "-") {
    std::ostringstream input;
    input << std::cin.rdbuf();
    query_text = input.str();
  }
  if (!query_text) {
    printError("query: no query; see 'kg query --help'");
    return 2;
  }

  try {
    GraphSession session(databasePath(db), all_statuses);
    if (!session.databaseExists() && !mentionsCreate(*query_text)) {
      // Reading a database that is not there is a mistake (a typo in --db); CREATE makes one.
      printError(session.databasePath() + ": no such database; 'kg ingest' or a CREATE makes one");
      return 1;
    }
    if (window.set())
      session.setWindow(window.from, window.to);
    else
      session.load();
    GraphSession::Outcome outcome = session.run(*query_text, options);
    writeNotifications(outcome.result, format.mode, std::cerr);
    writeResult(*outcome.graph, outcome.result, format, std::cout);
    if (format.mode == OutputMode::Table && !outcome.result.columns.empty())
      std::cout << "(" << outcome.result.rows.size()
                << (outcome.result.rows.size() == 1 ? " row)\n" : " rows)\n");
    if (outcome.persisted && (format.mode == OutputMode::Table || format.mode == OutputMode::Line))
      std::cout << describeWrites(outcome.result) << " in " << session.databasePath() << '\n';
    std::cout.flush();
    if (!std::cout) {
      printError("standard output: write failed");
      return 1;
    }
  } catch (const QueryError& error) {
    std::cerr << error.render(*query_text) << '\n';
    return 1;
  } catch (const StoreError& error) {
    printError(error.what());
    return 1;
  }
  return 0;
}

}  // namespace kg::cli

// The kg commands. Each takes the arguments after its name and returns the process exit code:
// 0 success, 1 the work failed (some input refused, a query error), 2 usage error.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::cli {

using Arguments = std::vector<std::string>;

int ingestCommand(const Arguments& arguments);
int queryCommand(const Arguments& arguments);
int shellCommand(const Arguments& arguments);
int exportCommand(const Arguments& arguments);
int statsCommand(const Arguments& arguments);
int evalCommand(const Arguments& arguments);

// The database path: --db PATH, else $KG_DB, else ./kg.db.
std::string databasePath(const std::optional<std::string>& flag);

// Reads the value of an option like "--db PATH" or "--db=PATH" at arguments[i]; advances i.
// Returns nullopt when arguments[i] is not that option. Exits with status 2 when the value is
// missing.
std::optional<std::string> optionValue(const Arguments& arguments, size_t& i,
                                       const std::string& name);

// A time window given as "--between FROM TO" at arguments[i] (advances i): each end a date
// YYYY-MM-DD, or "-" for an open end. Returns false when arguments[i] is not --between; exits
// with status 2 when the dates are missing or not calendar dates.
struct TimeWindow {
  std::string from, to;  // empty: open
  bool set() const { return !from.empty() || !to.empty(); }
};
bool betweenOption(const Arguments& arguments, size_t& i, TimeWindow& window);
// Parses "FROM TO" (as above) from two words; the error message when they are not.
std::optional<std::string> parseTimeWindow(const std::string& from, const std::string& to,
                                           TimeWindow& window);

// Prints "kg: message" to stderr.
void printError(const std::string& message);

}  // namespace kg::cli

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "graph/model.h"

namespace kg::cli {

std::string databasePath(const std::optional<std::string>& flag) {
  if (flag) return *flag;
  if (const char* environment = std::getenv("KG_DB"); environment && *environment)
    return environment;
  return "kg.db";
}

std::optional<std::string> optionValue(const Arguments& arguments, size_t& i,
                                       const std::string& name) {
  const std::string& argument = arguments[i];
  if (argument == name) {
    if (i + 1 >= arguments.size()) {
      printError("option " + name + " needs a value");
      std::exit(2);
    }
    return arguments[++i];
  }
  if (argument.rfind(name + "=", 0) == 0) return argument.substr(name.size() + 1);
  return std::nullopt;
}

void printError(const std::string& message) { std::cerr << "kg: " << message << '\n'; }

std::optional<std::string> parseTimeWindow(const std::string& from, const std::string& to,
                                           TimeWindow& window) {
  for (const std::string* end : {&from, &to})
    if (*end != "-" && !isCalendarDate(*end))
      return "'" + *end + "' is not a date written YYYY-MM-DD (or - for an open end)";
  window.from = from == "-" ? "" : from;
  window.to = to == "-" ? "" : to;
  if (!window.from.empty() && !window.to.empty() && window.from > window.to)
    return "the window ends (" + window.to + ") before it starts (" + window.from + ")";
  return std::nullopt;
}

bool betweenOption(const Arguments& arguments, size_t& i, TimeWindow& window) {
  if (arguments[i] != "--between") return false;
  if (i + 2 >= arguments.size()) {
    printError("option --between needs two dates: --between FROM TO");
    std::exit(2);
  }
  if (auto error = parseTimeWindow(arguments[i + 1], arguments[i + 2], window)) {
    printError("--between: " + *error);
    std::exit(2);
  }
  i += 2;
  return true;
}

}  // namespace kg::cli

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"

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

}  // namespace kg::cli

// kg query: placeholder until the query stage lands.
#include "cli/commands.h"

namespace kg::cli {

int queryCommand(const Arguments&) {
  printError("query: not built yet");
  return 1;
}

}  // namespace kg::cli

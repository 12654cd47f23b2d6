// kg eval: placeholder until the scorer lands.
#include "cli/commands.h"

namespace kg::cli {

int evalCommand(const Arguments&) {
  printError("eval: not built yet");
  return 1;
}

}  // namespace kg::cli

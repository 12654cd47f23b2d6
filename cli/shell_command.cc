// kg shell: placeholder until the REPL lands.
#include "cli/commands.h"

namespace kg::cli {

int shellCommand(const Arguments&) {
  printError("shell: not built yet");
  return 1;
}

}  // namespace kg::cli

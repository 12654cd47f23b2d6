// The shell's dot-commands as help and completion see them: each command's names, usage, help
// and argument choices. The table that holds these with each command's code is in
// shell_command.cc (dotCommands() reads it), so a command is registered once.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

struct DotCommandInfo {
  std::vector<std::string> names;    // the first is the one help shows (".quit", ".exit")
  std::string usage;                 // ".mode [MODE]"
  std::string help;                  // lines after the first continue the text
  std::vector<std::string> choices;  // what TAB offers for the first argument
};

// Every dot-command, in the order help lists them.
const std::vector<DotCommandInfo>& dotCommands();
// The list `.help` and `kg shell --help` print: usage in a column of 27, then the help, each
// line indented by `indent` spaces.
std::string dotCommandsHelp(int indent);

}  // namespace kg::cli

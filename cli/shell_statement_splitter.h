// Cuts shell input into statements: a statement ends at a ';' that is not inside a string, a
// backtick name or a comment, so statements may span lines and several may share one line.
// Each statement remembers the input line it starts on, for "Error near line N".
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

class StatementSplitter {
 public:
  struct Statement {
    std::string text;  // without the ';', leading blank lines and spaces removed
    int line = 0;      // input line of the text's first character
  };

  // Adds one input line (without its newline); returns the statements it completed.
  std::vector<Statement> feed(const std::string& line, int line_number);
  // The unfinished statement at the end of the input (empty text when there is none).
  Statement finish();
  // Whether nothing but blanks and comments waits for a ';' (so a '.' line is a dot-command).
  bool idle() const;
  // The text waiting for a ';' (when idle: only blanks and comments).
  const std::string& pending() const { return pending_; }
  void clear();

 private:
  enum class State { Code, SingleQuoted, DoubleQuoted, Backticked, BlockComment };
  Statement take();

  std::string pending_;
  int pending_line_ = 0;
  State state_ = State::Code;
};

// Whether `text` holds anything besides white space and comments.
bool hasCode(const std::string& text);

}  // namespace kg::cli

#include "cli/shell_statement_splitter.h"

namespace kg::cli {

bool hasCode(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      i = text.find('\n', i);
      if (i == std::string::npos) return false;
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i = text.find("*/", i + 2);
      if (i == std::string::npos) return false;
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

std::vector<StatementSplitter::Statement> StatementSplitter::feed(const std::string& line,
                                                                  int line_number) {
  std::vector<Statement> done;
  if (pending_.empty()) pending_line_ = line_number;
  size_t segment = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    char next = i + 1 < line.size() ? line[i + 1] : '\0';
    switch (state_) {
      case State::Code:
        if (c == '\'') {
          state_ = State::SingleQuoted;
        } else if (c == '"') {
          state_ = State::DoubleQuoted;
        } else if (c == '`') {
          state_ = State::Backticked;
        } else if (c == '/' && next == '/') {
          i = line.size();  // the rest of the line is a comment
        } else if (c == '/' && next == '*') {
          state_ = State::BlockComment;
          ++i;
        } else if (c == ';') {
          pending_.append(line, segment, i - segment);
          Statement statement = take();
          if (hasCode(statement.text)) done.push_back(std::move(statement));
          segment = i + 1;
          pending_line_ = line_number;
        }
        break;
      case State::SingleQuoted:
      case State::DoubleQuoted:
        if (c == '\\') {
          ++i;
        } else if (c == (state_ == State::SingleQuoted ? '\'' : '"')) {
          state_ = State::Code;
        }
        break;
      case State::Backticked:
        if (c == '`') state_ = State::Code;  // a doubled `` reopens at once
        break;
      case State::BlockComment:
        if (c == '*' && next == '/') {
          state_ = State::Code;
          ++i;
        }
        break;
    }
  }
  pending_.append(line, segment, std::string::npos);
  pending_ += '\n';
  return done;
}

StatementSplitter::Statement StatementSplitter::take() {
  Statement statement{std::move(pending_), pending_line_};
  pending_.clear();
  size_t start = 0;
  while (start < statement.text.size()) {
    char c = statement.text[start];
    if (c == '\n') ++statement.line;
    if (c != '\n' && c != ' ' && c != '\t' && c != '\r') break;
    ++start;
  }
  statement.text.erase(0, start);
  while (!statement.text.empty() &&
         (statement.text.back() == '\n' || statement.text.back() == ' ' ||
          statement.text.back() == '\t' || statement.text.back() == '\r'))
    statement.text.pop_back();
  return statement;
}

StatementSplitter::Statement StatementSplitter::finish() {
  state_ = State::Code;
  Statement statement = take();
  if (!hasCode(statement.text)) statement.text.clear();
  return statement;
}

bool StatementSplitter::idle() const { return state_ == State::Code && !hasCode(pending_); }

void StatementSplitter::clear() {
  pending_.clear();
  state_ = State::Code;
}

}  // namespace kg::cli

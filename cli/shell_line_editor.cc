#include "cli/shell_line_editor.h"

#include <errno.h>
#include <histedit.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "query/result_format.h"

namespace kg::cli {
namespace {

volatile sig_atomic_t interrupted = 0;
std::atomic<bool>* cancel_flag = nullptr;

void onInterrupt(int) {
  interrupted = 1;
  if (cancel_flag) cancel_flag->store(true);
}

size_t codePoints(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The longest common prefix of the candidates, not cutting a UTF-8 sequence in two.
std::string commonPrefix(const std::vector<std::string>& candidates) {
  std::string prefix = candidates.front();
  for (const std::string& candidate : candidates) {
    size_t length = 0;
    while (length < prefix.size() && length < candidate.size() &&
           prefix[length] == candidate[length])
      ++length;
    prefix.resize(length);
  }
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0x80) != 0) {
    // Drop a trailing partial sequence: back off to the last lead byte and keep it only when
    // the sequence is complete.
    size_t lead = prefix.size() - 1;
    while (lead > 0 && (static_cast<unsigned char>(prefix[lead]) & 0xC0) == 0x80) --lead;
    unsigned char first = static_cast<unsigned char>(prefix[lead]);
    size_t needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
    if (prefix.size() - lead == needed) break;
    prefix.resize(lead);
  }
  return prefix;
}

size_t terminalColumns() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

// Prints the candidates in columns under the line being edited.
void listCandidates(const std::vector<std::string>& candidates) {
  constexpr size_t kMaximum = 200;
  size_t shown = std::min(candidates.size(), kMaximum);
  size_t width = 0;
  for (size_t i = 0; i < shown; ++i) width = std::max(width, displayWidth(candidates[i]));
  width += 2;
  size_t per_line = std::max<size_t>(1, terminalColumns() / width);
  std::string text = "\n";
  for (size_t i = 0; i < shown; ++i) {
    text += candidates[i];
    bool last_in_line = (i + 1) % per_line == 0 || i + 1 == shown;
    if (last_in_line)
      text += '\n';
    else
      text.append(width - displayWidth(candidates[i]), ' ');
  }
  if (candidates.size() > shown)
    text += "... and " + std::to_string(candidates.size() - shown) + " more\n";
  std::fputs(text.c_str(), stdout);
  std::fflush(stdout);
}

}  // namespace

bool takeInterrupt() {
  bool was = interrupted != 0;
  interrupted = 0;
  return was;
}

void installInterruptHandler(std::atomic<bool>* cancel) {
  cancel_flag = cancel;
  struct sigaction action {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns so the prompt can start over
  sigaction(SIGINT, &action, nullptr);
}

LineEditor::LineEditor(std::string history_path, Completer completer)
    : history_path_(std::move(history_path)), completer_(std::move(completer)) {
  editor_ = el_init("kg", stdin, stdout, stderr);
  el_set(editor_, EL_CLIENTDATA, this);
  el_set(editor_, EL_EDITOR, "emacs");
  el_set(editor_, EL_PROMPT, &LineEditor::promptCallback);
  el_set(editor_, EL_GETCFN, &LineEditor::readCharacter);
  history_ = history_init();
  HistEvent event;
  history(history_, &event, H_SETSIZE, 2000);
  history(history_, &event, H_SETUNIQUE, 1);
  if (!history_path_.empty()) history(history_, &event, H_LOAD, history_path_.c_str());
  el_set(editor_, EL_HIST, history, history_);
  el_set(editor_, EL_ADDFN, "kg-complete", "complete a keyword, label, type or name",
         &LineEditor::completeCallback);
  el_set(editor_, EL_BIND, "^I", "kg-complete", nullptr);
  el_source(editor_, nullptr);  // the user's ~/.editrc, if any
}

LineEditor::~LineEditor() {
  el_end(editor_);
  history_end(history_);
}

char* LineEditor::promptCallback(EditLine* editor) {
  LineEditor* self = nullptr;
  el_get(editor, EL_CLIENTDATA, &self);
  return const_cast<char*>(self->prompt_.c_str());
}

unsigned char LineEditor::completeCallback(EditLine* editor, int) {
  LineEditor* self = nullptr;
  el_get(editor, EL_CLIENTDATA, &self);
  return self->complete();
}

// Reads one character from the terminal, decoding UTF-8. Ctrl-C, as a signal or as the byte
// itself, makes the read fail so el_gets returns and the shell starts a fresh line.
int LineEditor::readCharacter(EditLine*, wchar_t* character) {
  unsigned char bytes[4];
  size_t have = 0, need = 1;
  while (have < need) {
    ssize_t count = ::read(STDIN_FILENO, bytes + have, 1);
    if (count == 0) return 0;
    if (count < 0) {
      if (errno == EINTR && !interrupted) continue;
      return -1;
    }
    if (have == 0) {
      if (bytes[0] == 0x03) {
        interrupted = 1;
        errno = EINTR;
        return -1;
      }
      need = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : bytes[0] >= 0xC0 ? 2 : 1;
    } else if ((bytes[have] & 0xC0) != 0x80) {
      *character = 0xFFFD;  // a broken sequence; the byte read is lost
      return 1;
    }
    ++have;
  }
  if (need == 1) {
    *character = bytes[0];
  } else {
    wchar_t code = bytes[0] & (0x7F >> need);
    for (size_t i = 1; i < need; ++i) code = (code << 6) | (bytes[i] & 0x3F);
    *character = code;
  }
  return 1;
}

unsigned char LineEditor::complete() {
  const LineInfo* info = el_line(editor_);
  std::string before(info->buffer, static_cast<size_t>(info->cursor - info->buffer));
  Completion completion = completer_(before);
  if (completion.candidates.empty() || completion.replace_from > before.size()) return CC_ERROR;
  std::string word = before.substr(completion.replace_from);
  std::string insert = completion.candidates.size() == 1 ? completion.candidates.front()
                                                         : commonPrefix(completion.candidates);
  bool longer = codePoints(insert) > codePoints(word);
  if (longer || (completion.candidates.size() == 1 && insert != word)) {
    el_deletestr(editor_, static_cast<int>(codePoints(word)));
    if (el_insertstr(editor_, insert.c_str()) != 0) return CC_ERROR;
    return CC_REFRESH;
  }
  if (completion.candidates.size() == 1) return CC_NORM;
  listCandidates(completion.candidates);
  return CC_REDISPLAY;
}

LineEditor::Status LineEditor::read(const std::string& prompt, std::string& line) {
  prompt_ = prompt;
  el_resize(editor_);
  takeInterrupt();
  int count = 0;
  const char* text = el_gets(editor_, &count);
  if (takeInterrupt()) {
    el_reset(editor_);
    std::fputs("^C\n", stdout);
    std::fflush(stdout);
    return Status::Interrupted;
  }
  if (text == nullptr || count <= 0) return Status::End;
  line.assign(text, static_cast<size_t>(count));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return Status::Line;
}

void LineEditor::remember(const std::string& entry) {
  if (entry.find_first_not_of(" \t") == std::string::npos) return;
  HistEvent event;
  history(history_, &event, H_ENTER, entry.c_str());
  if (!history_path_.empty()) history(history_, &event, H_SAVE, history_path_.c_str());
}

}  // namespace kg::cli

// The shell's terminal input: libedit line editing (emacs keys), history kept in a file, tab
// completion through a callback, and Ctrl-C, which abandons the line being typed instead of
// ending the program. Only for a terminal; scripts are read with plain stream reads.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

typedef struct editline EditLine;
typedef struct history History;

namespace kg::cli {

// What to offer for the text before the cursor: `replace_from` is the byte offset where the
// word being completed starts; each candidate replaces text[replace_from, end).
struct Completion {
  size_t replace_from = 0;
  std::vector<std::string> candidates;
};
using Completer = std::function<Completion(std::string_view text_before_cursor)>;

class LineEditor {
 public:
  // `history_path` empty: no history file.
  LineEditor(std::string history_path, Completer completer);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  enum class Status { Line, Interrupted, End };
  // Reads one line (without its newline) after showing `prompt`. Interrupted: Ctrl-C abandoned
  // the line; End: Ctrl-D on an empty line or the input closed.
  Status read(const std::string& prompt, std::string& line);

  // Adds an entry to the history and saves the history file.
  void remember(const std::string& entry);

 private:
  static char* promptCallback(EditLine* editor);
  static unsigned char completeCallback(EditLine* editor, int key);
  static int readCharacter(EditLine* editor, wchar_t* character);
  unsigned char complete();

  std::string history_path_;
  Completer completer_;
  std::string prompt_;
  EditLine* editor_ = nullptr;
  History* history_ = nullptr;
};

// True once Ctrl-C was pressed since the last call; resets the flag. The shell installs the
// SIGINT handler (installInterruptHandler) so a running query can be cancelled as well.
bool takeInterrupt();
// Sets `cancel` (and the flag above) on SIGINT instead of ending the program.
void installInterruptHandler(std::atomic<bool>* cancel);

}  // namespace kg::cli

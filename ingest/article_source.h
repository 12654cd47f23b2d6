// Finding and reading the articles an ingest is pointed at: files, directories (their .txt,
// .text, .html and .htm files, recursively, in name order) and standard input ("-"). Problems
// are reported per input, so one bad file never stops the others. Only regular files are read:
// named pipes, devices and sockets are refused (reading them could block forever).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/ingestor.h"

namespace kg {

// An input refused before or while decoding it. `category` is a short word for the summary
// ("binary", "empty", "too large", "unreadable", "not found", "not a file", "changed"); what() is
// the one-line reason without the file name.
class InputRefused : public IngestError {
 public:
  InputRefused(std::string category, const std::string& reason)
      : IngestError(reason), category(std::move(category)) {}
  std::string category;
};

struct ArticleInput {
  std::string path;  // as the user named it (or found below a named directory); "-" = stdin
};

struct InputProblem {
  std::string path;
  std::string reason;
  std::string category = "unreadable";  // as InputRefused::category
};

// Expands the user's arguments into article inputs; problems (missing paths, symbolic link loops,
// unreadable directories, pipes and devices, a named directory without articles) go to
// `problems`. Symbolic links to directories are followed once (a directory is never visited
// twice, so link cycles end).
std::vector<ArticleInput> collectArticleInputs(const std::vector<std::string>& arguments,
                                               std::vector<InputProblem>& problems);

// Reads the whole input. Throws InputRefused with a one-line reason (vanished, unreadable, a
// directory, not a regular file, larger than max_bytes, changed while being read ...).
std::string readArticle(const ArticleInput& input, size_t max_bytes);

// The path made safe to print on one line: control characters become \n, \t or \xNN escapes.
std::string printablePath(const std::string& path);

}  // namespace kg

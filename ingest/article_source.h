// Finding and reading the articles an ingest is pointed at: files, directories (their .txt,
// .text, .html and .htm files, recursively, in name order) and standard input ("-"). Problems
// are reported per input, so one bad file never stops the others.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kg {

struct ArticleInput {
  std::string path;  // as the user named it (or found below a named directory); "-" = stdin
};

struct InputProblem {
  std::string path;
  std::string reason;
};

// Expands the user's arguments into article inputs; problems (missing path, loops, unreadable
// directories) go to `problems`.
std::vector<ArticleInput> collectArticleInputs(const std::vector<std::string>& arguments,
                                               std::vector<InputProblem>& problems);

// Reads the whole input. Throws IngestError with a one-line reason (not found, unreadable, a
// directory, larger than max_bytes ...).
std::string readArticle(const ArticleInput& input, size_t max_bytes);

}  // namespace kg

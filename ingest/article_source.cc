#include "ingest/article_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "ingest/ingestor.h"

namespace kg {
namespace fs = std::filesystem;
namespace {

bool isArticleExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
  return extension == ".txt" || extension == ".text" || extension == ".html" ||
         extension == ".htm";
}

}  // namespace

std::vector<ArticleInput> collectArticleInputs(const std::vector<std::string>& arguments,
                                               std::vector<InputProblem>& problems) {
  std::vector<ArticleInput> inputs;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      inputs.push_back({argument});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(argument, error);
    if (error) {
      problems.push_back({argument, error.message()});
      continue;
    }
    if (!fs::is_directory(status)) {
      inputs.push_back({argument});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(argument, fs::directory_options::skip_permission_denied,
                                        error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      std::error_code entry_error;
      if (it->is_regular_file(entry_error) && isArticleExtension(it->path()))
        found.push_back(it->path().string());
    }
    if (error) problems.push_back({argument, error.message()});
    std::sort(found.begin(), found.end());
    for (auto& path : found) inputs.push_back({std::move(path)});
  }
  return inputs;
}

std::string readArticle(const ArticleInput& input, size_t max_bytes) {
  std::string bytes;
  if (input.path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code error;
    if (fs::is_directory(input.path, error)) throw IngestError("is a directory");
    std::ifstream file(input.path, std::ios::binary);
    if (!file) throw IngestError(std::strerror(errno));
    char buffer[1 << 16];
    while (file.read(buffer, sizeof buffer) || file.gcount() > 0) {
      bytes.append(buffer, static_cast<size_t>(file.gcount()));
      if (bytes.size() > max_bytes)
        throw IngestError("larger than the article size limit (" + std::to_string(max_bytes) +
                          " bytes; see --max-article-bytes)");
    }
    if (file.bad()) throw IngestError("read error");
  }
  if (bytes.size() > max_bytes)
    throw IngestError("larger than the article size limit (" + std::to_string(max_bytes) +
                      " bytes; see --max-article-bytes)");
  return bytes;
}

}  // namespace kg

#include "ingest/article_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace kg {
namespace fs = std::filesystem;
namespace {

bool isArticleExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".text" || extension == ".html" || extension == ".htm";
}

// What kind of non-regular file this is, for "not a regular file (a named pipe)".
std::string fileKind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string errnoReason(int error) {
  switch (error) {
    case ENOENT:
      return "no such file or directory";
    case ELOOP:
      return "symbolic link loop (too many levels of symbolic links)";
    case EACCES:
    case EPERM:
      return "permission denied";
    default: {
      std::string message = std::strerror(error);
      if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
      return message;
    }
  }
}

std::string errnoCategory(int error) {
  if (error == ENOENT || error == ENOTDIR) return "not found";
  return "unreadable";
}

// Walks one directory tree, following symbolic links but visiting every directory once.
class DirectoryWalker {
 public:
  DirectoryWalker(std::vector<std::string>& found, std::vector<InputProblem>& problems)
      : found_(found), problems_(problems) {}

  void walk(const std::string& directory) {
    struct stat info;
    if (::stat(directory.c_str(), &info) != 0) return;
    if (!visited_.insert({info.st_dev, info.st_ino}).second) return;  // a link cycle
    std::vector<std::string> entries;
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error))
      entries.push_back(it->path().string());
    if (error) {
      problems_.push_back({directory, "cannot list directory: " + errnoReason(error.value()),
                           errnoCategory(error.value())});
    }
    std::sort(entries.begin(), entries.end());
    for (const std::string& entry : entries) visit(entry);
  }

 private:
  void visit(const std::string& entry) {
    bool article_name = isArticleExtension(entry);
    struct stat info;
    if (::stat(entry.c_str(), &info) != 0) {
      int error = errno;
      // A dangling link or link loop matters only where it looks like an article.
      if (article_name) problems_.push_back({entry, errnoReason(error), errnoCategory(error)});
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      walk(entry);  // even one named "x.txt": its contents are articles, the directory is not
    } else if (article_name) {
      if (S_ISREG(info.st_mode))
        found_.push_back(entry);
      else
        problems_.push_back(
            {entry, "not a regular file (" + fileKind(info.st_mode) + ")", "not a file"});
    }
  }

  std::vector<std::string>& found_;
  std::vector<InputProblem>& problems_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

// Reads from an open descriptor until end of file, keeping at most max_bytes + 1 bytes (one more
// than allowed tells the caller the input is too large).
std::string readAll(int descriptor, size_t max_bytes, const char* what) {
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() <= max_bytes) {
    ssize_t count = ::read(descriptor, buffer, sizeof buffer);
    if (count == 0) break;
    if (count < 0) {
      if (errno == EINTR) continue;
      throw InputRefused("unreadable", std::string(what) + ": " + errnoReason(errno));
    }
    bytes.append(buffer, static_cast<size_t>(count));
  }
  return bytes;
}

[[noreturn]] void refuseTooLarge(size_t max_bytes) {
  throw InputRefused("too large", "larger than the article size limit of " +
                                      std::to_string(max_bytes) +
                                      " bytes (see --max-article-bytes)");
}

// Closes a descriptor on every way out of readArticle.
struct Descriptor {
  int value = -1;
  ~Descriptor() {
    if (value >= 0) ::close(value);
  }
};

}  // namespace

std::vector<ArticleInput> collectArticleInputs(const std::vector<std::string>& arguments,
                                               std::vector<InputProblem>& problems) {
  std::vector<ArticleInput> inputs;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      inputs.push_back({argument});
      continue;
    }
    struct stat info;
    if (::stat(argument.c_str(), &info) != 0) {
      int error = errno;
      problems.push_back({argument, errnoReason(error), errnoCategory(error)});
      continue;
    }
    if (S_ISREG(info.st_mode)) {
      inputs.push_back({argument});  // named explicitly: any extension is fine
      continue;
    }
    if (!S_ISDIR(info.st_mode)) {
      problems.push_back(
          {argument, "not a regular file (" + fileKind(info.st_mode) + ")", "not a file"});
      continue;
    }
    std::vector<std::string> found;
    DirectoryWalker walker(found, problems);
    size_t problems_before = problems.size();
    walker.walk(argument);
    if (found.empty() && problems.size() == problems_before)
      problems.push_back(
          {argument, "directory holds no .txt, .text, .html or .htm files", "no articles"});
    for (auto& path : found) inputs.push_back({std::move(path)});
  }
  return inputs;
}

std::string readArticle(const ArticleInput& input, size_t max_bytes) {
  if (input.path == "-") {
    std::string bytes = readAll(STDIN_FILENO, max_bytes, "standard input");
    if (bytes.size() > max_bytes) refuseTooLarge(max_bytes);
    return bytes;
  }
  // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below.
  Descriptor file;
  file.value = ::open(input.path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (file.value < 0) {
    int error = errno;
    if (error == ENOENT)
      throw InputRefused("not found", "vanished before it could be read (no such file)");
    throw InputRefused(errnoCategory(error), "cannot open: " + errnoReason(error));
  }
  struct stat before;
  if (::fstat(file.value, &before) != 0)
    throw InputRefused("unreadable", "cannot stat: " + errnoReason(errno));
  if (S_ISDIR(before.st_mode)) throw InputRefused("not a file", "is a directory");
  if (!S_ISREG(before.st_mode))
    throw InputRefused("not a file", "not a regular file (" + fileKind(before.st_mode) + ")");
  if (static_cast<unsigned long long>(before.st_size) > max_bytes) refuseTooLarge(max_bytes);
  int flags = ::fcntl(file.value, F_GETFL);
  if (flags >= 0) ::fcntl(file.value, F_SETFL, flags & ~O_NONBLOCK);

  std::string bytes = readAll(file.value, max_bytes, "read error");
  if (bytes.size() > max_bytes) refuseTooLarge(max_bytes);
  struct stat after;
  if (::fstat(file.value, &after) != 0)
    throw InputRefused("unreadable", "cannot stat: " + errnoReason(errno));
  // A file truncated or rewritten while we read it gives a mix of old and new text.
  if (static_cast<long long>(bytes.size()) != static_cast<long long>(after.st_size) ||
      after.st_size != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
      after.st_mtim.tv_nsec != before.st_mtim.tv_nsec) {
    throw InputRefused("changed", "changed while being read (" + std::to_string(before.st_size) +
                                      " bytes when opened, " + std::to_string(bytes.size()) +
                                      " read, " + std::to_string(after.st_size) +
                                      " now); try again");
  }
  return bytes;
}

std::string printablePath(const std::string& path) {
  std::string printable;
  printable.reserve(path.size());
  for (unsigned char c : path) {
    if (c == '\n') {
      printable += "\\n";
    } else if (c == '\t') {
      printable += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      const char* digits = "0123456789abcdef";
      printable += "\\x";
      printable += digits[c >> 4];
      printable += digits[c & 15];
    } else {
      printable += static_cast<char>(c);
    }
  }
  return printable;
}

}  // namespace kg

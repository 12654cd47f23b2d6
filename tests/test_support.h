// Helpers shared by tests: a scratch directory and a scratch database path that remove
// themselves, and running the built `kg` binary with input, a timeout and captured output.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kg::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when killed by the timeout or a signal
  bool timed_out = false;
  std::string out;
  std::string err;
};

// Runs argv[0] with the arguments (no shell), feeding `input` on stdin. Kills it after
// timeout_seconds. Extra environment entries are "NAME=value".
CommandResult runCommand(const std::vector<std::string>& argv, const std::string& input = "",
                         int timeout_seconds = 60,
                         const std::vector<std::string>& environment = {});

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class ScratchDirectory {
 public:
  ScratchDirectory();
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `bytes` to file(name) and returns its path.
  std::string write(const std::string& name, const std::string& bytes) const;

 private:
  std::string path_;
};

// A fresh database path under the system temp dir, removed with its WAL files and snapshots
// when the test ends.
struct ScratchDatabase {
  std::string path;
  explicit ScratchDatabase(const std::string& prefix = "kg-test") {
    path = (std::filesystem::temp_directory_path() /
            (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db"))
               .string();
    remove();
  }
  ~ScratchDatabase() { remove(); }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm", "-snapshot", "-snapshot-all"})
      std::filesystem::remove(path + suffix);
  }
  static inline int counter = 0;
};

}  // namespace kg::testing

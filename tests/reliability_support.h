// Helpers for the reliability tests: starting kg in the background (to kill it, or to race it
// against readers), waiting with a deadline, reading the database directly, and a normalised
// form of the JSON export that does not depend on row ids.
#pragma once

#include <fcntl.h>
#include <grp.h>
#include <rapidjson/document.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace kg::testing {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderSanitizer = true;
#else
constexpr bool kUnderSanitizer = false;
#endif
#else
constexpr bool kUnderSanitizer = false;
#endif

// Time limits are stretched under the sanitizers, which make kg several times slower.
inline int scaledSeconds(int seconds) { return kUnderSanitizer ? seconds * 4 : seconds; }

inline std::string readWholeFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

inline std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// A kg process running in the background with stdout and stderr going to files.
class BackgroundProcess {
 public:
  // `stdin_pipe`: keep a pipe to the child's standard input open (write_stdin / close_stdin);
  // otherwise standard input is /dev/null. `run_as_uid` >= 0 drops to that user and group first.
  BackgroundProcess(const std::vector<std::string>& argv, const std::string& out_path,
                    const std::string& err_path, bool stdin_pipe = false, int run_as_uid = -1)
      : out_path_(out_path), err_path_(err_path) {
    int in_pipe[2] = {-1, -1};
    if (stdin_pipe && pipe(in_pipe) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      int in = stdin_pipe ? in_pipe[0] : open("/dev/null", O_RDONLY);
      int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      if (stdin_pipe) close(in_pipe[1]);
      if (run_as_uid >= 0 &&
          (setgroups(0, nullptr) != 0 || setgid(run_as_uid) != 0 || setuid(run_as_uid) != 0))
        _exit(126);
      std::vector<char*> args;
      for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
      args.push_back(nullptr);
      execv(args[0], args.data());
      _exit(127);
    }
    if (stdin_pipe) {
      close(in_pipe[0]);
      stdin_ = in_pipe[1];
    }
  }
  ~BackgroundProcess() {
    closeStdin();
    if (!finished_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  void writeStdin(const std::string& bytes) {
    signal(SIGPIPE, SIG_IGN);
    size_t written = 0;
    while (stdin_ >= 0 && written < bytes.size()) {
      ssize_t n = write(stdin_, bytes.data() + written, bytes.size() - written);
      if (n <= 0) break;
      written += static_cast<size_t>(n);
    }
  }
  void closeStdin() {
    if (stdin_ >= 0) close(stdin_);
    stdin_ = -1;
  }
  bool running() {
    if (finished_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) record(status);
    return !finished_;
  }
  void killNow() {
    if (finished_) return;
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    record(status);
  }
  // Waits up to `seconds`; true when the process ended by itself.
  bool waitFor(double seconds) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (running()) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
  }
  int exitCode() const { return exit_code_; }  // -1 when killed by a signal
  int signalNumber() const { return signal_; }
  std::string out() const { return readWholeFile(out_path_); }
  std::string err() const { return readWholeFile(err_path_); }
  pid_t pid() const { return pid_; }

 private:
  void record(int status) {
    finished_ = true;
    if (WIFEXITED(status)) exit_code_ = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) signal_ = WTERMSIG(status);
  }
  std::string out_path_, err_path_;
  pid_t pid_ = -1;
  int stdin_ = -1;
  bool finished_ = false;
  int exit_code_ = -1;
  int signal_ = 0;
};

inline std::vector<std::vector<std::string>> sqlRows(const std::string& database,
                                                     const std::string& sql);

// Writes `count` short news articles (article-000.txt ...) into `directory`: two to four
// sentences each in which well-known countries accuse, sanction, condemn or summon each other.
// The same seed gives the same articles.
inline std::vector<std::string> writeArticles(const std::string& directory, int count,
                                              unsigned seed) {
  static const char* countries[] = {"France",  "Germany",   "Russia",   "China",       "Japan",
                                    "India",   "Brazil",    "Canada",   "Italy",       "Spain",
                                    "Poland",  "Turkey",    "Iran",     "Israel",      "Egypt",
                                    "Mexico",  "Australia", "Sweden",   "Norway",      "Ukraine",
                                    "Belarus", "Argentina", "Pakistan", "South Korea", "Nigeria"};
  static const char* templates[] = {"%A sanctioned %B on Monday.",
                                    "%A accused %B of cyber-attacks.",
                                    "%A condemned %B for the strikes.",
                                    "%A summoned the ambassador of %B.",
                                    "Officials in %A accused %B of espionage.",
                                    "%A denied the claims made by %B."};
  std::mt19937 generator(seed);
  std::filesystem::create_directories(directory);
  std::vector<std::string> paths;
  for (int n = 0; n < count; ++n) {
    std::string text;
    int sentences = 2 + static_cast<int>(generator() % 3);
    for (int k = 0; k < sentences; ++k) {
      std::string sentence = templates[generator() % (sizeof templates / sizeof *templates)];
      size_t a = generator() % (sizeof countries / sizeof *countries);
      size_t b = (a + 1 + generator() % (sizeof countries / sizeof *countries - 1)) %
                 (sizeof countries / sizeof *countries);
      sentence.replace(sentence.find("%A"), 2, countries[a]);
      sentence.replace(sentence.find("%B"), 2, countries[b]);
      text += sentence + " ";
    }
    text += "(Report " + std::to_string(n) + ".)\n";
    char name[32];
    std::snprintf(name, sizeof name, "/article-%03d.txt", n);
    std::string path = directory + name;
    std::ofstream(path, std::ios::binary) << text;
    paths.push_back(path);
  }
  return paths;
}

// Evidence rows per article name, as stored.
inline std::map<std::string, int> evidencePerArticle(const std::string& database) {
  std::map<std::string, int> counts;
  for (const auto& row : sqlRows(database,
                                 "SELECT a.name, count(e.id) FROM articles a LEFT JOIN evidence e "
                                 "ON e.article_id = a.id GROUP BY a.id"))
    counts[row[0]] = std::stoi(row[1]);
  return counts;
}

// Runs one SQL statement and returns its rows as strings (NULL -> ""). The statements only read,
// but the connection may write: a database killed mid-write needs its WAL recovered (as the next
// kg run does), which a read-only connection refuses ("attempt to write a readonly database").
inline std::vector<std::vector<std::string>> sqlRows(const std::string& database,
                                                     const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw std::runtime_error(database + ": " + message);
  }
  sqlite3_busy_timeout(db, 60000);
  sqlite3_stmt* statement = nullptr;
  std::vector<std::vector<std::string>> rows;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    std::string message = sqlite3_errmsg(db);
    sqlite3_close(db);
    throw std::runtime_error(database + ": " + message);
  }
  int rc;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(statement); ++i) {
      auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
      row.push_back(text ? std::string(text, sqlite3_column_bytes(statement, i)) : "");
    }
    rows.push_back(std::move(row));
  }
  std::string message = rc == SQLITE_DONE ? "" : sqlite3_errmsg(db);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  if (!message.empty()) throw std::runtime_error(database + ": " + message);
  return rows;
}

// PRAGMA integrity_check's complaints, empty when the database is intact. (Schema 2 declares
// the aliases table's key columns first, so SQLite 3.40's false "NULL value in" report for
// WITHOUT ROWID tables no longer needs filtering.)
inline std::vector<std::string> integrityProblems(const std::string& database) {
  std::vector<std::string> problems;
  for (const auto& row : sqlRows(database, "PRAGMA integrity_check"))
    if (row[0] != "ok") problems.push_back(row[0]);
  return problems;
}

// The JSON export as sorted text lines that do not depend on row ids: one line per node (name,
// type, sorted aliases) and per edge (source name, relation, target name, status, mentions,
// sorted evidence). Two graphs are the same when these lines are equal.
inline std::vector<std::string> normalisedExport(const std::string& json_text) {
  rapidjson::Document json;
  json.Parse(json_text.c_str(), json_text.size());
  if (json.HasParseError() || !json.IsObject() || !json.HasMember("nodes") ||
      !json.HasMember("edges"))
    throw std::runtime_error("export is not the JSON contract: " + json_text.substr(0, 200));
  std::map<std::string, std::string> node_names;
  std::vector<std::string> lines;
  for (const auto& node : json["nodes"].GetArray()) {
    std::string name = node["name"].GetString();
    node_names[node["id"].GetString()] = name;
    std::vector<std::string> aliases;
    for (const auto& alias : node["aliases"].GetArray()) aliases.push_back(alias.GetString());
    std::sort(aliases.begin(), aliases.end());
    std::string line = "node\t" + name + "\t" + node["type"].GetString();
    for (const auto& alias : aliases) line += "\t" + alias;
    lines.push_back(line);
  }
  for (const auto& edge : json["edges"].GetArray()) {
    std::vector<std::string> evidence;
    for (const auto& item : edge["evidence"].GetArray())
      evidence.push_back(std::string(item["article"].GetString()) + "@" +
                         std::to_string(item["start"].GetInt64()) + "-" +
                         std::to_string(item["end"].GetInt64()));
    std::sort(evidence.begin(), evidence.end());
    std::string line = "edge\t" + node_names[edge["source"].GetString()] + "\t" +
                       edge["relation"].GetString() + "\t" +
                       node_names[edge["target"].GetString()] + "\t" + edge["status"].GetString() +
                       "\t" + std::to_string(edge["mentions"].GetUint());
    for (const auto& item : evidence) line += "\t" + item;
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace kg::testing

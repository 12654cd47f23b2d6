// For tests that change a kg database behind kg's back, as a user with sqlite3 would.
#pragma once

#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <string>

namespace kg::testing {

// Runs `sql` (one or more statements) on the database at `path`; the test fails on an error.
inline void executeSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  INFO(message);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace kg::testing

// Replays every input of the fuzz corpora (tests/fuzz/corpus/<target>/: the seeds and every
// input that once crashed a fuzzer) through the fuzz targets' own checks, so the normal test
// suite (and its ASan+UBSan build) guards against those crashes coming back.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#define KG_FUZZ_NO_ENTRY
#include "fuzz/fuzz_cypher.cc"
#include "fuzz/fuzz_export.cc"
#include "fuzz/fuzz_text.cc"

namespace {

std::vector<std::string> corpus(const std::string& target) {
  std::vector<std::string> files;
  std::string directory = std::string(KG_SOURCE_DIR) + "/tests/fuzz/corpus/" + target;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    if (entry.is_regular_file()) files.push_back(entry.path().string());
  return files;
}

std::string contents(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

template <typename Target>
void replay(const std::string& name, Target target) {
  auto files = corpus(name);
  REQUIRE(files.size() >= 3);
  for (const std::string& path : files) {
    INFO(path);
    std::string bytes = contents(path);
    CHECK_NOTHROW(target(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
  }
}

}  // namespace

TEST_CASE("the Cypher fuzz corpus replays cleanly", "[reliability][fuzz]") {
  replay("fuzz_cypher", kg::fuzz::cypherOneInput);
}

TEST_CASE("the text pipeline fuzz corpus replays cleanly", "[reliability][fuzz]") {
  replay("fuzz_text", kg::fuzz::textOneInput);
}

TEST_CASE("the export fuzz corpus replays cleanly", "[reliability][fuzz]") {
  replay("fuzz_export", kg::fuzz::exportOneInput);
}

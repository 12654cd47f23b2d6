// Reading the world-knowledge word lists under ingest/lexicon/ (TSV files whose '#' lines document
// them) and finding that directory: IngestOptions::lexicon_dir, else $KG_LEXICON_DIR, else the
// built-in KG_DEFAULT_LEXICON_DIR. Every ingest stage loads its lexicons through these two calls.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// One data line of a lexicon: its 1-based line number in the file and its tab-separated fields
// (trimmed of surrounding spaces; empty trailing fields kept).
struct LexiconRow {
  int line = 0;
  std::vector<std::string> fields;
};

// Reads `path`, skipping blank lines and lines starting with '#'. Throws std::runtime_error whose
// message names the file when it cannot be read.
std::vector<LexiconRow> readLexiconTable(const std::string& path);

// The lexicon directory to use: `configured` when non-empty, else $KG_LEXICON_DIR when set and
// non-empty, else the compile-time default (the source tree's ingest/lexicon).
std::string resolveLexiconDir(std::string_view configured);

// Splits a field holding several values separated by '|' ("UK|U.K.|Britain"), dropping empties.
std::vector<std::string> splitAlternatives(std::string_view field);

// A table of numbered names (months.tsv: "3<TAB>March<TAB>Mar"): each name or abbreviation, lower
// case, -> its number. Throws std::runtime_error naming the file and line of a row whose number
// is not in [low, high], or when the file cannot be read.
std::map<std::string, int> readNumberedNames(const std::string& path, int low, int high);

}  // namespace kg

#include "ingest/article_manifest.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <vector>

namespace kg {
namespace {

std::string canonicalPath(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::weakly_canonical(path, error);
  return error ? std::filesystem::absolute(path).lexically_normal().string() : absolute.string();
}

// One CSV record's fields (RFC 4180 quoting; a record does not span lines here).
std::vector<std::string> csvFields(const std::string& line, bool& ok) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  ok = true;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  if (quoted) ok = false;
  return fields;
}

}  // namespace

ArticleManifest ArticleManifest::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ManifestError(path + ": cannot read the manifest");
  ArticleManifest manifest;
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::vector<std::string> columns;
  bool json_lines = false;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    auto fail = [&](const std::string& reason) {
      throw ManifestError(path + ":" + std::to_string(number) + ": " + reason);
    };
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ArticleInfo info;
    std::string file;
    auto set = [&](const std::string& key, const std::string& value) {
      if (key == "path" || key == "file")
        file = value;
      else if (key == "date" || key == "published")
        info.published = value;
      else if (key == "source" || key == "outlet")
        info.source = value;
      else if (key == "url")
        info.url = value;
      else if (key == "title")
        info.title = value;
      else if (key == "byline" || key == "author")
        info.byline = value;
      else
        fail("unknown column '" + key + "' (known: path, date, source, url, title, byline)");
    };
    if (columns.empty() && !json_lines) {
      if (line[line.find_first_not_of(" \t")] == '{') {
        json_lines = true;
      } else {
        bool ok = true;
        columns = csvFields(line, ok);
        if (!ok) fail("unterminated quote in the header");
        for (std::string& column : columns) {
          for (char& c : column) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          set(column, "");  // checks the name
        }
        if (std::find(columns.begin(), columns.end(), "path") == columns.end() &&
            std::find(columns.begin(), columns.end(), "file") == columns.end())
          fail("the header names no 'path' column");
        continue;
      }
    }
    if (json_lines) {
      rapidjson::Document row;
      row.Parse(line.c_str(), line.size());
      if (row.HasParseError() || !row.IsObject()) fail("not a JSON object");
      for (const auto& member : static_cast<const rapidjson::Document&>(row).GetObject()) {
        if (!member.value.IsString() && !member.value.IsNull())
          fail("'" + std::string(member.name.GetString()) + "' must be a string");
        set(member.name.GetString(), member.value.IsString() ? member.value.GetString() : "");
      }
    } else {
      bool ok = true;
      std::vector<std::string> fields = csvFields(line, ok);
      if (!ok) fail("unterminated quote");
      if (fields.size() != columns.size())
        fail(std::to_string(fields.size()) + " fields, the header has " +
             std::to_string(columns.size()));
      for (size_t i = 0; i < fields.size(); ++i) set(columns[i], fields[i]);
    }
    if (file.empty()) fail("no path");
    if (!info.published.empty() && !isCalendarDate(info.published))
      fail("date '" + info.published + "' is not a calendar date written YYYY-MM-DD");
    std::filesystem::path resolved(file);
    if (resolved.is_relative()) resolved = folder / resolved;
    manifest.entries_[canonicalPath(resolved)] = info;
  }
  return manifest;
}

const ArticleInfo* ArticleManifest::find(const std::string& input_path) const {
  if (entries_.empty() || input_path == "-") return nullptr;
  auto it = entries_.find(canonicalPath(input_path));
  return it == entries_.end() ? nullptr : &it->second;
}

void applyArticleInfo(ArticleInfo& info, const ArticleInfo& given) {
  if (!given.title.empty()) info.title = given.title;
  if (!given.source.empty()) info.source = given.source;
  if (!given.url.empty()) info.url = given.url;
  if (!given.published.empty()) info.published = given.published;
  if (!given.byline.empty()) info.byline = given.byline;
}

}  // namespace kg

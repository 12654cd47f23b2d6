#include "ingest/text/wordnet_files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace kg {
namespace {

const char* const kPartNames[5] = {"", "noun", "verb", "adj", "adv"};

// Splits off the next space-separated field of `line`.
std::string_view nextField(std::string_view& line) {
  size_t start = line.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    line = {};
    return {};
  }
  size_t end = line.find(' ', start);
  if (end == std::string_view::npos) end = line.size();
  std::string_view field = line.substr(start, end - start);
  line.remove_prefix(end);
  return field;
}

long toNumber(std::string_view field, int base) {
  long value = 0;
  for (char c : field) {
    int digit = std::isdigit(static_cast<unsigned char>(c))
                    ? c - '0'
                    : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    if (digit < 0 || digit >= base) return -1;
    value = value * base + digit;
  }
  return field.empty() ? -1 : value;
}

std::string lowerKey(std::string_view lemma) {
  std::string key(lemma);
  for (char& c : key) {
    if (c == ' ') c = '_';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

}  // namespace

WordNetFiles::~WordNetFiles() {
  auto unmap = [](Mapping& mapping) {
    if (mapping.data) munmap(const_cast<char*>(mapping.data), mapping.size);
  };
  for (int part = 1; part <= 4; ++part) {
    unmap(index_[part]);
    unmap(data_[part]);
  }
  unmap(counts_);
  for (Mapping& mapping : exceptions_) unmap(mapping);
}

bool WordNetFiles::map(const std::string& path, Mapping* mapping) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat status {};
  bool ok = fstat(fd, &status) == 0 && status.st_size > 0;
  if (ok) {
    void* address =
        mmap(nullptr, static_cast<size_t>(status.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ok = address != MAP_FAILED;
    if (ok) {
      mapping->data = static_cast<const char*>(address);
      mapping->size = static_cast<size_t>(status.st_size);
    }
  }
  ::close(fd);
  return ok;
}

bool WordNetFiles::open(const std::string& directory) {
  for (int part = 1; part <= 4; ++part) {
    if (!map(directory + "/index." + kPartNames[part], &index_[part])) return false;
    if (!map(directory + "/data." + kPartNames[part], &data_[part])) return false;
  }
  map(directory + "/cntlist.rev", &counts_);  // optional: without it every count is 0
  for (int part = 1; part <= 4; ++part)       // optional: without them only the rules apply
    map(directory + "/" + kPartNames[part] + ".exc", &exceptions_[part]);
  return true;
}

std::string_view WordNetFiles::findLine(const Mapping& file, std::string_view key) {
  // Binary search over line starts: the files are sorted by their first field, byte order (the
  // licence lines at the top begin with spaces and sort first).
  const char* data = file.data;
  size_t low = 0, high = file.size;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    size_t start = middle;
    while (start > low && data[start - 1] != '\n') --start;
    const char* line_end =
        static_cast<const char*>(std::memchr(data + start, '\n', file.size - start));
    size_t end = line_end ? static_cast<size_t>(line_end - data) : file.size;
    std::string_view line(data + start, end - start);
    std::string_view first = line.substr(0, line.find(' '));
    int order = first.compare(key);
    if (order == 0) return line;
    if (order < 0)
      low = end + 1;
    else
      high = start;
  }
  return {};
}

std::vector<long> WordNetFiles::senses(std::string_view lemma, int part) const {
  std::vector<long> offsets;
  if (part < 1 || part > 4 || !index_[part].data || lemma.empty()) return offsets;
  std::string_view line = findLine(index_[part], lowerKey(lemma));
  if (line.empty()) return offsets;
  nextField(line);  // lemma
  nextField(line);  // part of speech
  long synset_count = toNumber(nextField(line), 10);
  long pointer_count = toNumber(nextField(line), 10);
  for (long i = 0; i < pointer_count; ++i) nextField(line);
  nextField(line);  // sense count (same as the synset count)
  nextField(line);  // senses tagged in the concordance
  for (long i = 0; i < synset_count; ++i) {
    long offset = toNumber(nextField(line), 10);
    if (offset < 0) break;
    offsets.push_back(offset);
  }
  return offsets;
}

bool WordNetFiles::synset(int part, long offset, Synset* out) const {
  if (part < 1 || part > 4 || offset < 0) return false;
  const Mapping& file = data_[part];
  if (!file.data || static_cast<size_t>(offset) >= file.size) return false;
  if (offset > 0 && file.data[offset - 1] != '\n') return false;
  const char* line_end = static_cast<const char*>(
      std::memchr(file.data + offset, '\n', file.size - static_cast<size_t>(offset)));
  size_t end = line_end ? static_cast<size_t>(line_end - file.data) : file.size;
  std::string_view line(file.data + offset, end - static_cast<size_t>(offset));
  if (size_t gloss = line.find(" | "); gloss != std::string_view::npos)
    line = line.substr(0, gloss);
  if (toNumber(nextField(line), 10) != offset) return false;
  Synset synset;
  synset.lexicographer_file = static_cast<int>(toNumber(nextField(line), 10));
  std::string_view type = nextField(line);
  synset.type = type.empty() ? 0 : type[0];
  long word_count = toNumber(nextField(line), 16);
  for (long i = 0; i < word_count; ++i) {
    Synset::Word word;
    word.text = std::string(nextField(line));
    if (size_t marker = word.text.find('('); marker != std::string::npos) word.text.resize(marker);
    word.lexical_id = static_cast<int>(toNumber(nextField(line), 16));
    synset.words.push_back(std::move(word));
  }
  long pointer_count = toNumber(nextField(line), 10);
  for (long i = 0; i < pointer_count; ++i) {
    Synset::Pointer pointer;
    pointer.symbol = std::string(nextField(line));
    pointer.offset = toNumber(nextField(line), 10);
    std::string_view target = nextField(line);
    pointer.part = target == "n"   ? kNoun
                   : target == "v" ? kVerb
                   : target == "r" ? kAdverb
                                   : kAdjective;
    nextField(line);  // source/target word numbers
    synset.pointers.push_back(std::move(pointer));
  }
  *out = std::move(synset);
  return true;
}

std::vector<std::string> WordNetFiles::baseForms(std::string_view word, int part) const {
  std::vector<std::string> forms;
  if (part < 1 || part > 4 || word.empty() || word.size() > 60) return forms;
  std::string lower = lowerKey(word);
  if (exceptions_[part].data) {
    std::string_view line = findLine(exceptions_[part], lower);
    if (!line.empty()) {
      nextField(line);
      // Listed as its own first base ("after after") means: not inflected.
      for (std::string_view form = nextField(line); !form.empty() && form != lower;
           form = nextField(line))
        forms.emplace_back(form);
      return forms;
    }
  }
  // Morphy's rules of detachment (WordNet's morphy(7WN)): suffix -> ending, tried in order.
  struct Rule {
    const char* suffix;
    const char* ending;
  };
  static const Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                    {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  // Morphy's verb rules, and "-ied" -> "-y" (carried, okayed spelt "okaied"), which morphy leaves
  // to its exception list, so a regular -ied past that list lacks is still found.
  static const Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"}, {"es", ""},  {"ed", "e"},
                                    {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"ied", "y"}};
  static const Rule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  const Rule* rules = nullptr;
  size_t rule_count = 0;
  std::string stem = lower, tail;
  if (part == kNoun) {
    // "-ful" nouns morph their stem ("boxesful" -> "boxful"); "-ss" and short words do not.
    if (lower.size() > 3 && lower.compare(lower.size() - 3, 3, "ful") == 0) {
      stem = lower.substr(0, lower.size() - 3);
      tail = "ful";
    } else if ((lower.size() >= 2 && lower.compare(lower.size() - 2, 2, "ss") == 0) ||
               lower.size() <= 2) {
      return forms;
    }
    rules = kNounRules;
    rule_count = std::size(kNounRules);
  } else if (part == kVerb) {
    rules = kVerbRules;
    rule_count = std::size(kVerbRules);
  } else if (part == kAdjective) {
    rules = kAdjectiveRules;
    rule_count = std::size(kAdjectiveRules);
  } else {
    return forms;
  }
  for (size_t i = 0; i < rule_count; ++i) {
    size_t suffix_length = std::strlen(rules[i].suffix);
    if (stem.size() <= suffix_length ||
        stem.compare(stem.size() - suffix_length, suffix_length, rules[i].suffix) != 0)
      continue;
    std::string base = stem.substr(0, stem.size() - suffix_length) + rules[i].ending;
    if (base != stem && !findLine(index_[part], base).empty()) {
      forms.push_back(base + tail);
      break;
    }
  }
  return forms;
}

int WordNetFiles::taggedCount(std::string_view lemma, int part, long offset) const {
  if (!counts_.data) return 0;
  Synset synset;
  if (!this->synset(part, offset, &synset)) return 0;
  std::string key = lowerKey(lemma);
  const Synset::Word* word = nullptr;
  for (const Synset::Word& candidate : synset.words)
    if (lowerKey(candidate.text) == key) word = &candidate;
  if (!word) return 0;
  // A sense key: lemma%type:lexicographer file:lexical id:head word:head id, where a satellite
  // adjective (type 5) names the first word of the head synset it is similar to.
  int type = synset.type == 's' ? 5 : part;
  char numbers[32];
  std::snprintf(numbers, sizeof numbers, "%%%d:%02d:%02d:", type, synset.lexicographer_file,
                word->lexical_id);
  std::string sense_key = key + numbers;
  if (type == 5) {
    for (const Synset::Pointer& pointer : synset.pointers) {
      Synset head;
      if (pointer.symbol != "&" || !this->synset(kAdjective, pointer.offset, &head) ||
          head.words.empty())
        continue;
      std::snprintf(numbers, sizeof numbers, ":%02d", head.words[0].lexical_id);
      sense_key += lowerKey(head.words[0].text) + numbers;
      break;
    }
  } else {
    sense_key += ":";
  }
  std::string_view line = findLine(counts_, sense_key);
  if (line.empty()) return 0;
  nextField(line);  // sense key
  nextField(line);  // sense number
  long count = toNumber(nextField(line), 10);
  return count > 0 ? static_cast<int>(count) : 0;
}

}  // namespace kg

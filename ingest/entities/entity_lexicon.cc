#include "ingest/entities/entity_lexicon.h"

#include <algorithm>
#include <cctype>

#include "ingest/text/lexicon_table.h"

namespace kg {
namespace {

bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); }

size_t tokenCount(const std::string& phrase) { return tokenize(phrase).size(); }

const std::string& field(const LexiconRow& row, size_t index) {
  static const std::string empty;
  return row.fields.size() > index ? row.fields[index] : empty;
}

}  // namespace

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    size_t start = i;
    if (c == '\'' && i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S') &&
        (i + 2 >= text.size() || !isAlnum(text[i + 2])) && i > 0 && isAlnum(text[i - 1])) {
      tokens.push_back({i, i + 2, std::string(text.substr(i, 2))});
      i += 2;
      continue;
    }
    if (!isAlnum(c)) {
      // Multi-byte punctuation is not expected after normalisation; keep one byte.
      tokens.push_back({i, i + 1, std::string(1, c)});
      ++i;
      continue;
    }
    while (i < text.size()) {
      char d = text[i];
      if (isAlnum(d)) {
        ++i;
      } else if ((d == '-' || d == '&') && i + 1 < text.size() && isAlnum(text[i + 1]) &&
                 i > start) {
        ++i;
      } else if (d == '\'' && i + 1 < text.size() && isLetter(text[i + 1]) &&
                 !((text[i + 1] == 's' || text[i + 1] == 'S') &&
                   (i + 2 >= text.size() || !isAlnum(text[i + 2])))) {
        ++i;  // O'Neill, they're (but not the possessive 's)
      } else if (d == '.' && i + 1 < text.size() &&
                 std::isalpha(static_cast<unsigned char>(text[i + 1])) && i - start == 1) {
        i += 1;  // U.S. / U.K.: a letter, a dot, a letter ...
        while (i + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) &&
               text[i + 1] == '.') {
          i += 2;
          if (!(i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) &&
                i + 1 < text.size() && text[i + 1] == '.'))
            break;
        }
        break;
      } else {
        break;
      }
    }
    // A plural possessive: "members' ".
    tokens.push_back({start, i, std::string(text.substr(start, i - start))});
  }
  return tokens;
}

std::string joinTokens(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string joined;
  for (size_t i = begin; i < end && i < tokens.size(); ++i) {
    // Keep the original spacing: "Co. Ltd", "O'Neill", but "Deputy PM".
    if (i > begin && tokens[i].text != "'s" && tokens[i].begin != tokens[i - 1].end) joined += ' ';
    joined += tokens[i].text;
  }
  return joined;
}

// Re-tokenises a lexicon phrase so that it is keyed exactly as sentence tokens are joined.
static std::string phraseKey(const std::string& phrase) {
  std::vector<Token> tokens = tokenize(phrase);
  return joinTokens(tokens, 0, tokens.size());
}

const std::vector<GazetteerEntry>* EntityLexicon::lookup(const std::string& phrase) const {
  auto it = gazetteer.find(phrase);
  return it == gazetteer.end() ? nullptr : &it->second;
}

const GazetteerEntry* EntityLexicon::find(const std::string& phrase,
                                          GazetteerEntry::Kind kind) const {
  if (const auto* entries = lookup(phrase)) {
    for (const auto& entry : *entries) {
      if (entry.kind == kind) return &entry;
    }
  }
  return nullptr;
}

EntityLexicon EntityLexicon::load(const std::string& lexicon_dir) {
  EntityLexicon lexicon;
  const std::string dir = lexicon_dir + "/";
  auto addGazetteer = [&](const std::string& phrase, GazetteerEntry entry) {
    std::string key = phraseKey(phrase);
    if (key.empty()) return;
    lexicon.longest_gazetteer_phrase = std::max(lexicon.longest_gazetteer_phrase, tokenCount(key));
    lexicon.gazetteer[key].push_back(entry);
  };
  for (const auto& row : readLexiconTable(dir + "countries.tsv")) {
    const std::string& name = field(row, 0);
    if (name.empty()) continue;
    addGazetteer(name, {GazetteerEntry::Kind::Name, name, ActorType::Country});
    for (const auto& form : splitAlternatives(field(row, 1)))
      addGazetteer(form, {GazetteerEntry::Kind::Name, name, ActorType::Country});
    for (const auto& form : splitAlternatives(field(row, 2)))
      addGazetteer(form, {GazetteerEntry::Kind::Demonym, name, ActorType::Country});
    for (const auto& form : splitAlternatives(field(row, 3)))
      addGazetteer(form, {GazetteerEntry::Kind::Capital, name, ActorType::Country});
  }
  for (const auto& row : readLexiconTable(dir + "international_organisations.tsv")) {
    const std::string& name = field(row, 0);
    if (name.empty()) continue;
    ActorType type = parseActorType(field(row, 1)).value_or(ActorType::Organization);
    addGazetteer(name, {GazetteerEntry::Kind::Name, name, type});
    for (const auto& form : splitAlternatives(field(row, 2)))
      addGazetteer(form, {GazetteerEntry::Kind::Name, name, type});
  }
  for (const auto& row : readLexiconTable(dir + "places.tsv")) {
    if (!field(row, 0).empty()) addGazetteer(field(row, 0), {GazetteerEntry::Kind::Place, "", {}});
  }
  for (const auto& row : readLexiconTable(dir + "non_entities.tsv")) {
    if (field(row, 0).empty()) continue;
    auto kind = field(row, 1) == "law-head" ? GazetteerEntry::Kind::LawHead
                                            : GazetteerEntry::Kind::NonEntity;
    addGazetteer(field(row, 0), {kind, "", {}});
  }
  for (const auto& row : readLexiconTable(dir + "titles.tsv")) {
    if (field(row, 0).empty()) continue;
    TitleEntry title;
    title.honorific = field(row, 1) == "honorific";
    title.gender = field(row, 2).empty() ? '-' : field(row, 2)[0];
    title.office = field(row, 3).empty() ? lowerAscii(field(row, 0)) : field(row, 3);
    title.stands_alone = field(row, 4) == "yes";
    std::string key = lowerAscii(phraseKey(field(row, 0)));
    lexicon.longest_title = std::max(lexicon.longest_title, tokenCount(key));
    lexicon.titles[key] = title;
  }
  for (const auto& row : readLexiconTable(dir + "organisation_heads.tsv")) {
    if (!field(row, 0).empty()) lexicon.organisation_heads[field(row, 0)] = field(row, 1);
  }
  for (const auto& row : readLexiconTable(dir + "group_words.tsv")) {
    if (field(row, 0).empty()) continue;
    std::string key =
        field(row, 1) == "collective" || field(row, 1) == "of-group" || field(row, 1) == "qualified"
            ? lowerAscii(field(row, 0))
            : field(row, 0);
    lexicon.longest_group_word = std::max(lexicon.longest_group_word, tokenCount(key));
    lexicon.group_words[key] = {field(row, 1), field(row, 2)};
  }
  for (const auto& row : readLexiconTable(dir + "government_words.tsv")) {
    std::string key = lowerAscii(field(row, 0));
    if (key.empty()) continue;
    lexicon.longest_government_word = std::max(lexicon.longest_government_word, tokenCount(key));
    lexicon.government_words.insert(key);
  }
  for (const auto& row : readLexiconTable(dir + "pronouns.tsv")) {
    if (field(row, 0).empty()) continue;
    lexicon.pronouns[lowerAscii(field(row, 0))] = {field(row, 1) == "plural", field(row, 2),
                                                   field(row, 3) == "yes"};
  }
  for (const auto& row : readLexiconTable(dir + "descriptions.tsv")) {
    if (field(row, 0).empty()) continue;
    std::string key = lowerAscii(field(row, 0));
    lexicon.longest_description = std::max(lexicon.longest_description, tokenCount(key));
    lexicon.descriptions[key] = {parseActorType(field(row, 1)).value_or(ActorType::Country),
                                 field(row, 2)};
  }
  for (const auto& row : readLexiconTable(dir + "given_names.tsv")) {
    if (field(row, 0).empty()) continue;
    if (field(row, 1) == "family-first") {
      lexicon.family_first_names.insert(field(row, 0));
    } else {
      lexicon.given_names[field(row, 0)] = field(row, 2).empty() ? '-' : field(row, 2)[0];
    }
  }
  for (const auto& row : readLexiconTable(dir + "function_words.tsv")) {
    if (field(row, 0).empty()) continue;
    std::string word = lowerAscii(field(row, 0));
    lexicon.function_words.insert(word);
    for (const auto& use : splitAlternatives(field(row, 1))) {
      if (use == "connector") lexicon.connectors.insert(word);
      if (use == "inner") lexicon.inner_words.insert(word);
      if (use == "locative") lexicon.locatives.insert(word);
    }
  }
  return lexicon;
}

}  // namespace kg

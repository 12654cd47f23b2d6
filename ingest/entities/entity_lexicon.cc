#include "ingest/entities/entity_lexicon.h"

#include <algorithm>
#include <cctype>

#include "ingest/relations/trigger_lexicon.h"
#include "ingest/text/lexicon_table.h"
#include "ingest/text/tokenizer.h"

namespace kg {
namespace {

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

std::string phraseKey(const std::vector<Token>& tokens, size_t first, size_t last) {
  std::string key;
  for (size_t i = first; i <= last && i < tokens.size(); ++i) {
    if (i > first) key += ' ';
    key += tokens[i].text;
  }
  return key;
}

std::string surfaceText(const Sentence& sentence, size_t first, size_t last) {
  if (first >= sentence.tokens.size() || last >= sentence.tokens.size() || first > last) return "";
  size_t begin = sentence.tokens[first].begin, end = sentence.tokens[last].end;
  return sentence.text.substr(begin, end - begin);
}

bool EntityLexicon::looksLikeDemonym(const std::string& lower) const {
  for (const std::string& suffix : demonym_suffixes)
    if (lower.size() > suffix.size() + 2 &&
        lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

const std::vector<GazetteerEntry>* EntityLexicon::lookup(const std::string& phrase) const {
  auto it = gazetteer.find(phrase);
  return it == gazetteer.end() ? nullptr : &it->second;
}

const GazetteerEntry* EntityLexicon::find(const std::string& phrase,
                                          GazetteerEntry::Kind kind) const {
  if (const auto* entries = lookup(phrase))
    for (const auto& entry : *entries)
      if (entry.kind == kind) return &entry;
  return nullptr;
}

const TitleEntry* EntityLexicon::title(const std::string& lower_phrase) const {
  auto it = titles.find(lower_phrase);
  return it == titles.end() ? nullptr : &it->second;
}

EntityLexicon EntityLexicon::load(const std::string& lexicon_dir, const Tokenizer& tokenizer) {
  EntityLexicon lexicon;
  const std::string dir = lexicon_dir + "/";
  auto key = [&](const std::string& phrase, size_t* count) {
    std::vector<Token> tokens = tokenizer.tokenize(phrase);
    if (count) *count = tokens.size();
    return tokens.empty() ? std::string() : phraseKey(tokens, 0, tokens.size() - 1);
  };
  auto addGazetteer = [&](const std::string& phrase, GazetteerEntry entry) {
    size_t count = 0;
    std::string phrase_key = key(phrase, &count);
    if (phrase_key.empty()) return;
    lexicon.longest_gazetteer_phrase = std::max(lexicon.longest_gazetteer_phrase, count);
    lexicon.gazetteer[phrase_key].push_back(std::move(entry));
  };
  for (const auto& row : readLexiconTable(dir + "countries.tsv")) {
    const std::string& name = field(row, 0);
    if (name.empty()) continue;
    std::vector<std::string> names{name};
    for (const auto& form : splitAlternatives(field(row, 1))) names.push_back(form);
    for (const auto& form : names)
      addGazetteer(form, {GazetteerEntry::Kind::Name, name, ActorType::Country, names, ""});
    for (const auto& form : splitAlternatives(field(row, 2)))
      addGazetteer(form, {GazetteerEntry::Kind::Demonym, name, ActorType::Country, names, ""});
    for (const auto& form : splitAlternatives(field(row, 3)))
      addGazetteer(form, {GazetteerEntry::Kind::Capital, name, ActorType::Country, names, ""});
  }
  for (const auto& row : readLexiconTable(dir + "international_organisations.tsv")) {
    const std::string& name = field(row, 0);
    if (name.empty()) continue;
    ActorType type = parseActorType(field(row, 1)).value_or(ActorType::Organization);
    std::vector<std::string> names{name};
    for (const auto& form : splitAlternatives(field(row, 2))) names.push_back(form);
    for (const auto& form : names)
      addGazetteer(form, {GazetteerEntry::Kind::Name, name, type, names, field(row, 3)});
  }
  for (const auto& row : readLexiconTable(dir + "places.tsv"))
    if (!field(row, 0).empty())
      addGazetteer(field(row, 0), {GazetteerEntry::Kind::Place, "", {}, {}, field(row, 1)});
  for (const auto& row : readLexiconTable(dir + "non_entities.tsv")) {
    if (field(row, 0).empty()) continue;
    auto kind = field(row, 1) == "law-head" ? GazetteerEntry::Kind::LawHead
                                            : GazetteerEntry::Kind::NonEntity;
    addGazetteer(field(row, 0), {kind, "", {}, {}, ""});
  }
  for (const auto& row : readLexiconTable(dir + "titles.tsv")) {
    if (field(row, 0).empty()) continue;
    TitleEntry title;
    title.honorific = field(row, 1) == "honorific";
    title.gender = field(row, 2).empty() ? '-' : field(row, 2)[0];
    title.office = field(row, 3).empty() ? lowerAscii(field(row, 0)) : field(row, 3);
    title.stands_alone = field(row, 4) == "yes";
    size_t count = 0;
    std::string title_key = lowerAscii(key(field(row, 0), &count));
    lexicon.longest_title = std::max(lexicon.longest_title, count);
    lexicon.titles[title_key] = title;
    if (!title.honorific) {
      // The last word of the office and of the title as written ("minister", "pm").
      for (const std::string& text : {title.office, title_key}) {
        size_t space = text.rfind(' ');
        lexicon.office_words.insert(space == std::string::npos ? text : text.substr(space + 1));
      }
    }
  }
  for (const auto& row : readLexiconTable(dir + "organisation_heads.tsv"))
    if (!field(row, 0).empty())
      lexicon.organisation_heads[lowerAscii(field(row, 0))] = field(row, 1);
  for (const auto& row : readLexiconTable(dir + "group_words.tsv"))
    if (!field(row, 0).empty()) lexicon.group_heads[lowerAscii(field(row, 0))] = field(row, 1);
  for (const auto& row : readLexiconTable(dir + "government_words.tsv")) {
    size_t count = 0;
    std::string word_key = lowerAscii(key(field(row, 0), &count));
    if (word_key.empty()) continue;
    lexicon.longest_government_word = std::max(lexicon.longest_government_word, count);
    lexicon.government_words.insert(word_key);
  }
  for (const auto& row : readLexiconTable(dir + "pronouns.tsv")) {
    if (field(row, 0).empty()) continue;
    lexicon.pronouns[lowerAscii(field(row, 0))] = {field(row, 1) == "plural", field(row, 2),
                                                   field(row, 3) == "yes"};
  }
  for (const auto& row : readLexiconTable(dir + "descriptions.tsv")) {
    if (field(row, 0).empty()) continue;
    lexicon.descriptions[lowerAscii(field(row, 0))] = {
        parseActorType(field(row, 1)).value_or(ActorType::Country), field(row, 2)};
  }
  for (const auto& row : readLexiconTable(dir + "given_names.tsv")) {
    if (field(row, 0).empty()) continue;
    if (field(row, 1) == "family-first")
      lexicon.family_first_names.insert(field(row, 0));
    else if (field(row, 1) == "hyphen-particle")
      lexicon.name_particles.insert(field(row, 0));
    else if (field(row, 1) == "inner-particle")
      lexicon.inner_particles.insert(field(row, 0));
    else
      lexicon.given_names[field(row, 0)] = field(row, 2).empty() ? '-' : field(row, 2)[0];
  }
  for (const auto& row : readLexiconTable(dir + "function_words.tsv")) {
    if (field(row, 0).empty()) continue;
    for (const auto& use : splitAlternatives(field(row, 1)))
      if (use == "locative")
        lexicon.locatives.insert(lowerAscii(field(row, 0)));
      else if (use == "reason")
        lexicon.reason_prepositions.insert(lowerAscii(field(row, 0)));
  }
  for (const auto& row : readLexiconTable(dir + "closed_classes.tsv"))
    for (const auto& word_class : splitAlternatives(field(row, 1)))
      if (word_class == "prep") lexicon.prepositions.insert(lowerAscii(field(row, 0)));
  for (const auto& row : readLexiconTable(dir + "demonym_suffixes.tsv"))
    if (!field(row, 0).empty()) lexicon.demonym_suffixes.push_back(lowerAscii(field(row, 0)));
  // The triggers whose patient comes after a preposition of place ("attributed ... to",
  // "accusations at"), in every inflected form.
  const TriggerLexicon triggers = TriggerLexicon::load(lexicon_dir);
  // The trigger's forms, as words before `preposition` after which a capital is an actor.
  auto addActorAfter = [&](const std::string& preposition, const TriggerEntry& entry) {
    if (!lexicon.locatives.count(preposition)) return;
    std::unordered_set<std::string>& words = lexicon.actor_after[preposition];
    words.insert(entry.lemma);
    for (const std::string& form : inflectedForms(entry.lemma, entry.pos)) words.insert(form);
  };
  for (const TriggerEntry& entry : triggers.entries()) {
    if (entry.pos == TriggerPos::Noun && entry.pattern == ArgumentPattern::Nominal) {
      lexicon.act_nouns.insert(entry.lemma);
      // "criticism from X", "sanctions from X": a measure's or a claim's source is an actor.
      if (entry.relation != "targeted") addActorAfter("from", entry);
    }
    if (entry.pattern != ArgumentPattern::AgentPrep && entry.pattern != ArgumentPattern::Nominal)
      continue;
    for (const std::string& preposition : entry.prepositions) addActorAfter(preposition, entry);
  }
  for (const auto& row : readLexiconTable(dir + "relation_cues.tsv")) {
    if (field(row, 1) == "naming")
      for (const auto& form : splitAlternatives(field(row, 0)))
        lexicon.naming_words.insert(lowerAscii(form));
    if (field(row, 1) == "measure-list") lexicon.list_nouns.insert(lowerAscii(field(row, 0)));
    // "according to Arnor": a capital after the source word's "to" is an actor, not a place.
    if (field(row, 1) == "source") lexicon.actor_after["to"].insert(lowerAscii(field(row, 0)));
    if (field(row, 1) == "speech")
      lexicon.speech_verbs.insert(lowerAscii(splitAlternatives(field(row, 0)).front()));
  }
  return lexicon;
}

}  // namespace kg

#include "ingest/relations/relation_extractor.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "ingest/relations/link_grammar_parser.h"
#include "ingest/relations/trigger_lexicon.h"

namespace kg {
namespace {

// Placeholders the parser sees instead of multi-word names: unknown capitalised words, which
// link-grammar treats as proper nouns (singular and plural).
constexpr std::string_view kSingularPlaceholder = "Zorbland";
constexpr std::string_view kPluralPlaceholder = "Zorblanders";

constexpr double kDirectConfidence = 0.9;
constexpr double kNominalConfidence = 0.8;
constexpr double kFallbackConfidence = 0.55;
constexpr double kImplicitConfidence = 0.5;
constexpr double kResolvedFactor = 0.85;  // an argument reached through a pronoun or description

std::string lowerCase(std::string_view text) {
  std::string result(text);
  for (char& letter : result)
    letter = static_cast<char>(std::tolower(static_cast<unsigned char>(letter)));
  return result;
}

bool isBeForm(std::string_view word) {
  static const std::set<std::string, std::less<>> forms = {"be",   "is",    "are", "was", "were",
                                                           "been", "being", "am",  "'s",  "'re"};
  return forms.count(word) > 0;
}

bool isRelativePronoun(std::string_view word) {
  return word == "which" || word == "who" || word == "that" || word == "whom";
}

bool isPreposition(std::string_view word) {
  static const std::set<std::string, std::less<>> words = {
      "of", "for",   "in",     "on",      "by",   "with",    "about",  "from",
      "to", "after", "before", "without", "over", "against", "into",   "at",
      "as", "than",  "since",  "during",  "amid", "among",   "amongst"};
  return words.count(word) > 0;
}

bool isCoordinator(std::string_view word) { return word == "and" || word == "or" || word == ","; }

bool isBoundary(std::string_view word) {
  return word == "," || word == ";" || word == ":" || word == "(" || word == ")" || word == "." ||
         word == "but" || word == "while" || word == "whereas";
}

int statusRank(EdgeStatus status) {
  switch (status) {
    case EdgeStatus::Negated:
      return 5;
    case EdgeStatus::Demanded:
      return 4;
    case EdgeStatus::Threatened:
      return 3;
    case EdgeStatus::Planned:
      return 2;
    case EdgeStatus::Reported:
      return 1;
    case EdgeStatus::Asserted:
      return 0;
  }
  return 0;
}

void raise(EdgeStatus& status, EdgeStatus candidate) {
  if (statusRank(candidate) > statusRank(status)) status = candidate;
}

struct Arc {
  size_t other = 0;
  std::string label;
  bool other_is_right = false;
};

struct Token {
  size_t begin = 0;  // byte offsets in Sentence::text
  size_t end = 0;
  std::string text;        // as written
  std::string lower;       // lower case
  int mention = -1;        // index into Document::mentions when the token is a mention
  int inner_mention = -1;  // a mention inside a hyphenated word ("China-affiliated")
  bool quote = false;
  char subscript = 0;  // the parser's part of speech letter, 0 when unparsed
  size_t parse_begin = 0, parse_end = 0;
  std::vector<Arc> arcs;
  std::vector<const TriggerEntry*> triggers;
};

// An argument found for a trigger: the entities and how sure we are of them.
struct Actors {
  std::vector<int> entities;
  bool resolved = false;  // through a pronoun or description
  void add(const Actors& other) {
    for (int entity : other.entities)
      if (std::find(entities.begin(), entities.end(), entity) == entities.end())
        entities.push_back(entity);
    resolved = resolved || other.resolved;
  }
  bool empty() const { return entities.empty(); }
};

struct Chain {
  size_t head = 0;         // the finite word carrying the subject
  size_t coordinator = 0;  // a verb coordination "condemned and sanctioned", else == head
  bool has_coordinator = false;
  bool passive = false;
  EdgeStatus status = EdgeStatus::Asserted;
  std::vector<std::string> cues;
  std::vector<size_t> words;  // every word of the chain
};

// A fact waiting for the article's implicit agent ("2 people were sanctioned" ... "The UK
// sanctions").
struct PendingPatient {
  std::string relation;
  Actors patients;
  size_t sentence = 0;
  std::string trigger;
};

}  // namespace

struct RelationExtractor::Impl {
  Options options;
  TriggerLexicon triggers;
  CueLexicon cues;
  std::unique_ptr<LinkGrammarParser> parser;

  // ---- per-article state ----------------------------------------------------------------
  struct Article {
    const Document* document = nullptr;
    RelationResult* result = nullptr;
    bool explain = false;
    std::vector<PendingPatient> pending;
    std::map<std::string, std::map<int, int>> implicit_agents;  // relation -> entity -> votes
    std::map<std::string, std::string> unresolved_heads;        // patient head noun -> relation
    std::set<std::tuple<int, std::string, int, int, size_t>> seen;
  };

  // ---- per-sentence state ---------------------------------------------------------------
  struct Analysis {
    size_t index = 0;
    const Sentence* sentence = nullptr;
    std::vector<Token> tokens;
    bool parsed = false;
    std::vector<std::string>* lines = nullptr;
    std::vector<int> culprits;  // accused objects seen so far in the sentence, for nominals
    std::optional<Actors> speaker;
    bool speaker_searched = false;
    std::set<std::string> used_links;
  };

  Article* article = nullptr;

  void note(Analysis& analysis, const std::string& line) const {
    if (analysis.lines) analysis.lines->push_back(line);
  }

  // ---- tokens ---------------------------------------------------------------------------
  std::vector<Token> tokenize(const Document& document, size_t index) const {
    const std::string& text = document.sentences[index].text;
    // The mentions of this sentence that become single tokens: skip a coordination's spanning
    // mention (its members are mentions too) and nested mentions.
    std::vector<int> spans;
    for (size_t m = 0; m < document.mentions.size(); ++m) {
      const Mention& mention = document.mentions[m];
      if (mention.sentence != index) continue;
      if (mention.entity < 0 && mention.group.empty()) continue;
      if (mention.end > text.size() || mention.begin >= mention.end) continue;
      bool spans_others = false;
      for (size_t other = 0; other < document.mentions.size(); ++other) {
        const Mention& inner = document.mentions[other];
        if (other != m && inner.sentence == index && inner.begin >= mention.begin &&
            inner.end <= mention.end && (inner.end - inner.begin) < (mention.end - mention.begin))
          spans_others = true;
      }
      if (spans_others && !mention.group.empty()) continue;
      bool overlaps = false;
      for (int kept : spans) {
        const Mention& previous = document.mentions[kept];
        if (mention.begin < previous.end && previous.begin < mention.end) overlaps = true;
      }
      if (!overlaps) spans.push_back(static_cast<int>(m));
    }
    std::sort(spans.begin(), spans.end(), [&](int a, int b) {
      return document.mentions[a].begin < document.mentions[b].begin;
    });
    auto isWordByte = [&](size_t at) {
      if (at >= text.size()) return false;
      unsigned char byte = static_cast<unsigned char>(text[at]);
      return std::isalnum(byte) || byte == '-' || byte >= 0x80;
    };
    std::vector<Token> tokens;
    size_t at = 0, next_span = 0;
    auto pushWord = [&](size_t begin, size_t end) {
      if (begin >= end) return;
      Token token;
      token.begin = begin;
      token.end = end;
      token.text = text.substr(begin, end - begin);
      token.lower = lowerCase(token.text);
      token.quote = token.text == "\"" || token.text == "'";
      tokens.push_back(std::move(token));
    };
    while (at < text.size()) {
      while (next_span < spans.size() && document.mentions[spans[next_span]].begin < at)
        ++next_span;
      if (next_span < spans.size() && document.mentions[spans[next_span]].begin == at) {
        const Mention& mention = document.mentions[spans[next_span]];
        bool clean = !isWordByte(mention.end) && (at == 0 || !isWordByte(at - 1));
        if (clean) {
          Token token;
          token.begin = mention.begin;
          token.end = mention.end;
          token.text = text.substr(mention.begin, mention.end - mention.begin);
          token.lower = lowerCase(token.text);
          token.mention = spans[next_span];
          tokens.push_back(std::move(token));
          at = mention.end;
          ++next_span;
          continue;
        }
      }
      unsigned char byte = static_cast<unsigned char>(text[at]);
      if (std::isspace(byte)) {
        ++at;
        continue;
      }
      if (!isWordByte(at) && byte != '\'') {
        pushWord(at, at + 1);
        ++at;
        continue;
      }
      // A word: letters, digits, hyphens, inner apostrophes and dots of abbreviations.
      size_t begin = at;
      if (byte == '\'') {
        // A possessive clitic or a quote mark.
        if (at + 1 < text.size() && (text[at + 1] == 's' || text[at + 1] == 'S') &&
            !isWordByte(at + 2) && !tokens.empty()) {
          pushWord(at, at + 2);
          at += 2;
        } else {
          pushWord(at, at + 1);
          ++at;
        }
        continue;
      }
      while (at < text.size()) {
        if (isWordByte(at)) {
          ++at;
        } else if (text[at] == '\'' && isWordByte(at + 1) &&
                   !(text[at + 1] == 's' && !isWordByte(at + 2))) {
          ++at;  // O'Neill, don't
        } else if (text[at] == '.' && isWordByte(at + 1) && at > begin &&
                   std::isupper(static_cast<unsigned char>(text[begin]))) {
          ++at;  // U.S.
        } else {
          break;
        }
      }
      // Mentions inside a hyphenated word stay inside it.
      Token* added = nullptr;
      pushWord(begin, at);
      added = &tokens.back();
      for (size_t m = 0; m < document.mentions.size(); ++m) {
        const Mention& mention = document.mentions[m];
        if (mention.sentence == index && mention.begin >= begin && mention.end <= at &&
            (mention.entity >= 0 || !mention.group.empty()))
          added->inner_mention = static_cast<int>(m);
      }
    }
    return tokens;
  }

  Actors mentionActors(const Document& document, int mention_index) const {
    Actors actors;
    if (mention_index < 0) return actors;
    const Mention& mention = document.mentions[mention_index];
    if (!mention.group.empty()) {
      actors.entities = mention.group;
    } else if (mention.entity >= 0) {
      actors.entities.push_back(mention.entity);
    }
    actors.resolved =
        mention.kind == MentionKind::Pronoun || mention.kind == MentionKind::Description;
    return actors;
  }

  // ---- parse ----------------------------------------------------------------------------
  // Parses tokens [begin, end) as one sentence and adds the links as arcs. Returns false when
  // the parser found no linkage.
  bool parseRange(Analysis& analysis, size_t begin, size_t end, int max_null_words,
                  std::string& summary) const {
    std::string input;
    for (size_t t = begin; t < end; ++t) {
      Token& token = analysis.tokens[t];
      if (token.quote) continue;
      if (!input.empty()) input += ' ';
      token.parse_begin = input.size();
      if (token.mention >= 0) {
        const Mention& mention = article->document->mentions[token.mention];
        bool plural = mention.group.size() > 1;
        if (mention.entity >= 0 && !plural) {
          const Entity& entity = article->document->entities[mention.entity];
          plural = entity.type == ActorType::Group && token.text.size() > 2 &&
                   token.text.back() == 's' && token.text[token.text.size() - 2] != 's';
        }
        if (mention.kind == MentionKind::Pronoun && token.text.find(' ') == std::string::npos)
          input += token.text;
        else
          input += plural ? kPluralPlaceholder : kSingularPlaceholder;
      } else {
        input += token.text;
      }
      token.parse_end = input.size();
    }
    if (input.empty()) return false;
    auto started = std::chrono::steady_clock::now();
    ParsedSentence parsed = parser->parse(input, max_null_words);
    double milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    std::string took = " in " + std::to_string(static_cast<int>(milliseconds)) + " ms";
    if (!summary.empty()) summary += "; ";
    if (!parsed.parsed) {
      summary += "words " + std::to_string(begin) + "-" + std::to_string(end) + ": " +
                 parsed.failure + took;
      return false;
    }
    std::vector<int> word_token(parsed.words.size(), -1);
    for (size_t w = 0; w < parsed.words.size(); ++w) {
      if (parsed.words[w].wall) continue;
      for (size_t t = begin; t < end; ++t) {
        const Token& token = analysis.tokens[t];
        if (token.quote) continue;
        if (parsed.words[w].begin >= token.parse_begin && parsed.words[w].begin < token.parse_end) {
          word_token[w] = static_cast<int>(t);
          break;
        }
      }
      if (word_token[w] >= 0 && analysis.tokens[word_token[w]].subscript == 0)
        analysis.tokens[word_token[w]].subscript = wordSubscript(parsed.words[w].text);
    }
    for (const ParsedLink& link : parsed.links) {
      int left = word_token[link.left], right = word_token[link.right];
      if (left < 0 || right < 0 || left == right) continue;
      analysis.tokens[left].arcs.push_back({static_cast<size_t>(right), link.label, true});
      analysis.tokens[right].arcs.push_back({static_cast<size_t>(left), link.label, false});
    }
    summary += "words " + std::to_string(begin) + "-" + std::to_string(end) + ": " +
               std::to_string(parsed.links.size()) + " links, " +
               std::to_string(parsed.null_words) + " unlinked" + took;
    return true;
  }

  // Where a long sentence may be cut into clauses that parse on their own: after ":" or ";",
  // and at a comma before a conjunction, a preposition that opens a clause or a participle.
  bool clauseBreak(const Analysis& analysis, size_t t) const {
    const std::string& word = analysis.tokens[t].lower;
    if (word == ":" || word == ";") return true;
    if (word != "," || t + 1 >= analysis.tokens.size()) return false;
    static const std::set<std::string, std::less<>> openers = {
        "with",   "however", "but",     "while", "as",  "although", "though", "whereas",  "after",
        "before", "amid",    "because", "since", "and", "saying",   "adding", "according"};
    const Token& next = analysis.tokens[t + 1];
    return next.mention < 0 && (openers.count(next.lower) > 0 || next.lower.ends_with("ing"));
  }

  // The whole sentence when it is short enough to parse at once and parses without unlinked
  // words; else its clauses one by one (a few unlinked words allowed in short clauses). This
  // bounds the parser's cost: long sentences with null links are the expensive ones.
  void parse(Analysis& analysis) const {
    std::string summary;
    size_t count = analysis.tokens.size();
    constexpr size_t kWholeSentenceWords = 38;
    constexpr size_t kNullWordsClauseWords = 22;
    if (count <= kWholeSentenceWords && parseRange(analysis, 0, count, 0, summary)) {
      analysis.parsed = true;
      note(analysis, "  parse: " + summary);
      return;
    }
    bool tried_whole = count <= kWholeSentenceWords;
    size_t begin = 0;
    for (size_t t = 0; t <= count; ++t) {
      if (t < count && !clauseBreak(analysis, t)) continue;
      size_t end = t;  // the break itself (",", ":") stays out of both clauses
      if (end > begin) {
        int nulls = end - begin <= kNullWordsClauseWords ? 2 : 0;
        bool repeat = begin == 0 && end == count && tried_whole && nulls == 0;
        if (!repeat && parseRange(analysis, begin, end, nulls, summary)) analysis.parsed = true;
      }
      begin = t + 1;
    }
    note(analysis,
         "  parse by clauses: " + summary + (analysis.parsed ? "" : "; word-order rules only"));
  }

  // Arcs of `t` of link type `type` going left (the other word is left of t) or right.
  std::vector<size_t> leftOf(Analysis& analysis, size_t t, std::string_view type) const {
    std::vector<size_t> found;
    for (const Arc& arc : analysis.tokens[t].arcs)
      if (!arc.other_is_right && linkType(arc.label) == type) {
        found.push_back(arc.other);
        useLink(analysis, arc.other, t, arc.label);
      }
    return found;
  }
  std::vector<size_t> rightOf(Analysis& analysis, size_t t, std::string_view type) const {
    std::vector<size_t> found;
    for (const Arc& arc : analysis.tokens[t].arcs)
      if (arc.other_is_right && linkType(arc.label) == type) {
        found.push_back(arc.other);
        useLink(analysis, t, arc.other, arc.label);
      }
    return found;
  }
  void useLink(Analysis& analysis, size_t left, size_t right, const std::string& label) const {
    if (!analysis.lines) return;
    analysis.used_links.insert(label + "(" + analysis.tokens[left].text + "," +
                               analysis.tokens[right].text + ")");
  }

  // ---- noun phrases -> actors ------------------------------------------------------------
  Actors possessorOf(Analysis& analysis, size_t head) const {
    Actors actors;
    for (size_t determiner : leftOf(analysis, head, "D")) {
      const Token& word = analysis.tokens[determiner];
      if (word.mention >= 0) actors.add(mentionActors(*article->document, word.mention));
      if (word.lower == "'s" || word.lower == "'")
        for (size_t owner : leftOf(analysis, determiner, "YS"))
          actors.add(actorsOf(analysis, owner, 1, false));
    }
    if (actors.empty()) {
      // Without links: "X 's head" or "its head" right before the head.
      if (!analysis.parsed && head >= 2 && analysis.tokens[head - 1].lower == "'s")
        actors.add(mentionActors(*article->document, analysis.tokens[head - 2].mention));
    }
    return actors;
  }

  Actors modifierActors(Analysis& analysis, size_t head) const {
    Actors actors;
    for (const char* type : {"AN", "A", "G", "GN"})
      for (size_t modifier : leftOf(analysis, head, type)) {
        const Token& word = analysis.tokens[modifier];
        if (word.mention >= 0)
          actors.add(mentionActors(*article->document, word.mention));
        else if (word.inner_mention >= 0)
          actors.add(mentionActors(*article->document, word.inner_mention));
      }
    if (!analysis.parsed && head >= 1) {
      const Token& word = analysis.tokens[head - 1];
      if (word.mention >= 0) actors.add(mentionActors(*article->document, word.mention));
    }
    return actors;
  }

  // The actors a noun phrase whose head word is `head` stands for. `owner_ok` lets an activity
  // or asset noun stand for its owner ("China's cyber activity" -> China).
  Actors actorsOf(Analysis& analysis, size_t head, int depth, bool owner_ok) const {
    Actors actors;
    if (depth > 4 || head >= analysis.tokens.size()) return actors;
    const Document& document = *article->document;
    const Token& token = analysis.tokens[head];
    if (token.mention >= 0) {
      actors = mentionActors(document, token.mention);
      // Identical placeholders joined by "and" may parse as one compound name (G links):
      // "Zorbland and Zorbland" is still two actors.
      for (const char* direction : {"left", "right"}) {
        std::vector<size_t> joins =
            direction[0] == 'l' ? leftOf(analysis, head, "G") : rightOf(analysis, head, "G");
        for (size_t join : joins) {
          if (!isCoordinator(analysis.tokens[join].lower)) continue;
          for (size_t other : leftOf(analysis, join, "G"))
            if (analysis.tokens[other].mention >= 0)
              actors.add(mentionActors(document, analysis.tokens[other].mention));
          for (size_t other : rightOf(analysis, join, "G"))
            if (analysis.tokens[other].mention >= 0)
              actors.add(mentionActors(document, analysis.tokens[other].mention));
        }
      }
      return actors;
    }
    if (isCoordinator(token.lower)) {
      for (size_t conjunct : leftOf(analysis, head, "SJ"))
        actors.add(actorsOf(analysis, conjunct, depth + 1, owner_ok));
      for (size_t conjunct : rightOf(analysis, head, "SJ"))
        actors.add(actorsOf(analysis, conjunct, depth + 1, owner_ok));
      return actors;
    }
    if (isRelativePronoun(token.lower)) {
      for (const char* type : {"R", "MX", "B"})
        for (size_t antecedent : leftOf(analysis, head, type))
          actors.add(actorsOf(analysis, antecedent, depth + 1, owner_ok));
      if (!actors.empty()) return actors;
    }
    // "the group APT31", "defence minister Judith Collins"
    for (size_t named : rightOf(analysis, head, "GN"))
      actors.add(actorsOf(analysis, named, depth + 1, false));
    if (!actors.empty()) return actors;
    // "the group known as / referred to as X"
    for (size_t k = head + 1; k < analysis.tokens.size() && k <= head + 2; ++k) {
      if (!cues.hasRole(analysis.tokens[k].lower, "naming")) continue;
      for (size_t j = k + 1; j < analysis.tokens.size() && j <= k + 3; ++j) {
        if (analysis.tokens[j].mention >= 0)
          return mentionActors(document, analysis.tokens[j].mention);
        if (isBoundary(analysis.tokens[j].lower)) break;
      }
    }
    if (cues.hasRole(token.lower, "actor-head")) {
      actors.add(modifierActors(analysis, head));
      actors.add(possessorOf(analysis, head));
      for (size_t preposition : rightOf(analysis, head, "M"))
        if (analysis.tokens[preposition].lower == "in" ||
            analysis.tokens[preposition].lower == "of")
          for (size_t object : rightOf(analysis, preposition, "J"))
            actors.add(actorsOf(analysis, object, depth + 1, false));
      if (!actors.empty()) return actors;
    }
    if (owner_ok) {
      actors.add(possessorOf(analysis, head));
      if (cues.hasRole(token.lower, "activity-head")) {
        actors.add(modifierActors(analysis, head));
        // "China state-backed destructive cyber activity": names among the premodifiers.
        for (size_t k = head; k-- > 0 && k + 5 >= head;) {
          const Token& word = analysis.tokens[k];
          if (word.mention >= 0) {
            actors.add(mentionActors(document, word.mention));
            continue;
          }
          if (word.inner_mention >= 0) actors.add(mentionActors(document, word.inner_mention));
          if (isBoundary(word.lower) || isPreposition(word.lower) || word.lower == "the" ||
              word.lower == "a" || word.lower == "an")
            break;
        }
      }
      if (!actors.empty()) return actors;
    }
    // "The nationals sanctioned are X and Y": identity through the copula.
    for (size_t verb : rightOf(analysis, head, "S"))
      if (isBeForm(analysis.tokens[verb].lower))
        for (size_t object : rightOf(analysis, verb, "O"))
          actors.add(actorsOf(analysis, object, depth + 1, false));
    if (!actors.empty()) return actors;
    // "X and Y were amongst N people sanctioned by Z", by word order when the parse split it.
    for (size_t k = head; k-- > 0 && k + 5 >= head;) {
      const std::string& word = analysis.tokens[k].lower;
      if (isBoundary(word)) break;
      if (word != "among" && word != "amongst") continue;
      if (k == 0 || !isBeForm(analysis.tokens[k - 1].lower)) break;
      for (size_t j = k - 1; j-- > 0;) {
        const Token& before = analysis.tokens[j];
        if (before.mention >= 0) {
          actors.add(mentionActors(document, before.mention));
        } else if (before.lower != "and" && before.lower != ",") {
          break;
        }
      }
      if (!actors.empty()) return actors;
      break;
    }
    for (size_t preposition : leftOf(analysis, head, "J")) {
      const std::string& word = analysis.tokens[preposition].lower;
      if (word != "among" && word != "amongst") continue;
      for (const char* type : {"P", "MV"})
        for (size_t verb : leftOf(analysis, preposition, type))
          if (isBeForm(analysis.tokens[verb].lower))
            for (size_t subject : leftOf(analysis, verb, "S"))
              actors.add(actorsOf(analysis, subject, depth + 1, false));
    }
    return actors;
  }

  bool isNounHead(const Token& token) const {
    return token.mention < 0 && !token.lower.empty() &&
           std::isalpha(static_cast<unsigned char>(token.lower[0]));
  }

  // ---- verb chains ----------------------------------------------------------------------
  void collectCues(Analysis& analysis, size_t word, Chain& chain) const {
    for (const Arc& arc : analysis.tokens[word].arcs) {
      const Token& other = analysis.tokens[arc.other];
      const ModalityCue* cue = cues.modality(other.lower);
      if (!cue || cue->kind == CueKind::Governor) continue;
      std::string_view type = linkType(arc.label);
      bool attached = type == "N" || type == "E" || type == "EB" || type == "EN" ||
                      (type == "I" && !arc.other_is_right) || type == "MV" ||
                      (type == "D" && cue->kind == CueKind::Determiner);
      if (!attached) continue;
      raise(chain.status, cue->status);
      chain.cues.push_back(other.lower);
      useLink(analysis, std::min(word, arc.other), std::max(word, arc.other), arc.label);
    }
  }

  // The governor cue of a verb, when its particle (if the lexicon asks for one) follows it:
  // "called for sanctions" demands, "called the statement" does not.
  const ModalityCue* governorCue(const Analysis& analysis, size_t verb) const {
    const Token& token = analysis.tokens[verb];
    std::string_view next =
        verb + 1 < analysis.tokens.size() ? std::string_view(analysis.tokens[verb + 1].lower) : "";
    const ModalityCue* cue = cues.modality(token.lower, next);
    return cue && cue->kind == CueKind::Governor ? cue : nullptr;
  }

  void governedBy(Analysis& analysis, size_t governor, Chain& chain) const {
    const ModalityCue* cue = governorCue(analysis, governor);
    if (cue) {
      raise(chain.status, cue->status);
      chain.cues.push_back(analysis.tokens[governor].lower);
    }
  }

  Chain walkChain(Analysis& analysis, size_t verb) const {
    Chain chain;
    size_t current = verb;
    std::set<size_t> visited;
    while (visited.insert(current).second) {
      chain.words.push_back(current);
      collectCues(analysis, current, chain);
      std::optional<size_t> next;
      for (const Arc& arc : analysis.tokens[current].arcs) {
        if (arc.other_is_right || visited.count(arc.other)) continue;
        std::string_view type = linkType(arc.label);
        if (type == "P" && arc.label.size() > 1 && arc.label[1] == 'v') chain.passive = true;
        if (type == "P" || type == "PP" || type == "I" || type == "IV" || type == "TO" ||
            type == "PF") {
          const Token& left = analysis.tokens[arc.other];
          useLink(analysis, arc.other, current, arc.label);
          if (type == "IV" || type == "TO") governedBy(analysis, arc.other, chain);
          const ModalityCue* cue = cues.modality(left.lower);
          if (type == "I" && cue && cue->kind == CueKind::Modal) {
            raise(chain.status, cue->status);
            chain.cues.push_back(left.lower);
          }
          next = arc.other;
          break;
        }
        if (type == "VJ" && !chain.has_coordinator) {
          chain.coordinator = arc.other;
          chain.has_coordinator = true;
          next = arc.other;
          break;
        }
      }
      if (!next && !chain.has_coordinator) {
        for (const Arc& arc : analysis.tokens[current].arcs) {
          if (!arc.other_is_right || linkType(arc.label) != "VJ") continue;
          chain.coordinator = arc.other;
          chain.has_coordinator = true;
          next = arc.other;
        }
      }
      if (!next) break;
      current = *next;
    }
    chain.head = current;
    if (!chain.has_coordinator) chain.coordinator = current;
    return chain;
  }

  // The subject actors of a chain: S link, relative pronouns, participles on nouns (Mv: the
  // noun is the patient, Mg: the agent), gerunds after "accused X of".
  struct Subject {
    Actors actors;
    bool participle_patient = false;  // "the MPs targeted": the noun is what the verb acts on
    std::optional<size_t> word;
  };
  Subject subjectOf(Analysis& analysis, const Chain& chain) const {
    Subject subject;
    for (size_t word : {chain.head, chain.coordinator}) {
      for (size_t s : leftOf(analysis, word, "S")) {
        subject.word = s;
        subject.actors.add(actorsOf(analysis, s, 0, false));
      }
      for (size_t s : rightOf(analysis, word, "SI")) {
        subject.word = s;
        subject.actors.add(actorsOf(analysis, s, 0, false));
      }
      if (subject.word) return subject;
    }
    for (size_t word : chain.words) {
      for (size_t noun : leftOf(analysis, word, "MV")) {
        (void)noun;
      }
      for (const Arc& arc : analysis.tokens[word].arcs) {
        if (arc.other_is_right) continue;
        std::string_view type = linkType(arc.label);
        if (type != "M" && type != "MX") continue;
        char sub = arc.label.size() > 1 ? arc.label[1] : 0;
        const Token& noun = analysis.tokens[arc.other];
        if (isPreposition(noun.lower)) continue;
        if (sub == 'v' || sub == 'g' || type == "MX") {
          useLink(analysis, arc.other, word, arc.label);
          subject.word = arc.other;
          subject.participle_patient = sub == 'v';
          subject.actors.add(actorsOf(analysis, arc.other, 0, false));
          if (noun.lower.empty()) continue;
          return subject;
        }
        if (sub == 'g' || (sub == 'p' && !isNounHead(noun))) continue;
      }
    }
    // Gerund after a preposition: "accused X of targeting Y", "X was accused of targeting Y".
    for (size_t word : chain.words) {
      for (const Arc& arc : analysis.tokens[word].arcs) {
        if (arc.other_is_right) continue;
        std::string_view type = linkType(arc.label);
        if (type != "M" && type != "J") continue;
        size_t preposition = arc.other;
        if (analysis.tokens[preposition].lower != "of" &&
            analysis.tokens[preposition].lower != "for")
          continue;
        useLink(analysis, preposition, word, arc.label);
        for (const Arc& up : analysis.tokens[preposition].arcs) {
          if (up.other_is_right) continue;
          std::string_view up_type = linkType(up.label);
          if (up_type == "M") {  // noun -Mf-> of: the noun is the doer
            subject.word = up.other;
            subject.actors.add(actorsOf(analysis, up.other, 0, false));
          } else if (up_type == "MV") {  // verb -MVp-> of: the verb's object, else its subject
            Chain outer = walkChain(analysis, up.other);
            for (size_t object : rightOf(analysis, up.other, "O")) {
              subject.word = object;
              subject.actors.add(actorsOf(analysis, object, 0, false));
            }
            if (subject.actors.empty()) {
              Subject outer_subject = subjectOf(analysis, outer);
              subject.actors.add(outer_subject.actors);
              subject.word = outer_subject.word;
            }
          }
        }
        if (subject.word) return subject;
      }
    }
    return subject;
  }

  Actors objectsOf(Analysis& analysis, const Chain& chain, size_t verb, bool owner_ok) const {
    Actors actors;
    for (size_t word : {verb, chain.coordinator})
      for (size_t object : rightOf(analysis, word, "O"))
        actors.add(actorsOf(analysis, object, 0, owner_ok));
    return actors;
  }

  // Objects of a preposition attached to the verb (MV) or to its object (M).
  Actors prepositionObjects(Analysis& analysis, const Chain& chain, size_t verb,
                            const std::vector<std::string>& prepositions) const {
    Actors actors;
    auto collect = [&](size_t from, std::string_view type) {
      for (size_t preposition : rightOf(analysis, from, type)) {
        if (std::find(prepositions.begin(), prepositions.end(),
                      analysis.tokens[preposition].lower) == prepositions.end())
          continue;
        for (size_t object : rightOf(analysis, preposition, "J"))
          actors.add(actorsOf(analysis, object, 0, false));
      }
    };
    for (size_t word : {verb, chain.coordinator}) {
      collect(word, "MV");
      for (size_t object : rightOf(analysis, word, "O")) collect(object, "M");
    }
    return actors;
  }

  Actors byAgent(Analysis& analysis, size_t word) const {
    return prepositionObjectsOfWord(analysis, word, {"MV", "M"}, "by");
  }
  Actors prepositionObjectsOfWord(Analysis& analysis, size_t word,
                                  std::initializer_list<std::string_view> types,
                                  std::string_view preposition_word) const {
    Actors actors;
    for (std::string_view type : types)
      for (size_t preposition : rightOf(analysis, word, type))
        if (analysis.tokens[preposition].lower == preposition_word)
          for (size_t object : rightOf(analysis, preposition, "J"))
            actors.add(actorsOf(analysis, object, 0, false));
    return actors;
  }

  // The speaker of the clause headed by `head`: the subject of a speech verb linked to it (CV),
  // else of the nearest speech verb to the left, else of "X said:" in the previous sentence.
  std::optional<Actors> speakerOf(Analysis& analysis, size_t head, Chain* status_out) const {
    std::vector<size_t> speech_verbs;
    // head == tokens.size() asks for the sentence's speaker without a clause head.
    if (head < analysis.tokens.size())
      for (size_t verb : leftOf(analysis, head, "CV")) {
        speech_verbs.push_back(verb);
        if (analysis.tokens[verb].lower == "that")
          for (size_t outer : leftOf(analysis, verb, "TH")) speech_verbs.push_back(outer);
      }
    for (size_t verb : speech_verbs) {
      bool governs = governorCue(analysis, verb) != nullptr;
      if (!cues.hasRole(analysis.tokens[verb].lower, "speech") && !governs) continue;
      Chain chain = walkChain(analysis, verb);
      governedBy(analysis, verb, chain);
      if (verb > 0 && analysis.tokens[verb - 1].mention >= 0) {
        Actors adjacent = mentionActors(*article->document, analysis.tokens[verb - 1].mention);
        if (!adjacent.empty()) {
          if (status_out) raise(status_out->status, chain.status);
          return adjacent;
        }
      }
      Subject subject = subjectOf(analysis, chain);
      if (status_out) raise(status_out->status, chain.status);
      if (!subject.actors.empty()) return subject.actors;
    }
    for (size_t k = std::min(head, analysis.tokens.size()); k-- > 0;) {
      if (!cues.hasRole(analysis.tokens[k].lower, "speech") || analysis.tokens[k].mention >= 0)
        continue;
      // "X said", "with minister X stating": the name right before the verb is the speaker,
      // whatever a long parse attached the participle to.
      if (k > 0 && analysis.tokens[k - 1].mention >= 0) {
        Actors adjacent = mentionActors(*article->document, analysis.tokens[k - 1].mention);
        if (!adjacent.empty()) return adjacent;
      }
      if (analysis.parsed) {
        Chain chain = walkChain(analysis, k);
        Subject subject = subjectOf(analysis, chain);
        if (!subject.actors.empty()) {
          if (status_out) raise(status_out->status, chain.status);
          return subject.actors;
        }
      }
      for (size_t j = k; j-- > 0 && j + 4 >= k;) {
        if (analysis.tokens[j].mention >= 0)
          return mentionActors(*article->document, analysis.tokens[j].mention);
        if (isBoundary(analysis.tokens[j].lower)) break;
      }
      // "..., X said." after the clause
    }
    for (size_t k = head + 1; k + 1 < analysis.tokens.size(); ++k) {
      if (analysis.tokens[k].mention >= 0 && cues.hasRole(analysis.tokens[k + 1].lower, "speech"))
        return mentionActors(*article->document, analysis.tokens[k].mention);
    }
    return std::nullopt;
  }

  // ---- edges ----------------------------------------------------------------------------
  void emit(Analysis& analysis, const std::string& relation, const Actors& agents,
            const Actors& patients, EdgeStatus status, double confidence, const Token& trigger,
            const std::string& how) const {
    const Document& document = *article->document;
    double base = confidence;
    if (agents.resolved || patients.resolved) base *= kResolvedFactor;
    for (int agent : agents.entities)
      for (int patient : patients.entities) {
        if (agent == patient) {
          note(analysis, "  rejected " + relation + "(" + document.entities[agent].name +
                             ", itself): an actor does not act on itself");
          continue;
        }
        auto key =
            std::make_tuple(agent, relation, patient, static_cast<int>(status), analysis.index);
        if (!article->seen.insert(key).second) continue;
        RelationEdge edge;
        edge.subject = agent;
        edge.object = patient;
        edge.relation = relation;
        edge.status = status;
        edge.confidence = base;
        edge.sentence = analysis.index;
        edge.trigger = trigger.text;
        edge.how = how;
        article->result->edges.push_back(edge);
        note(analysis, "  edge " + relation + "(" + document.entities[agent].name + " -> " +
                           document.entities[patient].name + ") status " +
                           std::string(edgeStatusName(status)) + " confidence " +
                           std::to_string(base).substr(0, 4) + " via '" + trigger.text +
                           "': " + how);
      }
  }

  void reject(Analysis& analysis, const Token& trigger, const TriggerEntry& entry,
              const std::string& reason) const {
    note(analysis, "  rejected " + entry.relation + " at '" + trigger.text + "': " + reason);
  }

  bool actorPatients(const Actors& patients) const {
    for (int entity : patients.entities)
      if (article->document->entities[entity].type == ActorType::Country) return false;
    return !patients.empty();
  }

  void verbTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    Chain chain = walkChain(analysis, t);
    Subject subject = subjectOf(analysis, chain);
    Actors agents, patients;
    std::string how;
    bool passive = chain.passive || subject.participle_patient;
    // "N people sanctioned by X" read by the parser as a clause: no object and a "by" agent.
    if (!passive && trigger.lower.ends_with("ed") && subject.word &&
        analysis.tokens[*subject.word].mention < 0 && rightOf(analysis, t, "O").empty() &&
        !byAgent(analysis, t).empty())
      passive = true;
    if (entry.pattern == ArgumentPattern::Culprit) {
      culpritTrigger(analysis, t, entry, chain, subject.actors);
      return;
    }
    if (passive) {
      patients = subject.actors;
      agents = byAgent(analysis, t);
      how = subject.participle_patient ? "participle on its patient" : "passive";
      how += agents.empty() ? ", no agent" : ", 'by' agent";
    } else {
      agents = subject.actors;
      how = "subject";
      if (entry.pattern == ArgumentPattern::AgentPrep) {
        patients = prepositionObjects(analysis, chain, t, entry.prepositions);
        how += " + '" + entry.prepositions.front() + "' object";
      } else if (entry.pattern == ArgumentPattern::Denial) {
        for (size_t word : {t, chain.coordinator})
          for (size_t object : rightOf(analysis, word, "O")) {
            patients.add(possessorOf(analysis, object));
            patients.add(modifierActors(analysis, object));
            patients.add(byAgent(analysis, object));
            if (analysis.tokens[object].mention >= 0)
              patients.add(mentionActors(*article->document, analysis.tokens[object].mention));
          }
        how += " + owner of the rejected claims";
        if (agents.empty() && subject.word && !analysis.tokens[*subject.word].lower.empty()) {
          // "a statement rejecting ..." : the statement's author is the sentence's speaker.
          if (auto speaker = speakerOf(analysis, analysis.tokens.size(), nullptr))
            agents = *speaker;
        }
      } else {
        patients = objectsOf(analysis, chain, t,
                             entry.relation == "targeted" || entry.relation == "condemned");
        how += " + object";
      }
    }
    if (entry.pattern == ArgumentPattern::AgentPrep && passive) {
      // "X is linked to Y": the subject is the first argument.
      agents = subject.actors;
      patients = prepositionObjects(analysis, chain, t, entry.prepositions);
    }
    if (entry.pattern == ArgumentPattern::AgentPatientActor && !actorPatients(patients)) {
      reject(analysis, trigger, entry,
             patients.empty() ? "no patient" : "patient is not a person, organisation or group");
      return;
    }
    if (patients.empty()) {
      reject(analysis, trigger, entry, "no patient found");
      return;
    }
    if (entry.relation == "accused")
      analysis.culprits.insert(analysis.culprits.end(), patients.entities.begin(),
                               patients.entities.end());
    if (agents.empty()) {
      if (chain.status == EdgeStatus::Asserted && passive) {
        article->pending.push_back({entry.relation, patients, analysis.index, trigger.text});
        reject(analysis, trigger, entry,
               "no agent in the sentence; waits for the article's implicit agent");
      } else {
        reject(analysis, trigger, entry, "no subject found");
      }
      return;
    }
    if (entry.pattern == ArgumentPattern::Reverse) std::swap(agents, patients);
    emit(analysis, entry.relation, agents, patients, chain.status, kDirectConfidence, trigger,
         how + cueText(chain));
  }

  std::string cueText(const Chain& chain) const {
    if (chain.cues.empty()) return "";
    std::string text = "; cues:";
    for (const std::string& cue : chain.cues) text += " " + cue;
    return text;
  }

  void culpritTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry, Chain& chain,
                      const Actors& clause_subject) const {
    const Token& trigger = analysis.tokens[t];
    Actors culprits;
    Actors accusers;
    std::string how;
    if (entry.pos == TriggerPos::Verb) {
      culprits = clause_subject;
      how = "subject of '" + trigger.text + "'";
    } else {
      // "X was behind": be -Pp-> behind; "held X responsible": X -Ma-> responsible;
      // "the groups behind": noun -Mp-> behind.
      for (const Arc& arc : analysis.tokens[t].arcs) {
        if (arc.other_is_right) continue;
        std::string_view type = linkType(arc.label);
        if (type == "P" || type == "MV") {
          Chain outer = walkChain(analysis, arc.other);
          chain.status = outer.status;
          chain.cues = outer.cues;
          chain.head = outer.head;
          culprits.add(subjectOf(analysis, outer).actors);
          how = "subject of '" + analysis.tokens[arc.other].text + " " + trigger.text + "'";
        } else if (type == "M") {
          culprits.add(actorsOf(analysis, arc.other, 0, false));
          // "held X responsible": the holder accuses.
          for (size_t verb : leftOf(analysis, arc.other, "O")) {
            Chain outer = walkChain(analysis, verb);
            accusers.add(subjectOf(analysis, outer).actors);
            chain.status = outer.status;
            chain.cues = outer.cues;
          }
          how = "'" + analysis.tokens[arc.other].text + " " + trigger.text + "'";
        }
      }
    }
    if (culprits.empty() && entry.pos == TriggerPos::Verb) {
      // Word order when the parse left the verb without a subject: "X lagged", "X was behind".
      for (size_t k = t; k-- > 0 && k + 3 >= t;) {
        const Token& word = analysis.tokens[k];
        if (word.mention >= 0) {
          culprits = mentionActors(*article->document, word.mention);
          how = "'" + word.text + " " + trigger.text + "' by word order";
          break;
        }
        if (isBoundary(word.lower) || !isBeForm(word.lower)) break;
      }
    }
    if (culprits.empty()) {
      reject(analysis, trigger, entry, "no culprit found");
      return;
    }
    analysis.culprits.insert(analysis.culprits.end(), culprits.entities.begin(),
                             culprits.entities.end());
    if (accusers.empty()) {
      if (auto speaker = speakerOf(analysis, chain.head, &chain)) {
        accusers = *speaker;
        how += ", speaker of the clause";
      }
    }
    if (accusers.empty()) {
      reject(analysis, trigger, entry, "no speaker or accuser for the culprit");
      return;
    }
    emit(analysis, entry.relation, accusers, culprits, chain.status, kNominalConfidence, trigger,
         how + cueText(chain));
  }

  void nominalTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    Actors patients, agents;
    Chain status_chain;
    std::string how = "nominal";
    for (const char* type : {"M", "MX"})
      for (size_t preposition : rightOf(analysis, t, type)) {
        const std::string& word = analysis.tokens[preposition].lower;
        if (std::find(entry.prepositions.begin(), entry.prepositions.end(), word) ==
            entry.prepositions.end())
          continue;
        for (size_t object : rightOf(analysis, preposition, "J"))
          patients.add(actorsOf(analysis, object, 0,
                                entry.relation != "sanctioned" && entry.relation != "charged"));
        for (size_t object : rightOf(analysis, preposition, "O"))  // "sanctions targeting X"
          patients.add(actorsOf(analysis, object, 0, false));
        how += " + '" + word + "' patient";
      }
    // The nominal's own determiners: "no sanctions".
    for (size_t determiner : leftOf(analysis, t, "D")) {
      const ModalityCue* cue = cues.modality(analysis.tokens[determiner].lower);
      if (cue && cue->kind == CueKind::Determiner) {
        raise(status_chain.status, cue->status);
        status_chain.cues.push_back(analysis.tokens[determiner].lower);
      }
    }
    agents.add(possessorOf(analysis, t));
    agents.add(modifierActors(analysis, t));
    agents.add(byAgent(analysis, t));
    if (!agents.empty()) how += ", possessive/modifier/'by' agent";
    // The verb the nominal hangs from: "imposed sanctions", "called for sanctions", "faces
    // charges", "stood with Y in its condemnation of Z", "accused X of attacks on Y".
    std::vector<std::pair<size_t, std::string>> governors;
    for (size_t verb : leftOf(analysis, t, "O")) governors.push_back({verb, ""});
    for (size_t preposition : leftOf(analysis, t, "J"))
      for (const char* type : {"MV", "M"})
        for (size_t verb : leftOf(analysis, preposition, type))
          governors.push_back({verb, analysis.tokens[preposition].lower});
    std::optional<size_t> clause_head;
    for (const auto& [verb, preposition] : governors) {
      const Token& governor = analysis.tokens[verb];
      if (governor.mention >= 0 || governor.subscript == 'n' || governor.subscript == 's' ||
          governor.subscript == 'p') {
        // "accused X of attacks on Y": X, the accused, is the agent.
        for (size_t accusing : leftOf(analysis, verb, "O"))
          for (const TriggerEntry* outer : analysis.tokens[accusing].triggers)
            if (outer->relation == "accused" && agents.empty()) {
              agents.add(actorsOf(analysis, verb, 0, false));
              how += ", the accused of '" + analysis.tokens[accusing].text + "' is the agent";
            }
        continue;
      }
      Chain chain = walkChain(analysis, verb);
      if (!clause_head) clause_head = chain.head;
      governedBy(analysis, verb, chain);
      raise(status_chain.status, chain.status);
      status_chain.cues.insert(status_chain.cues.end(), chain.cues.begin(), chain.cues.end());
      bool governs = governorCue(analysis, verb) != nullptr;
      if (cues.hasRole(governor.lower, "light-patient")) {
        Subject subject = subjectOf(analysis, chain);
        patients.add(subject.actors);
        how += ", subject of '" + governor.text + "' is the patient";
      } else if (cues.hasRole(governor.lower, "light-agent") || governs ||
                 (preposition == "in" && cues.hasRole(governor.lower, "join"))) {
        Subject subject = subjectOf(analysis, chain);
        if (!subject.actors.empty()) {
          if (preposition == "in" || agents.empty()) agents.add(subject.actors);
          how += ", subject of '" + governor.text + "' is the agent";
        }
      }
      for (const TriggerEntry* outer : governor.triggers) {
        if (outer->relation != "accused" || !agents.empty()) continue;
        Chain outer_chain = walkChain(analysis, verb);
        agents.add(objectsOf(analysis, outer_chain, verb, false));
        if (!agents.empty()) how += ", the accused of '" + governor.text + "' is the agent";
      }
    }
    if (agents.empty() && !patients.empty() && clause_head) {
      // "The US said X faces charges": a state reporting its own measure.
      Chain speaker_chain;
      if (auto speaker = speakerOf(analysis, *clause_head, &speaker_chain)) {
        bool states = true;
        for (int entity : speaker->entities)
          if (article->document->entities[entity].type != ActorType::Country) states = false;
        if (states && speaker_chain.status == EdgeStatus::Asserted) {
          agents = *speaker;
          how += ", agent = the state reporting it";
        }
      }
    }
    if (agents.empty() && entry.relation == "targeted" && !analysis.culprits.empty()) {
      for (int culprit : analysis.culprits) agents.entities.push_back(culprit);
      how += ", agent = the sentence's accused culprit";
    }
    if (patients.empty()) {
      if (!agents.empty() && status_chain.status == EdgeStatus::Asserted) {
        for (int agent : agents.entities) ++article->implicit_agents[entry.relation][agent];
        note(analysis, "  '" + trigger.text + "' names " + entry.relation +
                           " agent(s) without a patient: implicit agent of the article");
      } else {
        reject(analysis, trigger, entry, "no patient found");
      }
      return;
    }
    if (agents.empty()) {
      if (status_chain.status == EdgeStatus::Asserted && governors.empty()) {
        article->pending.push_back({entry.relation, patients, analysis.index, trigger.text});
        reject(analysis, trigger, entry, "no agent; waits for the article's implicit agent");
      } else {
        reject(analysis, trigger, entry, "no agent found");
      }
      return;
    }
    emit(analysis, entry.relation, agents, patients, status_chain.status, kNominalConfidence,
         trigger, how + cueText(status_chain));
  }

  void predicateTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    // Up through a coordination to the copula: "is manipulation and slander".
    std::vector<size_t> heads{t};
    for (size_t coordinator : leftOf(analysis, t, "SJ")) heads.push_back(coordinator);
    Actors owners;
    std::optional<size_t> copula;
    for (size_t head : heads)
      for (size_t verb : leftOf(analysis, head, "O"))
        if (isBeForm(analysis.tokens[verb].lower)) copula = verb;
    if (!copula && analysis.tokens[t].arcs.empty()) {
      // Unparsed clause: "... is political manipulation and malicious slander".
      for (size_t k = t; k-- > 0 && k + 7 >= t;) {
        const std::string& word = analysis.tokens[k].lower;
        if (word == "is" || word == "are" || word == "was" || word == "were") {
          copula = k;
          break;
        }
        if (isBoundary(word) && word != ",") break;
      }
    }
    if (!copula) {
      reject(analysis, trigger, entry, "not the predicate of a copula");
      return;
    }
    Chain chain = walkChain(analysis, *copula);
    for (size_t word : {chain.head, chain.coordinator})
      for (size_t subject : leftOf(analysis, word, "S")) {
        owners.add(actorsOf(analysis, subject, 0, true));
        if (owners.empty()) owners.add(modifierActors(analysis, subject));
      }
    if (owners.empty()) {
      // "X said: "The UK's hype-up of ... and ... is slander"": a possessor in the subject.
      for (size_t k = *copula; k-- > 0;) {
        const std::string& word = analysis.tokens[k].lower;
        if (word == ":" || word == "\"" || cues.hasRole(word, "speech")) break;
        if (k + 1 < analysis.tokens.size() && analysis.tokens[k + 1].lower == "'s" &&
            analysis.tokens[k].mention >= 0)
          owners.add(mentionActors(*article->document, analysis.tokens[k].mention));
      }
    }
    if (owners.empty()) {
      reject(analysis, trigger, entry, "the subject has no owner actor");
      return;
    }
    std::optional<Actors> speaker = speakerOf(analysis, *copula, &chain);
    if (!speaker) speaker = previousSpeaker(analysis);
    if (!speaker) {
      reject(analysis, trigger, entry, "no speaker");
      return;
    }
    emit(analysis, entry.relation, *speaker, owners, chain.status, kNominalConfidence, trigger,
         "copula predicate; speaker -> owner of the subject" + cueText(chain));
  }

  // "X said:" ending the previous sentence introduces this one.
  std::optional<Actors> previousSpeaker(Analysis& analysis) const {
    if (analysis.index == 0) return std::nullopt;
    const Document& document = *article->document;
    const std::string& previous = document.sentences[analysis.index - 1].text;
    size_t last = previous.find_last_not_of(" \"'");
    if (last == std::string::npos || previous[last] != ':') return std::nullopt;
    Actors found;
    for (const Mention& mention : document.mentions)
      if (mention.sentence == analysis.index - 1 && (mention.entity >= 0 || !mention.group.empty()))
        found = mentionActors(document, static_cast<int>(&mention - document.mentions.data()));
    if (found.empty()) return std::nullopt;
    return found;
  }

  void copulaTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    Actors members, groups;
    for (const char* type : {"M"})
      for (size_t preposition : rightOf(analysis, t, type))
        if (std::find(entry.prepositions.begin(), entry.prepositions.end(),
                      analysis.tokens[preposition].lower) != entry.prepositions.end())
          for (size_t object : rightOf(analysis, preposition, "J"))
            groups.add(actorsOf(analysis, object, 0, false));
    for (size_t verb : leftOf(analysis, t, "O"))
      if (isBeForm(analysis.tokens[verb].lower)) {
        Chain chain = walkChain(analysis, verb);
        members.add(subjectOf(analysis, chain).actors);
      }
    for (size_t noun : leftOf(analysis, t, "MX")) members.add(actorsOf(analysis, noun, 0, false));
    if (members.empty() || groups.empty()) {
      reject(analysis, trigger, entry, members.empty() ? "no member found" : "no group found");
      return;
    }
    emit(analysis, entry.relation, members, groups, EdgeStatus::Asserted, kNominalConfidence,
         trigger, "copula/apposition + 'of'");
  }

  void modifierTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    Actors backers, backed;
    if (trigger.inner_mention >= 0)
      backers.add(mentionActors(*article->document, trigger.inner_mention));
    for (size_t k = t; k-- > 0 && k + 2 >= t;) {
      const Token& word = analysis.tokens[k];
      if (word.mention >= 0) {
        backers.add(mentionActors(*article->document, word.mention));
        break;
      }
      if (word.lower != "state" && word.lower != "government") break;
    }
    for (size_t k = t + 1; k < analysis.tokens.size() && k <= t + 6; ++k) {
      const Token& word = analysis.tokens[k];
      if (word.mention >= 0) {
        backed.add(mentionActors(*article->document, word.mention));
        break;
      }
      if (isBoundary(word.lower) || isBeForm(word.lower)) break;
    }
    if (backers.empty() || backed.empty()) {
      reject(analysis, trigger, entry, backers.empty() ? "no backer named" : "no actor modified");
      return;
    }
    for (int entity : backed.entities)
      if (article->document->entities[entity].type == ActorType::Country) {
        reject(analysis, trigger, entry, "a country is not affiliated by a modifier");
        return;
      }
    emit(analysis, entry.relation, backed, backers, EdgeStatus::Asserted, kNominalConfidence,
         trigger, "modifier '" + trigger.text + "' on the actor");
  }

  // ---- word-order fallback (no parse) ------------------------------------------------------
  void fallbackTrigger(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    const Token& trigger = analysis.tokens[t];
    const Document& document = *article->document;
    // Without a parse only adjacent names count: between the subject and its verb only
    // auxiliaries, modals, negations and adverbs; between the verb and its object only
    // determiners.
    auto auxiliary = [&](const std::string& word) {
      const ModalityCue* cue = cues.modality(word);
      return isBeForm(word) || word == "have" || word == "has" || word == "had" || word == "also" ||
             word == "did" || word == "does" || word == "do" || word.ends_with("ly") ||
             (cue && cue->kind != CueKind::Governor);
    };
    auto nearestLeft = [&](size_t from) -> std::optional<size_t> {
      for (size_t k = from; k-- > 0;) {
        const Token& word = analysis.tokens[k];
        if (word.mention >= 0)
          return word.text.find('-') == std::string::npos ? std::optional<size_t>(k) : std::nullopt;
        if (!auxiliary(word.lower)) return std::nullopt;
      }
      return std::nullopt;
    };
    auto nearestRight = [&](size_t from, size_t limit) -> std::optional<size_t> {
      static const std::set<std::string, std::less<>> determiners = {
          "the", "a", "an", "its", "their", "his", "her", "two", "three", "several"};
      for (size_t k = from + 1; k < analysis.tokens.size() && k <= from + limit; ++k) {
        const Token& word = analysis.tokens[k];
        if (word.mention >= 0)
          return word.text.find('-') == std::string::npos ? std::optional<size_t>(k) : std::nullopt;
        if (!determiners.count(word.lower)) return std::nullopt;
      }
      return std::nullopt;
    };
    EdgeStatus status = EdgeStatus::Asserted;
    bool passive = false;
    for (size_t k = t; k-- > 0 && k + 4 >= t;) {
      const Token& word = analysis.tokens[k];
      if (word.mention >= 0 || isBoundary(word.lower)) break;
      if (const ModalityCue* cue = cues.modality(word.lower)) raise(status, cue->status);
      if (isBeForm(word.lower) && entry.pos == TriggerPos::Verb) passive = true;
    }
    Actors agents, patients;
    if (entry.pos == TriggerPos::Noun) {
      if (entry.pattern != ArgumentPattern::Nominal) return;
      if (t + 2 < analysis.tokens.size() &&
          std::find(entry.prepositions.begin(), entry.prepositions.end(),
                    analysis.tokens[t + 1].lower) != entry.prepositions.end())
        if (auto k = nearestRight(t + 1, 3))
          patients = mentionActors(document, analysis.tokens[*k].mention);
      if (t >= 1 && analysis.tokens[t - 1].mention >= 0)
        agents = mentionActors(document, analysis.tokens[t - 1].mention);
      if (t >= 2 && analysis.tokens[t - 1].lower == "'s" && analysis.tokens[t - 2].mention >= 0)
        agents = mentionActors(document, analysis.tokens[t - 2].mention);
      if (!agents.empty() && patients.empty() && status == EdgeStatus::Asserted) {
        for (int agent : agents.entities) ++article->implicit_agents[entry.relation][agent];
        note(analysis, "  '" + trigger.text + "' names an implicit " + entry.relation + " agent");
        return;
      }
    } else if (entry.pos == TriggerPos::Verb && entry.pattern != ArgumentPattern::Culprit &&
               entry.pattern != ArgumentPattern::Denial) {
      auto left = nearestLeft(t);
      if (passive) {
        if (left) patients = mentionActors(document, analysis.tokens[*left].mention);
        if (t + 2 < analysis.tokens.size() && analysis.tokens[t + 1].lower == "by" &&
            analysis.tokens[t + 2].mention >= 0)
          agents = mentionActors(document, analysis.tokens[t + 2].mention);
      } else {
        if (left) agents = mentionActors(document, analysis.tokens[*left].mention);
        if (auto right = nearestRight(t, 4))
          patients = mentionActors(document, analysis.tokens[*right].mention);
      }
    } else {
      return;
    }
    if (agents.empty() || patients.empty()) {
      if (agents.empty() && !patients.empty() && passive && status == EdgeStatus::Asserted)
        article->pending.push_back({entry.relation, patients, analysis.index, trigger.text});
      reject(analysis, trigger, entry, "word order: missing agent or patient");
      return;
    }
    if (entry.pattern == ArgumentPattern::AgentPatientActor && !actorPatients(patients)) return;
    if (entry.pattern == ArgumentPattern::Reverse) std::swap(agents, patients);
    emit(analysis, entry.relation, agents, patients, status, kFallbackConfidence, trigger,
         passive ? "word order, passive" : "word order");
  }

  // Records the head nouns of agentless passive patients that are not actors ("2 individuals
  // and a business have been sanctioned") so that "the business is X" later names them.
  void recordUnresolvedHeads(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    if (entry.pos != TriggerPos::Verb) return;
    size_t k = t;
    bool passive = false;
    while (k-- > 0) {
      const std::string& word = analysis.tokens[k].lower;
      if (isBeForm(word)) {
        passive = true;
        continue;
      }
      if (word == "have" || word == "has" || word == "had" || word == "actually" || word == "been")
        continue;
      break;
    }
    if (!passive) return;
    for (size_t j = 0; j <= k && j < analysis.tokens.size(); ++j) {
      const Token& word = analysis.tokens[j];
      bool before_and =
          j + 1 < analysis.tokens.size() && (analysis.tokens[j + 1].lower == "and" || j == k);
      if (before_and && word.mention < 0 && isNounHead(word) && word.lower.size() > 3) {
        article->unresolved_heads[word.lower] = entry.relation;
        std::string singular =
            word.lower.back() == 's' ? word.lower.substr(0, word.lower.size() - 1) : word.lower;
        article->unresolved_heads[singular] = entry.relation;
      }
    }
  }

  // "the business is X" where "business" was an agentless patient earlier.
  void resolveCopulaHeads(Analysis& analysis) const {
    if (!analysis.parsed || article->unresolved_heads.empty()) return;
    for (size_t t = 0; t < analysis.tokens.size(); ++t) {
      const Token& token = analysis.tokens[t];
      auto it = article->unresolved_heads.find(token.lower);
      if (it == article->unresolved_heads.end() || token.mention >= 0) continue;
      bool definite = false;
      for (size_t determiner : leftOf(analysis, t, "D"))
        if (analysis.tokens[determiner].lower == "the") definite = true;
      if (!definite) continue;
      for (size_t verb : rightOf(analysis, t, "S")) {
        if (!isBeForm(analysis.tokens[verb].lower)) continue;
        Actors named;
        for (size_t object : rightOf(analysis, verb, "O"))
          named.add(actorsOf(analysis, object, 0, false));
        if (named.empty()) continue;
        article->pending.push_back({it->second, named, analysis.index, token.text});
        note(analysis, "  '" + token.text + " " + analysis.tokens[verb].text +
                           " ...' names an earlier agentless " + it->second + " patient");
      }
    }
  }

  // ---- one sentence ---------------------------------------------------------------------
  void sentence(size_t index) const {
    const Document& document = *article->document;
    Analysis analysis;
    analysis.index = index;
    analysis.sentence = &document.sentences[index];
    if (article->explain) analysis.lines = &article->result->explanations[index];
    analysis.tokens = tokenize(document, index);
    std::set<int> actors;
    bool any_trigger = false;
    for (Token& token : analysis.tokens) {
      if (token.mention >= 0) {
        for (int entity : mentionActors(document, token.mention).entities) actors.insert(entity);
        continue;
      }
      if (token.inner_mention >= 0)
        for (int entity : mentionActors(document, token.inner_mention).entities)
          actors.insert(entity);
      token.triggers = triggers.lookup(token.lower);
      if (!token.triggers.empty()) any_trigger = true;
    }
    bool copula_heads = false;
    if (!article->unresolved_heads.empty())
      for (const Token& token : analysis.tokens)
        if (article->unresolved_heads.count(token.lower)) copula_heads = true;
    if (!any_trigger && !copula_heads) return;
    std::string trigger_list;
    for (const Token& token : analysis.tokens)
      for (const TriggerEntry* entry : token.triggers)
        trigger_list += " '" + token.text + "'=" + entry->relation + "/" +
                        std::string(triggerPosName(entry->pos)) + "/" +
                        std::string(argumentPatternName(entry->pattern));
    if (!trigger_list.empty()) note(analysis, "  triggers:" + trigger_list);
    bool parse_it = options.use_parser && parser && actors.size() >= 2;
    if (parse_it) {
      ++article->result->parsed_sentences;
      parse(analysis);
    } else if (any_trigger) {
      note(analysis, actors.size() < 2 ? "  not parsed: fewer than two candidate actors"
                                       : "  not parsed: parser disabled");
    }
    if (analysis.parsed) resolveCopulaHeads(analysis);
    for (size_t t = 0; t < analysis.tokens.size(); ++t) {
      Token& token = analysis.tokens[t];
      if (token.triggers.empty()) continue;
      const TriggerEntry* chosen = chooseEntry(analysis, t);
      if (!chosen) continue;
      if (actors.empty()) {
        recordUnresolvedHeads(analysis, t, *chosen);
        continue;
      }
      if (!analysis.parsed) {
        fallbackTrigger(analysis, t, *chosen);
        continue;
      }
      for (const TriggerEntry* entry : token.triggers) {
        if (entry->pos != chosen->pos) continue;
        dispatch(analysis, t, *entry);
      }
    }
    if (analysis.lines && !analysis.used_links.empty()) {
      std::string links = "  links used:";
      for (const std::string& link : analysis.used_links) links += " " + link;
      analysis.lines->insert(analysis.lines->begin() + std::min<size_t>(2, analysis.lines->size()),
                             links);
    }
  }

  // Picks the part of speech a trigger word has here: the parser's tag, else word order.
  const TriggerEntry* chooseEntry(Analysis& analysis, size_t t) const {
    const Token& token = analysis.tokens[t];
    auto find = [&](TriggerPos pos) -> const TriggerEntry* {
      for (const TriggerEntry* entry : token.triggers)
        if (entry->pos == pos) return entry;
      return nullptr;
    };
    const TriggerEntry* verb = find(TriggerPos::Verb);
    const TriggerEntry* noun = find(TriggerPos::Noun);
    const TriggerEntry* adjective = find(TriggerPos::Adjective);
    if (adjective && (token.lower.find('-') != std::string::npos || token.subscript == 'a'))
      return adjective;
    if (adjective && !verb && !noun) return adjective;
    if (!verb || !noun) return token.triggers.front();
    char tag = token.subscript;
    // "The UK sanctions will ...": determiner + name + trigger reads as a noun phrase.
    if (t >= 2 && analysis.tokens[t - 1].mention >= 0 &&
        (analysis.tokens[t - 2].lower == "the" || analysis.tokens[t - 2].lower == "a") &&
        (t + 1 >= analysis.tokens.size() || analysis.tokens[t + 1].mention < 0))
      return noun;
    if (tag == 'v') return verb;
    if (tag == 'n' || tag == 's' || tag == 'p') return noun;
    // Word order: a determiner, possessive, number, adjective or actor before it makes a noun.
    if (t > 0) {
      const Token& previous = analysis.tokens[t - 1];
      // A verb that takes it as object makes it a noun: "imposes sanctions".
      if (cues.hasRole(previous.lower, "light-agent") ||
          cues.hasRole(previous.lower, "light-patient") || governorCue(analysis, t - 1))
        return noun;
      static const std::set<std::string, std::less<>> noun_markers = {
          "the",     "a",  "an", "its",   "their", "his",   "her",      "our",   "new",     "more",
          "further", "'s", "of", "these", "those", "fresh", "criminal", "tough", "tougher", "no"};
      if (previous.mention >= 0 || noun_markers.count(previous.lower)) {
        if (previous.mention >= 0 && t + 1 < analysis.tokens.size() &&
            analysis.tokens[t + 1].mention >= 0)
          return verb;  // "UK sanctions Russia"
        return noun;
      }
    }
    return verb;
  }

  void dispatch(Analysis& analysis, size_t t, const TriggerEntry& entry) const {
    switch (entry.pattern) {
      case ArgumentPattern::Nominal:
        nominalTrigger(analysis, t, entry);
        return;
      case ArgumentPattern::Predicate:
        predicateTrigger(analysis, t, entry);
        return;
      case ArgumentPattern::Copula:
        copulaTrigger(analysis, t, entry);
        return;
      case ArgumentPattern::ModifierReverse:
        modifierTrigger(analysis, t, entry);
        return;
      case ArgumentPattern::Culprit:
        if (entry.pos == TriggerPos::Verb) {
          verbTrigger(analysis, t, entry);
        } else {
          Chain chain;
          chain.head = t;
          culpritTrigger(analysis, t, entry, chain, {});
        }
        return;
      default:
        verbTrigger(analysis, t, entry);
        return;
    }
  }

  // Agentless facts take the article's implicit agent: the one actor the article names as
  // doing this relation without a patient ("The UK sanctions will freeze assets").
  void resolvePending() const {
    const Document& document = *article->document;
    for (const PendingPatient& pending : article->pending) {
      auto it = article->implicit_agents.find(pending.relation);
      std::vector<std::string>* lines =
          article->explain ? &article->result->explanations[pending.sentence] : nullptr;
      if (it == article->implicit_agents.end() || it->second.empty()) {
        if (lines)
          lines->push_back("  no implicit " + pending.relation + " agent in the article for '" +
                           pending.trigger + "'");
        continue;
      }
      int best = -1, votes = 0;
      bool tie = false;
      for (const auto& [entity, count] : it->second) {
        if (count > votes) {
          best = entity;
          votes = count;
          tie = false;
        } else if (count == votes) {
          tie = true;
        }
      }
      if (tie || best < 0) {
        if (lines) lines->push_back("  implicit " + pending.relation + " agent is ambiguous");
        continue;
      }
      for (int patient : pending.patients.entities) {
        if (patient == best) continue;
        auto key = std::make_tuple(best, pending.relation, patient, 0, pending.sentence);
        if (!article->seen.insert(key).second) continue;
        RelationEdge edge;
        edge.subject = best;
        edge.object = patient;
        edge.relation = pending.relation;
        edge.status = EdgeStatus::Asserted;
        edge.confidence = kImplicitConfidence;
        edge.sentence = pending.sentence;
        edge.trigger = pending.trigger;
        edge.how = "implicit agent of the article";
        article->result->edges.push_back(edge);
        if (lines)
          lines->push_back("  edge " + pending.relation + "(" + document.entities[best].name +
                           " -> " + document.entities[patient].name +
                           ") status asserted confidence 0.50 via '" + pending.trigger +
                           "': implicit agent of the article");
      }
    }
  }
};

RelationExtractor::RelationExtractor(Options options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->triggers = TriggerLexicon::load(impl_->options.lexicon_dir);
  impl_->cues = CueLexicon::load(impl_->options.lexicon_dir);
  if (impl_->options.use_parser) {
    LinkGrammarParser::Options parser_options;
    parser_options.timeout_ms = impl_->options.parse_timeout_ms;
    parser_options.max_bytes = impl_->options.max_parse_sentence_bytes;
    impl_->parser = std::make_unique<LinkGrammarParser>(parser_options);
  }
}

RelationExtractor::~RelationExtractor() = default;

RelationResult RelationExtractor::extract(const Document& document, bool explain) const {
  RelationResult result;
  if (explain) result.explanations.resize(document.sentences.size());
  Impl::Article article;
  article.document = &document;
  article.result = &result;
  article.explain = explain;
  impl_->article = &article;
  for (size_t index = 0; index < document.sentences.size(); ++index) impl_->sentence(index);
  impl_->resolvePending();
  impl_->article = nullptr;
  return result;
}

void RelationExtractor::explainSentence(const RelationResult& result, size_t index,
                                        std::ostream& out) {
  if (index >= result.explanations.size()) return;
  for (const std::string& line : result.explanations[index]) out << line << '\n';
}

}  // namespace kg

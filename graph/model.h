// The news graph's vocabulary: actor types (node labels), relation statuses and the evidence that
// backs an edge. Shared by the ingest (which produces facts), the store and the exporters.
#pragma once

#include <cstdint>

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// Actor types. The node label is the capitalised form ("Person"); JSON's `type` the lower case.
enum class ActorType { Person, Country, Organization, Group };

std::string_view actorTypeName(ActorType type);                  // "person"
std::string_view actorTypeLabel(ActorType type);                 // "Person"
std::optional<ActorType> parseActorType(std::string_view text);  // accepts either form

// Whether the text asserts a relation or only negates, demands, threatens or plans it.
enum class EdgeStatus : uint8_t { Asserted, Negated, Demanded, Threatened, Planned, Reported };

std::string_view edgeStatusName(EdgeStatus status);  // "asserted"
std::optional<EdgeStatus> parseEdgeStatus(std::string_view text);

// One sentence that states an edge: which article, the sentence text and its byte offsets in the
// article's original bytes.
// What is known of an article besides its text: from its own metadata (HTML meta tags, a URL
// line, a dateline) or from the user (kg ingest --date/--source/--manifest). Empty when unknown;
// `published` is a calendar date written YYYY-MM-DD.
// Whether `text` is a date that exists, written YYYY-MM-DD (the form of ArticleInfo::published).
bool isCalendarDate(std::string_view text);

struct ArticleInfo {
  std::string title;
  std::string source;  // the outlet: "BBC News", or the site's host when nothing better is known
  std::string url;
  std::string published;
  std::string byline;
};

struct Evidence {
  std::string article;
  std::string sentence;
  int64_t start = 0;
  int64_t end = 0;
  // The date the sentence gives its event ("2024-03-25", "2021-07" or "2021"), resolved against
  // the article's date, and the words it came from ("on Monday"); empty when it names none.
  std::string event_date = {};
  std::string event_words = {};
};

}  // namespace kg

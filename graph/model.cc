#include "graph/model.h"

#include <array>
#include <cstdio>

#include "graph/article_facts.h"
#include "graph/name_key.h"
#include "graph/temporal.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 4> kTypeNames = {"person", "country", "organization",
                                                        "group"};
constexpr std::array<std::string_view, 4> kTypeLabels = {"Person", "Country", "Organization",
                                                         "Group"};
constexpr std::array<std::string_view, 6> kStatusNames = {"asserted",   "negated", "demanded",
                                                          "threatened", "planned", "reported"};

}  // namespace

std::string_view actorTypeName(ActorType type) { return kTypeNames[static_cast<size_t>(type)]; }
std::string_view actorTypeLabel(ActorType type) { return kTypeLabels[static_cast<size_t>(type)]; }

std::optional<ActorType> parseActorType(std::string_view text) {
  std::string key = nameKey(text);
  if (key == "organisation") key = "organization";
  for (size_t i = 0; i < kTypeNames.size(); ++i)
    if (key == kTypeNames[i]) return static_cast<ActorType>(i);
  return std::nullopt;
}

std::string_view edgeStatusName(EdgeStatus status) {
  return kStatusNames[static_cast<size_t>(status)];
}

std::optional<EdgeStatus> parseEdgeStatus(std::string_view text) {
  for (size_t i = 0; i < kStatusNames.size(); ++i)
    if (text == kStatusNames[i]) return static_cast<EdgeStatus>(i);
  return std::nullopt;
}

std::string contentHash(std::string_view bytes) {
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 1099511628211ull;
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

bool isCalendarDate(std::string_view text) { return epochDayOfStoredDate(text).has_value(); }

}  // namespace kg

#include "ingest/text/event_dates.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <vector>

#include "ingest/text/lexicon_table.h"

namespace kg {
namespace {

using namespace std::chrono;

struct Word {
  std::string text;   // as written
  std::string lower;  // lower case, a trailing full stop dropped ("Jan." -> "jan")
  size_t start = 0, end = 0;
};

// Words and numbers of the sentence with their byte spans; punctuation separates them.
std::vector<Word> wordsOf(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    Word word;
    word.start = start;
    word.end = i;
    word.text = std::string(text.substr(start, i - start));
    for (char c : word.text)
      word.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(std::move(word));
  }
  return words;
}

std::optional<int> numberOf(const std::string& text, int low, int high) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  int value = std::stoi(text);
  if (value < low || value > high) return std::nullopt;
  return value;
}
// "15", "15th", "1st".
std::optional<int> dayOf(const std::string& lower) {
  std::string digits = lower;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (digits.size() > 2 && digits.compare(digits.size() - 2, 2, suffix) == 0)
      digits.resize(digits.size() - 2);
  return numberOf(digits, 1, 31);
}
std::optional<int> yearOf(const std::string& lower) {
  if (lower.size() != 4) return std::nullopt;
  return numberOf(lower, 1900, 2099);
}

std::optional<year_month_day> parseDay(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return std::nullopt;
  year_month_day day{year{y}, month{static_cast<unsigned>(m)},
                     ::std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string format(int y, int m = 0, int d = 0) {
  char buffer[16];
  if (d > 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  else if (m > 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", y);
  return buffer;
}
std::string format(const year_month_day& day) {
  return format(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                static_cast<int>(static_cast<unsigned>(day.day())));
}

}  // namespace

EventDates::EventDates(const std::string& lexicon_dir) {
  months_ = readNumberedNames(lexicon_dir + "/months.tsv", 1, 12);
  weekdays_ = readNumberedNames(lexicon_dir + "/weekdays.tsv", 0, 6);
}

std::string EventDates::nearest(std::string_view sentence, size_t at) const {
  return nearest(findAll(sentence), at);
}

std::string EventDates::nearest(const std::vector<Found>& phrases, size_t at) {
  std::string best;
  size_t best_distance = std::string::npos;
  for (const Found& found : phrases) {
    size_t distance = found.offset > at ? found.offset - at : at - found.offset;
    if (distance < best_distance) {
      best_distance = distance;
      best = found.words;
    }
  }
  return best;
}

std::vector<EventDates::Found> EventDates::findAll(std::string_view sentence) const {
  std::vector<Found> found;
  std::vector<Word> words = wordsOf(sentence);
  size_t i = 0;
  // Records words [first, last] and goes on after them.
  auto take = [&](size_t first, size_t last) {
    found.push_back(
        {std::string(sentence.substr(words[first].start, words[last].end - words[first].start)),
         words[first].start});
    i = last;
  };
  auto capitalised = [&](size_t i) {
    return std::isupper(static_cast<unsigned char>(words[i].text[0])) != 0;
  };
  auto numberBeside = [&](size_t i) {
    return (i + 1 < words.size() && (dayOf(words[i + 1].lower) || yearOf(words[i + 1].lower))) ||
           (i > 0 && dayOf(words[i - 1].lower));
  };
  auto inOrLastBefore = [&](size_t i) {
    return i > 0 && (words[i - 1].lower == "in" || words[i - 1].lower == "last");
  };
  // A word that only stands beside other capitalised words names something ("The Sunday
  // Times", "Russia Today"), not a day.
  auto inName = [&](size_t i) {
    return (i > 0 && capitalised(i - 1) && words[i - 1].lower != "on" && words[i - 1].start > 0 &&
            sentence[words[i - 1].start - 1] == ' ') ||
           (i + 1 < words.size() && capitalised(i + 1));
  };
  auto isMonth = [&](size_t i) {
    if (i >= words.size() || !capitalised(i) || !months_.count(words[i].lower)) return false;
    // "May" the modal, and abbreviations ("Mar-a-Lago"): only with a number, "in" or "last".
    bool full_name = words[i].lower.size() > 3 && words[i].lower != "may";
    return numberBeside(i) || (full_name && inOrLastBefore(i)) ||
           (words[i].lower == "may" && inOrLastBefore(i) &&
            (i + 1 >= words.size() || !capitalised(i + 1)));
  };
  for (; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    // "15 June 2021", "15 June"
    if (dayOf(w) && isMonth(i + 1)) {
      size_t last = i + 1;
      if (last + 1 < words.size() && yearOf(words[last + 1].lower)) ++last;
      {
        take(i, last);
        continue;
      }
    }
    if (isMonth(i)) {
      // "June 15, 2021", "June 15"
      if (i + 1 < words.size() && dayOf(words[i + 1].lower) && !yearOf(words[i + 1].lower)) {
        size_t last = i + 1;
        if (last + 1 < words.size() && yearOf(words[last + 1].lower)) ++last;
        {
          take(i, last);
          continue;
        }
      }
      // "March 2024", "last July", "in July"
      if (i + 1 < words.size() && yearOf(words[i + 1].lower)) {
        take(i > 0 && (words[i - 1].lower == "in" || words[i - 1].lower == "last") ? i - 1 : i,
             i + 1);
        continue;
      }
      if (i > 0 && (words[i - 1].lower == "in" || words[i - 1].lower == "last")) {
        take(i - 1, i);
        continue;
      }
    }
    // "on Monday", "last Monday", "Monday"
    bool before = i > 0 && (words[i - 1].lower == "on" || words[i - 1].lower == "last");
    if (capitalised(i) && weekdays_.count(w) && words[i].lower.size() > 3 &&
        (before || !inName(i))) {
      take(before ? i - 1 : i, i);
      continue;
    }
    if (w == "yesterday" || (w == "today" && !capitalised(i))) {
      take(i, i);
      continue;
    }
    // "in 2021", "in a 2015 attack", "last year"
    if (yearOf(w) && i > 0 &&
        (words[i - 1].lower == "in" || words[i - 1].lower == "a" || words[i - 1].lower == "the")) {
      take(i - 1, i);
      continue;
    }
    if (w == "last" && i + 1 < words.size() &&
        (words[i + 1].lower == "year" || words[i + 1].lower == "month")) {
      take(i, i + 1);
      continue;
    }
  }
  return found;
}

std::string EventDates::resolve(std::string_view words_text, std::string_view published) const {
  std::vector<Word> words = wordsOf(words_text);
  if (words.empty()) return "";
  std::optional<year_month_day> today = parseDay(published);
  std::optional<int> day_number, month_number, year_number;
  std::optional<int> weekday_number;
  bool last = false;
  for (const Word& word : words) {
    if (auto y = yearOf(word.lower))
      year_number = *y;
    else if (auto d = dayOf(word.lower))
      day_number = *d;
    else if (auto m = months_.find(word.lower); m != months_.end())
      month_number = m->second;
    else if (auto w = weekdays_.find(word.lower); w != weekdays_.end())
      weekday_number = w->second;
    else if (word.lower == "last")
      last = true;
    else if (word.lower == "yesterday" && today)
      return format(year_month_day{sys_days{*today} - days{1}});
    else if (word.lower == "today" && today)
      return format(*today);
    else if (word.lower == "year" && last && today)
      return format(static_cast<int>(today->year()) - 1);
    else if (word.lower == "month" && last && today) {
      year_month_day previous{today->year() / today->month() / 1};
      previous = year_month_day{sys_days{previous} - days{1}};
      return format(static_cast<int>(previous.year()),
                    static_cast<int>(static_cast<unsigned>(previous.month())));
    }
  }
  if (weekday_number) {
    if (!today) return "";
    sys_days at{*today};
    if (last) at -= days{1};  // "last Monday" in a Monday's article is a week before
    weekday wanted{static_cast<unsigned>(*weekday_number)};
    while (weekday{at} != wanted) at -= days{1};
    return format(year_month_day{at});
  }
  if (month_number && day_number) {
    month m{static_cast<unsigned>(*month_number)};
    day d{static_cast<unsigned>(*day_number)};
    if (year_number) {
      year_month_day date{year{*year_number}, m, d};
      return date.ok() ? format(date) : "";
    }
    if (!today) return "";
    // The latest such day not after the article ("29 February": up to eight years back).
    for (int back = 0; back <= 8; ++back) {
      year_month_day date{today->year() - years{back}, m, d};
      if (date.ok() && sys_days{date} <= sys_days{*today}) return format(date);
    }
    return "";
  }
  if (month_number) {
    if (year_number) return format(*year_number, *month_number);
    if (!today) return "";
    int y = static_cast<int>(today->year());
    unsigned now = static_cast<unsigned>(today->month());
    // "in July": the latest July not after this month; "last July": before this month.
    if (static_cast<unsigned>(*month_number) > now ||
        (last && static_cast<unsigned>(*month_number) == now))
      --y;
    return format(y, *month_number);
  }
  if (year_number) return format(*year_number);
  return "";
}

}  // namespace kg

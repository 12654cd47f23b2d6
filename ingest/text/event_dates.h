// EventDates: the date a sentence gives the event it reports ("on Monday", "on 15 June",
// "last July", "in 2021", "yesterday"), kept beside the article's publication date: the words
// are found when the article is analysed, and resolved against the publication date once that
// is final (flags and manifests win over the text). Month and day names come from months.tsv
// and weekdays.tsv.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class EventDates {
 public:
  // Loads months.tsv and weekdays.tsv from `lexicon_dir`; throws std::runtime_error naming a
  // file that cannot be read.
  explicit EventDates(const std::string& lexicon_dir);

  // Words of a sentence that date an event, as written ("on Monday", "15 June 2021", "last
  // July", "in 2021", "yesterday"), and where they start in the sentence (bytes).
  struct Found {
    std::string words;
    size_t offset = 0;
  };
  // Every such phrase of `sentence`, in order.
  std::vector<Found> findAll(std::string_view sentence) const;
  // The phrase nearest to byte `at` of `sentence` (the word that states the event), or empty;
  // the second form picks among phrases findAll already found.
  std::string nearest(std::string_view sentence, size_t at) const;
  static std::string nearest(const std::vector<Found>& found, size_t at);

  // `words` (as findWords gives them) as a date: "YYYY-MM-DD", "YYYY-MM" or "YYYY". Words that
  // count from the article's day ("on Monday": the latest Monday on or before it; "last July",
  // "15 June" without a year: the latest such month or day not after it) need `published`
  // (YYYY-MM-DD); without it, or for a date that does not exist, the result is empty.
  std::string resolve(std::string_view words, std::string_view published) const;

 private:
  std::map<std::string, int> months_;    // lower-case name or abbreviation -> 1..12
  std::map<std::string, int> weekdays_;  // lower-case name or abbreviation -> 0..6 (Sunday 0)
};

}  // namespace kg

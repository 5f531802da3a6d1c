// One compiled matcher for a list of literal phrases (whole words, whitespace-tolerant,
// optionally case-insensitive). Shared by the phrases, substitute and require kinds.
#pragma once

#include <boost/regex/icu.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "text/regex.hpp"

namespace medlint {

class PhraseMatcher {
 public:
  PhraseMatcher(std::vector<std::string> phrases, bool ignore_case);

  /// Calls `on_match(range)` for each leftmost-longest phrase occurrence in `text`.
  template <class OnMatch>
  void scan(std::string_view text, OnMatch&& on_match) const {
    if (phrases_.empty()) return;
    for_each_match(regex_, text, [&](TextRange range, const auto&) { on_match(range); });
  }

  /// The lookup key of matched text, comparable with phrase_key() of a listed phrase.
  [[nodiscard]] std::string key_of(std::string_view matched) const;
  [[nodiscard]] bool ignore_case() const { return ignore_case_; }
  [[nodiscard]] std::size_t size() const { return phrases_.size(); }

 private:
  std::vector<std::string> phrases_;
  bool ignore_case_;
  boost::u32regex regex_;
};

}  // namespace medlint

// Phrases are tried longest first so that "both of those" wins over "both" at one position.
#include "rules/phrase_matcher.hpp"

#include <algorithm>

#include "text/case_fold.hpp"

namespace medlint {

PhraseMatcher::PhraseMatcher(std::vector<std::string> phrases, bool ignore_case)
    : phrases_(std::move(phrases)), ignore_case_(ignore_case) {
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const std::string& phrase : phrases_) {
    if (!pattern.empty()) pattern += '|';
    pattern += "(?:" + phrase_to_pattern(phrase) + ")";
  }
  if (!phrases_.empty()) regex_ = compile_regex(pattern, ignore_case_);
}

std::string PhraseMatcher::key_of(std::string_view matched) const { return phrase_key(matched, ignore_case_); }

}  // namespace medlint

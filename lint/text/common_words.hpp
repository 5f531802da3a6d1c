// Words common in medical articles (rules/language/common-words.json): a phrase list is not
// looked for at one of them when the phrase has a rarer word (PhraseMatcher's anchor choice).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace medlint {

class CommonWords {
 public:
  /// Reads the JSON data; errors are LoadErrors naming `label` and the JSON pointer.
  static CommonWords parse(const std::string& text, const std::string& label);
  /// The built-in list, read once.
  static const CommonWords& built_in();

  /// Whether `key` (a word in lower case) is on the list.
  [[nodiscard]] bool contains(std::string_view key) const { return words_.count(std::string(key)) != 0; }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace medlint

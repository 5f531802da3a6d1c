// Whether a document is written in English, from its first words: the script of its letters
// and the function words of English against those of a few other languages, read from
// rules/language/function-words.json. medlint's rules read English; a page in another
// language is linted by the rules that do not (encoding damage, duplicates), see Engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medlint {

class LanguageGuess {
 public:
  /// Reads the JSON data; errors are LoadErrors naming `label` and the JSON pointer.
  static LanguageGuess parse(const std::string& text, const std::string& label);
  /// The built-in data, read once.
  static const LanguageGuess& built_in();

  /// What `text` is written in when that is plainly not English ("Spanish", "Arabic
  /// script"); nothing for English text and for text too short or too mixed to tell.
  [[nodiscard]] std::optional<std::string> other_language(std::string_view text) const;

 private:
  // Folded word (its up to eight bytes packed into a number) → the languages it is a
  // function word of: bit 0 English, bit i language i.
  std::unordered_map<std::uint64_t, std::uint32_t> languages_of_;
  std::vector<std::string> names_;  // index i: the name of language bit i (0: "English")
  std::size_t sample_words_ = 200;
  std::size_t min_words_ = 30;
  double english_share_ = 0.2;  // this share of English function words decides at once
  double min_other_share_ = 0.1;
  double other_to_english_ = 2;
};

}  // namespace medlint

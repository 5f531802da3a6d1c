// Abbreviations that ICU's sentence rules take for a sentence's end ("Ask Dr. Jones",
// "(Smith et al. 2020). These"), read from rules/language/sentence-abbreviations.json.
// ICU's own FilteredBreakIteratorBuilder is not used: Debian's ICU ships no English
// suppression data, its matcher takes "al." inside "trial." for the abbreviation, and it
// needs the whole text where split_sentences hands ICU only windows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medlint {

class SentenceAbbreviations {
 public:
  /// Reads the JSON data; errors are LoadErrors naming `label` and the JSON pointer.
  static SentenceAbbreviations parse(const std::string& text, const std::string& label);
  /// The built-in list, read once.
  static const SentenceAbbreviations& built_in();

  enum class Ending { none, never_final, final_before_capital };
  /// Which kind of abbreviation `text` ends with (a whole word; trailing spaces are not skipped).
  [[nodiscard]] Ending ending(std::string_view text) const;

  /// Whether the break ICU placed at `at` in `text` follows one of the abbreviations and is
  /// to be dropped: the text before it ends with the abbreviation and spaces, and the
  /// abbreviation never ends a sentence or what follows does not start with a capital.
  [[nodiscard]] bool joins(std::string_view text, std::size_t at) const;

 private:
  struct Entry {
    std::string text;  ///< "et al."
    bool never_final;
  };
  void add(std::string text, bool never_final);

  // Entries by their last word ("al." for "et al."), so a break costs one look-up of the
  // word before it, and none when that word is longer than every entry's.
  std::unordered_map<std::string, std::vector<Entry>> by_last_word_;
  std::size_t longest_last_word_ = 0;
};

}  // namespace medlint

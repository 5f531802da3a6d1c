// A literal phrase tried at one position without running a regex. Phrase lists check tens of
// thousands of candidate positions per megabyte, and Boost.Regex over UTF-32 iterators with
// ICU case mapping spent far more on each than comparing the phrase's characters does. The
// matches are exactly those of the phrase's phrase_to_pattern() regex under Boost's ICU
// traits: case-insensitive compares through the simple lowercase mapping (u_tolower) on both
// sides, and the traits' own \w and \h classes for word boundaries and whitespace.
#pragma once

#include <unicode/umachine.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace medlint {

class LiteralPhrase {
 public:
  /// Nothing when the phrase holds a character the regex would treat differently from a
  /// plain literal (one that is itself horizontal space or a line end, or invalid UTF-8):
  /// such a phrase keeps its regex.
  [[nodiscard]] static std::optional<LiteralPhrase> compile(std::string_view phrase, bool ignore_case, bool word_boundaries);

  /// The end of the phrase's match starting at `begin`, as the regex searched from `begin`
  /// would report it; `text` ends where the search window ends. The regex's start boundary
  /// never fails there (Boost's look-behind stops at the search's start), so none is checked
  /// here either: callers start at word starts.
  [[nodiscard]] std::optional<std::size_t> match(std::string_view text, std::size_t begin) const;

 private:
  enum class Kind : std::uint8_t { character, space, apostrophe, hyphen };
  struct Element {
    Kind kind;
    UChar32 c;  // a character element's code point, lowered when the phrase ignores case
  };
  std::vector<Element> elements_;
  bool ignore_case_ = false;
  bool check_end_ = false;  // no word character may follow the phrase
};

}  // namespace medlint

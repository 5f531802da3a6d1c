// Keys for comparing phrases: ICU full case folding, whitespace runs as one space, curly
// apostrophes as straight ones, and a hyphen or dash between two words as '-' ("long – term"
// is "long-term"), so a match can be looked up in a phrase table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace medlint {

/// ICU full case folding of UTF-8 text.
[[nodiscard]] std::string fold_case(std::string_view utf8);

/// Case folding of one ASCII character: A-Z lowered, nothing else changes (no ASCII
/// character folds to anything else in ICU's full folding).
[[nodiscard]] constexpr char fold_ascii_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// The lookup key of a phrase or of a matched span (folded when `ignore_case`).
[[nodiscard]] std::string phrase_key(std::string_view utf8, bool ignore_case);

/// The length and word count of phrase_key(utf8, false), without building the key: for
/// comparing many lines where few are equal (equal shapes are confirmed with the keys). A
/// count, not a hash, so that a line costs one cheap pass over its bytes.
struct PhraseKeyShape {
  std::size_t bytes;
  std::size_t words;
  bool operator==(const PhraseKeyShape&) const = default;
};
[[nodiscard]] PhraseKeyShape phrase_key_shape(std::string_view utf8);

/// Gives `replacement` the capitalisation of `original`: upper case when the original is
/// all capitals; a capital first letter only when the original has one and
/// `at_sentence_start` (a capital in mid-sentence is itself a spinner artefact).
[[nodiscard]] std::string match_case(std::string_view original, std::string_view replacement, bool at_sentence_start);


}  // namespace medlint

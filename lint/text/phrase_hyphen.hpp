// What a phrase's hyphen is and what it matches. A phrase list's "long-term" must match
// "long – term" and "long‑term", and the key of either must be "long-term": the regex of a
// phrase (text/regex.cpp), its literal walk (text/literal_phrase.cpp) and the keys
// (text/case_fold.cpp) read the same word bytes and the same dashes from here.
#pragma once

#include <unicode/umachine.h>

#include <cctype>
#include <cstddef>
#include <string_view>

namespace medlint {

/// A byte of a word as phrase boundaries see it: an ASCII letter or digit, or any byte of a
/// character beyond ASCII.
[[nodiscard]] inline bool is_phrase_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}

/// The hyphens and dashes a phrase's hyphen matches: '-', U+2010-U+2014, U+2212 (the regex
/// spells the same set as "[\x{2D}\x{2010}-\x{2014}\x{2212}]").
[[nodiscard]] inline bool is_dash(UChar32 c) { return c == '-' || (c >= 0x2010 && c <= 0x2014) || c == 0x2212; }

/// The length in bytes of such a hyphen or dash at `utf8[i]`, or 0.
[[nodiscard]] inline std::size_t dash_length(std::string_view utf8, std::size_t i) {
  if (utf8[i] == '-') return 1;
  if (utf8[i] != '\xE2' || i + 2 >= utf8.size()) return 0;
  const auto second = static_cast<unsigned char>(utf8[i + 1]), third = static_cast<unsigned char>(utf8[i + 2]);
  return (second == 0x80 && third >= 0x90 && third <= 0x94) || (second == 0x88 && third == 0x92) ? 3 : 0;
}

/// Whether the '-' at `phrase[i]` is a phrase's hyphen: between two word bytes, in a phrase
/// matched as whole words. Such a hyphen matches any dash, with or without blanks around it.
[[nodiscard]] inline bool tolerant_hyphen(std::string_view phrase, std::size_t i, bool word_boundaries) {
  return word_boundaries && phrase[i] == '-' && i > 0 && i + 1 < phrase.size() && is_phrase_word_byte(phrase[i - 1]) &&
         is_phrase_word_byte(phrase[i + 1]);
}

}  // namespace medlint

// ASCII-only helpers for markup attribute values, YAML keys and URLs: names that HTML,
// YAML and URL schemes compare without case in ASCII alone (the prose goes through ICU);
// and the ASCII word next to a place, for rules that look one word ahead or back.
#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace medlint {

[[nodiscard]] inline char ascii_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

/// `value` without leading and trailing ASCII white space.
[[nodiscard]] inline std::string_view trim_ascii_space(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())) != 0) value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())) != 0) value.remove_suffix(1);
  return value;
}

[[nodiscard]] inline bool equals_ascii_caseless(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

[[nodiscard]] inline bool starts_with_ascii_caseless(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ascii_caseless(text.substr(0, prefix.size()), prefix);
}

/// The run of ASCII letters that starts after the `blanks` at `from` (and ends by `end`):
/// the next word, or "" when none starts there.
[[nodiscard]] inline std::string_view ascii_word_after(std::string_view text, std::size_t from,
                                                       std::size_t end = std::string_view::npos,
                                                       std::string_view blanks = " \t") {
  end = std::min(end, text.size());
  while (from < end && blanks.find(text[from]) != std::string_view::npos) ++from;
  std::size_t stop = from;
  while (stop < end && std::isalpha(static_cast<unsigned char>(text[stop])) != 0) ++stop;
  return text.substr(std::min(from, end), stop - std::min(from, end));
}

/// The run of ASCII letters that ends right before the spaces and tabs at the end of
/// text[0, to): the previous word, or "" when none ends there.
[[nodiscard]] inline std::string_view ascii_word_before(std::string_view text, std::size_t to) {
  while (to > 0 && (text[to - 1] == ' ' || text[to - 1] == '\t')) --to;
  std::size_t begin = to;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0) --begin;
  return text.substr(begin, to - begin);
}

/// Whether `key` is one of `keys`, compared without case.
template <std::size_t N>
[[nodiscard]] bool listed_ascii_caseless(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::any_of(keys.begin(), keys.end(), [&](std::string_view k) { return equals_ascii_caseless(k, key); });
}

}  // namespace medlint

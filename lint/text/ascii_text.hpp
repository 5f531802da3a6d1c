// ASCII-only helpers for markup attribute values, YAML keys and URLs: names that HTML,
// YAML and URL schemes compare without case in ASCII alone (the prose goes through ICU).
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

/// Whether `key` is one of `keys`, compared without case.
template <std::size_t N>
[[nodiscard]] bool listed_ascii_caseless(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::any_of(keys.begin(), keys.end(), [&](std::string_view k) { return equals_ascii_caseless(k, key); });
}

}  // namespace medlint

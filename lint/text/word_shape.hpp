// The capitalisation shape of a word and what stands just before a position in text:
// the small facts the spinner and boilerplate detectors reason with.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace medlint {

enum class WordShape {
  lower,   ///< "secure"
  title,   ///< "Secure" (one capital, then lower case)
  upper,   ///< "NMDA" (two or more capitals, no lower case)
  mixed,   ///< "iPhone", "McDonald", "mRNA"
  other,   ///< no letters, or letters with digits ("B12", "5-HT")
};

[[nodiscard]] WordShape word_shape(std::string_view word);

/// Whether every byte is ASCII (such text needs no Unicode tables).
[[nodiscard]] inline bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

/// ICU lower-casing of a word.
[[nodiscard]] std::string to_lower(std::string_view word);

/// The last non-space code point before `offset` on the same line ('\n' when the line
/// starts there, 0 at the start of the text).
[[nodiscard]] char32_t previous_char(std::string_view text, std::size_t offset);

/// Whether `offset` begins a sentence: nothing but spaces since the start of the text or
/// of the line, or sentence punctuation, an opening bracket or an opening quote before it.
[[nodiscard]] bool starts_sentence(std::string_view text, std::size_t offset);

/// Byte offset where the line holding `offset` starts, and where it ends (before '\n').
[[nodiscard]] std::size_t line_start_of(std::string_view text, std::size_t offset);
[[nodiscard]] std::size_t line_end_of(std::string_view text, std::size_t offset);

}  // namespace medlint

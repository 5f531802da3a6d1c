// Character classes come from ICU (u_isupper, u_islower, u_isalpha) over UTF-8 via U8_NEXT.
#include "text/word_shape.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace medlint {

namespace {

// What word_shape asks ICU about a character.
struct CharacterClass {
  bool digit, alpha, upper, lower;
};

CharacterClass classify(UChar32 c) {
  return {u_isdigit(c) != 0, u_isalpha(c) != 0, u_isupper(c) != 0, u_islower(c) != 0};
}

// ICU's answers for ASCII, asked once: most words are ASCII and each character took four
// property look-ups.
const std::array<CharacterClass, 128>& ascii_classes() {
  static const std::array<CharacterClass, 128> table = [] {
    std::array<CharacterClass, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = classify(c);
    return t;
  }();
  return table;
}

}  // namespace

WordShape word_shape(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  const std::array<CharacterClass, 128>& ascii = ascii_classes();
  int32_t i = 0;
  int upper = 0, lower = 0, digits = 0, letters = 0;
  bool first_upper = false;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return WordShape::other;
    const CharacterClass k = c < 128 ? ascii[static_cast<std::size_t>(c)] : classify(c);
    if (k.digit) ++digits;
    if (!k.alpha) continue;
    if (letters == 0) first_upper = k.upper;
    ++letters;
    if (k.upper) ++upper;
    else if (k.lower) ++lower;
  }
  if (letters == 0 || digits > 0) return WordShape::other;
  if (upper == 0) return WordShape::lower;
  if (lower == 0) return upper >= 2 ? WordShape::upper : WordShape::title;
  if (upper == 1 && first_upper) return WordShape::title;
  return WordShape::mixed;
}

std::string to_lower(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.toLower(icu::Locale::getEnglish());
  std::string out;
  text.toUTF8String(out);
  return out;
}

char32_t previous_char(std::string_view text, std::size_t offset) {
  auto i = static_cast<int32_t>(offset);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i > 0) {
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c == ' ' || c == '\t') continue;
    return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
  }
  return 0;
}

bool starts_sentence(std::string_view text, std::size_t offset) {
  switch (previous_char(text, offset)) {
    case 0: case '\n': case '.': case '!': case '?': case '(': case '[': case '"': case '\'':
    case U'\u201C': case U'\u2018':
      return true;
    default:
      return false;
  }
}

std::size_t line_start_of(std::string_view text, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t line_end_of(std::string_view text, std::size_t offset) {
  const std::size_t newline = text.find('\n', offset);
  return newline == std::string_view::npos ? text.size() : newline;
}

}  // namespace medlint

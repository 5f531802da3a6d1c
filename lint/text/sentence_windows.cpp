// The classes come from ICU's own Sentence_Break property, so the windows follow the data
// the break iterator was built from; only the shape of the rules is assumed here.
#include "text/sentence_windows.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace medlint {

namespace {

using SentenceClass = USentenceBreak;

SentenceClass class_of(UChar32 c) {
  // ASCII is nearly all of the text: its classes are read from ICU once.
  static const std::array<std::uint8_t, 128> ascii = [] {
    std::array<std::uint8_t, 128> table{};
    for (UChar32 a = 0; a < 128; ++a) table[a] = static_cast<std::uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
    return table;
  }();
  if (c < 128) return static_cast<SentenceClass>(ascii[c]);
  return static_cast<SentenceClass>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

bool is_terminator(SentenceClass k) { return k == U_SB_ATERM || k == U_SB_STERM; }
bool is_separator(SentenceClass k) { return k == U_SB_SEP || k == U_SB_CR || k == U_SB_LF; }
bool is_attached(SentenceClass k) { return k == U_SB_EXTEND || k == U_SB_FORMAT; }  // SB5: belongs to the character before

// Where SB8's look-ahead ends: the first character that is none of its "not letters".
bool ends_look_ahead(SentenceClass k) {
  return k == U_SB_OLETTER || k == U_SB_UPPER || k == U_SB_LOWER || is_separator(k) || is_terminator(k);
}

// Bytes after which the scan must look closer: those of ASCII terminators and separators,
// and every non-ASCII byte (decoded and classified one character at a time).
const std::array<bool, 256>& stop_bytes() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 256; ++b) {
      t[b] = b >= 0x80 || is_terminator(class_of(b)) || is_separator(class_of(b));
    }
    return t;
  }();
  return table;
}

struct Decoded {
  UChar32 c;
  std::size_t next;
};

// The character at `at` (valid UTF-8 was checked by the caller's scan, or c < 0 on error).
Decoded decode_at(std::string_view text, std::size_t at) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  auto i = static_cast<std::int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(s, i, length, c);
  return {c, static_cast<std::size_t>(i)};
}

// Start of the character holding the byte before `at`.
std::size_t previous_start(std::string_view text, std::size_t at) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<std::int32_t>(at);
  UChar32 c = 0;
  U8_PREV(s, 0, i, c);
  return static_cast<std::size_t>(i);
}

// The window of the terminator starting at `at` and ending before `after`: from the character
// before it (SB7; Extend and Format belong to that character) through the end of the
// look-ahead, or nothing on invalid UTF-8.
std::optional<TextRange> window_of(std::string_view text, std::size_t at, std::size_t after) {
  std::size_t begin = at;
  while (begin > 0) {
    begin = previous_start(text, begin);
    const Decoded d = decode_at(text, begin);
    if (d.c < 0) return std::nullopt;
    if (!is_attached(class_of(d.c))) break;
  }
  std::size_t end = after;
  while (end < text.size()) {
    const Decoded d = decode_at(text, end);
    if (d.c < 0) return std::nullopt;
    end = d.next;
    if (ends_look_ahead(class_of(d.c))) break;
  }
  return TextRange{begin, end};
}

}  // namespace

std::optional<SentenceWindows> find_sentence_windows(std::string_view text) {
  SentenceWindows found;
  const std::array<bool, 256>& stops = stop_bytes();
  std::size_t at = 0;
  while (at < text.size()) {
    if (!stops[static_cast<unsigned char>(text[at])]) {
      ++at;
      continue;
    }
    const Decoded d = decode_at(text, at);
    if (d.c < 0) return std::nullopt;
    const SentenceClass k = class_of(d.c);
    if (k == U_SB_LF || k == U_SB_SEP || (k == U_SB_CR && (d.next >= text.size() || text[d.next] != '\n'))) {
      found.separator_breaks.push_back(d.next);
    } else if (is_terminator(k)) {
      const std::optional<TextRange> window = window_of(text, at, d.next);
      if (!window) return std::nullopt;
      // A window reaching the next one's first character shares context with it: one window.
      if (!found.windows.empty() && window->begin < found.windows.back().end) {
        found.windows.back().end = std::max(found.windows.back().end, window->end);
      } else {
        found.windows.push_back(*window);
      }
    }
    at = d.next;
  }
  return found;
}

}  // namespace medlint

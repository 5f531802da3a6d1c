// The classes come from ICU's own Sentence_Break property, so the windows follow the data
// the break iterator was built from; only the shape of the rules is assumed here.
#include "text/sentence_windows.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Bytes at which the scan must look closer: ASCII terminators and separators, and every
// non-ASCII byte (decoded and classified one character at a time).
struct StopBytes {
  std::array<bool, 256> table{};
  std::vector<char> ascii;  // the ASCII ones, for the sixteen-bytes-at-a-time skip
#if defined(__SSE2__)
  __m128i ascii_lanes[8];  // each ASCII stop byte in all sixteen lanes
  std::size_t lane_count = 0;  // 0 when there are more than fit: the byte loop alone
#endif
};

const StopBytes& stop_bytes() {
  static const StopBytes stops = [] {
    StopBytes s;
    for (int b = 0; b < 256; ++b) {
      s.table[b] = b >= 0x80 || is_terminator(class_of(b)) || is_separator(class_of(b));
      if (b < 0x80 && s.table[b]) s.ascii.push_back(static_cast<char>(b));
    }
#if defined(__SSE2__)
    if (s.ascii.size() <= std::size(s.ascii_lanes)) {
      for (const char b : s.ascii) s.ascii_lanes[s.lane_count++] = _mm_set1_epi8(b);
    }
#endif
    return s;
  }();
  return stops;
}

// The first stop byte at or after `at`, or the text's end. Prose has one every forty bytes or
// so; SSE2 (every x86-64 processor has it) tests sixteen bytes at once.
std::size_t next_stop(std::string_view text, std::size_t at, const StopBytes& stops) {
#if defined(__SSE2__)
  for (; stops.lane_count > 0 && at + 16 <= text.size(); at += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    __m128i hit = chunk;  // the high bit marks non-ASCII bytes
    for (std::size_t k = 0; k < stops.lane_count; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(chunk, stops.ascii_lanes[k]));
    if (const int mask = _mm_movemask_epi8(hit); mask != 0) return at + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (at < text.size() && !stops.table[static_cast<unsigned char>(text[at])]) ++at;
  return at;
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

bool for_each_sentence_window(std::string_view text, const std::function<void(TextRange)>& on_window,
                              const std::function<void(std::size_t)>& on_separator_break) {
  const StopBytes& stops = stop_bytes();
  std::optional<TextRange> pending;  // the last window, until the next one proves apart from it
  for (std::size_t at = next_stop(text, 0, stops); at < text.size(); at = next_stop(text, at, stops)) {
    const Decoded d = decode_at(text, at);
    if (d.c < 0) return false;
    const SentenceClass k = class_of(d.c);
    if (k == U_SB_LF || k == U_SB_SEP || (k == U_SB_CR && (d.next >= text.size() || text[d.next] != '\n'))) {
      on_separator_break(d.next);
    } else if (is_terminator(k)) {
      const std::optional<TextRange> window = window_of(text, at, d.next);
      if (!window) return false;
      // A window reaching the next one's first character shares context with it: one window.
      if (pending && window->begin < pending->end) {
        pending->end = std::max(pending->end, window->end);
      } else {
        if (pending) on_window(*pending);
        pending = window;
      }
    }
    at = d.next;
  }
  if (pending) on_window(*pending);
  return true;
}

}  // namespace medlint

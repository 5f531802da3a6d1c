// Case operations go through ICU's UnicodeString so non-ASCII letters fold correctly.
#include "text/case_fold.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/phrase_hyphen.hpp"
#include "text/word_shape.hpp"


namespace medlint {

std::string fold_case(std::string_view utf8) {
  // Most words are ASCII: those skip the two conversions through UTF-16.
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) c = fold_ascii_char(c);
    return out;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.foldCase();
  std::string out;
  text.toUTF8String(out);
  return out;
}

namespace {

// The bytes of a phrase key before folding: whitespace runs as one space (none at either
// end), U+2019 as an apostrophe, and a hyphen or dash between two words as '-' with no
// space on either side ("long – term" is "long-term", as the phrase lists' hyphens match
// it). Other dashes stay as they are (a mojibake sequence such as "Ã–" ends in one).
// phrase_key and phrase_key_shape both read it.
template <class OnByte>
void for_each_key_byte(std::string_view utf8, OnByte&& on_byte) {
  bool started = false, pending_space = false, after_hyphen = false;
  char last = 0;  // the last byte written
  auto write = [&](char c) {
    on_byte(c);
    last = c;
  };
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const char c = utf8[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = started;
      continue;
    }
    const std::size_t dash = c == '-' || c == '\xE2' ? dash_length(utf8, i) : 0;
    bool hyphen = false;
    if (dash != 0 && started && is_phrase_word_byte(last)) {
      std::size_t next = i + dash;
      while (next < utf8.size() && (utf8[next] == ' ' || utf8[next] == '\t' || utf8[next] == '\n' || utf8[next] == '\r')) ++next;
      hyphen = next < utf8.size() && is_phrase_word_byte(utf8[next]) && dash_length(utf8, next) == 0;
    }
    if (pending_space && !hyphen && !after_hyphen) write(' ');
    pending_space = false;
    started = true;
    after_hyphen = hyphen;
    if (hyphen) {
      write('-');
      i += dash - 1;
    } else if (c == '\xE2' && utf8.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019 RIGHT SINGLE QUOTATION MARK
      write('\'');
      i += 2;
    } else {
      write(c);
    }
  }
}

}  // namespace

std::string phrase_key(std::string_view utf8, bool ignore_case) {
  std::string key;
  key.reserve(utf8.size());
  for_each_key_byte(utf8, [&](char c) { key += c; });
  return ignore_case ? fold_case(key) : key;
}

PhraseKeyShape phrase_key_shape(std::string_view utf8) {
  // What for_each_key_byte would write, counted without its per-byte branches (this runs on
  // every line of every page): the non-whitespace bytes, one space between words, and one
  // byte for each three-byte U+2019. A line with a '-' or a 0xE2 lead byte (found by memchr)
  // may hold a hyphen or dash the key rewrites: it is walked as the key is written instead.
  if (utf8.find('-') != std::string_view::npos || utf8.find('\xE2') != std::string_view::npos) {
    std::size_t bytes = 0, spaces = 0;
    for_each_key_byte(utf8, [&](char c) {
      ++bytes;
      spaces += c == ' ' ? 1 : 0;
    });
    return {bytes, bytes > 0 ? spaces + 1 : 0};
  }
  std::size_t non_space = 0, words = 0;
  bool in_word = false;
  for (const char c : utf8) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    non_space += space ? 0 : 1;
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return {non_space + (words > 0 ? words - 1 : 0), words};
}

std::string match_case(std::string_view original, std::string_view replacement, bool at_sentence_start) {
  const icu::UnicodeString from = icu::UnicodeString::fromUTF8(icu::StringPiece(original.data(), static_cast<int32_t>(original.size())));
  icu::UnicodeString to = icu::UnicodeString::fromUTF8(icu::StringPiece(replacement.data(), static_cast<int32_t>(replacement.size())));
  if (from.isEmpty() || to.isEmpty()) return std::string(replacement);
  bool has_lower = false;
  bool has_upper = false;
  for (int32_t i = 0; i < from.length(); i = from.moveIndex32(i, 1)) {
    const UChar32 c = from.char32At(i);
    has_lower = has_lower || u_islower(c);
    has_upper = has_upper || u_isupper(c);
  }
  std::string out;
  if (has_upper && !has_lower && from.countChar32() > 1) {
    to.toUpper();
  } else if (at_sentence_start && u_isupper(from.char32At(0)) && u_islower(to.char32At(0))) {
    const UChar32 first = to.char32At(0);
    to.replace(0, U16_LENGTH(first), icu::UnicodeString(u_toupper(first)));
  }
  to.toUTF8String(out);
  return out;
}

}  // namespace medlint

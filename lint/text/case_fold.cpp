// Case operations go through ICU's UnicodeString so non-ASCII letters fold correctly.
#include "text/case_fold.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

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
// end), U+2019 as an apostrophe. phrase_key and phrase_key_shape both read it.
template <class OnByte>
void for_each_key_byte(std::string_view utf8, OnByte&& on_byte) {
  bool started = false, pending_space = false;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const char c = utf8[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = started;
      continue;
    }
    if (pending_space) {
      on_byte(' ');
      pending_space = false;
    }
    started = true;
    if (c == '\xE2' && utf8.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019 RIGHT SINGLE QUOTATION MARK
      on_byte('\'');
      i += 2;
    } else {
      on_byte(c);
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
  // byte for each three-byte U+2019.
  std::size_t non_space = 0, words = 0;
  bool in_word = false;
  for (const char c : utf8) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    non_space += space ? 0 : 1;
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  std::size_t apostrophes = 0;
  for (std::size_t at = utf8.find("\xE2\x80\x99"); at != std::string_view::npos; at = utf8.find("\xE2\x80\x99", at + 3)) ++apostrophes;
  return {non_space - 2 * apostrophes + (words > 0 ? words - 1 : 0), words};
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

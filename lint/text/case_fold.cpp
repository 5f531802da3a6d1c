// Case operations go through ICU's UnicodeString so non-ASCII letters fold correctly.
#include "text/case_fold.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/fnv1a.hpp"

namespace medlint {

std::string fold_case(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.foldCase();
  std::string out;
  text.toUTF8String(out);
  return out;
}

namespace {

// The bytes of a phrase key before folding: whitespace runs as one space (none at either
// end), U+2019 as an apostrophe. phrase_key and phrase_key_digest both read it.
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

PhraseKeyDigest phrase_key_digest(std::string_view utf8) {
  PhraseKeyDigest digest{fnv1a_offset, 0};
  bool any = false;
  for_each_key_byte(utf8, [&](char c) {
    digest.hash = fnv1a_add(digest.hash, static_cast<unsigned char>(c));
    if (c == ' ') ++digest.words;
    any = true;
  });
  if (any) ++digest.words;
  return digest;
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

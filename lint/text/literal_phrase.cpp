// The element sequence follows phrase_to_pattern(): a run of spaces, tabs or line feeds is
// "(?:\h+(?:\n\h*)?|\n\h*)", an apostrophe is "['\x{2019}]", a hyphen between word characters
// "\h*[\x{2D}\x{2010}-\x{2014}\x{2212}]\h*" and the end boundary "(?!\w)". Because no literal
// of a compiled phrase is \h or a line end (and a hyphen's neighbours in the phrase are such
// literals), the greedy whitespace runs never need to give a character back, so one forward
// walk decides the match.
#include "text/literal_phrase.hpp"

#include <boost/regex/icu.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>

#include "text/phrase_hyphen.hpp"

namespace medlint {

namespace {

// Boost's ICU traits decide what \w and \h are (\h holds U+001C-U+001F besides space and
// tab, for one); ASCII answers are kept in tables, the rest asked of the traits.
class CharClasses {
 public:
  CharClasses() {
    const int w[] = {'w'}, h[] = {'h'};
    word_ = traits_.lookup_classname(w, w + 1);
    horizontal_ = traits_.lookup_classname(h, h + 1);
    for (int c = 0; c < 128; ++c) {
      ascii_word_[c] = traits_.isctype(c, word_);
      ascii_horizontal_[c] = traits_.isctype(c, horizontal_);
    }
  }
  [[nodiscard]] bool word(UChar32 c) const { return c >= 0 && (c < 128 ? ascii_word_[c] : traits_.isctype(c, word_)); }
  [[nodiscard]] bool horizontal(UChar32 c) const {
    return c >= 0 && (c < 128 ? ascii_horizontal_[c] : traits_.isctype(c, horizontal_));
  }

 private:
  boost::icu_regex_traits traits_;
  boost::icu_regex_traits::char_class_type word_{}, horizontal_{};
  std::array<bool, 128> ascii_word_{}, ascii_horizontal_{};
};

const CharClasses& classes() {
  static const CharClasses instance;
  return instance;
}

// Line ends as '.' (with match_not_dot_newline) and \n see them.
bool line_end(UChar32 c) { return c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029; }

UChar32 lowered(UChar32 c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  return u_tolower(c);
}

// The code point at `at` and where the next one starts; a negative code point for bytes
// that are not UTF-8 (they match nothing and are no word character).
UChar32 next_code_point(std::string_view text, std::size_t& at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    ++at;
    return byte;
  }
  auto i = static_cast<std::int64_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<std::int64_t>(text.size()), c);
  at = static_cast<std::size_t>(i);
  return c;
}

// Where "\h*<dash>\h*" starting at `at` ends, or 0 when it does not match there (a match
// never ends at 0: a phrase's hyphen has a character before it). Kept out of line: the
// phrase walk's loop stays as small as it was for the phrases without a hyphen.
[[gnu::noinline]] std::size_t after_hyphen(std::string_view text, std::size_t at) {
  const CharClasses& is = classes();
  // The common cases first: a plain hyphen with a letter after it, and (most candidates) an
  // ASCII character that is neither a dash nor a blank.
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte == '-' && at + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[at + 1])) != 0) return at + 1;
  if (byte < 0x80 && byte != '-' && !is.horizontal(byte)) return 0;
  auto skip_blanks = [&](std::size_t from) {
    while (from < text.size()) {
      std::size_t after = from;
      if (!is.horizontal(next_code_point(text, after))) break;
      from = after;
    }
    return from;
  };
  at = skip_blanks(at);
  if (at >= text.size() || !is_dash(next_code_point(text, at))) return 0;
  return skip_blanks(at);
}

}  // namespace

std::optional<LiteralPhrase> LiteralPhrase::compile(std::string_view phrase, bool ignore_case, bool word_boundaries) {
  LiteralPhrase compiled;
  compiled.ignore_case_ = ignore_case;
  compiled.check_end_ = word_boundaries && !phrase.empty() && is_phrase_word_byte(phrase.back());
  bool in_space = false;
  for (std::size_t i = 0; i < phrase.size();) {
    const char byte = phrase[i];
    if (byte == ' ' || byte == '\t' || byte == '\n') {
      in_space = true;
      ++i;
      continue;
    }
    if (in_space) compiled.elements_.push_back({Kind::space, 0});
    in_space = false;
    if (byte == '\'') {
      compiled.elements_.push_back({Kind::apostrophe, 0});
      ++i;
      continue;
    }
    if (tolerant_hyphen(phrase, i, word_boundaries)) {
      compiled.elements_.push_back({Kind::hyphen, 0});
      ++i;
      continue;
    }
    const UChar32 c = next_code_point(phrase, i);
    if (c < 0 || classes().horizontal(c) || line_end(c)) return std::nullopt;
    compiled.elements_.push_back({Kind::character, ignore_case ? lowered(c) : c});
  }
  if (compiled.elements_.empty()) return std::nullopt;
  return compiled;
}

std::optional<std::size_t> LiteralPhrase::match(std::string_view text, std::size_t begin) const {
  const CharClasses& is = classes();
  std::size_t at = begin;
  for (const Element& element : elements_) {
    if (at >= text.size()) return std::nullopt;
    if (element.kind == Kind::space) {
      std::size_t after = at;
      UChar32 c = next_code_point(text, after);
      bool any = false;
      while (is.horizontal(c)) {
        any = true;
        at = after;
        if (at >= text.size()) return std::nullopt;  // the phrase goes on after its space
        c = next_code_point(text, after);
      }
      if (c == '\n') {
        at = after;
        while (at < text.size()) {
          after = at;
          if (!is.horizontal(next_code_point(text, after))) break;
          at = after;
        }
      } else if (!any) {
        return std::nullopt;
      }
      continue;
    }
    if (element.kind == Kind::hyphen) {
      const std::size_t end = after_hyphen(text, at);
      if (end == 0) return std::nullopt;
      at = end;
      continue;
    }
    const UChar32 c = next_code_point(text, at);
    const bool same = element.kind == Kind::apostrophe ? (c == '\'' || c == 0x2019)
                                                       : (ignore_case_ && c >= 0 ? lowered(c) : c) == element.c;
    if (!same) return std::nullopt;
  }
  if (check_end_ && at < text.size()) {
    std::size_t after = at;
    if (is.word(next_code_point(text, after))) return std::nullopt;
  }
  return at;
}

}  // namespace medlint

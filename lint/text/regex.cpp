// Pattern compilation and phrase escaping. Boost reports syntax errors with an offset,
// which the rule loader turns into a located load error.
#include "text/regex.hpp"

#include "text/phrase_hyphen.hpp"

namespace medlint {

// Boost.Regex 1.74 silently matches nothing for \p{..} inside a bracket expression
// ("[\p{Lu}x]"), so such patterns are refused with a hint instead of never firing.
static std::ptrdiff_t find_property_in_brackets(std::string_view pattern) {
  int depth = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      if (depth > 0 && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P')) return static_cast<std::ptrdiff_t>(i);
      ++i;
    } else if (c == '[') {
      if (depth > 0 && i + 1 < pattern.size() && pattern[i + 1] == ':') {
        const std::size_t close = pattern.find(":]", i + 2);
        if (close != std::string_view::npos) i = close + 1;
        continue;
      }
      ++depth;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;  // a leading ']' is literal
    } else if (c == ']' && depth > 0) {
      --depth;
    }
  }
  return -1;
}

boost::u32regex compile_regex(std::string_view pattern, bool ignore_case) {
  if (const std::ptrdiff_t at = find_property_in_brackets(pattern); at >= 0) {
    throw RegexSyntaxError("\\p{..} inside [...] is not supported; use [[:Lu:]], [[:Ll:]], [[:alpha:]] or \\w there", at);
  }
  const boost::regex_constants::syntax_option_type flags =
      ignore_case ? boost::regex_constants::perl | boost::regex_constants::icase : boost::regex_constants::perl;
  try {
    return boost::make_u32regex(pattern.data(), pattern.data() + pattern.size(), flags);
  } catch (const boost::regex_error& error) {
    throw RegexSyntaxError(error.what(), error.position());
  }
}

std::size_t regex_chunk_end(std::string_view text, std::size_t begin) {
  constexpr std::size_t target = 64 * 1024;
  constexpr std::size_t look_further = 16 * 1024;
  const std::string_view window = text.substr(0, std::min(text.size(), begin + target + look_further));
  if (const std::size_t blank = window.find("\n\n", begin); blank != std::string_view::npos) {
    std::size_t end = blank + 2;
    while (end < text.size() && text[end] == '\n') ++end;  // the whole run of line feeds
    return end;
  }
  if (text.size() - begin <= target + look_further) return text.size();
  const std::size_t from = begin + target;
  const std::size_t line = window.find('\n', from);
  if (line != std::string_view::npos) return line + 1;
  std::size_t cut = from;  // one enormous line: cut, but never inside a UTF-8 sequence
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  return cut;
}

std::size_t chunk_start_at_or_before(std::string_view text, std::size_t offset) {
  std::size_t limit = offset;  // a blank line must end at or before `offset`
  while (limit >= 2) {
    std::size_t q = text.rfind("\n\n", limit - 2);
    if (q == std::string_view::npos) return 0;
    std::size_t run_end = q + 2;
    while (run_end < text.size() && text[run_end] == '\n') ++run_end;
    if (run_end <= offset) return run_end;
    while (q > 0 && text[q - 1] == '\n') --q;  // `offset` is inside this run: look before it
    limit = q;
  }
  return 0;
}

std::string phrase_to_pattern(std::string_view phrase, bool word_boundaries) {
  std::string pattern;
  // The start boundary is checked after the first character ("k(?<!\\w.)etamine", not
  // "(?<!\\w)ketamine"): Boost.Regex can then skip every position whose character cannot
  // start any phrase of an alternation, instead of trying each phrase at each position.
  const bool check_start = word_boundaries && !phrase.empty() && is_phrase_word_byte(phrase.front());
  bool start_checked = !check_start;
  bool in_space = false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      in_space = true;
      continue;
    }
    if (in_space) {
      pattern += "(?:\\h+(?:\\n\\h*)?|\\n\\h*)";
      in_space = false;
    }
    if (c == '\'') {
      pattern += "['\\x{2019}]";
    } else if (tolerant_hyphen(phrase, i, word_boundaries)) {
      pattern += "\\h*[\\x{2D}\\x{2010}-\\x{2014}\\x{2212}]\\h*";
    } else if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) {
      pattern += '\\';
      pattern += c;
    } else {
      pattern += c;
    }
    // After the first code point (its last UTF-8 byte), assert what came before it.
    const bool code_point_ends = i + 1 >= phrase.size() || (static_cast<unsigned char>(phrase[i + 1]) & 0xC0) != 0x80;
    if (!start_checked && code_point_ends) {
      pattern += "(?<!\\w.)";
      start_checked = true;
    }
  }
  if (word_boundaries && !phrase.empty() && is_phrase_word_byte(phrase.back())) pattern += "(?!\\w)";
  return pattern;
}

}  // namespace medlint

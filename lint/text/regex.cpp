// Pattern compilation and phrase escaping. Boost reports syntax errors with an offset,
// which the rule loader turns into a located load error.
#include "text/regex.hpp"

namespace medlint {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; }

}  // namespace

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

std::string phrase_to_pattern(std::string_view phrase, bool word_boundaries) {
  std::string pattern;
  // \w is Unicode-aware with u32regex (letters, digits, underscore).
  if (word_boundaries && !phrase.empty() && is_word_byte(static_cast<unsigned char>(phrase.front()))) pattern += "(?<!\\w)";
  bool in_space = false;
  for (const char c : phrase) {
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
    } else if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) {
      pattern += '\\';
      pattern += c;
    } else {
      pattern += c;
    }
  }
  if (word_boundaries && !phrase.empty() && is_word_byte(static_cast<unsigned char>(phrase.back()))) pattern += "(?!\\w)";
  return pattern;
}

}  // namespace medlint

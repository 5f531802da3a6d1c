// Unicode regular expressions over UTF-8 text with Boost.Regex's ICU support (u32regex),
// and the translation of a literal phrase into a whole-word, whitespace-tolerant pattern.
#pragma once

#include "core/rule_budget.hpp"

#include <boost/regex/icu.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "text/text_range.hpp"

namespace medlint {

/// A pattern that does not compile; `offset` is where Boost found the problem.
class RegexSyntaxError : public std::runtime_error {
 public:
  RegexSyntaxError(const std::string& what, std::ptrdiff_t offset) : std::runtime_error(what), offset(offset) {}
  std::ptrdiff_t offset;
};

/// Compiles a Perl-syntax pattern; '.' never matches a line end.
[[nodiscard]] boost::u32regex compile_regex(std::string_view pattern, bool ignore_case);

/// Regex source for a literal phrase: metacharacters escaped, each space matching a run of
/// horizontal space with at most one line break, straight and curly apostrophes alike,
/// and word boundaries at ends that are letters or digits.
[[nodiscard]] std::string phrase_to_pattern(std::string_view phrase, bool word_boundaries = true);

/// Where the next matching chunk of `text` ends, starting at `begin`: about 64 KiB on,
/// preferably at a blank line, else at a line end. Boost.Regex bounds the work of one
/// search by the length searched, so a 50 MB text searched at once fails with
/// "complexity exceeded"; chunks keep every search small.
[[nodiscard]] std::size_t regex_chunk_end(std::string_view text, std::size_t begin);

/// Calls `on_match(range, match)` for each non-empty match in `text`, left to right.
template <class OnMatch>
void for_each_match(const boost::u32regex& regex, std::string_view text, OnMatch&& on_match) {
  const char* const begin = text.data();
  for (std::size_t chunk = 0; chunk < text.size();) {
    const std::size_t chunk_end = regex_chunk_end(text, chunk);
    // match_prev_avail: look-behinds and ^ see the text before the chunk.
    const auto flags = boost::match_not_dot_newline | (chunk > 0 ? boost::match_prev_avail : boost::match_default);
    RuleBudget::check();
    boost::u32regex_iterator<const char*> it(begin + chunk, begin + chunk_end, regex, flags);
    std::size_t matches = 0;
    for (const boost::u32regex_iterator<const char*> last; it != last; ++it) {
      if ((++matches & 1023u) == 0) RuleBudget::check();
      const auto& match = *it;
      const auto b = static_cast<std::size_t>(match[0].first - begin);
      const auto e = static_cast<std::size_t>(match[0].second - begin);
      if (b == e) continue;
      on_match(TextRange{b, e}, match);
    }
    chunk = chunk_end;
  }
}

/// Byte range of sub-match `group` of a match produced by for_each_match, relative to `text`.
template <class Match>
[[nodiscard]] TextRange group_range(const Match& match, int group, std::string_view text) {
  const char* const begin = text.data();
  return {static_cast<std::size_t>(match[group].first - begin),
          static_cast<std::size_t>(match[group].second - begin)};
}

}  // namespace medlint

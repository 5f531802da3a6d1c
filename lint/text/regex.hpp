// Unicode regular expressions over UTF-8 text with Boost.Regex's ICU support (u32regex),
// and the translation of a literal phrase into a whole-word, whitespace-tolerant pattern.
#pragma once

#include "core/rule_budget.hpp"

#include <boost/regex/icu.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

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

/// Where the next matching chunk of `text` ends, starting at `begin` (a chunk start): after
/// the next blank line (a paragraph), or for a paragraph longer than about 64 KiB at a line
/// end. Matches never cross a chunk end. Boost.Regex bounds the work of one search by the
/// length searched, so a 50 MB text searched at once fails with "complexity exceeded"; and
/// paragraph chunks let a prefiltered rule search only the paragraphs its literals occur in.
[[nodiscard]] std::size_t regex_chunk_end(std::string_view text, std::size_t begin);

/// The start of the chunk holding `offset`, when its paragraph is short; else an earlier
/// chunk start. Every end of a run of two or more line feeds is a chunk start.
[[nodiscard]] std::size_t chunk_start_at_or_before(std::string_view text, std::size_t offset);

/// Calls `on_match(range, match)` for each non-empty match in `text`, left to right; an
/// `on_match` that returns bool stops the search by returning false.
/// With `near` (sorted offsets into a text of which `text` starts at `base`), only the
/// chunks holding one of those offsets are searched: the result is the same whenever every
/// match contains one of them.
template <class OnMatch>
void for_each_match(const boost::u32regex& regex, std::string_view text, OnMatch&& on_match,
                    const std::vector<std::uint32_t>* near = nullptr, std::size_t base = 0) {
  const char* const begin = text.data();
  bool stopped = false;
  auto search = [&](std::size_t chunk, std::size_t chunk_end) {
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
      if constexpr (std::is_same_v<decltype(on_match(TextRange{b, e}, match)), bool>) {
        if (!on_match(TextRange{b, e}, match)) {
          stopped = true;
          return;
        }
      } else {
        on_match(TextRange{b, e}, match);
      }
    }
  };
  if (near == nullptr) {
    for (std::size_t chunk = 0; chunk < text.size() && !stopped;) {
      const std::size_t chunk_end = regex_chunk_end(text, chunk);
      search(chunk, chunk_end);
      chunk = chunk_end;
    }
    return;
  }
  std::size_t done = 0;  // chunks before this offset are searched or skipped
  for (auto it = std::lower_bound(near->begin(), near->end(), base); !stopped && it != near->end() && *it < base + text.size();) {
    const std::size_t offset = *it - base;
    std::size_t chunk = std::max(done, chunk_start_at_or_before(text, offset));
    std::size_t chunk_end = regex_chunk_end(text, chunk);
    while (chunk_end <= offset) {
      chunk = chunk_end;
      chunk_end = regex_chunk_end(text, chunk);
    }
    search(chunk, chunk_end);
    done = chunk_end;
    while (it != near->end() && *it < base + chunk_end) ++it;
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

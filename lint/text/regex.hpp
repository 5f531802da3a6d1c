// Unicode regular expressions over UTF-8 text with Boost.Regex's ICU support (u32regex),
// and the translation of a literal phrase into a whole-word, whitespace-tolerant pattern.
#pragma once

#include "core/rule_budget.hpp"

#include <boost/regex/icu.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
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
/// and word boundaries at ends that are letters or digits. With word boundaries, a hyphen
/// between two word characters ("long-term") also matches the other hyphens and dashes
/// (U+2010-U+2014, U+2212), with or without blanks around them ("long – term", "long‑term"):
/// word processors and scrapers swap them, and phrase_key() reads them all as '-'.
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
/// chunks holding one of those offsets are searched, each only as far as its last offset's
/// match: the result is the same whenever every match has an offset at or after its start
/// (inside it, or in a look-ahead after it). With `reach` as well, a function giving for a
/// chunk the most bytes from a match's start to one past its offset, a search starts that
/// far before the next offset instead of at the chunk's start. With `last_first` and `near`,
/// the chunks are searched from the last one back (each still left to right): for a caller
/// that asks whether there is a match at all and stops at the first, when matches tend to
/// stand at a text's end (a page's disclaimer).
template <class OnMatch, class Reach = std::size_t (*)(std::string_view)>
void for_each_match(const boost::u32regex& regex, std::string_view text, OnMatch&& on_match,
                    const std::span<const std::uint32_t>* near = nullptr, std::size_t base = 0, Reach reach = nullptr,
                    bool last_first = false) {
  const char* const begin = text.data();
  bool stopped = false;
  // Reports one match; false when on_match asked to stop.
  auto report = [&](const auto& match) {
    const auto b = static_cast<std::size_t>(match[0].first - begin);
    const auto e = static_cast<std::size_t>(match[0].second - begin);
    if (b == e) return true;
    if constexpr (std::is_same_v<decltype(on_match(TextRange{b, e}, match)), bool>) {
      if (!on_match(TextRange{b, e}, match)) {
        stopped = true;
        return false;
      }
    } else {
      on_match(TextRange{b, e}, match);
    }
    return true;
  };
  // match_prev_avail: look-behinds and ^ see the text before the chunk.
  auto chunk_flags = [](std::size_t chunk) {
    return boost::match_not_dot_newline | (chunk > 0 ? boost::match_prev_avail : boost::match_default);
  };
  auto search = [&](std::size_t chunk, std::size_t chunk_end) {
    RuleBudget::check();
    boost::u32regex_iterator<const char*> it(begin + chunk, begin + chunk_end, regex, chunk_flags(chunk));
    std::size_t matches = 0;
    for (const boost::u32regex_iterator<const char*> last; it != last; ++it) {
      if ((++matches & 1023u) == 0) RuleBudget::check();
      if (!report(*it)) return;
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
  // The searches the chunk's iterator makes, each from just before the next offset: a match
  // starting earlier would need an earlier offset, and none follows the last offset's match.
  // Each search is the iterator's next step (same base, same flags), so the matches are the
  // iterator's.
  auto search_near = [&](std::size_t chunk, std::size_t chunk_end, auto first, auto last) {
    const std::size_t span = [&]() -> std::size_t {
      if constexpr (std::is_same_v<Reach, std::size_t (*)(std::string_view)>) {
        if (reach == nullptr) return text.size();
      }
      return reach(text.substr(chunk, chunk_end - chunk));
    }();
    std::size_t position = chunk;  // where the chunk's iterator would search next
    bool after_empty = false;
    boost::match_results<const char*> match;
    for (auto hit = first; hit != last && !stopped;) {
      const std::size_t offset = *hit - base;
      if (offset < position) {
        ++hit;
        continue;
      }
      std::size_t from = offset + 1 > position + span ? offset + 1 - span : position;
      while (from > position && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;  // a character's start
      auto flags = chunk_flags(chunk);
      if (after_empty && from == position) flags |= boost::regex_constants::match_not_initial_null;
      RuleBudget::check();
      if (!boost::u32regex_search(begin + from, begin + chunk_end, match, regex, flags, begin + chunk)) return;
      if (!report(match)) return;
      position = static_cast<std::size_t>(match[0].second - begin);
      after_empty = match[0].first == match[0].second;
    }
  };
  // Each chunk holding offsets, with its first and one-past-last offset, in text order.
  auto for_each_chunk = [&](auto&& visit) {
    std::size_t done = 0;  // chunks before this offset are searched or skipped
    for (auto it = std::lower_bound(near->begin(), near->end(), base); !stopped && it != near->end() && *it < base + text.size();) {
      const std::size_t offset = *it - base;
      std::size_t chunk = std::max(done, chunk_start_at_or_before(text, offset));
      std::size_t chunk_end = regex_chunk_end(text, chunk);
      while (chunk_end <= offset) {
        chunk = chunk_end;
        chunk_end = regex_chunk_end(text, chunk);
      }
      auto last = it;
      while (last != near->end() && *last < base + chunk_end) ++last;
      visit(chunk, chunk_end, it, last);
      done = chunk_end;
      it = last;
    }
  };
  if (!last_first) {
    for_each_chunk(search_near);
    return;
  }
  using Offsets = decltype(near->begin());
  struct Chunk {
    std::size_t begin, end;
    Offsets first, last;
  };
  std::vector<Chunk> chunks;
  for_each_chunk([&](std::size_t chunk, std::size_t chunk_end, Offsets first, Offsets last) { chunks.push_back({chunk, chunk_end, first, last}); });
  for (auto chunk = chunks.rbegin(); chunk != chunks.rend() && !stopped; ++chunk) search_near(chunk->begin, chunk->end, chunk->first, chunk->last);
}

/// Byte range of sub-match `group` of a match produced by for_each_match, relative to `text`.
template <class Match>
[[nodiscard]] TextRange group_range(const Match& match, int group, std::string_view text) {
  const char* const begin = text.data();
  return {static_cast<std::size_t>(match[group].first - begin),
          static_cast<std::size_t>(match[group].second - begin)};
}

}  // namespace medlint

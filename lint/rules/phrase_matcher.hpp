// One compiled matcher for a list of literal phrases (whole words, whitespace-tolerant,
// optionally case-insensitive). Shared by the phrases, substitute and require kinds.
//
// Whole-word phrase lists are prefiltered: phrases are grouped by their first word, the text
// is walked word by word, and where a text word starts some phrase only that group's regex
// runs, anchored there. The cost is one pass over the words of the text whatever the number
// of phrases. When the Engine's one-pass literal scan (prefilter/) knows this matcher, only
// the places where a phrase's anchor word occurs are visited: the anchor is the phrase's
// longest word (long words are rare words, so "a study found" is looked for at "study", not
// at every "a"), of a substitution the longest word its replacement lacks, and a phrase whose
// anchor is its k-th word is tried k words earlier.
#pragma once

#include <boost/regex/icu.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <optional>
#include <vector>

#include "prefilter/literal_prefilter.hpp"
#include "text/word_key_table.hpp"
#include "text/word_shape.hpp"
#include "text/case_fold.hpp"
#include "text/lazy_regex.hpp"
#include "text/literal_phrase.hpp"
#include "text/regex.hpp"

namespace medlint {

class PhraseMatcher : public PrefilterClient {
 public:
  /// `whole_word` false also matches inside words (mojibake, ligatures). `replacements` maps a
  /// phrase to the text that would replace it (a substitute rule's swap): the phrase's anchor
  /// is then a word the replacement lacks, the swapped-in word, which ordinary text rarely
  /// holds, rather than a word both share ("abdomen emptying", for "stomach emptying", is
  /// looked for at "abdomen", not at every "emptying").
  PhraseMatcher(std::vector<std::string> phrases, bool ignore_case, bool whole_word = true,
                const std::unordered_map<std::string, std::string>& replacements = {});

  /// Calls `on_match(range)` for each leftmost-longest phrase occurrence in `text`; an
  /// `on_match` that returns bool stops the scan by returning false.
  template <class OnMatch>
  void scan(std::string_view text, OnMatch&& on_match) const {
    if (phrases_.empty()) return;
    bool stopped = false;
    // Reports one match; false once on_match asked to stop.
    auto report = [&](TextRange range) {
      if constexpr (std::is_same_v<decltype(on_match(range)), bool>) {
        stopped = !on_match(range);
      } else {
        on_match(range);
      }
      return !stopped;
    };
    std::size_t base = 0;
    const PrefilterHits* hits = PrefilterHits::current();
    const std::optional<HitOffsets> starts = hits ? hits->starts(*this, text, base) : std::nullopt;
    std::size_t resume = 0;
    if (!whole_word_) {
      if (!starts) {
        for_each_match(regex_, text, [&](TextRange range, const auto&) { return report(range); });
        return;
      }
      for_each_start_in(*starts, base, text.size(), [&](std::size_t begin) {
        if (stopped || begin < resume) return;
        // Boost's look-behind does not reach before the searched range, so the start
        // boundary of word-bounded phrases is checked here, as the full search would.
        if (word_bounded_ && continues_word(text, begin)) return;
        if (const auto match = match_at(text, begin, regex_)) {
          report(*match);
          resume = match->end;
        }
      });
      return;
    }
    std::size_t words = 0;
    auto visit_word = [&](std::size_t begin, std::string_view first_word) {
      if ((++words & 4095u) == 0) RuleBudget::check();
      if (stopped || begin < resume) return;
      const FirstWordGroup* group = with_word_key(first_word, [&](std::string_view key) { return by_first_word_.find(key); });
      if (group == nullptr) return;
      if (!may_continue(*group, text, begin + first_word.size())) return;
      if (const auto match = match_at(text, begin, *group)) {
        report(*match);
        resume = match->end;
      }
    };
    if (!starts) {
      for_each_word_start(text, visit_word);
      return;
    }
    // A literal may sit inside a longer word ("ketamine" in "esketamine"): back up to the
    // word's start; an anchor word that is the k-th word of some phrase puts a candidate
    // start k words earlier. Candidates are then visited in text order, as the full walk would.
    std::vector<std::size_t> candidates;
    std::size_t last_word = std::string_view::npos;
    for_each_start_in(*starts, base, text.size(), [&](std::size_t at) {
      const std::size_t begin = word_start_before(text, at);
      if (begin == last_word) return;
      last_word = begin;
      const std::vector<std::uint32_t>* anchor =
          with_word_key(word_at(text, begin), [&](std::string_view key) { return anchor_positions_.find(key); });
      if (anchor == nullptr) return;
      for (const std::uint32_t k : *anchor) {
        if (const std::size_t start = words_back(text, begin, k); start != std::string_view::npos) candidates.push_back(start);
      }
    });
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const std::size_t begin : candidates) {
      if (stopped) break;
      visit_word(begin, word_at(text, begin));
    }
  }

  /// The phrase occurrence starting at `begin`, which must start a word, as scan() would
  /// report it there; nothing for in-word matchers. Reads only the words from `begin` on.
  [[nodiscard]] std::optional<TextRange> phrase_at(std::string_view text, std::size_t begin) const;

  /// The lookup key of matched text, comparable with phrase_key() of a listed phrase.
  [[nodiscard]] std::string key_of(std::string_view matched) const;
  [[nodiscard]] bool ignore_case() const { return ignore_case_; }
  [[nodiscard]] std::size_t size() const { return phrases_.size(); }
  [[nodiscard]] const std::vector<std::string>& phrases() const { return phrases_; }

 private:
  /// Calls on_word(offset, word) for each word (letters and digits, per ICU) in `text`.
  template <class OnWord>
  static void for_each_word_start(std::string_view text, OnWord&& on_word);
  [[nodiscard]] std::string key_of_word(std::string_view word) const;
  /// Returns f(key_of_word(word)), without building a string for the common case (a short
  /// ASCII word, lowered on the stack): the walks look up a key for every candidate word.
  template <class F>
  decltype(auto) with_word_key(std::string_view word, F&& f) const {
    constexpr std::size_t stack_size = 64;
    if (!ignore_case_) return f(word);
    if (word.size() <= stack_size && is_ascii(word)) {
      char lowered[stack_size];
      for (std::size_t i = 0; i < word.size(); ++i) lowered[i] = fold_ascii_char(word[i]);
      return f(std::string_view(lowered, word.size()));
    }
    const std::string key = key_of_word(word);
    return f(std::string_view(key));
  }
  /// The key of a phrase's second word when whitespace separates it from the first (which
  /// ends at `first_end`); nothing when the phrase has no such second word.
  [[nodiscard]] std::optional<std::string> second_word_key(std::string_view phrase, std::size_t first_end) const;
  /// Calls f(offset - base) for each offset of `starts` in [base, base + size).
  template <class F>
  static void for_each_start_in(HitOffsets starts, std::size_t base, std::size_t size, F&& f) {
    auto it = std::lower_bound(starts.begin(), starts.end(), base);
    for (; it != starts.end() && *it < base + size; ++it) f(*it - base);
  }
  static std::size_t word_start_before(std::string_view text, std::size_t at);
  /// Whether a word character at `at` continues a word begun before it.
  static bool continues_word(std::string_view text, std::size_t at);
  static std::string_view word_at(std::string_view text, std::size_t begin);
  /// Calls f(word) for each run of word characters in `s`, in order.
  template <class F>
  static void for_each_word(std::string_view s, F&& f);
  /// The start of the word `count` words before the word starting at `begin`, or npos.
  static std::size_t words_back(std::string_view text, std::size_t begin, std::size_t count);
  void choose_prefilter_literals(const std::unordered_map<std::string, std::string>& replacements);
  /// The phrases sharing a first word: their regex, the phrases compiled to be tried without
  /// it (when every one of them can be), and when every one goes on with whitespace and a
  /// second word, the keys of those second words.
  struct FirstWordGroup {
    std::shared_ptr<const LazyRegex> regex;  // compiled when a text first reaches the group (copies share it)
    std::optional<std::vector<LiteralPhrase>> literal_phrases;  // longest first, as in the regex
    std::optional<WordKeyTable<char>> second_words;  // a set: the values are unused
  };
  /// False only when no phrase of `group` can match at a word ending at `after_first`: the
  /// next word of the text is none of the group's second words. Cheaper than the regex,
  /// which most candidates of a spinner list ("important" not followed by "signs") fail.
  [[nodiscard]] bool may_continue(const FirstWordGroup& group, std::string_view text, std::size_t after_first) const;
  [[nodiscard]] std::optional<TextRange> match_at(std::string_view text, std::size_t begin,
                                                  const boost::u32regex& regex) const;
  /// The group's phrase matching at `begin`, by its literal phrases when it has them.
  [[nodiscard]] std::optional<TextRange> match_at(std::string_view text, std::size_t begin, const FirstWordGroup& group) const;
  /// Where a search for a phrase starting at `begin` stops: room for a phrase stretched by
  /// more whitespace than it has, at a code point's start.
  [[nodiscard]] std::size_t window_end(std::string_view text, std::size_t begin) const;

  std::vector<std::string> phrases_;
  bool ignore_case_;
  bool whole_word_;
  // Built with word boundaries, though in-word matching (a phrase not starting with a word
  // character, "% of our patients", turns whole_word_ off): its phrases' starts are checked.
  bool word_bounded_;
  std::size_t longest_ = 0;
  WordKeyTable<FirstWordGroup> by_first_word_;  // first-word key → its phrases
  // Anchor-word key → the positions (0 = first word) it has in the phrases it anchors.
  WordKeyTable<std::vector<std::uint32_t>> anchor_positions_;
  boost::u32regex regex_;                                            // all phrases (in-word matching only)
};

/// word_char_length for a code point beyond ASCII (ICU's alphanumeric property).
[[nodiscard]] std::size_t non_ascii_word_char_length(std::string_view text, std::size_t i);

/// Length in bytes of the word character (letter, digit, '_') at `text[i]`, or 0. Inline for
/// ASCII: the phrase walks call it for every byte they step over.
[[nodiscard]] inline std::size_t word_char_length(std::string_view text, std::size_t i) {
  static constexpr auto ascii_word = [] {
    std::array<std::uint8_t, 128> table{};
    for (int c = 0; c < 128; ++c) {
      table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return table;
  }();
  const auto c = static_cast<unsigned char>(text[i]);
  return c < 0x80 ? ascii_word[c] : non_ascii_word_char_length(text, i);
}

template <class OnWord>
void PhraseMatcher::for_each_word_start(std::string_view text, OnWord&& on_word) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t n = word_char_length(text, i);
    if (n == 0) {
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    const std::size_t begin = i;
    i += n;
    while (i < text.size()) {
      const std::size_t m = word_char_length(text, i);
      if (m == 0) break;
      i += m;
    }
    on_word(begin, text.substr(begin, i - begin));
  }
}

}  // namespace medlint

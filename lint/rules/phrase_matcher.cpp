// Phrases are tried longest first so that "both of those" wins over "both" at one position.
#include "rules/phrase_matcher.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "text/case_fold.hpp"
#include "text/common_words.hpp"
#include "text/word_shape.hpp"

namespace medlint {

std::size_t non_ascii_word_char_length(std::string_view text, std::size_t i) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto j = static_cast<int64_t>(i);
  UChar32 c;
  U8_NEXT(s, j, static_cast<int64_t>(text.size()), c);
  if (c < 0 || !u_isalnum(c)) return 0;
  return static_cast<std::size_t>(j) - i;
}

PhraseMatcher::PhraseMatcher(std::vector<std::string> phrases, bool ignore_case, bool whole_word,
                             const std::unordered_map<std::string, std::string>& replacements)
    : phrases_(std::move(phrases)), ignore_case_(ignore_case), whole_word_(whole_word), word_bounded_(whole_word) {
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern;
  std::unordered_map<std::string, std::string> group_patterns;  // longest phrases first in each
  std::unordered_map<std::string, std::optional<std::vector<LiteralPhrase>>> group_literals;  // the same order
  // Second-word keys per group; no entry once a phrase of the group has no plain second word.
  std::unordered_map<std::string, std::optional<WordKeyTable<char>>> group_second_words;
  for (const std::string& phrase : phrases_) {
    const std::string alternative = "(?:" + phrase_to_pattern(phrase, whole_word) + ")";
    if (!pattern.empty()) pattern += '|';
    pattern += alternative;
    longest_ = std::max(longest_, phrase.size());
    std::size_t end = 0;
    while (end < phrase.size()) {
      const std::size_t n = word_char_length(phrase, end);
      if (n == 0) break;
      end += n;
    }
    // A phrase that does not start with a word character cannot be prefiltered by words.
    if (end == 0) whole_word_ = false;
    std::string key = key_of_word(std::string_view(phrase).substr(0, end));
    std::string& group = group_patterns[key];
    const bool first_in_group = group.empty();
    group += (group.empty() ? "" : "|") + alternative;
    auto& literal_phrases = group_literals[key];
    if (first_in_group) literal_phrases.emplace();
    if (!whole_word) {
      literal_phrases.reset();  // in-word matchers search with the one regex of all phrases
    } else if (literal_phrases) {
      if (auto literal = LiteralPhrase::compile(phrase, ignore_case_, whole_word)) literal_phrases->push_back(std::move(*literal));
      else literal_phrases.reset();
    }
    auto& second_words = group_second_words[key];
    if (first_in_group) second_words.emplace();
    const std::optional<std::string> second = second_word_key(phrase, end);
    if (!second) second_words.reset();
    else if (second_words) (*second_words)[*second] = 1;
  }
  choose_prefilter_literals(replacements);
  // One pattern of all phrases serves only in-word matching; whole-word matching uses the
  // groups' (compiling the big one costs more than all the rest of a short run).
  if (!phrases_.empty() && !whole_word_) regex_ = compile_regex(pattern, ignore_case_);
  if (whole_word_) {
    for (const auto& [key, group] : group_patterns) {
      by_first_word_[key] = FirstWordGroup{std::make_shared<const LazyRegex>(group, ignore_case_), std::move(group_literals[key]),
                                           std::move(group_second_words[key])};
    }
  }
}

std::string PhraseMatcher::key_of_word(std::string_view word) const { return ignore_case_ ? fold_case(word) : std::string(word); }

std::optional<std::string> PhraseMatcher::second_word_key(std::string_view phrase, std::size_t first_end) const {
  // The phrase pattern puts whitespace tolerance where the phrase has ' ', '\t' or '\n'.
  std::size_t begin = first_end;
  while (begin < phrase.size() && (phrase[begin] == ' ' || phrase[begin] == '\t' || phrase[begin] == '\n')) ++begin;
  if (begin == first_end) return std::nullopt;  // ends after one word, or goes on with punctuation
  const std::string_view second = word_at(phrase, begin);
  if (second.empty()) return std::nullopt;
  return key_of_word(second);
}

bool PhraseMatcher::may_continue(const FirstWordGroup& group, std::string_view text, std::size_t after_first) const {
  if (!group.second_words) return true;
  // A match has whitespace here, then exactly the second word (a word character after it
  // would fail the phrase's own end test or its next literal); skipping every non-word code
  // point is wider than the whitespace the pattern allows, which only lets more through.
  std::size_t begin = after_first;
  while (begin < text.size() && word_char_length(text, begin) == 0) {
    ++begin;
    while (begin < text.size() && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  }
  const std::string_view second = word_at(text, begin);
  return !second.empty() && with_word_key(second, [&](std::string_view key) { return group.second_words->contains(key); });
}

std::optional<TextRange> PhraseMatcher::phrase_at(std::string_view text, std::size_t begin) const {
  if (!whole_word_ || phrases_.empty() || begin >= text.size() || word_char_length(text, begin) == 0) return std::nullopt;
  const std::string_view first_word = word_at(text, begin);
  const FirstWordGroup* group = with_word_key(first_word, [&](std::string_view key) { return by_first_word_.find(key); });
  if (group == nullptr || !may_continue(*group, text, begin + first_word.size())) return std::nullopt;
  return match_at(text, begin, *group);
}

std::size_t PhraseMatcher::window_end(std::string_view text, std::size_t begin) const {
  std::size_t end = std::min(text.size(), begin + longest_ * 4 + 64);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // whole code points
  return end;
}

bool PhraseMatcher::continues_word(std::string_view text, std::size_t at) {
  if (at == 0 || word_char_length(text, at) == 0) return false;
  std::size_t before = at - 1;
  while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;  // that code point's start
  return word_char_length(text, before) > 0;
}

std::optional<TextRange> PhraseMatcher::match_at(std::string_view text, std::size_t begin, const FirstWordGroup& group) const {
  if (!group.literal_phrases) return match_at(text, begin, group.regex->get());
  const std::string_view window = text.substr(0, window_end(text, begin));
  for (const LiteralPhrase& phrase : *group.literal_phrases) {
    if (const auto end = phrase.match(window, begin)) return TextRange{begin, *end};
  }
  return std::nullopt;
}

std::optional<TextRange> PhraseMatcher::match_at(std::string_view text, std::size_t begin, const boost::u32regex& regex) const {
  const std::size_t end = window_end(text, begin);
  boost::match_results<const char*> match;
  auto flags = boost::match_not_dot_newline | boost::match_continuous;
  if (begin > 0) flags |= boost::match_prev_avail;
  if (!boost::u32regex_search(text.data() + begin, text.data() + end, match, regex, flags)) return std::nullopt;
  const auto b = static_cast<std::size_t>(match[0].first - text.data());
  const auto e = static_cast<std::size_t>(match[0].second - text.data());
  if (b == e) return std::nullopt;
  return TextRange{b, e};
}

namespace {

// The longest run of ASCII letters and digits in `s` (empty if none).
std::string_view longest_ascii_run(std::string_view s) {
  std::string_view best;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])) != 0) ++j;
    if (j - i > best.size()) best = s.substr(i, j - i);
    i = j + 1;
  }
  return best;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

template <class F>
void PhraseMatcher::for_each_word(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && word_char_length(s, i) == 0) ++i;
    if (i == s.size()) break;
    const std::string_view word = word_at(s, i);
    f(word);
    i += word.size();
  }
}

// Whole words: a phrase can only match where its anchor word occurs as a whole word, so
// each anchor key is a literal. The anchor is the phrase's longest word with a usable literal
// (for a caseless list, an ASCII one), the last of equals: a phrase's short common words
// tend to come first ("the jab", "this drug"). A word the phrase's replacement also has, one
// shorter than four letters, or one common in medical articles (CommonWords: "pressure" of
// "post-horrible pressure") is taken only when every word is one. Any word of the
// phrase finds every match, so the choice changes the cost, never the findings. In-word
// phrases: the bytes up to the first space start every match. Anything else: no literal.
void PhraseMatcher::choose_prefilter_literals(const std::unordered_map<std::string, std::string>& replacements) {
  std::vector<PrefilterLiteral> literals;
  anchor_positions_.clear();
  const CommonWords& common_words = CommonWords::built_in();
  if (whole_word_) {
    for (const std::string& phrase : phrases_) {
      std::vector<std::string> shared_words;  // the keys of the replacement's words
      if (const auto replacement = replacements.find(phrase); replacement != replacements.end()) {
        for_each_word(replacement->second, [&](std::string_view word) { shared_words.push_back(key_of_word(word)); });
      }
      std::string anchor, anchor_literal;
      bool anchor_shared = true;
      std::uint32_t anchor_position = 0;
      std::uint32_t position = 0;
      for_each_word(phrase, [&](std::string_view word) {
        std::string key = key_of_word(word);
        // A caseless key with letters outside ASCII is found by its longest ASCII run.
        const std::string literal(!ignore_case_ || is_ascii(key) ? std::string_view(key) : longest_ascii_run(key));
        // Under four letters a word is common whatever it replaced ("e" of "e-book", "for"),
        // and it also hits inside longer words.
        const bool shared = literal.size() < 4 || std::find(shared_words.begin(), shared_words.end(), key) != shared_words.end() ||
                            common_words.contains(ascii_lower(key));
        if (!literal.empty() && (anchor_literal.empty() || (anchor_shared && !shared) ||
                                 (shared == anchor_shared && literal.size() >= anchor_literal.size()))) {
          anchor = std::move(key);
          anchor_literal = literal;
          anchor_shared = shared;
          anchor_position = position;
        }
        ++position;
      });
      if (anchor_literal.empty()) {  // no usable literal: the matcher walks every word
        anchor_positions_.clear();
        return;
      }
      std::vector<std::uint32_t>& positions = anchor_positions_[anchor];
      // The literal is the whole anchor word unless it is an ASCII run of a longer key.
      if (positions.empty()) {
        literals.push_back({ignore_case_ ? ascii_lower(anchor_literal) : anchor_literal, ignore_case_, anchor_literal.size() == anchor.size()});
      }
      if (std::find(positions.begin(), positions.end(), anchor_position) == positions.end()) positions.push_back(anchor_position);
    }
  } else {
    for (const std::string& phrase : phrases_) {
      const std::string prefix = phrase.substr(0, phrase.find_first_of(" \t\n"));
      if (prefix.empty() || phrase_to_pattern(prefix, false) != prefix) return;  // metacharacters or quotes: no literal
      if (ignore_case_ && !is_ascii(prefix)) return;
      literals.push_back({ignore_case_ ? ascii_lower(prefix) : prefix, ignore_case_});
    }
  }
  set_prefilter_literals(std::move(literals));
}

namespace {

// Steps back from `at` over whole code points while they are word characters (`word`) or
// while they are not; returns where the stepping stopped.
std::size_t back_while(std::string_view text, std::size_t at, bool word) {
  while (at > 0) {
    std::size_t previous = at - 1;
    while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80) --previous;
    if ((word_char_length(text, previous) != 0) != word) break;
    at = previous;
  }
  return at;
}

}  // namespace

std::size_t PhraseMatcher::word_start_before(std::string_view text, std::size_t at) { return back_while(text, at, true); }

std::size_t PhraseMatcher::words_back(std::string_view text, std::size_t begin, std::size_t count) {
  for (; count > 0; --count) {
    const std::size_t at = back_while(text, begin, false);  // back over the separator
    if (at == 0) return std::string_view::npos;
    begin = back_while(text, at, true);
  }
  return begin;
}

std::string_view PhraseMatcher::word_at(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size()) {
    const std::size_t n = word_char_length(text, end);
    if (n == 0) break;
    end += n;
  }
  return text.substr(begin, end - begin);
}

std::string PhraseMatcher::key_of(std::string_view matched) const { return phrase_key(matched, ignore_case_); }

}  // namespace medlint

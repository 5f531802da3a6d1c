// A capitalised word is flagged only when every innocent explanation is ruled out:
// it starts its sentence or line, follows a colon, quote, bracket, slash or dash, sits in a
// title-case heading, a short line with no sentence mark (a heading in sentence case), or a
// run of capitalised words (a name such as "Stage IV Cancer"), or
// is not a common word at all (drugs, brands, people: the dictionary rejects its lower case),
// or ends like a drug's generic name ("Metformin", "Fluoxetine": the rule's `drug_stems`) or
// a condition's ("Psychosis", "Cystitis": its `condition_suffixes`),
// or names what a number or code after it counts ("Type 2", "Type-2", "Vitamin B12"),
// or is followed by a reporting verb ("Variety reported", "Hims said": a publication or a
// company, the rule's `name_verbs`), or comes right after a word that introduces a name
// ("something called Racemic ketamine", the rule's `name_introducers`).
#include "rules/detectors/mid_sentence_capital.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/ascii_text.hpp"
#include "text/lexicon.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

// Looked up by string_view: the checks test words of the text without copying them.
using WordSet = std::set<std::string, std::less<>>;

struct Options {
  std::shared_ptr<const Lexicon> lexicon;
  WordSet small_words;   // joiners inside names: "of", "and", "the"...
  WordSet allow;         // capitalised words never flagged
  WordSet number_words;  // spelled-out reference markers ("two", "fourteen")
  WordSet name_verbs;    // verbs whose subject right before them is a name ("reported")
  WordSet name_introducers;  // words a name follows ("called", "named")
  WordSet sentence_verbs;    // a short line with one right before the capital is a sentence ("is")
  std::vector<std::string> drug_stems;  // endings of generic drug names ("formin", "oxetine")
  std::vector<std::string> condition_suffixes;  // endings of conditions' names ("osis", "itis")
  double heading_ratio = 0.6;          // share of capitalised words that makes a line a heading
  std::size_t heading_words = 6;       // a line this short with no mark at its end is a heading too
};

// How a line reads: a title-case heading, a short line with no sentence mark (a heading in
// sentence case), or neither.
enum class Heading : std::uint8_t { none, title_case, short_line };

class MidSentenceCapital : public Rule {
 public:
  MidSentenceCapital(RuleMeta meta, Options options) : Rule(std::move(meta)), options_(std::move(options)) {}

  // Sentences and lines never cross a blank line.
  [[nodiscard]] bool paragraph_local() const override { return true; }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    // Only a sentence that may hold a flagged word is split into words, and first only the
    // sentence itself; the words of its line are needed when a capitalised run reaches the
    // sentence's end or the line may be a heading (sentences, runs and headings never
    // cross a line end).
    TextRange line_range{0, 0};
    std::vector<Word> line_words;
    std::unordered_map<std::size_t, Heading> heading_lines;
    for (const TextRange& sentence : document.sentences()) {
      if (!may_hold_capital(text, sentence)) continue;
      std::vector<Finding> found;
      if (check_sentence(document, sentence, document.words_in(sentence), nullptr, found)) {
        out.insert(out.end(), found.begin(), found.end());
        continue;
      }
      if (sentence.begin < line_range.begin || sentence.end > line_range.end) {
        line_range = {line_start_of(text, sentence.begin), line_end_of(text, sentence.end - 1)};
        line_words = document.words_in(line_range);
      }
      found.clear();
      check_sentence(document, sentence, line_words, &heading_lines, found);
      out.insert(out.end(), found.begin(), found.end());
    }
  }

  [[nodiscard]] std::vector<std::string> details() const override {
    return {"common words per hunspell; " + std::to_string(options_.allow.size()) + " allowed capitalised words"};
  }

 private:
  // Checks one sentence with `words`, which hold at least every word starting in it. Without
  // `heading_lines` the words are the sentence's alone: returns false, having decided
  // nothing, as soon as words beyond them or a heading test would be needed.
  bool check_sentence(const Document& document, TextRange sentence, const std::vector<Word>& words,
                      std::unordered_map<std::size_t, Heading>* heading_lines, std::vector<Finding>& found) const {
    const std::string_view text = document.text();
    const bool whole_lines = heading_lines != nullptr;
    auto first = std::lower_bound(words.begin(), words.end(), sentence.begin,
                                  [](const Word& w, std::size_t offset) { return w.range.begin < offset; });
    // The first word with letters starts the sentence, even after "[35]" or "21".
    while (first != words.end() && first->range.begin < sentence.end && !has_letters(text, first->range)) ++first;
    if (first == words.end()) return true;
    for (auto it = first + 1; it != words.end() && it->range.begin < sentence.end; ++it) {
      const std::string_view word = text.substr(it->range.begin, it->range.size());
      // A word starting with a lower-case ASCII letter or a digit is never title-shaped:
      // most words are decided without reading them.
      const auto lead = static_cast<unsigned char>(word.front());
      if ((lead >= 'a' && lead <= 'z') || (lead >= '0' && lead <= '9')) continue;
      if (word.size() < 2 || word_shape(word) != WordShape::title) continue;
      if (after_boundary(previous_char(text, it->range.begin))) continue;
      if (after_citation_marker(text, words, it, first)) continue;
      if (options_.allow.count(without_possessive(word)) != 0) continue;  // "the Agency's letters"
      if (before_number_or_code(text, it->range.end)) continue;  // "Type 2", "Type-2", "Vitamin B12"
      if (options_.name_verbs.count(ascii_word_after(text, it->range.end)) != 0) continue;
      if (options_.name_introducers.count(ascii_word_before(text, it->range.begin)) != 0) continue;
      if (abbreviation(text, it->range)) continue;        // "Fig. 2", "St. John's", "Rs. 8,000"
      const std::optional<bool> in_run = in_capitalised_run(text, words, it, first, whole_lines);
      if (!in_run) return false;
      if (*in_run) continue;
      if (!whole_lines) return false;
      // A short line is a heading unless the word comes right after a verb that makes it a
      // sentence: "Ketamine is Secure and helpful" on a line of its own.
      const Heading heading = is_heading(text, words, it->range.begin, *heading_lines);
      if (heading == Heading::title_case) continue;
      if (heading == Heading::short_line && options_.sentence_verbs.count(ascii_word_before(text, it->range.begin)) == 0) continue;
      const std::string lower = to_lower(word);
      if (!options_.lexicon->accepts(lower)) continue;
      if (ends_with_any(options_.drug_stems, lower) || ends_with_any(options_.condition_suffixes, lower)) continue;
      // "Danish", "Turkey": names too. Not for two letters, where the dictionary's capitalised
      // entries are symbols and abbreviations ("As", "In", "At"), not names a text would use.
      if (word.size() > 2 && options_.lexicon->lists_capitalised(word)) continue;
      found.push_back(span_finding(document, it->range, lower));
    }
    return true;
  }

  Heading is_heading(std::string_view text, const std::vector<Word>& words, std::size_t offset,
                     std::unordered_map<std::size_t, Heading>& heading_lines) const {
    const std::size_t start = line_start_of(text, offset);
    const auto cached = heading_lines.find(start);
    if (cached != heading_lines.end()) return cached->second;
    return heading_lines[start] = line_is_heading(text, words, start, line_end_of(text, offset));
  }

  // A flagged word starts after the sentence's first byte with an upper-case letter: A-Z or
  // a non-ASCII character. The look goes on past the sentence's end to the next space, in
  // case ICU let a word run across it.
  static bool may_hold_capital(std::string_view text, TextRange sentence) {
    if (first_capital_byte(text, sentence.begin + 1, sentence.end) < sentence.end) return true;
    for (std::size_t i = std::max(sentence.begin + 1, sentence.end); i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (i >= sentence.end && (c == ' ' || c == '\t' || c == '\n')) return false;
      if ((c >= 'A' && c <= 'Z') || c >= 0xC0) return true;
    }
    return false;
  }

  // The first byte in [from, to) that is A-Z or starts a multi-byte character, or `to`.
  // Most sentences have none after their first byte: SSE2 looks at sixteen bytes at once.
  static std::size_t first_capital_byte(std::string_view text, std::size_t from, std::size_t to) {
#if defined(__SSE2__)
    const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
    const __m128i continuation_top = _mm_set1_epi8(static_cast<char>(0xBF)), zero = _mm_setzero_si128();
    for (; from + 16 <= to; from += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
      // As signed bytes, A-Z lie between 'A'-1 and 'Z'+1; lead bytes 0xC0-0xFF between 0xBF and 0.
      const __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
      const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, continuation_top), _mm_cmplt_epi8(v, zero));
      if (const int mask = _mm_movemask_epi8(_mm_or_si128(capital, lead)); mask != 0) {
        return from + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
      }
    }
#endif
    for (; from < to; ++from) {
      const auto c = static_cast<unsigned char>(text[from]);
      if ((c >= 'A' && c <= 'Z') || c >= 0xC0) return from;
    }
    return to;
  }

  static bool has_letters(std::string_view text, TextRange range) {
    const WordShape shape = word_shape(text.substr(range.begin, range.size()));
    return shape != WordShape::other;
  }

  // "appetite.12 Weekly", "dysfunction.two Presented", "receptors.2,3 This",
  // "interneurons.two,three This", "a week.[five] Repeated": the capital opens a sentence
  // whose end was hidden by reference markers after its full stop (several joined by commas
  // or dashes, glued or in brackets: ICU reads a lower-case word after a full stop as the
  // same sentence going on).
  bool after_citation_marker(std::string_view text, const std::vector<Word>& words, std::vector<Word>::const_iterator it,
                             std::vector<Word>::const_iterator first) const {
    if (it == words.begin()) return false;
    const std::string_view gap = text.substr((it - 1)->range.end, it->range.begin - (it - 1)->range.end);
    const bool bracketed = !gap.empty() && (gap.front() == ']' || gap.front() == ')') && only_blanks(gap.substr(1));
    if (!bracketed && !only_blanks(gap)) return false;
    constexpr int most_markers = 8;
    auto marker = it - 1;
    for (int n = 0; n < most_markers; ++n, --marker) {
      std::string_view token = text.substr(marker->range.begin, marker->range.size());
      // ICU keeps "weeks.three" together as one word (a full stop between letters).
      const std::size_t dot = token.rfind('.');
      if (dot != std::string_view::npos) token = token.substr(dot + 1);
      if (!is_marker(token)) return false;
      if (dot != std::string_view::npos) return !bracketed;
      const char32_t before = previous_char(text, marker->range.begin);
      if (bracketed && (before == '[' || before == '(')) {  // the list's first marker: a full stop before its bracket?
        std::size_t at = marker->range.begin - 1;
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
        return at > 0 && (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?');
      }
      if (!bracketed && (before == '.' || before == '!' || before == '?' || before == ';' || before == '\n' || before == 0 || marker < first)) {
        return true;
      }
      // Another marker before this one, joined by a comma or a dash: go on from there.
      if (marker == words.begin() || !joins_markers(text.substr((marker - 1)->range.end, marker->range.begin - (marker - 1)->range.end))) {
        return false;
      }
    }
    return false;
  }

  // A reference number ("12", or "2,3" that ICU keeps as one number) or a spelled-out one.
  bool is_marker(std::string_view token) const {
    const bool numeric = !token.empty() && std::isdigit(static_cast<unsigned char>(token.front())) != 0 &&
                         std::all_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == ','; });
    return numeric || options_.number_words.count(token) != 0;
  }

  static bool only_blanks(std::string_view gap) { return gap.find_first_not_of(" \t") == std::string_view::npos; }

  // What stands between two markers of one list: a comma, a hyphen or an en dash, with blanks.
  static bool joins_markers(std::string_view gap) {
    std::size_t joins = 0;
    for (std::size_t i = 0; i < gap.size();) {
      if (gap[i] == ' ' || gap[i] == '\t') {
        ++i;
      } else if (gap[i] == ',' || gap[i] == '-') {
        ++joins;
        ++i;
      } else if (gap.substr(i, 3) == "\xE2\x80\x93") {
        ++joins;
        i += 3;
      } else {
        return false;
      }
    }
    return joins == 1;
  }

  // A short word written with a full stop, or any word whose full stop comes before a number,
  // is an abbreviation ("Vol.", "No.", "Eq.", "Sept. 5"): a swapped-in synonym is a whole word.
  static bool abbreviation(std::string_view text, TextRange word) {
    if (word.end >= text.size() || text[word.end] != '.') return false;
    return word.size() <= 3 || before_number(text, word.end + 1);
  }

  static bool before_number(std::string_view text, std::size_t end) {
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    return end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0;
  }

  // The word without a possessive "'s" or "’s" at its end.
  static std::string_view without_possessive(std::string_view word) {
    for (const std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
      if (word.size() > suffix.size() && word.ends_with(suffix)) return word.substr(0, word.size() - suffix.size());
    }
    return word;
  }

  // A number, or a code of a capital and digits ("B12", "D3"), after blanks or one hyphen:
  // the word names what the code counts ("Type-2 diabetic", "Vitamin B12 reserves").
  static bool before_number_or_code(std::string_view text, std::size_t end) {
    if (end < text.size() && text[end] == '-') ++end;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    if (end < text.size() && text[end] >= 'A' && text[end] <= 'Z') ++end;
    return end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0;
  }

  // Ends like a generic drug name or a condition's name: house styles capitalise both
  // ("Metformin", "Psychosis"). The ending alone is no name ("pril" in "April" is, but a month
  // is in the allow list).
  static bool ends_with_any(const std::vector<std::string>& endings, std::string_view lower) {
    return std::any_of(endings.begin(), endings.end(),
                       [&](const std::string& ending) { return lower.size() > ending.size() + 1 && lower.ends_with(ending); });
  }

  // Characters after which a capital is expected: sentence and clause openers.
  static bool after_boundary(char32_t c) {
    switch (c) {
      case 0: case '\n': case ':': case '.': case '!': case '?': case '"': case '\'': case '(': case '[':
      case '{': case '/': case '|': case '*': case '#': case '>': case '-': case '+': case '=':
      case U'\u201C': case U'\u2018': case U'\u2014': case U'\u2013': case U'\u2022': case U'\u00B7':
      case U'\u2026':  // "material\u2026Only pure": an ellipsis, which UAX #29 does not count as a sentence end
        return true;
      default:
        return false;
    }
  }

  static bool is_number(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  bool is_capitalised(std::string_view word) const {
    const WordShape shape = word_shape(word);
    return shape == WordShape::title || shape == WordShape::upper || shape == WordShape::mixed;
  }

  // True when a neighbouring word (across small joiner words) is capitalised too; nothing
  // when the run reaches the last of `words` and they are not the whole line's.
  std::optional<bool> in_capitalised_run(std::string_view text, const std::vector<Word>& words,
                                         std::vector<Word>::const_iterator it, std::vector<Word>::const_iterator first,
                                         bool whole_lines) const {
    auto joined = [&](std::size_t from, std::size_t to) {
      const std::string_view between = text.substr(from, to - from);
      return between.find_first_not_of(" \t-&'\u2019") == std::string_view::npos;
    };
    for (auto prev = it; prev != first;) {
      const auto before = prev - 1;
      if (!joined(before->range.end, prev->range.begin)) break;
      const std::string_view word = text.substr(before->range.begin, before->range.size());
      if (is_capitalised(word)) return true;
      // A number inside a name carries it on: "the STEP 1 Trial", "SUSTAIN 6 Study".
      if (is_number(word) && before != first && joined((before - 1)->range.end, before->range.begin) &&
          is_capitalised(text.substr((before - 1)->range.begin, (before - 1)->range.size()))) {
        return true;
      }
      if (options_.small_words.count(word) == 0) break;
      prev = before;
    }
    for (auto next = it + 1;; ++next) {
      if (next == words.end()) return whole_lines ? std::optional<bool>(false) : std::nullopt;
      if (!joined((next - 1)->range.end, next->range.begin)) break;
      const std::string_view word = text.substr(next->range.begin, next->range.size());
      if (is_capitalised(word)) return true;
      if (options_.small_words.count(word) == 0) break;
    }
    return false;
  }

  Heading line_is_heading(std::string_view text, const std::vector<Word>& words, std::size_t start, std::size_t end) const {
    auto it = std::lower_bound(words.begin(), words.end(), start,
                               [](const Word& w, std::size_t offset) { return w.range.begin < offset; });
    std::size_t capitalised = 0, counted = 0;
    for (; it != words.end() && it->range.begin < end; ++it) {
      const std::string_view word = text.substr(it->range.begin, it->range.size());
      if (word_shape(word) == WordShape::other || options_.small_words.count(word) != 0) continue;
      ++counted;
      if (is_capitalised(word)) ++capitalised;
    }
    if (counted >= 2 && static_cast<double>(capitalised) >= options_.heading_ratio * static_cast<double>(counted)) return Heading::title_case;
    // "Ground-breaking Mental health treatment": a short line that ends without a sentence
    // mark is a heading in sentence case, capitals and all.
    const std::string_view line = trim_ascii_space(text.substr(start, end - start));
    if (line.empty() || counted > options_.heading_words) return Heading::none;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(line.data());
    auto at = static_cast<std::int32_t>(line.size());
    UChar32 last = 0;
    U8_PREV(bytes, 0, at, last);
    return last >= 0 && u_isalnum(last) ? Heading::short_line : Heading::none;
  }

  Options options_;
};

WordSet string_set(const JsonReader& options, std::string_view key, std::vector<std::string> fallback) {
  if (const auto list = options.find(key)) fallback = list->strings();
  return {fallback.begin(), fallback.end()};
}

}  // namespace

std::unique_ptr<Rule> make_mid_sentence_capital(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"dictionary", "small_words", "allow", "number_words", "name_verbs", "name_introducers", "sentence_verbs", "drug_stems", "condition_suffixes",
                         "heading_ratio", "heading_words"});
  Options parsed;
  const std::string dictionary = options.string_or("dictionary", "en_US");
  try {
    parsed.lexicon = Lexicon::shared(dictionary);
  } catch (const std::runtime_error& error) {
    options.fail(error.what());
  }
  parsed.small_words = string_set(options, "small_words", {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an",
                                                           "with", "or", "de", "van", "von", "der", "da", "del", "y"});
  parsed.allow = string_set(options, "allow", {});
  parsed.number_words = string_set(options, "number_words",
                                   {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                    "nineteen", "twenty", "thirty", "forty", "fifty"});
  parsed.name_verbs = string_set(options, "name_verbs", {});
  parsed.name_introducers = string_set(options, "name_introducers", {});
  parsed.sentence_verbs = string_set(options, "sentence_verbs", {});
  auto endings = [&](std::string_view key, std::vector<std::string>& out) {
    if (const auto list = options.find(key)) {
      for (const JsonReader& ending : list->elements()) {
        std::string value = ending.string();
        if (value != to_lower(value)) ending.fail("an ending is written in lower case");
        out.push_back(std::move(value));
      }
    }
  };
  endings("drug_stems", parsed.drug_stems);
  endings("condition_suffixes", parsed.condition_suffixes);
  if (const auto ratio = options.find("heading_ratio")) {
    if (!ratio->value().is_number() || ratio->value().get<double>() <= 0 || ratio->value().get<double>() > 1) {
      ratio->fail("expected a number in (0, 1]");
    }
    parsed.heading_ratio = ratio->value().get<double>();
  }
  if (const auto words = options.find("heading_words")) parsed.heading_words = words->count();
  return std::make_unique<MidSentenceCapital>(std::move(meta), std::move(parsed));
}

}  // namespace medlint

// Lines are compared without a page number at either end (the running head of page 47 and
// of page 48 are one line) and with inner whitespace collapsed. Lines that end a sentence
// (".", "!", "?") are prose, which a page may repeat on purpose: they are not hashed. A line
// needs `min_words` words, `min_count` copies and a page number rising from copy to copy on
// two of them or more, so a lone "Reply", a heading used twice, a table's repeated cell or a
// program's repeated statement stays silent. A line holding one of the `marks` (as written) of a
// publisher's footer ("©", "Published by", "access article") needs no page number and
// may end a sentence: "© 2021 The Authors. Published by Elsevier Inc." on every page is no
// prose the article repeats. The marks are found by the one-pass scan, so the lines that
// end a sentence are not searched one by one; an in-word list is scanned for each phrase's
// first word, so a mark should open with a rare one ("rights reserved", not "All rights ...").
#include "rules/detectors/running_head.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/fnv1a.hpp"
#include "rules/phrase_matcher.hpp"
#include "text/ascii_text.hpp"
#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

constexpr std::size_t longest_line = 200;  // running heads are short; longer lines are prose

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// The line without blanks and a page number at its ends: "47   Journal ... 45-58   48"
// gives "Journal ... 45-58". A number glued to a word or punctuation is the line's own.
// `number` is the page number there was, or -1.
std::string_view without_page_numbers(std::string_view line, long& number) {
  const auto value = [](std::string_view digits) {
    long n = 0;
    for (const char c : digits) n = n * 10 + (c - '0');
    return n;
  };
  line = trim_ascii_space(line);
  number = -1;
  std::size_t digits = 0;
  while (digits < line.size() && digit(line[digits])) ++digits;
  if (digits > 0 && digits <= 4 && digits < line.size() && blank(line[digits])) {
    number = value(line.substr(0, digits));
    line = trim_ascii_space(line.substr(digits));
  }
  digits = 0;
  while (digits < line.size() && digit(line[line.size() - 1 - digits])) ++digits;
  if (digits > 0 && digits <= 4 && digits < line.size() && blank(line[line.size() - 1 - digits])) {
    number = value(line.substr(line.size() - digits));
    line = trim_ascii_space(line.substr(0, line.size() - digits));
  }
  return line;
}

// Whether the line reads as words, as a head does, not as a program: at least `least` runs
// of two or more letters, and none of the characters that mark code.
bool reads_as_words(std::string_view line, std::size_t least) {
  if (line.find_first_of("{}$=<>\"#`|") != std::string_view::npos) return false;
  std::size_t words = 0, run = 0;
  for (const char c : line) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80) {
      if (++run == 2) ++words;
    } else {
      run = 0;
    }
  }
  return words >= least;
}

// FNV-1a of the line with each run of blanks read as one space.
std::uint64_t line_hash(std::string_view line) {
  std::uint64_t hash = fnv1a_offset;
  bool in_blank = false;
  for (const char c : line) {
    if (blank(c)) {
      in_blank = true;
      continue;
    }
    if (in_blank) hash = fnv1a_add(hash, static_cast<unsigned char>(' '));
    in_blank = false;
    hash = fnv1a_add(hash, static_cast<unsigned char>(c));
  }
  return hash;
}

class RunningHead : public Rule {
 public:
  RunningHead(RuleMeta meta, std::size_t min_words, std::size_t min_count, std::optional<PhraseMatcher> marks)
      : Rule(std::move(meta)), min_words_(min_words), min_count_(min_count), marks_(std::move(marks)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    struct Line {
      std::uint64_t hash;
      std::size_t begin;  // of the compared part, in the text
      std::size_t size;
      long number;  // the page number at one end, or -1
      bool marked;  // holds a mark of a publisher's footer
    };
    // Starts of the lines holding a mark, in text order.
    std::vector<std::size_t> marked_lines;
    if (marks_) {
      marks_->scan(text, [&](TextRange mark) {
        const std::size_t start = line_start_of(text, mark.begin);
        if (marked_lines.empty() || marked_lines.back() != start) marked_lines.push_back(start);
      });
    }
    std::vector<Line> lines;
    auto next_marked = marked_lines.begin();
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = line_end_of(text, start);
      const std::string_view line = text.substr(start, end - start);
      while (next_marked != marked_lines.end() && *next_marked < start) ++next_marked;
      const bool marked = next_marked != marked_lines.end() && *next_marked == start;
      if (line.size() <= longest_line) {
        long number = -1;
        const std::string_view core = without_page_numbers(line, number);
        const bool ends_sentence = !core.empty() && (core.back() == '.' || core.back() == '!' || core.back() == '?');
        if (core.size() >= min_words_ * 2 && (!ends_sentence || marked)) {
          lines.push_back({line_hash(core), static_cast<std::size_t>(core.data() - text.data()), core.size(), number, marked});
        }
      }
      start = end + 1;
    }
    if (lines.size() < min_count_) return;
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.hash < b.hash; });
    std::vector<TextRange> copies;
    for (std::size_t i = 0; i < lines.size();) {
      std::size_t j = i + 1;
      while (j < lines.size() && lines[j].hash == lines[i].hash) ++j;
      if (j - i >= min_count_) report_copies(text, lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(j), copies);
      i = j;
    }
    std::sort(copies.begin(), copies.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });
    for (const TextRange copy : copies) out.push_back(span_finding(document, copy));
  }

 private:
  // The copies after the first of lines with one hash, once their keys agree and they hold
  // enough words.
  template <class It>
  void report_copies(std::string_view text, It begin, It end, std::vector<TextRange>& copies) const {
    const auto& first = *begin;
    const std::string_view first_text = text.substr(first.begin, first.size);
    if (!reads_as_words(first_text, min_words_)) return;
    const std::string key = phrase_key(first_text, false);
    std::vector<TextRange> found;
    // A page's head carries its page number, rising page by page; a list's or a program's
    // repeated line has none, or numbers that do not rise.
    std::size_t numbered = 0;
    long last_number = -1;
    bool rising = true;
    const auto count_number = [&](long number) {
      if (number < 0) return;
      ++numbered;
      rising = rising && number > last_number;
      last_number = number;
    };
    count_number(first.number);
    for (auto it = std::next(begin); it != end; ++it) {
      if (phrase_key(text.substr(it->begin, it->size), false) != key) continue;
      found.push_back({it->begin, it->begin + it->size});
      count_number(it->number);
    }
    // Copies share their text, so the first copy's mark is every copy's.
    if (found.size() + 1 >= min_count_ && ((numbered >= 2 && rising) || first.marked)) copies.insert(copies.end(), found.begin(), found.end());
  }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    if (marks_) out.push_back(&*marks_);
  }

  std::size_t min_words_;
  std::size_t min_count_;
  std::optional<PhraseMatcher> marks_;  ///< in-word ("©" has no word boundary before a year), case as written
};

}  // namespace

std::unique_ptr<Rule> make_running_head(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"min_words", "min_count", "marks"});
  std::size_t min_words = 4;
  std::size_t min_count = 3;
  if (const auto value = options.find("min_words")) min_words = std::max<std::size_t>(1, value->count());
  if (const auto value = options.find("min_count")) {
    min_count = value->count();
    if (min_count < 2) value->fail("expected at least 2");
  }
  std::optional<PhraseMatcher> marks;
  if (const auto list = options.find("marks")) {
    // Case-sensitive, as a footer is printed: a caseless literal must be ASCII for the scan.
    if (std::vector<std::string> phrases = list->strings(); !phrases.empty()) marks.emplace(std::move(phrases), false, false);
  }
  return std::make_unique<RunningHead>(std::move(meta), min_words, min_count, std::move(marks));
}

}  // namespace medlint

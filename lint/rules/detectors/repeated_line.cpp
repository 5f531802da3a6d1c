// Neighbouring lines are compared after trimming and collapsing inner whitespace, a document's
// paragraphs (`anywhere`) by their exact trimmed text; short lines (a lone "Yes." in an FAQ)
// are ignored through `min_words`.
#include "rules/detectors/repeated_line.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <utility>

#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

// The first and last bytes of a line's phrase key, which drops whitespace at both ends and
// writes U+2019 as an apostrophe; zero for a line whose key is empty.
std::pair<char, char> key_ends(std::string_view line) {
  constexpr std::string_view whitespace = " \t\n\r";
  constexpr std::string_view curly = "\xE2\x80\x99";
  const std::size_t first = line.find_first_not_of(whitespace);
  if (first == std::string_view::npos) return {0, 0};
  line = line.substr(first, line.find_last_not_of(whitespace) - first + 1);
  const char front = line.substr(0, 3) == curly ? '\'' : line.front();
  const char back = line.size() >= 3 && line.substr(line.size() - 3) == curly ? '\'' : line.back();
  return {front, back};
}

// Whether `line` has at least `words` runs of non-blank bytes: a cheap count that keeps
// short lines ("Yes.", a heading) out of the document-wide comparison.
bool has_words(std::string_view line, std::size_t words) {
  std::size_t count = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool blank = c == ' ' || c == '\t';
    if (!blank && !in_word && ++count >= words) return true;
    in_word = !blank;
  }
  return false;
}

// A line that opens with a capital letter (ASCII) and ends a sentence: a whole paragraph, not
// a piece of one wrapped at a fixed width (a licence or release notes repeat those).
bool reads_as_paragraph(std::string_view line) {
  if (line.size() < 2 || line.front() < 'A' || line.front() > 'Z') return false;
  std::size_t last = line.size() - 1;
  while (last > 0 && (line[last] == '"' || line[last] == ')' || line[last] == '\'')) --last;
  return line[last] == '.' || line[last] == '!' || line[last] == '?';
}

// Calls f(range) with each non-blank line's range, `blanks` trimmed from both ends.
template <class F>
void for_each_trimmed_line(std::string_view text, std::string_view blanks, F&& f) {
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = line_end_of(text, start);
    const std::string_view line = text.substr(start, end - start);
    if (const std::size_t first = line.find_first_not_of(blanks); first != std::string_view::npos) {
      f(TextRange{start + first, start + line.find_last_not_of(blanks) + 1});
    }
    start = end + 1;
  }
}

class RepeatedLine : public Rule {
 public:
  RepeatedLine(RuleMeta meta, std::size_t min_words, std::size_t window, bool anywhere)
      : Rule(std::move(meta)), min_words_(min_words), window_(window), anywhere_(anywhere) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    if (anywhere_) {
      check_anywhere(context, out);
      return;
    }
    const Document& document = context.document();
    const std::string_view text = document.text();
    // The last `window_` non-blank lines. Most lines differ from their neighbours in their
    // first or last character, which is all that is compared for them; the shapes (length
    // and words of the key) and then the keys themselves are compared only past that.
    struct Seen {
      std::string_view trimmed;
      std::pair<char, char> ends;
      std::optional<PhraseKeyShape> shape;
    };
    std::deque<Seen> recent;
    for_each_trimmed_line(text, " \t", [&](TextRange range) {
      Seen current{text.substr(range.begin, range.size()), {}, std::nullopt};
      current.ends = key_ends(current.trimmed);
      const bool repeated = std::any_of(recent.begin(), recent.end(), [&](Seen& seen) {
        if (seen.ends != current.ends) return false;
        if (!current.shape) current.shape = phrase_key_shape(current.trimmed);
        if (!seen.shape) seen.shape = phrase_key_shape(seen.trimmed);
        return current.shape->words >= min_words_ && *seen.shape == *current.shape &&
               phrase_key(seen.trimmed, false) == phrase_key(current.trimmed, false);
      });
      if (repeated) out.push_back(span_finding(document, range, ""));
      recent.push_back(std::move(current));
      if (recent.size() > window_) recent.pop_front();
    });
  }

 private:
  // A long line that reads as a paragraph of prose and repeats, byte for byte once trimmed,
  // any earlier line of the document: a block the scraper captured twice. The candidates are
  // keyed by their length and a few bytes at each end, sorted, and compared in full only
  // within a key: no allocation per line, and almost no line is compared at all.
  void check_anywhere(const LintContext& context, std::vector<Finding>& out) const {
    const Document& document = context.document();
    const std::string_view text = document.text();
    struct Candidate {
      std::uint64_t key;
      std::size_t begin;
      std::size_t end;
    };
    std::vector<Candidate> candidates;
    for_each_trimmed_line(text, " \t\r", [&](TextRange range) {
      const std::string_view trimmed = text.substr(range.begin, range.size());
      if (reads_as_paragraph(trimmed)) candidates.push_back({ends_key(trimmed), range.begin, range.end});
    });
    // By key, then text (compared only within a key), then place: copies end up side by side
    // after their first, whatever the number of lines sharing a key (no quadratic worst case).
    const auto text_of = [&](const Candidate& c) { return text.substr(c.begin, c.end - c.begin); };
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
      if (a.key != b.key) return a.key < b.key;
      if (const int order = text_of(a).compare(text_of(b)); order != 0) return order < 0;
      return a.begin < b.begin;
    });
    std::vector<TextRange> repeats;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
      // Words are counted only for a copy: most lines have none.
      if (candidates[i].key == candidates[i - 1].key && text_of(candidates[i]) == text_of(candidates[i - 1]) &&
          has_words(text_of(candidates[i]), min_words_)) {
        repeats.push_back({candidates[i].begin, candidates[i].end});
      }
    }
    std::sort(repeats.begin(), repeats.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });
    for (const TextRange range : repeats) out.push_back(span_finding(document, range, ""));
  }

  // The length and up to eight bytes from each end: lines that differ mostly differ there.
  static std::uint64_t ends_key(std::string_view line) {
    std::uint64_t key = 1469598103934665603ull ^ line.size();
    const std::size_t n = std::min<std::size_t>(8, line.size());
    for (std::size_t k = 0; k < n; ++k) {
      key = (key ^ static_cast<unsigned char>(line[k])) * 1099511628211ull;
      key = (key ^ static_cast<unsigned char>(line[line.size() - 1 - k])) * 1099511628211ull;
    }
    return key;
  }

  std::size_t min_words_;
  std::size_t window_;
  bool anywhere_;
};

}  // namespace

std::unique_ptr<Rule> make_repeated_line(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"min_words", "window", "anywhere"});
  std::size_t min_words = 3;
  std::size_t window = 1;
  const bool anywhere = options.boolean_or("anywhere", false);
  if (const auto value = options.find("min_words")) min_words = value->count();
  if (const auto value = options.find("window")) {
    window = value->count();
    if (window == 0) value->fail("expected at least 1");
  }
  return std::make_unique<RepeatedLine>(std::move(meta), min_words, window, anywhere);
}

}  // namespace medlint

// Lines are compared after trimming and collapsing inner whitespace; short lines (a lone
// "Yes." in an FAQ) are ignored through `min_words`.
#include "rules/detectors/repeated_line.hpp"

#include <algorithm>
#include <deque>
#include <utility>

#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

class RepeatedLine : public Rule {
 public:
  RepeatedLine(RuleMeta meta, std::size_t min_words, std::size_t window)
      : Rule(std::move(meta)), min_words_(min_words), window_(window) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    // The last `window_` non-blank lines, by digest; equal digests are confirmed by key.
    std::deque<std::pair<PhraseKeyDigest, std::string_view>> recent;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = line_end_of(text, start);
      const std::string_view line = text.substr(start, end - start);
      const std::size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos) {
        const std::size_t last = line.find_last_not_of(" \t");
        const std::string_view trimmed = line.substr(first, last - first + 1);
        const PhraseKeyDigest digest = phrase_key_digest(trimmed);
        if (digest.words >= min_words_ && std::any_of(recent.begin(), recent.end(), [&](const auto& seen) {
              return seen.first == digest && phrase_key(seen.second, false) == phrase_key(trimmed, false);
            })) {
          out.push_back(span_finding(document, {start + first, start + last + 1}, ""));
        }
        recent.emplace_back(digest, trimmed);
        if (recent.size() > window_) recent.pop_front();
      }
      start = end + 1;
    }
  }

 private:
  std::size_t min_words_;
  std::size_t window_;
};

}  // namespace

std::unique_ptr<Rule> make_repeated_line(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"min_words", "window"});
  std::size_t min_words = 3;
  std::size_t window = 1;
  if (const auto value = options.find("min_words")) min_words = value->count();
  if (const auto value = options.find("window")) {
    window = value->count();
    if (window == 0) value->fail("expected at least 1");
  }
  return std::make_unique<RepeatedLine>(std::move(meta), min_words, window);
}

}  // namespace medlint

// Lines are compared after trimming and collapsing inner whitespace; short lines (a lone
// "Yes." in an FAQ) are ignored through `min_words`.
#include "rules/detectors/repeated_line.hpp"

#include <deque>

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
    std::deque<std::string> recent;  // keys of the last `window_` non-blank lines
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = line_end_of(text, start);
      const std::string_view line = text.substr(start, end - start);
      const std::size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos) {
        const std::size_t last = line.find_last_not_of(" \t");
        const std::string key = phrase_key(line.substr(first, last - first + 1), false);
        if (count_words(key) >= min_words_ && std::find(recent.begin(), recent.end(), key) != recent.end()) {
          out.push_back(span_finding(document, {start + first, start + last + 1}, ""));
        }
        recent.push_back(key);
        if (recent.size() > window_) recent.pop_front();
      }
      start = end + 1;
    }
  }

 private:
  static std::size_t count_words(const std::string& key) {
    return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  }

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

// Lines are compared with the previous non-blank line. Words with capitals or digits inside
// ("mRNA", "eGFR", "iPhone") and the pack's listed exceptions ("e.g.", "doi:") are legitimate
// line openers; an exception is matched at the start of the line.
#include "rules/detectors/lowercase_line_start.hpp"

#include <algorithm>
#include <set>

#include "text/word_shape.hpp"

namespace medlint {

namespace {

class LowercaseLineStart : public Rule {
 public:
  LowercaseLineStart(RuleMeta meta, std::set<std::string> exceptions)
      : Rule(std::move(meta)), exceptions_(std::move(exceptions)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    bool previous_ended_sentence = false;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = line_end_of(text, start);
      const std::string_view line = text.substr(start, end - start);
      const std::size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos) {
        const std::size_t offset = start + first;
        // Only a line after a finished sentence asks ICU for its first word.
        const std::optional<Word> word = previous_ended_sentence ? document.word_at(offset) : std::nullopt;
        if (word && word->range.begin == offset) {
          const std::string_view token = text.substr(word->range.begin, word->range.size());
          const std::string_view opening = text.substr(offset, end - offset);
          const bool excepted = std::any_of(exceptions_.begin(), exceptions_.end(),
                                            [&](const std::string& e) { return opening.substr(0, e.size()) == e; });
          if (word_shape(token) == WordShape::lower && !excepted) out.push_back(span_finding(document, word->range));
        }
        previous_ended_sentence = ends_sentence(line);
      }
      start = end + 1;
    }
  }

 private:
  static bool ends_sentence(std::string_view line) {
    std::size_t last = line.find_last_not_of(" \t\"')]\u201D\u2019");
    if (last == std::string_view::npos) return false;
    // Closing curly quotes are three bytes; find_last_not_of works on bytes, so look again.
    while (last >= 2 && line.compare(last - 2, 3, "\u201D") == 0) last = line.find_last_not_of(" \t", last - 3);
    return last != std::string_view::npos && (line[last] == '.' || line[last] == '!' || line[last] == '?');
  }

  std::set<std::string> exceptions_;
};

}  // namespace

std::unique_ptr<Rule> make_lowercase_line_start(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"exceptions"});
  // The words a line may open with in lower case ("e.g.", "doi:") are rule data.
  std::vector<std::string> exceptions;
  if (const auto list = options.find("exceptions")) exceptions = list->strings();
  return std::make_unique<LowercaseLineStart>(std::move(meta), std::set<std::string>(exceptions.begin(), exceptions.end()));
}

}  // namespace medlint

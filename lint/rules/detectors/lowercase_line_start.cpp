// Lines are compared with the previous non-blank line. Words with capitals or digits inside
// ("mRNA", "eGFR", "iPhone") and the pack's listed exceptions ("e.g.", "doi:") are legitimate
// line openers; an exception is matched at the start of the line. A page whose author starts
// sentences in lower case inside lines as well ("kratom is popular. many people use it.")
// writes that way: its line openers lost nothing, so the rule stays silent there. An item of
// an HTML or Markdown list, or a table cell, may open in lower case too.
#include "rules/detectors/lowercase_line_start.hpp"

#include <algorithm>
#include <set>

#include "text/sentence_abbreviations.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

class LowercaseLineStart : public Rule {
 public:
  LowercaseLineStart(RuleMeta meta, std::set<std::string> exceptions, std::size_t lowercase_style_minimum)
      : Rule(std::move(meta)), exceptions_(std::move(exceptions)), lowercase_style_minimum_(lowercase_style_minimum) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const std::size_t before = out.size();
    find_line_openers(context.document(), out);
    // Only a page with candidates pays for the look at its author's style.
    if (out.size() > before && written_in_lower_case(context.document().text())) out.resize(before);
  }

 private:
  void find_line_openers(const Document& document, std::vector<Finding>& out) const {
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
          // A list item or table cell may open in lower case ("- nausea and vomiting" after
          // "as listed below."); asked only of a lower-case opener.
          if (word_shape(token) == WordShape::lower && !excepted && !document.metadata().item_starts_in(start, offset)) {
            out.push_back(span_finding(document, word->range));
          }
        }
        previous_ended_sentence = ends_sentence(line);
      }
      start = end + 1;
    }
  }

  // Sentence openers inside lines (after ". ", "? " or "! "): at least the minimum in lower
  // case and no fewer than in upper case. Only ASCII letters count; "e.g. the" adds a few
  // lower-case openers to any page, far fewer than its sentences.
  bool written_in_lower_case(std::string_view text) const {
    if (lowercase_style_minimum_ == 0) return false;
    std::size_t lower = 0, upper = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
      if ((text[i] != '.' && text[i] != '?' && text[i] != '!') || text[i + 1] != ' ') continue;
      std::size_t next = i + 1;
      while (next < text.size() && text[next] == ' ') ++next;
      if (next == text.size()) break;
      if (text[next] >= 'a' && text[next] <= 'z') ++lower;
      else if (text[next] >= 'A' && text[next] <= 'Z') ++upper;
    }
    return lower >= lowercase_style_minimum_ && lower >= upper;
  }

  // A line ending in an abbreviation ("© 2019 Salah et al.") has not ended its sentence when
  // the next opens in lower case (rules/language/sentence-abbreviations.json).
  static bool ends_sentence(std::string_view line) {
    std::size_t last = line.find_last_not_of(" \t\"')]\u201D\u2019");
    if (last == std::string_view::npos) return false;
    // Closing curly quotes are three bytes; find_last_not_of works on bytes, so look again.
    while (last >= 2 && line.compare(last - 2, 3, "\u201D") == 0) last = line.find_last_not_of(" \t", last - 3);
    if (last == std::string_view::npos) return false;
    if (line[last] == '!' || line[last] == '?') return true;
    return line[last] == '.' && SentenceAbbreviations::built_in().ending(line.substr(0, last + 1)) == SentenceAbbreviations::Ending::none;
  }

  std::set<std::string> exceptions_;
  std::size_t lowercase_style_minimum_;
};

}  // namespace

std::unique_ptr<Rule> make_lowercase_line_start(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"exceptions", "lowercase_style_minimum"});
  // The words a line may open with in lower case ("e.g.", "doi:") are rule data.
  std::vector<std::string> exceptions;
  if (const auto list = options.find("exceptions")) exceptions = list->strings();
  // 0 turns the look at the author's style off.
  std::size_t lowercase_style_minimum = 0;
  if (const auto minimum = options.find("lowercase_style_minimum")) lowercase_style_minimum = minimum->count();
  return std::make_unique<LowercaseLineStart>(std::move(meta), std::set<std::string>(exceptions.begin(), exceptions.end()),
                                              lowercase_style_minimum);
}

}  // namespace medlint

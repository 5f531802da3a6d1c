// "medi-\ncation" is one word the typesetter split; "well-\nknown" is a compound that keeps
// its hyphen. The dictionary decides: the split is damage when the joined form is a word.
// (Hunspell accepts any "word-word" pair, so the hyphenated form proves nothing.)
#include "prefilter/prefiltered_regex.hpp"
#include "rules/detectors/ocr_detectors.hpp"
#include "text/lexicon.hpp"
#include "text/regex.hpp"

namespace medlint {

namespace {

class LineEndHyphen : public Rule {
 public:
  LineEndHyphen(RuleMeta meta, std::shared_ptr<const Lexicon> lexicon)
      : Rule(std::move(meta)), lexicon_(std::move(lexicon)), pattern_(split_pattern, compile_regex(split_pattern, false), false, line_end) {}

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override { out.push_back(&pattern_); }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    // The one-pass scan finds the candidates: a hyphen before a line end.
    pattern_.for_each_match(text, [&](TextRange range, const auto& match) {
      const TextRange a = group_range(match, 1, text);
      const TextRange b = group_range(match, 2, text);
      const std::string first(text.substr(a.begin, a.size()));
      const std::string second(text.substr(b.begin, b.size()));
      const std::string joined = first + second;
      if (!lexicon_->accepts(joined)) return;
      out.push_back(span_finding(document, range, joined));
    });
  }

 private:
  static constexpr const char* split_pattern = "(\\w{2,})-\\h*\\n\\h*(\\w{2,})";
  // What the one-pass scan looks for: the words around it are wide classes of non-ASCII
  // bytes, which make Vectorscan's automaton for the whole pattern slow everywhere.
  static constexpr const char* line_end = "-\\h*\\n";
  std::shared_ptr<const Lexicon> lexicon_;
  PrefilteredRegex pattern_;
};

}  // namespace

std::unique_ptr<Rule> make_line_end_hyphen(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"dictionary"});
  try {
    return std::make_unique<LineEndHyphen>(std::move(meta), Lexicon::shared(options.string_or("dictionary", "en_US")));
  } catch (const std::runtime_error& error) {
    options.fail(error.what());
  }
}

}  // namespace medlint

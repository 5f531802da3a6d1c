// Claims and citation markers are both options, so a publisher's own citation style (for
// example "[Ref 12]") is one more pattern, not a code change. A claim with a negation just
// before it ("No studies have shown", "few clinical trials have shown") says what research
// has not found: the careful wording, not a claim to source. A page's title ("What New
// Research Shows") announces what the body says, where the sources are; it is not checked,
// and neither is a title-case heading further down ("What Science Says About Kratom").
// A claim that points back at studies already named ("These studies suggest", one of the
// `back_references` before it) may have its source in the sentence before as well.
// A clinic's share of its patients ("85% of our patients") is a claim only after a
// percentage: the `percentage_claims` are looked for as words and kept where one stands
// right before them, so "many of our clients are seniors" is no statistic. A claim in quotation
// marks inside the page's own sentence is a wording the page reports, as in the claim rules.
#include "rules/phrase_keys.hpp"
#include "rules/detectors/unsupported_claim.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "claims/claim_sentence.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/regex_option.hpp"
#include "text/ascii_text.hpp"
#include "text/case_fold.hpp"
#include "text/regex.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

class UnsupportedClaim : public Rule {
 public:
  UnsupportedClaim(RuleMeta meta, PhraseMatcher claims, PhraseMatcher percentage_claims, std::vector<PrefilteredRegex> citations,
                   ClaimReading reading, std::set<std::string, std::less<>> back_references)
      : Rule(std::move(meta)),
        claims_(std::move(claims)),
        percentage_claims_(std::move(percentage_claims)),
        citations_(std::move(citations)),
        reading_(std::move(reading)),
        back_references_(std::move(back_references)) {
    std::vector<const PrefilterClient*> clients;
    for (const PrefilteredRegex& citation : citations_) clients.push_back(&citation);
    citation_scan_ = std::make_unique<LiteralPrefilter>(clients);
  }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const std::vector<TextRange>& sentences = document.sentences();
    TextRange last_flagged_sentence{0, 0};
    const std::size_t title_end = title_line_end(text);
    std::vector<TextRange> claims;
    claims_.scan(text, [&](TextRange claim) { claims.push_back(claim); });
    if (percentage_claims_.size() > 0) {
      percentage_claims_.scan(text, [&](TextRange claim) {
        if (const std::size_t begin = percentage_before(text, claim.begin); begin != claim.begin) claims.push_back({begin, claim.end});
      });
      std::sort(claims.begin(), claims.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });
    }
    for (const TextRange claim : claims) {
      if (claim.begin < title_end || in_title_case_heading(text, claim.begin)) continue;
      auto it = std::upper_bound(sentences.begin(), sentences.end(), claim.begin,
                                 [](std::size_t offset, const TextRange& s) { return offset < s.begin; });
      if (it == sentences.begin()) continue;
      --it;
      if (*it == last_flagged_sentence) continue;  // one finding per sentence
      if (!reading_.negations.empty() && reading_.negated(text, *it, claim)) continue;
      // Quoted inside the page's sentence ("Another site claims its pills are "clinically
      // proven""): a statement the page reports, not one it makes.
      if (ClaimReading::quoted(text, *it, claim)) continue;
      const std::size_t scope_end = std::next(it) != sentences.end() ? std::next(it)->end : it->end;
      const std::size_t scope_begin = it != sentences.begin() && refers_back(text, claim.begin) ? std::prev(it)->begin : it->begin;
      const std::string_view scope = text.substr(scope_begin, scope_end - scope_begin);
      // In HTML and Markdown a link to a web page names the source behind its text.
      if (document.metadata().web_link_in({scope_begin, scope_end})) continue;
      // One scan of the two sentences for every citation pattern; Boost then only runs for a
      // pattern with a candidate there (unless the engine runs without prefilters: the
      // reference that the prefiltered results are tested against).
      const bool prefiltered = PrefilterHits::current() != nullptr;
      const PrefilterHits hits = prefiltered ? citation_scan_->scan(scope) : PrefilterHits{};
      const PrefilterHits::Scope in_scope(prefiltered ? &hits : nullptr);
      const bool cited = std::any_of(citations_.begin(), citations_.end(), [&](const PrefilteredRegex& citation) {
        bool found = false;
        citation.for_each_match(scope, [&](TextRange, const auto&) {
          found = true;
          return false;  // one citation is enough
        });
        return found;
      });
      if (cited) continue;
      last_flagged_sentence = *it;
      out.push_back(span_finding(document, claim));
    }
  }

  // Citations are only looked for in the sentences around a claim, so they stay out of
  // the document scan (which would cost every document time for a few sentences' gain):
  // the rule scans those sentences with a prefilter of its own.
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    out.push_back(&claims_);
    out.push_back(&percentage_claims_);
  }

 private:
  // Where a percentage right before `offset` begins ("85% ", "85 %", "70 percent ", "12.5 per
  // cent "); `offset` itself when there is none.
  static std::size_t percentage_before(std::string_view text, std::size_t offset) {
    std::size_t at = offset;
    const auto skip_blanks = [&] {
      while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    };
    const auto ends_with_word = [&](std::string_view word) {
      if (at < word.size() || !equals_ascii_caseless(text.substr(at - word.size(), word.size()), word)) return false;
      at -= word.size();
      return true;
    };
    skip_blanks();
    if (at > 0 && text[at - 1] == '%') {
      --at;
    } else if (!ends_with_word("percent") && !(ends_with_word("cent") && (skip_blanks(), ends_with_word("per")))) {
      return offset;
    }
    skip_blanks();
    const std::size_t digits_end = at;
    while (at > 0 && (std::isdigit(static_cast<unsigned char>(text[at - 1])) != 0 || text[at - 1] == '.' || text[at - 1] == ',')) --at;
    while (at < digits_end && std::isdigit(static_cast<unsigned char>(text[at])) == 0) ++at;  // not from a leading mark
    return at < digits_end ? at : offset;
  }
  // The end of the first line when it reads as a title: no sentence mark at its end. 0 otherwise.
  static std::size_t title_line_end(std::string_view text) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::size_t last = text.substr(0, end).find_last_not_of(" \t\r");
    if (last == std::string_view::npos) return 0;
    const char mark = text[last];
    return mark == '.' || mark == '!' || mark == '?' ? 0 : end;
  }

  // A line of its own with no sentence mark or colon at its end, most of whose words (other
  // than short joiners) are capitalised: a section heading, not a sentence making a claim.
  static bool in_title_case_heading(std::string_view text, std::size_t offset) {
    const std::size_t start = line_start_of(text, offset);
    const std::string_view line = trim_ascii_space(text.substr(start, line_end_of(text, offset) - start));
    if (line.empty() || std::string_view(".!?:;,").find(line.back()) != std::string_view::npos) return false;
    std::size_t words = 0, capitalised = 0;
    for (std::size_t at = 0; at < line.size();) {
      const std::size_t end = std::min(line.find(' ', at), line.size());
      const std::string_view word = line.substr(at, end - at);
      at = end + 1;
      const WordShape shape = word_shape(word);
      if (shape == WordShape::other || (word.size() <= 3 && shape == WordShape::lower)) continue;  // "of", "and", "the"
      ++words;
      if (shape != WordShape::lower) ++capitalised;
    }
    constexpr std::size_t most_heading_words = 12;
    return words >= 2 && words <= most_heading_words && capitalised * 10 >= words * 8;
  }

  // Whether the word right before `offset` is one of the back references ("these").
  bool refers_back(std::string_view text, std::size_t offset) const {
    if (back_references_.empty()) return false;
    const std::string_view word = ascii_word_before(text, offset);
    // A word glued to the claim ("Thesestudies") is none of them.
    if (word.empty() || word.data() + word.size() == text.data() + offset) return false;
    return back_references_.count(fold_case(word)) != 0;
  }

  PhraseMatcher claims_;
  PhraseMatcher percentage_claims_;  // claims only right after a percentage
  std::vector<PrefilteredRegex> citations_;
  std::unique_ptr<const LiteralPrefilter> citation_scan_;  // over citations_, which never move again
  ClaimReading reading_;
  std::set<std::string, std::less<>> back_references_;  ///< case-folded
};

}  // namespace

std::unique_ptr<Rule> make_unsupported_claim(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"claims", "percentage_claims", "citation_patterns", "negations", "negation_window", "back_references"});
  std::vector<PrefilteredRegex> citations = compile_regex_list(options.at("citation_patterns"), false);
  ClaimReading reading;
  if (options.find("negations")) reading = ClaimReading::read(options, false);
  std::set<std::string, std::less<>> back_references;
  if (const auto words = options.find("back_references")) {
    for (const std::string& word : words->strings()) back_references.insert(fold_case(word));
  }
  std::vector<std::string> percentage_claims;
  if (const auto phrases = options.find("percentage_claims")) percentage_claims = keyed_phrases(*phrases);
  return std::make_unique<UnsupportedClaim>(std::move(meta), PhraseMatcher(keyed_phrases(options.at("claims")), true),
                                            PhraseMatcher(std::move(percentage_claims), true), std::move(citations), std::move(reading),
                                            std::move(back_references));
}

}  // namespace medlint

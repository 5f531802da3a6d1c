// Detector `overclaim`: "proven", "cure", "guaranteed", "miracle", "100% effective",
// "no side effects" in a sentence about a profiled substance, unless negated ("no cure") or,
// when the rule has hedges, said of some people only ("most participants had no serious side
// effects": a trial result, not a claim about the drug).
#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"

namespace medlint {

namespace {

class Overclaim : public Rule {
 public:
  Overclaim(RuleMeta meta, TermList terms, ClaimReading reading)
      : Rule(std::move(meta)), terms_(std::move(terms)), reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about) {
      for (const TextRange term : terms_.find(text, sentence)) {
        if (!reading_.asserted(text, sentence, term) || ClaimReading::quoted(text, term)) continue;
        if (!reading_.hedges.empty() && reading_.hedged(text, sentence, term)) continue;
        out.push_back(span_finding_with(document, term, {{"substance", substance_names(context.profiles()->catalog(), about)}}));
        return;
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    terms_.add_prefilter_clients(out);
  }

 private:
  TermList terms_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_overclaim(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"terms", "negations", "indirect_questions", "refutations", "negation_window", "hedges", "conditions"});
  return std::make_unique<Overclaim>(std::move(meta), TermList::read(options, "terms"),
                                     ClaimReading::read(options, options.find("hedges").has_value()));
}

}  // namespace medlint

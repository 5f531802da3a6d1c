// Detector `unqualified_safety`: "Ketamine is safe", "is Secure and helpful", "Risk-free",
// with no hedge in the clause ("generally", "when administered by...") and no negation.
#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"

namespace medlint {

namespace {

class UnqualifiedSafety : public Rule {
 public:
  UnqualifiedSafety(RuleMeta meta, TermList safety_terms, ClaimReading reading)
      : Rule(std::move(meta)), safety_terms_(std::move(safety_terms)), reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about) {
      for (const TextRange term : safety_terms_.find(text, sentence)) {
        if (!reading_.asserted(text, sentence, term) || reading_.hedged(text, sentence, term) || ClaimReading::quoted(text, term)) continue;
        const std::string substance = substance_names(profiles->catalog(), about);
        const std::string risks = major_risks(profiles->catalog(), about);
        out.push_back(span_finding_with(document, term, {{"substance", substance}, {"risks", risks}}));
        return;  // one finding per sentence
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    safety_terms_.add_prefilter_clients(out);
  }

 private:
  static std::string major_risks(const ProfileCatalog& catalog, const std::vector<SubstanceRef>& about) {
    std::string out;
    for (const Risk& risk : catalog.profiles()[about.front().profile].risks) {
      if (!risk.major) continue;
      out += (out.empty() ? "" : "; ") + risk.name;
    }
    return out.empty() ? "known risks" : out;
  }

  TermList safety_terms_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_unqualified_safety(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"safety_terms", "hedges", "conditions", "clause_joins", "negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech", "negation_window"});
  return std::make_unique<UnqualifiedSafety>(std::move(meta), TermList::read(options, "safety_terms"),
                                             ClaimReading::read(options, true));
}

}  // namespace medlint

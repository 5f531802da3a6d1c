// Detector `risk_omitted`: an article about a profiled substance that discusses its safety
// or side effects but never names one of its major risks: one document finding per risk.
#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"

namespace medlint {

namespace {

class RiskOmitted : public Rule {
 public:
  RiskOmitted(RuleMeta meta, TermList discussion_terms)
      : Rule(std::move(meta)), discussion_terms_(std::move(discussion_terms)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const DocumentProfiles* profiles = context.profiles();
    if (!profiles || !profiles->main_profile()) return;
    const std::string_view text = context.document().text();
    const TextRange all{0, text.size()};
    if (!discussion_terms_.any_in(text, all)) return;
    const Profile& profile = *profiles->main();
    const ProfileIndex& index = profiles->catalog().index(*profiles->main_profile());
    for (std::size_t i = 0; i < profile.risks.size(); ++i) {
      const Risk& risk = profile.risks[i];
      if (!risk.major || index.risk_terms[i].any_in(text, all)) continue;
      out.push_back(document_finding(meta().message.render({{"substance", profile.title}, {"risk", risk.name}})));
    }
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    discussion_terms_.add_prefilter_clients(out);
  }

 private:
  TermList discussion_terms_;
};

}  // namespace

std::unique_ptr<Rule> make_risk_omitted(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"discussion_terms"});
  return std::make_unique<RiskOmitted>(std::move(meta), TermList::read(options, "discussion_terms"));
}

}  // namespace medlint

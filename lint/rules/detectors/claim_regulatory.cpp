// Detector `regulatory_status`: an approval claim ("FDA approved", "approved for") next to
// an indication that no product of the substance is approved for. The substance is the
// one named in the same part of the sentence (split at ';'), else the article's main one.
#include <algorithm>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

class RegulatoryStatus : public Rule {
 public:
  RegulatoryStatus(RuleMeta meta, TermList approval_terms, ClaimReading reading)
      : Rule(std::move(meta)), approval_terms_(std::move(approval_terms)), reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>&) {
      for (const TextRange term : approval_terms_.find(text, sentence)) {
        if (ClaimReading::asked(text, sentence, term) || reading_.negated(text, sentence, term)) continue;
        const TextRange part = part_around(text, sentence, term.begin);
        std::vector<SubstanceRef> candidates = profiles->named_in(part);
        if (candidates.empty()) candidates = profiles->main_substances();
        if (candidates.empty()) continue;
        const Profile& profile = profiles->catalog().profiles()[candidates.front().profile];
        const ProfileIndex& index = profiles->catalog().index(candidates.front().profile);
        for (const TextRange indication : index.indication_terms.find(text, part)) {
          const std::string key = phrase_key(text.substr(indication.begin, indication.size()), true);
          const auto approved = index.approved_substances.find(key);
          const bool ok = approved != index.approved_substances.end() &&
                          std::any_of(candidates.begin(), candidates.end(), [&](const SubstanceRef& ref) {
                            const std::string& id = profile.substances[ref.substance].id;
                            return std::find(approved->second.begin(), approved->second.end(), id) != approved->second.end();
                          });
          if (ok) continue;
          const std::string substance = substance_names(profiles->catalog(), candidates);
          out.push_back(span_finding_with(document, term,
                                          {{"substance", substance},
                                           {"indication", text.substr(indication.begin, indication.size())},
                                           {"approved", approved_list(profile, candidates)}}));
          return;
        }
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    approval_terms_.add_prefilter_clients(out);
  }

 private:
  static TextRange part_around(std::string_view text, TextRange sentence, std::size_t offset) {
    std::size_t begin = offset;
    while (begin > sentence.begin && text[begin - 1] != ';') --begin;
    std::size_t end = offset;
    while (end < sentence.end && text[end] != ';') ++end;
    return {begin, end};
  }

  static std::string approved_list(const Profile& profile, const std::vector<SubstanceRef>& candidates) {
    std::string out;
    for (const Product& product : profile.products) {
      const bool relevant = std::any_of(candidates.begin(), candidates.end(), [&](const SubstanceRef& ref) {
        return profile.substances[ref.substance].id == product.substance;
      });
      if (!relevant) continue;
      for (const Indication& indication : product.approved_for) {
        out += (out.empty() ? "" : "; ") + product.name + ": " + indication.name;
      }
    }
    return out.empty() ? "no approved product" : out;
  }

  TermList approval_terms_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_regulatory_status(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"approval_terms", "negations", "negation_window"});
  return std::make_unique<RegulatoryStatus>(std::move(meta), TermList::read(options, "approval_terms"),
                                            ClaimReading::read(options, false));
}

}  // namespace medlint

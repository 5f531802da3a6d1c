// Detector `contraindicated_use`: the substance called safe for, or recommended for, a group
// its profile lists as contraindicated or cautioned ("safe during pregnancy"). A group the
// profile lists for some substances only (children, for esketamine) counts only in a
// sentence about one of them.
#include <algorithm>
#include <optional>
#include <utility>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"

namespace medlint {

namespace {

class ContraindicatedUse : public Rule {
 public:
  ContraindicatedUse(RuleMeta meta, TermList recommend_terms, ClaimReading reading)
      : Rule(std::move(meta)), recommend_terms_(std::move(recommend_terms)), reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about) {
      const Profile& profile = profiles->catalog().profiles()[about.front().profile];
      const ProfileIndex& index = profiles->catalog().index(about.front().profile);
      for (const TextRange term : recommend_terms_.find(text, sentence)) {
        if (ClaimReading::asked(text, sentence, term) || reading_.negated(text, sentence, term)) continue;
        // The group nearest after the term is the one it is said of: "safe during pregnancy
        // and for people with thyroid cancer" names pregnancy first.
        const TextRange rest{term.begin, sentence.end};
        std::optional<std::pair<TextRange, std::size_t>> nearest;  // group, contraindication index
        for (std::size_t i = 0; i < profile.contraindications.size(); ++i) {
          if (!applies(profile, profile.contraindications[i], about)) continue;
          const auto groups = index.contraindication_terms[i].find(text, rest);
          if (!groups.empty() && (!nearest || groups.front().begin < nearest->first.begin)) nearest.emplace(groups.front(), i);
        }
        if (!nearest) continue;
        const Contraindication& item = profile.contraindications[nearest->second];
        out.push_back(span_finding_with(document, term,
                                        {{"substance", substance_names(profiles->catalog(), about)},
                                         {"group", text.substr(nearest->first.begin, nearest->first.size())},
                                         {"listed", item.name + (item.absolute ? " (contraindication)" : " (caution)")}}));
        return;
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    recommend_terms_.add_prefilter_clients(out);
  }

 private:
  static bool applies(const Profile& profile, const Contraindication& item, const std::vector<SubstanceRef>& about) {
    return item.substances.empty() || std::any_of(about.begin(), about.end(), [&](const SubstanceRef& ref) {
             const std::string& id = profile.substances[ref.substance].id;
             return std::find(item.substances.begin(), item.substances.end(), id) != item.substances.end();
           });
  }

  TermList recommend_terms_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_contraindicated_use(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"recommend_terms", "negations", "negation_window"});
  return std::make_unique<ContraindicatedUse>(std::move(meta), TermList::read(options, "recommend_terms"),
                                              ClaimReading::read(options, false));
}

}  // namespace medlint

// Detector `risk_omitted`: an article about a profiled substance that discusses its safety
// or side effects but never names one of its major risks: one document finding per risk.
// A drug-safety term ("side effects", "safety", "warning") anywhere starts the check; a word
// that other texts use as often (`weak_discussion_terms`: "risk", "harm", "danger") does only
// in a paragraph with a sentence about the substance. A news item's "the risk of suicide is
// much greater" (said of depression) discusses no drug's safety. A term inside one of
// `not_within` ("FDA review for safety", "safety review": the approval process) is not one.
// A risk word split across a line end ("Blad-\nder") counts as named.
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/line_end_joins.hpp"
#include "text/paragraph.hpp"

namespace medlint {

namespace {

class RiskOmitted : public Rule {
 public:
  RiskOmitted(RuleMeta meta, TermList discussion_terms, TermList weak_discussion_terms, TermList not_within)
      : Rule(std::move(meta)),
        discussion_terms_(std::move(discussion_terms)),
        weak_discussion_terms_(std::move(weak_discussion_terms)),
        not_within_(std::move(not_within)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const DocumentProfiles* profiles = context.profiles();
    if (!profiles || !profiles->main_profile()) return;
    const std::string_view text = context.document().text();
    const TextRange all{0, text.size()};
    if (!discusses_safety(text, *profiles)) return;
    const Profile& profile = *profiles->main();
    const ProfileIndex& index = profiles->catalog().index(*profiles->main_profile());
    // A PDF's line breaks split words ("Blad-\nder toxicity"): a risk not found in the text
    // is looked for once more where such words are, joined.
    std::optional<std::string> joined;
    for (std::size_t i = 0; i < profile.risks.size(); ++i) {
      const Risk& risk = profile.risks[i];
      if (!risk.major || index.risk_terms[i].any_in(text, all)) continue;
      if (!joined) joined = joined_splits(text);
      if (!joined->empty() && index.risk_terms[i].any_in(*joined, {0, joined->size()})) continue;
      out.push_back(document_finding(meta().message.render({{"substance", profile.title}, {"risk", risk.name}})));
    }
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    discussion_terms_.add_prefilter_clients(out);
    weak_discussion_terms_.add_prefilter_clients(out);
    not_within_.add_prefilter_clients(out);
  }

 private:
  // Whether a discussion term stands anywhere, or a weak one in a paragraph with a sentence
  // about a profiled substance.
  bool discusses_safety(std::string_view text, const DocumentProfiles& profiles) const {
    const TextRange all{0, text.size()};
    const std::vector<TextRange> others = not_within_.find(text, all);  // empty without a list
    const std::vector<TextRange> terms = discussion_terms_.find(text, all);
    if (std::any_of(terms.begin(), terms.end(), [&](TextRange term) { return !any_covers(others, term); })) return true;
    if (weak_discussion_terms_.empty()) return false;
    const std::vector<DocumentProfiles::ClaimSentence>& about = profiles.claim_sentences();
    for (const TextRange term : weak_discussion_terms_.find(text, all)) {
      if (any_covers(others, term)) continue;
      // The sentences about a substance nearest after (or around) and before the term.
      const auto after = std::lower_bound(about.begin(), about.end(), term.begin,
                                          [](const DocumentProfiles::ClaimSentence& s, std::size_t offset) { return s.sentence.end <= offset; });
      if (after != about.end() && (after->sentence.begin <= term.begin || same_paragraph(text, term, after->sentence))) return true;
      if (after != about.begin() && same_paragraph(text, std::prev(after)->sentence, term)) return true;
    }
    return false;
  }

  TermList discussion_terms_;
  TermList weak_discussion_terms_;
  TermList not_within_;
};

}  // namespace

std::unique_ptr<Rule> make_risk_omitted(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"discussion_terms", "weak_discussion_terms", "not_within"});
  return std::make_unique<RiskOmitted>(std::move(meta), TermList::read(options, "discussion_terms"),
                                       TermList::read(options, "weak_discussion_terms", std::vector<std::string>{}),
                                       TermList::read(options, "not_within", std::vector<std::string>{}));
}

}  // namespace medlint

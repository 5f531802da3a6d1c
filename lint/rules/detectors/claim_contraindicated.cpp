// Detector `contraindicated_use`: the substance called safe for, or recommended for, a group
// its profile lists as contraindicated or cautioned ("safe during pregnancy"). A group the
// profile lists for some substances only (children, for esketamine) counts only in a
// sentence about one of them. The rule's `group_first_terms` ("safely") are said of a group
// named before them in the same clause: "Even pregnant women can use it safely". A group is
// read after a recommend term only up to the first of `group_ends` ("although", "except",
// another predicate: "and has", "it can cause") or a ';' or ':', so "safe for most adults,
// although pancreatitis is a risk" names no group.
#include <algorithm>
#include <optional>
#include <utility>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/ascii_text.hpp"

namespace medlint {

namespace {

class ContraindicatedUse : public Rule {
 public:
  ContraindicatedUse(RuleMeta meta, TermList recommend_terms, TermList group_first_terms, TermList group_ends,
                     ClaimReading reading)
      : Rule(std::move(meta)),
        recommend_terms_(std::move(recommend_terms)),
        group_first_terms_(std::move(group_first_terms)),
        group_ends_(std::move(group_ends)),
        reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about, const Profile& profile,
                                         const ProfileIndex& index) {
      const auto report = [&](TextRange claim, TextRange group, std::size_t item_index) {
        const Contraindication& item = profile.contraindications[item_index];
        out.push_back(span_finding_with(document, claim,
                                        {{"substance", substance_names(profiles->catalog(), about)},
                                         {"group", text.substr(group.begin, group.size())},
                                         {"listed", item.name + (item.absolute ? " (contraindication)" : " (caution)")}}));
      };
      for (const TextRange term : recommend_terms_.find(text, sentence)) {
        if (!reading_.asserted(text, sentence, term)) continue;
        // The group nearest after the term is the one it is said of: "safe during pregnancy
        // and for people with thyroid cancer" names pregnancy first.
        const auto group = nearest_group(profile, index, about, text, {term.begin, group_search_end(text, sentence, term)}, true);
        if (!group || group_negated(text, term.end, group->first)) continue;
        report({term.begin, group->first.end}, group->first, group->second);
        return;
      }
      for (const TextRange term : group_first_terms_.find(text, sentence)) {
        if (!reading_.asserted(text, sentence, term)) continue;
        // The group ending nearest before the term, in its clause.
        const auto group =
            nearest_group(profile, index, about, text, {clause_around(text, sentence, term.begin).begin, term.begin}, false);
        if (!group) continue;
        report({group->first.begin, term.end}, group->first, group->second);
        return;
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    recommend_terms_.add_prefilter_clients(out);
    group_first_terms_.add_prefilter_clients(out);
  }

 private:
  static bool applies(const Profile& profile, const Contraindication& item, const std::vector<SubstanceRef>& about) {
    return std::any_of(about.begin(), about.end(), [&](const SubstanceRef& ref) { return covers(profile, item.substances, ref); });
  }

  // Where the group a recommend term is said of can end: the first of `group_ends_`, ';' or
  // ':' after the term, else the sentence's end. Commas do not end it: "safe during
  // pregnancy, breastfeeding and for children" is one list.
  std::size_t group_search_end(std::string_view text, TextRange sentence, TextRange term) const {
    std::size_t end = sentence.end;
    const std::size_t mark = text.substr(term.end, sentence.end - term.end).find_first_of(";:");
    if (mark != std::string_view::npos) end = term.end + mark;
    const auto breaks = group_ends_.find(text, {term.end, end});
    return breaks.empty() ? end : breaks.front().begin;
  }

  // Whether the two words before `group` (after the term, which ends at `from`) negate it:
  // "safe for women who are not pregnant", or a "non-" prefix: "safe for non-pregnant adults".
  bool group_negated(std::string_view text, std::size_t from, TextRange group) const {
    const TextRange before{from, group.begin};
    if (reading_.negation_in_last_words(text, before, 2)) return true;
    const std::string_view prefix = text.substr(from, group.begin - from);
    return prefix.size() >= 4 && equals_ascii_caseless(prefix.substr(prefix.size() - 4), "non-");
  }

  // The listed group in `range` that `about` applies to, with its contraindication's index:
  // the one starting first when `first`, else the one ending last.
  static std::optional<std::pair<TextRange, std::size_t>> nearest_group(const Profile& profile, const ProfileIndex& index,
                                                                        const std::vector<SubstanceRef>& about,
                                                                        std::string_view text, TextRange range, bool first) {
    std::optional<std::pair<TextRange, std::size_t>> nearest;
    for (std::size_t i = 0; i < profile.contraindications.size(); ++i) {
      if (!applies(profile, profile.contraindications[i], about)) continue;
      const auto groups = index.contraindication_terms[i].find(text, range);
      if (groups.empty()) continue;
      const TextRange group = first ? groups.front() : groups.back();
      if (!nearest || (first ? group.begin < nearest->first.begin : group.end > nearest->first.end)) nearest.emplace(group, i);
    }
    return nearest;
  }

  TermList recommend_terms_;
  TermList group_first_terms_;
  TermList group_ends_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_contraindicated_use(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"recommend_terms", "group_first_terms", "group_ends", "negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech", "negation_window"});
  return std::make_unique<ContraindicatedUse>(std::move(meta), TermList::read(options, "recommend_terms"),
                                              TermList::read(options, "group_first_terms", std::vector<std::string>{}),
                                              TermList::read(options, "group_ends", std::vector<std::string>{}),
                                              ClaimReading::read(options, false));
}

}  // namespace medlint

// Detector `restricted_use`: a sentence about a substance that describes it used outside a
// condition its label sets (the profile's `restrictions`): esketamine taken at home although
// it is given only in certified settings, a drive home after a dose the label says not to
// drive after. A restriction counts only when it applies to every substance the sentence is
// about: "Ketamine doses at home cost less than Spravato sessions" names one it does not.
// Negated, questioned and refuted wordings stay silent ("Never drive yourself home"), and so
// do those the rule's hedges or conditions show within the condition ("the next day"). A
// restriction of named products holds only where the sentence names them. A wording after one
// of the rule's `contrasts` ("but", "whereas") with the substance named only before it, and no
// pronoun for it between ("Spravato must be given in a clinic, but our tablets can be taken at
// home"), is said of something else; so is a wording before anything of the profile is named,
// when its first name comes past a comma or a contrast ("Heroin is a Schedule I drug, and
// kratom is not").
#include <algorithm>
#include <span>
#include <utility>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

class RestrictedUse : public Rule {
 public:
  RestrictedUse(RuleMeta meta, TermList contrasts, ClaimReading reading)
      : Rule(std::move(meta)), contrasts_(std::move(contrasts)), reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about, const Profile& profile,
                                         const ProfileIndex& index) {
      for (std::size_t i = 0; i < profile.restrictions.size(); ++i) {
        const Restriction& item = profile.restrictions[i];
        if (!applies_to_all(profile, item, about)) continue;
        // The product names are looked for only in a sentence holding one of the wordings.
        const std::vector<TextRange> terms = index.restriction_terms[i].find(text, sentence);
        if (terms.empty() || !names_only_its_products(text, sentence, index, item)) continue;
        for (const TextRange term : terms) {
          if (ClaimReading::quoted(text, sentence, term) || !reading_.asserted(text, sentence, term)) continue;
          // "drive home the next day", "a friend to drive home": the condition is met.
          if (reading_.hedged(text, sentence, term)) continue;
          if (said_of_another(*profiles, index, text, sentence, term) || said_before_naming(*profiles, index, text, sentence, term)) continue;
          out.push_back(span_finding_with(document, term,
                                          {{"substance", substance_names(profiles->catalog(), about)}, {"condition", item.name}}));
          return;  // one finding a sentence
        }
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

 private:
  static bool applies_to_all(const Profile& profile, const Restriction& item, const std::vector<SubstanceRef>& about) {
    return std::all_of(about.begin(), about.end(), [&](const SubstanceRef& ref) { return covers(profile, item.substances, ref); });
  }

  // A restriction of some products ("Ozempic" is for adults, its sibling "Wegovy" also for
  // children from 12) holds for a sentence naming one of them and no other product.
  static bool names_only_its_products(std::string_view text, TextRange sentence, const ProfileIndex& index, const Restriction& item) {
    if (item.products.empty()) return true;
    const std::vector<TextRange> named = index.product_names.find(text, sentence);
    return !named.empty() && std::all_of(named.begin(), named.end(), [&](TextRange name) {
      const std::string key = phrase_key(text.substr(name.begin, name.size()), true);
      return std::any_of(item.products.begin(), item.products.end(), [&](const std::string& p) { return phrase_key(p, true) == key; });
    });
  }

  // The last contrast before `term` in its sentence, the substance named before it and not
  // after it, and no pronoun or subject term of the profile ("the drug", "this medication")
  // between the contrast and the term.
  bool said_of_another(const DocumentProfiles& profiles, const ProfileIndex& index, std::string_view text, TextRange sentence,
                       TextRange term) const {
    if (contrasts_.empty()) return false;
    const std::vector<TextRange> found = contrasts_.find(text, TextRange{sentence.begin, term.begin});
    if (found.empty()) return false;
    const TextRange after{found.back().end, term.begin};
    if (profiles.named_in(TextRange{sentence.begin, found.back().begin}).empty()) return false;
    if (!profiles.named_in(after).empty()) return false;
    return !index.object_pronouns.any_in(text, after) && !index.subject_pronouns.any_in(text, after) &&
           !index.subject_terms.any_in(text, after);
  }

  // Nothing of the profile (a name, a pronoun, a subject term) before `term`, and its first
  // name after it past a comma, a semicolon or a contrast: "Heroin is a Schedule I drug, and
  // kratom is not" says the wording of heroin.
  bool said_before_naming(const DocumentProfiles& profiles, const ProfileIndex& index, std::string_view text, TextRange sentence,
                          TextRange term) const {
    const TextRange before{sentence.begin, term.begin};
    if (!profiles.named_in(before).empty() || index.subject_pronouns.any_in(text, before) || index.subject_terms.any_in(text, before) ||
        index.object_pronouns.any_in(text, before)) {
      return false;
    }
    const std::span<const Mention> later = profiles.mentions_in(TextRange{term.end, sentence.end});
    if (later.empty()) return false;
    const TextRange between{term.end, later.front().range.begin};
    return text.substr(between.begin, between.size()).find_first_of(",;") != std::string_view::npos || contrasts_.any_in(text, between);
  }

  TermList contrasts_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_restricted_use(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech",
                         "hedges", "conditions", "clause_joins", "negation_window", "contrasts"});
  return std::make_unique<RestrictedUse>(std::move(meta), TermList::read(options, "contrasts", std::vector<std::string>{}),
                                         ClaimReading::read(options, true));
}

}  // namespace medlint

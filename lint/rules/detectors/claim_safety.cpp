// Detector `unqualified_safety`: "Ketamine is safe", "is Secure and helpful", "Risk-free",
// with no hedge in the clause ("generally", "when administered by...") and no negation.
// A term that denies one risk ("not addictive": `risk_named_terms` maps it to "addictive") is
// a claim only about a substance whose profile lists that risk, of any severity: "Semaglutide
// is not addictive" is true, "Ketamine is not addictive" is not.
#include <cctype>
#include <map>
#include <set>

#include "claims/claim_scan.hpp"
#include "text/case_fold.hpp"
#include "rules/phrase_keys.hpp"
#include "rules/detectors/claim_detectors.hpp"

namespace medlint {

namespace {

class UnqualifiedSafety : public Rule {
 public:
  UnqualifiedSafety(RuleMeta meta, TermList safety_terms, std::map<std::string, std::string> risk_named_terms,
                    std::set<std::string> absolute_terms, ClaimReading reading)
      : Rule(std::move(meta)),
        safety_terms_(std::move(safety_terms)),
        risk_named_terms_(std::move(risk_named_terms)),
        absolute_terms_(std::move(absolute_terms)),
        reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about) {
      for (const TextRange term : safety_terms_.find(text, sentence)) {
        if (!reading_.asserted(text, sentence, term) || ClaimReading::quoted(text, sentence, term)) continue;
        if (compound_tail(text, sentence, term)) continue;
        // "completely safe at low doses" stays absolute: only a hedge before it softens it.
        const bool absolute = absolute_terms_.count(phrase_key(text.substr(term.begin, term.size()), true)) != 0;
        if (absolute ? reading_.hedged_before(text, sentence, term) : reading_.hedged(text, sentence, term)) continue;
        const std::string substance = substance_names(profiles->catalog(), about);
        const Profile& profile = profiles->catalog().profiles()[about.front().profile];
        std::string risks;
        if (const auto named = risk_named_terms_.find(phrase_key(text.substr(term.begin, term.size()), true));
            named != risk_named_terms_.end()) {
          risks = risk_naming(profile, named->second);
          if (risks.empty()) continue;  // the profile lists no such risk: the denial is not contradicted
        } else {
          risks = major_risks(profile);
        }
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
  // The last part of a hyphenated compound ("treatment-safe", a spinner's "treatment-resistant";
  // "child-safe") describes the word before it, not the substance.
  static bool compound_tail(std::string_view text, TextRange sentence, TextRange term) {
    if (term.begin < sentence.begin + 2 || text[term.begin - 1] != '-') return false;
    const auto before = static_cast<unsigned char>(text[term.begin - 2]);
    return std::isalnum(before) != 0 || before >= 0x80;
  }

  static std::string major_risks(const Profile& profile) {
    std::string out;
    for (const Risk& risk : profile.risks) {
      if (!risk.major) continue;
      out += (out.empty() ? "" : "; ") + risk.name;
    }
    return "major risks (" + (out.empty() ? std::string("known risks") : out) + ")";
  }

  // "the risk of X" for the first risk of `profile` that lists `word` among its terms, else "".
  static std::string risk_naming(const Profile& profile, const std::string& word) {
    for (const Risk& risk : profile.risks) {
      for (const std::string& risk_term : risk.terms) {
        if (fold_case(risk_term) == word) return "the risk of " + risk.name;
      }
    }
    return {};
  }

  TermList safety_terms_;
  std::map<std::string, std::string> risk_named_terms_;  ///< folded safety term → folded risk term
  std::set<std::string> absolute_terms_;                 ///< folded safety terms no condition after them excuses
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_unqualified_safety(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"safety_terms", "risk_named_terms", "absolute_terms", "hedges", "conditions", "clause_joins", "negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech", "negation_window"});
  std::map<std::string, std::string> risk_named_terms;
  std::vector<std::string> safety_terms = keyed_phrases(options.at("safety_terms"));
  if (const auto named = options.find("risk_named_terms")) {
    for (const auto& [term, risk_term] : named->members()) {
      risk_named_terms.emplace(phrase_key(term, true), fold_case(risk_term.string()));
      safety_terms.push_back(term);
    }
  }
  std::set<std::string> absolute_terms;
  if (const auto absolute = options.find("absolute_terms")) {
    std::set<std::string> keys;
    for (const std::string& term : safety_terms) keys.insert(phrase_key(term, true));
    for (const std::string& term : absolute->strings()) {
      if (keys.count(phrase_key(term, true)) == 0) absolute->fail("'" + term + "' is not one of the rule's safety_terms");
      absolute_terms.insert(phrase_key(term, true));
    }
  }
  return std::make_unique<UnqualifiedSafety>(std::move(meta), TermList(std::move(safety_terms)), std::move(risk_named_terms),
                                             std::move(absolute_terms), ClaimReading::read(options, true));
}

}  // namespace medlint

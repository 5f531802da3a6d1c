// Detector `dose_schedule`: a sentence that gives a product another dosing schedule than its
// label ("Ozempic is a once-daily injection": Ozempic is injected once a week; "Rybelsus is a
// weekly pill": it is taken daily). The schedule a product is labelled for is the `per` of
// its dose ranges in the profile, when they all agree; the wordings of each schedule are the
// rule's `schedules`. A schedule word counts only next to a dosing word ("injection",
// "taken", within `window` words in its clause), so "walk every day" is no dosing schedule.
// The sentence stays silent when it also names the labelled schedule ("Rybelsus is taken
// daily, Ozempic weekly"), names products labelled for different schedules or another drug
// (`other_drugs`: "Saxenda, a daily injection"), or negates, asks or refutes the schedule. A
// clause with a dose unit (`dose_units`: "Ozempic 1 mg is injected daily") is `dose_range`'s,
// which holds the amount to the ranges of the schedule stated and reports it once.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

class DoseSchedule : public Rule {
 public:
  DoseSchedule(RuleMeta meta, ClaimReading reading, std::vector<std::pair<std::string, TermList>> schedules, TermList dosing_terms,
               TermList other_drugs, TermList dose_units, std::size_t window)
      : Rule(std::move(meta)),
        reading_(std::move(reading)),
        schedules_(std::move(schedules)),
        dosing_terms_(std::move(dosing_terms)),
        other_drugs_(std::move(other_drugs)),
        dose_units_(std::move(dose_units)),
        window_(window) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& /*about*/, const Profile& profile,
                                         const ProfileIndex& index) {
      const std::map<std::string, std::string> labelled = labelled_schedules(text, sentence, profile, index);
      if (labelled.empty()) return;
      // Products with different schedules in one sentence ("Rybelsus is a daily tablet version
      // of Ozempic"): a schedule word may be either's.
      const std::string& product = labelled.begin()->first;
      const std::string& per = labelled.begin()->second;  // no structured binding: lambdas capture it (clang 14)
      if (std::any_of(labelled.begin(), labelled.end(), [&](const auto& p) { return p.second != per; })) return;
      // Which schedules the sentence names, and where.
      std::vector<std::pair<const std::string*, TextRange>> stated;
      for (const auto& [name, terms] : schedules_) {
        for (const TextRange term : terms.find(text, sentence)) stated.emplace_back(&name, term);
      }
      if (stated.empty() || other_drugs_.any_in(text, sentence)) return;
      if (std::any_of(stated.begin(), stated.end(), [&](const auto& s) { return *s.first == per; })) return;
      for (const auto& named : stated) {
        const TextRange term = named.second;
        if (!next_to_dosing_word(document, sentence, term)) continue;
        if (ClaimReading::quoted(text, sentence, term) || !reading_.asserted(text, sentence, term)) continue;
        out.push_back(span_finding_with(document, term, {{"substance", product}, {"schedule", "a " + per}}));
        return;  // one finding a sentence
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }
  // No prefilter clients: the lists are read only in sentences that name a product with one
  // schedule, few and short, where walking their words costs less than adding every schedule
  // wording to the one-pass scan (1 M instructions per MB when they were).

 private:
  // The products the sentence names whose dose ranges all give one schedule: name → "week".
  static std::map<std::string, std::string> labelled_schedules(std::string_view text, TextRange sentence, const Profile& profile,
                                                               const ProfileIndex& index) {
    std::map<std::string, std::string> out;
    for (const TextRange name : index.product_names.find(text, sentence)) {
      const std::string key = phrase_key(text.substr(name.begin, name.size()), true);
      for (const Product& product : profile.products) {
        if (phrase_key(product.name, true) != key) continue;
        std::set<std::string> pers;
        for (const DoseRange& range : profile.doses) {
          if (range.product == product.name) pers.insert(range.per);
        }
        if (pers.size() == 1 && !pers.begin()->empty()) out.emplace(product.name, *pers.begin());
      }
    }
    return out;
  }

  // A dosing word within `window_` words of the schedule term, in the term's clause, and no
  // dose with units there.
  bool next_to_dosing_word(const Document& document, TextRange sentence, TextRange term) const {
    const std::string_view text = document.text();
    const TextRange clause = clause_around(text, sentence, term.begin);
    if (dose_units_.any_in(text, clause)) return false;
    for (const TextRange dosing : dosing_terms_.find(text, clause)) {
      if (dosing.begin < term.end && term.begin < dosing.end) return true;  // "monthly injection" holds its dosing word
      const TextRange between = dosing.end <= term.begin ? TextRange{dosing.end, term.begin} : TextRange{term.end, dosing.begin};
      if (document.words_in(between).size() <= window_) return true;
    }
    return false;
  }

  ClaimReading reading_;
  std::vector<std::pair<std::string, TermList>> schedules_;
  TermList dosing_terms_;
  TermList other_drugs_;
  TermList dose_units_;
  std::size_t window_;
};

}  // namespace

std::unique_ptr<Rule> make_dose_schedule(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech",
                         "negation_window", "schedules", "dosing_terms", "other_drugs", "dose_units", "window"});
  std::vector<std::pair<std::string, TermList>> schedules;
  for (const auto& [name, terms] : options.at("schedules").members()) schedules.emplace_back(name, TermList(terms.strings()));
  if (schedules.empty()) options.at("schedules").fail("expected at least one schedule");
  const std::size_t window = options.find("window") ? options.at("window").count() : 2;
  return std::make_unique<DoseSchedule>(std::move(meta), ClaimReading::read(options, false), std::move(schedules),
                                        TermList::read(options, "dosing_terms"), TermList::read(options, "other_drugs", std::vector<std::string>{}),
                                        TermList::read(options, "dose_units", std::vector<std::string>{}), window);
}

}  // namespace medlint

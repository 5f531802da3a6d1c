// The claim and risk detectors (SPEC section 6): they read reference profiles through the
// LintContext and their wording lists (safety words, hedges, negations...) from options.
//   unqualified_safety   the substance called safe, harmless, risk-free, with no hedge
//   overclaim            "proven", "cure", "guaranteed", "miracle" about the substance
//   regulatory_status    "FDA approved for X" where no product of the substance lists X
//   contraindicated_use  called safe or recommended for a contraindicated group
//   restricted_use       use outside a condition of the label ("take Spravato at home")
//   dose_range           a dose with units outside every range of the profile
//   dose_schedule        a dosing schedule the product's label does not give ("daily" Ozempic)
//   risk_omitted         a safety discussion that never mentions a major risk
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_unqualified_safety(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_overclaim(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_regulatory_status(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_contraindicated_use(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_restricted_use(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_dose_range(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_dose_schedule(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_risk_omitted(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

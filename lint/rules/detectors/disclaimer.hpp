// Detector `disclaimer`: a medical disclaimer has two halves, a statement that the page is
// not medical advice and a referral to a qualified professional. `report: "missing"` fires
// when neither is there, `report: "incomplete"` when only one is, or when a wording the
// publisher requires is absent. Where it must appear is an option (anywhere, first or last
// N lines), and the message shows the team's example wording.
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_disclaimer(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

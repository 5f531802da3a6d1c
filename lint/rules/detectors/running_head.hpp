// Detector `running_head`: a line that recurs through a page, as the running head or
// footer of a converted PDF does ("Journal of Clinical Psychiatry 2021; 12(3): 45-58   47"
// on every page). Each copy after the first is reported.
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_running_head(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

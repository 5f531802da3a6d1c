// The human documentation of a rule, as `medlint explain ID` and `rules show ID` print it.
#pragma once

#include <string>

#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::string render_explain(const Rule& rule);

/// The first sentence of a rule's explanation: its one-line summary in lists and SARIF.
[[nodiscard]] std::string explain_summary(const Explain& explain);

}  // namespace medlint

// Detector `unused_suppression`: a medlint-disable directive that suppressed nothing (the
// text was fixed, or the rule id is misspelt). Its check finds nothing by itself: the engine
// knows which directives were used only after every rule ran, and asks this rule for the
// findings then (unused_findings).
#pragma once

#include <memory>
#include <vector>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"
#include "text/suppression.hpp"

namespace medlint {

class UnusedSuppressionRule : public Rule {
 public:
  using Rule::Rule;
  void check(const LintContext&, std::vector<Finding>&) const override {}

  /// One finding per directive of `document` whose `used` flag is 0 (enable directives excepted).
  void unused_findings(const Document& document, const std::vector<char>& used, std::vector<Finding>& out) const;
};

[[nodiscard]] std::unique_ptr<Rule> make_unused_suppression(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

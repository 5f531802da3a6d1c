// Runs the active rules over one Document and returns its findings in a stable order
// (position, then rule id). A rule that throws (a regex hitting Boost's complexity limit)
// loses its findings for this document only; the failure is returned, not fatal.
#pragma once

#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace medlint {

struct LintResult {
  std::vector<Finding> findings;
  std::vector<std::string> rule_failures;  ///< "rule-id: what went wrong"
};

class Engine {
 public:
  explicit Engine(std::vector<const Rule*> rules) : rules_(std::move(rules)) {}

  [[nodiscard]] LintResult lint(const Document& document) const;
  [[nodiscard]] const std::vector<const Rule*>& rules() const { return rules_; }

 private:
  std::vector<const Rule*> rules_;
};

}  // namespace medlint

// How a rule is searched, for `medlint rules list --cost`: only where its literals occur,
// over the whole text (a pattern or phrase list without usable literals), or by its own walk.
#pragma once

#include <string>

#include "rules/rule.hpp"

namespace medlint {

struct RuleCost {
  std::string cost;  ///< "literal", "full-scan" or "detector"
  std::size_t matchers = 0;
  std::size_t without_literals = 0;
  std::size_t literals = 0;
};

[[nodiscard]] RuleCost rule_cost(const Rule& rule);

}  // namespace medlint

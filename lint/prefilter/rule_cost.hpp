// How a rule is searched, for `medlint rules list --cost`: only where the one-pass scan
// finds candidates (its literals, or a Vectorscan superset of its regex), over the whole
// text (a matcher with neither), or by its own walk over words and sentences (detector).
#pragma once

#include <string>

#include "rules/rule.hpp"

namespace medlint {

struct RuleCost {
  std::string cost;  ///< "prefilter", "full-scan" or "detector"
  std::size_t matchers = 0;
  std::size_t unfiltered = 0;  ///< matchers with neither literals nor a pattern
  std::size_t patterns = 0;    ///< matchers prefiltered by a Vectorscan superset pattern
  std::size_t literals = 0;    ///< literals of the other matchers
};

[[nodiscard]] RuleCost rule_cost(const Rule& rule);

}  // namespace medlint

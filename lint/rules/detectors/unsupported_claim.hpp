// Detector `unsupported_claim`: "studies have proven", "research shows", "experts agree"
// when neither that sentence nor the next carries a citation marker, reference or link
// (JAMA attribution criterion).
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_unsupported_claim(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

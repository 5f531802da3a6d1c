// Detector `anchor_text`: link text a scraper left inside a sentence ("blocking NMDA
// get more info receptors", "the infusion is completed and Learn.").
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_anchor_text(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

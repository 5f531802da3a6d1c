// Detector `lowercase_line_start`: a line that opens with a lower-case word although the
// line before it ended a sentence — a sentence whose capital a spinner or scraper lost.
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_lowercase_line_start(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

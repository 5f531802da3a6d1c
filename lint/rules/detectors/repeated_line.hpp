// Detector `repeated_line`: a line repeated verbatim right after itself (a title line the
// scraper captured twice), or with `anywhere`, a long line repeating any earlier one (a
// paragraph captured twice). The later copy is reported, with its removal as the fix.
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_repeated_line(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

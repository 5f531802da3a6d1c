// The unified diff --fix-dry-run prints. The edits are known, so hunks come straight from
// them (no diff algorithm needed): the changed lines of the old text as '-' lines, the same
// region of the new text as '+' lines, and three lines of context, as `patch -p0` applies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/fix_edits.hpp"

namespace medlint {

[[nodiscard]] std::string unified_diff(const std::string& path, std::string_view old_text, const std::vector<TextEdit>& edits);

}  // namespace medlint

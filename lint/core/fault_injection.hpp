// Test-only failure points, switched on by MEDLINT_FAULT_INJECT=NAME: the test suite uses them
// to put medlint in states a real run reaches only by bad luck (killed between write and
// rename, a file changing or vanishing while read). Unset in normal runs, they cost one
// environment lookup per use.
#pragma once

#include <string_view>

namespace medlint {

/// Whether MEDLINT_FAULT_INJECT names `point` ("kill-before-rename", "append-during-read",
/// "remove-before-read").
[[nodiscard]] bool fault_injected(std::string_view point);

}  // namespace medlint

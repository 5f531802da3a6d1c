// Finding fingerprints: what SARIF's partialFingerprints and baselines match on. Built from
// the rule id, the path, the matched text and which occurrence of that text (for that rule)
// it is in the file - never the line number, so a finding keeps its fingerprint when text
// above it is added, removed or moved.
#pragma once

#include <string>
#include <string_view>

#include "report/file_report.hpp"

namespace medlint {

/// 64-bit FNV-1a over the parts, as 16 lower-case hex digits. The algorithm is part of the
/// baseline file format: changing it invalidates every baseline.
[[nodiscard]] std::string fingerprint_of(std::string_view rule, std::string_view path, std::string_view matched,
                                         std::size_t occurrence);

/// Sets every finding's fingerprint (document findings use an empty matched text).
void assign_fingerprints(FileReport& report);

}  // namespace medlint

// Turns engine findings (text byte ranges) into reported findings (source lines and
// code-point columns, excerpt, matched text).
#pragma once

#include "report/file_report.hpp"
#include "rules/rule.hpp"
#include "text/document.hpp"

namespace medlint {

[[nodiscard]] ReportedFinding resolve_finding(const Finding& finding, const Document& document);

}  // namespace medlint

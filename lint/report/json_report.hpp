// The JSON shapes of SPEC section 5, shared by the json/jsonl reporters and auditor reports.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "report/file_report.hpp"

namespace medlint {

/// One finding; with `path` set, the path is added first (the JSONL shape).
[[nodiscard]] nlohmann::ordered_json finding_json(const ReportedFinding& finding, const std::string* path);
/// {"path": ..., "findings": [...]}: one entry of the report's "files".
[[nodiscard]] nlohmann::ordered_json file_report_json(const FileReport& report);

}  // namespace medlint

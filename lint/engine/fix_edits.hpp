// The edits --fix makes: the suggestions of rules marked "fix": "safe", taken from resolved
// findings. An edit is kept only where the source bytes still read exactly as the matched
// text (so a fix never cuts through HTML markup or an entity) and it does not overlap an
// earlier edit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "report/file_report.hpp"

namespace medlint {

struct TextEdit {
  std::size_t begin = 0, end = 0;  ///< byte range in the decoded source
  std::string replacement;
};

/// The safe edits for `report` (which must carry its source), sorted, non-overlapping.
/// An empty replacement of a whole line also removes that line's end.
[[nodiscard]] std::vector<TextEdit> safe_fix_edits(const FileReport& report);

/// `source` with the edits applied.
[[nodiscard]] std::string apply_edits(std::string_view source, const std::vector<TextEdit>& edits);

}  // namespace medlint

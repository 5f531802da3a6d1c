// Where a large document is cut so that its paragraph-local rules can run on several threads:
// only after a blank line (the end of a run of line feeds), never inside a paragraph.
#pragma once

#include <string_view>
#include <vector>

#include "text/text_range.hpp"

namespace medlint {

/// Consecutive ranges covering `text`, each ending at the first paragraph end at or after
/// `target_bytes` from its start (or at the text's end). A text without blank lines is one run.
[[nodiscard]] std::vector<TextRange> paragraph_runs(std::string_view text, std::size_t target_bytes);

}  // namespace medlint

// The text with words put back together where a line end split them: "Blad-\nder" reads
// "Bladder" and a soft hyphen inside a word (U+00AD) goes. Checks that look for a word
// anywhere in a page ("does it mention bladder toxicity?") read this copy, so a PDF's line
// breaks do not hide the word. Offsets do not map back: it is for presence, not for spans.
#pragma once

#include <string>
#include <string_view>

namespace medlint {

/// Whether `text` holds anything join_line_end_hyphens would change.
[[nodiscard]] bool has_line_end_joins(std::string_view text);

/// `text` with each letter-hyphen-line-end-letter joined and soft hyphens removed.
[[nodiscard]] std::string join_line_end_hyphens(std::string_view text);

}  // namespace medlint

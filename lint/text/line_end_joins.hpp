// Words put back together where a line end split them: "Blad-\nder" reads "Bladder", and a
// soft hyphen inside a word (U+00AD) goes. Checks that look for a word anywhere in a page
// ("does it mention bladder toxicity?") also read these, so a PDF's line breaks do not hide
// the word. Offsets do not map back: the result is for presence, not for spans.
#pragma once

#include <string>
#include <string_view>

namespace medlint {

/// `text` with each letter-hyphen-line-end-letter joined and soft hyphens removed.
[[nodiscard]] std::string join_line_end_hyphens(std::string_view text);

/// Only the places that change, joined, each with up to `context_words` words on either
/// side (the split word's halves among them), one a line: a far shorter text to search than
/// the whole page joined.
[[nodiscard]] std::string joined_splits(std::string_view text, std::size_t context_words = 3);

}  // namespace medlint

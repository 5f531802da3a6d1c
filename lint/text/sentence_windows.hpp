// Where ICU's sentence rules can place a break, so that ICU reads only those stretches of a
// text instead of all of it. By UAX #29, which ICU's sentence rules implement, a sentence
// ends only after a paragraph separator (SB4) or after a terminator run, STerm or ATerm
// followed by closing punctuation and spaces (SB11); whether it does depends on the character
// before the terminator (SB7) and on what follows up to the next letter, separator or
// terminator (SB6, SB8, SB8a). A window holds exactly that context: ICU run over the window
// decides its inner positions as it would over the whole text (tested against a whole pass
// on the corpus, the seeds and random text of every sentence-break class).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/text_range.hpp"

namespace medlint {

struct SentenceWindows {
  /// Disjoint stretches in text order; every break not listed below lies strictly inside one.
  std::vector<TextRange> windows;
  /// Offsets just after a paragraph separator (LF, CR not before LF, NEL, LS, PS): always breaks.
  std::vector<std::size_t> separator_breaks;
};

/// The windows of `text`; nothing when it is not valid UTF-8 (the caller then lets ICU read
/// it all, since ICU's substitutions for bad bytes are not ours to predict).
[[nodiscard]] std::optional<SentenceWindows> find_sentence_windows(std::string_view text);

}  // namespace medlint

// Where ICU's sentence rules can place a break, so that ICU reads only those stretches of a
// text instead of all of it. By UAX #29, which ICU's sentence rules implement, a sentence
// ends only after a paragraph separator (SB4) or after a terminator run, STerm or ATerm
// followed by closing punctuation and spaces (SB11); whether it does depends on the character
// before the terminator (SB7) and on what follows up to the next letter, separator or
// terminator (SB6, SB8, SB8a). A window holds exactly that context: ICU run over the window
// decides its inner positions as it would over the whole text (tested against a whole pass
// on the corpus, the seeds and random text of every sentence-break class).
#pragma once

#include <functional>
#include <string_view>

#include "text/text_range.hpp"

namespace medlint {

/// Calls on_window(range) for each window, disjoint and in text order, once the scan has
/// passed it, and on_separator_break(offset) for each offset just after a paragraph separator
/// (LF, CR not before LF, NEL, LS, PS), which is always a break; every other break lies
/// strictly inside a window. Returns false, having stopped, when `text` is not valid UTF-8
/// (the caller then lets ICU read it all, since ICU's substitutions for bad bytes are not
/// ours to predict).
bool for_each_sentence_window(std::string_view text, const std::function<void(TextRange)>& on_window,
                              const std::function<void(std::size_t)>& on_separator_break);

}  // namespace medlint

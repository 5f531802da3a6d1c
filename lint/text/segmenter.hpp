// Sentence and word boundaries from ICU's BreakIterator, run directly over UTF-8 (UText),
// so every boundary is already a byte offset into the text: no UTF-16 indices leak out.
#pragma once

#include <string_view>
#include <vector>

#include "text/text_range.hpp"

namespace medlint {

/// Sentences in order, trailing whitespace trimmed; blank stretches produce no sentence.
[[nodiscard]] std::vector<TextRange> split_sentences(std::string_view text);

struct Word {
  TextRange range;
  bool is_number = false;  ///< ICU tagged it as a number rather than letters
};

/// Word tokens (letters, numbers, ideographs); spaces and punctuation are left out.
[[nodiscard]] std::vector<Word> split_words(std::string_view text);

}  // namespace medlint

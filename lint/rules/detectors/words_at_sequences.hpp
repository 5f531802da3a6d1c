// Detectors that judge single words (homoglyphs, OCR confusions) only need the words holding
// some byte sequence: those come from the one-pass scan, and ICU is asked for each word once.
#pragma once

#include <optional>

#include "prefilter/byte_sequences.hpp"
#include "text/document.hpp"

namespace medlint {

/// Calls on_word(word) once for each word of `document` holding a start of one of
/// `sequences`, in text order.
template <class OnWord>
void for_each_word_holding(const Document& document, const ByteSequences& sequences, OnWord&& on_word) {
  std::size_t checked_to = 0;
  sequences.for_each_start(document.text(), [&](std::size_t offset) {
    if (offset < checked_to) return;
    const std::optional<Word> word = document.word_at(offset);
    if (!word) return;
    checked_to = word->range.end;
    on_word(*word);
  });
}

}  // namespace medlint

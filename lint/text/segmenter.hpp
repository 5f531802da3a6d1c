// Sentence and word boundaries from ICU's BreakIterator, run directly over UTF-8 (UText),
// so every boundary is already a byte offset into the text: no UTF-16 indices leak out.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "text/text_range.hpp"

namespace medlint {

/// Sentences in order, trailing whitespace trimmed; blank stretches produce no sentence.
/// ICU reads only the stretches where a break can fall (text/sentence_windows.hpp).
[[nodiscard]] std::vector<TextRange> split_sentences(std::string_view text);
/// The same sentences from ICU reading the whole text: the reference split_sentences is
/// tested against.
[[nodiscard]] std::vector<TextRange> split_sentences_whole_pass(std::string_view text);

struct Word {
  TextRange range;
  bool is_number = false;  ///< ICU tagged it as a number rather than letters
};

/// Word tokens (letters, numbers, ideographs); spaces and punctuation are left out.
[[nodiscard]] std::vector<Word> split_words(std::string_view text);

/// Words of one text found on demand through ICU's random access (following, previous), so
/// a rule that needs a few words does not pay for segmenting the whole text. ICU gives the
/// same segments at any offset as a pass from the start does (tested against split_words).
/// One thread at a time; the text must outlive the locator.
class WordLocator {
 public:
  explicit WordLocator(std::string_view text);
  ~WordLocator();
  WordLocator(const WordLocator&) = delete;
  WordLocator& operator=(const WordLocator&) = delete;

  /// The word holding `offset`, or nothing when the segment there is space or punctuation.
  [[nodiscard]] std::optional<Word> word_at(std::size_t offset);
  /// The words starting in `range`, plus one that starts before it and reaches into it.
  [[nodiscard]] std::vector<Word> words_in(TextRange range);

 private:
  /// The token (text between ASCII whitespace) holding `offset` when it is short and ICU
  /// segments it alike on its own: its words then come from the thread's cache.
  [[nodiscard]] std::optional<TextRange> token_at(std::size_t offset) const;
  /// words_in through ICU's random access, for ranges holding a token the cache cannot take.
  [[nodiscard]] std::vector<Word> icu_words_in(TextRange range);

  struct Iterator;
  std::string_view text_;
  std::unique_ptr<Iterator> iterator_;
};

}  // namespace medlint

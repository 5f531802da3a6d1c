// ICU break iterators are costly to create, so each thread clones one prototype and reuses it.
#include "text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace medlint {

namespace {

enum class BreakKind { sentence, word };

icu::BreakIterator& thread_iterator(BreakKind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> sentence;
  thread_local std::unique_ptr<icu::BreakIterator> word;
  std::unique_ptr<icu::BreakIterator>& slot = kind == BreakKind::sentence ? sentence : word;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(kind == BreakKind::sentence ? icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status)
                                           : icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !slot) throw std::runtime_error("ICU break iterator unavailable");
  }
  return *slot;
}

// Owns a UText over UTF-8 for the duration of one segmentation.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    ut_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not open UTF-8 text");
  }
  ~Utf8Text() { utext_close(ut_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return ut_; }

 private:
  UText* ut_ = nullptr;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Calls on_segment(start, end, rule_status) for each segment ICU finds in `text`.
template <class OnSegment>
void for_each_segment(std::string_view text, BreakKind kind, OnSegment&& on_segment) {
  if (text.empty()) return;
  Utf8Text utext(text);
  icu::BreakIterator& it = thread_iterator(kind);
  UErrorCode status = U_ZERO_ERROR;
  it.setText(utext.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU could not segment text");
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    on_segment(static_cast<std::size_t>(start), static_cast<std::size_t>(end), it.getRuleStatus());
  }
  it.setText(icu::UnicodeString());  // drop the reference to the UText before it closes
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text) {
  std::vector<TextRange> sentences;
  for_each_segment(text, BreakKind::sentence, [&](std::size_t b, std::size_t e, int32_t) {
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (b < e) sentences.push_back({b, e});
  });
  return sentences;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  for_each_segment(text, BreakKind::word, [&](std::size_t b, std::size_t e, int32_t tag) {
    if (tag == UBRK_WORD_NONE) return;  // spaces and punctuation
    words.push_back({{b, e}, tag >= UBRK_WORD_NUMBER && tag < UBRK_WORD_NUMBER_LIMIT});
  });
  return words;
}

// The iterator is a clone of the thread's prototype (cloning is cheap next to creating one),
// owned with its UText so a locator lives as long as the document that asks it.
struct WordLocator::Iterator {
  Utf8Text utext;
  std::unique_ptr<icu::BreakIterator> breaks;

  explicit Iterator(std::string_view text) : utext(text), breaks(thread_iterator(BreakKind::word).clone()) {
    if (!breaks) throw std::runtime_error("ICU could not clone a break iterator");
    UErrorCode status = U_ZERO_ERROR;
    breaks->setText(utext.get(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not segment text");
  }
  ~Iterator() { breaks->setText(icu::UnicodeString()); }  // drop the UText before it closes
  Iterator(const Iterator&) = delete;
  Iterator& operator=(const Iterator&) = delete;
};

WordLocator::WordLocator(std::string_view text) : text_(text) {}
WordLocator::~WordLocator() = default;

std::optional<Word> WordLocator::word_at(std::size_t offset) {
  if (offset >= text_.size()) return std::nullopt;
  if (!iterator_) iterator_ = std::make_unique<Iterator>(text_);
  icu::BreakIterator& it = *iterator_->breaks;
  // following() lands on the end of the segment holding offset; the rule status belongs to
  // that segment, and previous() steps back to its start.
  const int32_t end = it.following(static_cast<int32_t>(offset));
  const int32_t tag = it.getRuleStatus();
  const int32_t begin = it.previous();
  if (tag == UBRK_WORD_NONE || end == icu::BreakIterator::DONE || begin == icu::BreakIterator::DONE) return std::nullopt;
  return Word{{static_cast<std::size_t>(begin), static_cast<std::size_t>(end)}, tag >= UBRK_WORD_NUMBER && tag < UBRK_WORD_NUMBER_LIMIT};
}

std::vector<Word> WordLocator::words_in(TextRange range) {
  std::vector<Word> words;
  range.end = std::min(range.end, text_.size());
  if (range.begin >= range.end) return words;
  if (!iterator_) iterator_ = std::make_unique<Iterator>(text_);
  icu::BreakIterator& it = *iterator_->breaks;
  int32_t start = it.following(static_cast<int32_t>(range.begin));
  start = it.previous();  // the start of the segment holding range.begin
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE && static_cast<std::size_t>(start) < range.end;
       start = end, end = it.next()) {
    const int32_t tag = it.getRuleStatus();
    if (tag == UBRK_WORD_NONE) continue;
    words.push_back({{static_cast<std::size_t>(start), static_cast<std::size_t>(end)},
                     tag >= UBRK_WORD_NUMBER && tag < UBRK_WORD_NUMBER_LIMIT});
  }
  return words;
}

}  // namespace medlint

// ICU break iterators are costly to create, so each thread clones one prototype and reuses it.
#include "text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "text/sentence_abbreviations.hpp"
#include "text/sentence_windows.hpp"

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

// A word of a token, relative to the token's start.
struct TokenWord {
  std::uint8_t begin, end;
  bool is_number;
};

// Tokens are runs of text between ASCII spaces, tabs and line ends. ICU's word rules never
// join across those (only a space run with other spaces, or with a combining mark, format
// character or ZWJ that follows it), so a token whose first and last characters are none of
// those is segmented alike on its own and in its text. Most words a page is asked about sit
// in common tokens ("clinic", "likely,"), so each thread keeps ICU's answer per token.
constexpr std::size_t longest_cached_token = 64;
constexpr std::size_t most_cached_tokens = 1 << 14;

bool is_token_delimiter(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `c` could join the delimiter next to it in ICU's word rules.
bool joins_delimiter(UChar32 c) {
  const auto kind = static_cast<UWordBreakValues>(u_getIntPropertyValue(c, UCHAR_WORD_BREAK));
  return kind == U_WB_EXTEND || kind == U_WB_FORMAT || kind == U_WB_ZWJ || kind == U_WB_WSEGSPACE;
}

bool stands_alone(std::string_view token) {
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const auto length = static_cast<int32_t>(token.size());
  UChar32 first = 0, last = 0;
  int32_t i = 0;
  U8_NEXT(s, i, length, first);
  i = length;
  U8_PREV(s, 0, i, last);
  // ASCII (what nearly every token starts and ends with) holds none of those characters.
  return (first < 0x80 || !joins_delimiter(first)) && (last < 0x80 || !joins_delimiter(last));
}

// How an ASCII character reads in a token without ICU, from ICU's own Word_Break values:
// a letter (ALetter); punctuation that never joins letters (Other, MidNum, Double_Quote:
// "-", ",", ";", "(", "\""); punctuation that joins two letters it stands between (MidLetter,
// MidNumLet, Single_Quote: "e.g", "don't"); or anything else (digits, "_"), left to ICU.
enum class AsciiWordClass : std::uint8_t { other, letter, breaking, joining };

const std::array<AsciiWordClass, 128>& ascii_word_classes() {
  static const std::array<AsciiWordClass, 128> classes = [] {
    std::array<AsciiWordClass, 128> table{};
    for (UChar32 c = 0; c < 128; ++c) {
      switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
        case U_WB_ALETTER: table[c] = AsciiWordClass::letter; break;
        case U_WB_OTHER:
        case U_WB_MIDNUM:
        case U_WB_DOUBLE_QUOTE: table[c] = AsciiWordClass::breaking; break;
        case U_WB_MIDLETTER:
        case U_WB_MIDNUMLET:
        case U_WB_SINGLE_QUOTE: table[c] = AsciiWordClass::joining; break;
        default: table[c] = AsciiWordClass::other;
      }
    }
    // Left to ICU as well: control characters and space (some are classes of their own),
    // and "@", which ICU's rules read as part of a word (e-mail addresses) although its
    // Word_Break value is Other.
    for (UChar32 c = 0; c <= 0x20; ++c) table[c] = AsciiWordClass::other;
    table[0x7F] = AsciiWordClass::other;
    table['@'] = AsciiWordClass::other;
    return table;
  }();
  return classes;
}

// The words of an ASCII token of letters and punctuation, without ICU: its runs of letters
// (UAX #29 WB5 keeps letters together, and every rule that joins across punctuation needs a
// letter on both sides of a joining mark, or a digit, or a Hebrew letter). False when the
// token holds anything else or a joining mark between two letters; ICU reads those.
bool ascii_letter_words(std::string_view token, std::vector<TokenWord>& words) {
  const std::array<AsciiWordClass, 128>& classes = ascii_word_classes();
  words.clear();
  std::size_t run_start = 0;
  bool in_run = false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const auto byte = static_cast<unsigned char>(token[i]);
    const AsciiWordClass kind = byte < 0x80 ? classes[byte] : AsciiWordClass::other;
    if (kind == AsciiWordClass::letter) {
      if (!in_run) run_start = i;
      in_run = true;
      continue;
    }
    if (kind == AsciiWordClass::other) return false;
    if (kind == AsciiWordClass::joining && in_run && i + 1 < token.size() &&
        static_cast<unsigned char>(token[i + 1]) < 0x80 && classes[static_cast<unsigned char>(token[i + 1])] == AsciiWordClass::letter) {
      return false;
    }
    if (in_run) words.push_back({static_cast<std::uint8_t>(run_start), static_cast<std::uint8_t>(i), false});
    in_run = false;
  }
  if (in_run) words.push_back({static_cast<std::uint8_t>(run_start), static_cast<std::uint8_t>(token.size()), false});
  return true;
}

// The words of a token. The result is valid until the thread's next call (callers read it
// at once).
const std::vector<TokenWord>& token_words(std::string_view token) {
  thread_local std::vector<TokenWord> ascii_words;
  if (ascii_letter_words(token, ascii_words)) return ascii_words;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  thread_local std::unordered_map<std::string, std::vector<TokenWord>, Hash, std::equal_to<>> cache;
  if (const auto found = cache.find(token); found != cache.end()) return found->second;
  if (cache.size() >= most_cached_tokens) cache.clear();
  std::vector<TokenWord> words;
  for_each_segment(token, BreakKind::word, [&](std::size_t b, std::size_t e, int32_t tag) {
    if (tag == UBRK_WORD_NONE) return;
    words.push_back({static_cast<std::uint8_t>(b), static_cast<std::uint8_t>(e), tag >= UBRK_WORD_NUMBER && tag < UBRK_WORD_NUMBER_LIMIT});
  });
  return cache.emplace(std::string(token), std::move(words)).first->second;
}

}  // namespace

namespace {

// Turns breaks, given in order, into trimmed sentences (blank stretches give none). A break
// right after an abbreviation that ICU took for a sentence's end is dropped.
class SentenceCollector {
 public:
  explicit SentenceCollector(std::string_view text) : text_(text), abbreviations_(SentenceAbbreviations::built_in()) {}
  void add_break(std::size_t at) {
    if (at <= last_ || abbreviations_.joins(text_, at)) return;
    std::size_t b = last_, e = at;
    while (b < e && is_space(text_[b])) ++b;
    while (e > b && is_space(text_[e - 1])) --e;
    if (b < e) sentences_.push_back({b, e});
    last_ = at;
  }
  std::vector<TextRange> finish() {
    add_break(text_.size());
    return std::move(sentences_);
  }

 private:
  std::string_view text_;
  const SentenceAbbreviations& abbreviations_;
  std::size_t last_ = 0;
  std::vector<TextRange> sentences_;
};

// Windows waiting for ICU, joined by line feeds (a break follows each, SB4, and the character
// after it starts the next window as its first character starts it in the text), and the
// separator breaks found meanwhile. A batch is read once it holds about 64 KiB, so memory
// stays small whatever the size of the text.
class WindowBatch {
 public:
  WindowBatch(std::string_view text, SentenceCollector& out) : text_(text), out_(out) {}

  void add_window(TextRange window) {
    starts_.push_back(joined_.size());
    windows_.push_back(window);
    joined_.append(text_.substr(window.begin, window.size()));
    joined_.push_back('\n');
    if (joined_.size() >= batch_bytes) flush();
  }
  void add_separator_break(std::size_t at) { separators_.push_back(at); }

  // ICU reads the joined windows; their inner breaks and the separator breaks before the
  // batch's end go out in order (later separators may come before the next batch's breaks).
  void flush() {
    std::size_t separator = 0;
    const std::size_t batch_end = windows_.empty() ? 0 : windows_.back().end;
    auto separators_before = [&](std::size_t offset) {
      for (; separator < separators_.size() && separators_[separator] < offset; ++separator) out_.add_break(separators_[separator]);
    };
    std::size_t window = 0;
    for_each_segment(joined_, BreakKind::sentence, [&](std::size_t, std::size_t end, int32_t) {
      while (window < starts_.size() && end >= starts_[window] + windows_[window].size()) ++window;
      if (window == starts_.size() || end <= starts_[window]) return;  // a window's edge: not decided there
      const std::size_t offset = windows_[window].begin + (end - starts_[window]);
      separators_before(offset);
      out_.add_break(offset);
    });
    separators_before(batch_end);
    separators_.erase(separators_.begin(), separators_.begin() + static_cast<std::ptrdiff_t>(separator));
    joined_.clear();
    starts_.clear();
    windows_.clear();
  }
  void finish() {
    flush();
    for (const std::size_t at : separators_) out_.add_break(at);
    separators_.clear();
  }

 private:
  static constexpr std::size_t batch_bytes = 64 * 1024;
  std::string_view text_;
  SentenceCollector& out_;
  std::string joined_;
  std::vector<std::size_t> starts_;  // each window's offset in joined_
  std::vector<TextRange> windows_;
  std::vector<std::size_t> separators_;
};

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text) {
  if (text.empty()) return {};
  SentenceCollector sentences(text);
  WindowBatch batch(text, sentences);
  const bool valid = for_each_sentence_window(
      text, [&](TextRange window) { batch.add_window(window); }, [&](std::size_t at) { batch.add_separator_break(at); });
  if (!valid) return split_sentences_whole_pass(text);
  batch.finish();
  return sentences.finish();
}

std::vector<TextRange> split_sentences_whole_pass(std::string_view text) {
  SentenceCollector sentences(text);
  for_each_segment(text, BreakKind::sentence, [&](std::size_t, std::size_t e, int32_t) { sentences.add_break(e); });
  return sentences.finish();
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
  if (const std::optional<TextRange> token = token_at(offset)) {
    for (const TokenWord& word : token_words(text_.substr(token->begin, token->size()))) {
      if (offset < token->begin + word.begin) break;
      if (offset < token->begin + word.end) return Word{{token->begin + word.begin, token->begin + word.end}, word.is_number};
    }
    return std::nullopt;
  }
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

std::optional<TextRange> WordLocator::token_at(std::size_t offset) const {
  if (is_token_delimiter(text_[offset])) return std::nullopt;
  std::size_t begin = offset, end = offset + 1;
  while (begin > 0 && !is_token_delimiter(text_[begin - 1])) {
    if (offset - begin >= longest_cached_token) return std::nullopt;
    --begin;
  }
  while (end < text_.size() && !is_token_delimiter(text_[end])) {
    if (end - begin >= longest_cached_token) return std::nullopt;
    ++end;
  }
  if (!stands_alone(text_.substr(begin, end - begin))) return std::nullopt;
  return TextRange{begin, end};
}

std::vector<Word> WordLocator::words_in(TextRange range) {
  std::vector<Word> words;
  range.end = std::min(range.end, text_.size());
  if (range.begin >= range.end) return words;
  // Token by token from the cache while every token qualifies; else ICU for the whole range.
  for (std::size_t at = range.begin; at < range.end;) {
    if (is_token_delimiter(text_[at])) {
      ++at;
      continue;
    }
    const std::optional<TextRange> token = token_at(at);
    if (!token) return icu_words_in(range);
    for (const TokenWord& word : token_words(text_.substr(token->begin, token->size()))) {
      const Word found{{token->begin + word.begin, token->begin + word.end}, word.is_number};
      if (found.range.end <= range.begin) continue;
      if (found.range.begin >= range.end) break;
      words.push_back(found);
    }
    at = token->end;
  }
  return words;
}

std::vector<Word> WordLocator::icu_words_in(TextRange range) {
  std::vector<Word> words;
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

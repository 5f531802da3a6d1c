// Keys are phrase keys (whitespace runs as one space, curly apostrophes straight, folded
// when case does not matter), so "Editor’s  Picks" on a page finds "Editor's Picks".
#include "rules/line_labels.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

unsigned char folded_byte(char c, bool ignore_case) { return static_cast<unsigned char>(ignore_case ? fold_ascii_char(c) : c); }

}  // namespace

LineLabels::LineLabels(const JsonReader& labels, bool ignore_case) : ignore_case_(ignore_case) {
  // Folding can change a non-ASCII letter's lead byte, so those bytes are always let through.
  for (int byte = 0x80; byte < 0x100; ++byte) first_bytes_.set(byte), last_bytes_.set(byte);
  std::unordered_map<std::string, std::string> labels_by_key;  // for naming a duplicate's twin
  for (const JsonReader& label : labels.elements()) {
    const std::string text = label.string();
    if (text.find('\n') != std::string::npos || text.find('\r') != std::string::npos) label.fail("a label is one line");
    std::string key = phrase_key(text, ignore_case);
    if (key.empty()) label.fail("a label needs a word");
    if (key.back() == ':') label.fail("leave out the colon: a label matches with or without one");
    // Whitespace runs count as one space, so a line may be longer than its key; four times
    // the longest key leaves room for any spacing a page plausibly has.
    longest_line_ = std::max(longest_line_, 4 * key.size());
    if (key_lengths_.size() <= key.size()) key_lengths_.resize(key.size() + 1);
    key_lengths_[key.size()] = true;
    first_bytes_.set(folded_byte(key.front(), ignore_case));
    last_bytes_.set(folded_byte(key.back(), ignore_case));
    if (const auto [at, added] = labels_by_key.emplace(key, text); !added) {
      label.fail("duplicate label '" + text + "' (same as '" + at->second + "')");
    }
    keys_.insert(std::move(key));
  }
}

TextRange LineLabels::label_in(std::string_view text, std::size_t begin, std::size_t end) const {
  while (begin < end && is_blank(text[begin])) ++begin;
  while (end > begin && is_blank(text[end - 1])) --end;
  if (begin == end || end - begin > longest_line_) return {};
  std::size_t label_end = end;
  if (text[label_end - 1] == ':') {
    --label_end;
    while (label_end > begin && is_blank(text[label_end - 1])) --label_end;
  }
  if (label_end == begin || !first_bytes_[folded_byte(text[begin], ignore_case_)] ||
      !last_bytes_[folded_byte(text[label_end - 1], ignore_case_)]) {
    return {};
  }
  const std::string_view label = text.substr(begin, label_end - begin);
  // An ASCII line's key is as long as its shape says; folding may change the length of others.
  if (is_ascii(label)) {
    const std::size_t length = phrase_key_shape(label).bytes;
    if (length >= key_lengths_.size() || !key_lengths_[length]) return {};
  }
  if (!keys_.contains(phrase_key(label, ignore_case_))) return {};
  return {begin, end};
}

}  // namespace medlint

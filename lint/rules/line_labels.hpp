// Labels that are page furniture when a line holds nothing else ("Related Posts",
// "Advertisement", "Your Comment:"). Looked up as whole lines in a table of phrase keys,
// not matched by the one-pass scan: a long alternation of short labels made the scan's
// pattern database markedly slower, while a table lookup costs the same for 10 labels or
// 1,000.
#pragma once

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/json_reader.hpp"
#include "text/text_range.hpp"

namespace medlint {

class LineLabels {
 public:
  /// `labels` is a JSON list of labels (no colon at the end, no line break); a duplicate
  /// (after folding) is a load error naming its pointer.
  LineLabels(const JsonReader& labels, bool ignore_case);

  /// Calls `on_label(range)` for each line of `text` that is, after spaces and tabs at
  /// either end and an optional colon, one of the labels; `range` is the line without the
  /// surrounding spaces (the colon included).
  template <class OnLabel>
  void for_each(std::string_view text, OnLabel&& on_label) const {
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      if (const TextRange label = label_in(text, begin, end); !label.empty()) on_label(label);
      begin = end + 1;
    }
  }

  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  /// The label filling line [begin, end) of `text`, or an empty range.
  [[nodiscard]] TextRange label_in(std::string_view text, std::size_t begin, std::size_t end) const;

  std::unordered_set<std::string> keys_;
  std::size_t longest_line_ = 0;  // lines longer than this (trimmed) hold no label
  // Cheap tests that turn away most short lines (headings, list items) before a key is
  // built: the bytes a key can start and end with (folded ASCII; every non-ASCII byte), and
  // the key lengths (phrase_key_shape counts an ASCII line's without building it).
  std::bitset<256> first_bytes_, last_bytes_;
  std::vector<bool> key_lengths_;
  bool ignore_case_;
};

}  // namespace medlint

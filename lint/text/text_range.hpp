// A half-open range of byte offsets into a Document's normalised UTF-8 text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>

namespace medlint {

struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] std::size_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return begin == end; }
  [[nodiscard]] bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  /// Whether `inner` lies wholly inside this range.
  [[nodiscard]] bool covers(TextRange inner) const { return begin <= inner.begin && inner.end <= end; }
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

/// Whether one of `ranges` covers `inner`: a match inside an exception, or a term inside a
/// longer phrase that makes it another word (the rules' `not_within`).
[[nodiscard]] inline bool any_covers(std::span<const TextRange> ranges, TextRange inner) {
  return std::any_of(ranges.begin(), ranges.end(), [&](TextRange range) { return range.covers(inner); });
}

}  // namespace medlint

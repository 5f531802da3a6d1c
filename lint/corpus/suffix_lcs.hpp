// Longest-common-subsequence lengths of every pair of suffixes of two word sequences, as
// the corpus pass's alignment walk reads them. Bit-parallel (Hyyrö's row recurrence): a row
// is one bit per word of the second sequence, so building the table costs n·⌈m/64⌉ word
// operations instead of n·m dependent cells, and a query is a popcount over one row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace medlint {

class SuffixLcs {
 public:
  SuffixLcs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

  /// Length of the longest common subsequence of a[i..] and b[j..] (i ≤ |a|, j ≤ |b|).
  [[nodiscard]] std::size_t at(std::size_t i, std::size_t j) const;

 private:
  std::size_t n_, m_, words_per_row_;
  // Row r describes the last r words of `a` against the reversed `b`: bit p is clear where
  // the LCS grows between the last p and the last p + 1 words of `b`.
  std::vector<std::uint64_t> rows_;
};

}  // namespace medlint

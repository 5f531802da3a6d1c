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
  SuffixLcs() = default;
  SuffixLcs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) { assign(a, b); }
  /// The table of a and b, in the memory of the previous one (a thread aligning many pairs
  /// keeps one table, so a pair allocates nothing once the buffers have grown).
  void assign(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

  /// Length of the longest common subsequence of a[i..] and b[j..] (i ≤ |a|, j ≤ |b|).
  [[nodiscard]] std::size_t at(std::size_t i, std::size_t j) const;

  /// A walk from (0, 0) towards (|a|, |b|) that reads the two values an alignment step
  /// compares, at(i + 1, j) and at(i, j + 1), in constant time for a step along b; only a
  /// step along a reads a row afresh (at() reads one for every value). Valid while i < |a|
  /// and j < |b|.
  class Walk {
   public:
    explicit Walk(const SuffixLcs& table);
    [[nodiscard]] std::size_t i() const { return table_->n_ - r_; }
    [[nodiscard]] std::size_t j() const { return table_->m_ - c_; }
    [[nodiscard]] std::size_t without_a() const { return c_ - below_; }               ///< at(i + 1, j)
    [[nodiscard]] std::size_t without_b() const { return c_ - 1 - (set_ - bit(r_, c_ - 1)); }  ///< at(i, j + 1)
    void advance_a();
    void advance_b();
    void advance_both();

   private:
    [[nodiscard]] std::size_t bit(std::size_t row, std::size_t column) const;
    const SuffixLcs* table_;
    std::size_t r_, c_;    // row n - i, columns m - j
    std::size_t set_ = 0;  // set bits of row r among the first c columns
    std::size_t below_ = 0;  // the same of row r - 1
  };

 private:
  [[nodiscard]] std::size_t set_bits(std::size_t row, std::size_t columns) const;

  static constexpr std::uint32_t no_mask = ~std::uint32_t{0};
  std::size_t n_ = 0, m_ = 0, words_per_row_ = 0;
  // Row r describes the last r words of `a` against the reversed `b`: bit p is clear where
  // the LCS grows between the last p and the last p + 1 words of `b`.
  std::vector<std::uint64_t> rows_;
  // Where row r is stored in rows_ (in rows): a word of `a` that `b` lacks leaves the row as
  // it was, so such rows share the storage of the row before instead of copying it.
  std::vector<std::uint32_t> row_at_;
  // assign's working memory, kept for the next pair: the match masks of b's distinct words
  // (all zero between calls), the mask of each position of b, and the table from a word to
  // its mask.
  std::vector<std::uint64_t> masks_;
  std::vector<std::uint32_t> b_masks_;
  std::vector<std::uint32_t> slot_word_, slot_mask_;
};

}  // namespace medlint

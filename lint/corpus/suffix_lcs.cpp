// Hyyrö (2004): with V all ones and M[w] the positions of word w in the (reversed) second
// sequence, each word w of the (reversed) first sequence updates V ← (V + (V & M[w])) |
// (V & ~M[w]); the LCS of the prefixes read so far is the number of clear bits below the
// column. Reversing both sequences turns those prefix LCS values into the suffix values
// the walk needs.
#include "corpus/suffix_lcs.hpp"

#include <bit>
#include <cstdint>
#if defined(__x86_64__)
#include <immintrin.h>
#endif
#include <algorithm>
#include <iterator>

namespace medlint {

namespace {

// row = (v + (v & mask)) | (v & ~mask) over w words, the addition carried from word to word:
// on x86-64 one add-with-carry per word (the intrinsic; compilers do not find it in the
// portable form).
void add_row(const std::uint64_t* v, const std::uint64_t* mask, std::uint64_t* row, std::size_t w) {
#if defined(__x86_64__)
  unsigned char carry = 0;
  for (std::size_t k = 0; k < w; ++k) {
    const std::uint64_t value = v[k], match = mask[k];
    unsigned long long sum;  // no initialiser: it lets GCC keep the sum in a register
    carry = _addcarry_u64(carry, value, value & match, &sum);
    row[k] = sum | (value & ~match);
  }
#else
  std::uint64_t carry = 0;
  for (std::size_t k = 0; k < w; ++k) {
    const std::uint64_t value = v[k], match = mask[k];
    const std::uint64_t partial = value + (value & match);
    const std::uint64_t sum = partial + carry;
    carry = (partial < value) | (sum < partial);
    row[k] = sum | (value & ~match);
  }
#endif
}

// The set bits among the first c of a row. x86-64's baseline has no popcount instruction
// (std::popcount is a library call there), so the function is also compiled for CPUs with
// one, and the loader picks the build the CPU can run.
#if defined(__x86_64__) && defined(__ELF__)
__attribute__((target_clones("popcnt", "default")))
#endif
std::size_t count_set_bits(const std::uint64_t* row, std::size_t c) {
  std::size_t set = 0;
  for (std::size_t k = 0; k < c / 64; ++k) set += static_cast<std::size_t>(std::popcount(row[k]));
  if (c % 64 != 0) set += static_cast<std::size_t>(std::popcount(row[c / 64] & ((std::uint64_t{1} << (c % 64)) - 1)));
  return set;
}

}  // namespace

void SuffixLcs::assign(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  n_ = a.size();
  m_ = b.size();
  const std::size_t w = words_per_row_ = (m_ + 63) / 64;
  // Grown, never shrunk: every stored row but the first is written below, so a smaller pair
  // after a larger one costs no clearing.
  if (rows_.size() < (n_ + 1) * w) rows_.resize((n_ + 1) * w);
  std::fill(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(w), ~std::uint64_t{0});
  row_at_.resize(n_ + 1);
  row_at_[0] = 0;
  if (w == 0) return;  // an empty b: every LCS is 0
  // The distinct words of b, each given a match mask: an open-addressing table twice b's
  // size (rebuilt per pair; no allocation once it has grown), probed linearly.
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, 2 * m_));
  const int shift = 64 - std::countr_zero(capacity);
  slot_word_.resize(capacity);
  slot_mask_.assign(capacity, no_mask);
  std::size_t distinct = 0;
  const auto slot_of = [&](std::uint32_t word) {
    std::size_t slot = static_cast<std::size_t>((word * 0x9E3779B97F4A7C15ULL) >> shift);
    while (slot_mask_[slot] != no_mask && slot_word_[slot] != word) slot = (slot + 1) & (capacity - 1);
    return slot;
  };
  b_masks_.resize(m_);
  for (std::size_t q = 0; q < m_; ++q) {
    const std::size_t slot = slot_of(b[q]);
    if (slot_mask_[slot] == no_mask) {
      slot_word_[slot] = b[q];
      slot_mask_[slot] = static_cast<std::uint32_t>(distinct++);
    }
    b_masks_[q] = slot_mask_[slot];
  }
  // Masks, bit p = position m - 1 - p of b (b reversed). masks_ is all zero between calls:
  // only the words set here are cleared afterwards.
  if (masks_.size() < distinct * w) masks_.resize(distinct * w, 0);
  const auto mask_word = [&](std::size_t p) { return std::size_t{b_masks_[m_ - 1 - p]} * w + p / 64; };
  for (std::size_t p = 0; p < m_; ++p) masks_[mask_word(p)] |= std::uint64_t{1} << (p % 64);
  std::size_t stored = 1;
  for (std::size_t r = 1; r <= n_; ++r) {
    const std::uint32_t mask = slot_mask_[slot_of(a[n_ - r])];
    if (mask == no_mask) {  // a word b lacks changes nothing: the row is the one before
      row_at_[r] = row_at_[r - 1];
      continue;
    }
    row_at_[r] = static_cast<std::uint32_t>(stored);
    add_row(rows_.data() + std::size_t{row_at_[r - 1]} * w, masks_.data() + mask * w, rows_.data() + stored * w, w);
    ++stored;
  }
  for (std::size_t p = 0; p < m_; ++p) masks_[mask_word(p)] = 0;
}

std::size_t SuffixLcs::set_bits(std::size_t r, std::size_t c) const {
  return count_set_bits(rows_.data() + std::size_t{row_at_[r]} * words_per_row_, c);
}

std::size_t SuffixLcs::at(std::size_t i, std::size_t j) const {
  const std::size_t r = n_ - i;  // the last r words of a
  const std::size_t c = m_ - j;  // against the last c words of b
  if (c == 0) return 0;
  return c - set_bits(r, c);
}

// The walk keeps the set-bit counts of rows r and r - 1 below column c: a step along b
// drops one column from both, a step along a moves to the row below, whose count is the
// one already kept, and counts the next row.
SuffixLcs::Walk::Walk(const SuffixLcs& table) : table_(&table), r_(table.n_), c_(table.m_) {
  if (r_ == 0 || c_ == 0) return;
  set_ = table.set_bits(r_, c_);
  below_ = table.set_bits(r_ - 1, c_);
}

std::size_t SuffixLcs::Walk::bit(std::size_t row, std::size_t column) const {
  return (table_->rows_[std::size_t{table_->row_at_[row]} * table_->words_per_row_ + column / 64] >> (column % 64)) & 1;
}

void SuffixLcs::Walk::advance_a() {
  --r_;
  set_ = below_;
  below_ = r_ > 0 ? table_->set_bits(r_ - 1, c_) : 0;
}

void SuffixLcs::Walk::advance_b() {
  --c_;
  set_ -= bit(r_, c_);
  below_ -= r_ > 0 ? bit(r_ - 1, c_) : 0;
}

void SuffixLcs::Walk::advance_both() {
  --c_;
  --r_;
  set_ = below_ - bit(r_, c_);
  below_ = r_ > 0 && c_ > 0 ? table_->set_bits(r_ - 1, c_) : 0;
}

}  // namespace medlint

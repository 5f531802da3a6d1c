// Hyyrö (2004): with V all ones and M[w] the positions of word w in the (reversed) second
// sequence, each word w of the (reversed) first sequence updates V ← (V + (V & M[w])) |
// (V & ~M[w]); the LCS of the prefixes read so far is the number of clear bits below the
// column. Reversing both sequences turns those prefix LCS values into the suffix values
// the walk needs.
#include "corpus/suffix_lcs.hpp"

#include <bit>
#include <unordered_map>

namespace medlint {

SuffixLcs::SuffixLcs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b)
    : n_(a.size()), m_(b.size()), words_per_row_((b.size() + 63) / 64) {
  const std::size_t w = words_per_row_;
  // Match masks for the words of b, bit p = position m - 1 - p of b (b reversed).
  std::unordered_map<std::uint32_t, std::size_t> mask_of;
  std::vector<std::uint64_t> masks;
  for (std::size_t p = 0; p < m_; ++p) {
    const auto [it, inserted] = mask_of.emplace(b[m_ - 1 - p], masks.size());
    if (inserted) masks.resize(masks.size() + w, 0);
    masks[it->second + p / 64] |= std::uint64_t{1} << (p % 64);
  }
  rows_.assign((n_ + 1) * w, ~std::uint64_t{0});
  if (w == 0) return;  // an empty b: every LCS is 0
  for (std::size_t r = 1; r <= n_; ++r) {
    const std::uint64_t* previous = rows_.data() + (r - 1) * w;
    std::uint64_t* row = rows_.data() + r * w;
    const auto found = mask_of.find(a[n_ - r]);
    if (found == mask_of.end()) {  // a word b lacks changes nothing
      std::copy(previous, previous + w, row);
      continue;
    }
    const std::uint64_t* mask = masks.data() + found->second;
    std::uint64_t carry = 0;
    for (std::size_t k = 0; k < w; ++k) {
      const std::uint64_t v = previous[k];
      const std::uint64_t u = v & mask[k];
      const std::uint64_t partial = v + u;
      const std::uint64_t sum = partial + carry;
      carry = (partial < v || sum < partial) ? 1 : 0;
      row[k] = sum | (v & ~mask[k]);
    }
  }
}

std::size_t SuffixLcs::at(std::size_t i, std::size_t j) const {
  const std::size_t r = n_ - i;  // the last r words of a
  const std::size_t c = m_ - j;  // against the last c words of b
  if (c == 0) return 0;
  const std::uint64_t* row = rows_.data() + r * words_per_row_;
  std::size_t set = 0;
  for (std::size_t k = 0; k < c / 64; ++k) set += static_cast<std::size_t>(std::popcount(row[k]));
  if (c % 64 != 0) set += static_cast<std::size_t>(std::popcount(row[c / 64] & ((std::uint64_t{1} << (c % 64)) - 1)));
  return c - set;
}

}  // namespace medlint

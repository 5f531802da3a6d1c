// How far back from a candidate's end a superset match can start, so that Boost searches
// from just before a hit instead of from the paragraph's start. A superset pattern's length
// is a constant plus, for each open repeat (X*, X+, X{n,}), the length of a run of the bytes
// X can match: in a given paragraph no such repeat is longer than the longest run of those
// bytes there. The bound is then "constant + sum of coefficient * longest run", read off
// the paragraph in one pass.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace medlint {

class MatchReach {
 public:
  /// The reach of a superset expression as the translator writes it (bytes, Vectorscan
  /// syntax); nothing for syntax it does not know.
  [[nodiscard]] static std::optional<MatchReach> of(std::string_view expression, bool caseless);

  /// The most bytes a match of the expression can span inside `paragraph` (its part of the
  /// paragraph when it starts before it).
  [[nodiscard]] std::size_t bound(std::string_view paragraph) const;

  /// The fixed part, and the coefficient of each byte class's longest run.
  [[nodiscard]] std::size_t fixed() const { return fixed_; }
  [[nodiscard]] std::size_t run_classes() const { return coefficients_.size(); }

 private:
  std::size_t fixed_ = 0;
  std::vector<std::size_t> coefficients_;    // per run class
  std::array<std::uint32_t, 256> members_{};  // byte -> bit k set when the byte is in run class k
};

}  // namespace medlint

// Byte strings whose occurrences a detector looks at (OCR confusions such as "rn", the lead
// bytes of non-ASCII characters): the one-pass scan finds them with every rule's literals;
// a text the scan does not cover, or where they are too dense to keep, is searched here.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "prefilter/literal_prefilter.hpp"

namespace medlint {

class ByteSequences : public PrefilterClient {
 public:
  /// Case-sensitive byte strings; empty ones are ignored.
  explicit ByteSequences(const std::vector<std::string>& sequences);

  /// Whether one of the sequences starts at `offset` of `text`.
  [[nodiscard]] bool starts_at(std::string_view text, std::size_t offset) const;

  /// Calls on_start(offset) for each offset of `text` where a sequence starts, ascending.
  template <class OnStart>
  void for_each_start(std::string_view text, OnStart&& on_start) const {
    std::size_t base = 0;
    const PrefilterHits* hits = PrefilterHits::current();
    if (const std::optional<HitOffsets> starts = hits ? hits->starts(*this, text, base) : std::nullopt) {
      auto it = std::lower_bound(starts->begin(), starts->end(), base);
      for (; it != starts->end() && *it < base + text.size(); ++it) on_start(static_cast<std::size_t>(*it - base));
      return;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (starts_at(text, i)) on_start(i);
    }
  }

 private:
  std::array<std::vector<std::string>, 256> by_first_byte_;
  std::array<bool, 256> single_byte_{};  // a one-byte sequence is this byte
  std::bitset<65536> first_two_bytes_;   // a longer sequence starts with these two bytes
};

}  // namespace medlint

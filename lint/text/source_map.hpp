// Maps offsets in the normalised text that rules match against back to offsets in the
// decoded source (and the reverse). The text is built from runs copied out of the source;
// each run is an anchor, and offsets inside a run map linearly.
#pragma once

#include <cstddef>
#include <vector>

namespace medlint {

class SourceMap {
 public:
  /// Records that text offset `text_offset` onwards comes from source offset `source_offset`.
  /// Anchors must be added in increasing order of both offsets.
  void add_anchor(std::size_t text_offset, std::size_t source_offset);

  [[nodiscard]] std::size_t to_source(std::size_t text_offset) const;
  /// The first text offset whose source offset is at or after `source_offset`.
  [[nodiscard]] std::size_t to_text(std::size_t source_offset) const;

 private:
  struct Anchor {
    std::size_t text;
    std::size_t source;
  };
  std::vector<Anchor> anchors_{{0, 0}};
};

}  // namespace medlint

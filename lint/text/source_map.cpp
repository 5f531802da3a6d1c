// Binary search over anchors in both directions.
#include "text/source_map.hpp"

#include <algorithm>

namespace medlint {

void SourceMap::add_anchor(std::size_t text_offset, std::size_t source_offset) {
  if (anchors_.back().text == text_offset) {
    anchors_.back().source = source_offset;
  } else {
    anchors_.push_back({text_offset, source_offset});
  }
}

std::size_t SourceMap::to_source(std::size_t text_offset) const {
  const auto it = std::upper_bound(anchors_.begin(), anchors_.end(), text_offset,
                                   [](std::size_t value, const Anchor& a) { return value < a.text; });
  const Anchor& anchor = *(it - 1);
  return anchor.source + (text_offset - anchor.text);
}

std::size_t SourceMap::to_text(std::size_t source_offset) const {
  const auto it = std::upper_bound(anchors_.begin(), anchors_.end(), source_offset,
                                   [](std::size_t value, const Anchor& a) { return value < a.source; });
  // Source bytes before the first anchor (a leading CR the text dropped) map to the text start.
  if (it == anchors_.begin()) return anchors_.front().text;
  const Anchor& anchor = *(it - 1);
  const std::size_t text = anchor.text + (source_offset - anchor.source);
  // Offsets that fall in bytes dropped from the text (a CR of CRLF) map to the next text offset.
  if (it != anchors_.end()) return std::min(text, it->text);
  return text;
}

}  // namespace medlint

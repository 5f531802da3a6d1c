// Whether two places of a text lie in one paragraph: no blank line between them.
#pragma once

#include <string_view>

#include "text/text_range.hpp"

namespace medlint {

/// True when no blank line (two line ends with only spaces, tabs or CRs between them) lies
/// between the start of `before` and the start of `after`.
[[nodiscard]] inline bool same_paragraph(std::string_view text, TextRange before, TextRange after) {
  const std::string_view between = text.substr(before.begin, after.begin - before.begin);
  int line_ends = 0;
  for (const char c : between) {
    if (c == '\n') {
      if (++line_ends >= 2) return false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      line_ends = 0;
    }
  }
  return true;
}

}  // namespace medlint

#include "engine/paragraph_runs.hpp"

#include <algorithm>

namespace medlint {

std::vector<TextRange> paragraph_runs(std::string_view text, std::size_t target_bytes) {
  std::vector<TextRange> runs;
  target_bytes = std::max<std::size_t>(target_bytes, 1);
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.size();
    if (text.size() - start > target_bytes) {
      const std::size_t blank = text.find("\n\n", start + target_bytes - 1);
      if (blank != std::string_view::npos) {
        end = blank + 2;
        while (end < text.size() && text[end] == '\n') ++end;
      }
    }
    runs.push_back({start, end});
    start = end;
  }
  return runs;
}

}  // namespace medlint

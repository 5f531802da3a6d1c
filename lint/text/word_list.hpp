// A list of words or phrases written out for a message: "a", "a or b", "a, b or c".
#pragma once

#include <string>
#include <vector>

namespace medlint {

[[nodiscard]] inline std::string join_as_alternatives(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace medlint

// Maps byte offsets of a UTF-8 text to 1-based line and code-point column (SPEC section 5).
// Recognises LF, CRLF and lone CR as line ends, so it works on text as the file holds it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace medlint {

struct LinePosition {
  std::size_t line = 1;    ///< 1-based
  std::size_t column = 1;  ///< 1-based, in Unicode code points from the start of the line
};

class LineIndex {
 public:
  LineIndex() = default;
  /// Indexes `text`, which must outlive the index.
  explicit LineIndex(std::string_view text);

  [[nodiscard]] LinePosition position(std::size_t offset) const;
  [[nodiscard]] std::size_t line_of(std::size_t offset) const;
  [[nodiscard]] std::size_t line_count() const { return starts_.size(); }
  /// Byte offset where 1-based `line` starts.
  [[nodiscard]] std::size_t line_start(std::size_t line) const { return starts_[line - 1]; }
  /// Byte offset just after the content of `line` (before its line terminator).
  [[nodiscard]] std::size_t line_end(std::size_t line) const;
  [[nodiscard]] std::string_view line_text(std::size_t line) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_{0};
};

/// Number of code points in a valid UTF-8 string.
[[nodiscard]] std::size_t count_code_points(std::string_view utf8);

}  // namespace medlint

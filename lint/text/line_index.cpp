// Line starts are found once; a lookup is a binary search plus a count of code points
// within the line, so reporting stays cheap even for long files.
#include "text/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace medlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // Most texts have LF line ends only: memchr finds them many bytes at a time.
  if (text.empty()) return;
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) {
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* lf = static_cast<const char*>(std::memchr(begin, '\n', text.size())); lf != nullptr;
         lf = static_cast<const char*>(std::memchr(lf + 1, '\n', static_cast<std::size_t>(end - lf - 1)))) {
      starts_.push_back(static_cast<std::size_t>(lf + 1 - begin));
    }
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

std::size_t LineIndex::line_of(std::size_t offset) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(it - starts_.begin());
}

LinePosition LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_of(offset);
  const std::size_t start = starts_[line - 1];
  return {line, count_code_points(text_.substr(start, offset - start)) + 1};
}

std::size_t LineIndex::line_end(std::size_t line) const {
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  while (end > starts_[line - 1] && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return end;
}

std::string_view LineIndex::line_text(std::size_t line) const {
  const std::size_t start = line_start(line);
  return text_.substr(start, line_end(line) - start);
}

std::size_t count_code_points(std::string_view utf8) {
  // In valid UTF-8 every code point has exactly one byte that is not a continuation byte (10xxxxxx).
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace medlint

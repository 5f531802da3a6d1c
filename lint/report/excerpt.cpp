// Clipping counts code points, never splitting a UTF-8 sequence, and prefers to cut at spaces.
#include "report/excerpt.hpp"

#include <algorithm>

#include <unicode/utf8.h>

namespace medlint {

namespace {

constexpr std::size_t context_code_points = 60;

// Moves back from `from` by up to `count` code points, not below `floor`, then forward to a word start.
std::size_t clip_before(std::string_view text, std::size_t floor, std::size_t from, std::size_t count) {
  std::size_t pos = from;
  for (std::size_t n = 0; pos > floor && n < count; ++n) {
    do --pos;
    while (pos > floor && U8_IS_TRAIL(text[pos]));
  }
  if (pos > floor) {
    const std::size_t space = text.find_first_of(" \n\t", pos);
    if (space != std::string_view::npos && space < from) pos = space + 1;
  }
  return pos;
}

std::size_t clip_after(std::string_view text, std::size_t ceiling, std::size_t from, std::size_t count) {
  std::size_t pos = from;
  for (std::size_t n = 0; pos < ceiling && n < count; ++n) {
    do ++pos;
    while (pos < ceiling && U8_IS_TRAIL(text[pos]));
  }
  if (pos < ceiling) {
    const std::size_t space = text.find_last_of(" \n\t", pos);
    if (space != std::string_view::npos && space > from) pos = space;
  }
  return pos;
}

}  // namespace

std::string make_excerpt(const Document& document, TextRange span) {
  const std::string_view text = document.text();
  TextRange bounds{0, text.size()};
  if (const auto sentence = document.sentence_at(span.begin)) {
    bounds = {sentence->begin, std::max(sentence->end, span.end)};
  }
  const std::size_t begin = clip_before(text, bounds.begin, span.begin, context_code_points);
  const std::size_t end = clip_after(text, bounds.end, span.end, context_code_points);
  std::string excerpt;
  bool space = false;
  for (const char c : text.substr(begin, end - begin)) {
    if (c == '\n' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !excerpt.empty()) excerpt += ' ';
    space = false;
    excerpt += c;
  }
  return excerpt;
}

}  // namespace medlint

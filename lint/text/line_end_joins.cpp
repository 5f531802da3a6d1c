#include "text/line_end_joins.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace medlint {

namespace {

constexpr std::string_view soft_hyphen = "\xC2\xAD";

// A letter, or a byte of a character beyond ASCII (which a split word may hold: "naïve").
bool letter_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

// The end of a line-end split starting at the hyphen at `at` ("-", blanks, a line break,
// blanks, then a letter), or `at` when there is none.
std::size_t split_end(std::string_view text, std::size_t at) {
  if (at == 0 || !letter_byte(text[at - 1])) return at;
  std::size_t i = at + 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i >= text.size() || text[i] != '\n') return at;
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i < text.size() && letter_byte(text[i]) ? i : at;
}

}  // namespace

std::string join_line_end_hyphens(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '-') {
      if (const std::size_t end = split_end(text, i); end != i) {
        i = end;
        continue;
      }
    } else if (text.substr(i, soft_hyphen.size()) == soft_hyphen) {
      i += soft_hyphen.size();
      continue;
    }
    out += text[i++];
  }
  return out;
}

std::string joined_splits(std::string_view text, std::size_t context_words) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  // Back over `words` words (and the blanks before each) from `at`; forward likewise.
  const auto back = [&](std::size_t at, std::size_t words) {
    for (; words > 0 && at > 0; --words) {
      while (at > 0 && space(text[at - 1])) --at;
      while (at > 0 && !space(text[at - 1])) --at;
    }
    return at;
  };
  const auto forward = [&](std::size_t at, std::size_t words) {
    for (; words > 0 && at < text.size(); --words) {
      while (at < text.size() && space(text[at])) ++at;
      while (at < text.size() && !space(text[at])) ++at;
    }
    return at;
  };
  std::string out;
  std::size_t covered = 0;  // the text before this is in `out` already
  const auto add = [&](std::size_t begin, std::size_t end) {
    begin = std::max(begin, covered);
    if (begin >= end) return;
    if (begin > covered || out.empty()) out += '\n';
    out += join_line_end_hyphens(text.substr(begin, end - begin));
    covered = end;
  };
  // The places, found by the line breaks (few, and memchr finds them) and the soft hyphens,
  // in text order: a hyphen's position and its split's end.
  std::vector<std::pair<std::size_t, std::size_t>> places;
  for (std::size_t line_end = text.find('\n'); line_end != std::string_view::npos; line_end = text.find('\n', line_end + 1)) {
    std::size_t hyphen = line_end;
    while (hyphen > 0 && (text[hyphen - 1] == ' ' || text[hyphen - 1] == '\t' || text[hyphen - 1] == '\r')) --hyphen;
    if (hyphen == 0 || text[hyphen - 1] != '-') continue;
    if (const std::size_t end = split_end(text, hyphen - 1); end != hyphen - 1) places.emplace_back(hyphen - 1, end);
  }
  for (std::size_t at = text.find(soft_hyphen); at != std::string_view::npos; at = text.find(soft_hyphen, at + 1)) {
    places.emplace_back(at, at + soft_hyphen.size());
  }
  std::sort(places.begin(), places.end());
  for (const auto& [at, end] : places) add(back(at, context_words), forward(end, context_words));
  return out;
}

}  // namespace medlint

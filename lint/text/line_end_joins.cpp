#include "text/line_end_joins.hpp"

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

bool has_line_end_joins(std::string_view text) {
  if (text.find(soft_hyphen) != std::string_view::npos) return true;
  for (std::size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
    if (split_end(text, at) != at) return true;
  }
  return false;
}

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

}  // namespace medlint

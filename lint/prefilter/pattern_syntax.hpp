// Pieces of Perl regex syntax that both pattern readers of the prefilter (required literals,
// superset patterns) parse the same way.
#pragma once

#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medlint {

/// The code point of a hex escape whose "\x" ends just before `i` ("\x41", "\x{2013}"), with
/// `i` moved past it; nothing when malformed or too large to read.
[[nodiscard]] inline std::optional<std::uint32_t> read_hex_escape(std::string_view p, std::size_t& i) {
  std::size_t begin = i, end = i;
  if (i < p.size() && p[i] == '{') {
    end = p.find('}', i);
    if (end == std::string_view::npos) return std::nullopt;
    begin = i + 1;
    i = end + 1;
  } else {
    while (end < p.size() && end < i + 2 && std::isxdigit(static_cast<unsigned char>(p[end])) != 0) ++end;
    i = end;
  }
  if (begin == end || end - begin > 8) return std::nullopt;
  for (std::size_t k = begin; k < end; ++k) {
    if (std::isxdigit(static_cast<unsigned char>(p[k])) == 0) return std::nullopt;
  }
  return static_cast<std::uint32_t>(std::stoul(std::string(p.substr(begin, end - begin)), nullptr, 16));
}

/// For a group opened with "(?" followed by a name ("<name>", "P<name>", "'name'") or a
/// comment ("#..."), whose first character after "(?" is at `i`: the offset just past the
/// name, or past the comment's ")"; nothing when it is not closed.
[[nodiscard]] inline std::optional<std::size_t> skip_group_name_or_comment(std::string_view p, std::size_t i) {
  const char c = p[i];
  const std::size_t end = c == '#' ? p.find(')', i) : p.find(c == '\'' ? '\'' : '>', i + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return end + 1;
}

}  // namespace medlint

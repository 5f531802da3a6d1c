// Suppression directives, named after ESLint's with the medlint- prefix:
//   medlint-disable [list]            everything below, until medlint-enable
//   medlint-enable [list]
//   medlint-disable-next-line [list]  the next source line
//   medlint-disable-line [list]       the directive's own line
//   medlint-disable-file [list]       the whole file, document findings included
// [list] is rule ids or categories, separated by commas or spaces; empty means all. In HTML
// and Markdown they are comments (<!-- medlint-disable spinner -->); in plain text, a line of
// its own. They are parsed here and applied by the engine to finished findings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

struct SuppressionDirective {
  enum class Kind { disable, enable, disable_next_line, disable_line, disable_file } kind = Kind::disable;
  std::vector<std::string> targets;  ///< rule ids or categories; empty for all
  std::size_t source_offset = 0;     ///< where the directive starts in the source
  std::size_t source_end = 0;        ///< where it ends
  bool own_line = false;             ///< a plain-text line of its own: findings on it are dropped
};

/// Reads one comment's text ("medlint-disable spinner/x, ocr", with or without <!-- -->);
/// nothing if it is no directive.
[[nodiscard]] std::optional<SuppressionDirective> parse_suppression(std::string_view comment, std::size_t source_offset);

/// Directive lines of a plain text: lines holding only a directive (bare or as an HTML
/// comment). Offsets are into `text`; callers map them to the source.
[[nodiscard]] std::vector<SuppressionDirective> find_line_directives(std::string_view text);

/// The index of the directive that suppresses a finding of `rule_id`/`category` at source
/// line `line` (document findings: no offset), if any. `line_of` maps a source offset to its line.
template <class LineOf>
[[nodiscard]] std::optional<std::size_t> suppressing_directive(const std::vector<SuppressionDirective>& directives,
                                                               std::string_view rule_id, std::string_view category,
                                                               std::optional<std::size_t> finding_offset, LineOf&& line_of) {
  auto applies = [&](const SuppressionDirective& d) {
    if (d.targets.empty()) return true;
    for (const std::string& t : d.targets) {
      if (t == rule_id || t == category) return true;
    }
    return false;
  };
  std::optional<std::size_t> active_disable;
  const std::optional<std::size_t> line = finding_offset ? std::optional(line_of(*finding_offset)) : std::nullopt;
  for (std::size_t i = 0; i < directives.size(); ++i) {
    const SuppressionDirective& d = directives[i];
    if (!applies(d)) continue;
    switch (d.kind) {
      case SuppressionDirective::Kind::disable_file:
        return i;
      case SuppressionDirective::Kind::disable_next_line:
        if (line && *line == line_of(d.source_offset) + 1) return i;
        break;
      case SuppressionDirective::Kind::disable_line:
        if (line && *line == line_of(d.source_offset)) return i;
        break;
      case SuppressionDirective::Kind::disable:
        if (finding_offset && d.source_offset <= *finding_offset) active_disable = i;
        break;
      case SuppressionDirective::Kind::enable:
        if (finding_offset && d.source_offset <= *finding_offset) active_disable.reset();
        break;
    }
  }
  return active_disable;
}

}  // namespace medlint

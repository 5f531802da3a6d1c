// Suppression comments in HTML and Markdown sources:
//   <!-- medlint-disable -->                     everything below, until medlint-enable
//   <!-- medlint-disable spinner, ocr/ligature -->  only these categories or rule ids
//   <!-- medlint-enable [same list] -->
//   <!-- medlint-disable-next-line [list] -->    the next source line
//   <!-- medlint-disable-file [list] -->         the whole file, document findings included
// They are parsed from comment text here and applied by the engine to finished findings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

struct SuppressionDirective {
  enum class Kind { disable, enable, disable_next_line, disable_file } kind = Kind::disable;
  std::vector<std::string> targets;  ///< rule ids or categories; empty for all
  std::size_t source_offset = 0;     ///< where the comment is in the source
};

/// Reads one comment's text ("medlint-disable spinner/x, ocr"); nothing if it is no directive.
[[nodiscard]] std::optional<SuppressionDirective> parse_suppression(std::string_view comment, std::size_t source_offset);

/// Whether a finding of `rule_id`/`category` at source line `line` (document findings:
/// nothing) is suppressed. `line_of` maps a source offset to its line.
template <class LineOf>
[[nodiscard]] bool is_suppressed(const std::vector<SuppressionDirective>& directives, std::string_view rule_id,
                                 std::string_view category, std::optional<std::size_t> finding_offset, LineOf&& line_of) {
  auto applies = [&](const SuppressionDirective& d) {
    if (d.targets.empty()) return true;
    for (const std::string& t : d.targets) {
      if (t == rule_id || t == category) return true;
    }
    return false;
  };
  bool disabled = false;
  for (const SuppressionDirective& d : directives) {
    if (!applies(d)) continue;
    switch (d.kind) {
      case SuppressionDirective::Kind::disable_file:
        return true;
      case SuppressionDirective::Kind::disable_next_line:
        if (finding_offset && line_of(*finding_offset) == line_of(d.source_offset) + 1) return true;
        break;
      case SuppressionDirective::Kind::disable:
        if (finding_offset && d.source_offset <= *finding_offset) disabled = true;
        break;
      case SuppressionDirective::Kind::enable:
        if (finding_offset && d.source_offset <= *finding_offset) disabled = false;
        break;
    }
  }
  return disabled;
}

}  // namespace medlint

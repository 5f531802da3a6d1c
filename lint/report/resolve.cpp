// Positions go text offset → source offset (SourceMap) → line:column (LineIndex), so
// they are true to the file even where the text was normalised.
#include "report/resolve.hpp"

#include <algorithm>

#include <unicode/utf8.h>

#include "report/excerpt.hpp"

namespace medlint {

namespace {

constexpr std::size_t max_context_code_points = 120;

// Offset of the code point that starts just before `offset` (the last character of a span).
std::size_t last_char_start(std::string_view text, std::size_t begin, std::size_t offset) {
  if (offset <= begin) return begin;
  std::size_t pos = offset - 1;
  while (pos > begin && U8_IS_TRAIL(text[pos])) --pos;
  return pos;
}

// Clips a long source line to a window around the underlined part.
void set_context(ReportedFinding& reported, std::string_view line, std::size_t column, std::size_t width) {
  const std::size_t total = count_code_points(line);
  std::size_t first = 1;
  if (total > max_context_code_points && column > max_context_code_points / 3) first = column - max_context_code_points / 3;
  std::size_t cp = 1;
  std::size_t byte = 0;
  while (cp < first && byte < line.size()) {
    do ++byte;
    while (byte < line.size() && U8_IS_TRAIL(line[byte]));
    ++cp;
  }
  std::size_t end = byte;
  for (std::size_t n = 0; end < line.size() && n < max_context_code_points; ++n) {
    do ++end;
    while (end < line.size() && U8_IS_TRAIL(line[end]));
  }
  reported.context_line = (first > 1 ? "…" : "") + std::string(line.substr(byte, end - byte)) + (end < line.size() ? "…" : "");
  reported.context_column = column - first + 1 + (first > 1 ? 1 : 0);
  reported.context_width = std::max<std::size_t>(1, std::min(width, max_context_code_points - (column - first)));
}

}  // namespace

ReportedFinding resolve_finding(const Finding& finding, const Document& document) {
  ReportedFinding reported;
  reported.rule = finding.rule->id;
  reported.category = finding.rule->category;
  reported.severity = finding.severity;
  reported.scope = finding.scope;
  reported.message = finding.message;
  reported.suggestion = finding.suggestion;
  reported.fix_safe = finding.rule->fix_safe && finding.suggestion.has_value();
  if (finding.scope == Scope::document) return reported;
  if (finding.source_range) {
    const std::string_view source = document.source();
    const TextRange r = *finding.source_range;
    reported.matched = std::string(source.substr(r.begin, r.size()));
    reported.source_begin = r.begin;
    reported.source_end = r.end;
    const LinePosition start = document.source_lines().position(r.begin);
    const LinePosition last = document.source_lines().position(last_char_start(source, r.begin, r.end));
    reported.line = start.line;
    reported.column = start.column;
    reported.end_line = last.line;
    reported.end_column = last.column;
    reported.excerpt = reported.matched;
    const std::string_view line_text = document.source_lines().line_text(start.line);
    set_context(reported, line_text, start.column, last.line == start.line ? last.column - start.column + 1 : 1);
    return reported;
  }

  const std::string_view text = document.text();
  const SourceMap& map = document.source_map();
  const LineIndex& lines = document.source_lines();
  reported.matched = std::string(text.substr(finding.range.begin, finding.range.size()));
  reported.source_begin = map.to_source(finding.range.begin);
  reported.source_end = map.to_source(finding.range.end);
  const LinePosition start = lines.position(reported.source_begin);
  const LinePosition last = lines.position(map.to_source(last_char_start(text, finding.range.begin, finding.range.end)));
  reported.line = start.line;
  reported.column = start.column;
  reported.end_line = last.line;
  reported.end_column = last.column;
  reported.excerpt = make_excerpt(document, finding.range);

  const std::string_view line_text = lines.line_text(start.line);
  const std::size_t width = last.line == start.line ? last.column - start.column + 1
                                                    : count_code_points(line_text) - start.column + 1;
  set_context(reported, line_text, start.column, width);
  return reported;
}

}  // namespace medlint

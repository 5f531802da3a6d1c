#include "engine/fix_edits.hpp"

#include <algorithm>

namespace medlint {

std::vector<TextEdit> safe_fix_edits(const FileReport& report) {
  const std::string_view source = report.source;
  std::vector<TextEdit> edits;
  for (const ReportedFinding& f : report.findings) {
    if (!f.fix_safe || !f.suggestion || f.scope != Scope::span) continue;
    if (f.source_end > source.size() || f.source_begin >= f.source_end) continue;
    if (source.substr(f.source_begin, f.source_end - f.source_begin) != f.matched) continue;
    TextEdit edit{f.source_begin, f.source_end, *f.suggestion};
    const bool line_start = edit.begin == 0 || source[edit.begin - 1] == '\n';
    if (edit.replacement.empty() && line_start) {
      // Removing a whole line: take its line end too, not leave a blank line behind.
      if (source.substr(edit.end, 2) == "\r\n") edit.end += 2;
      else if (edit.end < source.size() && (source[edit.end] == '\n' || source[edit.end] == '\r')) edit.end += 1;
    }
    edits.push_back(std::move(edit));
  }
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  std::vector<TextEdit> kept;
  for (TextEdit& edit : edits) {
    if (!kept.empty() && edit.begin < kept.back().end) continue;
    kept.push_back(std::move(edit));
  }
  return kept;
}

std::string apply_edits(std::string_view source, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(source.size());
  std::size_t at = 0;
  for (const TextEdit& edit : edits) {
    out.append(source.substr(at, edit.begin - at));
    out += edit.replacement;
    at = edit.end;
  }
  out.append(source.substr(at));
  return out;
}

}  // namespace medlint

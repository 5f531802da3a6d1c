// Self-contained HTML for auditors: one page per article (its text with every finding
// highlighted in place, coloured by category, details on hover and click) and an index of
// all files (sortable table, bar chart of findings by category). Inline CSS and JS only:
// the pages make no network request and open from a file:// URL or an e-mail attachment.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "report/file_report.hpp"
#include "report/reporter.hpp"

namespace medlint {

/// The counts the index shows for one file.
struct FileTally {
  std::string path;
  std::string href;  ///< link to the file's report ("" for none)
  std::size_t findings = 0;
  std::array<std::size_t, 3> by_severity{};  ///< indexed by Severity
  std::array<std::size_t, all_categories.size()> by_category{};
};

[[nodiscard]] FileTally tally_of(const FileReport& report, std::string href);

/// A whole page: <!doctype html> with the shared style and script around `body`.
[[nodiscard]] std::string html_page(const std::string& title, const std::string& body);

/// The article section: counts by category, document findings, the highlighted source
/// (`report.source`) and the list of findings. `anchor` prefixes element ids so several
/// sections can share a page.
[[nodiscard]] std::string html_file_section(const FileReport& report, const std::vector<RuleDescriptor>& rules,
                                            const std::string& anchor);

/// The corpus section: bar chart by category and the table of files, worst first.
[[nodiscard]] std::string html_index_section(const std::vector<FileTally>& files, const std::string& version);

}  // namespace medlint

// Auditor mode (--report-dir DIR): for every input file a JSON report and a self-contained
// HTML page, then index.html (all files, worst first, chart by category) and summary.csv for
// spreadsheets. Files are written as each report arrives, so only the tallies stay in memory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "report/html_page.hpp"
#include "report/reporter.hpp"

namespace medlint {

class ReportDirectory {
 public:
  /// Creates `dir` (and parents) if needed; throws MedlintError when it cannot.
  ReportDirectory(std::filesystem::path dir, ReporterOptions options);

  /// Writes NNNN-NAME.json and NNNN-NAME.html for one file; throws MedlintError on I/O failure.
  void add(const FileReport& report);
  /// Writes index.html and summary.csv.
  void finish();

 private:
  std::filesystem::path dir_;
  ReporterOptions options_;
  std::vector<FileTally> tallies_;
};

}  // namespace medlint

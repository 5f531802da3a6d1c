// Output formats. A reporter receives files in input order and the summary at the end;
// it sees only resolved findings (file_report.hpp), never documents or rules.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/file_report.hpp"

namespace medlint {

enum class OutputFormat { text, json, jsonl, sarif, junit, github, checkstyle, codequality, html };

[[nodiscard]] std::optional<OutputFormat> parse_output_format(std::string_view name);
[[nodiscard]] std::vector<std::string> output_format_names();

/// What formats that describe rules (SARIF, JUnit, HTML) need to know about each one.
struct RuleDescriptor {
  std::string id;
  Category category = Category::spinner;
  Severity severity = Severity::warning;
  std::string summary;      ///< first sentence of the explanation
  std::string explanation;  ///< the whole `explain` text
  std::string bad, good;    ///< the explain examples
  bool fix_safe = false;
};

struct ReporterOptions {
  bool color = false;
  std::string version;
  std::vector<RuleDescriptor> rules;  ///< every loaded rule, in load order
  std::vector<std::string> checked;   ///< ids of the rules that ran (JUnit test cases)
  std::optional<Severity> fail_on;    ///< findings below it are not failures (JUnit)
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void file(const FileReport& report) = 0;
  virtual void finish(const Summary& summary) = 0;
};

[[nodiscard]] std::unique_ptr<Reporter> make_reporter(OutputFormat format, std::ostream& out, const ReporterOptions& options);

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_jsonl_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_checkstyle_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_codequality_reporter(std::ostream& out, const ReporterOptions& options);
std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, const ReporterOptions& options);

}  // namespace medlint

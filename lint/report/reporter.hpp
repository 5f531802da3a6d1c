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

enum class OutputFormat { text, json, jsonl };

[[nodiscard]] std::optional<OutputFormat> parse_output_format(std::string_view name);
[[nodiscard]] std::vector<std::string> output_format_names();

struct ReporterOptions {
  bool color = false;
  std::string version;
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

}  // namespace medlint

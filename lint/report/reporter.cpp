// Format names and the factory; each format lives in its own file.
#include "report/reporter.hpp"

namespace medlint {

void Summary::add(const FileReport& file) {
  ++files;
  for (const ReportedFinding& finding : file.findings) {
    ++findings;
    switch (finding.severity) {
      case Severity::error: ++error; break;
      case Severity::warning: ++warning; break;
      case Severity::info: ++info; break;
    }
  }
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "text") return OutputFormat::text;
  if (name == "json") return OutputFormat::json;
  if (name == "jsonl") return OutputFormat::jsonl;
  return std::nullopt;
}

std::vector<std::string> output_format_names() { return {"text", "json", "jsonl"}; }

std::unique_ptr<Reporter> make_reporter(OutputFormat format, std::ostream& out, const ReporterOptions& options) {
  switch (format) {
    case OutputFormat::text: return make_text_reporter(out, options);
    case OutputFormat::json: return make_json_reporter(out, options);
    case OutputFormat::jsonl: return make_jsonl_reporter(out, options);
  }
  return make_text_reporter(out, options);
}

}  // namespace medlint

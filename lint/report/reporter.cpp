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
  if (name == "sarif") return OutputFormat::sarif;
  if (name == "junit") return OutputFormat::junit;
  if (name == "github") return OutputFormat::github;
  if (name == "checkstyle") return OutputFormat::checkstyle;
  if (name == "codequality") return OutputFormat::codequality;
  if (name == "html") return OutputFormat::html;
  return std::nullopt;
}

std::vector<std::string> output_format_names() { return {"text", "json", "jsonl", "sarif", "junit", "github", "checkstyle", "codequality", "html"}; }

std::unique_ptr<Reporter> make_reporter(OutputFormat format, std::ostream& out, const ReporterOptions& options) {
  switch (format) {
    case OutputFormat::text: return make_text_reporter(out, options);
    case OutputFormat::json: return make_json_reporter(out, options);
    case OutputFormat::jsonl: return make_jsonl_reporter(out, options);
    case OutputFormat::sarif: return make_sarif_reporter(out, options);
    case OutputFormat::junit: return make_junit_reporter(out, options);
    case OutputFormat::github: return make_github_reporter(out, options);
    case OutputFormat::checkstyle: return make_checkstyle_reporter(out, options);
    case OutputFormat::codequality: return make_codequality_reporter(out, options);
    case OutputFormat::html: return make_html_reporter(out, options);
  }
  return make_text_reporter(out, options);
}

}  // namespace medlint

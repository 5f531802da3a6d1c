// Compiler-style output: "path:line:col: severity: message [rule-id]", then the source
// line with carets under the span and the suggestion, then a one-line summary.
#include "report/reporter.hpp"

namespace medlint {

namespace {

struct Style {
  bool on;
  [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "0";
}

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReporterOptions& options) : out_(out), style_{options.color} {}

  void file(const FileReport& report) override {
    for (const ReportedFinding& f : report.findings) {
      out_ << style_.wrap("1", report.path + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ":") << ' '
           << style_.wrap(severity_colour(f.severity), std::string(to_string(f.severity)) + ":") << ' ' << f.message << ' '
           << style_.wrap("2", "[" + f.rule + "]") << '\n';
      if (f.scope == Scope::span) {
        const std::string gutter = std::to_string(f.line);
        const std::string pad(gutter.size(), ' ');
        out_ << ' ' << style_.wrap("34", gutter + " |") << ' ' << f.context_line << '\n';
        out_ << ' ' << style_.wrap("34", pad + " |") << ' ' << std::string(f.context_column - 1, ' ')
             << style_.wrap(severity_colour(f.severity), std::string(f.context_width, '^')) << '\n';
        if (f.suggestion) out_ << ' ' << style_.wrap("34", pad + " =") << " suggestion: " << *f.suggestion << '\n';
      }
    }
  }

  void finish(const Summary& summary) override {
    if (summary.findings == 0) {
      out_ << style_.wrap("1;32", "No findings") << " in " << plural(summary.files, "file") << ".\n";
      return;
    }
    out_ << '\n'
         << style_.wrap("1", plural(summary.findings, "finding")) << " (" << plural(summary.error, "error") << ", "
         << plural(summary.warning, "warning") << ", " << summary.info << " info) in " << plural(summary.files, "file")
         << ".\n";
  }

 private:
  std::ostream& out_;
  Style style_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReporterOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace medlint

// Checkstyle XML (reviewdog -f=checkstyle). Document findings have no column and sit on line 1.
#include "report/markup.hpp"
#include "report/reporter.hpp"

namespace medlint {

namespace {

class CheckstyleReporter : public Reporter {
 public:
  explicit CheckstyleReporter(std::ostream& out) : out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  }

  void file(const FileReport& report) override {
    out_ << "  <file name=\"" << escape_markup(report.path) << "\">\n";
    for (const ReportedFinding& f : report.findings) {
      out_ << "    <error line=\"" << (f.scope == Scope::span ? f.line : 1) << "\"";
      if (f.scope == Scope::span) out_ << " column=\"" << f.column << "\"";
      out_ << " severity=\"" << to_string(f.severity) << "\" message=\"" << escape_markup(f.message) << "\" source=\"medlint."
           << escape_markup(f.rule) << "\"/>\n";
    }
    out_ << "  </file>\n";
  }

  void finish(const Summary&) override { out_ << "</checkstyle>\n"; }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_checkstyle_reporter(std::ostream& out, const ReporterOptions&) {
  return std::make_unique<CheckstyleReporter>(out);
}

}  // namespace medlint

// JUnit XML as Jenkins and GitLab read it: one <testsuite> per file, one <testcase> per rule
// that ran, and a <failure> listing the rule's findings in that file. Findings below
// --fail-on do not fail the case; they are listed in its <system-out>.
#include <map>
#include <sstream>

#include "report/markup.hpp"
#include "report/reporter.hpp"

namespace medlint {

namespace {

std::string finding_line(const ReportedFinding& f) {
  std::string line = f.scope == Scope::span ? std::to_string(f.line) + ":" + std::to_string(f.column) : std::string("document");
  line += " " + std::string(to_string(f.severity)) + ": " + f.message;
  if (!f.excerpt.empty()) line += "\n    " + f.excerpt;
  return line;
}

class JunitReporter : public Reporter {
 public:
  JunitReporter(std::ostream& out, const ReporterOptions& options)
      : out_(out), checked_(options.checked), fail_on_(options.fail_on) {}

  void file(const FileReport& report) override {
    std::map<std::string, std::vector<const ReportedFinding*>, std::less<>> by_rule;
    for (const std::string& id : checked_) by_rule[id];
    for (const ReportedFinding& f : report.findings) by_rule[f.rule].push_back(&f);
    std::size_t failures = 0;
    std::ostringstream cases;
    for (const auto& [rule, findings] : by_rule) {
      std::string failing, passing;
      std::size_t failing_count = 0;
      for (const ReportedFinding* f : findings) {
        const bool fails = fail_on_ && f->severity >= *fail_on_;
        (fails ? failing : passing) += finding_line(*f) + "\n";
        failing_count += fails ? 1 : 0;
      }
      cases << "    <testcase classname=\"" << escape_markup(report.path) << "\" name=\"" << escape_markup(rule) << "\"";
      if (failing.empty() && passing.empty()) {
        cases << "/>\n";
        continue;
      }
      cases << ">\n";
      if (!failing.empty()) {
        ++failures;
        cases << "      <failure message=\"" << failing_count << " finding" << (failing_count == 1 ? "" : "s") << " of " << escape_markup(rule)
              << "\" type=\"" << escape_markup(rule) << "\">" << escape_markup(failing) << "</failure>\n";
      }
      if (!passing.empty()) cases << "      <system-out>" << escape_markup(passing) << "</system-out>\n";
      cases << "    </testcase>\n";
    }
    tests_ += by_rule.size();
    failures_ += failures;
    suites_ << "  <testsuite name=\"" << escape_markup(report.path) << "\" tests=\"" << by_rule.size() << "\" failures=\""
            << failures << "\" errors=\"0\" skipped=\"0\">\n"
            << cases.str() << "  </testsuite>\n";
  }

  void finish(const Summary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"medlint\" tests=\"" << tests_ << "\" failures=\""
         << failures_ << "\" errors=\"0\">\n"
         << suites_.str() << "</testsuites>\n";
  }

 private:
  std::ostream& out_;
  std::vector<std::string> checked_;
  std::optional<Severity> fail_on_;
  std::ostringstream suites_;
  std::size_t tests_ = 0, failures_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReporterOptions& options) {
  return std::make_unique<JunitReporter>(out, options);
}

}  // namespace medlint

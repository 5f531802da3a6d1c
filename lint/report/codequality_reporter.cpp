// GitLab Code Quality (a Code Climate JSON array): what `artifacts: reports: codequality`
// shows in merge requests. Document findings point at line 1.
#include <nlohmann/json.hpp>

#include "report/reporter.hpp"

namespace medlint {

namespace {

std::string_view gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::error: return "major";
    case Severity::warning: return "minor";
    case Severity::info: return "info";
  }
  return "minor";
}

class CodeQualityReporter : public Reporter {
 public:
  explicit CodeQualityReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    std::string path = report.path;
    if (path.rfind("./", 0) == 0) path.erase(0, 2);
    for (const ReportedFinding& f : report.findings) {
      issues_.push_back({{"description", f.message},
                         {"check_name", f.rule},
                         {"fingerprint", f.fingerprint},
                         {"severity", gitlab_severity(f.severity)},
                         {"categories", {"Style"}},
                         {"location", {{"path", path}, {"lines", {{"begin", f.scope == Scope::span ? f.line : 1}}}}}});
    }
  }

  void finish(const Summary&) override { out_ << issues_.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n'; }

 private:
  std::ostream& out_;
  nlohmann::ordered_json issues_ = nlohmann::ordered_json::array();
};

}  // namespace

std::unique_ptr<Reporter> make_codequality_reporter(std::ostream& out, const ReporterOptions&) {
  return std::make_unique<CodeQualityReporter>(out);
}

}  // namespace medlint

// GitHub Actions workflow commands (::error file=...::message), which the runner turns into
// annotations on the pull request. GitHub shows at most 10 annotations of each level per
// step, so the most severe are printed first, 10 per level, and one plain log line says how
// many were left out.
#include <algorithm>

#include "report/reporter.hpp"

namespace medlint {

namespace {

constexpr std::size_t per_level_limit = 10;

// Workflow-command escaping: data escapes %, CR and LF; property values also ':' and ','.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "warning";
}

struct Pending {
  std::string path;
  ReportedFinding finding;
};

class GithubReporter : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const ReportedFinding& f : report.findings) pending_.push_back({report.path, f});
  }

  void finish(const Summary&) override {
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const Pending& a, const Pending& b) { return a.finding.severity > b.finding.severity; });
    std::size_t shown[3] = {0, 0, 0};
    std::size_t left_out = 0;
    for (const Pending& p : pending_) {
      const ReportedFinding& f = p.finding;
      std::size_t& count = shown[static_cast<int>(f.severity)];
      if (count == per_level_limit) {
        ++left_out;
        continue;
      }
      ++count;
      out_ << "::" << command_of(f.severity) << " file=" << escape_property(p.path);
      if (f.scope == Scope::span) {
        out_ << ",line=" << f.line << ",endLine=" << f.end_line;
        // GitHub takes columns only for an annotation on one line.
        if (f.line == f.end_line) out_ << ",col=" << f.column << ",endColumn=" << f.end_column;
      }
      out_ << ",title=" << escape_property("medlint " + f.rule) << "::" << escape_data(f.message) << '\n';
    }
    if (left_out > 0) {
      out_ << "medlint: " << left_out << " more finding" << (left_out == 1 ? "" : "s")
           << " not shown as annotations (GitHub shows " << per_level_limit
           << " per level and step); run with --format text or --format sarif for all of them\n";
    }
  }

 private:
  std::ostream& out_;
  std::vector<Pending> pending_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReporterOptions&) {
  return std::make_unique<GithubReporter>(out);
}

}  // namespace medlint

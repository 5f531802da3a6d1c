// --format html: one self-contained page holding the corpus index and every file's section.
#include "report/html_page.hpp"
#include "report/reporter.hpp"

namespace medlint {

namespace {

class HtmlReporter : public Reporter {
 public:
  HtmlReporter(std::ostream& out, const ReporterOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& report) override {
    const std::string anchor = "file-" + std::to_string(tallies_.size() + 1);
    tallies_.push_back(tally_of(report, "#" + anchor));
    sections_ += html_file_section(report, options_.rules, anchor);
  }

  void finish(const Summary&) override {
    out_ << html_page("medlint report", "<header><h1>medlint report</h1></header><main>" +
                                            html_index_section(tallies_, options_.version) + sections_ + "</main>");
  }

 private:
  std::ostream& out_;
  ReporterOptions options_;
  std::vector<FileTally> tallies_;
  std::string sections_;
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, const ReporterOptions& options) {
  return std::make_unique<HtmlReporter>(out, options);
}

}  // namespace medlint

// The JSON report of SPEC section 5 (keys in the order the spec shows them), and JSONL:
// one finding per line with its path, written as soon as each file is done.
#include "report/json_report.hpp"
#include "report/reporter.hpp"

namespace medlint {

using ordered_json = nlohmann::ordered_json;

namespace {

// Objects are filled through the vector under ordered_json's object: each key is added once
// here, so the duplicate search of operator[] is not needed, and with the capacity reserved
// no member is copied when the vector grows (a pair with a const key is copied, not moved).
ordered_json object_with_capacity(std::size_t members) {
  ordered_json object(nlohmann::ordered_json::value_t::object);
  object.get_ref<ordered_json::object_t&>().reserve(members);
  return object;
}

}  // namespace

ordered_json finding_json(const ReportedFinding& f, const std::string* path) {
  constexpr std::size_t most_members = 12;
  ordered_json j = object_with_capacity(most_members);
  auto& members = j.get_ref<ordered_json::object_t&>();
  if (path) members.emplace_back("path", *path);
  members.emplace_back("rule", f.rule);
  members.emplace_back("category", to_string(f.category));
  members.emplace_back("severity", to_string(f.severity));
  members.emplace_back("scope", to_string(f.scope));
  members.emplace_back("line", f.line);
  members.emplace_back("column", f.column);
  members.emplace_back("end_line", f.end_line);
  members.emplace_back("end_column", f.end_column);
  members.emplace_back("message", f.message);
  if (f.scope == Scope::span) members.emplace_back("excerpt", f.excerpt);
  if (f.suggestion) members.emplace_back("suggestion", *f.suggestion);
  return j;
}

ordered_json file_report_json(const FileReport& report) {
  ordered_json findings = ordered_json::array();
  auto& entries = findings.get_ref<ordered_json::array_t&>();
  entries.reserve(report.findings.size());
  for (const ReportedFinding& finding : report.findings) entries.push_back(finding_json(finding, nullptr));
  ordered_json file = object_with_capacity(2);
  auto& members = file.get_ref<ordered_json::object_t&>();
  members.emplace_back("path", report.path);
  members.emplace_back("findings", std::move(findings));
  return file;
}

namespace {

// Streams: each file's entry is written as soon as the file is done, so memory does not grow
// with the number of files. The bytes are those of dumping the whole report at once with an
// indent of 2 (entries are dumped alone and indented to their depth; JSON strings hold no raw
// line feeds, so indenting after each line feed is safe).
class JsonReporter : public Reporter {
 public:
  JsonReporter(std::ostream& out, const ReporterOptions& options) : out_(out), version_(options.version) {}

  void file(const FileReport& report) override {
    if (files_ == 0) out_ << header() << "  \"files\": [\n";
    else out_ << ",\n";
    out_ << "    " << indented(dump(file_report_json(report)), "    ");
    ++files_;
  }

  void finish(const Summary& summary) override {
    if (files_ == 0) out_ << header() << "  \"files\": [],\n";
    else out_ << "\n  ],\n";
    const ordered_json totals = {{"files", summary.files}, {"findings", summary.findings}, {"error", summary.error},
                                 {"warning", summary.warning}, {"info", summary.info}};
    out_ << "  \"summary\": " << indented(dump(totals), "  ") << "\n}\n";
  }

 private:
  static std::string dump(const ordered_json& value) { return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }
  static std::string indented(const std::string& text, std::string_view by) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t at = 0; at < text.size();) {  // line by line: a report has many short lines
      const std::size_t end = text.find('\n', at);
      if (end == std::string::npos) {
        out.append(text, at);
        break;
      }
      out.append(text, at, end + 1 - at).append(by);
      at = end + 1;
    }
    return out;
  }
  std::string header() const {
    const ordered_json tool = {{"name", "medlint"}, {"version", version_}};
    return "{\n  \"tool\": " + indented(dump(tool), "  ") + ",\n";
  }

  std::ostream& out_;
  std::string version_;
  std::size_t files_ = 0;
};

class JsonlReporter : public Reporter {
 public:
  explicit JsonlReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const ReportedFinding& finding : report.findings) {
      ordered_json line;
      if (report.document_id) {  // distributed mode: keyed by the document's id (and url)
        line["id"] = *report.document_id;
        if (report.document_url) line["url"] = *report.document_url;
        line.update(finding_json(finding, nullptr));
      } else {
        line = finding_json(finding, &report.path);
      }
      out_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    out_.flush();
  }

  void finish(const Summary&) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReporterOptions& options) {
  return std::make_unique<JsonReporter>(out, options);
}

std::unique_ptr<Reporter> make_jsonl_reporter(std::ostream& out, const ReporterOptions&) {
  return std::make_unique<JsonlReporter>(out);
}

}  // namespace medlint

// Report file names come from the input path with anything but letters, digits, '.', '-'
// and '_' replaced, behind a running number, so two inputs never share a report and no
// name can climb out of the directory.
#include "report/report_directory.hpp"

#include <fstream>

#include "core/errors.hpp"
#include "report/json_report.hpp"
#include "report/markup.hpp"

namespace medlint {

namespace fs = std::filesystem;

namespace {

std::string report_stem(std::size_t number, const std::string& path) {
  std::string name;
  for (const char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                      (c == '.' && !name.empty() && name.back() != '.');
    name += keep ? c : '_';
  }
  if (name.size() > 80) name.erase(0, name.size() - 80);
  std::string digits = std::to_string(number);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return digits + "-" + name;
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) throw MedlintError(path.string() + ": cannot write report");
}

// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

ReportDirectory::ReportDirectory(fs::path dir, ReporterOptions options) : dir_(std::move(dir)), options_(std::move(options)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec || !fs::is_directory(dir_)) throw MedlintError(dir_.string() + ": cannot create report directory");
}

void ReportDirectory::add(const FileReport& report) {
  const std::string stem = report_stem(tallies_.size() + 1, report.path);
  nlohmann::ordered_json json;
  json["tool"] = {{"name", "medlint"}, {"version", options_.version}};
  json["file"] = file_report_json(report);
  write_file(dir_ / (stem + ".json"), json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  const std::string body = "<header><h1>medlint: " + escape_markup(report.path) +
                           "</h1><a href=\"index.html\">&larr; all files</a></header><main>" +
                           html_file_section(report, options_.rules, "file") + "</main>";
  write_file(dir_ / (stem + ".html"), html_page("medlint: " + report.path, body));
  tallies_.push_back(tally_of(report, stem + ".html"));
}

void ReportDirectory::finish() {
  write_file(dir_ / "index.html", html_page("medlint corpus report", "<header><h1>medlint corpus report</h1></header><main>" +
                                                                       html_index_section(tallies_, options_.version) + "</main>"));
  std::string csv = "path,report,findings,error,warning,info";
  for (const Category c : all_categories) csv += "," + std::string(to_string(c));
  csv += "\r\n";
  for (const FileTally& t : tallies_) {
    csv += csv_field(t.path) + "," + csv_field(t.href) + "," + std::to_string(t.findings);
    for (std::size_t s = 3; s-- > 0;) csv += "," + std::to_string(t.by_severity[s]);
    for (const std::size_t count : t.by_category) csv += "," + std::to_string(count);
    csv += "\r\n";
  }
  write_file(dir_ / "summary.csv", csv);
}

}  // namespace medlint

// Enums travel as their numeric values: the bytes never leave the process that wrote them.
#include "report/report_codec.hpp"

#include <nlohmann/json.hpp>

namespace medlint {

namespace {

nlohmann::json optional_string(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::optional<std::string> read_optional_string(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

}  // namespace

std::string encode_report(const FileReport& report) {
  nlohmann::json findings = nlohmann::json::array();
  for (const ReportedFinding& f : report.findings) {
    findings.push_back(nlohmann::json::array({f.rule, static_cast<int>(f.category), static_cast<int>(f.severity),
                                              static_cast<int>(f.scope), f.line, f.column, f.end_line, f.end_column, f.message,
                                              f.excerpt, optional_string(f.suggestion), f.fix_safe, f.matched, f.fingerprint,
                                              f.source_begin, f.source_end, f.context_line, f.context_column, f.context_width}));
  }
  const nlohmann::json out = nlohmann::json::array({report.path, std::move(findings), report.source, report.source_bytes,
                                                    optional_string(report.document_id), optional_string(report.document_url)});
  const std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(out);
  return std::string(bytes.begin(), bytes.end());
}

FileReport decode_report(std::string_view bytes) {
  const nlohmann::json in = nlohmann::json::from_cbor(bytes.begin(), bytes.end());
  FileReport report;
  report.path = in.at(0).get<std::string>();
  for (const nlohmann::json& f : in.at(1)) {
    ReportedFinding finding;
    finding.rule = f.at(0).get<std::string>();
    finding.category = static_cast<Category>(f.at(1).get<int>());
    finding.severity = static_cast<Severity>(f.at(2).get<int>());
    finding.scope = static_cast<Scope>(f.at(3).get<int>());
    finding.line = f.at(4).get<std::size_t>();
    finding.column = f.at(5).get<std::size_t>();
    finding.end_line = f.at(6).get<std::size_t>();
    finding.end_column = f.at(7).get<std::size_t>();
    finding.message = f.at(8).get<std::string>();
    finding.excerpt = f.at(9).get<std::string>();
    finding.suggestion = read_optional_string(f.at(10));
    finding.fix_safe = f.at(11).get<bool>();
    finding.matched = f.at(12).get<std::string>();
    finding.fingerprint = f.at(13).get<std::string>();
    finding.source_begin = f.at(14).get<std::size_t>();
    finding.source_end = f.at(15).get<std::size_t>();
    finding.context_line = f.at(16).get<std::string>();
    finding.context_column = f.at(17).get<std::size_t>();
    finding.context_width = f.at(18).get<std::size_t>();
    report.findings.push_back(std::move(finding));
  }
  report.source = in.at(2).get<std::string>();
  report.source_bytes = in.at(3).get<std::size_t>();
  report.document_id = read_optional_string(in.at(4));
  report.document_url = read_optional_string(in.at(5));
  return report;
}

}  // namespace medlint

// Enums travel as their numeric values: the bytes never leave the process that wrote them.
#include "report/report_codec.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <type_traits>

namespace medlint {

namespace {

nlohmann::json optional_string(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// Reads the elements of an encoded array in the order encode_report wrote them.
class Fields {
 public:
  explicit Fields(const nlohmann::json& array) : array_(array) {}
  const nlohmann::json& next() { return array_.at(at_++); }
  template <class T>
  void next(T& into) {
    const nlohmann::json& value = next();
    if constexpr (std::is_enum_v<T>) {
      into = static_cast<T>(value.get<int>());
    } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
      into = value.is_null() ? std::nullopt : std::optional<std::string>(value.get<std::string>());
    } else {
      into = value.get<T>();
    }
  }

 private:
  const nlohmann::json& array_;
  std::size_t at_ = 0;
};

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
  Fields file(in);
  file.next(report.path);
  for (const nlohmann::json& encoded : file.next()) {
    ReportedFinding f;
    Fields field(encoded);
    field.next(f.rule); field.next(f.category); field.next(f.severity); field.next(f.scope);
    field.next(f.line); field.next(f.column); field.next(f.end_line); field.next(f.end_column);
    field.next(f.message); field.next(f.excerpt); field.next(f.suggestion); field.next(f.fix_safe);
    field.next(f.matched); field.next(f.fingerprint); field.next(f.source_begin); field.next(f.source_end);
    field.next(f.context_line); field.next(f.context_column); field.next(f.context_width);
    report.findings.push_back(std::move(f));
  }
  file.next(report.source); file.next(report.source_bytes); file.next(report.document_id); file.next(report.document_url);
  return report;
}

}  // namespace medlint

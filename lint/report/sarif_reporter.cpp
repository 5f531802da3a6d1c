// SARIF 2.1.0, as GitHub code scanning and other dashboards ingest it: one run, every loaded
// rule in tool.driver.rules, code-point columns declared, relative paths resolved against
// %SRCROOT% (the working directory), and a partial fingerprint that survives line moves.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "report/reporter.hpp"

namespace medlint {

namespace {

using ordered_json = nlohmann::ordered_json;

// RFC 3986: unreserved characters and '/' stay; everything else (spaces, non-ASCII bytes)
// is percent-encoded.
std::string percent_encode(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 0xf];
    }
  }
  return out;
}

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

ordered_json artifact_location(const std::string& path) {
  std::string p = path;
  if (p.rfind("./", 0) == 0) p.erase(0, 2);
  // Absolute file URIs may not hold ".." segments (SARIF1002); normalise them away.
  if (!p.empty() && p.front() == '/') return {{"uri", "file://" + percent_encode(std::filesystem::path(p).lexically_normal().string())}};
  return {{"uri", percent_encode(p)}, {"uriBaseId", "%SRCROOT%"}};
}

class SarifReporter : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReporterOptions& options) : out_(out) {
    ordered_json driver;
    driver["name"] = "medlint";
    driver["version"] = options.version;
    driver["rules"] = ordered_json::array();
    for (const RuleDescriptor& rule : options.rules) {
      rule_index_[rule.id] = driver["rules"].size();
      std::string help = rule.explanation;
      if (!rule.bad.empty()) help += "\n\nFlagged: " + rule.bad;
      if (!rule.good.empty()) help += "\nFine: " + rule.good;
      driver["rules"].push_back({{"id", rule.id},
                                 {"shortDescription", {{"text", rule.summary}}},
                                 {"fullDescription", {{"text", rule.explanation}}},
                                 {"help", {{"text", help}}},
                                 {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
                                 {"properties", {{"category", to_string(rule.category)}, {"tags", {to_string(rule.category)}}}}});
    }
    run_["tool"] = {{"driver", std::move(driver)}};
    std::error_code ec;
    std::string root = std::filesystem::current_path(ec).string();
    if (root.empty() || root.back() != '/') root += '/';
    run_["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + percent_encode(root)}}}};
    run_["columnKind"] = "unicodeCodePoints";
    run_["results"] = ordered_json::array();
  }

  void file(const FileReport& report) override {
    for (const ReportedFinding& f : report.findings) {
      ordered_json result;
      result["ruleId"] = f.rule;
      if (const auto it = rule_index_.find(f.rule); it != rule_index_.end()) result["ruleIndex"] = it->second;
      result["level"] = sarif_level(f.severity);
      result["message"] = {{"text", f.message}};
      // SARIF end columns are exclusive; the JSON report's are inclusive.
      const ordered_json region = {{"startLine", f.line}, {"startColumn", f.column}, {"endLine", f.end_line}, {"endColumn", f.end_column + 1}};
      ordered_json physical;
      physical["artifactLocation"] = artifact_location(report.path);
      if (f.scope == Scope::span) {
        physical["region"] = region;
        physical["region"]["snippet"] = {{"text", f.matched}};
      }
      result["locations"] = ordered_json::array({{{"physicalLocation", std::move(physical)}}});
      result["partialFingerprints"] = {{"medlintFingerprint/v1", f.fingerprint}};
      if (f.suggestion && f.scope == Scope::span) {
        result["fixes"] = ordered_json::array(
            {{{"description", {{"text", std::string(f.fix_safe ? "Safe fix: " : "Suggested fix (review): ") + "replace with '" + *f.suggestion + "'"}}},
              {"artifactChanges",
               ordered_json::array({{{"artifactLocation", artifact_location(report.path)},
                                     {"replacements", ordered_json::array({{{"deletedRegion", region},
                                                                            {"insertedContent", {{"text", *f.suggestion}}}}})}}})}}});
      }
      result["properties"] = {{"category", to_string(f.category)}};
      run_["results"].push_back(std::move(result));
    }
  }

  void finish(const Summary&) override {
    run_["invocations"] = ordered_json::array({{{"executionSuccessful", true}}});
    ordered_json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = ordered_json::array({std::move(run_)});
    out_ << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
  ordered_json run_;
  std::map<std::string, std::size_t, std::less<>> rule_index_;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReporterOptions& options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace medlint

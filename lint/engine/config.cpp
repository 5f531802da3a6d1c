// Config keys are validated like rule packs: unknown keys and wrong types are load errors.
#include "engine/config.hpp"

#include <fstream>
#include <sstream>

#include "claims/profile_catalog.hpp"
#include "core/errors.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

namespace fs = std::filesystem;

ConfigFile load_config_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MedlintError(path.string() + ": cannot read config file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_config_text(buffer.str(), path);
}

ConfigFile parse_config_text(const std::string& text, const fs::path& path) {
  ConfigFile config;
  config.path = path.string();
  const nlohmann::json document = parse_json_text(text, config.path, true);
  const JsonReader root(document, config.path);
  root.expect_object({"extensions", "include", "exclude", "select", "ignore", "rules", "profiles", "fail_on", "fail-on",
                      "severity", "rule_options", "disclaimer", "overrides"});
  if (const auto disclaimer = root.find("disclaimer")) {
    // Shorthand for rule_options of the disclaimer category; the detector validates the keys.
    disclaimer->expect_object({"example", "required", "within", "not_advice", "consult"});
    config.rule_options["disclaimer"] = disclaimer->value();
  }
  if (const auto options = root.find("rule_options")) {
    for (const auto& [rule_id, value] : options->members()) {
      if (!value.value().is_object()) value.fail("expected an object of rule options");
      config.rule_options[rule_id].merge_patch(value.value());
    }
  }
  // "off" turns a rule or category off (an ignore); other values set its severity.
  auto read_severities = [](const JsonReader& map, std::map<std::string, Severity>& severity, std::vector<std::string>& ignore) {
    for (const auto& [target, value] : map.members()) {
      const std::string level = value.string();
      if (level == "off") {
        ignore.push_back(target);
        continue;
      }
      const auto parsed = parse_severity(level);
      if (!parsed) value.fail("expected one of error, warning, info, off");
      severity[target] = *parsed;
    }
  };
  if (const auto overrides = root.find("overrides")) {
    for (const JsonReader& entry : overrides->elements()) {
      entry.expect_object({"paths", "select", "ignore", "severity"});
      ConfigFile::PathOverride item;
      item.paths = entry.at("paths").strings();
      if (const auto select = entry.find("select")) item.select = select->strings();
      if (const auto ignore = entry.find("ignore")) item.ignore = ignore->strings();
      if (const auto severity = entry.find("severity")) read_severities(*severity, item.severity, item.ignore);
      config.overrides.push_back(std::move(item));
    }
  }
  if (const auto include = root.find("include")) config.include = include->strings();
  if (const auto exclude = root.find("exclude")) config.exclude = exclude->strings();
  if (const auto extensions = root.find("extensions")) config.extensions = extensions->strings();
  if (const auto select = root.find("select")) config.select = select->strings();
  if (const auto ignore = root.find("ignore")) config.ignore = ignore->strings();
  if (const auto rules = root.find("rules")) {
    for (const std::string& rule_path : rules->strings()) {
      config.rule_paths.push_back((path.parent_path() / rule_path).lexically_normal().string());
    }
  }
  if (const auto profiles = root.find("profiles")) {
    for (const std::string& profile : profiles->strings()) {
      config.profiles.push_back(names_profile_file(profile) ? (path.parent_path() / profile).lexically_normal().string() : profile);
    }
  }
  for (const char* key : {"fail_on", "fail-on"}) {
    if (const auto fail_on = root.find(key)) {
      const std::string value = fail_on->string();
      if (value != "never" && !parse_severity(value)) fail_on->fail("expected one of error, warning, info, never");
      config.fail_on = value;
    }
  }
  if (const auto severity = root.find("severity")) read_severities(*severity, config.severity, config.ignore);
  return config;
}

std::string starter_config_text() {
  return R"(// medlint configuration. Comments like this one are allowed; unknown keys are errors.
// Every key is optional. `medlint check` finds this file by walking up from the current
// directory; --config FILE picks another and --no-config ignores it.
{
  // File extensions linted inside directories (files named on the command line are always linted).
  "extensions": ["txt", "md", "markdown", "html", "htm"],
  // Globs of files and directories never linted ('*' also crosses '/').
  "exclude": ["node_modules/*", "vendor/*"],

  // Rules or categories to run only, or to skip. See `medlint rules list`.
  "select": [],
  "ignore": [],

  // Extra rule packs (files or directories of *.json), relative to this file.
  "rules": [],
  // Reference profiles to check claims against (names from `medlint profiles list`, or
  // files); empty: pick them from the substances each article names.
  "profiles": [],

  // Severity per rule id or category: "error", "warning", "info", or "off".
  "severity": {
    "attribution": "warning"
  },

  // The house disclaimer: a wording to suggest, and where it must appear.
  "disclaimer": {
    "example": "This article is for information only and is not medical advice. Talk to your doctor or pharmacist before changing any treatment."
  },

  // Per-path settings, applied in order to files whose path matches a glob.
  "overrides": [
    {"paths": ["drafts/*"], "severity": {"disclaimer": "off"}}
  ],

  // Exit with code 1 when a finding at or above this severity exists: error, warning, info, never.
  "fail_on": "error"
}
)";
}

std::optional<fs::path> find_config_file(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    const fs::path candidate = dir / ".medlint.json";
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace medlint

// Config keys are validated like rule packs: unknown keys and wrong types are load errors.
#include "engine/config.hpp"

#include <fnmatch.h>

#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

namespace fs = std::filesystem;

ConfigFile load_config_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MedlintError(path.string() + ": cannot read config file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  ConfigFile config;
  config.path = path.string();
  const nlohmann::json document = parse_json_text(text, config.path);
  const JsonReader root(document, config.path);
  root.expect_object({"extensions", "select", "ignore", "rules", "fail_on", "severity", "rule_options", "overrides"});
  if (const auto options = root.find("rule_options")) {
    for (const auto& [rule_id, value] : options->members()) {
      if (!value.value().is_object()) value.fail("expected an object of rule options");
      config.rule_options[rule_id] = value.value();
    }
  }
  if (const auto overrides = root.find("overrides")) {
    for (const JsonReader& entry : overrides->elements()) {
      entry.expect_object({"paths", "select", "ignore"});
      ConfigFile::PathOverride item;
      item.paths = entry.at("paths").strings();
      if (const auto select = entry.find("select")) item.select = select->strings();
      if (const auto ignore = entry.find("ignore")) item.ignore = ignore->strings();
      config.overrides.push_back(std::move(item));
    }
  }
  if (const auto extensions = root.find("extensions")) config.extensions = extensions->strings();
  if (const auto select = root.find("select")) config.select = select->strings();
  if (const auto ignore = root.find("ignore")) config.ignore = ignore->strings();
  if (const auto rules = root.find("rules")) {
    for (const std::string& rule_path : rules->strings()) {
      config.rule_paths.push_back((path.parent_path() / rule_path).lexically_normal().string());
    }
  }
  if (const auto fail_on = root.find("fail_on")) {
    const std::string value = fail_on->string();
    if (value != "never" && !parse_severity(value)) fail_on->fail("expected one of error, warning, info, never");
    config.fail_on = value;
  }
  if (const auto severity = root.find("severity")) {
    for (const auto& [rule_id, value] : severity->members()) {
      const auto parsed = parse_severity(value.string());
      if (!parsed) value.fail("expected one of error, warning, info");
      config.severity[rule_id] = *parsed;
    }
  }
  return config;
}

bool path_matches(std::string_view glob, std::string_view path) {
  if (path.rfind("./", 0) == 0) path.remove_prefix(2);
  // fnmatch without FNM_PATHNAME: '*' also crosses '/', so "articles/*" covers subfolders.
  return fnmatch(std::string(glob).c_str(), std::string(path).c_str(), 0) == 0;
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

// The project config file (.medlint.json): which files to lint, which rules to run,
// extra packs, severity overrides and the failure threshold. Found by walking up from the
// current directory unless --config or --no-config says otherwise.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/category.hpp"

namespace medlint {

struct ConfigFile {
  std::string path;                          ///< where it was read from
  std::optional<std::vector<std::string>> extensions;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> rule_paths;       ///< resolved against the config file's directory
  std::optional<std::string> fail_on;        ///< "error" | "warning" | "info" | "never"
  std::map<std::string, Severity> severity;  ///< rule id → severity
  std::map<std::string, nlohmann::json> rule_options;  ///< rule id → options merged into the rule

  /// Per-path adjustments: files whose path matches one of `paths` (globs, '*' crossing '/')
  /// run with these extra ignores, or only the selected rules.
  struct PathOverride {
    std::vector<std::string> paths;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
  };
  std::vector<PathOverride> overrides;
};

/// Whether `path` matches a config glob ("articles/**", "*.md"), as fnmatch(3) without
/// FNM_PATHNAME: '*' matches any run of characters including '/'. A leading "./" is ignored.
[[nodiscard]] bool path_matches(std::string_view glob, std::string_view path);

/// Parses a config file; problems are LoadErrors with file and JSON pointer.
[[nodiscard]] ConfigFile load_config_file(const std::filesystem::path& path);

/// The nearest ".medlint.json" in `start` or one of its parents.
[[nodiscard]] std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

}  // namespace medlint

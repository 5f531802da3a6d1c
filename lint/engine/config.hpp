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
#include "input/path_glob.hpp"

namespace medlint {

struct ConfigFile {
  std::string path;                          ///< where it was read from
  std::optional<std::vector<std::string>> extensions;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> rule_paths;       ///< resolved against the config file's directory
  std::vector<std::string> include;          ///< globs picking files inside directories (replaces extensions)
  std::vector<std::string> exclude;          ///< globs of files and directories never linted
  std::vector<std::string> profiles;         ///< profile names or files (files resolved like rule_paths)
  std::optional<std::string> fail_on;        ///< "error" | "warning" | "info" | "never"
  /// Rule id or category → severity. "off" entries are not here: they are added to `ignore`.
  std::map<std::string, Severity> severity;
  /// Rule id or category → options merged into the rule ("disclaimer" settings land here).
  std::map<std::string, nlohmann::json> rule_options;

  /// Per-path adjustments: files whose path matches one of `paths` (globs, '*' crossing '/')
  /// run with these extra ignores, or only the selected rules, and these severities.
  struct PathOverride {
    std::vector<std::string> paths;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::map<std::string, Severity> severity;
  };
  std::vector<PathOverride> overrides;
};

/// Parses a config file; problems are LoadErrors with file and JSON pointer.
[[nodiscard]] ConfigFile load_config_file(const std::filesystem::path& path);
/// The same for text already read; relative paths in it resolve against `path`'s folder.
[[nodiscard]] ConfigFile parse_config_text(const std::string& text, const std::filesystem::path& path);

/// The commented starter config `medlint init` writes (it loads with load_config_file).
[[nodiscard]] std::string starter_config_text();

/// The nearest ".medlint.json" in `start` or one of its parents.
[[nodiscard]] std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

}  // namespace medlint

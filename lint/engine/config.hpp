// The project config file (.medlint.json): which files to lint, which rules to run,
// extra packs, severity overrides and the failure threshold. Found by walking up from the
// current directory unless --config or --no-config says otherwise.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

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
};

/// Parses a config file; problems are LoadErrors with file and JSON pointer.
[[nodiscard]] ConfigFile load_config_file(const std::filesystem::path& path);

/// The nearest ".medlint.json" in `start` or one of its parents.
[[nodiscard]] std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

}  // namespace medlint

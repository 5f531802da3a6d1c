// Turns the PATH arguments of `medlint check` into the list of files to lint:
// files as given, directories walked recursively in a stable sorted order, "-" for stdin.
// It never reads file contents.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace medlint {

struct InputFile {
  std::string display_path;          ///< as the user gave it (or joined under a given directory)
  std::filesystem::path fs_path;     ///< where to read it from; empty for stdin
  bool is_stdin = false;
};

struct DiscoverOptions {
  /// Extensions (without dot, compared case-insensitively) picked up inside directories.
  /// Files named explicitly are linted whatever their extension.
  std::vector<std::string> extensions = {"txt", "md", "markdown", "html", "htm"};
  /// Skip files and directories whose name starts with '.' while walking.
  bool skip_hidden = true;
  /// When set, files inside directories are picked by these globs instead of `extensions`.
  std::vector<std::string> include;
  /// Files (walked or named) and directories matching one of these globs are skipped.
  std::vector<std::string> exclude;
};

/// Expands `paths`; a path that does not exist is reported to `diagnostics` as an error.
[[nodiscard]] std::vector<InputFile> discover_inputs(const std::vector<std::string>& paths,
                                                     const DiscoverOptions& options, Diagnostics& diagnostics);

}  // namespace medlint

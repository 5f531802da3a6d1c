// Rule packs, profiles and language data compiled into the binary (see cmake/embed_files.cmake), so that
// `medlint check FILE` works from any directory with no flags.
#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace medlint {

struct EmbeddedFile {
  std::string_view name;  ///< path relative to the source tree, e.g. "rules/spinner.json"
  std::string_view data;
};

[[nodiscard]] std::span<const EmbeddedFile> embedded_files();

/// The embedded file `name` (data files the code reads by name); a logic error when the
/// build did not embed it.
[[nodiscard]] inline std::string_view embedded_file(std::string_view name) {
  for (const EmbeddedFile& file : embedded_files()) {
    if (file.name == name) return file.data;
  }
  throw std::logic_error(std::string(name) + " is not built in");
}

}  // namespace medlint

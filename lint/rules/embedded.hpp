// Rule packs, profiles and language data compiled into the binary (see cmake/embed_files.cmake), so that
// `medlint check FILE` works from any directory with no flags.
#pragma once

#include <span>
#include <string_view>

namespace medlint {

struct EmbeddedFile {
  std::string_view name;  ///< path relative to the source tree, e.g. "rules/spinner.json"
  std::string_view data;
};

[[nodiscard]] std::span<const EmbeddedFile> embedded_files();

}  // namespace medlint

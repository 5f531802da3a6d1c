// Where compiled prefilter artefacts are kept between runs, and how they are read and written.
// Everything here is a cache: a missing, unreadable or stale file is ignored and rebuilt, and
// a file is written beside its name and renamed, so parallel runs never read half of one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace medlint {

/// $MEDLINT_CACHE_DIR, else $XDG_CACHE_HOME/medlint, else ~/.cache/medlint; empty when none
/// of them is set (no caching).
[[nodiscard]] std::filesystem::path compile_cache_directory();

/// The whole file, or nothing when it cannot be read.
[[nodiscard]] std::optional<std::string> read_cache_file(const std::filesystem::path& file);

/// Writes `bytes` to `file` through a temporary file and a rename; failures are ignored (a
/// cache that cannot be written is rebuilt next time).
void write_cache_file(const std::filesystem::path& file, std::string_view bytes);

}  // namespace medlint

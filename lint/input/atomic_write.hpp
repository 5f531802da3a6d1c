// Replacing a file without ever leaving it half written: the new content goes to a temporary
// file in the same directory, which is fsynced, given the old file's permissions and renamed
// over it (rename is atomic within a file system); then the directory is fsynced. A file that
// is no longer what medlint read, a symbolic link, or anything but a regular file is left alone.
#pragma once

#include <filesystem>
#include <string_view>

namespace medlint {

enum class ReplaceOutcome {
  replaced,
  changed_on_disk,  ///< the file differs from `expected`: someone else wrote it; nothing written
};

/// Replaces `path` with `content` if it still holds exactly `expected`. Throws MedlintError
/// (naming the path) when it cannot: a symbolic link, not a regular file, an I/O error. The
/// temporary file is removed on every failure it survives.
[[nodiscard]] ReplaceOutcome replace_file_atomically(const std::filesystem::path& path, std::string_view expected,
                                                     std::string_view content);

}  // namespace medlint

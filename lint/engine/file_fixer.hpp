// --fix and --fix-dry-run for one file: lint, apply the safe edits, write the file back
// atomically (or describe the change as a diff), and lint the result again so the report
// shows what is left. Only files that were valid UTF-8 are rewritten: converting a
// windows-1252 page or replacing undecodable bytes would change more than the fixes.
#pragma once

#include <optional>
#include <string>

#include "engine/file_linter.hpp"

namespace medlint {

struct FixOutcome {
  std::optional<FileReport> report;  ///< after the fixes; nothing when the file could not be read
  std::size_t applied = 0;           ///< edits made (or, in a dry run, that would be made)
  std::string diff;                  ///< unified diff, dry run only
};

[[nodiscard]] FixOutcome fix_file(const InputFile& input, const Engine& engine, const FileLintOptions& options,
                                  Diagnostics& diagnostics, bool dry_run);

}  // namespace medlint

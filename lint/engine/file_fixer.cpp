#include "engine/file_fixer.hpp"

#include "core/errors.hpp"
#include "engine/fix_edits.hpp"
#include "input/atomic_write.hpp"
#include "input/read.hpp"
#include "report/unified_diff.hpp"

namespace medlint {

FixOutcome fix_file(const InputFile& input, const Engine& engine, const FileLintOptions& options, Diagnostics& diagnostics,
                    bool dry_run) {
  FixOutcome outcome;
  ReadResult read = read_input(input, options.max_file_bytes);
  if (!read.bytes) {
    diagnostics.error(input.display_path, read.error);
    return outcome;
  }
  const std::string original = *read.bytes;
  DecodedText decoded = decode_bytes(std::move(*read.bytes), options.decode);
  if (decoded.binary) {
    diagnostics.warning(input.display_path, "binary file skipped");
    return outcome;
  }
  if (const auto reason = refuse_reason(input.display_path, decoded, options.format)) {
    diagnostics.error(input.display_path, *reason);
    return outcome;
  }
  const bool rewritable = decoded.encoding == "UTF-8" && decoded.replaced_offsets.empty() && !input.is_stdin;
  FileLintOptions keep = options;
  keep.keep_source = true;
  FileReport before = lint_decoded(input.display_path, std::move(decoded), engine, diagnostics, keep);
  const std::vector<TextEdit> edits = safe_fix_edits(before);
  if (edits.empty()) {
    if (!options.keep_source) before.source.clear();
    outcome.report = std::move(before);
    return outcome;
  }
  if (!rewritable) {
    diagnostics.warning(input.display_path, input.is_stdin ? "standard input cannot be fixed in place; use --fix-dry-run"
                                                           : "not fixed: only valid UTF-8 files are rewritten");
    outcome.report = std::move(before);
    return outcome;
  }
  outcome.applied = edits.size();
  const bool bom = original.rfind("\xEF\xBB\xBF", 0) == 0;
  if (dry_run) {
    // The diff is against the bytes on disk, byte order mark included, so `patch` applies it.
    std::vector<TextEdit> shifted = edits;
    for (TextEdit& e : shifted) {
      e.begin += bom ? 3 : 0;
      e.end += bom ? 3 : 0;
    }
    outcome.diff = unified_diff(input.display_path, (bom ? "\xEF\xBB\xBF" : "") + before.source, shifted);
    outcome.report = std::move(before);
    return outcome;
  }
  const std::string fixed = apply_edits(before.source, edits);
  try {
    if (replace_file_atomically(input.fs_path, original, (bom ? "\xEF\xBB\xBF" : "") + fixed) == ReplaceOutcome::changed_on_disk) {
      diagnostics.error(input.display_path, "changed on disk while medlint was fixing it; not overwritten");
      outcome.applied = 0;
      outcome.report = std::move(before);
      return outcome;
    }
  } catch (const MedlintError& error) {
    diagnostics.error(input.display_path, std::string("not fixed: ") + error.what());
    outcome.applied = 0;
    outcome.report = std::move(before);
    return outcome;
  }
  DecodedText again;
  again.utf8 = fixed;
  outcome.report = lint_decoded(input.display_path, std::move(again), engine, diagnostics, options);
  return outcome;
}

}  // namespace medlint

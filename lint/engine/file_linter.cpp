// Undecodable bytes are replaced and reported as a warning here; the ocr rules decide
// later whether they are findings.
#include "engine/file_linter.hpp"

#include "input/decode.hpp"
#include "input/read.hpp"
#include "report/resolve.hpp"

namespace medlint {

namespace {

FileReport lint_decoded(const std::string& display_path, DecodedText decoded, const Engine& engine,
                        Diagnostics& diagnostics) {
  if (!decoded.replaced_offsets.empty()) {
    diagnostics.warning(display_path, std::to_string(decoded.replaced_offsets.size()) +
                                          " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
  const Document document(display_path, std::move(decoded.utf8), std::move(decoded.replaced_offsets));
  LintResult result = engine.lint(document);
  for (const std::string& failure : result.rule_failures) diagnostics.warning(display_path, "rule skipped: " + failure);
  FileReport report{display_path, {}};
  report.findings.reserve(result.findings.size());
  for (const Finding& finding : result.findings) report.findings.push_back(resolve_finding(finding, document));
  return report;
}

}  // namespace

std::optional<FileReport> lint_file(const InputFile& input, const Engine& engine, const FileLintOptions& options,
                                    Diagnostics& diagnostics) {
  ReadResult read = read_input(input, options.max_file_bytes);
  if (!read.bytes) {
    diagnostics.error(input.display_path, read.error);
    return std::nullopt;
  }
  DecodedText decoded = decode_bytes(std::move(*read.bytes));
  if (decoded.binary) {
    diagnostics.warning(input.display_path, "binary file skipped");
    return std::nullopt;
  }
  return lint_decoded(input.display_path, std::move(decoded), engine, diagnostics);
}

FileReport lint_text(const std::string& display_path, std::string bytes, const Engine& engine, Diagnostics& diagnostics) {
  return lint_decoded(display_path, decode_bytes(std::move(bytes)), engine, diagnostics);
}

}  // namespace medlint

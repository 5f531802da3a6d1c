// The per-file pipeline: read → decode → Document → engine → resolved report.
// Problems with one file go to Diagnostics; they never stop the run.
#pragma once

#include <cstddef>
#include <optional>

#include "core/diagnostics.hpp"
#include "engine/engine.hpp"
#include "input/decode.hpp"
#include "input/discover.hpp"
#include "report/file_report.hpp"

namespace medlint {

enum class InputFormat { automatic, text, markdown, html };

/// "auto", "text", "markdown", "html"; nothing for other names.
[[nodiscard]] std::optional<InputFormat> parse_input_format(std::string_view name);
/// The format of a path by its extension (.md/.markdown, .html/.htm, else text).
[[nodiscard]] InputFormat format_of_path(std::string_view path);

struct FileLintOptions {
  std::size_t max_file_bytes = std::size_t{256} << 20;  ///< larger files are refused with an error
  InputFormat format = InputFormat::automatic;          ///< automatic: by extension
  DecodeOptions decode;
  bool collect_words = false;  ///< fill FileReport::corpus_words for the corpus pass
  bool keep_source = false;    ///< fill FileReport::source (auditor reports, --fix)
};

/// Lints one input; nothing when it could not be read or is not text.
[[nodiscard]] std::optional<FileReport> lint_file(const InputFile& input, const Engine& engine,
                                                  const FileLintOptions& options, Diagnostics& diagnostics);

/// Why decoded text must not be linted (an HTML page nested deeper than max_html_depth), if so.
[[nodiscard]] std::optional<std::string> refuse_reason(const std::string& display_path, const DecodedText& decoded,
                                                       InputFormat format);

/// Lints decoded text (the step after reading and decoding).
[[nodiscard]] FileReport lint_decoded(const std::string& display_path, DecodedText decoded, const Engine& engine,
                                      Diagnostics& diagnostics, const FileLintOptions& options);

/// Lints text already in memory (used for stdin-like sources and by tests).
[[nodiscard]] FileReport lint_text(const std::string& display_path, std::string bytes, const Engine& engine,
                                   Diagnostics& diagnostics, const FileLintOptions& options = {});

}  // namespace medlint

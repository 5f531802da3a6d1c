// Undecodable bytes are replaced and reported as a warning here; the ocr rules decide
// later whether they are findings.
#include "engine/file_linter.hpp"

#include <memory>

#include "input/decode.hpp"
#include "input/html.hpp"
#include "input/markdown.hpp"
#include "input/read.hpp"
#include "report/resolve.hpp"
#include "text/case_fold.hpp"

namespace medlint {

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "text") return InputFormat::text;
  if (name == "markdown") return InputFormat::markdown;
  if (name == "html") return InputFormat::html;
  return std::nullopt;
}

InputFormat format_of_path(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return InputFormat::text;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "md" || ext == "markdown") return InputFormat::markdown;
  if (ext == "html" || ext == "htm") return InputFormat::html;
  return InputFormat::text;
}

std::optional<std::string> refuse_reason(const std::string& display_path, const DecodedText& decoded, InputFormat format) {
  if (format == InputFormat::automatic) format = format_of_path(display_path);
  if (format != InputFormat::html) return std::nullopt;
  const std::size_t depth = estimate_html_depth(decoded.utf8);
  if (depth <= max_html_depth) return std::nullopt;
  return "HTML nested about " + std::to_string(depth) + " elements deep (limit " + std::to_string(max_html_depth) +
         "); not linted, since parsing it takes time quadratic in the depth";
}

FileReport lint_decoded(const std::string& display_path, DecodedText decoded, const Engine& engine, Diagnostics& diagnostics,
                        const FileLintOptions& options) {
  InputFormat format = options.format;
  if (!decoded.replaced_offsets.empty()) {
    diagnostics.warning(display_path, std::to_string(decoded.replaced_offsets.size()) +
                                          " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
  if (format == InputFormat::automatic) format = format_of_path(display_path);
  const auto document = [&]() -> std::unique_ptr<Document> {
    switch (format) {
      case InputFormat::html:
        return std::make_unique<Document>(display_path, std::move(decoded.utf8), std::move(decoded.replaced_offsets), extract_html_text);
      case InputFormat::markdown:
        return std::make_unique<Document>(display_path, std::move(decoded.utf8), std::move(decoded.replaced_offsets),
                                          extract_markdown_text);
      default:
        return std::make_unique<Document>(display_path, std::move(decoded.utf8), std::move(decoded.replaced_offsets));
    }
  }();
  LintResult result = engine.lint(*document);
  for (const std::string& failure : result.rule_failures) diagnostics.warning(display_path, "rule skipped: " + failure);
  if (result.other_language) {
    diagnostics.warning(display_path, "not English (reads as " + *result.other_language +
                                          "): linted only by the rules that read no English (--all-languages runs them all)");
  }
  FileReport report{display_path, {}, {}, {}, document->source().size(), {}, {}};
  report.findings.reserve(result.findings.size());
  for (const Finding& finding : result.findings) report.findings.push_back(resolve_finding(finding, *document));
  if (options.keep_source) report.source = std::string(document->source());
  if (options.collect_words) {
    const std::string_view text = document->text();
    for (const Word& word : document->words()) report.corpus_words.emplace_back(text.substr(word.range.begin, word.range.size()));
  }
  return report;
}

std::optional<FileReport> lint_file(const InputFile& input, const Engine& engine, const FileLintOptions& options,
                                    Diagnostics& diagnostics) {
  ReadResult read = read_input(input, options.max_file_bytes);
  if (!read.bytes) {
    diagnostics.error(input.display_path, read.error);
    return std::nullopt;
  }
  DecodedText decoded = decode_bytes(std::move(*read.bytes), options.decode);
  if (decoded.binary) {
    diagnostics.warning(input.display_path, "binary file skipped");
    return std::nullopt;
  }
  if (const auto reason = refuse_reason(input.display_path, decoded, options.format)) {
    diagnostics.error(input.display_path, *reason);
    return std::nullopt;
  }
  return lint_decoded(input.display_path, std::move(decoded), engine, diagnostics, options);
}

FileReport lint_text(const std::string& display_path, std::string bytes, const Engine& engine, Diagnostics& diagnostics,
                     const FileLintOptions& options) {
  return lint_decoded(display_path, decode_bytes(std::move(bytes), options.decode), engine, diagnostics, options);
}

}  // namespace medlint

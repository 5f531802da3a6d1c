// What reporters see: findings already resolved to lines, columns and excerpts, so a
// reporter never touches ICU or the Document, and documents can be freed right after linting.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/category.hpp"

namespace medlint {

struct ReportedFinding {
  std::string rule;
  Category category = Category::spinner;
  Severity severity = Severity::warning;
  Scope scope = Scope::span;
  std::size_t line = 1, column = 1, end_line = 1, end_column = 1;  ///< 1-based, end inclusive
  std::string message;
  std::string excerpt;  ///< the sentence around the span, on one line; empty for document findings
  std::optional<std::string> suggestion;
  bool fix_safe = false;
  std::string matched;                          ///< the text of the span
  /// Stable identity across edits: rule, path, matched text and its occurrence index
  /// (fingerprint.hpp); set just before reporting.
  std::string fingerprint;
  std::size_t source_begin = 0, source_end = 0;  ///< byte offsets in the decoded source

  // For terminal output: the source line of the start (clipped if very long), with the
  // code-point column and width of the part to underline.
  std::string context_line;
  std::size_t context_column = 0, context_width = 0;
};

struct FileReport {
  std::string path;
  std::vector<ReportedFinding> findings;
  /// The document's words, for the corpus pass; empty unless requested.
  std::vector<std::string> corpus_words;
  /// The decoded source (UTF-8), for auditor reports and --fix; empty unless requested.
  std::string source;
  std::size_t source_bytes = 0;  ///< size of the decoded source (progress and throughput)
  /// Set for documents read with --input-format jsonl: JSONL output keys findings by these.
  std::optional<std::string> document_id;
  std::optional<std::string> document_url;
};

struct Summary {
  std::size_t files = 0;
  std::size_t findings = 0;
  std::size_t error = 0, warning = 0, info = 0;

  void add(const FileReport& file);
};

}  // namespace medlint

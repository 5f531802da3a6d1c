// Documents given one per line as JSON objects ({"id": ..., "text": ..., "url": ...}), the
// shape of web-crawl exports: the input of the distributed mode (Hadoop Streaming, Spark
// RDD.pipe, GNU parallel --pipe), where medlint reads stdin and writes findings keyed by id.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace medlint {

struct JsonlDocument {
  std::string id;                  ///< as given; a number is written in decimal
  std::string text;
  std::optional<std::string> url;  ///< copied to every finding when present
  std::size_t line = 0;            ///< 1-based line of the input
};

class JsonlDocumentReader {
 public:
  /// `name` is how diagnostics refer to the input ("<stdin>" or a file name).
  JsonlDocumentReader(std::istream& in, std::string name, std::size_t max_line_bytes)
      : in_(in), name_(std::move(name)), max_line_bytes_(max_line_bytes) {}

  /// Up to `max_documents` documents or `max_bytes` of text, whichever comes first; empty at
  /// the end of the input. A malformed line is reported as an error and skipped.
  [[nodiscard]] std::vector<JsonlDocument> next_batch(std::size_t max_documents, std::size_t max_bytes, Diagnostics& diagnostics);

 private:
  std::istream& in_;
  std::string name_;
  std::size_t max_line_bytes_;
  std::size_t line_ = 0;
};

}  // namespace medlint

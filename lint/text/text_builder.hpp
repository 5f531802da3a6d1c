// Builds the text rules match against out of pieces of a source (plain text, the text nodes
// of an HTML page, the prose of a Markdown file), recording where each piece came from so
// that every match maps back to the source. CR and CRLF become LF on the way in.
#pragma once

#include <string>
#include <string_view>

#include "text/page_metadata.hpp"
#include "text/source_map.hpp"
#include "text/suppression.hpp"

namespace medlint {

struct ExtractedText {
  std::string text;
  SourceMap map;
  std::vector<SuppressionDirective> suppressions;  ///< from comments in markup sources
  PageMetadata metadata;                           ///< author, date and links of a markup source
};

class TextBuilder {
 public:
  explicit TextBuilder(std::string_view source) : source_(source) {}

  /// Copies source[begin, end) into the text. With `newlines_as_spaces` (text inside an
  /// HTML paragraph), line ends become spaces so they do not end a sentence.
  void append_source(std::size_t begin, std::size_t end, bool newlines_as_spaces = false);
  /// Appends text that stands for source bytes at `source_offset` (a decoded entity, a space
  /// for a soft line break, an alt text).
  void append_synthetic(std::string_view text, std::size_t source_offset);
  /// Ends a block (paragraph, heading, list item): a blank line, so that sentence breaking
  /// never joins two blocks. Collapses with a preceding break.
  void end_block(std::size_t source_offset);
  /// A line break inside a block (HTML <br>, Markdown hard break).
  void line_break(std::size_t source_offset);

  /// Records a suppression comment found at `source_offset`, if `comment` is one.
  void comment(std::string_view comment, std::size_t source_offset);

  [[nodiscard]] const std::string& text() const { return out_.text; }
  /// The page's author, date and links, filled in by the markup reader.
  [[nodiscard]] PageMetadata& metadata() { return out_.metadata; }
  [[nodiscard]] ExtractedText finish() &&;

 private:
  std::string_view source_;
  ExtractedText out_;
};

/// The whole source as plain text.
[[nodiscard]] ExtractedText extract_plain_text(std::string_view source);

}  // namespace medlint

// The document model every rule works on: the decoded source, the normalised text that
// rules match against (LF line ends), the map between them, and sentence and word
// boundaries computed on first use. A Document is used by one thread at a time.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/line_index.hpp"
#include "text/segmenter.hpp"
#include "text/source_map.hpp"
#include "text/text_builder.hpp"
#include "text/text_range.hpp"

namespace medlint {

class Document {
 public:
  /// A plain-text document. `source` is valid UTF-8 as the file holds it (BOM removed);
  /// `replaced_offsets` are the source offsets of U+FFFD characters that stand for
  /// undecodable bytes.
  Document(std::string path, std::string source, std::vector<std::size_t> replaced_offsets = {});
  /// A document whose text was extracted from markup (HTML, Markdown) by `extract`, which
  /// receives the stored source and returns the text with its source map.
  template <class Extract>
  Document(std::string path, std::string source, std::vector<std::size_t> replaced_offsets, Extract&& extract)
      : path_(std::move(path)), source_(std::move(source)), replaced_offsets_(std::move(replaced_offsets)) {
    set_text(extract(std::string_view(source_)));
  }

  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] std::string_view source() const { return source_; }
  /// The text rules match against: the source with CRLF and CR turned into LF.
  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] const SourceMap& source_map() const { return source_map_; }
  /// Lines and columns of the source, as the file holds it.
  [[nodiscard]] const LineIndex& source_lines() const { return source_lines_; }
  [[nodiscard]] const std::vector<std::size_t>& replaced_offsets() const { return replaced_offsets_; }
  /// Suppression comments of an HTML or Markdown source, in source order.
  [[nodiscard]] const std::vector<SuppressionDirective>& suppressions() const { return suppressions_; }
  /// Author, date and links an HTML or Markdown source gives outside its prose (empty for plain text).
  [[nodiscard]] const PageMetadata& metadata() const { return metadata_; }

  [[nodiscard]] const std::vector<TextRange>& sentences() const;
  /// Every word of the text (kept; the words of a whole ICU pass). Rules that need only some words ask
  /// word_at or words_in, which segment just around the offsets they name.
  [[nodiscard]] const std::vector<Word>& words() const;
  /// The word holding `offset`, or nothing when the segment there is space or punctuation.
  [[nodiscard]] std::optional<Word> word_at(std::size_t offset) const;
  /// The words starting in `range`, plus one that starts before it and reaches into it.
  [[nodiscard]] std::vector<Word> words_in(TextRange range) const;
  /// The sentence holding `offset`, if any (offsets in whitespace between sentences have none).
  [[nodiscard]] std::optional<TextRange> sentence_at(std::size_t offset) const;

  /// Text offsets covering source lines [first_line, last_line] (1-based, clamped).
  [[nodiscard]] TextRange text_range_of_lines(std::size_t first_line, std::size_t last_line) const;
  [[nodiscard]] std::size_t line_count() const { return source_lines_.line_count(); }

 private:
  void set_text(ExtractedText extracted);
  WordLocator& word_locator() const;  // made on first use

  std::string path_;
  std::string source_;
  std::string normalized_;  // empty when the text is the source itself: text_ then views source_
  std::string_view text_;
  SourceMap source_map_;
  LineIndex source_lines_;
  std::vector<std::size_t> replaced_offsets_;
  std::vector<SuppressionDirective> suppressions_;
  PageMetadata metadata_;
  mutable std::optional<std::vector<TextRange>> sentences_;
  mutable std::optional<std::vector<Word>> words_;
  mutable std::unique_ptr<WordLocator> word_locator_;
};

}  // namespace medlint

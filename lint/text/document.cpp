// The text is the source itself, or an extraction (CRLF normalised, markup removed) with a
// source map, so positions reported are always true to the file.
#include "text/document.hpp"

#include <algorithm>

namespace medlint {

Document::Document(std::string path, std::string source, std::vector<std::size_t> replaced_offsets)
    : path_(std::move(path)), source_(std::move(source)), replaced_offsets_(std::move(replaced_offsets)) {
  if (source_.find('\r') == std::string::npos) {
    text_ = source_;  // the common case: the text is the source, no copy
    source_lines_ = LineIndex(source_);
  } else {
    set_text(extract_plain_text(source_));
  }
  // Plain text has no comments: a directive is a line of its own.
  suppressions_ = find_line_directives(text_);
  for (SuppressionDirective& d : suppressions_) {
    d.source_offset = source_map_.to_source(d.source_offset);
    d.source_end = source_map_.to_source(d.source_end);
  }
}

void Document::set_text(ExtractedText extracted) {
  normalized_ = std::move(extracted.text);
  source_map_ = std::move(extracted.map);
  suppressions_ = std::move(extracted.suppressions);
  metadata_ = std::move(extracted.metadata);
  text_ = normalized_;
  source_lines_ = LineIndex(source_);
}

const std::vector<TextRange>& Document::sentences() const {
  if (!sentences_) sentences_ = split_sentences(text_);
  return *sentences_;
}

const std::vector<Word>& Document::words() const {
  // Line by line through the locator: ICU's word rules always break on both sides of a line
  // feed (UAX #29 WB3a/WB3b), so no word spans lines, and a line whose tokens all stand
  // alone comes from the per-token cache; only other lines are segmented by ICU.
  if (!words_) {
    std::vector<Word> all;
    for (std::size_t begin = 0; begin < text_.size();) {
      const std::size_t end = std::min(text_.find('\n', begin), text_.size());
      if (end > begin) {
        const std::vector<Word> line = word_locator().words_in({begin, end});
        all.insert(all.end(), line.begin(), line.end());
      }
      begin = end + 1;
    }
    words_ = std::move(all);
  }
  return *words_;
}

WordLocator& Document::word_locator() const {
  if (!word_locator_) word_locator_ = std::make_unique<WordLocator>(text_);
  return *word_locator_;
}

std::optional<Word> Document::word_at(std::size_t offset) const { return word_locator().word_at(offset); }

std::vector<Word> Document::words_in(TextRange range) const { return word_locator().words_in(range); }

std::optional<TextRange> Document::sentence_at(std::size_t offset) const {
  const auto& all = sentences();
  auto it = std::upper_bound(all.begin(), all.end(), offset,
                             [](std::size_t value, const TextRange& r) { return value < r.begin; });
  if (it == all.begin()) return std::nullopt;
  --it;
  if (offset < it->end) return *it;
  return std::nullopt;
}

TextRange Document::text_range_of_lines(std::size_t first_line, std::size_t last_line) const {
  const std::size_t lines = source_lines_.line_count();
  first_line = std::clamp<std::size_t>(first_line, 1, lines);
  last_line = std::clamp<std::size_t>(last_line, first_line, lines);
  const std::size_t source_begin = source_lines_.line_start(first_line);
  const std::size_t source_end = last_line < lines ? source_lines_.line_start(last_line + 1) : source_.size();
  return {source_map_.to_text(source_begin), source_map_.to_text(source_end)};
}

}  // namespace medlint

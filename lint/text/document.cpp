// Line-end normalisation keeps a source map anchor after every dropped CR, so positions
// reported on CRLF files are true to the file.
#include "text/document.hpp"

#include <algorithm>

namespace medlint {

Document::Document(std::string path, std::string source, std::vector<std::size_t> replaced_offsets)
    : path_(std::move(path)), source_(std::move(source)), replaced_offsets_(std::move(replaced_offsets)) {
  if (source_.find('\r') == std::string::npos) {
    text_ = source_;
  } else {
    normalized_.reserve(source_.size());
    for (std::size_t i = 0; i < source_.size(); ++i) {
      if (source_[i] != '\r') {
        normalized_.push_back(source_[i]);
      } else if (i + 1 < source_.size() && source_[i + 1] == '\n') {
        // Drop the CR; the LF that follows maps to its own source offset.
        source_map_.add_anchor(normalized_.size(), i + 1);
      } else {
        normalized_.push_back('\n');
      }
    }
    text_ = normalized_;
  }
  source_lines_ = LineIndex(source_);
}

const std::vector<TextRange>& Document::sentences() const {
  if (!sentences_) sentences_ = split_sentences(text_);
  return *sentences_;
}

const std::vector<Word>& Document::words() const {
  if (!words_) words_ = split_words(text_);
  return *words_;
}

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

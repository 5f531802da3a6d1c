// Anchors are added wherever the text stops being a byte-for-byte copy of the source.
#include "text/text_builder.hpp"

namespace medlint {

void TextBuilder::append_source(std::size_t begin, std::size_t end, bool newlines_as_spaces) {
  std::string& text = out_.text;
  out_.map.add_anchor(text.size(), begin);
  for (std::size_t i = begin; i < end; ++i) {
    const char c = source_[i];
    if (newlines_as_spaces && (c == '\n' || c == '\r')) {
      text.push_back(' ');  // same length: the mapping stays exact
    } else if (c != '\r') {
      text.push_back(c);
    } else if (i + 1 < end && source_[i + 1] == '\n') {
      out_.map.add_anchor(text.size(), i + 1);  // drop the CR of CRLF
    } else {
      text.push_back('\n');
    }
  }
}

void TextBuilder::append_synthetic(std::string_view text, std::size_t source_offset) {
  if (text.empty()) return;
  out_.map.add_anchor(out_.text.size(), source_offset);
  out_.text.append(text);
  // What follows maps from its own anchor; make sure synthetic bytes do not run on.
  out_.map.add_anchor(out_.text.size(), source_offset + 1);
}

void TextBuilder::end_block(std::size_t source_offset) {
  std::string& text = out_.text;
  if (text.empty() || text.ends_with("\n\n")) return;
  append_synthetic(text.ends_with('\n') ? "\n" : "\n\n", source_offset);
}

void TextBuilder::line_break(std::size_t source_offset) {
  if (!out_.text.empty() && !out_.text.ends_with('\n')) append_synthetic("\n", source_offset);
}

void TextBuilder::comment(std::string_view comment, std::size_t source_offset) {
  if (auto directive = parse_suppression(comment, source_offset)) {
    const std::size_t close = source_.find("-->", source_offset);
    directive->source_end = close == std::string_view::npos ? source_.size() : close + 3;
    out_.suppressions.push_back(std::move(*directive));
  }
}

ExtractedText TextBuilder::finish() && { return std::move(out_); }

ExtractedText extract_plain_text(std::string_view source) {
  TextBuilder builder(source);
  builder.append_source(0, source.size());
  return std::move(builder).finish();
}

}  // namespace medlint

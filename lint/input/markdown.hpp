// The prose of a Markdown file, parsed with md4c (CommonMark with GitHub extensions), with a
// source map into the file. Code blocks, inline code, raw HTML, URLs, link targets and YAML
// front matter are left out; headings, list items and table cells are blocks of their own.
// The front matter's author and date and the text's web links become the page's metadata.
#pragma once

#include <string_view>

#include "text/text_builder.hpp"

namespace medlint {

[[nodiscard]] ExtractedText extract_markdown_text(std::string_view source);

}  // namespace medlint

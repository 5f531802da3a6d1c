// The readable text of an HTML page, parsed with gumbo (a real HTML5 parser), with a source
// map so findings point at lines and columns of the HTML source. Script, style, navigation,
// headers, footers, asides, forms and hidden elements are left out; entities are decoded.
#pragma once

#include <string_view>

#include "text/text_builder.hpp"

namespace medlint {

[[nodiscard]] ExtractedText extract_html_text(std::string_view source);

/// Decodes HTML character references in a short string ("&amp;" → "&") with gumbo.
[[nodiscard]] std::string decode_html_entities(std::string_view text);

}  // namespace medlint

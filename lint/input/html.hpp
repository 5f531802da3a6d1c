// The readable text of an HTML page, parsed with gumbo (a real HTML5 parser), with a source
// map so findings point at lines and columns of the HTML source. Script, style, navigation,
// headers, footers, asides, forms and hidden elements are left out; entities are decoded.
#pragma once

#include <string_view>

#include "text/text_builder.hpp"

namespace medlint {

/// Deepest element nesting of `html`, estimated from its tags (void elements, self-closing
/// tags, comments and end tags accounted for). gumbo checks element scopes on every block
/// start tag, so parsing takes time quadratic in this depth: 100,000 nested <div> take half
/// a minute. Callers refuse pages deeper than max_html_depth before parsing.
[[nodiscard]] std::size_t estimate_html_depth(std::string_view html);
inline constexpr std::size_t max_html_depth = 10000;

[[nodiscard]] ExtractedText extract_html_text(std::string_view source);

/// Decodes HTML character references in a short string ("&amp;" → "&") with gumbo.
[[nodiscard]] std::string decode_html_entities(std::string_view text);

}  // namespace medlint

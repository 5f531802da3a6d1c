// Escaping for the XML and HTML formats. XML 1.0 cannot carry most control characters even
// as character references, so they are replaced with U+FFFD rather than producing a report
// that no parser accepts.
#pragma once

#include <string>
#include <string_view>

namespace medlint {

/// Text or attribute value escaped for XML 1.0 and HTML (&, <, >, ", ').
[[nodiscard]] std::string escape_markup(std::string_view text);

}  // namespace medlint

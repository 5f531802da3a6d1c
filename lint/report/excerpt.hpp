// The short excerpt shown with a finding: the sentence around the span, clipped at word
// boundaries to a few dozen characters either side, on one line.
#pragma once

#include <string>

#include "text/document.hpp"

namespace medlint {

[[nodiscard]] std::string make_excerpt(const Document& document, TextRange span);

}  // namespace medlint

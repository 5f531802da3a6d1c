// Which literals any match of a regex must contain, read from the pattern's syntax: the
// prefilter then runs the full Boost.Regex only near them. The analysis is conservative:
// lookarounds, classes, repetition and anything it does not understand contribute no
// requirement, so a pattern it cannot reduce gets no literals (and always runs in full).
#pragma once

#include <string_view>
#include <vector>

#include "prefilter/literal_prefilter.hpp"

namespace medlint {

/// Literals (one of which occurs in every match of `pattern`), or empty when there is no
/// usable set: a literal shorter than `min_length` bytes, or a pattern too complex to read.
[[nodiscard]] std::vector<PrefilterLiteral> required_literals(std::string_view pattern, bool ignore_case,
                                                              std::size_t min_length = 2);

}  // namespace medlint

// A Vectorscan pattern that matches wherever a rule's Boost.Regex matches (and perhaps more):
// lookbehinds become consumed text, other lookarounds and anchors are dropped, and classes
// whose Unicode tables could differ between the two libraries are widened to every
// non-ASCII code point. Vectorscan then reports the end of each candidate match, and Boost
// runs only on the paragraphs holding one. Patterns using constructs without a safe superset
// (back-references, recursion, extended mode) get none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medlint {

struct SupersetPattern {
  std::string expression;  ///< Vectorscan syntax, for HS_FLAG_UTF8
  bool caseless = false;
};

[[nodiscard]] std::optional<SupersetPattern> superset_pattern(std::string_view boost_pattern, bool ignore_case);

}  // namespace medlint

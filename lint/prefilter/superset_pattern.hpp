// A Vectorscan pattern that matches wherever a rule's Boost.Regex matches (and perhaps more):
// lookbehinds become consumed text, and so does the line end before a leading ^; other
// lookarounds and anchors are dropped, and classes whose Unicode tables could differ between
// the two libraries are widened to every non-ASCII code point. Vectorscan then reports the
// end of each candidate match, and Boost runs only on the paragraphs holding one. Patterns
// using constructs without a safe superset (back-references, recursion, extended mode) get
// none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medlint {

/// A pattern "HEAD GAP TAIL" whose gap is a repeat of a class excluding some bytes (such as
/// "[^.]{0,80}"), and whose TAIL cannot match those bytes either: a match ending at e needs a
/// HEAD match ending at some h <= e with none of the excluded bytes in [h, e). Scanning for
/// HEAD and TAIL apart and testing that costs far less than an automaton kept alive across
/// the gap after every HEAD.
struct SupersetSplit {
  std::string head;
  std::string tail;
  std::string gap_excluded;  ///< the bytes the gap (and the tail) never match
};

struct SupersetPattern {
  std::string expression;  ///< Vectorscan syntax, bytes (no UTF-8 mode)
  bool caseless = false;
  std::optional<SupersetSplit> split;  ///< when the pattern has such a gap at its top level
  /// Bytes at the start of `expression` that stand for a leading ^ (the character before a
  /// line start, or the text's start); 0 when it has none. The rest is what Boost's match
  /// must contain.
  std::size_t line_start_prefix = 0;
};

[[nodiscard]] std::optional<SupersetPattern> superset_pattern(std::string_view boost_pattern, bool ignore_case);

}  // namespace medlint

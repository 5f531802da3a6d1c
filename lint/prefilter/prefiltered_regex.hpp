// A compiled rule regex together with its prefilter: a Vectorscan superset of the pattern
// (preferred) or the literals every match contains. Searches go through the current
// one-pass scan (PrefilterHits) when it knows this regex, so Boost only runs on the
// paragraphs holding a candidate, and not at all when there is none.
#pragma once

#include <boost/regex/icu.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "prefilter/literal_prefilter.hpp"
#include "prefilter/match_reach.hpp"
#include "prefilter/regex_literals.hpp"
#include "text/regex.hpp"

namespace medlint {

class PrefilteredRegex : public PrefilterClient {
 public:
  PrefilteredRegex(std::string pattern, boost::u32regex regex, bool ignore_case)
      : PrefilteredRegex(pattern, std::move(regex), ignore_case, pattern) {}

  /// `scanned` is a part of `pattern` that every match contains ("-\\h*\\n" of a pattern
  /// joining words across a line end): the scan looks for it alone, for a regex whose
  /// whole superset would be slow to scan (wide classes around a rare core).
  PrefilteredRegex(std::string pattern, boost::u32regex regex, bool ignore_case, const std::string& scanned)
      : pattern_(std::move(pattern)), regex_(std::move(regex)) {
    set_prefilter_literals(required_literals(scanned, ignore_case));
    set_prefilter_pattern(superset_pattern(scanned, ignore_case));
    // A superset of the whole pattern also bounds how far before its candidate a match can
    // start; one of a part ("-\\h*\\n" inside a word pair) does not.
    if (prefilter_pattern() && scanned == pattern_) {
      reach_ = MatchReach::of(prefilter_pattern()->expression, prefilter_pattern()->caseless);
    }
  }

  [[nodiscard]] const std::string& pattern() const { return pattern_; }
  [[nodiscard]] const boost::u32regex& regex() const { return regex_; }

  /// Calls `on_match(range, match)` for each match in `text`, as medlint::for_each_match.
  template <class OnMatch>
  void for_each_match(std::string_view text, OnMatch&& on_match) const {
    search(text, std::forward<OnMatch>(on_match), false);
  }

  /// Whether `text` holds a match. The paragraphs with a candidate are searched from the
  /// last one back: what is asked about this way (a disclaimer's referral) stands at the end.
  [[nodiscard]] bool any_match(std::string_view text) const {
    bool found = false;
    search(text, [&](TextRange, const auto&) {
      found = true;
      return false;
    }, true);
    return found;
  }

 private:
  template <class OnMatch>
  void search(std::string_view text, OnMatch&& on_match, bool last_first) const {
    std::size_t base = 0;
    const PrefilterHits* hits = PrefilterHits::current();
    const std::optional<HitOffsets> starts = hits ? hits->starts(*this, text, base) : std::nullopt;
    if (!starts && lacks_required_literal(text)) return;
    const HitOffsets* near = starts ? &*starts : nullptr;
    if (near != nullptr && reach_) {
      medlint::for_each_match(regex_, text, std::forward<OnMatch>(on_match), near, base,
                              [this](std::string_view chunk) { return reach_->bound(chunk); }, last_first);
      return;
    }
    medlint::for_each_match(regex_, text, std::forward<OnMatch>(on_match), near, base,
                            static_cast<std::size_t (*)(std::string_view)>(nullptr), last_first);
  }

  /// True when `text` holds none of the pattern's required literals, so it cannot match: a
  /// text the one-pass scan has not seen (the sentences around a claim) is then passed over
  /// without running Boost. Only case-sensitive literals are looked for.
  [[nodiscard]] bool lacks_required_literal(std::string_view text) const {
    const std::vector<PrefilterLiteral>& literals = prefilter_literals();
    if (literals.empty()) return false;
    for (const PrefilterLiteral& literal : literals) {
      if (literal.caseless || text.find(literal.text) != std::string_view::npos) return false;
    }
    return true;
  }

  std::string pattern_;
  boost::u32regex regex_;
  std::optional<MatchReach> reach_;  // of the scan's superset, when it is the whole pattern's
};

}  // namespace medlint

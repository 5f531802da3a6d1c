// The `require` kind: the document must contain one of several phrases or patterns,
// optionally within its first or last N lines; otherwise one document finding.
#pragma once

#include <boost/regex/icu.hpp>

#include <memory>
#include <optional>
#include <vector>

#include "prefilter/prefiltered_regex.hpp"
#include "rules/json_reader.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/rule.hpp"
#include "text/page_metadata.hpp"

namespace medlint {

/// Where a required text must appear.
struct LineWindow {
  enum class From { anywhere, start, end } from = From::anywhere;
  std::size_t lines = 0;

  [[nodiscard]] TextRange range_in(const Document& document) const;
  [[nodiscard]] std::string describe() const;  ///< "", " in the first 10 lines", " in the last 40 lines"
};

/// Reads an optional "within": {"first_lines": N} | {"last_lines": N} member.
[[nodiscard]] LineWindow read_line_window(const JsonReader& spec);

class RequireRule : public Rule {
 public:
  /// With `triggers`, the requirement applies only to documents containing one of them, and
  /// the finding points at the first trigger.
  /// A document whose markup gives one of `metadata` (an author in a <meta> tag, a date in
  /// front matter, a link) meets the requirement without its text.
  RequireRule(RuleMeta meta, std::optional<PhraseMatcher> phrases, std::vector<PrefilteredRegex> patterns, LineWindow window,
              std::optional<PhraseMatcher> triggers, std::vector<MetadataField> metadata = {});

  void check(const LintContext& context, std::vector<Finding>& out) const override;
  [[nodiscard]] std::vector<std::string> details() const override;
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    if (phrases_) out.push_back(&*phrases_);
    if (triggers_) out.push_back(&*triggers_);
    for (const PrefilteredRegex& pattern : patterns_) out.push_back(&pattern);
  }

 private:
  std::optional<PhraseMatcher> phrases_;
  std::vector<PrefilteredRegex> patterns_;
  LineWindow window_;
  std::optional<PhraseMatcher> triggers_;
  std::vector<MetadataField> metadata_;
};

[[nodiscard]] std::unique_ptr<Rule> make_require_rule(RuleMeta meta, const JsonReader& spec);

}  // namespace medlint

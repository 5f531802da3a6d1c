// The `regex` kind: a Boost u32regex over the whole text ('.' stops at line ends),
// optionally reporting one capture group and suggesting a replacement built from groups,
// and optionally labels that are reported when they fill a line (`line_labels`).
#pragma once

#include <boost/regex/icu.hpp>

#include <memory>
#include <optional>
#include <string>

#include "prefilter/prefiltered_regex.hpp"
#include "rules/json_reader.hpp"
#include "rules/line_labels.hpp"
#include "rules/rule.hpp"

namespace medlint {

class RegexRule : public Rule {
 public:
  RegexRule(RuleMeta meta, PrefilteredRegex regex, int group, std::optional<std::string> suggest,
            std::optional<LineLabels> line_labels, bool ignore_case);

  void check(const LintContext& context, std::vector<Finding>& out) const override;
  [[nodiscard]] std::vector<std::string> details() const override;
  /// Matches never cross a blank line (regex chunks are paragraphs).
  [[nodiscard]] bool paragraph_local() const override { return true; }
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override { out.push_back(&regex_); }

 private:
  PrefilteredRegex regex_;
  int group_;
  std::optional<std::string> suggest_;  // Boost format string: $1, $2 ...
  std::optional<LineLabels> line_labels_;
  // A fixed suggestion of a case-insensitive rule takes the case of the text it replaces
  // ("Long haul" -> "Long-term"); one built from groups has the text's own case already.
  bool match_case_;
};

[[nodiscard]] std::unique_ptr<Rule> make_regex_rule(RuleMeta meta, const JsonReader& spec);

}  // namespace medlint

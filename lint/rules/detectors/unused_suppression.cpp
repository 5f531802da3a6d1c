#include "rules/detectors/unused_suppression.hpp"

namespace medlint {

void UnusedSuppressionRule::unused_findings(const Document& document, const std::vector<char>& used, std::vector<Finding>& out) const {
  const auto& directives = document.suppressions();
  for (std::size_t i = 0; i < directives.size() && i < used.size(); ++i) {
    const SuppressionDirective& d = directives[i];
    if (used[i] || d.kind == SuppressionDirective::Kind::enable) continue;
    std::string what = d.targets.empty() ? std::string("any rule") : std::string();
    for (const std::string& t : d.targets) what += (what.empty() ? "" : ", ") + t;
    Finding finding;
    finding.rule = &meta();
    finding.severity = meta().severity;
    finding.scope = Scope::span;
    finding.range = {document.source_map().to_text(d.source_offset), document.source_map().to_text(d.source_offset)};
    finding.source_range = TextRange{d.source_offset, std::max(d.source_end, d.source_offset + 1)};
    finding.message = meta().message.render({{"match", what}});
    out.push_back(std::move(finding));
  }
}

std::unique_ptr<Rule> make_unused_suppression(RuleMeta meta, const JsonReader& options) {
  options.expect_object(std::initializer_list<std::string_view>{});
  return std::make_unique<UnusedSuppressionRule>(std::move(meta));
}

}  // namespace medlint

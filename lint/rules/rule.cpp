// Finding construction shared by all rule kinds, so messages render the same way everywhere.
#include "rules/rule.hpp"

namespace medlint {

Finding Rule::span_finding(const Document& document, TextRange range, std::optional<std::string> suggestion) const {
  const std::string_view matched = document.text().substr(range.begin, range.size());
  Finding finding;
  finding.rule = &meta_;
  finding.severity = meta_.severity;
  finding.scope = Scope::span;
  finding.range = range;
  finding.message = meta_.message.render({{"match", matched}, {"suggestion", suggestion ? *suggestion : ""}});
  finding.suggestion = std::move(suggestion);
  return finding;
}

Finding Rule::document_finding(std::string message) const {
  Finding finding;
  finding.rule = &meta_;
  finding.severity = meta_.severity;
  finding.scope = Scope::document;
  finding.message = std::move(message);
  return finding;
}

}  // namespace medlint

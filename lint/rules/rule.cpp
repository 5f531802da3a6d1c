// Finding construction shared by all rule kinds, so messages render the same way everywhere.
#include "rules/rule.hpp"

namespace medlint {

namespace {

// Messages are one line: a match that spans a line break reads with a space there.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

Finding Rule::span_finding(const Document& document, TextRange range, std::optional<std::string> suggestion) const {
  const std::string matched = one_line(document.text().substr(range.begin, range.size()));
  Finding finding;
  finding.rule = &meta_;
  finding.severity = meta_.severity;
  finding.scope = Scope::span;
  finding.range = range;
  finding.message = meta_.message.render({{"match", matched}, {"suggestion", suggestion ? *suggestion : ""}});
  finding.suggestion = std::move(suggestion);
  return finding;
}

Finding Rule::span_finding_with(const Document& document, TextRange range, MessageTemplate::ValueList values,
                                std::optional<std::string> suggestion) const {
  Finding finding = span_finding(document, range, std::move(suggestion));
  const std::string matched = one_line(document.text().substr(range.begin, range.size()));
  values.emplace_back("match", matched);
  values.emplace_back("suggestion", finding.suggestion ? std::string_view(*finding.suggestion) : std::string_view());
  finding.message = meta().message.render(values);
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

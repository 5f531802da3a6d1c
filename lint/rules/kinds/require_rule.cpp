// Presence checks stop at the first hit; an empty document lacks everything it requires.
#include "rules/kinds/require_rule.hpp"

#include <algorithm>

#include "rules/phrase_keys.hpp"
#include "rules/regex_option.hpp"
#include "text/regex.hpp"

namespace medlint {

TextRange LineWindow::range_in(const Document& document) const {
  const std::size_t total = document.line_count();
  switch (from) {
    case From::anywhere: return {0, document.text().size()};
    case From::start: return document.text_range_of_lines(1, lines);
    case From::end: return document.text_range_of_lines(total > lines ? total - lines + 1 : 1, total);
  }
  return {0, document.text().size()};
}

std::string LineWindow::describe() const {
  switch (from) {
    case From::anywhere: return "";
    case From::start: return " in the first " + std::to_string(lines) + " lines";
    case From::end: return " in the last " + std::to_string(lines) + " lines";
  }
  return "";
}

LineWindow read_line_window(const JsonReader& spec) {
  LineWindow window;
  const auto within = spec.find("within");
  if (!within) return window;
  within->expect_object({"first_lines", "last_lines"});
  if (within->has("first_lines") == within->has("last_lines")) within->fail("give exactly one of first_lines and last_lines");
  const bool first = within->has("first_lines");
  const JsonReader count = within->at(first ? "first_lines" : "last_lines");
  window.from = first ? LineWindow::From::start : LineWindow::From::end;
  window.lines = count.count();
  if (window.lines == 0) count.fail("expected at least 1 line");
  return window;
}

RequireRule::RequireRule(RuleMeta meta, std::optional<PhraseMatcher> phrases, std::vector<PrefilteredRegex> patterns,
                         LineWindow window, std::optional<PhraseMatcher> triggers, std::vector<MetadataField> metadata)
    : Rule(std::move(meta)),
      phrases_(std::move(phrases)),
      patterns_(std::move(patterns)),
      window_(window),
      triggers_(std::move(triggers)),
      metadata_(std::move(metadata)) {}

void RequireRule::check(const LintContext& context, std::vector<Finding>& out) const {
  const Document& document = context.document();
  std::optional<TextRange> trigger;
  if (triggers_) {
    triggers_->scan(document.text(), [&](TextRange r) {
      if (!trigger) trigger = r;
    });
    if (!trigger) return;
  }
  const TextRange window = window_.range_in(document);
  const std::string_view text = document.text().substr(window.begin, window.size());
  bool found = std::any_of(metadata_.begin(), metadata_.end(), [&](MetadataField field) { return document.metadata().has(field); });
  if (phrases_ && !found) phrases_->scan(text, [&](TextRange) { found = true; });
  for (const auto& pattern : patterns_) {
    if (found) break;
    pattern.for_each_match(text, [&](TextRange, const auto&) { found = true; });
  }
  if (found) return;
  if (trigger) {
    out.push_back(span_finding_with(document, *trigger, {{"within", window_.describe()}}));
  } else {
    out.push_back(document_finding(meta().message.render({{"within", window_.describe()}})));
  }
}

std::vector<std::string> RequireRule::details() const {
  return {std::to_string(phrases_ ? phrases_->size() : 0) + " accepted phrases, " + std::to_string(patterns_.size()) +
          " accepted patterns" + (window_.from == LineWindow::From::anywhere ? ", anywhere" : window_.describe())};
}

std::unique_ptr<Rule> make_require_rule(RuleMeta meta, const JsonReader& spec) {
  const bool ignore_case = spec.boolean_or("ignore_case", true);
  std::optional<PhraseMatcher> phrases;
  if (const auto any = spec.find("any")) {
    auto list = keyed_phrases(*any);
    if (list.empty()) any->fail("expected at least one phrase");
    phrases.emplace(std::move(list), ignore_case);
  }
  std::vector<PrefilteredRegex> patterns;
  if (const auto any_regex = spec.find("any_regex")) patterns = compile_regex_list(*any_regex, ignore_case);
  if (!phrases && patterns.empty()) spec.fail("a require rule needs 'any' (phrases) or 'any_regex' (patterns)");
  std::optional<PhraseMatcher> triggers;
  if (const auto if_any = spec.find("if_any")) {
    triggers.emplace(keyed_phrases(*if_any), ignore_case);
    meta.scope = Scope::span;  // the finding points at what triggered the requirement
  }
  std::vector<MetadataField> metadata;
  if (const auto or_metadata = spec.find("or_metadata")) {
    const std::vector<JsonReader> names = or_metadata->elements();
    for (const JsonReader& name : names) {
      const auto field = parse_metadata_field(name.string());
      if (!field) name.fail("expected \"author\", \"date\" or \"links\"");
      metadata.push_back(*field);
    }
  }
  return std::make_unique<RequireRule>(std::move(meta), std::move(phrases), std::move(patterns), read_line_window(spec),
                                       std::move(triggers), std::move(metadata));
}

}  // namespace medlint

// Patterns compile at load; a syntax error names the pack, the pointer and the offset.
#include "rules/kinds/regex_rule.hpp"

#include "rules/regex_option.hpp"
#include "text/case_fold.hpp"
#include "text/regex.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

// Expands $0..$9 in a suggestion template with the text of the capture groups ("$$" is '$').
template <class Match>
std::string expand_groups(const std::string& format, const Match& match, std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    const char c = format[i];
    if (c == '$' && i + 1 < format.size() && format[i + 1] == '$') {
      out += '$';
      ++i;
    } else if (c == '$' && i + 1 < format.size() && format[i + 1] >= '0' && format[i + 1] <= '9') {
      const int group = format[i + 1] - '0';
      if (static_cast<std::size_t>(group) < match.size() && match[group].matched) {
        const TextRange range = group_range(match, group, text);
        out += text.substr(range.begin, range.size());
      }
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

RegexRule::RegexRule(RuleMeta meta, PrefilteredRegex regex, int group, std::optional<std::string> suggest,
                     std::optional<LineLabels> line_labels, bool ignore_case)
    : Rule(std::move(meta)),
      regex_(std::move(regex)),
      group_(group),
      suggest_(std::move(suggest)),
      line_labels_(std::move(line_labels)),
      match_case_(ignore_case && suggest_ && suggest_->find('$') == std::string::npos) {}

void RegexRule::check(const LintContext& context, std::vector<Finding>& out) const {
  const Document& document = context.document();
  const std::string_view text = document.text();
  regex_.for_each_match(text, [&](TextRange whole, const auto& match) {
    TextRange range = group_ == 0 ? whole : group_range(match, group_, text);
    if (!match[group_].matched || range.empty()) return;
    std::optional<std::string> suggestion;
    if (match_case_) {
      suggestion = match_case(text.substr(range.begin, range.size()), *suggest_, starts_sentence(text, range.begin));
    } else if (suggest_) {
      suggestion = expand_groups(*suggest_, match, text);
    }
    out.push_back(span_finding(document, range, std::move(suggestion)));
  });
  if (line_labels_) line_labels_->for_each(text, [&](TextRange range) { out.push_back(span_finding(document, range)); });
}

std::vector<std::string> RegexRule::details() const {
  std::vector<std::string> lines = {"pattern: " + regex_.pattern()};
  if (line_labels_) lines.push_back("line labels: " + std::to_string(line_labels_->size()));
  return lines;
}

std::unique_ptr<Rule> make_regex_rule(RuleMeta meta, const JsonReader& spec) {
  const JsonReader pattern_json = spec.at("pattern");
  std::string pattern = pattern_json.string();
  const bool ignore_case = spec.boolean_or("ignore_case", false);
  boost::u32regex regex = compile_regex_at(pattern_json, ignore_case);
  int group = 0;
  if (const auto group_json = spec.find("group")) {
    group = static_cast<int>(group_json->count());
    if (static_cast<std::size_t>(group) > regex.mark_count()) {
      group_json->fail("the pattern has only " + std::to_string(regex.mark_count()) + " capture group(s)");
    }
  }
  std::optional<std::string> suggest;
  if (const auto suggest_json = spec.find("suggest")) suggest = suggest_json->string_or_empty();
  std::optional<LineLabels> line_labels;
  if (const auto labels_json = spec.find("line_labels")) {
    if (suggest) labels_json->fail("a rule with line_labels cannot suggest: a label has no capture groups");
    line_labels.emplace(*labels_json, ignore_case);
  }
  return std::make_unique<RegexRule>(std::move(meta), PrefilteredRegex(std::move(pattern), std::move(regex), ignore_case), group,
                                     std::move(suggest), std::move(line_labels), ignore_case);
}

}  // namespace medlint

// Sorting happens here, before any reporter runs, so output never depends on rule order.
#include "engine/engine.hpp"

#include <algorithm>
#include <exception>
#include <tuple>

#include "core/rule_budget.hpp"
#include "rules/detectors/unused_suppression.hpp"

namespace medlint {

namespace {

bool names(const std::string& target, const RuleMeta& rule) {
  return target == rule.id || target == to_string(rule.category);
}

// Removes span findings whose rule yields (yield_to) to an overlapping finding's rule or
// category: one piece of text gets the explanation that fits it best.
void apply_yields(std::vector<Finding>& findings) {
  std::size_t longest = 0;
  bool any = false;
  for (const Finding& f : findings) {
    longest = std::max(longest, f.range.size());
    any = any || !f.rule->yield_to.empty();
  }
  if (!any) return;
  std::vector<char> drop(findings.size(), 0);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.scope != Scope::span || f.rule->yield_to.empty()) continue;
    auto overlaps_winner = [&](std::size_t j) {
      const Finding& g = findings[j];
      if (j == i || g.scope != Scope::span || g.rule == f.rule) return false;
      if (g.range.begin >= f.range.end || f.range.begin >= g.range.end) return false;
      return std::any_of(f.rule->yield_to.begin(), f.rule->yield_to.end(), [&](const auto& t) { return names(t, *g.rule); });
    };
    // Findings are sorted by start; only those starting within `longest` bytes before can overlap.
    for (std::size_t j = i + 1; j < findings.size() && findings[j].range.begin < f.range.end && !drop[i]; ++j) {
      if (overlaps_winner(j)) drop[i] = 1;
    }
    for (std::size_t j = i; j-- > 0 && findings[j].range.begin + longest > f.range.begin && !drop[i];) {
      if (overlaps_winner(j)) drop[i] = 1;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) findings[kept] = std::move(findings[i]);  // never self-move: it empties strings
    ++kept;
  }
  findings.resize(kept);
}

}  // namespace

namespace {

std::vector<const PrefilterClient*> collect_clients(const std::vector<const Rule*>& rules, const ProfileCatalog* catalog) {
  std::vector<const PrefilterClient*> clients;
  bool profiles = false;
  for (const Rule* rule : rules) {
    rule->prefilter_clients(clients);
    profiles = profiles || rule->uses_profiles();
  }
  // Hits nobody reads cost memory on huge files: the profiles' lists join only when used.
  if (catalog && profiles) catalog->prefilter_clients(clients);
  return clients;
}

}  // namespace

Engine::Engine(std::vector<const Rule*> rules, const ProfileCatalog* catalog, std::vector<std::size_t> forced_profiles)
    : rules_(std::move(rules)),
      catalog_(catalog),
      forced_profiles_(std::move(forced_profiles)),
      prefilter_(std::make_shared<LiteralPrefilter>(collect_clients(rules_, catalog_))) {}

LintResult Engine::lint(const Document& document) const {
  LintResult result;
  // One scan for the literals of every matcher; matchers then look only where theirs occur.
  const PrefilterHits hits = prefilter_enabled_ ? prefilter_->scan(document.text()) : PrefilterHits{};
  const PrefilterHits::Scope current(prefilter_enabled_ ? &hits : nullptr);
  const LintContext context(document, catalog_, &forced_profiles_);
  for (const Rule* rule : rules_) {
    const std::size_t before = result.findings.size();
    try {
      const RuleBudget::Scope budget(rule_budget_);
      rule->check(context, result.findings);
    } catch (const std::exception& error) {
      result.findings.resize(before);
      result.rule_failures.push_back(rule->meta().id + ": " + error.what());
    }
  }
  auto key = [](const Finding& f) {
    // Document findings sort before span findings at the same place.
    return std::make_tuple(f.scope == Scope::span, f.range.begin, f.range.end, std::string_view(f.rule->id),
                           std::string_view(f.message));
  };
  std::sort(result.findings.begin(), result.findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  result.findings.erase(std::unique(result.findings.begin(), result.findings.end(),
                                    [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                        result.findings.end());
  apply_yields(result.findings);
  const auto& directives = document.suppressions();
  if (!directives.empty()) {
    const auto line_of = [&](std::size_t source_offset) { return document.source_lines().line_of(source_offset); };
    std::vector<char> used(directives.size(), 0);
    // A plain-text directive line is not article text: nothing on it is reported.
    std::vector<std::size_t> directive_lines;
    for (const SuppressionDirective& d : directives) {
      if (d.own_line) directive_lines.push_back(line_of(d.source_offset));
    }
    std::sort(directive_lines.begin(), directive_lines.end());
    std::erase_if(result.findings, [&](const Finding& f) {
      std::optional<std::size_t> offset;
      if (f.scope == Scope::span) offset = document.source_map().to_source(f.range.begin);
      if (offset && std::binary_search(directive_lines.begin(), directive_lines.end(), line_of(*offset))) return true;
      const auto by = suppressing_directive(directives, f.rule->id, to_string(f.rule->category), offset, line_of);
      if (by) used[*by] = 1;
      return by.has_value();
    });
    const std::size_t before = result.findings.size();
    for (const Rule* rule : rules_) {
      if (const auto* unused = dynamic_cast<const UnusedSuppressionRule*>(rule)) unused->unused_findings(document, used, result.findings);
    }
    if (result.findings.size() != before) {
      std::sort(result.findings.begin(), result.findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    }
  }
  return result;
}

}  // namespace medlint

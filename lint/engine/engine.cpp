// Sorting happens here, before any reporter runs, so output never depends on rule order.
#include "engine/engine.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <exception>
#include <tuple>

#include "core/rule_budget.hpp"
#include "engine/paragraph_runs.hpp"
#include "rules/detectors/unused_suppression.hpp"
#include "text/language_guess.hpp"

namespace medlint {

namespace {

bool names(const std::string& target, const RuleMeta& rule) {
  return target == rule.id || target == to_string(rule.category);
}

// Removes span findings whose rule yields (yield_to) to an overlapping finding's rule or
// category: one piece of text gets the explanation that fits it best. A rule's yield_after
// also gives way to a finding that ends right before its own, with only spaces or tabs between.
void apply_yields(std::vector<Finding>& findings, std::string_view text) {
  std::size_t longest = 0;
  bool any = false;
  for (const Finding& f : findings) {
    longest = std::max(longest, f.range.size());
    any = any || !f.rule->yield_to.empty() || !f.rule->yield_after.empty();
  }
  if (!any) return;
  std::vector<char> drop(findings.size(), 0);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.scope != Scope::span) continue;
    auto precedes_winner = [&](std::size_t j) {
      const Finding& g = findings[j];
      if (g.scope != Scope::span || g.rule == f.rule || g.range.end > f.range.begin) return false;
      const std::string_view gap = text.substr(g.range.end, f.range.begin - g.range.end);
      if (gap.find_first_not_of(" \t") != std::string_view::npos) return false;
      return std::any_of(f.rule->yield_after.begin(), f.rule->yield_after.end(), [&](const auto& t) { return names(t, *g.rule); });
    };
    if (!f.rule->yield_after.empty()) {
      std::size_t gap_begin = f.range.begin;  // a winner ends inside the blanks before f
      while (gap_begin > 0 && (text[gap_begin - 1] == ' ' || text[gap_begin - 1] == '\t')) --gap_begin;
      for (std::size_t j = i; j-- > 0 && findings[j].range.begin + longest >= gap_begin && !drop[i];) {
        if (precedes_winner(j)) drop[i] = 1;
      }
    }
    if (f.rule->yield_to.empty()) continue;
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

void Engine::set_split(std::size_t run_bytes, unsigned threads) {
  if (run_bytes == 0 || threads < 2) {
    split_.reset();
    return;
  }
  auto split = std::make_shared<Split>();
  split->run_bytes = run_bytes;
  split->threads = threads;
  for (const Rule* rule : rules_) (rule->paragraph_local() ? split->local_rules : split->document_rules).push_back(rule);
  split->document_prefilter = std::make_shared<LiteralPrefilter>(collect_clients(split->document_rules, catalog_));
  split->local_prefilter = std::make_shared<LiteralPrefilter>(collect_clients(split->local_rules, nullptr));
  split_ = std::move(split);
}

bool Engine::splits(const Document& document) const {
  return split_ && !split_->local_rules.empty() && document.text().size() > split_->run_bytes * 3 / 2;
}

void Engine::run_rules(const Document& document, const std::vector<const Rule*>& rules, const LiteralPrefilter& prefilter,
                       bool english, LintResult& result) const {
  // One scan for the literals of every matcher; matchers then look only where theirs occur.
  const PrefilterHits hits = prefilter_enabled_ ? prefilter.scan(document.text()) : PrefilterHits{};
  const PrefilterHits::Scope current(prefilter_enabled_ ? &hits : nullptr);
  const LintContext context(document, catalog_, &forced_profiles_);
  for (const Rule* rule : rules) {
    if (!english && !rule->meta().any_language) continue;
    const std::size_t before = result.findings.size();
    try {
      const RuleBudget::Scope budget(rule_budget_);
      rule->check(context, result.findings);
    } catch (const std::exception& error) {
      result.findings.resize(before);
      result.rule_failures.push_back(rule->meta().id + ": " + error.what());
    }
  }
}

LintResult Engine::lint(const Document& document) const {
  // Rules read English: a page in another language is linted only by those that do not.
  std::optional<std::string> other_language;
  if (language_check_) other_language = LanguageGuess::built_in().other_language(document.text());
  const bool english = !other_language;
  if (splits(document)) {
    // A text without blank lines is one run: copying it would gain nothing and double memory.
    std::vector<TextRange> runs = paragraph_runs(document.text(), split_->run_bytes);
    if (runs.size() > 1) {
      LintResult result = lint_split(document, std::move(runs), english);
      result.other_language = std::move(other_language);
      return result;
    }
  }
  LintResult result;
  run_rules(document, rules_, *prefilter_, english, result);
  finish(document, english, result);
  result.other_language = std::move(other_language);
  return result;
}

// Task 0 runs the whole-document rules on the document; task i > 0 runs the local rules on
// run i-1, copied into a Document of its own together with the line feeds before it (so a
// look-behind at its start sees what it would see in the whole text). Threads take tasks in
// turn; results are merged in task order, so the output never depends on timing.
LintResult Engine::lint_split(const Document& document, std::vector<TextRange> runs, bool english) const {
  const std::string_view text = document.text();
  std::vector<LintResult> results(runs.size() + 1);
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(split_->threads);
  auto work = [&](unsigned worker) {
    try {
      for (std::size_t task = next++; task < results.size(); task = next++) {
        if (task == 0) {
          if (!split_->document_rules.empty()) run_rules(document, split_->document_rules, *split_->document_prefilter, english, results[0]);
          continue;
        }
        const TextRange run = runs[task - 1];
        std::size_t from = run.begin;
        while (from > 0 && run.begin - from < 64 && text[from - 1] == '\n') --from;
        const Document piece(document.path(), std::string(text.substr(from, run.end - from)));
        LintResult& result = results[task];
        run_rules(piece, split_->local_rules, *split_->local_prefilter, english, result);
        // Line feeds before the run belong to the run before it.
        std::erase_if(result.findings, [&](const Finding& f) { return f.scope == Scope::span && f.range.begin < run.begin - from; });
        for (Finding& f : result.findings) {
          if (f.scope != Scope::span) continue;
          f.range.begin += from;
          f.range.end += from;
        }
      }
    } catch (...) {
      errors[worker] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;
    const auto count = static_cast<unsigned>(std::min<std::size_t>(split_->threads, results.size()));
    for (unsigned worker = 1; worker < count; ++worker) threads.emplace_back(work, worker);
    work(0);
  }
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
  LintResult merged;
  for (LintResult& result : results) {
    merged.findings.insert(merged.findings.end(), std::make_move_iterator(result.findings.begin()),
                           std::make_move_iterator(result.findings.end()));
    for (std::string& failure : result.rule_failures) {
      if (std::find(merged.rule_failures.begin(), merged.rule_failures.end(), failure) == merged.rule_failures.end()) {
        merged.rule_failures.push_back(std::move(failure));
      }
    }
  }
  finish(document, english, merged);
  return merged;
}

void Engine::finish(const Document& document, bool english, LintResult& result) const {
  auto key = [](const Finding& f) {
    // Document findings sort before span findings at the same place.
    return std::make_tuple(f.scope == Scope::span, f.range.begin, f.range.end, std::string_view(f.rule->id),
                           std::string_view(f.message));
  };
  std::sort(result.findings.begin(), result.findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  result.findings.erase(std::unique(result.findings.begin(), result.findings.end(),
                                    [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                        result.findings.end());
  apply_yields(result.findings, document.text());
  if (!document.metadata().caption_texts.empty()) {
    std::erase_if(result.findings, [&](const Finding& f) {
      return f.rule->not_in_captions && f.scope == Scope::span && document.metadata().inside_caption(f.range);
    });
  }
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
      // In another language most rules did not run, so no directive can be called unused.
      if (!english && !rule->meta().any_language) continue;
      if (const auto* unused = dynamic_cast<const UnusedSuppressionRule*>(rule)) unused->unused_findings(document, used, result.findings);
    }
    if (result.findings.size() != before) {
      std::sort(result.findings.begin(), result.findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    }
  }
}

}  // namespace medlint

// Sorting happens here, before any reporter runs, so output never depends on rule order.
#include "engine/engine.hpp"

#include <algorithm>
#include <exception>
#include <tuple>

namespace medlint {

LintResult Engine::lint(const Document& document) const {
  LintResult result;
  for (const Rule* rule : rules_) {
    const std::size_t before = result.findings.size();
    try {
      rule->check(document, result.findings);
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
  return result;
}

}  // namespace medlint

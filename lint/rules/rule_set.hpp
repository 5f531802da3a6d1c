// All loaded rules, ids unique across packs, plus selection by id or category
// (--select/--ignore). Once built it is only read, and shared by every worker.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/pack_loader.hpp"
#include "rules/rule.hpp"

namespace medlint {

class RuleSet {
 public:
  /// Adds rules; a rule id that is already present is a LoadError naming both places.
  void add(std::vector<std::unique_ptr<Rule>> rules);

  /// Checks references between rules (yield_to names a known rule or a category).
  void validate_references() const;

  [[nodiscard]] const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  [[nodiscard]] const Rule* find(std::string_view id) const;
  [[nodiscard]] Rule* find(std::string_view id);

  /// Rules enabled by `select` (all when empty) minus `ignore`. Entries are rule ids or
  /// category names; an entry that names nothing is a MedlintError (a typo must not
  /// silently disable a CI gate).
  [[nodiscard]] std::vector<const Rule*> select(const std::vector<std::string>& select,
                                                const std::vector<std::string>& ignore) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
};

/// The built-in packs (unless `with_defaults` is false) and every pack under `extra_paths`.
[[nodiscard]] RuleSet load_rule_set(bool with_defaults, const std::vector<std::string>& extra_paths,
                                    const RuleOptionOverrides& overrides = {});

}  // namespace medlint

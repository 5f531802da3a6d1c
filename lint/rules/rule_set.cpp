// Selection matches a rule when an entry equals its id or its category.
#include "rules/rule_set.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace medlint {

namespace {

bool entry_matches(const std::string& entry, const Rule& rule) {
  return entry == rule.meta().id || entry == to_string(rule.meta().category);
}

}  // namespace

void RuleSet::add(std::vector<std::unique_ptr<Rule>> rules) {
  for (auto& rule : rules) {
    if (const Rule* existing = find(rule->meta().id)) {
      throw LoadError(rule->meta().origin, rule->meta().origin_pointer + "/id",
                      "duplicate rule id '" + rule->meta().id + "' (already defined in " + existing->meta().origin + ")");
    }
    rules_.push_back(std::move(rule));
  }
}

const Rule* RuleSet::find(std::string_view id) const {
  for (const auto& rule : rules_) {
    if (rule->meta().id == id) return rule.get();
  }
  return nullptr;
}

Rule* RuleSet::find(std::string_view id) {
  return const_cast<Rule*>(static_cast<const RuleSet*>(this)->find(id));
}

std::vector<const Rule*> RuleSet::select(const std::vector<std::string>& select, const std::vector<std::string>& ignore) const {
  for (const auto* list : {&select, &ignore}) {
    for (const std::string& entry : *list) {
      const bool known = std::any_of(rules_.begin(), rules_.end(), [&](const auto& r) { return entry_matches(entry, *r); }) ||
                         parse_category(entry).has_value();
      if (!known) throw MedlintError("unknown rule or category '" + entry + "' (see `medlint rules list`)");
    }
  }
  std::vector<const Rule*> active;
  for (const auto& rule : rules_) {
    const bool selected = select.empty() || std::any_of(select.begin(), select.end(), [&](const auto& e) { return entry_matches(e, *rule); });
    const bool ignored = std::any_of(ignore.begin(), ignore.end(), [&](const auto& e) { return entry_matches(e, *rule); });
    if (selected && !ignored) active.push_back(rule.get());
  }
  return active;
}

void RuleSet::validate_references() const {
  for (const auto& rule : rules_) {
    for (const auto& [key, targets] : {std::pair{"yield_to", &rule->meta().yield_to}, std::pair{"yield_after", &rule->meta().yield_after}}) {
      for (std::size_t i = 0; i < targets->size(); ++i) {
        if (!parse_category((*targets)[i]) && !find((*targets)[i])) {
          throw LoadError(rule->meta().origin, rule->meta().origin_pointer + "/" + key + "/" + std::to_string(i),
                          "unknown rule or category '" + (*targets)[i] + "'");
        }
      }
    }
  }
}

RuleSet load_rule_set(bool with_defaults, const std::vector<std::string>& extra_paths, const RuleOptionOverrides& overrides) {
  RuleSet set;
  if (with_defaults) {
    for (const PackSource& source : default_pack_sources()) set.add(load_pack(source, overrides));
  }
  for (const std::string& path : extra_paths) {
    for (const PackSource& source : pack_sources_from_path(path)) set.add(load_pack(source, overrides));
  }
  for (const auto& [id, options] : overrides) {
    if (!set.find(id) && !parse_category(id)) throw MedlintError("config: options given for unknown rule or category '" + id + "'");
  }
  set.validate_references();
  return set;
}

}  // namespace medlint

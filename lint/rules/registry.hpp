// The one table of rule kinds (primitives) and built-in detectors. Adding a kind or a
// detector is adding a row here; nothing registers itself behind the loader's back.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

/// Builds a rule from its metadata and its JSON (the rule object, or a detector's options).
using RuleFactory = std::unique_ptr<Rule> (*)(RuleMeta meta, const JsonReader& spec);

struct RuleKind {
  std::string_view name;
  Scope scope;
  std::vector<std::string> keys;          ///< keys this kind accepts besides the common ones
  std::vector<std::string> placeholders;  ///< allowed in its message
  bool can_suggest;                       ///< whether "fix" makes sense for it
  RuleFactory make;
  std::string_view summary;
};

struct Detector {
  std::string_view name;
  Scope scope;
  std::vector<std::string> placeholders;
  bool can_suggest;
  RuleFactory make;  ///< receives the "options" object (an empty object when absent)
  std::string_view summary;
};

[[nodiscard]] const std::vector<RuleKind>& rule_kinds();
[[nodiscard]] const RuleKind* find_rule_kind(std::string_view name);
[[nodiscard]] const std::vector<Detector>& detectors();
[[nodiscard]] const Detector* find_detector(std::string_view name);

}  // namespace medlint

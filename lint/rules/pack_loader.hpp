// Reads rule packs (SPEC section 6) into typed rules. Every problem is a LoadError naming
// the file and the JSON pointer: unknown keys, wrong types, bad regexes, unknown kinds.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace medlint {

struct PackSource {
  std::string label;  ///< file path, or "rules/x.json (built in)" for embedded packs
  std::string text;
};

/// Rule id → options merged (JSON merge patch) into that rule's "options" (or into the rule
/// object for kinds without options) before it is built; from the config file.
using RuleOptionOverrides = std::map<std::string, nlohmann::json>;

/// Parses and validates one pack.
[[nodiscard]] std::vector<std::unique_ptr<Rule>> load_pack(const PackSource& source, const RuleOptionOverrides& overrides = {});

/// The packs compiled into the binary (rules/*.json, not profiles).
[[nodiscard]] std::vector<PackSource> default_pack_sources();

/// A pack file, or every *.json file directly inside a directory (sorted).
[[nodiscard]] std::vector<PackSource> pack_sources_from_path(const std::string& path);

}  // namespace medlint

// The commands behind the command line: check, rules list|show|validate, explain.
// Each returns the process exit code; fatal setup errors arrive as MedlintError.
#pragma once

#include "cli/options.hpp"

namespace medlint {

[[nodiscard]] int run_check(const CheckOptions& options);
[[nodiscard]] int run_rules(const RulesOptions& options);
[[nodiscard]] int run_explain(const std::string& rule_id, const RulesOptions& options);
[[nodiscard]] int run_profiles(const ProfilesOptions& options);
[[nodiscard]] int run_init(const InitOptions& options);

}  // namespace medlint

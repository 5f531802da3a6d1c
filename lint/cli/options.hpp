// The command line as typed (CLI11 → plain structs). Validation that needs files or
// rules happens later, in commands.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace medlint {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> rule_paths;
  bool no_default_rules = false;
  std::string config;
  bool no_config = false;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on;  ///< empty: from config, else "error"
  unsigned jobs = 0;    ///< 0: all cores
  std::string color = "auto";
  std::vector<std::string> extensions;
  std::string stdin_filename = "-";
  std::vector<std::string> profiles;  ///< --profile NAME|FILE
  std::string input_format = "auto";
  bool no_corpus_checks = false;
  bool all_languages = false;  ///< --all-languages: every rule on every document
  std::string encoding;
  std::string report_dir;      ///< --report-dir: auditor reports
  bool fix = false;            ///< --fix: apply safe fixes in place
  bool fix_dry_run = false;    ///< --fix-dry-run: print them as a unified diff
  std::string baseline;        ///< --baseline FILE: report only findings not in it
  std::string write_baseline;  ///< --write-baseline FILE
  bool quiet = false;          ///< no progress bar, no warnings
  bool progress = false;       ///< --progress: draw the bar even when stderr is not a TTY
  unsigned rule_timeout_ms = 10000;  ///< --rule-timeout: per rule and file; 0 unlimited
  std::size_t split_bytes = std::size_t{4} << 20;  ///< --split-size: larger documents use several jobs; 0 never
};

struct InitOptions {
  std::string path = ".medlint.json";
  bool force = false;
};

struct RulesOptions {
  std::string action;  ///< list | show | validate
  std::string id;
  std::vector<std::string> validate_paths;
  std::vector<std::string> rule_paths;
  bool no_default_rules = false;
  bool json = false;
  bool cost = false;  ///< rules list --cost: how each rule uses the one-pass literal scan
};

struct ProfilesOptions {
  std::string action;  ///< list | show | import-openfda
  std::string label;   ///< openFDA label record to import
  std::string output;  ///< where to write the draft (default: stdout)
  std::string name;
  std::vector<std::string> files;  ///< extra profile files
  bool json = false;
};

struct Invocation {
  std::string command;  ///< check | rules | explain | profiles | init
  InitOptions init;
  ProfilesOptions profiles;
  CheckOptions check;
  RulesOptions rules;
  std::string explain_id;
};

/// Parses argv. Returns nothing when the process should exit with `exit_code`
/// (after --help, --version, or a usage error already printed).
[[nodiscard]] std::optional<Invocation> parse_command_line(int argc, char** argv, int& exit_code);

/// The version string: MEDLINT_VERSION, or "0.0.0-test" when MEDLINT_TEST=1 (stable goldens).
[[nodiscard]] std::string medlint_version();

}  // namespace medlint

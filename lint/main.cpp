// medlint's entry point: parse the command line, run one command, map errors to exit codes.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "core/errors.hpp"

int main(int argc, char** argv) {
  int exit_code = 0;
  const auto invocation = medlint::parse_command_line(argc, argv, exit_code);
  if (!invocation) return exit_code;
  try {
    if (invocation->command == "check") return medlint::run_check(invocation->check);
    if (invocation->command == "rules") return medlint::run_rules(invocation->rules);
    if (invocation->command == "init") return medlint::run_init(invocation->init);
    if (invocation->command == "profiles") return medlint::run_profiles(invocation->profiles);
    return medlint::run_explain(invocation->explain_id, invocation->rules);
  } catch (const medlint::MedlintError& error) {
    std::cerr << "medlint: error: " << error.what() << '\n';
  } catch (const std::exception& error) {
    std::cerr << "medlint: internal error: " << error.what() << '\n';
  }
  return static_cast<int>(medlint::ExitCode::error);
}

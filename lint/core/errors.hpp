// Fatal setup errors (usage, config, rule packs) and the process exit codes of SPEC section 4.
// Per-file problems are not exceptions: they are reported and the run goes on.
#pragma once

#include <stdexcept>
#include <string>

namespace medlint {

enum class ExitCode : int { clean = 0, findings = 1, error = 2 };

/// A problem that stops the run before any file is linted; always exit code 2.
class MedlintError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A rule pack, profile or config file that cannot be used: names the file and the place in it.
class LoadError : public MedlintError {
 public:
  /// `where` is a JSON pointer ("/rules/3/pattern") or "line L, column C" for syntax errors.
  LoadError(const std::string& file, const std::string& where, const std::string& what);
};

/// Describes where a byte offset falls in a JSON text, for parse errors.
[[nodiscard]] std::string describe_json_offset(const std::string& text, std::size_t byte_offset);

}  // namespace medlint

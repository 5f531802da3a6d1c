// Non-fatal messages on stderr ("medlint: PATH: warning: ...") and the flag that turns
// the exit code into 2 when any per-file error happened. Safe to use from worker threads.
#pragma once

#include <mutex>
#include <ostream>
#include <string_view>

namespace medlint {

class Diagnostics {
 public:
  explicit Diagnostics(std::ostream& out) : out_(out) {}

  /// Something the user should know that does not make the run fail (a skipped binary file).
  void warning(std::string_view path, std::string_view message);
  /// A file that could not be linted; the run goes on and ends with exit code 2.
  void error(std::string_view path, std::string_view message);

  [[nodiscard]] bool had_error() const;
  /// --quiet: drop warnings (errors are always printed).
  void set_quiet(bool quiet) { quiet_ = quiet; }

 private:
  std::ostream& out_;
  mutable std::mutex mutex_;
  bool had_error_ = false;
  bool quiet_ = false;
};

}  // namespace medlint

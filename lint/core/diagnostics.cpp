// Serialises stderr messages from parallel workers and remembers whether any was an error.
#include "core/diagnostics.hpp"

namespace medlint {

void Diagnostics::warning(std::string_view path, std::string_view message) {
  std::lock_guard lock(mutex_);
  if (quiet_) return;
  out_ << "medlint: " << path << ": warning: " << message << '\n';
}

void Diagnostics::error(std::string_view path, std::string_view message) {
  std::lock_guard lock(mutex_);
  had_error_ = true;
  out_ << "medlint: " << path << ": error: " << message << '\n';
}

bool Diagnostics::had_error() const {
  std::lock_guard lock(mutex_);
  return had_error_;
}

}  // namespace medlint

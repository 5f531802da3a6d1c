// The progress bar on stderr: files done of total, throughput and time left. It appears only
// when stderr is a terminal and the run has taken longer than a moment, redraws at most ten
// times a second, and erases itself at the end so the report is never interleaved with it.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace medlint {

class ProgressBar {
 public:
  /// `enabled`: the caller's decision (stderr is a TTY, no --quiet).
  ProgressBar(std::size_t total_files, bool enabled, std::FILE* out = stderr);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// One more file done, of `bytes` bytes.
  void advance(std::size_t bytes);
  /// Erases the bar (if it was drawn).
  void finish();

 private:
  void draw(bool force);

  std::size_t total_, done_ = 0, bytes_ = 0;
  bool enabled_, drawn_ = false;
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  std::chrono::milliseconds delay_;
};

/// Whether a progress bar belongs on stderr: it is a terminal and TERM is not "dumb".
[[nodiscard]] bool stderr_is_interactive();

}  // namespace medlint

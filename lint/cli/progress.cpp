// MEDLINT_PROGRESS_DELAY_MS changes how long a run must take before the bar shows (default
// 500 ms); the test suite sets it to 0 to see the bar on a short run.
#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace medlint {

namespace {

std::string format_duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600) std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  return buffer;
}

}  // namespace

bool stderr_is_interactive() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) != 0 && !(term && std::strcmp(term, "dumb") == 0);
}

ProgressBar::ProgressBar(std::size_t total_files, bool enabled, std::FILE* out)
    : total_(total_files), enabled_(enabled && total_files > 0), out_(out), start_(std::chrono::steady_clock::now()),
      last_draw_(start_), delay_(500) {
  if (const char* delay = std::getenv("MEDLINT_PROGRESS_DELAY_MS")) delay_ = std::chrono::milliseconds(std::atol(delay));
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::advance(std::size_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (enabled_) draw(false);
}

void ProgressBar::draw(bool force) {
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_) return;
  if (!force && drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done_ != total_) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  constexpr std::size_t width = 30;
  const std::size_t filled = total_ ? width * done_ / total_ : width;
  std::string bar(filled, '#');
  bar.resize(width, '.');
  const double rate = elapsed > 0 ? static_cast<double>(bytes_) / elapsed / 1e6 : 0.0;
  const double eta = done_ ? elapsed * static_cast<double>(total_ - done_) / static_cast<double>(done_) : 0.0;
  std::fprintf(out_, "\r\033[Kmedlint [%s] %zu/%zu files  %.1f MB/s  %.0f files/s  ETA %s", bar.c_str(), done_, total_, rate,
               elapsed > 0 ? static_cast<double>(done_) / elapsed : 0.0, format_duration(eta).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
  enabled_ = false;
}

}  // namespace medlint

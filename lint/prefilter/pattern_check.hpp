// Whether Vectorscan takes a superset pattern on its own. Asking it (hs_expression_info)
// parses and analyses the pattern, which for the default rules' supersets was a fifth of the
// instructions of linting one article; the answer depends only on the pattern, its flags and
// Vectorscan's version, so answers are kept in the compile cache beside the databases
// (pattern-checks-<hash>.json) and read back by later runs.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace medlint {

/// Answers kept in one file. A file that is missing, unreadable, of another Vectorscan version
/// or not in the expected shape is ignored: its patterns are asked again and it is rewritten.
class PatternCheckCache {
 public:
  /// `file` empty: answers are kept in memory only.
  explicit PatternCheckCache(std::filesystem::path file);

  /// Vectorscan parses `expression` with `flags` and it cannot match the empty string.
  [[nodiscard]] bool accepts_non_empty(const std::string& expression, unsigned flags);
  /// Writes the file if answers were added since it was read.
  void save();
  /// Answers asked of Vectorscan by this instance (not read from the file).
  [[nodiscard]] std::size_t asked() const;

  /// $cache/pattern-checks-<hash of the Vectorscan version>.json, or empty without a cache.
  [[nodiscard]] static std::filesystem::path default_file();

 private:
  void read();

  mutable std::mutex mutex_;
  std::filesystem::path file_;
  bool read_ = false;
  bool changed_ = false;
  std::size_t asked_ = 0;
  std::map<std::pair<unsigned, std::string>, bool> answers_;
};

/// The process's cache (PatternCheckCache::default_file()): Vectorscan parses `expression`
/// with `flags` (HS_FLAG_*) and it cannot match the empty string. Thread-safe.
[[nodiscard]] bool vectorscan_accepts_non_empty(const std::string& expression, unsigned flags);

/// Writes the process's answers found since its cache file was read, if any (once a
/// prefilter has been compiled). Failures to write are ignored.
void save_pattern_checks();

}  // namespace medlint

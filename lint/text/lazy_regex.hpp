// A regex compiled the first time it is used. A phrase rule keeps one pattern per first word
// of its phrases (thousands for the spinner lists) and a short run meets few of them, while
// compiling them all was most of the start-up of a run over one file. Thread-safe: the
// engine's rules are shared by the jobs.
#pragma once

#include <mutex>
#include <string>

#include <boost/regex/icu.hpp>

namespace medlint {

class LazyRegex {
 public:
  LazyRegex(std::string pattern, bool ignore_case) : pattern_(std::move(pattern)), ignore_case_(ignore_case) {}

  /// The compiled pattern; the first caller compiles it (a RegexSyntaxError propagates, and
  /// the next caller tries again).
  [[nodiscard]] const boost::u32regex& get() const;

 private:
  mutable std::once_flag compiled_;
  mutable std::string pattern_;  // released once compiled
  bool ignore_case_;
  mutable boost::u32regex regex_;
};

}  // namespace medlint

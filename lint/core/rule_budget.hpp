// The per-file time budget of one rule. The engine arms it before a rule checks a document;
// long loops (every regex search chunk, every 1024 matches) call check(), which throws
// RuleBudgetExceeded once the time is up. The engine catches it, drops that rule's findings
// for the file, reports the rule by name and goes on with the other rules. Thread-local, so
// workers linting different files never share a budget.
#pragma once

#include <chrono>
#include <stdexcept>

namespace medlint {

class RuleBudgetExceeded : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class RuleBudget {
 public:
  using clock = std::chrono::steady_clock;

  /// Arms the budget for the current thread until the returned guard is destroyed.
  class Scope {
   public:
    explicit Scope(std::chrono::milliseconds budget);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    clock::time_point previous_;
    std::chrono::milliseconds previous_budget_;
  };

  /// Throws RuleBudgetExceeded when the current thread's budget is spent (no-op when unarmed).
  static void check();
};

}  // namespace medlint

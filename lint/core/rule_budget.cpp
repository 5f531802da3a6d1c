#include "core/rule_budget.hpp"

#include <string>

namespace medlint {

namespace {

thread_local RuleBudget::clock::time_point deadline = RuleBudget::clock::time_point::max();
thread_local std::chrono::milliseconds armed_budget{0};

}  // namespace

RuleBudget::Scope::Scope(std::chrono::milliseconds budget) : previous_(deadline), previous_budget_(armed_budget) {
  armed_budget = budget;
  deadline = budget.count() > 0 ? clock::now() + budget : clock::time_point::max();
}

RuleBudget::Scope::~Scope() {
  deadline = previous_;
  armed_budget = previous_budget_;
}

void RuleBudget::check() {
  if (deadline != clock::time_point::max() && clock::now() > deadline) {
    throw RuleBudgetExceeded("stopped after its time budget of " + std::to_string(armed_budget.count()) +
                             " ms for this file (a runaway pattern?); its findings in this file are dropped");
  }
}

}  // namespace medlint

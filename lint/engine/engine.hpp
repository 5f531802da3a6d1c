// Runs the active rules over one Document and returns its findings in a stable order
// (position, then rule id). A rule that throws (a regex hitting Boost's complexity limit)
// loses its findings for this document only; the failure is returned, not fatal.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "prefilter/literal_prefilter.hpp"
#include "rules/rule.hpp"

namespace medlint {

struct LintResult {
  std::vector<Finding> findings;
  std::vector<std::string> rule_failures;  ///< "rule-id: what went wrong"
  /// What the document is written in when that is plainly not English ("Spanish"): then only
  /// the rules marked `any_language` ran.
  std::optional<std::string> other_language;
};

class Engine {
 public:
  /// `catalog` (optional) holds the reference profiles claim rules check against;
  /// `forced_profiles` are catalog indices chosen with --profile (empty: auto-detect).
  /// The literals of every rule's matchers (and the catalog's names) are compiled here, once,
  /// into one Vectorscan database shared read-only by all threads.
  explicit Engine(std::vector<const Rule*> rules, const ProfileCatalog* catalog = nullptr,
                  std::vector<std::size_t> forced_profiles = {});

  /// Time one rule may spend on one document before it is stopped (0: unlimited).
  void set_rule_budget(std::chrono::milliseconds budget) { rule_budget_ = budget; }
  /// Off: every matcher scans the whole text itself (the reference the prefilter is tested against).
  void set_prefilter_enabled(bool enabled) { prefilter_enabled_ = enabled; }
  /// Off: every rule runs on every document, whatever its language (--all-languages).
  void set_language_check(bool enabled) { language_check_ = enabled; }
  /// A document longer than `run_bytes` (0: never) is linted on up to `threads` threads: the
  /// paragraph-local rules on runs of paragraphs of about `run_bytes` each, the other rules on
  /// the whole document at the same time. The findings are the same as in one piece.
  void set_split(std::size_t run_bytes, unsigned threads);

  [[nodiscard]] LintResult lint(const Document& document) const;
  /// Whether `document` is long enough for lint() to split it (which it does when the text has
  /// more than one run of paragraphs).
  [[nodiscard]] bool splits(const Document& document) const;
  [[nodiscard]] const std::vector<const Rule*>& rules() const { return rules_; }
  [[nodiscard]] const LiteralPrefilter& prefilter() const { return *prefilter_; }

 private:
  std::vector<const Rule*> rules_;
  const ProfileCatalog* catalog_;
  std::vector<std::size_t> forced_profiles_;
  std::chrono::milliseconds rule_budget_{10000};
  std::shared_ptr<const LiteralPrefilter> prefilter_;
  bool prefilter_enabled_ = true;
  bool language_check_ = true;

  // Rules and scans of a split run: one for the whole-document rules, one for the local ones.
  struct Split {
    std::size_t run_bytes = 0;
    unsigned threads = 1;
    std::vector<const Rule*> document_rules, local_rules;
    std::shared_ptr<const LiteralPrefilter> document_prefilter, local_prefilter;
  };
  std::shared_ptr<const Split> split_;

  /// `english`: false runs only the rules marked any_language.
  void run_rules(const Document& document, const std::vector<const Rule*>& rules, const LiteralPrefilter& prefilter, bool english,
                 LintResult& result) const;
  [[nodiscard]] LintResult lint_split(const Document& document, std::vector<TextRange> runs, bool english) const;
  /// Orders, deduplicates, applies yield_to and suppressions (`english` as for run_rules).
  void finish(const Document& document, bool english, LintResult& result) const;
};

}  // namespace medlint

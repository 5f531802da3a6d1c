// Detector `corpus_duplicates`: the rule side of the corpus pass (corpus/near_duplicates.hpp).
// It finds nothing in a single document; `medlint check` runs the pass over all files of
// the run and reports each family through these rules (report: "template" or "near-copy").
#pragma once

#include <memory>

#include "corpus/near_duplicates.hpp"
#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

class CorpusDuplicatesRule : public Rule {
 public:
  CorpusDuplicatesRule(RuleMeta meta, bool report_templates, NearDuplicateOptions options)
      : Rule(std::move(meta)), report_templates_(report_templates), options_(options) {}

  void check(const LintContext&, std::vector<Finding>&) const override {}

  [[nodiscard]] bool reports_templates() const { return report_templates_; }
  [[nodiscard]] const NearDuplicateOptions& options() const { return options_; }
  /// The finding for one member of a cluster.
  [[nodiscard]] Finding member_finding(std::string others, std::size_t count, std::string slots) const;

 private:
  bool report_templates_;
  NearDuplicateOptions options_;
};

[[nodiscard]] std::unique_ptr<Rule> make_corpus_duplicates(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

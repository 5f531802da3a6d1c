// The `phrases` and `substitute` kinds: literal phrases found anywhere in the text,
// the second with a suggested replacement for each phrase.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "rules/json_reader.hpp"
#include "rules/phrase_matcher.hpp"
#include "rules/rule.hpp"

namespace medlint {

class PhraseRule : public Rule {
 public:
  /// `suggestions` maps phrase keys to replacements; empty for the plain `phrases` kind.
  PhraseRule(RuleMeta meta, PhraseMatcher matcher, std::unordered_map<std::string, std::string> suggestions,
             std::optional<PhraseMatcher> exceptions);

  void check(const LintContext& context, std::vector<Finding>& out) const override;
  [[nodiscard]] std::vector<std::string> details() const override;
  [[nodiscard]] bool paragraph_local() const override { return true; }
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    out.push_back(&matcher_);
    if (exceptions_) out.push_back(&*exceptions_);
  }

 private:
  PhraseMatcher matcher_;
  std::unordered_map<std::string, std::string> suggestions_;
  std::optional<PhraseMatcher> exceptions_;
};

[[nodiscard]] std::unique_ptr<Rule> make_phrases_rule(RuleMeta meta, const JsonReader& spec);
[[nodiscard]] std::unique_ptr<Rule> make_substitute_rule(RuleMeta meta, const JsonReader& spec);

}  // namespace medlint

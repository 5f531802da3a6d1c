// What a rule is: its metadata (id, category, severity, message, explain text) and a
// const check over a Document that appends findings. Rules are stateless and never do I/O,
// so one loaded rule set is shared read-only by every worker thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/category.hpp"
#include "prefilter/literal_prefilter.hpp"
#include "rules/lint_context.hpp"
#include "rules/message_template.hpp"
#include "text/document.hpp"
#include "text/text_range.hpp"

namespace medlint {

struct Explain {
  std::string text;  ///< why the rule exists and what to do about a finding
  std::string bad;   ///< an example the rule flags
  std::string good;  ///< the same example, fixed; the rule must stay silent on it
};

struct RuleMeta {
  std::string id;        ///< "category/name"
  Category category = Category::spinner;
  Severity severity = Severity::warning;
  Scope scope = Scope::span;
  std::string kind;      ///< the primitive or "detector"
  std::string detector;  ///< built-in detector name when kind == "detector"
  MessageTemplate message;
  Explain explain;
  bool fix_safe = false;  ///< suggestions may be applied by --fix without review
  /// Rule ids or categories whose findings win where they overlap this rule's findings.
  std::vector<std::string> yield_to;
  /// Rules or categories whose finding ending right before this one's (only spaces or tabs
  /// between) wins: the capital after pasted link text is the paste's doing.
  std::vector<std::string> yield_after;
  /// `"not_in": ["captions"]`: nothing reported inside an HTML <figcaption>, the page's own
  /// caption (a photo credit there is no scraped label).
  bool not_in_captions = false;
  /// `"any_language": true`: the rule reads no English (encoding damage, duplicates), so it
  /// also runs on a document in another language, where the other rules are left out.
  bool any_language = false;
  std::string origin;     ///< the pack file the rule came from
  std::string origin_pointer;  ///< JSON pointer of the rule inside that file
};

struct Finding {
  const RuleMeta* rule = nullptr;
  Severity severity = Severity::warning;
  Scope scope = Scope::span;
  TextRange range;  ///< into Document::text(); empty for document findings
  std::string message;
  std::optional<std::string> suggestion;
  /// Set for findings about source bytes that are not in the text (a suppression comment):
  /// the byte range in the source, used for position and matched text instead of `range`.
  std::optional<TextRange> source_range;
};

class Rule {
 public:
  explicit Rule(RuleMeta meta) : meta_(std::move(meta)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  [[nodiscard]] const RuleMeta& meta() const { return meta_; }
  /// Lets configuration change the severity before the rule set is frozen.
  void set_severity(Severity severity) { meta_.severity = severity; }

  /// Appends this rule's findings on the context's document to `out`.
  virtual void check(const LintContext& context, std::vector<Finding>& out) const = 0;

  /// Extra lines for `medlint explain` / `rules show` (for example the phrase count).
  [[nodiscard]] virtual std::vector<std::string> details() const { return {}; }

  /// The literal-anchored matchers this rule searches with, for the Engine's one-pass scan.
  /// A rule that lists none still works: it scans the text itself.
  virtual void prefilter_clients(std::vector<const PrefilterClient*>& out) const { (void)out; }
  /// True for rules that read the reference profiles (LintContext::profiles()): only then
  /// do the profiles' names and term lists join the one-pass scan.
  [[nodiscard]] virtual bool uses_profiles() const { return false; }
  /// True for rules whose findings in a paragraph depend on that paragraph alone (phrases,
  /// regexes, word-level detectors): a large document can then be linted in runs of
  /// paragraphs on several threads. Rules that read the whole document (disclaimers, claims
  /// and their profiles, repeated lines, required wording) keep the default.
  [[nodiscard]] virtual bool paragraph_local() const { return false; }

 protected:
  /// A span finding with this rule's severity; the message is rendered from the template.
  [[nodiscard]] Finding span_finding(const Document& document, TextRange range,
                                     std::optional<std::string> suggestion = std::nullopt) const;
  /// A span finding whose message uses placeholders beyond {match} and {suggestion}.
  [[nodiscard]] Finding span_finding_with(const Document& document, TextRange range, MessageTemplate::ValueList values,
                                          std::optional<std::string> suggestion = std::nullopt) const;
  /// A finding about the whole document.
  [[nodiscard]] Finding document_finding(std::string message) const;

 private:
  RuleMeta meta_;
};

}  // namespace medlint

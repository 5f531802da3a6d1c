// Registry of primitives and detectors (SPEC section 6). The "detector" kind is resolved
// by the pack loader through find_detector().
#include "rules/registry.hpp"

#include "rules/kinds/phrase_rule.hpp"
#include "rules/kinds/regex_rule.hpp"
#include "rules/detectors/anchor_text.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "rules/detectors/corpus_duplicates.hpp"
#include "rules/detectors/disclaimer.hpp"
#include "rules/detectors/unsupported_claim.hpp"
#include "rules/detectors/lowercase_line_start.hpp"
#include "rules/detectors/mid_sentence_capital.hpp"
#include "rules/detectors/ocr_detectors.hpp"
#include "rules/detectors/repeated_line.hpp"
#include "rules/detectors/running_head.hpp"
#include "rules/detectors/unused_suppression.hpp"
#include "rules/kinds/require_rule.hpp"

namespace medlint {

const std::vector<RuleKind>& rule_kinds() {
  static const std::vector<RuleKind> kinds = {
      {"phrases", Scope::span, {"phrases", "ignore_case", "whole_word", "exceptions"}, {"match"}, false, make_phrases_rule,
       "literal phrases, whole words, whitespace-tolerant"},
      {"substitute", Scope::span, {"swap", "ignore_case", "whole_word", "exceptions"}, {"match", "suggestion"}, true,
       make_substitute_rule, "phrases with the text that should replace each one"},
      {"regex", Scope::span, {"pattern", "ignore_case", "group", "suggest", "line_labels"}, {"match", "suggestion"}, true,
       make_regex_rule, "a Unicode regular expression (Boost.Regex, Perl syntax)"},
      {"require", Scope::document, {"any", "any_regex", "ignore_case", "within", "if_any", "or_metadata"}, {"within", "match"}, false, make_require_rule,
       "the document must contain one of the phrases or patterns"},
      {"detector", Scope::span, {"detector", "options"}, {}, false, nullptr,
       "a named built-in detector with options"},
  };
  return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind& kind : rule_kinds()) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

const std::vector<Detector>& detectors() {
  static const std::vector<Detector> table = {
      {"mid_sentence_capital", Scope::span, {"match", "suggestion"}, true, make_mid_sentence_capital,
       "a common word capitalised in mid-sentence (not names, acronyms, headings or after a colon or quote)"},
      {"lowercase_line_start", Scope::span, {"match"}, false, make_lowercase_line_start,
       "a line opening with a lower-case word after a line that ended a sentence"},
      {"anchor_text", Scope::span, {"match"}, true, make_anchor_text,
       "link text pasted into a sentence: capitalised call words or ungoverned anchor phrases"},
      {"repeated_line", Scope::span, {"match"}, true, make_repeated_line,
       "a line repeated verbatim within the next few lines (a duplicated title)"},
      {"running_head", Scope::span, {"match"}, false, make_running_head,
       "a line that recurs through the page, page numbers aside (a PDF's running head or footer)"},
      {"unqualified_safety", Scope::span, {"match", "substance", "risks"}, false, make_unqualified_safety,
       "a profiled substance called safe, harmless or risk-free with no hedge"},
      {"overclaim", Scope::span, {"match", "substance"}, false, make_overclaim,
       "'proven', 'cure', 'guaranteed', 'miracle' about a profiled substance"},
      {"regulatory_status", Scope::span, {"match", "substance", "indication", "approved"}, false, make_regulatory_status,
       "an approval claim for an indication no product of the substance is approved for"},
      {"contraindicated_use", Scope::span, {"match", "substance", "group", "listed"}, false, make_contraindicated_use,
       "a profiled substance called safe or recommended for a contraindicated group"},
      {"restricted_use", Scope::span, {"match", "substance", "condition"}, false, make_restricted_use,
       "a profiled substance described outside a condition its label or regulators set"},
      {"dose_range", Scope::span, {"match", "substance", "ranges"}, false, make_dose_range,
       "a dose with units outside every range of the profile"},
      {"dose_schedule", Scope::span, {"match", "substance", "schedule"}, false, make_dose_schedule,
       "a dosing schedule a product's label does not give it ('Ozempic is a daily injection')"},
      {"disclaimer", Scope::document, {"missing", "within", "example"}, false, make_disclaimer,
       "the two halves of a medical disclaimer: not medical advice, and consult a professional"},
      {"unsupported_claim", Scope::span, {"match"}, false, make_unsupported_claim,
       "a research claim with no citation in its sentence or the next"},
      {"corpus_duplicates", Scope::document, {"others", "count", "slots"}, false, make_corpus_duplicates,
       "templated pages and near-copies among the files of one run"},
      {"mixed_script", Scope::span, {"match", "suggestion"}, true, make_mixed_script,
       "a word mixing Latin with Cyrillic or Greek letters (homoglyphs)"},
      {"ocr_confusion", Scope::span, {"match", "suggestion"}, true, make_ocr_confusion,
       "an unknown word that a typical OCR confusion (rn/m, 1/l, 0/o) turns into a known one"},
      {"line_end_hyphen", Scope::span, {"match", "suggestion"}, true, make_line_end_hyphen,
       "a word split by a hyphen at a line end"},
      {"unused_suppression", Scope::span, {"match"}, false, make_unused_suppression,
       "a medlint-disable directive that suppressed nothing"},
      {"risk_omitted", Scope::document, {"substance", "risk"}, false, make_risk_omitted,
       "a safety discussion that never mentions a major risk of the profile"},
  };
  return table;
}

const Detector* find_detector(std::string_view name) {
  for (const Detector& detector : detectors()) {
    if (detector.name == name) return &detector;
  }
  return nullptr;
}

}  // namespace medlint

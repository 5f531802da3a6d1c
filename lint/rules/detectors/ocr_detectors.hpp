// OCR and encoding-damage detectors that need more than a pattern:
//   mixed_script       a word mixing Latin with Cyrillic or Greek letters (homoglyphs)
//   ocr_confusion      an unknown word that becomes a known one by undoing a typical OCR
//                      confusion (rn→m, cl→d, vv→w, 1→l, 0→o): "rnedication", "1iver"
//   line_end_hyphen    a word split by a hyphen at a line end that is one word joined
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_mixed_script(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_ocr_confusion(RuleMeta meta, const JsonReader& options);
[[nodiscard]] std::unique_ptr<Rule> make_line_end_hyphen(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

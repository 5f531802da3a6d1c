// Fuzz target: the whole lint of arbitrary bytes with the default rules and profiles, as text,
// HTML or Markdown (chosen by the first byte), then what reports do with the findings:
// fingerprints, the safe-fix edits and their diff, the HTML page.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "claims/profile_catalog.hpp"
#include "core/diagnostics.hpp"
#include "engine/engine.hpp"
#include "engine/file_linter.hpp"
#include "engine/fix_edits.hpp"
#include "report/fingerprint.hpp"
#include "report/html_page.hpp"
#include "report/unified_diff.hpp"
#include "rules/rule_set.hpp"

namespace {

struct Setup {
  medlint::RuleSet rules = medlint::load_rule_set(true, {});
  medlint::ProfileCatalog profiles = medlint::load_profile_catalog(true, {});
  medlint::Engine engine{rules.select({}, {}), &profiles};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace medlint;
  static const Setup setup;
  if (size == 0) return 0;
  static const char* const names[] = {"fuzz.txt", "fuzz.html", "fuzz.md"};
  const char* name = names[data[0] % 3];
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  FileLintOptions options;
  options.keep_source = true;
  FileReport report = lint_text(name, std::string(reinterpret_cast<const char*>(data + 1), size - 1), setup.engine, diagnostics, options);
  assign_fingerprints(report);
  const std::vector<TextEdit> edits = safe_fix_edits(report);
  const std::string fixed = apply_edits(report.source, edits);
  const std::string diff = unified_diff(name, report.source, edits);
  const std::string page = html_file_section(report, {}, "f");
  return (fixed.size() + diff.size() + page.size()) == static_cast<std::size_t>(-1);
}

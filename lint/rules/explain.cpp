// Fixed headings (What / Example / Fixed) so every rule's page reads the same way.
#include "rules/explain.hpp"

namespace medlint {

namespace {

std::string indent(const std::string& text) {
  std::string out = "    ";
  for (const char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

}  // namespace

std::string explain_summary(const Explain& explain) {
  const std::size_t end = explain.text.find(". ");
  return end == std::string::npos ? explain.text : explain.text.substr(0, end + 1);
}

std::string render_explain(const Rule& rule) {
  const RuleMeta& meta = rule.meta();
  std::string out;
  out += meta.id + "\n\n";
  out += "  category: " + std::string(to_string(meta.category)) + "   severity: " + std::string(to_string(meta.severity)) +
         "   scope: " + std::string(to_string(meta.scope)) + "\n";
  out += "  kind: " + meta.kind + (meta.detector.empty() ? "" : " (" + meta.detector + ")") +
         "   fix: " + (meta.fix_safe ? "safe" : "review") + "\n";
  out += std::string("  languages: ") + (meta.any_language ? "any (reads no English)" : "English pages only") + "\n";
  for (const std::string& line : rule.details()) out += "  " + line + "\n";
  out += "  defined in: " + meta.origin + "\n\n";
  out += "What it flags and why\n" + indent(meta.explain.text) + "\n\n";
  out += "Flagged\n" + indent(meta.explain.bad) + "\n\n";
  out += "Not flagged\n" + indent(meta.explain.good.empty() ? "(an empty document)" : meta.explain.good) + "\n\n";
  out += "Message\n" + indent(meta.message.text()) + "\n";
  return out;
}

}  // namespace medlint

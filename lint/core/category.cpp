// Spelling of categories, severities and scopes, shared by the loader and the reporters.
#include "core/category.hpp"

namespace medlint {

std::string_view to_string(Category category) {
  switch (category) {
    case Category::spinner: return "spinner";
    case Category::citation: return "citation";
    case Category::ocr: return "ocr";
    case Category::boilerplate: return "boilerplate";
    case Category::disclaimer: return "disclaimer";
    case Category::claim: return "claim";
    case Category::risk: return "risk";
    case Category::attribution: return "attribution";
    case Category::duplicate: return "duplicate";
  }
  return "?";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

std::string_view to_string(Scope scope) { return scope == Scope::span ? "span" : "document"; }

std::optional<Category> parse_category(std::string_view text) {
  for (Category category : all_categories) {
    if (to_string(category) == text) return category;
  }
  return std::nullopt;
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity severity : {Severity::info, Severity::warning, Severity::error}) {
    if (to_string(severity) == text) return severity;
  }
  return std::nullopt;
}

}  // namespace medlint

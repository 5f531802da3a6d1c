// The closed vocabularies of a finding: category (SPEC section 1), severity and scope.
// Parsing and printing live here so every reader and writer spells them the same way.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace medlint {

enum class Category { spinner, citation, ocr, boilerplate, disclaimer, claim, risk, attribution, duplicate };

inline constexpr std::array<Category, 9> all_categories = {
    Category::spinner,    Category::citation, Category::ocr,  Category::boilerplate, Category::disclaimer,
    Category::claim,      Category::risk,     Category::attribution, Category::duplicate};

/// Severity, ordered so that a larger value is more severe.
enum class Severity { info = 0, warning = 1, error = 2 };

/// Whether a finding points at a span of text or is about the whole document.
enum class Scope { span, document };

[[nodiscard]] std::string_view to_string(Category category);
[[nodiscard]] std::string_view to_string(Severity severity);
[[nodiscard]] std::string_view to_string(Scope scope);

[[nodiscard]] std::optional<Category> parse_category(std::string_view text);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view text);

}  // namespace medlint

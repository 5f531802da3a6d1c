// Rule messages with placeholders ("'{match}' looks like a spun synonym of '{suggestion}'").
// Parsed once at load so an unknown placeholder is a load error, not a surprise at run time.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medlint {

class MessageTemplate {
 public:
  MessageTemplate() = default;
  /// Throws std::invalid_argument naming the problem when a placeholder is not in `allowed`
  /// or a brace is unbalanced. "{{" and "}}" stand for literal braces.
  MessageTemplate(std::string_view text, const std::vector<std::string>& allowed);

  using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;
  using ValueList = std::vector<std::pair<std::string_view, std::string_view>>;
  [[nodiscard]] std::string render(Values values) const { return render(ValueList(values)); }
  [[nodiscard]] std::string render(const ValueList& values) const;
  [[nodiscard]] const std::string& text() const { return text_; }

 private:
  struct Part {
    std::string literal;
    std::string placeholder;  // empty for a literal part
  };
  std::string text_;
  std::vector<Part> parts_;
};

}  // namespace medlint

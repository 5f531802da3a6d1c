// Typed, located access to JSON documents (rule packs, config): every error names the
// file and the JSON pointer of the offending value, and unknown keys are rejected.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

/// Parses JSON text; a syntax error becomes a LoadError naming `file` and the line and column.
/// With `allow_comments`, // and /* */ comments are accepted (config files, not rule packs).
[[nodiscard]] nlohmann::json parse_json_text(const std::string& text, const std::string& file, bool allow_comments = false);

class JsonReader {
 public:
  JsonReader(const nlohmann::json& value, const std::string& file, std::string pointer = "")
      : value_(&value), file_(&file), pointer_(std::move(pointer)) {}

  [[nodiscard]] const nlohmann::json& value() const { return *value_; }
  [[nodiscard]] const std::string& file() const { return *file_; }
  [[nodiscard]] const std::string& pointer() const { return pointer_; }

  /// Requires an object whose keys are all in `allowed`.
  void expect_object(std::initializer_list<std::string_view> allowed) const;
  void expect_object(const std::vector<std::string>& allowed) const;
  [[nodiscard]] bool has(std::string_view key) const;
  /// The member `key` of this object; an error if it is missing.
  [[nodiscard]] JsonReader at(std::string_view key) const;
  [[nodiscard]] std::optional<JsonReader> find(std::string_view key) const;
  /// The elements of an array.
  [[nodiscard]] std::vector<JsonReader> elements() const;
  /// The members of an object, in the document's key order.
  [[nodiscard]] std::vector<std::pair<std::string, JsonReader>> members() const;

  [[nodiscard]] std::string string() const;            ///< a non-empty string
  [[nodiscard]] std::string string_or_empty() const;   ///< any string
  [[nodiscard]] bool boolean() const;
  [[nodiscard]] std::size_t count() const;             ///< a non-negative integer
  [[nodiscard]] std::vector<std::string> strings() const;  ///< an array of non-empty strings

  [[nodiscard]] std::string string_or(std::string_view key, std::string fallback) const;
  [[nodiscard]] bool boolean_or(std::string_view key, bool fallback) const;

  [[noreturn]] void fail(const std::string& what) const;

 private:
  const nlohmann::json* value_;
  const std::string* file_;
  std::string pointer_;
};

}  // namespace medlint

// Message shapes for fatal load errors: "FILE: AT POINTER: WHAT".
#include "core/errors.hpp"

#include <algorithm>

namespace medlint {

namespace {
std::string compose(const std::string& file, const std::string& where, const std::string& what) {
  std::string message = file;
  if (!where.empty()) message += ": at " + where;
  message += ": " + what;
  return message;
}
}  // namespace

LoadError::LoadError(const std::string& file, const std::string& where, const std::string& what)
    : MedlintError(compose(file, where, what)) {}

std::string describe_json_offset(const std::string& text, std::size_t byte_offset) {
  // nlohmann reports the offset one past the offending byte.
  const std::size_t end = std::min(byte_offset > 0 ? byte_offset - 1 : 0, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(end - line_start + 1);
}

}  // namespace medlint

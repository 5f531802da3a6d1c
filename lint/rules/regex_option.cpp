// The one place that turns a RegexSyntaxError into a located LoadError.
#include "rules/regex_option.hpp"

#include "text/regex.hpp"

namespace medlint {

boost::u32regex compile_regex_at(const JsonReader& pattern, bool ignore_case) {
  try {
    return compile_regex(pattern.string(), ignore_case);
  } catch (const RegexSyntaxError& error) {
    pattern.fail("invalid regex at offset " + std::to_string(error.offset) + ": " + error.what());
  }
}

std::vector<PrefilteredRegex> compile_regex_list(const JsonReader& patterns, bool ignore_case) {
  std::vector<PrefilteredRegex> out;
  for (const JsonReader& element : patterns.elements()) {
    out.emplace_back(element.string(), compile_regex_at(element, ignore_case), ignore_case);
  }
  return out;
}

}  // namespace medlint

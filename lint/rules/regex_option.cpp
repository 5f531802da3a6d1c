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

std::vector<boost::u32regex> compile_regex_list(const JsonReader& patterns, bool ignore_case) {
  std::vector<boost::u32regex> out;
  for (const JsonReader& element : patterns.elements()) out.push_back(compile_regex_at(element, ignore_case));
  return out;
}

}  // namespace medlint

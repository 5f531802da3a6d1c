// Compiles a regex held in a rule pack, so a syntax error names the file, the JSON pointer
// and Boost's offset ("house.json: at /rules/3/pattern: invalid regex at offset 5: ...").
#pragma once

#include <boost/regex/icu.hpp>

#include <vector>

#include "prefilter/prefiltered_regex.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

[[nodiscard]] boost::u32regex compile_regex_at(const JsonReader& pattern, bool ignore_case);
/// Every element of an array of patterns.
[[nodiscard]] std::vector<PrefilteredRegex> compile_regex_list(const JsonReader& patterns, bool ignore_case);

}  // namespace medlint

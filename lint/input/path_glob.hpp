// Globs over paths as config files write them ("articles/**", "*.md", "vendor/*").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medlint {

/// Whether `path` matches `glob`, as fnmatch(3) without FNM_PATHNAME: '*' matches any run of
/// characters including '/'. A leading "./" on either side is ignored.
[[nodiscard]] bool path_matches(std::string_view glob, std::string_view path);

/// Whether any of `globs` matches `path`.
[[nodiscard]] bool path_matches_any(const std::vector<std::string>& globs, std::string_view path);

}  // namespace medlint

#include "input/path_glob.hpp"

#include <fnmatch.h>

namespace medlint {

bool path_matches(std::string_view glob, std::string_view path) {
  if (path.rfind("./", 0) == 0) path.remove_prefix(2);
  if (glob.rfind("./", 0) == 0) glob.remove_prefix(2);
  return fnmatch(std::string(glob).c_str(), std::string(path).c_str(), 0) == 0;
}

bool path_matches_any(const std::vector<std::string>& globs, std::string_view path) {
  for (const std::string& glob : globs) {
    if (path_matches(glob, path)) return true;
  }
  return false;
}

}  // namespace medlint

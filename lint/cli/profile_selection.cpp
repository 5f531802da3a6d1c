#include "cli/profile_selection.hpp"

#include "core/errors.hpp"

namespace medlint {

namespace {

bool looks_like_file(const std::string& value) {
  return value.find('/') != std::string::npos || value.find('\\') != std::string::npos ||
         (value.size() > 5 && value.compare(value.size() - 5, 5, ".json") == 0);
}

}  // namespace

ProfileSelection resolve_profiles(const std::vector<std::string>& requested) {
  std::vector<std::string> files;
  for (const std::string& value : requested) {
    if (looks_like_file(value)) files.push_back(value);
  }
  ProfileSelection selection{load_profile_catalog(true, files), {}};
  for (const std::string& value : requested) {
    // A file selects the profile it defines, whatever the file is called.
    const std::string name = looks_like_file(value) ? load_profile(profile_source_from_file(value)).name : value;
    const auto index = selection.catalog.find(name);
    if (!index) {
      std::string known;
      for (const Profile& profile : selection.catalog.profiles()) known += (known.empty() ? "" : ", ") + profile.name;
      throw MedlintError("unknown profile '" + value + "' (known: " + known + ")");
    }
    selection.forced.push_back(*index);
  }
  return selection;
}

}  // namespace medlint

#include "cli/profile_selection.hpp"

#include "core/errors.hpp"

namespace medlint {

ProfileSelection resolve_profiles(const std::vector<std::string>& requested) {
  std::vector<std::string> files;
  for (const std::string& value : requested) {
    if (names_profile_file(value)) files.push_back(value);
  }
  ProfileSelection selection{load_profile_catalog(true, files), {}};
  for (const std::string& value : requested) {
    // A file selects the profile it defines, whatever the file is called.
    const std::string name = names_profile_file(value) ? load_profile(profile_source_from_file(value)).name : value;
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

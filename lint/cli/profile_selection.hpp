// --profile NAME|FILE (and the config's "profiles"): which reference profiles to load and
// which of them to force instead of detecting them per document.
#pragma once

#include <string>
#include <vector>

#include "claims/profile_catalog.hpp"

namespace medlint {

struct ProfileSelection {
  ProfileCatalog catalog;
  std::vector<std::size_t> forced;
};

/// NAME picks a built-in profile; FILE loads one (replacing a built-in profile of the same
/// name) and picks it. An unknown name is a MedlintError listing the known ones.
[[nodiscard]] ProfileSelection resolve_profiles(const std::vector<std::string>& requested);

}  // namespace medlint

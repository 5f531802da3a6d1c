// Fuzz target: rule packs, profiles and config files from arbitrary JSON (the first byte
// picks which). Load errors (MedlintError, LoadError) are the expected answer to bad input;
// any other exception or crash is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "claims/profile.hpp"
#include "core/errors.hpp"
#include "engine/config.hpp"
#include "rules/pack_loader.hpp"
#include "rules/rule_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace medlint;
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    switch (data[0] % 3) {
      case 0: {
        RuleSet set;
        set.add(load_pack({"fuzz-pack.json", text}));
        set.validate_references();
        break;
      }
      case 1:
        (void)load_profile({"fuzz-profile.json", "fuzz-profile", text});
        break;
      default:
        (void)parse_config_text(text, "/nonexistent/.medlint.json");
        break;
    }
  } catch (const MedlintError&) {
  }
  return 0;
}

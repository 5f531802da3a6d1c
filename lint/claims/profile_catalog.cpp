// Names are matched case-insensitively as whole words; one name belongs to one substance.
#include "claims/profile_catalog.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "rules/embedded.hpp"
#include "text/case_fold.hpp"

namespace medlint {

void ProfileCatalog::add(Profile profile, bool replace) {
  if (const auto existing = find(profile.name)) {
    if (!replace) throw LoadError(profile.origin, "/profile", "a profile named '" + profile.name + "' is already loaded");
    profiles_[*existing] = std::move(profile);
    return;
  }
  profiles_.push_back(std::move(profile));
}

namespace {

ProfileIndex build_index(const Profile& profile) {
  ProfileIndex index;
  std::vector<std::string> terms;
  auto add_terms = [&](const Indication& indication) {
    for (const std::string& term : indication.terms) {
      const std::string key = phrase_key(term, true);
      if (!index.approved_substances.count(key)) terms.push_back(term);
      index.approved_substances[key];  // known, perhaps approved for nothing
    }
  };
  std::vector<std::string> product_names;
  for (const Product& product : profile.products) {
    product_names.push_back(product.name);
    for (const Indication& indication : product.approved_for) {
      add_terms(indication);
      for (const std::string& term : indication.terms) {
        const std::string key = phrase_key(term, true);
        index.approved_substances[key].push_back(product.substance);
        index.approved_products[key].push_back(phrase_key(product.name, true));
      }
    }
  }
  index.product_names = TermList(std::move(product_names));
  for (const OffLabelUse& use : profile.off_label) add_terms(use.indication);
  index.indication_terms = TermList(std::move(terms));
  for (const Risk& risk : profile.risks) index.risk_terms.emplace_back(risk.terms);
  for (const Contraindication& item : profile.contraindications) index.contraindication_terms.emplace_back(item.terms);
  for (const Restriction& item : profile.restrictions) index.restriction_terms.emplace_back(item.terms);
  for (const DoseRange& dose : profile.doses) index.dose_use_terms.emplace_back(dose.use_terms);
  index.subject_terms = TermList(profile.subject_terms);
  index.subject_pronouns = TermList(profile.subject_pronouns);
  index.object_pronouns = TermList(profile.object_pronouns);
  index.unapproved_forms = TermList(profile.unapproved_forms);
  return index;
}

}  // namespace

void ProfileCatalog::finish() {
  indexes_.clear();
  for (const Profile& profile : profiles_) indexes_.push_back(build_index(profile));
  std::vector<std::string> names;
  by_key_.clear();
  for (std::size_t p = 0; p < profiles_.size(); ++p) {
    for (std::size_t s = 0; s < profiles_[p].substances.size(); ++s) {
      for (const std::string& name : profiles_[p].substances[s].names) {
        const std::string key = phrase_key(name, true);
        const auto [it, inserted] = by_key_.emplace(key, SubstanceRef{p, s});
        if (!inserted && !(it->second == SubstanceRef{p, s})) {
          const Profile& other = profiles_[it->second.profile];
          throw LoadError(profiles_[p].origin, "/substances/" + std::to_string(s) + "/names",
                          "the name '" + name + "' already names " + other.substances[it->second.substance].id +
                              " in profile " + other.name);
        }
        if (inserted) names.push_back(name);
      }
    }
  }
  if (!names.empty()) names_.emplace(std::move(names), true);
}

std::optional<std::size_t> ProfileCatalog::find(const std::string& name) const {
  for (std::size_t i = 0; i < profiles_.size(); ++i) {
    if (profiles_[i].name == name) return i;
  }
  return std::nullopt;
}

ProfileSource profile_source_from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MedlintError(path + ": cannot read profile");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return {path, std::filesystem::path(path).stem().string(), buffer.str()};
}

ProfileCatalog load_profile_catalog(bool with_defaults, const std::vector<std::string>& extra_files) {
  ProfileCatalog catalog;
  if (with_defaults) {
    for (const EmbeddedFile& file : embedded_files()) {
      if (file.name.rfind("rules/profiles/", 0) != 0) continue;
      const std::string name = std::filesystem::path(std::string(file.name)).stem().string();
      catalog.add(load_profile({std::string(file.name) + " (built in)", name, std::string(file.data)}));
    }
  }
  for (const std::string& path : extra_files) catalog.add(load_profile(profile_source_from_file(path)), true);
  catalog.finish();
  return catalog;
}

bool names_profile_file(std::string_view value) {
  return value.find('/') != std::string_view::npos || value.find('\\') != std::string_view::npos ||
         (value.size() > 5 && value.ends_with(".json"));
}

}  // namespace medlint

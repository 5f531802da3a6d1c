// Every loaded profile (built in, plus --profile files) and the one matcher that finds
// any of their substance names in a text.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claims/claim_sentence.hpp"
#include "claims/profile.hpp"
#include "rules/phrase_matcher.hpp"

namespace medlint {

struct SubstanceRef {
  std::size_t profile = 0;    ///< index into ProfileCatalog::profiles()
  std::size_t substance = 0;  ///< index into Profile::substances
  friend bool operator==(const SubstanceRef&, const SubstanceRef&) = default;
};

/// Term lists of one profile, compiled once: what claim checks look for in sentences.
struct ProfileIndex {
  TermList indication_terms;  ///< every approved and off-label indication term
  /// indication term key → substance ids that have a product approved for it
  std::unordered_map<std::string, std::vector<std::string>> approved_substances;
  TermList product_names;  ///< the products' names ("Ozempic", "Wegovy")
  /// indication term key → keys (phrase_key) of the product names approved for it
  std::unordered_map<std::string, std::vector<std::string>> approved_products;
  std::vector<TermList> risk_terms;              ///< parallel to Profile::risks
  std::vector<TermList> contraindication_terms;  ///< parallel to Profile::contraindications
  std::vector<TermList> restriction_terms;       ///< parallel to Profile::restrictions
  std::vector<TermList> dose_use_terms;          ///< parallel to Profile::doses
  TermList subject_terms;     ///< "the drug": a sentence using one is about the main substance
  TermList subject_pronouns;  ///< "it": the same when it opens the sentence
  TermList object_pronouns;   ///< "it" anywhere, in the sentence after one about the substance
  TermList unapproved_forms;  ///< "lozenges": forms no product of the profile comes in
};

class ProfileCatalog {
 public:
  /// Adds a profile. A second profile with the same name is a LoadError unless `replace`,
  /// which lets a user's file stand in for a built-in profile of that name.
  void add(Profile profile, bool replace = false);
  /// Builds the name matcher; call once after the last add().
  void finish();

  [[nodiscard]] const std::vector<Profile>& profiles() const { return profiles_; }
  [[nodiscard]] std::optional<std::size_t> find(const std::string& name) const;
  [[nodiscard]] const ProfileIndex& index(std::size_t profile) const { return indexes_[profile]; }

  /// The substance-name matcher, for the Engine's one-pass literal scan.
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const {
    if (names_) out.push_back(&*names_);
    for (const ProfileIndex& index : indexes_) {
      index.indication_terms.add_prefilter_clients(out);
      for (const TermList& terms : index.risk_terms) terms.add_prefilter_clients(out);
      for (const TermList& terms : index.contraindication_terms) terms.add_prefilter_clients(out);
      for (const TermList& terms : index.restriction_terms) terms.add_prefilter_clients(out);
      index.subject_terms.add_prefilter_clients(out);
      index.product_names.add_prefilter_clients(out);
      // Not the pronouns: they are read only in sentences that name nothing, and only there;
      // nor the unapproved forms, read only beside an approval claim.
    }
  }

  /// Calls on_mention(range, ref) for each substance name in `text`.
  template <class OnMention>
  void scan(std::string_view text, OnMention&& on_mention) const {
    if (!names_) return;
    names_->scan(text, [&](TextRange range) {
      const auto it = by_key_.find(names_->key_of(text.substr(range.begin, range.size())));
      if (it != by_key_.end()) on_mention(range, it->second);
    });
  }

 private:
  std::vector<Profile> profiles_;
  std::vector<ProfileIndex> indexes_;
  std::optional<PhraseMatcher> names_;
  std::unordered_map<std::string, SubstanceRef> by_key_;
};

/// The built-in profiles (rules/profiles/*.json) and any extra profile files.
[[nodiscard]] ProfileCatalog load_profile_catalog(bool with_defaults, const std::vector<std::string>& extra_files);

/// Reads a profile file from disk.
[[nodiscard]] ProfileSource profile_source_from_file(const std::string& path);

/// Whether a --profile or config "profiles" value names a file (it has a path separator or
/// ends in .json) rather than a profile.
[[nodiscard]] bool names_profile_file(std::string_view value);

}  // namespace medlint

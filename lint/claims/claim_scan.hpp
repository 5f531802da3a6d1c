// Walks the sentences of a document that are claims about a profiled substance: not
// questions, and about at least one substance (named, or "the drug" in a one-drug article).
#pragma once

#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

#include "claims/claim_sentence.hpp"
#include "rules/lint_context.hpp"

namespace medlint {

/// Calls on_sentence(sentence, about), or on_sentence(sentence, about, profile, index) with the
/// profile of the sentence's first substance and its index, for the rules that read those.
template <class OnSentence>
void for_each_claim_sentence(const LintContext& context, OnSentence&& on_sentence) {
  const DocumentProfiles* profiles = context.profiles();
  if (!profiles) return;
  for (const DocumentProfiles::ClaimSentence& claim : profiles->claim_sentences()) {
    if constexpr (std::is_invocable_v<OnSentence, TextRange, const std::vector<SubstanceRef>&, const Profile&, const ProfileIndex&>) {
      const std::size_t profile = claim.about.front().profile;
      on_sentence(claim.sentence, claim.about, profiles->catalog().profiles()[profile], profiles->catalog().index(profile));
    } else {
      on_sentence(claim.sentence, claim.about);
    }
  }
}

/// Whether a profile fact listed for `ids` (Substance ids; empty: every substance of the
/// profile) covers the substance `ref`.
[[nodiscard]] inline bool covers(const Profile& profile, const std::vector<std::string>& ids, const SubstanceRef& ref) {
  return ids.empty() || std::find(ids.begin(), ids.end(), profile.substances[ref.substance].id) != ids.end();
}

/// Whether one of the sentence's substances `about` is the substance `id` (a dose range's,
/// a restriction's).
[[nodiscard]] inline bool is_about(const Profile& profile, const std::vector<SubstanceRef>& about, const std::string& id) {
  return std::any_of(about.begin(), about.end(), [&](const SubstanceRef& ref) { return profile.substances[ref.substance].id == id; });
}

/// Whether a product of one of `candidates` is approved for the indication whose term has the
/// phrase_key `key` (ProfileIndex::approved_substances).
[[nodiscard]] inline bool substance_approved(const ProfileIndex& index, const Profile& profile,
                                             const std::vector<SubstanceRef>& candidates, const std::string& key) {
  const auto approved = index.approved_substances.find(key);
  return approved != index.approved_substances.end() &&
         std::any_of(candidates.begin(), candidates.end(), [&](const SubstanceRef& ref) {
           const std::string& id = profile.substances[ref.substance].id;
           return std::find(approved->second.begin(), approved->second.end(), id) != approved->second.end();
         });
}

/// "ketamine" or "ketamine and esketamine": the substance ids for a message.
[[nodiscard]] inline std::string substance_names(const ProfileCatalog& catalog, const std::vector<SubstanceRef>& refs) {
  std::string out;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (i > 0) out += i + 1 == refs.size() ? " and " : ", ";
    out += catalog.profiles()[refs[i].profile].substances[refs[i].substance].id;
  }
  return out;
}

}  // namespace medlint

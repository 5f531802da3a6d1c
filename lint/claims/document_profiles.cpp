// Main-profile choice: a forced profile wins; otherwise the profile with the most mentions,
// where a mention in the first line (the title) counts as three, and at least two in all.
#include "claims/document_profiles.hpp"

#include <algorithm>
#include <map>

#include "text/word_shape.hpp"

namespace medlint {

namespace {
constexpr std::size_t title_weight = 3;
constexpr std::size_t min_score = 2;
}  // namespace

DocumentProfiles::DocumentProfiles(const Document& document, const ProfileCatalog& catalog,
                                   const std::vector<std::size_t>& forced)
    : document_(&document), catalog_(&catalog) {
  const std::string_view text = document.text();
  catalog.scan(text, [&](TextRange range, SubstanceRef ref) {
    if (forced.empty() || std::find(forced.begin(), forced.end(), ref.profile) != forced.end()) {
      mentions_.push_back({range, ref});
    }
  });
  if (!forced.empty()) {
    main_ = forced.front();
  } else {
    const std::size_t first_line_start = text.find_first_not_of(" \t\n");
    const std::size_t title_end = first_line_start == std::string_view::npos ? 0 : line_end_of(text, first_line_start);
    std::map<std::size_t, std::size_t> score;
    for (const Mention& m : mentions_) score[m.ref.profile] += m.range.begin < title_end ? title_weight : 1;
    std::size_t best = 0;
    for (const auto& [profile, value] : score) {
      if (value >= min_score && value > best) {
        best = value;
        main_ = profile;
      }
    }
  }
  if (main_ && !catalog.profiles()[*main_].subject_terms.empty()) {
    subject_terms_.emplace(catalog.profiles()[*main_].subject_terms, true);
  }
  if (main_ && !catalog.profiles()[*main_].subject_pronouns.empty()) {
    subject_pronouns_.emplace(catalog.profiles()[*main_].subject_pronouns, true);
  }
}

std::vector<SubstanceRef> DocumentProfiles::named_in(TextRange range) const {
  std::vector<SubstanceRef> out;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), range.begin,
                             [](const Mention& m, std::size_t offset) { return m.range.begin < offset; });
  for (; it != mentions_.end() && it->range.begin < range.end; ++it) {
    if (std::find(out.begin(), out.end(), it->ref) == out.end()) out.push_back(it->ref);
  }
  return out;
}

std::vector<SubstanceRef> DocumentProfiles::about(TextRange range) const {
  std::vector<SubstanceRef> named = named_in(range);
  if (!named.empty() || !main_) return named;
  const std::string_view text = document_->text().substr(range.begin, range.size());
  bool refers = false;
  if (subject_terms_) subject_terms_->scan(text, [&](TextRange) { refers = true; });
  if (!refers && subject_pronouns_) {
    subject_pronouns_->scan(text, [&](TextRange r) { refers = refers || r.begin == 0; });
  }
  return refers ? main_substances() : named;
}

std::vector<SubstanceRef> DocumentProfiles::main_substances() const {
  std::vector<SubstanceRef> out;
  if (!main_) return out;
  for (const Mention& m : mentions_) {
    if (m.ref.profile == *main_ && std::find(out.begin(), out.end(), m.ref) == out.end()) out.push_back(m.ref);
  }
  if (out.empty()) {
    for (std::size_t s = 0; s < catalog_->profiles()[*main_].substances.size(); ++s) out.push_back({*main_, s});
  }
  return out;
}

}  // namespace medlint

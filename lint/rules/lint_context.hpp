// What a rule sees of one document: the Document itself and, computed on first use and
// shared by all claim rules, which reference profiles the document is about.
#pragma once

#include <optional>
#include <vector>

#include "claims/document_profiles.hpp"
#include "claims/profile_catalog.hpp"
#include "text/document.hpp"

namespace medlint {

class LintContext {
 public:
  LintContext(const Document& document, const ProfileCatalog* catalog, const std::vector<std::size_t>* forced)
      : document_(document), catalog_(catalog), forced_(forced) {}

  [[nodiscard]] const Document& document() const { return document_; }
  /// Nothing when the run has no profiles loaded.
  [[nodiscard]] const DocumentProfiles* profiles() const {
    if (!catalog_) return nullptr;
    if (!profiles_) profiles_.emplace(document_, *catalog_, forced_ ? *forced_ : no_profiles_);
    return &*profiles_;
  }

 private:
  const Document& document_;
  const ProfileCatalog* catalog_;
  const std::vector<std::size_t>* forced_;
  std::vector<std::size_t> no_profiles_;
  mutable std::optional<DocumentProfiles> profiles_;
};

}  // namespace medlint

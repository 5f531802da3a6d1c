// What a rule sees of one document: the Document itself and, computed on first use and
// shared by all claim rules, which reference profiles the document is about; and scratch
// state that rules reading the same options share (the two disclaimer rules search for the
// same two halves).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
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

  /// The state kept for `key` in this document, default-constructed on first use. Rules
  /// pass a key that names their options, so only rules that would compute the same answers
  /// share one; the type must be the same for every rule using a key.
  template <class T>
  [[nodiscard]] T& shared_state(const std::string& key) const {
    for (const auto& [k, value] : shared_) {
      if (k == key) return *static_cast<T*>(value.get());
    }
    shared_.emplace_back(key, std::make_shared<T>());
    return *static_cast<T*>(shared_.back().second.get());
  }

 private:
  const Document& document_;
  const ProfileCatalog* catalog_;
  const std::vector<std::size_t>* forced_;
  std::vector<std::size_t> no_profiles_;
  mutable std::optional<DocumentProfiles> profiles_;
  mutable std::vector<std::pair<std::string, std::shared_ptr<void>>> shared_;
};

}  // namespace medlint

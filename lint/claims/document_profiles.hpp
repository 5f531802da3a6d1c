// Which substances one document talks about: every mention of a profile's names, the main
// profile (by frequency, with the title counting extra), and which substances a sentence
// is about (named, or referred to as "the drug" in an article about one substance).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claims/profile_catalog.hpp"
#include "text/document.hpp"

namespace medlint {

struct Mention {
  TextRange range;
  SubstanceRef ref;
};

class DocumentProfiles {
 public:
  /// `forced`: profile indices chosen with --profile; empty for auto-detection.
  DocumentProfiles(const Document& document, const ProfileCatalog& catalog, const std::vector<std::size_t>& forced);

  [[nodiscard]] const ProfileCatalog& catalog() const { return *catalog_; }
  [[nodiscard]] const std::vector<Mention>& mentions() const { return mentions_; }
  /// The profile the document is about, if any.
  [[nodiscard]] std::optional<std::size_t> main_profile() const { return main_; }
  [[nodiscard]] const Profile* main() const { return main_ ? &catalog_->profiles()[*main_] : nullptr; }

  /// The mentions starting inside `range`, in text order.
  [[nodiscard]] std::span<const Mention> mentions_in(TextRange range) const;
  /// Substances named inside `range`, in order of first mention, without repeats.
  [[nodiscard]] std::vector<SubstanceRef> named_in(TextRange range) const;
  /// Substances `range` is about: those named in it or, when none is named and the text
  /// uses a subject term of the main profile ("the drug") or opens with one of its subject
  /// pronouns ("It is..."), the main profile's substances named in the last sentence before
  /// `range` that names any (all the main profile's substances when none does).
  [[nodiscard]] std::vector<SubstanceRef> about(TextRange range) const;
  /// The main profile's substances the document names (all of them when it names none).
  [[nodiscard]] std::vector<SubstanceRef> main_substances() const;

  struct ClaimSentence {
    TextRange sentence;
    std::vector<SubstanceRef> about;
  };
  /// Sentences that are not questions and are about a substance, computed once for all the
  /// claim rules of a document.
  [[nodiscard]] const std::vector<ClaimSentence>& claim_sentences() const;

 private:
  const Document* document_;
  const ProfileCatalog* catalog_;
  std::vector<Mention> mentions_;
  std::optional<std::size_t> main_;
  std::vector<SubstanceRef> main_substances_;
  mutable std::optional<std::vector<ClaimSentence>> claim_sentences_;
};

}  // namespace medlint

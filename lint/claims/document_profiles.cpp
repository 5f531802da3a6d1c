// Main-profile choice: a forced profile wins; otherwise the profile with the most mentions,
// where a mention in the first line (the title) counts as three, and at least two in all.
#include "claims/document_profiles.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "text/paragraph.hpp"
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
  if (main_) {
    for (const Mention& m : mentions_) {
      if (m.ref.profile == *main_ && std::find(main_substances_.begin(), main_substances_.end(), m.ref) == main_substances_.end()) {
        main_substances_.push_back(m.ref);
      }
    }
    if (main_substances_.empty()) {
      for (std::size_t s = 0; s < catalog.profiles()[*main_].substances.size(); ++s) main_substances_.push_back({*main_, s});
    }
  }
}

const std::vector<DocumentProfiles::ClaimSentence>& DocumentProfiles::claim_sentences() const {
  if (claim_sentences_) return *claim_sentences_;
  claim_sentences_.emplace();
  if (mentions_.empty() && !main_) return *claim_sentences_;
  const std::string_view text = document_->text();
  const TermList* object_pronouns = main_ ? &catalog_->index(*main_).object_pronouns : nullptr;
  bool previous_claims = false;  // whether the sentence before is a claim (the last one found)
  for (const TextRange& sentence : document_->sentences()) {
    const ClaimSentence* before = std::exchange(previous_claims, false) ? &claim_sentences_->back() : nullptr;
    if (ClaimReading::is_question(text, sentence)) continue;
    std::vector<SubstanceRef> refs = about(sentence);
    // "Semaglutide is safe for everyone. Even pregnant women can use it." The pronoun goes
    // on from the sentence before, in the same paragraph; a sentence naming something does not.
    if (refs.empty() && before && object_pronouns && same_paragraph(text, before->sentence, sentence) &&
        object_pronouns->any_in(text, sentence)) {
      refs = before->about;
    }
    if (refs.empty()) continue;
    claim_sentences_->push_back({sentence, std::move(refs)});
    previous_claims = true;
  }
  return *claim_sentences_;
}

std::span<const Mention> DocumentProfiles::mentions_in(TextRange range) const {
  const auto starts_before = [](const Mention& m, std::size_t offset) { return m.range.begin < offset; };
  const auto first = std::lower_bound(mentions_.begin(), mentions_.end(), range.begin, starts_before);
  const auto last = std::lower_bound(first, mentions_.end(), range.end, starts_before);
  return {first, last};
}

std::vector<SubstanceRef> DocumentProfiles::named_in(TextRange range) const {
  std::vector<SubstanceRef> out;
  for (const Mention& mention : mentions_in(range)) {
    if (std::find(out.begin(), out.end(), mention.ref) == out.end()) out.push_back(mention.ref);
  }
  return out;
}

std::vector<SubstanceRef> DocumentProfiles::about(TextRange range) const {
  std::vector<SubstanceRef> named = named_in(range);
  if (!named.empty() || !main_) return named;
  const std::string_view text = document_->text();
  const ProfileIndex& index = catalog_->index(*main_);
  bool refers = index.subject_terms.any_in(text, range);
  if (!refers) refers = index.subject_pronouns.opens(text, range);
  if (!refers) return named;
  // "Q: How does ketamine work? A: ... It has been proven to..." on a page about Spravato and
  // ketamine: "It" is the substance named last, not every substance of the profile.
  if (main_substances_.size() < 2) return main_substances_;
  const auto starts_before = [](const Mention& m, std::size_t offset) { return m.range.begin < offset; };
  for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), range.begin, starts_before); it != mentions_.begin();) {
    --it;
    if (it->ref.profile != *main_) continue;
    const std::optional<TextRange> sentence = document_->sentence_at(it->range.begin);
    if (!sentence) break;
    std::vector<SubstanceRef> last;
    for (const SubstanceRef ref : named_in(*sentence)) {
      if (ref.profile == *main_) last.push_back(ref);
    }
    return last;
  }
  return main_substances_;
}

std::vector<SubstanceRef> DocumentProfiles::main_substances() const { return main_substances_; }

}  // namespace medlint

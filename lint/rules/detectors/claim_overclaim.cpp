// Detector `overclaim`: "proven", "cure", "guaranteed", "miracle", "100% effective",
// "no side effects" in a sentence about a profiled substance, unless negated ("no cure") or,
// when the rule has hedges, said of some people only ("most participants had no serious side
// effects": a trial result, not a claim about the drug). With `risk_denials`, also a denial
// ("does not cause", "won't lead to", "is not") followed within `risk_denial_window` words of the
// same clause by a term of one of the substance's major risks: "semaglutide does not cause
// thyroid cancer", "kratom is not addictive". A term inside one of `not_within` ("cure-resistant",
// a spinner's "treatment-resistant"; "cure rate") is another word, not the claim. A term of
// `proof_terms` ("proven to") said, in its clause, of a use a product of the substance is
// approved for ("has been proven to help with chronic weight management", of semaglutide) is
// what the trials behind that approval showed: no overclaim. A term of `unnamed_terms`
// ("results are guaranteed", "guaranteed weight loss") is a claim on a page with a main
// substance even in a sentence naming none: the outcome promised there is the product's. A
// term of `imperatives` that opens its sentence gives an order, it claims nothing: a spinner's
// "Guarantee that your pen is kept cold" for "Make sure that". With `superlatives`, a
// superlative ("the most effective", "the fastest-acting") followed within `superlative_window`
// words of its clause by one of `superlative_ends` ("ever made", "available", "on the
// market") ranks the substance above every other: "the most effective diabetes drug ever
// made". Right after one of `superlative_shares` ("one of the most effective"), it ranks
// nothing alone.
#include <algorithm>
#include <set>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

struct Superlatives {
  TermList openers;  ///< "the most effective", "the best"
  TermList ends;     ///< "ever made", "available": what makes the rank absolute
  TermList shares;   ///< "one of", "among": right before an opener, the rank is shared
  std::size_t window = 4;  ///< words allowed between an opener and an end
};

class Overclaim : public Rule {
 public:
  Overclaim(RuleMeta meta, TermList terms, TermList unnamed_terms, TermList imperatives, TermList not_within,
            std::set<std::string> proof_terms, TermList risk_denials, std::size_t risk_denial_window, Superlatives superlatives,
            ClaimReading reading)
      : Rule(std::move(meta)),
        terms_(std::move(terms)),
        unnamed_terms_(std::move(unnamed_terms)),
        imperatives_(std::move(imperatives)),
        not_within_(std::move(not_within)),
        proof_terms_(std::move(proof_terms)),
        risk_denials_(std::move(risk_denials)),
        risk_denial_window_(risk_denial_window),
        superlatives_(std::move(superlatives)),
        reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about) {
      for (const TextRange term : terms_.find(text, sentence)) {
        if (!claimed(text, sentence, term) || inside_other_word(text, sentence, term) || opens_as_order(text, sentence, term) ||
            proves_approved_use(*context.profiles(), about, text, sentence, term)) {
          continue;
        }
        out.push_back(span_finding_with(document, term, {{"substance", substance_names(context.profiles()->catalog(), about)}}));
        return;
      }
      if (const std::optional<TextRange> rank = superlative(*context.profiles(), about, text, sentence)) {
        out.push_back(span_finding_with(document, *rank, {{"substance", substance_names(context.profiles()->catalog(), about)}}));
        return;
      }
      if (risk_denials_.empty()) return;
      // Most sentences name no major risk: look for one before looking for a denial.
      const std::vector<TextRange> risks = major_risk_terms(*context.profiles(), about, text, sentence);
      if (risks.empty()) return;
      for (const TextRange denial : risk_denials_.find(text, sentence)) {
        if (!claimed(text, sentence, denial)) continue;
        for (const TextRange risk : risks) {
          if (risk.begin < denial.end) continue;
          // "is not regulated; liver damage...": the risk term is in another clause.
          if (words_between(*context.profiles(), text, {denial.end, risk.begin}) > risk_denial_window_ ||
              clause_around(text, sentence, denial.begin).end < risk.end) {
            break;
          }
          // "is not usually fatal" denies nothing outright.
          if (reading_.hedges.any_in(text, {denial.end, risk.begin})) break;
          out.push_back(span_finding_with(document, TextRange{denial.begin, risk.end},
                                          {{"substance", substance_names(context.profiles()->catalog(), about)}}));
          return;
        }
      }
    });
    if (!unnamed_terms_.empty()) check_unnamed(context, out);
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    terms_.add_prefilter_clients(out);
    unnamed_terms_.add_prefilter_clients(out);
    superlatives_.openers.add_prefilter_clients(out);
  }

 private:
  // The sentences that name no substance (claim sentences are checked above) on a page with a
  // main substance: "Results are guaranteed or your money back!" on a semaglutide clinic's page.
  void check_unnamed(const LintContext& context, std::vector<Finding>& out) const {
    const DocumentProfiles* profiles = context.profiles();
    if (!profiles) return;
    const std::vector<SubstanceRef> main = profiles->main_substances();
    if (main.empty()) return;
    const Document& document = context.document();
    const std::string_view text = document.text();
    const std::vector<DocumentProfiles::ClaimSentence>& claims = profiles->claim_sentences();
    auto next_claim = claims.begin();
    for (const TextRange sentence : document.sentences()) {
      while (next_claim != claims.end() && next_claim->sentence.begin < sentence.begin) ++next_claim;
      if (next_claim != claims.end() && next_claim->sentence.begin == sentence.begin) continue;
      if (ClaimReading::is_question(text, sentence)) continue;
      for (const TextRange term : unnamed_terms_.find(text, sentence)) {
        if (!claimed(text, sentence, term)) continue;
        out.push_back(span_finding_with(document, term, {{"substance", substance_names(profiles->catalog(), main)}}));
        break;
      }
    }
  }

  // Words in `gap` that are not a substance's name: "no link between semaglutide and thyroid
  // cancer" puts one ("and") between the denial and the risk.
  static std::size_t words_between(const DocumentProfiles& profiles, std::string_view text, TextRange gap) {
    std::size_t words = count_words(text.substr(gap.begin, gap.size()));
    for (const Mention& mention : profiles.mentions_in(gap)) {
      if (mention.range.end > gap.end) break;
      words -= std::min(words, count_words(text.substr(mention.range.begin, mention.range.size())));
    }
    return words;
  }

  [[nodiscard]] bool claimed(std::string_view text, TextRange sentence, TextRange term) const {
    if (!reading_.asserted(text, sentence, term) || ClaimReading::quoted(text, sentence, term)) return false;
    return reading_.hedges.empty() || !reading_.hedged(text, sentence, term);
  }

  // The terms of the major risks of the substances the sentence is about, in text order.
  static std::vector<TextRange> major_risk_terms(const DocumentProfiles& profiles, const std::vector<SubstanceRef>& about,
                                                 std::string_view text, TextRange sentence) {
    std::vector<TextRange> out;
    for (const SubstanceRef& ref : about) {
      const Profile& profile = profiles.catalog().profiles()[ref.profile];
      const ProfileIndex& index = profiles.catalog().index(ref.profile);
      for (std::size_t i = 0; i < profile.risks.size(); ++i) {
        if (!profile.risks[i].major) continue;
        for (const TextRange risk : index.risk_terms[i].find(text, sentence)) out.push_back(risk);
      }
    }
    std::sort(out.begin(), out.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });
    return out;
  }

  // Whether `term` is a proof term followed, in its clause, by an indication a product of one
  // of the substances is approved for.
  bool proves_approved_use(const DocumentProfiles& profiles, const std::vector<SubstanceRef>& about, std::string_view text,
                           TextRange sentence, TextRange term) const {
    if (!proof_terms_.count(phrase_key(text.substr(term.begin, term.size()), true))) return false;
    const TextRange after{term.end, std::max(term.end, clause_around(text, sentence, term.begin).end)};
    for (const SubstanceRef& ref : about) {
      const Profile& profile = profiles.catalog().profiles()[ref.profile];
      const ProfileIndex& index = profiles.catalog().index(ref.profile);
      for (const TextRange use : index.indication_terms.find(text, after)) {
        if (substance_approved(index, profile, {ref}, phrase_key(text.substr(use.begin, use.size()), true))) return true;
      }
    }
    return false;
  }

  // Whether `term` is one of `imperatives_` and only spaces, quotes or list marks stand before
  // it in its sentence.
  bool opens_as_order(std::string_view text, TextRange sentence, TextRange term) const {
    if (imperatives_.empty()) return false;
    const std::string_view before = text.substr(sentence.begin, term.begin - sentence.begin);
    if (before.find_first_not_of(" \t\n\"'*-\xE2\x80\xA2\x9C") != std::string_view::npos) return false;
    return imperatives_.opens(text, TextRange{term.begin, sentence.end});
  }

  // An opener and an end of `superlatives_` in one clause, at most `window` words apart, the
  // opener claimed and not right after a share ("one of"), and the substance named before it
  // (or a pronoun or subject term for it): the span from the opener to the end. "The safest
  // option available to patients who cannot take ketamine is therapy" ranks therapy.
  std::optional<TextRange> superlative(const DocumentProfiles& profiles, const std::vector<SubstanceRef>& about, std::string_view text,
                                       TextRange sentence) const {
    if (superlatives_.openers.empty()) return std::nullopt;
    const ProfileIndex& index = profiles.catalog().index(about.front().profile);
    for (const TextRange opener : superlatives_.openers.find(text, sentence)) {
      // "the best-studied": a compound the openers do not list is another word.
      if (opener.end < text.size() && text[opener.end] == '-') continue;
      const TextRange before{sentence.begin, opener.begin};
      if (profiles.named_in(before).empty() && !index.subject_pronouns.any_in(text, before) && !index.subject_terms.any_in(text, before)) {
        continue;
      }
      const TextRange clause = clause_around(text, sentence, opener.begin);
      const TextRange rest{opener.end, std::max(opener.end, clause.end)};
      for (const TextRange end : superlatives_.ends.find(text, rest)) {
        if (count_words(text.substr(opener.end, end.begin - opener.end)) > superlatives_.window) break;
        if (shared_rank(text, sentence, opener) || !claimed(text, sentence, opener)) break;
        return TextRange{opener.begin, end.end};
      }
    }
    return std::nullopt;
  }

  // Whether a share ends right before `opener`, only blanks between.
  bool shared_rank(std::string_view text, TextRange sentence, TextRange opener) const {
    for (const TextRange share : superlatives_.shares.find(text, TextRange{sentence.begin, opener.begin})) {
      if (text.substr(share.end, opener.begin - share.end).find_first_not_of(" \t") == std::string_view::npos) return true;
    }
    return false;
  }

  // Whether `term` lies inside a match of `not_within_` in its sentence.
  bool inside_other_word(std::string_view text, TextRange sentence, TextRange term) const {
    return !not_within_.empty() && any_covers(not_within_.find(text, sentence), term);
  }

  TermList terms_;
  TermList unnamed_terms_;
  TermList imperatives_;
  TermList not_within_;
  std::set<std::string> proof_terms_;  ///< phrase keys
  TermList risk_denials_;
  std::size_t risk_denial_window_;
  Superlatives superlatives_;
  ClaimReading reading_;
};

Superlatives read_superlatives(const JsonReader& options) {
  Superlatives out;
  out.openers = TermList::read(options, "superlatives", std::vector<std::string>{});
  out.ends = TermList::read(options, "superlative_ends", std::vector<std::string>{});
  out.shares = TermList::read(options, "superlative_shares", std::vector<std::string>{});
  if (!out.openers.terms().empty() && out.ends.terms().empty()) options.at("superlatives").fail("needs \"superlative_ends\" too");
  if (options.find("superlative_window")) out.window = options.at("superlative_window").count();
  return out;
}

}  // namespace

std::unique_ptr<Rule> make_overclaim(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"terms", "unnamed_terms", "imperatives", "not_within", "proof_terms", "risk_denials", "risk_denial_window", "superlatives", "superlative_ends",
                         "superlative_shares", "superlative_window", "negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech",
                          "negation_window", "hedges", "conditions", "clause_joins"});
  const std::size_t window = options.find("risk_denial_window") ? options.at("risk_denial_window").count() : 1;
  std::set<std::string> proof_terms;
  if (const auto proof = options.find("proof_terms")) {
    std::set<std::string> term_keys;
    for (const std::string& term : options.at("terms").strings()) term_keys.insert(phrase_key(term, true));
    for (const std::string& term : proof->strings()) {
      // A proof term that is not a term is never matched: a typo the author should hear of.
      if (!term_keys.count(phrase_key(term, true))) proof->fail("'" + term + "' is not one of the rule's terms");
      proof_terms.insert(phrase_key(term, true));
    }
  }
  return std::make_unique<Overclaim>(std::move(meta), TermList::read(options, "terms"),
                                     TermList::read(options, "unnamed_terms", std::vector<std::string>{}),
                                     TermList::read(options, "imperatives", std::vector<std::string>{}),
                                     TermList::read(options, "not_within", std::vector<std::string>{}), std::move(proof_terms),
                                     TermList::read(options, "risk_denials", std::vector<std::string>{}), window,
                                     read_superlatives(options), ClaimReading::read(options, options.find("hedges").has_value()));
}

}  // namespace medlint

// Detector `regulatory_status`: an approval claim ("FDA approved", "approved for") next to
// an indication that no product of the substance is approved for. The substance is the
// one named in the same part of the sentence (split at ';'), else the article's main one.
// An indication counts only when no scope break ("but", "off-label", "while") stands
// between it and the approval term: "approved for anaesthesia but used off-label for
// depression" claims no approval for depression. Where the part names products ("Ozempic"),
// one of them must be approved for the indication: a sibling product of the same substance
// ("Wegovy") does not make the claim true; with several products named and a distributive
// word between them and the approval term ("Ozempic and Wegovy are both approved for"),
// each of them must be; a product followed by a class extender ("Ozempic and other similar
// semaglutide drugs", the rule's `class_extenders`) makes the claim the substance's. An
// indication inside a clause that one of the rule's `subordinators` opens and a comma closes
// before the approval term ("While Wegovy has the ingredient used to treat diabetes, it was
// approved to treat weight loss") is not what the approval is said of. A form of a drug that is never FDA-approved
// ("compounded", the rule's `unapproved_forms`), or a form no product of the profile comes in
// (the profile's `unapproved_forms`: ketamine "lozenges"; nicotine lozenges are approved, so
// the form is the drug's), named before the approval term makes the claim false, with or
// without an indication, and so does any approval claimed for a
// substance with no approved product (kratom). A claim in quotation marks inside the page's
// sentence ("its site says the pills are "FDA approved"") is one the page reports.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>

#include "claims/claim_scan.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

class RegulatoryStatus : public Rule {
 public:
  RegulatoryStatus(RuleMeta meta, TermList approval_terms, TermList scope_breaks, TermList subordinators, TermList unapproved_forms,
                   TermList distributive_terms, TermList class_extenders, TermList predicates, std::size_t predicate_window,
                   TermList complement_articles, TermList complement_breaks, std::size_t complement_window, TermList purposes,
                   ClaimReading reading)
      : Rule(std::move(meta)),
        approval_terms_(std::move(approval_terms)),
        scope_breaks_(std::move(scope_breaks)),
        subordinators_(std::move(subordinators)),
        class_extenders_(std::move(class_extenders)),
        unapproved_forms_(std::move(unapproved_forms)),
        distributive_terms_(std::move(distributive_terms)),
        predicates_(std::move(predicates)),
        predicate_window_(predicate_window),
        complement_articles_(std::move(complement_articles)),
        complement_breaks_(std::move(complement_breaks)),
        complement_window_(complement_window),
        purposes_(std::move(purposes)),
        reading_(std::move(reading)) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>&) {
      const std::vector<TextRange> terms = approval_terms_.find(text, sentence);
      for (std::size_t k = 0; k < terms.size(); ++k) {
        const TextRange term = terms[k];
        if (!reading_.asserted(text, sentence, term) || ClaimReading::quoted(text, sentence, term)) continue;
        const TextRange part = own_part(*profiles, text, part_around(text, sentence, term.begin), terms, k);
        std::vector<SubstanceRef> candidates = profiles->named_in(part);
        if (candidates.empty()) candidates = profiles->main_substances();
        if (candidates.empty()) continue;
        const Profile& profile = profiles->catalog().profiles()[candidates.front().profile];
        const ProfileIndex& index = profiles->catalog().index(candidates.front().profile);
        const std::vector<TextRange> breaks = scope_breaks_.find(text, part);
        std::vector<std::string> products;  // keys of the product names in the part
        std::vector<TextRange> product_ranges;
        std::size_t products_before = 0;  // named before the term: what a distributive word there is said of
        for (const TextRange name : index.product_names.find(text, part)) {
          products.push_back(phrase_key(text.substr(name.begin, name.size()), true));
          product_ranges.push_back(name);
          if (name.end <= term.begin) ++products_before;
        }
        // "Ozempic and Wegovy are both approved for", "Both Ozempic and Wegovy are approved
        // for": each of them is claimed to be. Not "the ingredient in both drugs is approved
        // for X as Ozempic and for Y as Wegovy", which names them after the term.
        const bool each_product = products_before >= 2 && distributive_terms_.any_in(text, TextRange{part.begin, term.begin});
        // "Ozempic and other similar semaglutide drugs ... have been FDA-approved for obesity":
        // the claim is made of the class, so the substance's approvals answer it.
        if (class_named(text, product_ranges, term)) products.clear();
        const std::vector<TextRange> indications = index.indication_terms.find(text, part);
        if (const auto form = unapproved_form(text, part, breaks, term, product_ranges, index)) {
          out.push_back(
              form_finding(*profiles, document, term, *form, indications, breaks, substance_names(profiles->catalog(), candidates)));
          return;
        }
        // A substance with no approved product at all: any approval claimed for it is false,
        // whatever the use, when the approval is said of it.
        if (products.empty() && !has_approved_product(profile, candidates)) {
          if (!said_of_named(*profiles, text, part, term, candidates, breaks, indications)) continue;
          const std::optional<TextRange> indication = first_unbroken(indications, breaks, term);
          out.push_back(span_finding_with(document, term,
                                          {{"substance", substance_names(profiles->catalog(), candidates)},
                                           {"indication", indication ? text.substr(indication->begin, indication->size()) : "this use"},
                                           {"approved", approved_list(profile, candidates, {})}}));
          return;
        }
        for (const TextRange indication : indications) {
          if (broken_between(breaks, term, indication)) continue;
          if (in_subordinate_clause(text, part, indication, term)) continue;
          const std::string key = phrase_key(text.substr(indication.begin, indication.size()), true);
          // The products the claim fails for: any of them holding it will do, unless each is claimed to.
          std::vector<std::string> lacking;
          if (each_product) {
            std::copy_if(products.begin(), products.end(), std::back_inserter(lacking),
                         [&](const std::string& product) { return !product_approved(index, {product}, key); });
            if (lacking.empty()) continue;
          } else if (products.empty() ? substance_approved(index, profile, candidates, key) : product_approved(index, products, key)) {
            continue;
          } else {
            lacking = products;
          }
          const std::string named = lacking.empty() ? substance_names(profiles->catalog(), candidates) : product_names(profile, lacking);
          out.push_back(span_finding_with(document, term,
                                          {{"substance", named},
                                           {"indication", text.substr(indication.begin, indication.size())},
                                           {"approved", approved_list(profile, candidates, lacking)}}));
          return;
        }
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    approval_terms_.add_prefilter_clients(out);
  }

 private:
  // "Ketamine is FDA approved as an anesthetic, and esketamine (Spravato) is approved for
  // depression": two approvals, the second said of a name after a comma, are two claims; the
  // comma before that name divides the part between them.
  // `terms` are the sentence's approval terms, `k` the one the part is for.
  static TextRange own_part(const DocumentProfiles& profiles, std::string_view text, TextRange part, const std::vector<TextRange>& terms,
                            std::size_t k) {
    const TextRange term = terms[k];
    // The last comma between two neighbouring approval terms of the part with a name after it.
    const auto divide = [&](TextRange first, TextRange second) -> std::optional<std::size_t> {
      if (first.begin < part.begin || second.end > part.end) return std::nullopt;
      const std::string_view between = text.substr(first.end, second.begin - first.end);
      const std::size_t comma = between.rfind(',');
      if (comma == std::string_view::npos || profiles.named_in({first.end + comma, second.begin}).empty()) return std::nullopt;
      return first.end + comma;
    };
    TextRange own = part;
    if (k > 0) {
      if (const auto comma = divide(terms[k - 1], term)) own.begin = *comma + 1;
    }
    if (k + 1 < terms.size()) {
      if (const auto comma = divide(term, terms[k + 1])) own.end = *comma;
    }
    return own;
  }

  static TextRange part_around(std::string_view text, TextRange sentence, std::size_t offset) {
    std::size_t begin = offset;
    while (begin > sentence.begin && text[begin - 1] != ';') --begin;
    std::size_t end = offset;
    while (end < sentence.end && text[end] != ';') ++end;
    return {begin, end};
  }

  // An unapproved form ("compounded") named before the approval term in the part, with no
  // scope break before the term: "our compounded semaglutide is FDA approved". A form after the
  // term ("FDA-approved, then compounded") is not what the approval is said of, nor is it when
  // a product stands between the form and the term ("compounded semaglutide has the same
  // ingredient as Ozempic, which is FDA approved") or right after the term ("the same
  // ingredient as FDA-approved Wegovy"). A product named later in the part ("... is FDA
  // approved and contains the same ingredient as Ozempic") leaves the claim on the form.
  // A form named before the approval term: a form no drug comes in approved (`unapproved_forms`:
  // "compounded"), or one no product of this profile comes in (the profile's: "lozenges").
  struct FormNamed {
    TextRange range;
    bool profile_form = false;
  };

  std::optional<FormNamed> unapproved_form(std::string_view text, TextRange part, const std::vector<TextRange>& breaks, TextRange term,
                                           const std::vector<TextRange>& products, const ProfileIndex& index) const {
    // "Unlike compounded products, semaglutide is approved": a break before the form cuts it off too.
    if (std::any_of(breaks.begin(), breaks.end(), [&](TextRange b) { return b.end <= term.begin; })) return std::nullopt;
    const bool product_follows_term = std::any_of(products.begin(), products.end(), [&](TextRange name) {
      if (name.begin < term.end) return false;
      const std::string_view gap = text.substr(term.end, name.begin - term.end);
      return gap.find_first_not_of(" \t") == std::string_view::npos;
    });
    if (product_follows_term) return std::nullopt;
    for (const TermList* forms : {&unapproved_forms_, &index.unapproved_forms}) {
      for (const TextRange form : forms->find(text, part)) {
        if (form.end > term.begin) continue;
        const bool product_between = std::any_of(products.begin(), products.end(),
                                                 [&](TextRange name) { return name.begin >= form.end && name.end <= term.begin; });
        if (!product_between) return FormNamed{form, forms == &index.unapproved_forms};
      }
    }
    return std::nullopt;
  }

  // "'FDA approved': weight loss is not among the approved uses of compounded semaglutide
  // (approved: none; compounded preparations are not FDA-approved)"; of a profile's form,
  // "... of ketamine lozenges (approved: none; no approved product comes in this form)". A
  // form that holds the substance's name ("oral ketamine") is named as written.
  Finding form_finding(const DocumentProfiles& profiles, const Document& document, TextRange term, FormNamed form,
                       const std::vector<TextRange>& indications, const std::vector<TextRange>& breaks,
                       const std::string& substance) const {
    const std::string_view text = document.text();
    const std::optional<TextRange> indication = first_unbroken(indications, breaks, term);
    const std::string form_name = phrase_key(text.substr(form.range.begin, form.range.size()), true);
    std::string named = form_name + " " + substance;
    if (form.profile_form) named = profiles.named_in(form.range).empty() ? substance + " " + form_name : form_name;
    return span_finding_with(document, term,
                             {{"substance", named},
                              {"indication", indication ? std::string(text.substr(indication->begin, indication->size()))
                                                        : std::string("this use")},
                              {"approved", form.profile_form ? std::string("none; no approved product comes in this form")
                                                             : "none; " + form_name + " preparations are not FDA-approved"}});
  }

  // The first indication no scope break cuts off from the approval term.
  static std::optional<TextRange> first_unbroken(const std::vector<TextRange>& indications, const std::vector<TextRange>& breaks,
                                                 TextRange term) {
    const auto found = std::find_if(indications.begin(), indications.end(), [&](TextRange i) { return !broken_between(breaks, term, i); });
    return found == indications.end() ? std::nullopt : std::optional<TextRange>(*found);
  }

  // Whether the approval is said of a candidate substance: named right after the term
  // ("FDA-approved kratom", within `predicate_window` words), or named before it with one of
  // the rule's `predicates` ("is", "has been") at most `predicate_window` words before the
  // term ("kratom is FDA approved"), or with a predicate and a complement the term describes
  // ("kratom is a dietary supplement approved for sale", predicate_complement), or in a
  // search-keyword title (keyword_title), and no
  // scope break before the term ("Unlike kratom, buprenorphine is FDA approved").
  // "Kratom interacts with FDA-approved drugs" and "the FDA-approved drugs do not include
  // kratom" say nothing of kratom's approval.
  bool said_of_named(const DocumentProfiles& profiles, std::string_view text, TextRange part, TextRange term,
                     const std::vector<SubstanceRef>& candidates, const std::vector<TextRange>& breaks,
                     const std::vector<TextRange>& indications) const {
    if (std::any_of(breaks.begin(), breaks.end(), [&](TextRange b) { return b.end <= term.begin; })) return false;
    std::optional<TextRange> before;  // the candidates' last mention before the term
    for (const Mention& mention : profiles.mentions()) {
      if (std::find(candidates.begin(), candidates.end(), mention.ref) == candidates.end()) continue;
      const TextRange name = mention.range;
      if (name.begin >= term.end && name.end <= part.end &&
          count_words(text.substr(term.end, name.begin - term.end)) <= predicate_window_) {
        return true;
      }
      if (name.begin >= part.begin && name.end <= term.begin && (!before || name.end > before->end)) before = name;
    }
    if (!before) return false;
    const std::vector<TextRange> found = predicates_.find(text, TextRange{before->end, term.begin});
    if (!found.empty() && count_words(text.substr(found.back().end, term.begin - found.back().end)) <= predicate_window_) return true;
    if (!found.empty() && predicate_complement(text, TextRange{found.back().end, term.begin})) return true;
    return keyword_title(text, part, *before, term, indications);
  }

  // Between a predicate and the term, a complement the term describes: one of the rule's
  // `complement_articles` ("a", "an") and at most `complement_window` words, none of them a
  // `complement_breaks` word and no punctuation ("is a dietary supplement approved for sale").
  // The complement is the name's: "is" makes them one thing. Not "is an alternative to drugs
  // approved for pain" nor "is a plant that grows beside crops approved for sale": there the
  // term describes another noun.
  bool predicate_complement(std::string_view text, TextRange between) const {
    while (between.begin < between.end && (text[between.begin] == ' ' || text[between.begin] == '\t')) ++between.begin;
    if (between.begin == between.end || !complement_articles_.opens(text, between)) return false;
    const std::string_view words = text.substr(between.begin, between.size());
    if (words.find_first_of(",;:()\"") != std::string_view::npos) return false;
    if (count_words(words) > complement_window_ + 1) return false;  // + 1: the article
    return !complement_breaks_.any_in(text, between);
  }

  // A search-keyword title with no verb ("kratom for opioid withdrawal fda approved"): the
  // name, then one of the rule's `purposes` ("for", "to treat"), then a use from the profile
  // and the term with only blanks between, and no word after the term in its part. Or the
  // other order, the name right before the term, then a purpose and a use ending the part:
  // "kratom fda approved for pain".
  bool keyword_title(std::string_view text, TextRange part, TextRange name, TextRange term,
                     const std::vector<TextRange>& indications) const {
    const auto blank = [&](std::size_t begin, std::size_t end) {
      return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end),
                         [](char c) { return c == ' ' || c == '\t'; });
    };
    const auto no_word_after = [&](std::size_t from) {
      return std::none_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                          text.begin() + static_cast<std::ptrdiff_t>(std::max(part.end, from)),
                          [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    };
    if (blank(name.end, term.begin)) {
      const std::vector<TextRange> after = purposes_.find(text, TextRange{term.end, std::max(part.end, term.end)});
      if (after.empty() || !blank(term.end, after.front().begin)) return false;
      return std::any_of(indications.begin(), indications.end(), [&](TextRange use) {
        return use.begin >= after.front().end && blank(after.front().end, use.begin) && no_word_after(use.end);
      });
    }
    const std::vector<TextRange> purposes = purposes_.find(text, TextRange{name.end, term.begin});
    if (purposes.empty() || !blank(name.end, purposes.front().begin)) return false;
    const bool use_before_term = std::any_of(indications.begin(), indications.end(), [&](TextRange use) {
      return use.begin >= purposes.front().end && use.end <= term.begin && blank(use.end, term.begin);
    });
    return use_before_term && no_word_after(term.end);
  }

  // A product name before the term followed, across blanks, by a class extender ("and other").
  bool class_named(std::string_view text, const std::vector<TextRange>& products, TextRange term) const {
    return std::any_of(products.begin(), products.end(), [&](TextRange name) {
      if (name.end > term.begin) return false;
      const std::vector<TextRange> found = class_extenders_.find(text, TextRange{name.end, term.begin});
      if (found.empty()) return false;
      const std::string_view gap = text.substr(name.end, found.front().begin - name.end);
      return gap.find_first_not_of(" \t") == std::string_view::npos;
    });
  }

  // An indication before the term, after a subordinator ("while", "although"), with a comma
  // between it and the term: the clause the subordinator opened ended at that comma.
  bool in_subordinate_clause(std::string_view text, TextRange part, TextRange indication, TextRange term) const {
    if (indication.end > term.begin) return false;
    if (text.substr(indication.end, term.begin - indication.end).find(',') == std::string_view::npos) return false;
    return subordinators_.any_in(text, TextRange{part.begin, indication.begin});
  }

  // Whether a scope break lies between the approval term and the indication.
  static bool broken_between(const std::vector<TextRange>& breaks, TextRange term, TextRange indication) {
    const TextRange between = indication.begin >= term.end ? TextRange{term.end, indication.begin} : TextRange{indication.end, term.begin};
    return std::any_of(breaks.begin(), breaks.end(),
                       [&](TextRange b) { return b.begin >= between.begin && b.end <= between.end; });
  }

  // Whether `product` is a product of one of the candidate substances.
  static bool of_candidates(const Profile& profile, const Product& product, const std::vector<SubstanceRef>& candidates) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const SubstanceRef& ref) { return profile.substances[ref.substance].id == product.substance; });
  }

  static bool has_approved_product(const Profile& profile, const std::vector<SubstanceRef>& candidates) {
    return std::any_of(profile.products.begin(), profile.products.end(), [&](const Product& product) {
      return !product.approved_for.empty() && of_candidates(profile, product, candidates);
    });
  }

  static bool product_approved(const ProfileIndex& index, const std::vector<std::string>& products, const std::string& key) {
    const auto approved = index.approved_products.find(key);
    return approved != index.approved_products.end() && std::any_of(products.begin(), products.end(), [&](const std::string& product) {
             return std::find(approved->second.begin(), approved->second.end(), product) != approved->second.end();
           });
  }

  static bool is_named(const Product& product, const std::vector<std::string>& products) {
    return std::find(products.begin(), products.end(), phrase_key(product.name, true)) != products.end();
  }

  // The named products as the profile spells them, in its order.
  static std::string product_names(const Profile& profile, const std::vector<std::string>& products) {
    std::string out;
    for (const Product& product : profile.products) {
      if (is_named(product, products)) out += (out.empty() ? "" : ", ") + product.name;
    }
    return out;
  }

  // What the named products (or, with none named, the candidate substances' products) are approved for.
  static std::string approved_list(const Profile& profile, const std::vector<SubstanceRef>& candidates,
                                   const std::vector<std::string>& products) {
    std::string out;
    for (const Product& product : profile.products) {
      const bool relevant = products.empty() ? of_candidates(profile, product, candidates) : is_named(product, products);
      if (!relevant) continue;
      for (const Indication& indication : product.approved_for) {
        out += (out.empty() ? "" : "; ") + product.name + ": " + indication.name;
      }
    }
    return out.empty() ? "no approved product" : out;
  }

  TermList approval_terms_;
  TermList scope_breaks_;
  TermList subordinators_;
  TermList class_extenders_;
  TermList unapproved_forms_;
  TermList distributive_terms_;
  TermList predicates_;
  std::size_t predicate_window_;
  TermList complement_articles_;
  TermList complement_breaks_;
  std::size_t complement_window_;
  TermList purposes_;
  ClaimReading reading_;
};

}  // namespace

std::unique_ptr<Rule> make_regulatory_status(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"approval_terms", "scope_breaks", "subordinators", "unapproved_forms", "distributive_terms", "class_extenders", "predicates",
                         "predicate_window", "complement_articles", "complement_breaks", "complement_window", "purposes", "negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech", "negation_window"});
  const auto window = options.find("predicate_window");
  const auto complement_window = options.find("complement_window");
  return std::make_unique<RegulatoryStatus>(std::move(meta), TermList::read(options, "approval_terms"),
                                            TermList::read(options, "scope_breaks", std::vector<std::string>{}),
                                            TermList::read(options, "subordinators", std::vector<std::string>{}),
                                            TermList::read(options, "unapproved_forms", std::vector<std::string>{}),
                                            TermList::read(options, "distributive_terms", std::vector<std::string>{}),
                                            TermList::read(options, "class_extenders", std::vector<std::string>{}),
                                            TermList::read(options, "predicates", std::vector<std::string>{}),
                                            window ? window->count() : 2,
                                            TermList::read(options, "complement_articles", std::vector<std::string>{}),
                                            TermList::read(options, "complement_breaks", std::vector<std::string>{}),
                                            complement_window ? complement_window->count() : 3,
                                            TermList::read(options, "purposes", std::vector<std::string>{}),
                                            ClaimReading::read(options, false));
}

}  // namespace medlint

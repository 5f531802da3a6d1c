// Detector `dose_schedule`: a sentence that gives a product or substance another dosing
// schedule than its label ("Ozempic is a once-daily injection": Ozempic is injected once a
// week; "Rybelsus is a weekly pill": it is taken daily). The schedules a product is labelled
// for are its `schedules` in the profile (Spravato: twice a week, then weekly or every two
// weeks), or else the `per` of its dose ranges, when they all agree; a sentence that
// names no product is held to the ranges of its substance by the route its dosing word names
// (`dosing_routes`: "semaglutide is a daily injection", and all its injected ranges are
// weekly), or else by a route word in the clause (`route_terms`: "oral semaglutide is taken
// once a week", and its oral range is daily); when those ranges give none, to the schedules of
// its products by that route ("esketamine nasal spray is used every day": Spravato's). The
// wordings of each schedule are the rule's `schedules`. A schedule word counts only next to a
// dosing word ("injection", "taken", within `window` words in its clause), so "walk every
// day" is no dosing schedule. The sentence
// stays silent when the clause also names a labelled schedule ("taken daily or weekly"),
// names products labelled for different schedules, a product with none, or another
// drug (`other_drugs`: "Saxenda, a daily injection"; the antidepressant taken beside
// Spravato), or negates, asks or refutes the schedule. A clause with a dose unit
// (`dose_units`: "Ozempic 1 mg is injected daily") is `dose_range`'s, which holds the amount
// to the ranges of the schedule stated and reports it once.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "claims/claim_scan.hpp"
#include "rules/phrase_keys.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"
#include "text/word_list.hpp"

namespace medlint {

namespace {

// Words that say the route ("injection": subcutaneous, intravenous or intramuscular;
// "tablet", "oral": oral), so that a sentence naming no product is held to that route's ranges.
struct RouteWords {
  std::set<std::string> routes;
  TermList terms;
};

// A schedule as the rule reads it: its name (the profiles' `per` and product `schedules`),
// the phrase a message gives ("once a week"), and its wordings.
struct Schedule {
  std::string name;
  std::string phrase;
  TermList terms;
};

class DoseSchedule : public Rule {
 public:
  DoseSchedule(RuleMeta meta, ClaimReading reading, std::vector<Schedule> schedules, TermList dosing_terms,
               std::vector<RouteWords> dosing_routes, std::vector<RouteWords> route_terms, TermList other_drugs, TermList dose_units,
               std::size_t window)
      : Rule(std::move(meta)),
        reading_(std::move(reading)),
        schedules_(std::move(schedules)),
        dosing_terms_(std::move(dosing_terms)),
        dosing_routes_(std::move(dosing_routes)),
        route_terms_(std::move(route_terms)),
        other_drugs_(std::move(other_drugs)),
        dose_units_(std::move(dose_units)),
        window_(window) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    for_each_claim_sentence(context, [&](TextRange sentence, const std::vector<SubstanceRef>& about, const Profile& profile,
                                         const ProfileIndex& index) {
      // Most claim sentences are about a substance none of whose ranges or products gives a schedule.
      if (std::none_of(profile.doses.begin(), profile.doses.end(), [](const DoseRange& range) { return !range.per.empty(); }) &&
          std::none_of(profile.products.begin(), profile.products.end(), [](const Product& p) { return !p.schedules.empty(); })) {
        return;
      }
      const std::vector<std::pair<const Schedule*, TextRange>> stated = stated_schedules(text, sentence);
      if (stated.empty() || other_drugs_.any_in(text, sentence)) return;
      const std::vector<TextRange> product_names = index.product_names.find(text, sentence);
      const std::map<std::string, std::vector<std::string>> labelled = labelled_schedules(text, product_names, profile);
      // A named product without a schedule is not held to its substance's; products with
      // different schedules in one sentence ("Rybelsus is a daily tablet version of Ozempic"):
      // a schedule word may be either's.
      if (!product_names.empty() && labelled.empty()) return;
      if (std::any_of(labelled.begin(), labelled.end(), [&](const auto& p) { return p.second != labelled.begin()->second; })) return;
      for (const auto& named : stated) {
        const TextRange term = named.second;
        const TextRange clause = clause_around(text, sentence, term.begin);
        const std::optional<TextRange> dosing = dosing_word_near(document, clause, term);
        if (!dosing) continue;
        // The product's schedules, or the one all ranges of the substance by the route give
        // ("semaglutide is a daily injection": its injections are weekly).
        std::string subject;
        std::vector<std::string> allowed;
        if (!labelled.empty()) {
          subject = labelled.begin()->first;
          allowed = labelled.begin()->second;
        } else {
          subject = substance_names(context.profiles()->catalog(), about);
          allowed = substance_schedules(text, profile, about, *dosing, clause);
        }
        if (allowed.empty()) continue;
        auto is_allowed = [&](const Schedule* schedule) {
          return std::find(allowed.begin(), allowed.end(), schedule->name) != allowed.end();
        };
        // The clause names a labelled schedule too ("Spravato is given twice a week, not
        // daily", "taken daily or weekly"): the wrong one may be an alternative it sets aside.
        // One in another clause does not excuse it ("given twice a week at first, and some
        // patients need a dose every day").
        if (std::any_of(stated.begin(), stated.end(), [&](const auto& s) {
              return is_allowed(s.first) && s.second.begin >= clause.begin && s.second.end <= clause.end;
            })) {
          continue;
        }
        if (ClaimReading::quoted(text, sentence, term) || !reading_.asserted(text, sentence, term)) continue;
        out.push_back(span_finding_with(document, term, {{"substance", subject}, {"schedule", phrases(allowed)}}));
        return;  // one finding a sentence
      }
    });
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  // The schedule wordings join the one-pass scan: without it, finding them walked the words
  // of every claim sentence about semaglutide (11 M instructions per MB against 1 M).
  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    for (const Schedule& schedule : schedules_) schedule.terms.add_prefilter_clients(out);
  }

 private:
  // The schedule all dose ranges that `holds` accepts give: "week"; none when they differ or
  // one gives none.
  template <class Holds>
  static std::optional<std::string> one_schedule(const Profile& profile, Holds&& holds) {
    std::set<std::string> pers;
    for (const DoseRange& range : profile.doses) {
      if (holds(range)) pers.insert(range.per);
    }
    if (pers.size() != 1 || pers.begin()->empty()) return std::nullopt;
    return *pers.begin();
  }

  // The schedule wordings of the sentence, and where; a wording inside a longer one is the
  // longer one's ("weekly" of "twice weekly" or "bi-weekly").
  std::vector<std::pair<const Schedule*, TextRange>> stated_schedules(std::string_view text, TextRange sentence) const {
    std::vector<std::pair<const Schedule*, TextRange>> found;
    for (const Schedule& schedule : schedules_) {
      for (const TextRange term : schedule.terms.find(text, sentence)) found.emplace_back(&schedule, term);
    }
    std::vector<std::pair<const Schedule*, TextRange>> out;
    for (const auto& candidate : found) {
      const TextRange term = candidate.second;
      const bool inside = std::any_of(found.begin(), found.end(), [&](const auto& other) {
        return other.second.begin <= term.begin && term.end <= other.second.end && other.second.size() > term.size();
      });
      if (!inside) out.push_back(candidate);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second.begin < b.second.begin; });
    return out;
  }

  // The named products the label gives schedules for: name → their names, from the product's
  // `schedules` or else the one `per` of all its dose ranges ({"week"}).
  static std::map<std::string, std::vector<std::string>> labelled_schedules(std::string_view text, const std::vector<TextRange>& names,
                                                                            const Profile& profile) {
    std::map<std::string, std::vector<std::string>> out;
    for (const TextRange name : names) {
      const std::string key = phrase_key(text.substr(name.begin, name.size()), true);
      for (const Product& product : profile.products) {
        if (phrase_key(product.name, true) != key) continue;
        if (!product.schedules.empty()) {
          out.emplace(product.name, product.schedules);
        } else if (const auto per = one_schedule(profile, [&](const DoseRange& range) { return range.product == product.name; })) {
          out.emplace(product.name, std::vector<std::string>{*per});
        }
      }
    }
    return out;
  }

  // "once a week", or "twice a week, once a week or once every two weeks".
  std::string phrases(const std::vector<std::string>& names) const {
    std::vector<std::string> out;
    for (const std::string& name : names) {
      const auto schedule = std::find_if(schedules_.begin(), schedules_.end(), [&](const Schedule& s) { return s.name == name; });
      out.push_back(schedule != schedules_.end() ? schedule->phrase : name);
    }
    return join_as_alternatives(out);
  }

  // The schedule every range of the sentence's substances gives, narrowed to the route the
  // dosing word names, or else to the one route the clause's route words name; when the
  // ranges give none, the schedules of the substances' products by that route, if they are
  // all labelled alike ("esketamine is sprayed daily": Spravato is its only product).
  std::vector<std::string> substance_schedules(std::string_view text, const Profile& profile, const std::vector<SubstanceRef>& about,
                                               TextRange dosing, TextRange clause) const {
    const RouteWords* route = nullptr;
    for (const RouteWords& words : dosing_routes_) {
      if (words.terms.opens(text, dosing)) route = &words;
    }
    if (route == nullptr) {
      std::size_t named = 0;  // "oral or injectable semaglutide" names no one route
      for (const RouteWords& words : route_terms_) {
        if (words.terms.any_in(text, clause)) {
          route = &words;
          ++named;
        }
      }
      if (named > 1) route = nullptr;
    }
    const auto per = one_schedule(profile, [&](const DoseRange& range) {
      return is_about(profile, about, range.substance) && (route == nullptr || route->routes.count(range.route) != 0);
    });
    if (per) return {*per};
    std::vector<const Product*> products;
    for (const Product& product : profile.products) {
      const bool by_route = route == nullptr || std::any_of(product.routes.begin(), product.routes.end(),
                                                            [&](const std::string& r) { return route->routes.count(r) != 0; });
      if (is_about(profile, about, product.substance) && by_route) products.push_back(&product);
    }
    if (products.empty() || std::any_of(products.begin(), products.end(), [&](const Product* p) {
          return p->schedules.empty() || p->schedules != products.front()->schedules;
        })) {
      return {};
    }
    return products.front()->schedules;
  }

  // The dosing word within `window_` words of the schedule term, in the term's clause; none
  // when a dose with units is there too.
  std::optional<TextRange> dosing_word_near(const Document& document, TextRange clause, TextRange term) const {
    const std::string_view text = document.text();
    if (dose_units_.any_in(text, clause)) return std::nullopt;
    for (const TextRange dosing : dosing_terms_.find(text, clause)) {
      if (dosing.begin < term.end && term.begin < dosing.end) return dosing;  // "monthly injection" holds its dosing word
      const TextRange between = dosing.end <= term.begin ? TextRange{dosing.end, term.begin} : TextRange{term.end, dosing.begin};
      if (document.words_in(between).size() <= window_) return dosing;
    }
    return std::nullopt;
  }

  ClaimReading reading_;
  std::vector<Schedule> schedules_;
  TermList dosing_terms_;
  std::vector<RouteWords> dosing_routes_;
  std::vector<RouteWords> route_terms_;
  TermList other_drugs_;
  TermList dose_units_;
  std::size_t window_;
};

// One entry of `dosing_routes` or `route_terms`: {"routes": [...], "terms": [...]}.
RouteWords read_route_words(const JsonReader& item) {
  item.expect_object({"routes", "terms"});
  RouteWords words{{}, TermList(keyed_phrases(item.at("terms")))};
  for (const std::string& route : item.at("routes").strings()) words.routes.insert(route);
  return words;
}

}  // namespace

std::unique_ptr<Rule> make_dose_schedule(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"negations", "indirect_questions", "question_openers", "refutations", "refutation_labels", "reported_speech",
                         "negation_window", "schedules", "dosing_terms", "dosing_routes", "route_terms", "other_drugs", "dose_units",
                         "window"});
  std::vector<Schedule> schedules;
  for (const auto& [name, item] : options.at("schedules").members()) {
    item.expect_object({"phrase", "terms"});
    schedules.push_back({name, item.at("phrase").string(), TermList(keyed_phrases(item.at("terms")))});
  }
  if (schedules.empty()) options.at("schedules").fail("expected at least one schedule");
  TermList dosing_terms = TermList::read(options, "dosing_terms");
  std::vector<RouteWords> dosing_routes;
  if (const auto list = options.find("dosing_routes")) {
    for (const JsonReader& item : list->elements()) {
      RouteWords words = read_route_words(item);
      // The route is read from the dosing word found, so each of its words must be one.
      for (const std::string& term : words.terms.terms()) {
        const auto& known = dosing_terms.terms();
        if (std::find(known.begin(), known.end(), term) == known.end()) item.at("terms").fail("'" + term + "' is not one of dosing_terms");
      }
      dosing_routes.push_back(std::move(words));
    }
  }
  std::vector<RouteWords> route_terms;
  if (const auto list = options.find("route_terms")) {
    for (const JsonReader& item : list->elements()) route_terms.push_back(read_route_words(item));
  }
  const std::size_t window = options.find("window") ? options.at("window").count() : 2;
  return std::make_unique<DoseSchedule>(std::move(meta), ClaimReading::read(options, false), std::move(schedules), std::move(dosing_terms),
                                        std::move(dosing_routes), std::move(route_terms),
                                        TermList::read(options, "other_drugs", std::vector<std::string>{}),
                                        TermList::read(options, "dose_units", std::vector<std::string>{}), window);
}

}  // namespace medlint

// Detector `dose_range`: a dose with units ("50 mg/kg", "0.5–1 mg per kg") in a sentence
// about a profiled substance, outside every dose range the profile gives for that unit
// (and for the route, when the sentence names one). A range the label gives for a schedule
// ("per": "week") does not hold a dose the sentence gives another one ("2.4 mg daily"), and a
// sentence that names products is held to the ranges labelled for them ("Ozempic 2.4 mg":
// Wegovy's 2.4 mg does not make it right). A sentence that names the use of some ranges (their
// `use_terms`: "for depression") is held to those: "2 mg/kg for depression" is an anaesthetic
// dose, not an antidepressant one.
// With `follow_on`, a sentence that names no substance but goes on from one that does, in the
// same paragraph ("Ketamine is given as an infusion. Some clinics start at 5 mg/kg."), is read
// as about the same substance, when every word outside its doses is one the dictionary knows and none is
// in `other_drugs`: a word the dictionary does not know may be another drug ("Midazolam 2 mg
// may be added"), and it knows some ("Aspirin 81 mg"), whose doses are not this one's. With
// `unnamed` too, any other sentence that names no substance, on a page with a main substance,
// is read as about the main substance on the same terms: "Some clinics start patients
// directly at 2.4 mg" under a semaglutide dosing table.
// Unit spellings, conversion factors, route and schedule words are options; the ranges come
// from the profile. With `start_terms` the rule checks starting doses instead: a dose that one
// of them ("start at", "starting dose of") comes before, within `start_window` words of its
// clause, above the `start` of every range it may belong to ("Some clinics start patients
// directly at 2.4 mg": Wegovy starts at 0.25 mg), unless one of `start_negations` stands
// before the term in its clause ("Do not start at 1 mg"); a dose outside every range is left
// to the range check.
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "claims/claim_scan.hpp"
#include "rules/phrase_keys.hpp"
#include "rules/detectors/claim_detectors.hpp"
#include "text/case_fold.hpp"
#include "text/lexicon.hpp"
#include "text/paragraph.hpp"
#include "text/regex.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

struct UnitSpelling {
  std::string unit;  // "mg" or "mg/kg"
  double factor;     // multiply the written number by this to get `unit`
};

std::string format_number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// "0.5", "0,5" (decimal comma) and "1,000" (thousands) all parse.
double parse_number(std::string_view text) {
  std::string s(text);
  const std::size_t comma = s.find(',');
  if (comma != std::string::npos) {
    if (s.size() - comma - 1 == 3) s.erase(comma, 1);
    else s[comma] = '.';
  }
  return std::strtod(s.c_str(), nullptr);
}

class DoseRangeRule : public Rule {
 public:
  DoseRangeRule(RuleMeta meta, boost::u32regex pattern, std::map<std::string, UnitSpelling> units,
                std::vector<std::pair<std::string, TermList>> routes, std::vector<std::pair<std::string, TermList>> schedules,
                std::shared_ptr<const Lexicon> follow_on, bool unnamed, TermList other_drugs, TermList start_terms,
                TermList start_negations, std::size_t start_window)
      : Rule(std::move(meta)),
        pattern_(std::move(pattern)),
        units_(std::move(units)),
        routes_(std::move(routes)),
        schedules_(std::move(schedules)),
        follow_on_(std::move(follow_on)),
        unnamed_(unnamed),
        other_drugs_(std::move(other_drugs)),
        start_terms_(std::move(start_terms)),
        start_negations_(std::move(start_negations)),
        start_window_(start_window) {}

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const DocumentProfiles* profiles = context.profiles();
    if (!profiles) return;
    const std::vector<DocumentProfiles::ClaimSentence>& claims = profiles->claim_sentences();
    for (const DocumentProfiles::ClaimSentence& claim : claims) check_sentence(context, claim.sentence, claim.about, false, out);
    if (follow_on_) check_follow_on(context, claims, out);
  }

  [[nodiscard]] bool uses_profiles() const override { return true; }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    for (const auto& route : routes_) route.second.add_prefilter_clients(out);
    for (const auto& schedule : schedules_) schedule.second.add_prefilter_clients(out);
    start_terms_.add_prefilter_clients(out);
  }

 private:
  // Sentences that name no substance themselves: right after a claim sentence in its
  // paragraph, about that sentence's substances; with `unnamed_`, any other, about the page's
  // main substances.
  void check_follow_on(const LintContext& context, const std::vector<DocumentProfiles::ClaimSentence>& claims,
                       std::vector<Finding>& out) const {
    const std::string_view text = context.document().text();
    const std::vector<TextRange>& sentences = context.document().sentences();
    const std::vector<SubstanceRef> main = unnamed_ ? context.profiles()->main_substances() : std::vector<SubstanceRef>{};
    auto claim = claims.begin();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const TextRange sentence = sentences[i];
      while (claim != claims.end() && claim->sentence.begin < sentence.begin) ++claim;
      if (claim != claims.end() && claim->sentence.begin == sentence.begin) continue;  // a claim itself
      const bool after_claim = i > 0 && claim != claims.begin() && std::prev(claim)->sentence.begin == sentences[i - 1].begin &&
                               same_paragraph(text, sentences[i - 1], sentence);
      if (!after_claim && main.empty()) continue;
      if (!has_digit(text.substr(sentence.begin, sentence.size()))) continue;
      if (ClaimReading::is_question(text, sentence)) continue;
      if (after_claim) {
        check_sentence(context, sentence, std::prev(claim)->about, true, out);
      } else if (!main.empty()) {
        check_sentence(context, sentence, main, true, out);
      }
    }
  }

  // The doses of a sentence, as ranges of the text (`base`: the sentence's offset).
  std::vector<TextRange> dose_ranges(std::string_view sentence_text, std::size_t base) const {
    std::vector<TextRange> doses;
    for_each_match(pattern_, sentence_text, [&](TextRange local, const auto&) { doses.push_back({base + local.begin, base + local.end}); });
    return doses;
  }

  // A dose needs a digit, and most sentences have none: no regex runs over those.
  static bool has_digit(std::string_view sentence) {
    return std::any_of(sentence.begin(), sentence.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // Whether a follow-on sentence may be about the claim sentence's substance: no name from
  // `other_drugs`, and every word outside its doses one the dictionary knows (in lower case).
  bool names_no_other_drug(const Document& document, TextRange sentence, const std::vector<TextRange>& doses) const {
    const std::string_view text = document.text();
    if (other_drugs_.any_in(text, sentence)) return false;
    for (const Word& word : document.words_in(sentence)) {
      if (word.is_number || word.range.begin < sentence.begin) continue;
      if (std::any_of(doses.begin(), doses.end(), [&](TextRange d) { return word.range.begin >= d.begin && word.range.end <= d.end; })) {
        continue;
      }
      const std::string_view spelled = text.substr(word.range.begin, word.range.size());
      if (word_shape(spelled) == WordShape::other) continue;  // no letters, or letters with digits ("B12")
      if (!follow_on_->accepts(to_lower(spelled))) return false;
    }
    return true;
  }

  // `follow_on`: the sentence names no substance and goes on from one that does; it is asked
  // whether it may name another drug only once it has a dose to report.
  void check_sentence(const LintContext& context, TextRange sentence, const std::vector<SubstanceRef>& about, bool follow_on,
                      std::vector<Finding>& out) const {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const DocumentProfiles* profiles = context.profiles();
    const Profile& profile = profiles->catalog().profiles()[about.front().profile];
    std::optional<Stated> stated;  // read at the sentence's first dose: most sentences have none
    const std::string_view sentence_text = text.substr(sentence.begin, sentence.size());
    if (!has_digit(sentence_text)) return;
    // Starting doses: most sentences with a number say nothing of a start.
    if (!start_terms_.empty() && !start_terms_.any_in(text, sentence)) return;
    std::optional<bool> said_of_it;  // follow-on sentences: asked at the first dose to report
    for_each_match(pattern_, sentence_text, [&](TextRange local, const auto& match) {
      const auto unit_it = units_.find(phrase_key(sentence_text.substr(group_range(match, 3, sentence_text).begin,
                                                                        group_range(match, 3, sentence_text).size()),
                                                  true));
      if (unit_it == units_.end()) return;
      const UnitSpelling& unit = unit_it->second;
      if (!stated) stated = read_stated(text, sentence, profile, profiles->catalog().index(about.front().profile));
      const std::set<std::string>& stated_routes = stated->routes;
      const std::set<std::string>& stated_schedules = stated->schedules;
      const std::set<std::string>& named_products = stated->products;
      std::vector<const DoseRange*> ranges;
      std::vector<const DoseRange*> named_use;  // those of `ranges` whose use the sentence names
      for (std::size_t i = 0; i < profile.doses.size(); ++i) {
        const DoseRange& range = profile.doses[i];
        const bool substance = is_about(profile, about, range.substance);
        const bool route = stated_routes.empty() || stated_routes.count(range.route) != 0;
        const bool product = range.product.empty() || named_products.empty() || named_products.count(range.product) != 0;
        if (!substance || !route || !product || range.unit != unit.unit) continue;
        ranges.push_back(&range);
        if (stated->uses.count(i) != 0) named_use.push_back(&range);
      }
      if (!named_use.empty()) ranges = named_use;
      if (ranges.empty()) return;
      // Ranges whose schedule the sentence contradicts hold no dose of it; the message still
      // lists them, so the reader sees the schedule the label gives.
      std::vector<const DoseRange*> holding;
      std::copy_if(ranges.begin(), ranges.end(), std::back_inserter(holding), [&](const DoseRange* r) {
        return r->per.empty() || stated_schedules.empty() || stated_schedules.count(r->per) != 0;
      });
      std::vector<double> values;
      for (int group : {1, 2}) {
        if (!match[group].matched) continue;
        const TextRange g = group_range(match, group, sentence_text);
        values.push_back(parse_number(sentence_text.substr(g.begin, g.size())) * unit.factor);
      }
      const TextRange range{sentence.begin + local.begin, sentence.begin + local.end};
      const auto in_range = [&](double value) {
        return std::any_of(holding.begin(), holding.end(), [&](const DoseRange* r) { return holds(*r, value); });
      };
      std::string described;
      if (start_terms_.empty()) {
        if (std::all_of(values.begin(), values.end(), in_range)) return;
        described = describe(ranges);
      } else {
        // A starting dose, said so before it: above the start of every range that holds it,
        // each with a start ("start at 1 mg" is Wegovy's or Ozempic's, not Rybelsus's).
        if (!started_at(text, sentence, range)) return;
        std::vector<const DoseRange*> starting;
        for (const double value : values) {
          std::vector<const DoseRange*> holding_value;
          std::copy_if(holding.begin(), holding.end(), std::back_inserter(holding_value),
                       [&](const DoseRange* r) { return holds(*r, value); });
          const bool above = !holding_value.empty() && std::all_of(holding_value.begin(), holding_value.end(), [&](const DoseRange* r) {
            return r->start && value > *r->start * 1.001;
          });
          if (!above) return;
          for (const DoseRange* r : holding_value) {
            if (std::find(starting.begin(), starting.end(), r) == starting.end()) starting.push_back(r);
          }
        }
        described = describe_starts(starting);
      }
      if (follow_on && !said_of_it) said_of_it = names_no_other_drug(document, sentence, dose_ranges(sentence_text, sentence.begin));
      if (follow_on && !*said_of_it) return;
      out.push_back(span_finding_with(document, range,
                                      {{"substance", named_products.empty() ? substance_names(profiles->catalog(), about) : join(named_products)},
                                       {"ranges", described}}));
    });
  }

  // What the sentence says besides its doses: routes, schedules and products (as the profile
  // spells them), and the doses (indexes into Profile::doses) whose use it names.
  struct Stated {
    std::set<std::string> routes;
    std::set<std::string> schedules;
    std::set<std::string> products;
    std::set<std::size_t> uses;
  };

  Stated read_stated(std::string_view text, TextRange sentence, const Profile& profile, const ProfileIndex& index) const {
    Stated out{named_in(routes_, text, sentence), named_in(schedules_, text, sentence), {}, {}};
    for (std::size_t i = 0; i < index.dose_use_terms.size(); ++i) {
      if (index.dose_use_terms[i].any_in(text, sentence)) out.uses.insert(i);
    }
    for (const TextRange name : index.product_names.find(text, sentence)) {
      const std::string key = phrase_key(text.substr(name.begin, name.size()), true);
      for (const Product& product : profile.products) {
        if (phrase_key(product.name, true) == key) out.products.insert(product.name);
      }
    }
    return out;
  }

  static std::string join(const std::set<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
  }

  // The names of the lists (routes, schedules) with a term in the sentence.
  static std::set<std::string> named_in(const std::vector<std::pair<std::string, TermList>>& lists, std::string_view text,
                                      TextRange sentence) {
    std::set<std::string> names;
    for (const auto& [name, terms] : lists) {
      if (terms.any_in(text, sentence)) names.insert(name);
    }
    return names;
  }

  // Whether `value` lies in the range, with a thousandth's slack for rounding ("2.4" of 2.4).
  static bool holds(const DoseRange& range, double value) { return value >= range.min * 0.999 && value <= range.max * 1.001; }

  // A start term ends at most `start_window_` words before the dose, in its clause, with no
  // negation before it there.
  bool started_at(std::string_view text, TextRange sentence, TextRange dose) const {
    const TextRange clause = clause_around(text, sentence, dose.begin);
    for (const TextRange term : start_terms_.find(text, TextRange{clause.begin, dose.begin})) {
      if (count_words(text.substr(term.end, dose.begin - term.end)) > start_window_) continue;
      return !start_negations_.any_in(text, TextRange{clause.begin, term.begin});
    }
    return false;
  }

  // "0.25 mg subcutaneous per week (Wegovy weekly escalation to maintenance)".
  static std::string describe_starts(const std::vector<const DoseRange*>& ranges) {
    std::string out;
    for (const DoseRange* r : ranges) {
      out += (out.empty() ? "" : "; ") + format_number(*r->start) + " " + r->unit + " " + r->route + (r->per.empty() ? "" : " per " + r->per) +
             (r->use.empty() ? "" : " (" + r->use + ")");
    }
    return out;
  }

  static std::string describe(const std::vector<const DoseRange*>& ranges) {
    std::string out;
    for (const DoseRange* r : ranges) {
      out += (out.empty() ? "" : "; ") + format_number(r->min) + "–" + format_number(r->max) + " " + r->unit + " " +
             r->route + (r->per.empty() ? "" : " per " + r->per) + (r->use.empty() ? "" : " (" + r->use + ")");
    }
    return out;
  }

  boost::u32regex pattern_;
  std::map<std::string, UnitSpelling> units_;
  std::vector<std::pair<std::string, TermList>> routes_;
  std::vector<std::pair<std::string, TermList>> schedules_;
  std::shared_ptr<const Lexicon> follow_on_;  // set: read follow-on sentences, with this word list
  bool unnamed_;                              // and the other sentences naming no substance
  TermList other_drugs_;                      // names that make a follow-on sentence another drug's
  TermList start_terms_;                      // set: check starting doses instead of ranges
  TermList start_negations_;
  std::size_t start_window_;
};

}  // namespace

std::unique_ptr<Rule> make_dose_range(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"units", "routes", "schedules", "follow_on", "dictionary", "other_drugs", "start_terms", "start_negations",
                         "start_window", "unnamed"});
  std::map<std::string, UnitSpelling> units;
  std::vector<std::string> spellings;
  for (const JsonReader& entry : options.at("units").elements()) {
    entry.expect_object({"names", "unit", "factor"});
    const std::string unit = entry.at("unit").string();
    if (unit != "mg" && unit != "mg/kg") entry.at("unit").fail("expected \"mg\" or \"mg/kg\"");
    const JsonReader factor = entry.at("factor");
    if (!factor.value().is_number() || factor.value().get<double>() <= 0) factor.fail("expected a positive number");
    for (const std::string& name : entry.at("names").strings()) {
      if (!units.emplace(phrase_key(name, true), UnitSpelling{unit, factor.value().get<double>()}).second) {
        entry.at("names").fail("unit spelling '" + name + "' is listed twice");
      }
      spellings.push_back(name);
    }
  }
  if (spellings.empty()) options.at("units").fail("expected at least one unit");
  std::sort(spellings.begin(), spellings.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string alternatives;
  for (const std::string& name : spellings) alternatives += (alternatives.empty() ? "" : "|") + phrase_to_pattern(name, false);
  const std::string number = "(\\d+(?:[.,]\\d+)?)";
  // The first number opens with a digit and then looks behind it (not before it): a pattern
  // that starts with a look-behind makes Boost try it at every position of the sentence.
  const std::string first_number = "(\\d(?<![\\w.,]\\d)\\d*(?:[.,]\\d+)?)";
  // A concentration ("8 mg/3 mL", "1.34 mg per mL") is what a pen or vial holds, not a dose.
  const std::string not_concentration = "(?!\\h*(?:/|per\\h)\\h*[\\d.]*\\h*(?:mL|ml|milliliters?|millilitres?|L)\\b)";
  const std::string pattern =
      first_number + "(?:\\h*(?:-|\\x{2013}|to)\\h*" + number + ")?\\h*(" + alternatives + ")(?!\\w)" + not_concentration;
  std::vector<std::pair<std::string, TermList>> routes;
  for (const auto& [route, terms] : options.at("routes").members()) routes.emplace_back(route, TermList(keyed_phrases(terms)));
  std::vector<std::pair<std::string, TermList>> schedules;
  if (const auto list = options.find("schedules")) {
    for (const auto& [schedule, terms] : list->members()) {
      if (schedule != "day" && schedule != "week") list->at(schedule).fail("expected \"day\" or \"week\"");
      schedules.emplace_back(schedule, TermList(keyed_phrases(terms)));
    }
  }
  std::shared_ptr<const Lexicon> follow_on;
  if (const auto flag = options.find("follow_on"); flag && flag->boolean()) {
    const auto dictionary = options.find("dictionary");
    try {
      follow_on = Lexicon::shared(dictionary ? dictionary->string() : "en_US");
    } catch (const std::runtime_error& error) {  // a dictionary that is not installed is the pack's error
      (dictionary ? *dictionary : options).fail(error.what());
    }
  }
  if (const auto flag = options.find("unnamed"); flag && flag->boolean() && !follow_on) flag->fail("\"unnamed\" needs \"follow_on\"");
  return std::make_unique<DoseRangeRule>(std::move(meta), compile_regex(pattern, true), std::move(units), std::move(routes),
                                         std::move(schedules), std::move(follow_on),
                                         options.find("unnamed") && options.at("unnamed").boolean(),
                                         TermList::read(options, "other_drugs", std::vector<std::string>{}),
                                         TermList::read(options, "start_terms", std::vector<std::string>{}),
                                         TermList::read(options, "start_negations", std::vector<std::string>{}),
                                         options.find("start_window") ? options.at("start_window").count() : 3);
}

}  // namespace medlint

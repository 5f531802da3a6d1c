// Label sections are free text; the draft takes only what their structure makes plain:
// the boxed-warning headline, numbered W&P headings (5.x), bulleted contraindications,
// "indicated for/as/in ..." phrases and "N mg" amounts. Everything else is left to review.
#include "claims/openfda_import.hpp"

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "text/case_fold.hpp"
#include "text/regex.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

using ordered_json = nlohmann::ordered_json;

// openFDA fields are arrays of strings; join them.
std::string field_text(const nlohmann::json& record, const char* field) {
  if (!record.contains(field) || !record[field].is_array()) return {};
  std::string out;
  for (const auto& part : record[field]) {
    if (!part.is_string()) continue;
    if (!out.empty()) out += ' ';
    out += part.get<std::string>();
  }
  return out;
}

std::vector<std::string> openfda_list(const nlohmann::json& record, const char* field) {
  std::vector<std::string> out;
  if (!record.contains("openfda") || !record["openfda"].contains(field)) return out;
  for (const auto& value : record["openfda"][field]) {
    if (value.is_string()) out.push_back(value.get<std::string>());
  }
  return out;
}

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t\n\r•*-–:;,.");
  const auto last = s.find_last_not_of(" \t\n\r•*-–:;,.");
  return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

std::string slug(const std::string& name) {
  std::string out;
  for (const char c : to_lower(name)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "drug" : out;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  const std::string key = phrase_key(value, true);
  if (value.empty()) return;
  for (const auto& existing : list) {
    if (phrase_key(existing, true) == key) return;
  }
  list.push_back(value);
}

struct Match {
  std::string text;
  std::size_t end;  // offset just after the match in the searched text
};

std::vector<Match> matches(const std::string& text, const char* pattern, int group, bool ignore_case) {
  std::vector<Match> out;
  const boost::u32regex regex = compile_regex(pattern, ignore_case);
  for_each_match(regex, text, [&](TextRange, const auto& match) {
    const TextRange r = group_range(match, group, text);
    out.push_back({text.substr(r.begin, r.size()), r.end});
  });
  return out;
}

// Label headings run straight into their first sentence ("5.2 Serotonin Syndrome Stop
// treatment if..."): when lower-case text follows, the last capitalised word belongs to it.
std::string heading_before_sentence(const std::string& text, const Match& match) {
  std::string heading = match.text;
  std::size_t next = match.end;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next < text.size() && std::islower(static_cast<unsigned char>(text[next])) && heading.find(' ') != std::string::npos) {
    heading = heading.substr(0, heading.rfind(' '));
  }
  for (const char* joiner : {" and", " of", " or", " with", " in", " to", " the"}) {
    if (heading.ends_with(joiner)) heading.erase(heading.size() - std::string(joiner).size());
  }
  return trim(heading);
}

std::string source_of(const nlohmann::json& record, const std::string& section) {
  std::string id = record.value("set_id", std::string("unknown set id"));
  const std::string version = record.value("version", std::string());
  return "openFDA drug label " + id + (version.empty() ? "" : " v" + version) + ", " + section + " (draft: review)";
}

}  // namespace

ordered_json draft_profile_from_openfda(const nlohmann::json& input, const std::string& label_name) {
  const nlohmann::json* record_ptr = &input;
  if (input.contains("results")) {
    if (!input["results"].is_array() || input["results"].empty()) throw LoadError(label_name, "/results", "expected a non-empty array");
    record_ptr = &input["results"][0];
  }
  const nlohmann::json& record = *record_ptr;
  const std::vector<std::string> generic = openfda_list(record, "generic_name");
  if (generic.empty()) throw LoadError(label_name, "/openfda/generic_name", "the label record has no generic name");
  const std::string generic_name = to_lower(generic.front());
  const std::string id = slug(generic_name);

  ordered_json profile;
  profile["$schema"] = "../schema/profile.schema.json";
  profile["profile"] = id;
  profile["title"] = generic_name;
  profile["source"] = source_of(record, "all sections");
  profile["note"] = "Draft written by `medlint profiles import-openfda` from " + label_name +
                    ". Review every entry (terms, severities, ranges) before relying on it.";

  std::vector<std::string> names = {generic_name};
  for (const auto& n : openfda_list(record, "brand_name")) add_unique(names, n);
  for (const auto& n : openfda_list(record, "substance_name")) add_unique(names, to_lower(n));
  ordered_json substance = {{"id", id}, {"names", names}};
  if (const auto classes = openfda_list(record, "pharm_class_epc"); !classes.empty()) substance["class"] = classes.front();
  substance["source"] = source_of(record, "openfda");
  profile["substances"] = ordered_json::array({substance});
  profile["subject_terms"] = {"the drug", "this drug", "the medication", "this medication"};
  profile["subject_pronouns"] = {"it"};
  profile["object_pronouns"] = {"it"};

  std::vector<std::string> routes;
  for (const auto& r : openfda_list(record, "route")) routes.push_back(to_lower(r));
  const std::string indications = field_text(record, "indications_and_usage");
  ordered_json approved = ordered_json::array();
  const boost::u32regex population = compile_regex("\\h+(?:in|for)\\h+(?:adults?|adult patients|patients|children|pediatric|paediatric)\\b.*$", true);
  const boost::u32regex role = compile_regex("^(?:an?\\h+)?(?:adjunct|adjunctive therapy|add-on)\\h+(?:in|to|for)\\h+", true);
  for (const Match& found : matches(indications, "indicated\\h+(?:for|as|in)\\h+(?:the\\h+)?(?:treatment\\h+of\\h+)?([^.;:(]{3,120})", 1, true)) {
    std::string phrase = boost::u32regex_replace(boost::u32regex_replace(trim(found.text), population, ""), role, "");
    if (phrase.empty()) continue;
    approved.push_back({{"indication", phrase}, {"terms", {to_lower(phrase)}}, {"source", source_of(record, "Indications and Usage")}});
  }
  const std::vector<std::string> brands = openfda_list(record, "brand_name");
  if (!approved.empty()) {
    profile["products"] = ordered_json::array({{{"name", brands.empty() ? generic_name : brands.front()},
                                                {"substance", id},
                                                {"routes", routes},
                                                {"approved_for", approved},
                                                {"source", source_of(record, "Indications and Usage")}}});
  }

  ordered_json risks = ordered_json::array();
  std::set<std::string> risk_ids;
  auto add_risk = [&](const std::string& name, const char* severity, std::vector<std::string> terms, const std::string& section) {
    const std::string risk_id = slug(name);
    if (name.size() < 3 || !risk_ids.insert(risk_id).second) return;
    terms.insert(terms.begin(), to_lower(name));
    risks.push_back({{"id", risk_id}, {"name", to_lower(name)}, {"severity", severity}, {"terms", terms},
                     {"source", source_of(record, section)}});
  };
  // Boxed warning headline: "WARNING: SEDATION; DISSOCIATION; ABUSE AND MISUSE; ..."
  const std::string boxed = field_text(record, "boxed_warning");
  for (const Match& found : matches(boxed, "WARNING:?\\h*((?:[A-Z0-9,;/&'\\- ]|\\h)+)", 1, false)) {
    const std::string rest = heading_before_sentence(boxed, found);
    std::size_t start = 0;
    while (start < rest.size()) {
      const std::size_t end = std::min(rest.find(';', start), rest.find(',', start));
      std::string item = trim(rest.substr(start, end == std::string::npos ? std::string::npos : end - start));
      // The headline ends where sentence text (mixed case) begins.
      if (!item.empty()) add_risk(item, "major", {}, "Boxed Warning");
      if (end == std::string::npos) break;
      start = end + 1;
    }
    break;
  }
  // Numbered Warnings and Precautions headings: "5.3 Respiratory Depression ..."
  std::string warnings = field_text(record, "warnings_and_cautions");
  if (warnings.empty()) warnings = field_text(record, "warnings");
  for (const Match& found : matches(warnings, "\\b5\\.\\d+\\h+((?:[A-Z][\\w-]*|and|of|or|with|in|to|the)(?:\\h+(?:[A-Z][\\w-]*|and|of|or|with|in|to|the))*)", 1, false)) {
    add_risk(heading_before_sentence(warnings, found), "moderate", {}, "Warnings and Precautions");
  }
  if (!field_text(record, "drug_abuse_and_dependence").empty()) {
    add_risk("abuse and dependence", "moderate", {"abuse", "misuse", "dependence", "addiction"}, "Drug Abuse and Dependence");
  }
  if (risks.empty()) {
    risks.push_back({{"id", "review"}, {"name", "risks to be written from the label"}, {"severity", "moderate"},
                     {"terms", {"side effects"}}, {"source", source_of(record, "none found")}});
  }
  profile["risks"] = risks;

  ordered_json contraindications = ordered_json::array();
  std::string contra = field_text(record, "contraindications");
  const auto colon = contra.find(':');
  if (colon != std::string::npos && colon < 200) contra = contra.substr(colon + 1);
  for (const Match& raw : matches(contra, "([^•;.]+)", 1, false)) {
    const std::string item = trim(raw.text);
    if (item.size() < 4 || item.size() > 160 || item.rfind("CONTRAINDICATIONS", 0) == 0 || item.find_first_not_of("0123456789 ") == std::string::npos) continue;
    contraindications.push_back({{"id", slug(item).substr(0, 40)}, {"name", item}, {"kind", "contraindication"},
                                 {"terms", {to_lower(item)}}, {"source", source_of(record, "Contraindications")}});
  }
  if (!contraindications.empty()) profile["contraindications"] = contraindications;

  // Doses: every "N mg" or "N mg/kg" in Dosage and Administration, as one range per unit.
  const std::string dosing = field_text(record, "dosage_and_administration");
  ordered_json doses = ordered_json::array();
  for (const char* unit : {"mg/kg", "mg"}) {
    const std::string pattern = std::string("(\\d+(?:\\.\\d+)?)\\h*") + (std::string(unit) == "mg" ? "mg(?!\\h*/)" : "mg/kg") + "(?!\\w)";
    std::vector<double> values;
    for (const Match& number : matches(dosing, pattern.c_str(), 1, true)) values.push_back(std::stod(number.text));
    if (values.empty()) continue;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    doses.push_back({{"substance", id}, {"route", routes.empty() ? "unspecified" : routes.front()},
                     {"use", "all amounts in Dosage and Administration (draft: split by use and route)"},
                     {"min", *low}, {"max", *high}, {"unit", unit}, {"source", source_of(record, "Dosage and Administration")}});
  }
  if (!doses.empty()) profile["doses"] = doses;
  return profile;
}

}  // namespace medlint

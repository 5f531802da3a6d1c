// Profile loading: strict like rule packs (unknown keys and dangling references are errors),
// because a wrong profile silently turns true claims into findings.
#include "claims/profile.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "rules/json_reader.hpp"
#include "text/word_list.hpp"
#include "rules/phrase_keys.hpp"

namespace medlint {

namespace {

Indication read_indication(const JsonReader& json) {
  json.expect_object({"indication", "terms", "source", "note"});
  Indication indication;
  indication.name = json.at("indication").string();
  indication.terms = keyed_phrases(json.at("terms"));
  if (indication.terms.empty()) json.at("terms").fail("expected at least one term");
  indication.source = json.string_or("source", "");
  return indication;
}

std::vector<std::string> non_empty_strings(const JsonReader& json) {
  auto list = keyed_phrases(json);  // names and terms are matched as whole-word phrases
  if (list.empty()) json.fail("expected at least one entry");
  return list;
}

// The schedules a product's label can give: the names claim/dose-schedule's `schedules` use.
constexpr std::array<std::string_view, 5> schedule_names = {"day", "twice a week", "week", "two weeks", "month"};

// "\"day\", \"twice a week\", ... or \"month\"", for the load error.
std::string schedule_names_listed() {
  std::vector<std::string> quoted;
  for (const std::string_view name : schedule_names) quoted.push_back("\"" + std::string(name) + "\"");
  return join_as_alternatives(quoted);
}

}  // namespace

const Substance* Profile::find_substance(const std::string& id) const {
  for (const Substance& substance : substances) {
    if (substance.id == id) return &substance;
  }
  return nullptr;
}

Profile load_profile(const ProfileSource& source) {
  const nlohmann::json document = parse_json_text(source.text, source.label);
  const JsonReader root(document, source.label);
  root.expect_object({"$schema", "profile", "title", "source", "substances", "subject_terms", "subject_pronouns", "object_pronouns",
                      "unapproved_forms", "products", "off_label", "risks", "contraindications", "restrictions", "doses", "note"});
  Profile profile;
  profile.origin = source.label;
  profile.name = root.at("profile").string();
  profile.title = root.string_or("title", profile.name);

  std::set<std::string> substance_ids;
  for (const JsonReader& json : root.at("substances").elements()) {
    json.expect_object({"id", "names", "class", "source", "note"});
    Substance substance;
    substance.id = json.at("id").string();
    if (!substance_ids.insert(substance.id).second) json.at("id").fail("duplicate substance id '" + substance.id + "'");
    substance.names = non_empty_strings(json.at("names"));
    substance.drug_class = json.string_or("class", "");
    profile.substances.push_back(std::move(substance));
  }
  if (profile.substances.empty()) root.at("substances").fail("expected at least one substance");
  auto check_substance = [&](const JsonReader& json) {
    const std::string id = json.string();
    if (!substance_ids.count(id)) json.fail("unknown substance '" + id + "' (not in /substances)");
    return id;
  };
  if (const auto subject = root.find("subject_terms")) profile.subject_terms = keyed_phrases(*subject);
  if (const auto pronouns = root.find("subject_pronouns")) profile.subject_pronouns = keyed_phrases(*pronouns);
  if (const auto pronouns = root.find("object_pronouns")) profile.object_pronouns = keyed_phrases(*pronouns);
  if (const auto forms = root.find("unapproved_forms")) profile.unapproved_forms = keyed_phrases(*forms);

  if (const auto products = root.find("products")) {
    for (const JsonReader& json : products->elements()) {
      json.expect_object({"name", "substance", "routes", "approved_for", "schedules", "source", "note"});
      Product product;
      product.name = json.at("name").string();
      product.substance = check_substance(json.at("substance"));
      product.routes = json.at("routes").strings();
      for (const JsonReader& indication : json.at("approved_for").elements()) product.approved_for.push_back(read_indication(indication));
      if (const auto schedules = json.find("schedules")) {
        for (const JsonReader& schedule : schedules->elements()) {
          const std::string name = schedule.string();
          if (std::find(schedule_names.begin(), schedule_names.end(), name) == schedule_names.end()) {
            schedule.fail("expected one of " + schedule_names_listed());
          }
          product.schedules.push_back(name);
        }
      }
      product.source = json.at("source").string();
      profile.products.push_back(std::move(product));
    }
  }
  if (const auto off_label = root.find("off_label")) {
    for (const JsonReader& json : off_label->elements()) {
      json.expect_object({"indication", "terms", "substances", "source", "note"});
      OffLabelUse use;
      nlohmann::json indication_only = json.value();
      indication_only.erase("substances");
      use.indication = read_indication(JsonReader(indication_only, json.file(), json.pointer()));
      if (const auto substances = json.find("substances")) {
        for (const JsonReader& id : substances->elements()) use.substances.push_back(check_substance(id));
      }
      profile.off_label.push_back(std::move(use));
    }
  }
  std::set<std::string> risk_ids;
  for (const JsonReader& json : root.at("risks").elements()) {
    json.expect_object({"id", "name", "severity", "terms", "source", "note"});
    Risk risk;
    risk.id = json.at("id").string();
    if (!risk_ids.insert(risk.id).second) json.at("id").fail("duplicate risk id '" + risk.id + "'");
    risk.name = json.at("name").string();
    const std::string severity = json.at("severity").string();
    if (severity != "major" && severity != "moderate") json.at("severity").fail("expected \"major\" or \"moderate\"");
    risk.major = severity == "major";
    risk.terms = non_empty_strings(json.at("terms"));
    risk.source = json.at("source").string();
    profile.risks.push_back(std::move(risk));
  }
  if (const auto list = root.find("contraindications")) {
    for (const JsonReader& json : list->elements()) {
      json.expect_object({"id", "name", "kind", "terms", "substances", "source", "note"});
      Contraindication item;
      item.id = json.at("id").string();
      item.name = json.at("name").string();
      const std::string kind = json.string_or("kind", "contraindication");
      if (kind != "contraindication" && kind != "caution") json.at("kind").fail("expected \"contraindication\" or \"caution\"");
      item.absolute = kind == "contraindication";
      item.terms = non_empty_strings(json.at("terms"));
      if (const auto substances = json.find("substances")) {
        for (const JsonReader& id : substances->elements()) item.substances.push_back(check_substance(id));
      }
      item.source = json.at("source").string();
      profile.contraindications.push_back(std::move(item));
    }
  }
  if (const auto list = root.find("restrictions")) {
    std::set<std::string> ids;
    for (const JsonReader& json : list->elements()) {
      json.expect_object({"id", "name", "terms", "substances", "products", "source", "note"});
      Restriction item;
      item.id = json.at("id").string();
      if (!ids.insert(item.id).second) json.at("id").fail("duplicate restriction id '" + item.id + "'");
      item.name = json.at("name").string();
      item.terms = non_empty_strings(json.at("terms"));
      if (const auto substances = json.find("substances")) {
        for (const JsonReader& id : substances->elements()) item.substances.push_back(check_substance(id));
      }
      if (const auto products = json.find("products")) {
        for (const JsonReader& name : products->elements()) {
          const std::string product = name.string();
          const bool known = std::any_of(profile.products.begin(), profile.products.end(), [&](const Product& p) { return p.name == product; });
          if (!known) name.fail("unknown product '" + product + "' (not in /products)");
          item.products.push_back(product);
        }
      }
      item.source = json.at("source").string();
      profile.restrictions.push_back(std::move(item));
    }
  }
  if (const auto list = root.find("doses")) {
    for (const JsonReader& json : list->elements()) {
      json.expect_object({"substance", "route", "use", "use_terms", "min", "max", "start", "unit", "per", "product", "source", "note"});
      DoseRange dose;
      dose.substance = check_substance(json.at("substance"));
      dose.route = json.at("route").string();
      dose.use = json.string_or("use", "");
      if (const auto terms = json.find("use_terms")) dose.use_terms = keyed_phrases(*terms);
      for (const char* key : {"min", "max"}) {
        const JsonReader value = json.at(key);
        if (!value.value().is_number() || value.value().get<double>() < 0) value.fail("expected a non-negative number");
      }
      dose.min = json.at("min").value().get<double>();
      dose.max = json.at("max").value().get<double>();
      if (dose.min > dose.max) json.at("min").fail("min is larger than max");
      if (const auto start = json.find("start")) {
        if (!start->value().is_number() || start->value().get<double>() < dose.min || start->value().get<double>() > dose.max) {
          start->fail("expected a number from min to max");
        }
        dose.start = start->value().get<double>();
      }
      dose.unit = json.at("unit").string();
      if (dose.unit != "mg" && dose.unit != "mg/kg" && dose.unit != "g") json.at("unit").fail("expected \"mg\", \"mg/kg\" or \"g\"");
      if (dose.unit == "g") {  // one scale for comparisons: grams become milligrams
        dose.min *= 1000;
        dose.max *= 1000;
        if (dose.start) *dose.start *= 1000;
        dose.unit = "mg";
      }
      dose.per = json.string_or("per", "");
      dose.product = json.string_or("product", "");
      if (!dose.product.empty()) {
        const auto product = std::find_if(profile.products.begin(), profile.products.end(),
                                          [&](const Product& p) { return p.name == dose.product; });
        if (product == profile.products.end()) json.at("product").fail("unknown product '" + dose.product + "' (not in /products)");
        if (product->substance != dose.substance) json.at("product").fail("product '" + dose.product + "' is not of substance '" + dose.substance + "'");
      }
      if (!dose.per.empty() && dose.per != "day" && dose.per != "week") json.at("per").fail("expected \"day\" or \"week\"");
      dose.source = json.at("source").string();
      profile.doses.push_back(std::move(dose));
    }
  }
  return profile;
}

}  // namespace medlint

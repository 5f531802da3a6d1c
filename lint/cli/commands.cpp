// The commands besides check (check_command.cpp): rules, explain, profiles, init.
#include "cli/commands.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "claims/openfda_import.hpp"
#include "claims/profile_catalog.hpp"
#include "cli/profile_selection.hpp"
#include "core/errors.hpp"
#include "engine/config.hpp"
#include "prefilter/rule_cost.hpp"
#include "rules/explain.hpp"
#include "rules/json_reader.hpp"
#include "rules/rule_set.hpp"

namespace medlint {

namespace {

int print_rule_costs(const RuleSet& set, bool json) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  std::size_t full_scan = 0, detectors = 0, prefiltered = 0;
  for (const auto& rule : set.rules()) {
    const RuleCost cost = rule_cost(*rule);
    (cost.cost == "prefilter" ? prefiltered : cost.cost == "full-scan" ? full_scan : detectors) += 1;
    list.push_back({{"id", rule->meta().id}, {"cost", cost.cost}, {"matchers", cost.matchers}, {"unfiltered", cost.unfiltered},
                    {"patterns", cost.patterns}, {"literals", cost.literals}});
  }
  if (json) {
    std::cout << list.dump(2) << '\n';
    return 0;
  }
  for (const auto& row : list) {
    std::string id = row["id"].get<std::string>();
    id.resize(std::max<std::size_t>(id.size(), 36), ' ');
    std::string cost = row["cost"].get<std::string>();
    cost.resize(10, ' ');
    std::cout << id << ' ' << cost;
    if (row["matchers"].get<std::size_t>() > 0) {
      std::cout << ' ' << row["matchers"].get<std::size_t>() << " matcher(s): " << row["patterns"].get<std::size_t>()
                << " by pattern, " << row["literals"].get<std::size_t>() << " literals, " << row["unfiltered"].get<std::size_t>()
                << " unfiltered";
    }
    std::cout << '\n';
  }
  std::cout << set.rules().size() << " rules: " << prefiltered << " searched only where the one-pass scan finds candidates, "
            << full_scan << " with a matcher that has no literal or pattern (whole text), " << detectors
            << " detectors with their own walk\n";
  return 0;
}

}  // namespace

int run_rules(const RulesOptions& options) {
  if (options.action == "validate") {
    std::size_t count = 0;
    for (const std::string& path : options.validate_paths) {
      RuleSet set;
      for (const PackSource& source : pack_sources_from_path(path)) {
        set.add(load_pack(source));
      }
      set.validate_references();
      count += set.rules().size();
    }
    std::cout << "ok: " << count << " rule" << (count == 1 ? "" : "s") << " valid\n";
    return 0;
  }
  const RuleSet set = load_rule_set(!options.no_default_rules, options.rule_paths);
  if (options.action == "show") {
    const Rule* rule = set.find(options.id);
    if (!rule) throw MedlintError("unknown rule '" + options.id + "' (see `medlint rules list`)");
    std::cout << render_explain(*rule);
    return 0;
  }
  if (options.cost) return print_rule_costs(set, options.json);
  if (options.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& rule : set.rules()) {
      const RuleMeta& m = rule->meta();
      list.push_back({{"id", m.id}, {"category", to_string(m.category)}, {"severity", to_string(m.severity)},
                      {"kind", m.kind}, {"scope", to_string(m.scope)}, {"summary", explain_summary(m.explain)},
                      {"origin", m.origin}});
    }
    std::cout << list.dump(2) << '\n';
    return 0;
  }
  for (const auto& rule : set.rules()) {
    const RuleMeta& m = rule->meta();
    std::string id = m.id;
    id.resize(std::max<std::size_t>(id.size(), 36), ' ');
    std::string severity(to_string(m.severity));
    severity.resize(8, ' ');
    std::string kind = m.kind;
    kind.resize(std::max<std::size_t>(kind.size(), 11), ' ');
    std::cout << id << ' ' << severity << ' ' << kind << ' ' << explain_summary(m.explain) << '\n';
  }
  return 0;
}

int run_explain(const std::string& rule_id, const RulesOptions& options) {
  RulesOptions show = options;
  show.action = "show";
  show.id = rule_id;
  return run_rules(show);
}

}  // namespace medlint

namespace medlint {

namespace {

std::string join(const std::vector<std::string>& items, const char* separator = ", ") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string format_amount(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

void print_profile(const Profile& p) {
  std::cout << p.name << ": " << p.title << "\n  defined in: " << p.origin << "\n\nSubstances\n";
  for (const Substance& s : p.substances) {
    std::cout << "  " << s.id << (s.drug_class.empty() ? "" : " (" + s.drug_class + ")") << ": " << join(s.names) << "\n";
  }
  std::cout << "\nApproved products\n";
  if (p.products.empty()) std::cout << "  none\n";
  for (const Product& product : p.products) {
    std::vector<std::string> indications;
    for (const Indication& i : product.approved_for) indications.push_back(i.name);
    std::cout << "  " << product.name << " [" << product.substance << "; " << join(product.routes) << "]: " << join(indications, "; ")
              << "\n";
    if (!product.schedules.empty()) std::cout << "    schedules: " << join(product.schedules) << "\n";
    std::cout << "    source: " << product.source << "\n";
  }
  std::cout << "\nOff-label or unapproved uses\n";
  for (const OffLabelUse& use : p.off_label) {
    std::cout << "  " << use.indication.name << (use.substances.empty() ? "" : " [" + join(use.substances) + "]") << "\n";
  }
  std::cout << "\nRisks\n";
  for (const Risk& risk : p.risks) {
    std::cout << "  " << (risk.major ? "major    " : "moderate ") << risk.id << ": " << risk.name << "\n    source: " << risk.source << "\n";
  }
  std::cout << "\nContraindications and cautions\n";
  for (const Contraindication& c : p.contraindications) {
    std::cout << "  " << (c.absolute ? "contraindication " : "caution          ") << c.name << "\n";
  }
  std::cout << "\nConditions of use\n";
  if (p.restrictions.empty()) std::cout << "  none listed\n";
  for (const Restriction& r : p.restrictions) {
    std::cout << "  " << r.name << (r.substances.empty() ? "" : " [" + join(r.substances) + "]") << "\n";
  }
  std::cout << "\nDoses\n";
  if (p.doses.empty()) std::cout << "  none listed\n";
  for (const DoseRange& d : p.doses) {
    std::cout << "  " << d.substance << " " << d.route << " " << format_amount(d.min) << "-" << format_amount(d.max) << " " << d.unit
              << (d.use.empty() ? "" : " (" + d.use + ")") << "\n";
  }
}

}  // namespace

int run_profiles(const ProfilesOptions& options) {
  if (options.action == "import-openfda") {
    std::ifstream in(options.label, std::ios::binary);
    if (!in) throw MedlintError(options.label + ": cannot read label record");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string draft = draft_profile_from_openfda(parse_json_text(buffer.str(), options.label), options.label).dump(2) + "\n";
    // The draft must load: a draft that medlint itself rejects would only move the problem.
    (void)load_profile({"draft from " + options.label, "draft", draft});
    if (options.output.empty()) {
      std::cout << draft;
    } else {
      std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
      if (!(out << draft)) throw MedlintError(options.output + ": cannot write draft profile");
      std::cerr << "medlint: wrote draft profile " << options.output << "; review every entry before use\n";
    }
    return 0;
  }
  if (options.action == "show") {
    const ProfileSelection selection = resolve_profiles({options.name});
    print_profile(selection.catalog.profiles()[selection.forced.front()]);
    return 0;
  }
  const ProfileCatalog catalog = load_profile_catalog(true, options.files);
  if (options.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Profile& p : catalog.profiles()) {
      nlohmann::ordered_json substances = nlohmann::ordered_json::array();
      for (const Substance& s : p.substances) substances.push_back(s.id);
      list.push_back({{"name", p.name}, {"title", p.title}, {"substances", substances}, {"risks", p.risks.size()},
                      {"origin", p.origin}});
    }
    std::cout << list.dump(2) << '\n';
    return 0;
  }
  for (const Profile& p : catalog.profiles()) {
    std::vector<std::string> substances;
    for (const Substance& s : p.substances) substances.push_back(s.id);
    std::string name = p.name;
    name.resize(std::max<std::size_t>(name.size(), 14), ' ');
    std::cout << name << ' ' << p.title << " [" << join(substances) << "]\n";
  }
  return 0;
}

}  // namespace medlint

namespace medlint {

int run_init(const InitOptions& options) {
  std::error_code ec;
  if (!options.force && std::filesystem::exists(options.path, ec)) {
    throw MedlintError(options.path + ": already exists (use --force to overwrite)");
  }
  const std::string text = starter_config_text();
  std::ofstream out(options.path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw MedlintError(options.path + ": cannot write config file");
  // The starter file must load: a template medlint rejects would only move the problem.
  (void)load_config_file(options.path);
  std::cout << "medlint: wrote " << options.path << "\n";
  return 0;
}

}  // namespace medlint

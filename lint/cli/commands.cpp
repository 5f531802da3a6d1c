// Options → validated settings → run. Config precedence: command line over config file
// over defaults; --ignore adds to the config's ignore list, --select replaces its select.
#include "cli/commands.hpp"

#include <unicode/ucnv.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "claims/openfda_import.hpp"
#include "claims/profile_catalog.hpp"
#include "rules/json_reader.hpp"
#include "core/diagnostics.hpp"
#include "corpus/near_duplicates.hpp"
#include "rules/detectors/corpus_duplicates.hpp"
#include "core/errors.hpp"
#include "engine/config.hpp"
#include "engine/engine.hpp"
#include "engine/file_linter.hpp"
#include "engine/ordered_parallel.hpp"
#include "input/discover.hpp"
#include "report/reporter.hpp"
#include "rules/explain.hpp"
#include "rules/rule_set.hpp"

namespace medlint {

namespace {

std::optional<ConfigFile> resolve_config(const CheckOptions& options) {
  if (!options.config.empty()) {
    if (!std::filesystem::exists(options.config)) throw MedlintError(options.config + ": config file not found");
    return load_config_file(options.config);
  }
  if (options.no_config) return std::nullopt;
  if (const auto found = find_config_file(std::filesystem::current_path())) return load_config_file(*found);
  return std::nullopt;
}

std::optional<Severity> resolve_fail_on(const CheckOptions& options, const std::optional<ConfigFile>& config) {
  std::string value = options.fail_on;
  if (value.empty() && config && config->fail_on) value = *config->fail_on;
  if (value.empty()) value = "error";
  if (value == "never") return std::nullopt;
  return parse_severity(value);
}

bool use_color(const CheckOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never" || !options.output.empty() || options.format != "text") return false;
  if (std::getenv("NO_COLOR") != nullptr) return false;
  return isatty(STDOUT_FILENO) != 0;
}

struct ProfileSelection {
  ProfileCatalog catalog;
  std::vector<std::size_t> forced;
};

bool looks_like_file(const std::string& value) {
  return value.find('/') != std::string::npos || value.find('\\') != std::string::npos ||
         (value.size() > 5 && value.compare(value.size() - 5, 5, ".json") == 0);
}

// --profile NAME picks a built-in profile; --profile FILE loads one (replacing a built-in
// profile of the same name) and picks it.
ProfileSelection resolve_profiles(const std::vector<std::string>& requested) {
  std::vector<std::string> files;
  for (const std::string& value : requested) {
    if (looks_like_file(value)) files.push_back(value);
  }
  ProfileSelection selection{load_profile_catalog(true, files), {}};
  for (const std::string& value : requested) {
    // A file selects the profile it defines, whatever the file is called.
    const std::string name = looks_like_file(value) ? load_profile(profile_source_from_file(value)).name : value;
    const auto index = selection.catalog.find(name);
    if (!index) {
      std::string known;
      for (const Profile& profile : selection.catalog.profiles()) known += (known.empty() ? "" : ", ") + profile.name;
      throw MedlintError("unknown profile '" + value + "' (known: " + known + ")");
    }
    selection.forced.push_back(*index);
  }
  return selection;
}

// One document finding per member of each cluster, from the rule that reports its kind.
std::map<std::size_t, std::vector<ReportedFinding>> duplicate_findings(const std::vector<DuplicateCluster>& clusters,
                                                                       const std::vector<const CorpusDuplicatesRule*>& rules,
                                                                       const std::vector<std::string>& paths) {
  constexpr std::size_t named_members = 3;
  std::map<std::size_t, std::vector<ReportedFinding>> out;
  for (const DuplicateCluster& cluster : clusters) {
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto* r) { return r->reports_templates() == cluster.is_template; });
    if (rule == rules.end()) continue;
    std::vector<std::string> slots;
    for (const std::string& slot : cluster.slots) {
      if (!slot.empty() && std::find(slots.begin(), slots.end(), slot) == slots.end()) slots.push_back(slot);
    }
    std::string slot_text;
    for (std::size_t s = 0; s < slots.size() && s < 6; ++s) slot_text += (s ? " / " : "") + slots[s];
    if (slot_text.empty()) slot_text = "a few scattered words";
    for (std::size_t m = 0; m < cluster.members.size(); ++m) {
      std::string others;
      std::size_t named = 0;
      for (std::size_t o = 0; o < cluster.members.size(); ++o) {
        if (o == m) continue;
        if (named < named_members) others += (named ? ", " : "") + paths[cluster.members[o]];
        ++named;
      }
      if (named > named_members) others += " and " + std::to_string(named - named_members) + " more";
      const Finding finding = (*rule)->member_finding(others, cluster.members.size(), slot_text);
      ReportedFinding reported;
      reported.rule = finding.rule->id;
      reported.category = finding.rule->category;
      reported.severity = finding.severity;
      reported.scope = Scope::document;
      reported.message = finding.message;
      out[cluster.members[m]].push_back(std::move(reported));
    }
  }
  return out;
}

std::string first_sentence(const std::string& text) {
  const std::size_t end = text.find(". ");
  return end == std::string::npos ? text : text.substr(0, end + 1);
}

}  // namespace

int run_check(const CheckOptions& options) {
  const std::optional<ConfigFile> config = resolve_config(options);

  std::vector<std::string> rule_paths = config ? config->rule_paths : std::vector<std::string>{};
  rule_paths.insert(rule_paths.end(), options.rule_paths.begin(), options.rule_paths.end());
  RuleSet rule_set = load_rule_set(!options.no_default_rules, rule_paths,
                                   config ? RuleOptionOverrides(config->rule_options.begin(), config->rule_options.end())
                                          : RuleOptionOverrides{});
  if (config) {
    for (const auto& [rule_id, severity] : config->severity) {
      Rule* rule = rule_set.find(rule_id);
      if (!rule) throw LoadError(config->path, "/severity", "unknown rule '" + rule_id + "'");
      rule->set_severity(severity);
    }
  }
  const std::vector<std::string> select = !options.select.empty() ? options.select
                                          : config                  ? config->select
                                                                    : std::vector<std::string>{};
  std::vector<std::string> ignore = config ? config->ignore : std::vector<std::string>{};
  ignore.insert(ignore.end(), options.ignore.begin(), options.ignore.end());
  const ProfileSelection profiles = resolve_profiles(options.profiles);
  const Engine engine(rule_set.select(select, ignore), &profiles.catalog, profiles.forced);
  // Files matched by per-path overrides in the config get an engine of their own.
  std::map<std::vector<std::size_t>, Engine> path_engines;
  auto engine_for = [&](const std::string& path) -> const Engine& {
    if (!config) return engine;
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < config->overrides.size(); ++i) {
      const auto& globs = config->overrides[i].paths;
      if (std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return path_matches(g, path); })) matched.push_back(i);
    }
    if (matched.empty()) return engine;
    auto it = path_engines.find(matched);
    if (it == path_engines.end()) {
      std::vector<std::string> file_select = select;
      std::vector<std::string> file_ignore = ignore;
      for (const std::size_t i : matched) {
        if (!config->overrides[i].select.empty()) file_select = config->overrides[i].select;
        file_ignore.insert(file_ignore.end(), config->overrides[i].ignore.begin(), config->overrides[i].ignore.end());
      }
      it = path_engines.emplace(matched, Engine(rule_set.select(file_select, file_ignore), &profiles.catalog, profiles.forced)).first;
    }
    return it->second;
  };
  const std::optional<Severity> fail_on = resolve_fail_on(options, config);

  DiscoverOptions discover;
  if (!options.extensions.empty()) discover.extensions = options.extensions;
  else if (config && config->extensions) discover.extensions = *config->extensions;
  for (auto& ext : discover.extensions) {
    if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  }

  std::ofstream file_out;
  if (!options.output.empty()) {
    file_out.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file_out) throw MedlintError(options.output + ": cannot write report");
  }
  std::ostream& out = options.output.empty() ? std::cout : file_out;

  Diagnostics diagnostics(std::cerr);
  std::vector<InputFile> inputs = discover_inputs(options.paths, discover, diagnostics);
  for (InputFile& input : inputs) {
    if (input.is_stdin) input.display_path = options.stdin_filename;
  }

  const auto format = parse_output_format(options.format);
  if (!format) throw MedlintError("unknown format '" + options.format + "'");
  auto reporter = make_reporter(*format, out, {use_color(options), medlint_version()});
  Summary summary;
  bool failed = false;
  const std::size_t jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  FileLintOptions lint_options;
  lint_options.format = *parse_input_format(options.input_format);
  if (!options.encoding.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(options.encoding.c_str(), &status);
    if (U_FAILURE(status)) throw MedlintError("unknown encoding '" + options.encoding + "' (--encoding takes an ICU charset name)");
    ucnv_close(converter);
    lint_options.decode.forced_encoding = options.encoding;
  }
  std::vector<const Engine*> engines;
  for (const InputFile& input : inputs) engines.push_back(&engine_for(input.display_path));

  // The corpus pass (templated pages, near-copies) needs every file; reports are held back
  // until it has run, except in JSONL, where its findings follow the stream.
  std::vector<const CorpusDuplicatesRule*> corpus_rules;
  for (const Rule* rule : engine.rules()) {
    if (const auto* corpus_rule = dynamic_cast<const CorpusDuplicatesRule*>(rule)) corpus_rules.push_back(corpus_rule);
  }
  const bool corpus_pass = !options.no_corpus_checks && !corpus_rules.empty() && inputs.size() > 1;
  const bool hold_reports = corpus_pass && *format != OutputFormat::jsonl;
  lint_options.collect_words = corpus_pass;
  NearDuplicateFinder finder(corpus_pass ? corpus_rules.front()->options() : NearDuplicateOptions{});
  std::vector<FileReport> held;
  std::vector<std::string> report_paths;
  auto publish = [&](const FileReport& report) {
    summary.add(report);
    for (const ReportedFinding& finding : report.findings) failed = failed || (fail_on && finding.severity >= *fail_on);
    reporter->file(report);
  };
  ordered_parallel<std::optional<FileReport>>(
      inputs.size(), jobs, [&](std::size_t i) { return lint_file(inputs[i], *engines[i], lint_options, diagnostics); },
      [&](std::optional<FileReport> report) {
        if (!report) return;
        if (corpus_pass) {
          finder.add(report_paths.size(), report->corpus_words);
          report->corpus_words = {};
          report_paths.push_back(report->path);
        }
        if (hold_reports) held.push_back(std::move(*report));
        else publish(*report);
      });
  if (corpus_pass) {
    std::map<std::size_t, std::vector<ReportedFinding>> extra = duplicate_findings(finder.clusters(), corpus_rules, report_paths);
    for (auto& [index, findings] : extra) {
      if (hold_reports) {
        auto& target = held[index].findings;
        target.insert(target.begin(), findings.begin(), findings.end());
      } else {
        publish(FileReport{report_paths[index], std::move(findings), {}});
      }
    }
  }
  for (const FileReport& report : held) publish(report);
  reporter->finish(summary);
  out.flush();
  if (!out) throw MedlintError((options.output.empty() ? std::string("standard output") : options.output) + ": write failed");
  if (diagnostics.had_error()) return static_cast<int>(ExitCode::error);
  return static_cast<int>(failed ? ExitCode::findings : ExitCode::clean);
}

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
  if (options.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& rule : set.rules()) {
      const RuleMeta& m = rule->meta();
      list.push_back({{"id", m.id}, {"category", to_string(m.category)}, {"severity", to_string(m.severity)},
                      {"kind", m.kind}, {"scope", to_string(m.scope)}, {"summary", first_sentence(m.explain.text)},
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
    std::cout << id << ' ' << severity << ' ' << kind << ' ' << first_sentence(m.explain.text) << '\n';
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
              << "\n    source: " << product.source << "\n";
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

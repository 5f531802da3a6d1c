// `medlint check`: options → validated settings → lint every input → report. Config
// precedence: command line over config file over defaults; --ignore adds to the config's
// ignore list, --select replaces its select.
#include <unicode/ucnv.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>
#include <utility>

#include "cli/commands.hpp"
#include "cli/profile_selection.hpp"
#include "cli/progress.hpp"
#include "core/diagnostics.hpp"
#include "core/errors.hpp"
#include "core/spill_store.hpp"
#include "corpus/near_duplicates.hpp"
#include "engine/baseline.hpp"
#include "engine/config.hpp"
#include "engine/engine.hpp"
#include "engine/file_fixer.hpp"
#include "engine/ordered_parallel.hpp"
#include "input/jsonl_documents.hpp"
#include "input/discover.hpp"
#include "report/fingerprint.hpp"
#include "report/report_directory.hpp"
#include "report/reporter.hpp"
#include "report/report_codec.hpp"
#include "rules/detectors/corpus_duplicates.hpp"
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

std::vector<RuleDescriptor> describe_rules(const RuleSet& set) {
  std::vector<RuleDescriptor> out;
  for (const auto& rule : set.rules()) {
    const RuleMeta& m = rule->meta();
    out.push_back({m.id, m.category, m.severity, explain_summary(m.explain), m.explain.text, m.explain.bad, m.explain.good,
                   m.fix_safe});
  }
  return out;
}

// Config severities: a category's setting first, then a rule's own (which wins).
void apply_severities(RuleSet& set, const ConfigFile& config) {
  for (const bool by_category : {true, false}) {
    for (const auto& [target, severity] : config.severity) {
      const bool is_category = parse_category(target).has_value();
      if (is_category != by_category) continue;
      if (is_category) {
        for (const auto& rule : set.rules()) {
          if (to_string(rule->meta().category) == target) set.find(rule->meta().id)->set_severity(severity);
        }
      } else if (Rule* rule = set.find(target)) {
        rule->set_severity(severity);
      } else {
        throw LoadError(config.path, "/severity/" + target, "unknown rule or category '" + target + "'");
      }
    }
  }
}

// What a worker hands back for one input.
struct FileOutcome {
  std::optional<FileReport> report;
  std::size_t bytes = 0;
  std::size_t fixes = 0;
  std::string diff;
  CorpusDocument corpus;  ///< the words signed for the corpus pass, when it runs
};

}  // namespace

int run_check(const CheckOptions& options) {
  const std::optional<ConfigFile> config = resolve_config(options);
  if (options.fix && options.fix_dry_run) throw MedlintError("--fix and --fix-dry-run exclude each other");

  std::vector<std::string> rule_paths = config ? config->rule_paths : std::vector<std::string>{};
  rule_paths.insert(rule_paths.end(), options.rule_paths.begin(), options.rule_paths.end());
  RuleSet rule_set = load_rule_set(!options.no_default_rules, rule_paths,
                                   config ? RuleOptionOverrides(config->rule_options.begin(), config->rule_options.end())
                                          : RuleOptionOverrides{});
  if (config) apply_severities(rule_set, *config);
  const std::vector<std::string> select = !options.select.empty() ? options.select
                                          : config                  ? config->select
                                                                    : std::vector<std::string>{};
  std::vector<std::string> ignore = config ? config->ignore : std::vector<std::string>{};
  ignore.insert(ignore.end(), options.ignore.begin(), options.ignore.end());
  const ProfileSelection profiles = resolve_profiles(!options.profiles.empty() ? options.profiles
                                                     : config                  ? config->profiles
                                                                               : std::vector<std::string>{});
  const std::chrono::milliseconds rule_budget(options.rule_timeout_ms);
  const std::size_t jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Engine engine(rule_set.select(select, ignore), &profiles.catalog, profiles.forced);
  engine.set_rule_budget(rule_budget);
  engine.set_split(options.split_bytes, static_cast<unsigned>(jobs));
  engine.set_language_check(!options.all_languages);
  // Files matched by per-path overrides in the config get an engine of their own.
  std::map<std::vector<std::size_t>, Engine> path_engines;
  auto overrides_of = [&](const std::string& path) {
    std::vector<std::size_t> matched;
    if (!config) return matched;
    for (std::size_t i = 0; i < config->overrides.size(); ++i) {
      if (path_matches_any(config->overrides[i].paths, path)) matched.push_back(i);
    }
    return matched;
  };
  auto engine_for = [&](const std::vector<std::size_t>& matched) -> const Engine& {
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
      it->second.set_rule_budget(rule_budget);
      it->second.set_split(options.split_bytes, static_cast<unsigned>(jobs));
      it->second.set_language_check(!options.all_languages);
    }
    return it->second;
  };
  // Per-path severities apply to the findings (the rules themselves are shared).
  auto apply_path_severities = [&](FileReport& report, const std::vector<std::size_t>& matched) {
    for (const std::size_t i : matched) {
      for (ReportedFinding& f : report.findings) {
        const auto by_rule = config->overrides[i].severity.find(f.rule);
        const auto by_category = config->overrides[i].severity.find(std::string(to_string(f.category)));
        if (by_rule != config->overrides[i].severity.end()) f.severity = by_rule->second;
        else if (by_category != config->overrides[i].severity.end()) f.severity = by_category->second;
      }
    }
  };
  const std::optional<Severity> fail_on = resolve_fail_on(options, config);
  const std::optional<Baseline> baseline = options.baseline.empty() ? std::nullopt : std::optional(Baseline::load(options.baseline));

  DiscoverOptions discover;
  if (!options.extensions.empty()) discover.extensions = options.extensions;
  else if (config && config->extensions) discover.extensions = *config->extensions;
  for (auto& ext : discover.extensions) {
    if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  }
  if (config && options.extensions.empty()) discover.include = config->include;
  if (config) discover.exclude = config->exclude;

  std::ofstream file_out;
  if (!options.output.empty()) {
    file_out.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file_out) throw MedlintError(options.output + ": cannot write report");
  }
  std::ostream& out = options.output.empty() ? std::cout : file_out;

  Diagnostics diagnostics(std::cerr);
  diagnostics.set_quiet(options.quiet);
  std::vector<InputFile> inputs = discover_inputs(options.paths, discover, diagnostics);
  for (InputFile& input : inputs) {
    if (input.is_stdin) input.display_path = options.stdin_filename;
  }

  const auto format = parse_output_format(options.format);
  if (!format) throw MedlintError("unknown format '" + options.format + "'");
  ReporterOptions reporter_options{use_color(options), medlint_version(), describe_rules(rule_set), {}, fail_on};
  for (const Rule* rule : engine.rules()) reporter_options.checked.push_back(rule->meta().id);
  // A dry run prints the diff on stdout; the report is then not printed.
  std::ostringstream discarded;
  auto reporter = make_reporter(*format, options.fix_dry_run ? discarded : out, reporter_options);
  std::optional<ReportDirectory> report_dir;
  if (!options.report_dir.empty()) report_dir.emplace(options.report_dir, reporter_options);
  BaselineWriter baseline_writer;

  Summary summary;
  bool failed = false;
  FileLintOptions lint_options;
  // Distributed mode: documents are lines of JSON, not files; each is linted on its own.
  const bool jsonl_input = options.input_format == "jsonl";
  if (jsonl_input && (options.fix || options.fix_dry_run)) throw MedlintError("--fix needs files, not --input-format jsonl");
  lint_options.format = jsonl_input ? InputFormat::automatic : *parse_input_format(options.input_format);
  lint_options.keep_source = report_dir.has_value() || *format == OutputFormat::html;
  if (!options.encoding.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(options.encoding.c_str(), &status);
    if (U_FAILURE(status)) throw MedlintError("unknown encoding '" + options.encoding + "' (--encoding takes an ICU charset name)");
    ucnv_close(converter);
    lint_options.decode.forced_encoding = options.encoding;
  }
  std::vector<std::vector<std::size_t>> file_overrides;
  std::vector<const Engine*> engines;
  for (const InputFile& input : jsonl_input ? std::vector<InputFile>{} : inputs) {
    file_overrides.push_back(overrides_of(input.display_path));
    engines.push_back(&engine_for(file_overrides.back()));
  }

  // The corpus pass (templated pages, near-copies) needs every file; reports are held back
  // until it has run, except in JSONL, where its findings follow the stream.
  std::vector<const CorpusDuplicatesRule*> corpus_rules;
  for (const Rule* rule : engine.rules()) {
    if (const auto* corpus_rule = dynamic_cast<const CorpusDuplicatesRule*>(rule)) corpus_rules.push_back(corpus_rule);
  }
  // JSONL documents are often split across processes, so cross-document checks are off there.
  const bool corpus_pass = !jsonl_input && !options.no_corpus_checks && !corpus_rules.empty() && inputs.size() > 1;
  const bool hold_reports = corpus_pass && *format != OutputFormat::jsonl;
  lint_options.collect_words = corpus_pass;
  NearDuplicateFinder finder(corpus_pass ? corpus_rules.front()->options() : NearDuplicateOptions{});
  // Held reports wait encoded, in memory up to a budget and then in a temporary file, so the
  // corpus pass does not hold every finding of a large corpus in memory.
  SpillStore held;
  std::vector<SpillStore::Span> held_spans;
  std::vector<std::string> report_paths;
  std::size_t fixes = 0, fixed_files = 0;
  auto publish = [&](FileReport& report) {
    assign_fingerprints(report);
    if (!options.write_baseline.empty()) baseline_writer.add(report);
    if (baseline) std::erase_if(report.findings, [&](const ReportedFinding& f) { return baseline->contains(f.fingerprint); });
    summary.add(report);
    for (const ReportedFinding& finding : report.findings) failed = failed || (fail_on && finding.severity >= *fail_on);
    reporter->file(report);
    if (report_dir) report_dir->add(report);
  };
  const bool fixing = options.fix || options.fix_dry_run;
  if (jsonl_input) {
    // Batches bound memory: a stream of any length holds at most one batch of documents.
    for (const InputFile& input : inputs) {
      std::ifstream file_in;
      if (!input.is_stdin) {
        file_in.open(input.fs_path, std::ios::binary);
        if (!file_in) {
          diagnostics.error(input.display_path, "cannot open");
          continue;
        }
      }
      JsonlDocumentReader reader(input.is_stdin ? std::cin : file_in, input.is_stdin ? "<stdin>" : input.display_path,
                                 lint_options.max_file_bytes);
      for (;;) {
        std::vector<JsonlDocument> batch = reader.next_batch(jobs * 64, std::size_t{64} << 20, diagnostics);
        if (batch.empty()) break;
        ordered_parallel<FileReport>(
            batch.size(), jobs,
            [&](std::size_t i) {
              JsonlDocument& document = batch[i];
              const std::vector<std::size_t> path_overrides = overrides_of(document.id);
              FileReport report = lint_text(document.id, std::move(document.text), engine_for(path_overrides), diagnostics, lint_options);
              apply_path_severities(report, path_overrides);
              report.document_id = document.id;
              report.document_url = document.url;
              return report;
            },
            [&](FileReport report) { publish(report); });
      }
    }
    inputs.clear();
  }
  ProgressBar progress(inputs.size(), !options.quiet && (options.progress || stderr_is_interactive()));
  ordered_parallel<FileOutcome>(
      inputs.size(), jobs,
      [&](std::size_t i) {
        FileOutcome outcome;
        if (fixing) {
          FixOutcome fixed = fix_file(inputs[i], *engines[i], lint_options, diagnostics, options.fix_dry_run);
          outcome.report = std::move(fixed.report);
          outcome.fixes = fixed.applied;
          outcome.diff = std::move(fixed.diff);
        } else {
          outcome.report = lint_file(inputs[i], *engines[i], lint_options, diagnostics);
        }
        if (outcome.report) {
          outcome.bytes = outcome.report->source_bytes;
          apply_path_severities(*outcome.report, file_overrides[i]);
          if (corpus_pass) {
            // exchange, not `= {}`: assigning {} keeps the vector's capacity, which held
            // reports would then carry until the end of the run.
            outcome.corpus = finder.prepare(std::exchange(outcome.report->corpus_words, std::vector<std::string>{}));
          }
        }
        return outcome;
      },
      [&](FileOutcome outcome) {
        progress.advance(outcome.bytes);
        fixes += outcome.fixes;
        fixed_files += outcome.fixes > 0 ? 1 : 0;
        if (!outcome.diff.empty()) out << outcome.diff;
        if (!outcome.report) return;
        FileReport& report = *outcome.report;
        if (corpus_pass) {
          finder.add(report_paths.size(), std::move(outcome.corpus));
          report_paths.push_back(report.path);
        }
        if (hold_reports) held_spans.push_back(held.append(encode_report(report)));
        else publish(report);
      });
  progress.finish();
  std::map<std::size_t, std::vector<ReportedFinding>> extra;  // corpus-pass findings by report index
  if (corpus_pass) {
    extra = duplicate_findings(finder.clusters(jobs), corpus_rules, report_paths);
    if (!hold_reports) {
      for (auto& [index, findings] : extra) {
        FileReport report{report_paths[index], std::move(findings), {}, {}, 0, {}, {}};
        publish(report);
      }
    }
  }
  for (std::size_t index = 0; index < held_spans.size(); ++index) {
    FileReport report = decode_report(held.read(held_spans[index]));
    if (const auto found = extra.find(index); found != extra.end()) {
      report.findings.insert(report.findings.begin(), found->second.begin(), found->second.end());
    }
    publish(report);
  }
  reporter->finish(summary);
  if (report_dir) report_dir->finish();
  if (!options.write_baseline.empty()) baseline_writer.write(options.write_baseline, medlint_version());
  if (fixing && !options.quiet) {
    std::cerr << "medlint: " << (options.fix ? "fixed " : "would fix ") << fixes << " finding" << (fixes == 1 ? "" : "s") << " in "
              << fixed_files << " file" << (fixed_files == 1 ? "" : "s") << "\n";
  }
  out.flush();
  if (!out) throw MedlintError((options.output.empty() ? std::string("standard output") : options.output) + ": write failed");
  if (diagnostics.had_error()) return static_cast<int>(ExitCode::error);
  return static_cast<int>(failed ? ExitCode::findings : ExitCode::clean);
}

}  // namespace medlint

// CLI11 definitions of every command and option, with the help text users see.
#include "cli/options.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace medlint {

std::string medlint_version() {
  const char* test = std::getenv("MEDLINT_TEST");
  if (test && std::string(test) == "1") return "0.0.0-test";
  return MEDLINT_VERSION;
}

namespace {

void add_rule_source_options(CLI::App& command, std::vector<std::string>& rule_paths, bool& no_default_rules) {
  command.add_option("--rules", rule_paths, "Extra rule pack file, or directory of *.json packs (repeatable)")
      ->allow_extra_args(false)
      ->type_name("PATH");
  command.add_flag("--no-default-rules", no_default_rules, "Do not load the built-in rule packs");
}

}  // namespace

std::optional<Invocation> parse_command_line(int argc, char** argv, int& exit_code) {
  Invocation inv;
  CLI::App app{"medlint: a content-quality linter for medical articles.\n"
               "Finds spun text, corrupted citations, scraper residue, missing disclaimers and\n"
               "claims that contradict what is known about a drug.",
               "medlint"};
  app.set_version_flag("--version", "medlint " + medlint_version());
  app.require_subcommand(1);
  app.footer("Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage/config/rule-pack/I-O error.\n"
             "Run `medlint COMMAND --help` for the options of a command.");

  CheckOptions& c = inv.check;
  CLI::App* check = app.add_subcommand("check", "Lint files, directories (recursively) or - for stdin");
  check->add_option("paths", c.paths, "Files, directories, or - for standard input (default: .)")->type_name("PATH...");
  check->add_option("--format", c.format,
                    "Report format: text (default), json (SPEC report), jsonl (one finding a line), sarif (SARIF 2.1.0 "
                    "for code scanning), junit (JUnit XML for Jenkins/GitLab), github (Actions annotations), checkstyle "
                    "(for reviewdog), codequality (GitLab Code Quality), html (one self-contained page)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "sarif", "junit", "github", "checkstyle", "codequality", "html"}))
      ->type_name("FORMAT");
  check->add_option("--output,-o", c.output, "Write the report to FILE instead of standard output")->type_name("FILE");
  add_rule_source_options(*check, c.rule_paths, c.no_default_rules);
  check->add_option("--config", c.config, "Config file (default: nearest .medlint.json upward from the current directory)")
      ->type_name("FILE");
  check->add_flag("--no-config", c.no_config, "Ignore .medlint.json files");
  check->add_option("--select", c.select, "Run only these rules or categories (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE|CATEGORY");
  check->add_option("--ignore", c.ignore, "Do not run these rules or categories (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE|CATEGORY");
  check->add_option("--fail-on", c.fail_on, "Exit 1 when a finding at or above this severity exists (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->type_name("LEVEL");
  check->add_option("--jobs,-j", c.jobs, "Worker threads (default: all cores)")->type_name("N");
  check->add_option("--split-size", c.split_bytes,
                    "Lint a document larger than SIZE on several jobs, in runs of paragraphs of about SIZE "
                    "(bytes, or with K, M, G; default 4M; 0: never split)")
      ->transform(CLI::AsSizeValue(false).description(""))  // the help text says the units
      ->type_name("SIZE");
  check->add_option("--color", c.color, "Colour in text output: auto (only on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  check->add_flag_callback("--no-color", [&c] { c.color = "never"; }, "Same as --color never");
  check->add_option("--ext", c.extensions, "File extensions to lint inside directories (default: txt,md,markdown,html,htm)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("EXT");
  check->add_option("--stdin-filename", c.stdin_filename, "Name to report for input read from - (its extension sets the format)")
      ->type_name("NAME");
  check->add_option("--input-format", c.input_format,
                    "How to read inputs: auto (by extension: .md/.markdown Markdown, .html/.htm HTML, else text), text, "
                    "markdown, html, or jsonl: one {\"id\",\"text\",\"url\"} document per line (use - for stdin); "
                    "findings are keyed by id")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "jsonl"}))
      ->type_name("FORMAT");
  check->add_flag("--no-corpus-checks", c.no_corpus_checks,
                  "Skip the checks across files (templated pages and near-copies in one run)");
  check->add_flag("--all-languages", c.all_languages,
                  "Run every rule on every document; by default a document plainly not in English (by its script and "
                  "function words) is linted only by the rules that read no English (encoding damage, duplicates)");
  check->add_option("--encoding", c.encoding,
                    "Read inputs in this charset (e.g. windows-1252, ISO-8859-1, UTF-16LE) instead of detecting it")
      ->type_name("NAME");
  check->add_option("--profile", c.profiles,
                    "Reference profile to check claims against, by name (see `medlint profiles list`) or JSON file "
                    "(repeatable; default: detect from the substances each document names)")
      ->allow_extra_args(false)
      ->type_name("NAME|FILE");

  check->add_option("--report-dir", c.report_dir,
                    "Auditor mode: also write a JSON and an HTML report per file, index.html and summary.csv into DIR")
      ->type_name("DIR");
  check->add_flag("--fix", c.fix, "Apply the fixes rules mark safe, in place (atomic write), then report what is left");
  check->add_flag("--fix-dry-run", c.fix_dry_run, "Print the safe fixes as a unified diff instead of the report; change nothing");
  check->add_option("--baseline", c.baseline, "Report only findings not recorded in this baseline file")->type_name("FILE");
  check->add_option("--write-baseline", c.write_baseline, "Record every current finding in FILE (use later with --baseline)")
      ->type_name("FILE");
  check->add_flag("--quiet,-q", c.quiet, "No progress bar and no warnings on stderr (errors are still shown)");
  check->add_flag("--progress", c.progress, "Show the progress bar even when stderr is not a terminal");
  check->add_option("--rule-timeout", c.rule_timeout_ms,
                    "Stop a rule that spends more than MS milliseconds on one file, report it, and go on (default 10000; "
                    "0: no limit)")
      ->type_name("MS");

  CLI::App* init = app.add_subcommand("init", "Write a commented starter .medlint.json in the current directory");
  init->add_option("--output,-o", inv.init.path, "Where to write it (default: .medlint.json)")->type_name("FILE");
  init->add_flag("--force", inv.init.force, "Overwrite an existing file");

  RulesOptions& r = inv.rules;
  CLI::App* rules = app.add_subcommand("rules", "List, show or validate rules and rule packs");
  rules->require_subcommand(1);
  CLI::App* list = rules->add_subcommand("list", "List every loaded rule with its severity and kind");
  add_rule_source_options(*list, r.rule_paths, r.no_default_rules);
  list->add_flag("--json", r.json, "Print the list as JSON");
  list->add_flag("--cost", r.cost,
                 "Show how each rule is searched: only where its literals occur (literal), over the whole text "
                 "because a pattern or phrase list has no usable literal (full-scan), or by its own walk (detector)");
  CLI::App* show = rules->add_subcommand("show", "Show one rule's documentation and settings");
  show->add_option("id", r.id, "Rule id, e.g. spinner/tortured-phrase")->required();
  add_rule_source_options(*show, r.rule_paths, r.no_default_rules);
  CLI::App* validate = rules->add_subcommand("validate", "Check rule pack files without linting anything");
  validate->add_option("paths", r.validate_paths, "Pack files or directories of packs")->required()->type_name("PATH...");

  CLI::App* explain = app.add_subcommand("explain", "Explain a rule: why it exists, an example it flags, the fix");
  explain->add_option("rule", inv.explain_id, "Rule id, e.g. disclaimer/missing")->required();
  add_rule_source_options(*explain, r.rule_paths, r.no_default_rules);

  ProfilesOptions& p = inv.profiles;
  CLI::App* profiles = app.add_subcommand("profiles", "List or show the reference profiles claims are checked against");
  profiles->require_subcommand(1);
  CLI::App* profiles_list = profiles->add_subcommand("list", "List the loaded profiles with their substances");
  profiles_list->add_flag("--json", p.json, "Print the list as JSON");
  profiles_list->add_option("--profile", p.files, "Extra profile file (repeatable)")->allow_extra_args(false)->type_name("FILE");
  CLI::App* profiles_show = profiles->add_subcommand("show", "Show one profile: products, risks, contraindications, doses");
  profiles_show->add_option("name", p.name, "Profile name or file")->required();
  CLI::App* profiles_import = profiles->add_subcommand(
      "import-openfda", "Draft a profile from an openFDA drug-label record (api.fda.gov/drug/label.json) for review");
  profiles_import->add_option("label", p.label, "The label record (one result, or a response with results[])")
      ->required()
      ->type_name("LABEL.json");
  profiles_import->add_option("--output,-o", p.output, "Write the draft profile to FILE")->type_name("FILE");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    exit_code = app.exit(e);
    return std::nullopt;
  } catch (const CLI::CallForVersion& e) {
    exit_code = app.exit(e);
    return std::nullopt;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      exit_code = app.exit(e);
    } else {
      std::cerr << "medlint: error: " << e.what() << "\nRun `medlint --help` for usage.\n";
      exit_code = 2;
    }
    return std::nullopt;
  }
  if (check->parsed()) {
    inv.command = "check";
    if (c.paths.empty()) c.paths.push_back(".");
  } else if (rules->parsed()) {
    inv.command = "rules";
    r.action = list->parsed() ? "list" : show->parsed() ? "show" : "validate";
  } else if (init->parsed()) {
    inv.command = "init";
  } else if (profiles->parsed()) {
    inv.command = "profiles";
    p.action = profiles_list->parsed() ? "list" : profiles_show->parsed() ? "show" : "import-openfda";
  } else {
    inv.command = "explain";
  }
  return inv;
}

}  // namespace medlint

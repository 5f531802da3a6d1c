// The real binary, run the way users and CI run it: exit codes, formats, errors, config.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <random>

#include "test_support.hpp"

using namespace medlint::test;
using nlohmann::json;

namespace {

const std::string clean_article =
    "Metformin lowers blood glucose.\nThis page is for informational purposes only and is not medical advice.\n";
const std::string spun_article = "Monitoring of important signs is routine.\nThe clinic is Secure and helpful.\n";

// Checks the report shape of SPEC section 5.
void check_report_shape(const json& report) {
  REQUIRE(report.at("tool").at("name") == "medlint");
  REQUIRE(report.at("tool").at("version").is_string());
  REQUIRE(report.at("files").is_array());
  for (const auto& file : report.at("files")) {
    REQUIRE(file.at("path").is_string());
    for (const auto& f : file.at("findings")) {
      for (const char* key : {"rule", "category", "severity", "scope", "message"}) REQUIRE(f.at(key).is_string());
      for (const char* key : {"line", "column", "end_line", "end_column"}) REQUIRE(f.at(key).get<int>() >= 1);
      CHECK((f["scope"] == "span" || f["scope"] == "document"));
      CHECK((f["severity"] == "error" || f["severity"] == "warning" || f["severity"] == "info"));
      if (f["scope"] == "span") CHECK(f.at("excerpt").is_string());
      const std::string rule = f["rule"];
      CHECK(rule.substr(0, rule.find('/')) == f["category"].get<std::string>());
    }
  }
  const auto& s = report.at("summary");
  for (const char* key : {"files", "findings", "error", "warning", "info"}) REQUIRE(s.at(key).is_number_unsigned());
}

}  // namespace

TEST_CASE("cli: --version and --help", "[cli]") {
  auto version = run_medlint({"--version"});
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Catch::Contains("medlint 0.0.0-test"));
  auto help = run_medlint({"check", "--help"});
  CHECK(help.status == 0);
  for (const char* option : {"--format", "--select", "--ignore", "--fail-on", "--rules", "--config", "--jobs", "--no-color"}) {
    CHECK_THAT(help.out, Catch::Contains(option));
  }
  // --split-size states its units in its own words, not in CLI11's validator hint.
  CHECK_THAT(help.out, Catch::Contains("--split-size SIZE ") && !Catch::Contains("kb(=1024b)"));
}

TEST_CASE("exit codes: clean 0 / findings 1 / errors 2", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "clean.txt", clean_article);
  write_file(dir.path() / "spun.txt", spun_article);
  CHECK(run_medlint({"check", "clean.txt"}, dir.path()).status == 0);
  auto spun = run_medlint({"check", "spun.txt"}, dir.path());
  CHECK(spun.status == 1);

  auto missing = run_medlint({"check", "nope.txt"}, dir.path());
  CHECK(missing.status == 2);
  CHECK(missing.err == "medlint: nope.txt: error: no such file or directory\n");

  write_file(dir.path() / "broken.json", R"({"pack": "b", "rules": [{"id": "spinner/x"}]})");
  auto broken = run_medlint({"check", "--rules", "broken.json", "clean.txt"}, dir.path());
  CHECK(broken.status == 2);
  CHECK(broken.err == "medlint: error: broken.json: at /rules/0: missing required key 'category'\n");

  auto usage = run_medlint({"check", "--no-such-option"}, dir.path());
  CHECK(usage.status == 2);
  CHECK_THAT(usage.err, Catch::StartsWith("medlint: error:"));
}

TEST_CASE("a missing file does not stop the others being linted", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "spun.txt", spun_article);
  auto run = run_medlint({"check", "--format", "json", "gone.txt", "spun.txt"}, dir.path());
  CHECK(run.status == 2);
  const json report = json::parse(run.out);
  REQUIRE(report["files"].size() == 1);
  CHECK(report["files"][0]["path"] == "spun.txt");
}

TEST_CASE("cli: --fail-on moves the threshold", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "ui.txt", "Skip to content\n" + clean_article);  // a warning only
  CHECK(run_medlint({"check", "ui.txt"}, dir.path()).status == 0);
  CHECK(run_medlint({"check", "--fail-on", "warning", "ui.txt"}, dir.path()).status == 1);
  write_file(dir.path() / "spun.txt", spun_article);
  CHECK(run_medlint({"check", "--fail-on", "never", "spun.txt"}, dir.path()).status == 0);
}

TEST_CASE("the JSON report has the SPEC shape and paths as given", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "articles/spun.txt", spun_article);
  write_file(dir.path() / "articles/clean.txt", clean_article);
  auto run = run_medlint({"check", "--format", "json", "--ignore", "attribution", "articles/"}, dir.path());
  CHECK(run.status == 1);
  const json report = json::parse(run.out);
  check_report_shape(report);
  REQUIRE(report["files"].size() == 2);
  CHECK(report["files"][0]["path"] == "articles/clean.txt");
  CHECK(report["files"][1]["path"] == "articles/spun.txt");
  const auto& first = report["files"][1]["findings"][0];
  CHECK(first["rule"] == "disclaimer/missing");
  CHECK(first["scope"] == "document");
  const auto& spun = report["files"][1]["findings"][1];
  CHECK(spun["rule"] == "spinner/tortured-phrase");
  CHECK(spun["line"] == 1);
  CHECK(spun["column"] == 1);
  CHECK(spun["end_column"] == 29);
  CHECK(spun["suggestion"] == "Monitoring of vital signs");
  CHECK(report["summary"]["files"] == 2);
}

TEST_CASE("jsonl writes one finding per line with its path", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "spun.txt", spun_article);
  auto run = run_medlint({"check", "--format", "jsonl", "--ignore", "attribution", "spun.txt"}, dir.path());
  std::istringstream lines(run.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    const json finding = json::parse(line);
    CHECK(finding["path"] == "spun.txt");
    ++count;
  }
  CHECK(count == 3);
}

TEST_CASE("text format: location / severity / message / rule / excerpt with carets / summary", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "spun.txt", spun_article);
  auto run = run_medlint({"check", "--ignore", "attribution", "spun.txt"}, dir.path());
  CHECK_THAT(run.out, Catch::Contains("spun.txt:2:15: error: 'Secure and helpful' looks like a spun synonym of "
                                      "'safe and effective' [spinner/tortured-phrase]\n"
                                      " 2 | The clinic is Secure and helpful.\n"
                                      "   |               ^^^^^^^^^^^^^^^^^^\n"
                                      "   = suggestion: safe and effective\n"));
  CHECK_THAT(run.out, Catch::Contains("3 findings (3 errors, 0 warnings, 0 info) in 1 file."));
  CHECK(run.out.find('\x1b') == std::string::npos);  // no colour when not a terminal
  auto coloured = run_medlint({"check", "--color", "always", "spun.txt"}, dir.path());
  CHECK(coloured.out.find('\x1b') != std::string::npos);
}

TEST_CASE("cli: --select and --ignore by rule id and category", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "spun.txt", spun_article);
  auto only = run_medlint({"check", "--format", "json", "--select", "disclaimer", "spun.txt"}, dir.path());
  CHECK(json::parse(only.out)["summary"]["findings"] == 1);
  auto ignored = run_medlint({"check", "--format", "json", "--ignore", "spinner/tortured-phrase,spinner/mid-sentence-capital,disclaimer,attribution", "spun.txt"}, dir.path());
  CHECK(json::parse(ignored.out)["summary"]["findings"] == 0);
  CHECK(ignored.status == 0);
  auto typo = run_medlint({"check", "--select", "disclaimers", "spun.txt"}, dir.path());
  CHECK(typo.status == 2);
  CHECK_THAT(typo.err, Catch::Contains("unknown rule or category 'disclaimers'"));
}

TEST_CASE("stdin / --stdin-filename and --output", "[cli]") {
  TempDir dir;
  auto run = run_medlint({"check", "--format", "json", "--stdin-filename", "draft.md", "-"}, dir.path(), spun_article);
  CHECK(run.status == 1);
  CHECK(json::parse(run.out)["files"][0]["path"] == "draft.md");
  auto to_file = run_medlint({"check", "--format", "json", "--output", "report.json", "-"}, dir.path(), spun_article);
  CHECK(to_file.status == 1);
  CHECK(to_file.out.empty());
  CHECK(json::parse(slurp(dir.path() / "report.json"))["files"][0]["path"] == "-");
}

TEST_CASE("the nearest .medlint.json applies - --no-config ignores it - a bad one is an error", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "site/pages/spun.txt", spun_article);
  write_file(dir.path() / "site/.medlint.json", R"({"ignore": ["spinner", "attribution"], "severity": {"disclaimer/missing": "warning"}})");
  const auto cwd = dir.path() / "site/pages";
  auto configured = run_medlint({"check", "--format", "json", "spun.txt"}, cwd);
  CHECK(configured.status == 0);
  const json report = json::parse(configured.out);
  CHECK(report["summary"]["findings"] == 1);
  CHECK(report["summary"]["warning"] == 1);
  CHECK(run_medlint({"check", "--no-config", "spun.txt"}, cwd).status == 1);

  write_file(dir.path() / "site/.medlint.json", R"({"ignore": "spinner"})");
  auto bad = run_medlint({"check", "spun.txt"}, cwd);
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains(".medlint.json: at /ignore: expected an array"));
}

TEST_CASE("rules list / rules show / rules validate and explain", "[cli]") {
  auto list = run_medlint({"rules", "list"});
  CHECK(list.status == 0);
  CHECK_THAT(list.out, Catch::Contains("disclaimer/missing"));
  CHECK_THAT(list.out, Catch::Contains("spinner/tortured-phrase"));
  auto as_json = run_medlint({"rules", "list", "--json"});
  CHECK(json::parse(as_json.out).size() >= 5);

  auto explain = run_medlint({"explain", "disclaimer/missing"});
  CHECK(explain.status == 0);
  CHECK_THAT(explain.out, Catch::Contains("What it flags and why"));
  CHECK_THAT(explain.out, Catch::Contains("Flagged"));
  auto unknown = run_medlint({"explain", "spinner/nope"});
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown rule 'spinner/nope'"));

  TempDir dir;
  auto ok = run_medlint({"rules", "validate", std::string(MEDLINT_SOURCE_DIR) + "/rules"});
  CHECK(ok.status == 0);
  CHECK_THAT(ok.out, Catch::StartsWith("ok: "));
  write_file(dir.path() / "bad.json", "{\"pack\": \"x\", \"rules\": [}");
  auto bad = run_medlint({"rules", "validate", "bad.json"}, dir.path());
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("bad.json: at line 1, column 25: invalid JSON"));
}

TEST_CASE("cli: --jobs does not change the report", "[cli]") {
  TempDir dir;
  for (int i = 0; i < 12; ++i) {
    std::string name = std::to_string(i);
    name += ".txt";
    write_file(dir.path() / name, i % 2 ? spun_article : clean_article);
  }
  auto one = run_medlint({"check", "--format", "json", "--jobs", "1", "."}, dir.path());
  auto two = run_medlint({"check", "--format", "json", "--jobs", "2", "."}, dir.path());
  CHECK(one.out == two.out);
  CHECK(json::parse(one.out)["summary"]["files"] == 12);
}

TEST_CASE("binary files are skipped with a warning", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  auto run = run_medlint({"check", "--format", "json", "image.txt"}, dir.path());
  CHECK(run.status == 0);
  CHECK(run.err == "medlint: image.txt: warning: binary file skipped\n");
  CHECK(json::parse(run.out)["files"].empty());
}

TEST_CASE("a page in another language is linted only by the rules that read no English", "[cli]") {
  TempDir dir;
  // Spanish, with mojibake ("mÃ©dico") and no disclaimer an English reader would find.
  write_file(dir.path() / "es.txt",
             "La ketamina es un anestésico que se usa desde hace años en los hospitales. También se usa para tratar la "
             "depresión resistente, pero su uso debe ser supervisado por un mÃ©dico. Los efectos secundarios más comunes son "
             "las náuseas, los mareos y una sensación de disociación. No se debe conducir después de una sesión.\n");
  auto run = run_medlint({"check", "--format", "json", "--no-config", "es.txt"}, dir.path());
  CHECK(run.err ==
        "medlint: es.txt: warning: not English (reads as Spanish): linted only by the rules that read no English "
        "(--all-languages runs them all)\n");
  const json report = json::parse(run.out);
  std::vector<std::string> rules;
  for (const auto& f : report["files"][0]["findings"]) rules.push_back(f["rule"]);
  CHECK(rules == std::vector<std::string>{"ocr/mojibake"});
  // --all-languages runs every rule: the English disclaimer and attribution rules report the page.
  auto all = run_medlint({"check", "--format", "json", "--no-config", "--all-languages", "es.txt"}, dir.path());
  CHECK(all.err.empty());
  CHECK_THAT(all.out, Catch::Contains("disclaimer/missing"));
}

TEST_CASE("cli: profiles list and show / --profile by name and by file", "[cli]") {
  auto list = run_medlint({"profiles", "list"});
  CHECK(list.status == 0);
  for (const char* name : {"ketamine", "semaglutide", "kratom"}) CHECK_THAT(list.out, Catch::Contains(name));
  auto show = run_medlint({"profiles", "show", "ketamine"});
  CHECK(show.status == 0);
  CHECK_THAT(show.out, Catch::Contains("bladder toxicity"));
  CHECK_THAT(show.out, Catch::Contains("Spravato"));
  CHECK_THAT(show.out, Catch::Contains("    schedules: twice a week, week, two weeks\n"));
  CHECK(run_medlint({"profiles", "show", "aspirin"}).status == 2);

  TempDir dir;
  // An article that never names the drug: only a forced profile makes "the drug" mean ketamine.
  write_file(dir.path() / "page.txt", "The drug is completely safe.\n");
  auto auto_detected = run_medlint({"check", "--format", "json", "--select", "claim", "page.txt"}, dir.path());
  CHECK(json::parse(auto_detected.out)["summary"]["findings"] == 0);
  auto forced = run_medlint({"check", "--format", "json", "--select", "claim", "--profile", "ketamine", "page.txt"}, dir.path());
  CHECK(forced.status == 1);
  CHECK(json::parse(forced.out)["files"][0]["findings"][0]["rule"] == "claim/unqualified-safety");
  auto unknown = run_medlint({"check", "--profile", "aspirin", "page.txt"}, dir.path());
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown profile 'aspirin'"));

  write_file(dir.path() / "house.json", R"({"profile": "house", "substances": [{"id": "housedrug", "names": ["housedrug"]}],
    "subject_terms": ["the drug"], "risks": [{"id": "r", "name": "rashes", "severity": "major", "terms": ["rash"], "source": "label"}]})");
  write_file(dir.path() / "house.txt", "Housedrug is harmless. Housedrug side effects are mild.\n");
  auto by_file = run_medlint({"check", "--format", "json", "--select", "claim,risk", "--profile", "house.json", "house.txt"}, dir.path());
  const json report = json::parse(by_file.out);
  REQUIRE(report["files"][0]["findings"].size() == 2);
  CHECK(report["files"][0]["findings"][0]["rule"] == "risk/omitted");
  CHECK_THAT(report["files"][0]["findings"][0]["message"].get<std::string>(), Catch::Contains("rashes"));
}

TEST_CASE("cli: profiles import-openfda drafts a usable profile from a label record", "[cli]") {
  TempDir dir;
  const std::string label = std::string(MEDLINT_SOURCE_DIR) + "/tests/data/openfda-label-velorazine.json";
  auto run = run_medlint({"profiles", "import-openfda", label, "--output", "velorazine.json"}, dir.path());
  REQUIRE(run.status == 0);
  CHECK_THAT(run.err, Catch::Contains("review every entry"));
  const json draft = json::parse(slurp(dir.path() / "velorazine.json"));
  CHECK(draft["substances"][0]["names"] == json::array({"velorazine hydrochloride", "Velorex", "velorazine"}));
  CHECK(draft["products"][0]["approved_for"][0]["indication"] == "major depressive disorder");
  CHECK(draft["risks"][0]["name"] == "suicidal thoughts and behaviors");
  CHECK(draft["risks"][0]["severity"] == "major");
  CHECK(draft["risks"][1]["name"] == "serotonin syndrome");
  CHECK(draft["contraindications"].size() == 3);
  CHECK(draft["doses"][0]["max"] == 40.0);

  // The draft works as a profile: a tenfold dose and a contraindicated group are found.
  write_file(dir.path() / "page.txt",
             "Velorex is usually taken at 400 mg once daily. It is safe for people with severe hepatic impairment. "
             "Velorex side effects include nausea; suicidal thoughts and behaviors and serotonin syndrome are rare.\n");
  auto lint = run_medlint({"check", "--format", "json", "--select", "claim,risk", "--profile", "velorazine.json", "page.txt"},
                          dir.path());
  REQUIRE(lint.status == 1);
  const json report = json::parse(lint.out);
  std::vector<std::string> rules;
  for (const auto& f : report["files"][0]["findings"]) rules.push_back(f["rule"]);
  CHECK(rules == std::vector<std::string>{"claim/dose-out-of-range", "claim/contraindicated-use"});

  write_file(dir.path() / "empty.json", R"({"results": [{"openfda": {}}]})");
  auto bad = run_medlint({"profiles", "import-openfda", "empty.json"}, dir.path());
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("empty.json: at /openfda/generic_name: the label record has no generic name"));
}

TEST_CASE("cli: a PNG / an empty file / random bytes and a 50 MB article in one directory", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "scan.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20) + std::string(4000, '\x7f'));
  write_file(dir.path() / "empty.txt", "");
  std::mt19937 random(42);
  std::string noise(1 << 20, '\0');
  for (char& c : noise) c = static_cast<char>(random() & 0xFF);
  write_file(dir.path() / "noise.md", noise);
  // 50 MB of realistic paragraphs, with one spun phrase near the end.
  const std::string paragraph =
      "Metformin lowers blood glucose and is usually taken with meals. Nausea is common at first and settles within weeks.\n\n";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += paragraph;
  big += "The kidney disappointment risk is discussed with the prescriber.\n";
  write_file(dir.path() / "big.txt", big);

  // No rule time budget: this tests memory, and under the sanitizers a full walk can pass 10 s.
  auto run = run_medlint({"check", "--format", "json", "--select", "spinner/tortured-phrase", "--jobs", "2", "--rule-timeout", "0", "."}, dir.path());
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  const long peak_kib = usage.ru_maxrss;
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("scan.txt: warning: binary file skipped"));
  CHECK_THAT(run.err, Catch::Contains("noise.md: warning: binary file skipped"));
  const json report = json::parse(run.out);
  std::vector<std::string> linted;
  for (const auto& file : report["files"]) linted.push_back(file["path"]);
  CHECK(linted == std::vector<std::string>{"./big.txt", "./empty.txt"});
  REQUIRE(report["files"][0]["findings"].size() == 1);
  CHECK(report["files"][0]["findings"][0]["line"] == 2 * (big.size() / paragraph.size()) + 1);
  // Memory stays a small multiple of the largest file (input, text, index), not of the corpus.
  INFO("peak RSS of medlint: " << peak_kib / 1024 << " MiB");
  CHECK(peak_kib < 600 * 1024);
}

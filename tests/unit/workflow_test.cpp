// Config keys, `medlint init`, suppressions in plain text with the unused-suppression
// report, the auditor report directory and the progress bar, on real corpus articles.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;
namespace fs = std::filesystem;

namespace {

const fs::path corpus = fs::path(MEDLINT_SOURCE_DIR) / "corpus";

nlohmann::json report_of(const RunResult& run) { return nlohmann::json::parse(run.out); }

std::size_t count_rule(const nlohmann::json& report, const std::string& rule, const std::string& severity = "") {
  std::size_t n = 0;
  for (const auto& file : report["files"]) {
    for (const auto& f : file["findings"]) n += f["rule"] == rule && (severity.empty() || f["severity"] == severity);
  }
  return n;
}

}  // namespace

TEST_CASE("config: medlint init writes a commented config that loads and refuses to overwrite", "[config]") {
  TempDir tmp;
  const RunResult init = run_medlint({"init"}, tmp.path());
  CHECK(init.status == 0);
  const std::string text = slurp(tmp.path() / ".medlint.json");
  CHECK_THAT(text, Catch::StartsWith("// medlint configuration"));
  fs::copy_file(corpus / "spun/ketamine-clinic-spun.txt", tmp.path() / "a.txt");
  CHECK(run_medlint({"check", "a.txt"}, tmp.path()).status == 1);  // the starter config is used and valid
  const RunResult again = run_medlint({"init"}, tmp.path());
  CHECK(again.status == 2);
  CHECK_THAT(again.err, Catch::Contains("already exists"));
  CHECK(run_medlint({"init", "--force"}, tmp.path()).status == 0);
}

TEST_CASE("config: severity by category and rule and off and unknown keys", "[config]") {
  TempDir tmp;
  fs::copy_file(corpus / "spun/ketamine-clinic-spun.txt", tmp.path() / "a.txt");
  const auto base = report_of(run_medlint({"check", "--no-config", "--format", "json", "a.txt"}, tmp.path()));
  REQUIRE(count_rule(base, "spinner/tortured-phrase", "error") > 0);

  write_file(tmp.path() / ".medlint.json",
             "{\n  // comments are fine\n  \"severity\": {\"spinner\": \"info\", \"attribution\": \"off\"}\n}\n");
  const auto lowered = report_of(run_medlint({"check", "--format", "json", "a.txt"}, tmp.path()));
  CHECK(count_rule(lowered, "spinner/tortured-phrase", "info") == count_rule(base, "spinner/tortured-phrase"));
  for (const auto& f : lowered["files"][0]["findings"]) CHECK(f["category"] != "attribution");

  // A rule's own severity wins over its category's.
  write_file(tmp.path() / ".medlint.json", R"({"severity": {"spinner": "info", "spinner/tortured-phrase": "warning"}})");
  CHECK(count_rule(report_of(run_medlint({"check", "--format", "json", "a.txt"}, tmp.path())), "spinner/tortured-phrase", "warning") ==
        count_rule(base, "spinner/tortured-phrase"));

  write_file(tmp.path() / ".medlint.json", R"({"severity": {"spinner": "loud"}})");
  RunResult bad = run_medlint({"check", "a.txt"}, tmp.path());
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains(".medlint.json") && Catch::Contains("/severity/spinner"));
  write_file(tmp.path() / ".medlint.json", R"({"fail_on": "error", "colour": "red"})");
  bad = run_medlint({"check", "a.txt"}, tmp.path());
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("colour"));
}

TEST_CASE("config: include and exclude globs and per-path severity and the disclaimer shorthand", "[config]") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "articles");
  fs::copy_file(corpus / "spun/ketamine-clinic-spun.txt", tmp.path() / "articles/a.txt");
  fs::create_directories(tmp.path() / "vendor");
  fs::copy_file(corpus / "spun/ketamine-clinic-spun.txt", tmp.path() / "vendor/b.txt");
  fs::copy_file(corpus / "spun/ketamine-clinic-spun.txt", tmp.path() / "articles/c.article");
  fs::copy_file(corpus / "disclaimer/house-disclaimer.txt", tmp.path() / "articles/house.txt");
  write_file(tmp.path() / ".medlint.json", R"({
    "include": ["*.txt", "*.article"],
    "exclude": ["vendor/*"],
    "overrides": [{"paths": ["*/c.article"], "severity": {"spinner": "info", "claim": "off"}}],
    "disclaimer": {"required": ["Our Clinic Editorial Standard"]}
  })");
  const auto report = report_of(run_medlint({"check", "--format", "json", "--no-corpus-checks", "."}, tmp.path()));
  std::vector<std::string> paths;
  for (const auto& file : report["files"]) paths.push_back(file["path"]);
  CHECK(paths == std::vector<std::string>{"./articles/a.txt", "./articles/c.article", "./articles/house.txt"});
  for (const auto& f : report["files"][1]["findings"]) {
    CHECK(f["category"] != "claim");
    if (f["category"] == "spinner") CHECK(f["severity"] == "info");
  }
  bool required_reported = false;
  for (const auto& f : report["files"][2]["findings"]) {
    required_reported = required_reported || (f["rule"] == "disclaimer/incomplete" &&
                                              f["message"].get<std::string>().find("Our Clinic Editorial Standard") != std::string::npos);
  }
  CHECK(required_reported);
}

TEST_CASE("suppressions: plain-text directive lines and the unused-suppression report", "[suppression]") {
  TempDir tmp;
  const std::string article = slurp(corpus / "spun/kidney-disease-spun.txt");
  write_file(tmp.path() / "a.txt", article);
  const auto before = report_of(run_medlint({"check", "--no-config", "--format", "json", "a.txt"}, tmp.path()));
  REQUIRE(count_rule(before, "spinner/tortured-phrase") >= 2);
  // Disable spinner for the whole text, and add a directive for a category that finds nothing.
  write_file(tmp.path() / "a.txt", "medlint-disable spinner\nmedlint-disable-next-line duplicate\n" + article);
  const auto after = report_of(run_medlint({"check", "--no-config", "--format", "json", "a.txt"}, tmp.path()));
  CHECK(count_rule(after, "spinner/tortured-phrase") == 0);
  REQUIRE(count_rule(after, "boilerplate/unused-suppression") == 1);
  for (const auto& f : after["files"][0]["findings"]) {
    if (f["rule"] != "boilerplate/unused-suppression") continue;
    CHECK(f["line"] == 2);
    CHECK(f["severity"] == "info");
  }
  // The other findings are the same as before (two lines lower).
  CHECK(after["files"][0]["findings"].size() == before["files"][0]["findings"].size() - count_rule(before, "spinner/tortured-phrase") + 1);
}

TEST_CASE("auditor mode: --report-dir writes JSON and HTML per file and index and CSV", "[report]") {
  TempDir tmp;
  const RunResult run = run_medlint({"check", "--no-config", "--report-dir", (tmp.path() / "out").string(), (corpus / "spun").string()});
  CHECK(run.status == 1);
  std::size_t html = 0, json = 0;
  for (const auto& entry : fs::directory_iterator(tmp.path() / "out")) {
    html += entry.path().extension() == ".html" && entry.path().filename() != "index.html";
    json += entry.path().extension() == ".json";
  }
  std::size_t inputs = 0;
  for (const auto& entry : fs::directory_iterator(corpus / "spun")) {
    const fs::path extension = entry.path().extension();
    inputs += extension == ".txt" || extension == ".md" || extension == ".html";
  }
  CHECK(html == inputs);
  CHECK(json == inputs);
  const std::string index = slurp(tmp.path() / "out/index.html");
  CHECK_THAT(index, Catch::Contains("<table class=\"sortable\">") && !Catch::Contains("http://") && !Catch::Contains("https://"));
  const std::string csv = slurp(tmp.path() / "out/summary.csv");
  CHECK_THAT(csv, Catch::StartsWith("path,report,findings,error,warning,info,spinner,citation,ocr"));
  CHECK(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) == inputs + 1);
}

TEST_CASE("progress bar: drawn with --progress and silent with --quiet or without a terminal", "[progress]") {
  const std::string dir = (corpus / "spun").string();
  const RunResult shown = run_medlint({"check", "--no-config", "--progress", "--jobs", "1", dir}, ".", "", "MEDLINT_PROGRESS_DELAY_MS=0");
  CHECK_THAT(shown.err, Catch::Contains("files") && Catch::Contains("MB/s") && Catch::Contains("ETA"));
  CHECK_THAT(shown.out, !Catch::Contains("MB/s"));
  const RunResult quiet = run_medlint({"check", "--no-config", "--progress", "--quiet", dir}, ".", "", "MEDLINT_PROGRESS_DELAY_MS=0");
  CHECK(quiet.err.empty());
  const RunResult piped = run_medlint({"check", "--no-config", dir}, ".", "", "MEDLINT_PROGRESS_DELAY_MS=0");
  CHECK_THAT(piped.err, !Catch::Contains("ETA"));
}

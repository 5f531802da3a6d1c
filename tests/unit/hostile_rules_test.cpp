// User-supplied rule packs that misbehave: a regex that backtracks catastrophically, a rule
// that runs too long on a big file, and packs whose includes are missing or form a cycle. The
// run must name the rule or file, and every other rule and file must still be reported.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "rules/pack_loader.hpp"
#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;
namespace fs = std::filesystem;

namespace {

std::string regex_pack(const std::string& id, const std::string& pattern, const std::string& bad, const std::string& good) {
  nlohmann::json pack = {{"pack", "hostile"},
                         {"rules", {{{"id", id}, {"category", "boilerplate"}, {"severity", "warning"}, {"kind", "regex"},
                                     {"pattern", pattern}, {"message", "matched {match}"},
                                     {"explain", {{"text", "A test rule."}, {"bad", bad}, {"good", good}}}}}}};
  return pack.dump(2);
}

std::size_t count_rule(const std::string& json_report, const std::string& rule) {
  std::size_t n = 0;
  const nlohmann::json report = nlohmann::json::parse(json_report);
  for (const auto& file : report["files"]) {
    for (const auto& f : file["findings"]) n += f["rule"] == rule;
  }
  return n;
}

}  // namespace

TEST_CASE("hostile rules: catastrophic backtracking becomes a warning naming the rule", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "pack.json", regex_pack("boilerplate/nested-plus", "(a+)+$", "aaa", "bbb"));
  // 40 a's and a b: (a+)+$ explores 2^40 ways to fail; Boost's complexity limit stops it.
  write_file(tmp.path() / "a.txt", std::string(40, 'a') + "b\nPatients with a heart assault need care.\n");
  write_file(tmp.path() / "b.txt", "Monitoring of important signs is usual.\n");
  const RunResult run = run_medlint({"check", "--no-config", "--rules", "pack.json", "--format", "json", "a.txt", "b.txt"}, tmp.path());
  CHECK(run.status == 1);  // findings of the other rules; no crash, no hang
  CHECK_THAT(run.err, Catch::Contains("a.txt: warning: rule skipped: boilerplate/nested-plus"));
  CHECK(count_rule(run.out, "spinner/tortured-phrase") == 2);  // both files, the other rules went on
}

TEST_CASE("hostile rules: a rule over its per-file time budget is stopped and reported", "[hostile]") {
  TempDir tmp;
  // At every word the look-ahead runs to the end of a 2,300-character line and fails: about
  // 12 s of CPU on 2 MiB (measured), yet each 64 KiB search stays under Boost's complexity
  // limit, so only the time budget stops it. The 2 s budget leaves a wide margin for the
  // dictionary rule on the same file (0.2 s).
  // Extended mode (?x) changes nothing here but keeps the prefilter out (it reads no
  // superset of such patterns), so Boost really runs on the whole file.
  write_file(tmp.path() / "pack.json", regex_pack("boilerplate/every-word", "(?x)\\w+(?=.*zzz)", "word zzz", "word"));
  std::string line;
  for (int i = 0; i < 48; ++i) line += "ketamine is given in a clinic under supervision ";
  line.back() = '\n';
  std::string big;
  while (big.size() < (std::size_t{2} << 20)) big += line;
  big += "Patients with a heart assault need care.\n";
  write_file(tmp.path() / "big.txt", big);
  write_file(tmp.path() / "small.txt", "Monitoring of important signs is usual.\n");
  const RunResult run = run_medlint({"check", "--no-config", "--rules", "pack.json", "--select", "boilerplate/every-word,spinner/tortured-phrase",
                                     "--rule-timeout", "2000", "--format", "json", "big.txt", "small.txt"},
                                    tmp.path());
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("big.txt: warning: rule skipped: boilerplate/every-word: stopped after its time budget of 2000 ms"));
  const nlohmann::json report = nlohmann::json::parse(run.out);
  std::size_t every_word_in_big = 0, spinner_in_big = 0;
  for (const auto& f : report["files"][0]["findings"]) {
    every_word_in_big += f["rule"] == "boilerplate/every-word";
    spinner_in_big += f["rule"] == "spinner/tortured-phrase";
  }
  CHECK(every_word_in_big == 0);  // the stopped rule's partial findings are dropped
  CHECK(spinner_in_big == 1);     // the other rules finished on the same file
  CHECK(count_rule(run.out, "spinner/tortured-phrase") == 2);
}

TEST_CASE("hostile rules: include cycles and missing includes fail with file and pointer", "[hostile]") {
  TempDir tmp;
  auto pack_with = [](const std::string& name, const std::vector<std::string>& includes, const std::string& rule_id) {
    nlohmann::json pack = nlohmann::json::parse(regex_pack(rule_id, "\\bzzz\\b", "zzz", "yyy"));
    pack["pack"] = name;
    pack["include"] = includes;
    return pack.dump(2);
  };
  write_file(tmp.path() / "a.json", pack_with("a", {"b.json"}, "boilerplate/a"));
  write_file(tmp.path() / "b.json", pack_with("b", {"sub/c.json"}, "boilerplate/b"));
  write_file(tmp.path() / "sub/c.json", pack_with("c", {"../a.json"}, "boilerplate/c"));
  try {
    (void)pack_sources_from_path((tmp.path() / "a.json").string());
    FAIL("an include cycle loaded");
  } catch (const LoadError& error) {
    const std::string what = error.what();
    CHECK_THAT(what, Catch::Contains("c.json") && Catch::Contains("/include/0") && Catch::Contains("include cycle: a.json -> b.json -> c.json -> a.json"));
  }
  // Through the CLI: exit 2 with the same message.
  const RunResult run = run_medlint({"check", "--no-config", "--rules", "a.json", "-"}, tmp.path(), "text\n");
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("include cycle"));

  // A diamond (d includes e and f, both include g) loads g once, before its includers.
  write_file(tmp.path() / "d.json", pack_with("d", {"e.json", "f.json"}, "boilerplate/d"));
  write_file(tmp.path() / "e.json", pack_with("e", {"g.json"}, "boilerplate/e"));
  write_file(tmp.path() / "f.json", pack_with("f", {"g.json"}, "boilerplate/f"));
  write_file(tmp.path() / "g.json", pack_with("g", {}, "boilerplate/g"));
  std::vector<std::string> order;
  for (const PackSource& source : pack_sources_from_path((tmp.path() / "d.json").string())) order.push_back(fs::path(source.label).filename());
  CHECK(order == std::vector<std::string>{"g.json", "e.json", "f.json", "d.json"});
  CHECK(run_medlint({"rules", "validate", "d.json"}, tmp.path()).out == "ok: 4 rules valid\n");

  write_file(tmp.path() / "h.json", pack_with("h", {"nope.json"}, "boilerplate/h"));
  const RunResult missing = run_medlint({"rules", "validate", "h.json"}, tmp.path());
  CHECK(missing.status == 2);
  CHECK_THAT(missing.err, Catch::Contains("h.json") && Catch::Contains("/include/0") && Catch::Contains("nope.json"));
}

TEST_CASE("hostile rules: a dictionary that is not installed fails the pack with a pointer", "[hostile]") {
  // Found by fuzz_load: the dose detector's follow-on word list let the lexicon's error escape.
  const std::string rule_head =
      R"({"pack": "t", "rules": [{"id": "claim/t", "category": "claim", "severity": "error", "kind": "detector", )";
  const std::string options_of[] = {
      R"("detector": "dose_range", "options": {"units": [{"names": ["mg"], "unit": "mg", "factor": 1}], "routes": {}, "follow_on": true, "dictionary": "xx_NOPE"})",
      R"("detector": "line_end_hyphen", "options": {"dictionary": "xx_NOPE"})",
      R"("detector": "mid_sentence_capital", "options": {"dictionary": "xx_NOPE"})",
      R"("detector": "ocr_confusion", "options": {"dictionary": "xx_NOPE", "pairs": {"rn": "m"}})",
  };
  for (const std::string& options : options_of) {
    INFO(options);
    try {
      (void)load_pack({"t.json", rule_head + options + R"(, "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}}]})"});
      FAIL("a pack naming a missing dictionary loaded");
    } catch (const LoadError& error) {
      CHECK_THAT(std::string(error.what()), Catch::Contains("hunspell dictionary 'xx_NOPE' not found") &&
                                                Catch::Contains("at /rules/0/options"));
    }
  }
}

// The tortured-phrase dictionary is data: every entry must be well-formed, and no rule of
// the spinner, citation or boilerplate families may fire on the clean articles in corpus/.
#include <catch2/catch.hpp>
#include <set>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace medlint;

TEST_CASE("every tortured-phrase entry is well-formed", "[dictionary]") {
  const auto pack = nlohmann::json::parse(test::slurp(std::string(MEDLINT_SOURCE_DIR) + "/rules/tortured-phrases.json"));
  const auto& swap = pack["rules"][0]["swap"];
  CHECK(swap.size() >= 300);
  for (const auto& [spun, original] : swap.items()) {
    INFO(spun << " -> " << original);
    const std::string value = original.get<std::string>();
    CHECK_FALSE(spun.empty());
    CHECK_FALSE(value.empty());
    CHECK(spun == fold_case_for_test(spun));  // keys are written in lower case
    CHECK(spun.find("  ") == std::string::npos);
    CHECK(spun.front() != ' ');
    CHECK(spun.back() != ' ');
    CHECK(spun != fold_case_for_test(value));  // a substitution changes the text
  }
}

TEST_CASE("no spinner / citation / boilerplate or ocr finding on the clean corpus", "[dictionary]") {
  const RuleSet set = load_rule_set(true, {});
  const Engine engine(set.select({"spinner", "citation", "boilerplate", "ocr"}, {}));
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  int articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MEDLINT_SOURCE_DIR) + "/corpus/clean")) {
    if (entry.path().extension() == ".json") continue;
    ++articles;
    const auto findings = lint_text(entry.path().string(), test::slurp(entry.path()), engine, diagnostics).findings;
    for (const auto& f : findings) FAIL_CHECK(entry.path().filename().string() << ":" << f.line << " " << f.rule << " '" << f.matched << "'");
  }
  CHECK(articles >= 4);
}

TEST_CASE("every tortured-phrase entry is found in a sentence of its own", "[dictionary]") {
  // An entry the matcher cannot find (a hyphen or apostrophe it reads differently, a word the
  // anchor test skips) would be dead data: each form is put in a plain sentence, one paragraph
  // each, and must be reported on its own line.
  const auto pack = nlohmann::json::parse(test::slurp(std::string(MEDLINT_SOURCE_DIR) + "/rules/tortured-phrases.json"));
  std::vector<std::string> forms;
  std::string text;
  for (const auto& [spun, original] : pack["rules"][0]["swap"].items()) {
    forms.push_back(spun);
    text += "The patients reported " + spun + " in the trial.\n\n";
  }
  std::set<std::size_t> reported_lines;
  for (const auto& f : test::run_rule("spinner/tortured-phrase", text)) reported_lines.insert(f.line);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    INFO(forms[i]);
    CHECK(reported_lines.count(2 * i + 1) == 1);
  }
}

TEST_CASE("ordinary sentences around the spun forms stay silent", "[dictionary]") {
  // Each sentence holds words a spinner also writes, in their ordinary sense; entries that
  // would match inside them ("the moment daily", "elevated coronary heart", "substance use
  // condition", "assists the brain with", "listening to aids") were left out for that reason.
  const std::string text =
      "At the moment daily doses are adjusted by weight.\n\n"
      "Smokers have an elevated coronary heart disease risk and rapid coronary heart disease progression.\n\n"
      "The plan covers mental health and substance use conditions.\n\n"
      "Sleep assists the brain with memory consolidation.\n\n"
      "Researchers typed urinary tract bacterial infections in children.\n\n"
      "Volunteers spent the afternoon listening to AIDS survivors.\n\n"
      "Long-haul flights raise the risk of blood clots, and COVID long-haul symptoms can last for months.\n\n"
      "Long haul truckers sleep less, and a long-haul pilot crosses time zones.\n\n"
      "Percent excess weight loss is measured a year after surgery.\n\n"
      "She was interested in being pregnant again, and the management group of the clinic agreed.\n\n"
      "Relying on your doctor alone is risky, and a particular person may need to be told twice.\n\n"
      "Migraine sufferers who took part said the variations in dose mattered to the contributors to the survey.\n";
  for (const char* rule : {"spinner/tortured-phrase", "spinner/long-haul-for-long-term"}) {
    for (const auto& f : test::run_rule(rule, text)) FAIL_CHECK(f.line << " " << f.rule << " '" << f.matched << "'");
  }
}

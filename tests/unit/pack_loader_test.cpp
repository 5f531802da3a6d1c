// Every way a rule pack can be wrong fails at load with the file, the place and the cause.
#include <catch2/catch.hpp>

#include "core/errors.hpp"
#include "rules/rule_set.hpp"

using namespace medlint;

namespace {

std::string load_error(const std::string& text) {
  try {
    RuleSet set;
    set.add(load_pack({"bad.json", text}));
  } catch (const LoadError& error) {
    return error.what();
  }
  return "(loaded without error)";
}

std::string rule_pack(const std::string& rule) { return R"({"pack": "p", "rules": [)" + rule + "]}"; }

const std::string good_rule = R"({"id": "spinner/x", "category": "spinner", "severity": "error", "kind": "phrases",
  "phrases": ["a b"], "message": "m", "explain": {"text": "t", "bad": "a b", "good": "c"}})";

std::string with(const std::string& from, const std::string& to) {
  std::string rule = good_rule;
  rule.replace(rule.find(from), from.size(), to);
  return rule_pack(rule);
}

}  // namespace

TEST_CASE("a valid pack loads", "[loader]") { CHECK(load_error(rule_pack(good_rule)) == "(loaded without error)"); }

TEST_CASE("JSON syntax errors give line and column", "[loader]") {
  const std::string error = load_error("{\n  \"pack\": \"p\",\n  \"rules\": [,]\n}");
  CHECK_THAT(error, Catch::StartsWith("bad.json: at line 3, column 13: invalid JSON"));
}

TEST_CASE("structural errors give a JSON pointer", "[loader]") {
  CHECK(load_error(R"({"pack": "p"})") == "bad.json: at /: missing required key 'rules'");
  CHECK_THAT(load_error(R"({"pack": "p", "rules": [], "extra": 1})"),
             Catch::StartsWith("bad.json: at /extra: unknown key 'extra'"));
  CHECK_THAT(load_error(with(R"("kind": "phrases")", R"("kind": "phrase")")),
             Catch::StartsWith("bad.json: at /rules/0/kind: unknown kind 'phrase'"));
  CHECK_THAT(load_error(with(R"("category": "spinner")", R"("category": "spin")")),
             Catch::StartsWith("bad.json: at /rules/0/category: unknown category 'spin'"));
  CHECK_THAT(load_error(with(R"("severity": "error")", R"("severity": "fatal")")),
             Catch::StartsWith("bad.json: at /rules/0/severity: unknown severity"));
  CHECK_THAT(load_error(with(R"("id": "spinner/x")", R"("id": "ocr/x")")),
             Catch::StartsWith("bad.json: at /rules/0/id: rule id 'ocr/x' must be 'spinner/name'"));
  CHECK_THAT(load_error(with(R"("phrases": ["a b"])", R"("phrases": ["a b", 3])")),
             Catch::StartsWith("bad.json: at /rules/0/phrases/1: expected a string, found number"));
  CHECK_THAT(load_error(with(R"("phrases": ["a b"])", R"("phrases": ["a b", "A  B"])")),
             Catch::StartsWith("bad.json: at /rules/0/phrases/1: duplicate phrase"));
  // A whole-word phrase must start with a letter or digit: the matcher keys phrases by their first word.
  CHECK_THAT(load_error(with(R"("phrases": ["a b"])", R"("phrases": ["a b", "[edit source]"])")),
             Catch::StartsWith("bad.json: at /rules/0/phrases/1: phrase '[edit source]' does not start with a letter or digit"));
  CHECK(load_error(with(R"("phrases": ["a b"])", R"("phrases": ["a b", "[edit source]"], "whole_word": false)")) ==
        "(loaded without error)");
  // The same for a require rule's phrases.
  const std::string require = R"J({"id": "disclaimer/x", "category": "disclaimer", "severity": "error", "kind": "require",
    "any": ["not medical advice", "(not advice)"], "message": "m", "explain": {"text": "t", "bad": "b", "good": "not medical advice"}})J";
  CHECK_THAT(load_error(rule_pack(require)),
             Catch::StartsWith("bad.json: at /rules/0/any/1: phrase '(not advice)' does not start with a letter or digit"));
  // And for a detector's phrase lists, which would otherwise be searched in-word, far slower.
  const std::string detector = R"J({"id": "attribution/x", "category": "attribution", "severity": "warning", "kind": "detector",
    "detector": "unsupported_claim", "options": {"claims": ["studies show", "% of our patients"], "citation_patterns": ["\\[\\d+\\]"]},
    "message": "m", "explain": {"text": "t", "bad": "Studies show it works.", "good": "Studies show it works [1]."}})J";
  CHECK_THAT(load_error(rule_pack(detector)),
             Catch::StartsWith("bad.json: at /rules/0/options/claims/1: phrase '% of our patients' does not start with a letter or digit"));
  CHECK_THAT(load_error(with(R"("phrases": ["a b"])", R"("phrases": ["a b"], "pattern": "x")")),
             Catch::StartsWith("bad.json: at /rules/0/pattern: unknown key 'pattern'"));
  CHECK_THAT(load_error(with(R"("message": "m")", R"("message": "saw {matched}")")),
             Catch::StartsWith("bad.json: at /rules/0/message: unknown placeholder {matched}"));
  CHECK_THAT(load_error(with(R"("message": "m")", R"("message": "m", "fix": "safe")")),
             Catch::StartsWith("bad.json: at /rules/0/fix: this kind of rule makes no suggestions"));
  CHECK_THAT(load_error(with(R"("good": "c")", R"("better": "c")")),
             Catch::StartsWith("bad.json: at /rules/0/explain/better: unknown key"));
}

TEST_CASE("a require rule's or_metadata names author / date or links", "[loader]") {
  const std::string rule = R"({"id": "attribution/x", "category": "attribution", "severity": "info", "kind": "require",
    "any": ["by"], "or_metadata": ["author", "publisher"], "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  CHECK(load_error(rule_pack(rule)) == R"(bad.json: at /rules/0/or_metadata/1: expected "author", "date" or "links")");
  std::string good = rule;
  good.replace(good.find(R"(, "publisher")"), 13, "");
  CHECK(load_error(rule_pack(good)) == "(loaded without error)");
}

TEST_CASE("a bad regex names the pointer and the offset", "[loader]") {
  const std::string rule = R"({"id": "citation/x", "category": "citation", "severity": "error", "kind": "regex",
    "pattern": "(one|two", "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  CHECK_THAT(load_error(rule_pack(rule)), Catch::StartsWith("bad.json: at /rules/0/pattern: invalid regex at offset"));
}

TEST_CASE("a property class such as p{L} inside brackets is refused with a hint", "[loader]") {
  const std::string rule = R"({"id": "citation/x", "category": "citation", "severity": "error", "kind": "regex",
    "pattern": "[\\p{Lu}x]", "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  CHECK_THAT(load_error(rule_pack(rule)), Catch::Contains("use [[:Lu:]]"));
  const std::string fine = R"({"id": "citation/x", "category": "citation", "severity": "error", "kind": "regex",
    "pattern": "\\p{Lu}[[:Ll:]\\]x]", "message": "m", "explain": {"text": "t", "bad": "Ab", "good": "g"}})";
  CHECK(load_error(rule_pack(fine)) == "(loaded without error)");
}

TEST_CASE("unknown detectors are rejected", "[loader]") {
  const std::string rule = R"({"id": "spinner/x", "category": "spinner", "severity": "error", "kind": "detector",
    "detector": "no_such_detector", "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  CHECK_THAT(load_error(rule_pack(rule)), Catch::StartsWith("bad.json: at /rules/0/detector: unknown detector 'no_such_detector'"));
}

TEST_CASE("an overclaim proof term must be one of the rule's terms", "[loader]") {
  const auto rule = [](const std::string& proof) {
    return R"({"id": "claim/x", "category": "claim", "severity": "error", "kind": "detector", "detector": "overclaim",
      "options": {"terms": ["proven to", "cure"], "proof_terms": [")" + proof + R"("], "negations": ["not"]},
      "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(rule("Proven  to"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(rule("proven"))), Catch::Contains("'proven' is not one of the rule's terms"));
}

TEST_CASE("an absolute safety term must be one of the rule's safety terms", "[loader]") {
  const auto rule = [](const std::string& absolute) {
    return R"({"id": "claim/x", "category": "claim", "severity": "error", "kind": "detector", "detector": "unqualified_safety",
      "options": {"safety_terms": ["safe", "completely safe"], "absolute_terms": [")" + absolute + R"("], "hedges": ["generally"],
      "conditions": ["at low doses"], "negations": ["not"]},
      "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(rule("Completely  safe"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(rule("totally safe"))), Catch::Contains("'totally safe' is not one of the rule's safety_terms"));
}

TEST_CASE("ocr confusion: short repairs are short - lower-case-only and scan-by name pairs", "[loader]") {
  const auto rule = [](const std::string& options) {
    return R"({"id": "ocr/x", "category": "ocr", "severity": "error", "kind": "detector", "detector": "ocr_confusion",
      "options": {"pairs": {"tb": "th", "ai": "al"}, )" + options + R"(},
      "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(rule(R"("short_repairs": ["the"], "lower_case_only": ["ai"])"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(rule(R"("short_repairs": ["with"])"))), Catch::Contains("shorter than min_length (4)"));
  CHECK_THAT(load_error(rule_pack(rule(R"("lower_case_only": ["ie"])"))), Catch::Contains("'ie' is not one of the rule's pairs"));
  CHECK(load_error(rule_pack(rule(R"("scan_by": ["b"])"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(rule(R"("scan_by": ["I"])"))), Catch::Contains("no pair's sequence ends in 'I'"));
  CHECK_THAT(load_error(rule_pack(rule(R"("scan_by": ["ab"])"))), Catch::Contains("expected one ASCII character"));
}

TEST_CASE("mid-sentence-capital endings are lower case / dose-schedule needs schedules", "[loader]") {
  const auto capitals = [](const std::string& key, const std::string& ending) {
    return R"({"id": "spinner/x", "category": "spinner", "severity": "warning", "kind": "detector", "detector": "mid_sentence_capital",
      "options": {")" + key + R"(": [")" + ending + R"("]}, "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(capitals("condition_suffixes", "osis"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(capitals("condition_suffixes", "Osis"))),
             Catch::Contains("at /rules/0/options/condition_suffixes/0: an ending is written in lower case"));
  CHECK_THAT(load_error(rule_pack(capitals("drug_stems", "Formin"))), Catch::Contains("an ending is written in lower case"));
  const auto schedule = [](const std::string& schedules) {
    return R"({"id": "claim/x", "category": "claim", "severity": "error", "kind": "detector", "detector": "dose_schedule",
      "options": {"negations": ["not"], "dosing_terms": ["injection"], "schedules": )" + schedules + R"(},
      "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(schedule(R"({"day": {"phrase": "once a day", "terms": ["daily"]}})"))) == "(loaded without error)");
  // Each schedule gives the phrase its messages use.
  CHECK_THAT(load_error(rule_pack(schedule(R"({"day": ["daily"]})"))), Catch::Contains("at /rules/0/options/schedules/day:"));
  CHECK_THAT(load_error(rule_pack(schedule(R"({"day": {"terms": ["daily"]}})"))), Catch::Contains("phrase"));
  CHECK_THAT(load_error(rule_pack(schedule("{}"))), Catch::Contains("at /rules/0/options/schedules: expected at least one schedule"));
  const auto routes = [](const std::string& terms) {
    return R"({"id": "claim/x", "category": "claim", "severity": "error", "kind": "detector", "detector": "dose_schedule",
      "options": {"negations": ["not"], "dosing_terms": ["injection"], "schedules": {"day": {"phrase": "once a day", "terms": ["daily"]}},
      "dosing_routes": [{"routes": ["subcutaneous"], "terms": )" + terms + R"(}]},
      "message": "m", "explain": {"text": "t", "bad": "b", "good": "g"}})";
  };
  CHECK(load_error(rule_pack(routes(R"(["injection"])"))) == "(loaded without error)");
  CHECK_THAT(load_error(rule_pack(routes(R"(["tablet"])"))), Catch::Contains("'tablet' is not one of dosing_terms"));
}

TEST_CASE("duplicate rule ids across packs are rejected", "[loader]") {
  RuleSet set;
  set.add(load_pack({"one.json", rule_pack(good_rule)}));
  try {
    set.add(load_pack({"two.json", rule_pack(good_rule)}));
    FAIL("duplicate accepted");
  } catch (const LoadError& error) {
    CHECK(std::string(error.what()) ==
          "two.json: at /rules/0/id: duplicate rule id 'spinner/x' (already defined in one.json)");
  }
}

TEST_CASE("yield_to must name a known rule or category", "[loader]") {
  RuleSet set;
  set.add(load_pack({"y.json", with(R"("message": "m")", R"("message": "m", "yield_to": ["boilerplate", "spinner/nope"])")}));
  try {
    set.validate_references();
    FAIL("unknown yield_to accepted");
  } catch (const LoadError& error) {
    CHECK(std::string(error.what()) == "y.json: at /rules/0/yield_to/1: unknown rule or category 'spinner/nope'");
  }
}

TEST_CASE("yield_after must name a known rule or category", "[loader]") {
  RuleSet set;
  set.add(load_pack({"y.json", with(R"("message": "m")", R"("message": "m", "yield_after": ["boilerplate/nope"])")}));
  try {
    set.validate_references();
    FAIL("unknown yield_after accepted");
  } catch (const LoadError& error) {
    CHECK(std::string(error.what()) == "y.json: at /rules/0/yield_after/0: unknown rule or category 'boilerplate/nope'");
  }
}

TEST_CASE("not_in names places in the markup medlint knows", "[loader]") {
  try {
    (void)load_pack({"n.json", with(R"("message": "m")", R"("message": "m", "not_in": ["captions", "tables"])")});
    FAIL("unknown place accepted");
  } catch (const LoadError& error) {
    CHECK(std::string(error.what()) == "n.json: at /rules/0/not_in/1: unknown place 'tables' (expected \"captions\")");
  }
}

TEST_CASE("a regex rule's line labels are checked at load", "[loader]") {
  const std::string regex_rule = R"({"id": "spinner/x", "category": "spinner", "severity": "error", "kind": "regex",
  "pattern": "^x$", "ignore_case": true, "line_labels": LABELS, "message": "m", "explain": {"text": "t", "bad": "x", "good": "c"}})";
  const auto labelled = [&](const std::string& labels, const std::string& extra = "") {
    std::string rule = regex_rule;
    rule.replace(rule.find("LABELS"), 6, labels + extra);
    return load_error(rule_pack(rule));
  };
  CHECK(labelled(R"(["Related Posts", "Reply"])") == "(loaded without error)");
  CHECK(labelled(R"(["Related Posts", "related  posts"])") ==
        "bad.json: at /rules/0/line_labels/1: duplicate label 'related  posts' (same as 'Related Posts')");
  CHECK(labelled(R"(["Related Posts:"])") ==
        "bad.json: at /rules/0/line_labels/0: leave out the colon: a label matches with or without one");
  CHECK(labelled(R"(["Related\nPosts"])") == "bad.json: at /rules/0/line_labels/0: a label is one line");
  CHECK(labelled(R"(["Reply"], "suggest": "$0")") ==
        "bad.json: at /rules/0/line_labels: a rule with line_labels cannot suggest: a label has no capture groups");
}

TEST_CASE("the built-in packs load and have unique ids", "[loader]") {
  const RuleSet set = load_rule_set(true, {});
  CHECK(set.rules().size() >= 5);
  CHECK(set.find("disclaimer/missing") != nullptr);
  CHECK(set.find("spinner/tortured-phrase") != nullptr);
}

TEST_CASE("selection by id and category - unknown names are errors", "[loader]") {
  const RuleSet set = load_rule_set(true, {});
  const auto only_disclaimer = set.select({"disclaimer"}, {});
  REQUIRE_FALSE(only_disclaimer.empty());
  for (const Rule* rule : only_disclaimer) CHECK(rule->meta().category == Category::disclaimer);
  const auto without = set.select({}, {"disclaimer/missing"});
  CHECK(without.size() == set.rules().size() - 1);
  CHECK_THROWS_AS(set.select({"disclaimers"}, {}), MedlintError);
}

// Behaviour of each primitive on real text, including where it must stay silent.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace medlint;
using medlint::test::lint_with_pack;

namespace {

std::string pack(const std::string& rule_body) {
  return R"({"pack": "t", "rules": [{"category": "spinner", "severity": "warning",
    "explain": {"text": "t", "bad": "b", "good": "g"}, )" + rule_body + "}]}";
}

}  // namespace

TEST_CASE("phrases match whole words / across a line break and curly apostrophes", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/p", "kind": "phrases", "phrases": ["get more info", "patient's record"],
                                "message": "found '{match}'")");
  auto findings = lint_with_pack(p, "Block NMDA get more\ninfo receptors. See the patient’s record.");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].line == 1);
  CHECK(findings[0].end_line == 2);
  CHECK(findings[0].message == "found 'get more info'");  // messages stay on one line
  CHECK(findings[1].matched == "patient’s record");
  CHECK(lint_with_pack(p, "Forget more information; get more infos.").empty());
}

TEST_CASE("phrases: a second word is found after any whitespace the phrase allows / and only there", "[kinds]") {
  // The matcher skips the regex where the word after a phrase's first word is none of its
  // second words; these are the separators and spellings the regex itself accepts or not.
  const std::string p = pack(R"("id": "spinner/p", "kind": "phrases",
      "phrases": ["important signs", "important parts of", "cr\u00e8me br\u00fbl\u00e9e", "take kit", "e-mail us", "it's fine"],
      "message": "m")");
  const auto findings = lint_with_pack(
      p,
      "important\xC2\xA0signs. important\n  signs. important \n signs. IMPORTANT Signs.\n"
      "important\n\nsigns. important, signs. important signsx. important significant. important part of.\n"
      "CR\xC3\x88ME BR\xC3\x9BL\xC3\x89" "E. take \xE2\x84\xAAit. E-mail us. It\xE2\x80\x99s fine. Important  parts\tof it.\n");
  CHECK(medlint::test::matched(findings) ==
        std::vector<std::string>{"important\xC2\xA0signs", "important\n  signs", "important \n signs", "IMPORTANT Signs",
                                 "CR\xC3\x88ME BR\xC3\x9BL\xC3\x89" "E", "take \xE2\x84\xAAit", "E-mail us",
                                 "It\xE2\x80\x99s fine", "Important  parts\tof"});
}

TEST_CASE("phrases are case-insensitive unless the rule says otherwise", "[kinds]") {
  const std::string loose = pack(R"("id": "spinner/p", "kind": "phrases", "phrases": ["skip to content"], "message": "m")");
  CHECK(lint_with_pack(loose, "SKIP TO CONTENT").size() == 1);
  const std::string strict = pack(R"("id": "spinner/p", "kind": "phrases", "ignore_case": false,
                                     "phrases": ["Skip to content"], "message": "m")");
  CHECK(lint_with_pack(strict, "skip to content").empty());
  CHECK(lint_with_pack(strict, "Skip to content").size() == 1);
}

TEST_CASE("phrase exceptions keep a match quiet inside a longer legitimate phrase", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/p", "kind": "phrases", "phrases": ["driving compound"],
                                "exceptions": ["driving compound interest"], "message": "m")");
  CHECK(lint_with_pack(p, "the driving compound interest rate").empty());
  CHECK(lint_with_pack(p, "ketamine is the driving compound here").size() == 1);
}

TEST_CASE("substitute suggests the original term with sensible capitals", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/s", "kind": "substitute", "fix": "safe",
                                "swap": {"important signs": "vital signs", "secure and helpful": "safe and effective"},
                                "message": "'{match}' → '{suggestion}'")");
  auto findings = lint_with_pack(p, "Important signs were checked. Ketamine is Secure and helpful.");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].suggestion == "Vital signs");
  CHECK(findings[0].message == "'Important signs' → 'Vital signs'");
  CHECK(findings[0].fix_safe);
  // A capital in mid-sentence is itself spinner damage: the suggestion stays lower case.
  CHECK(findings[1].suggestion == "safe and effective");
  CHECK(findings[1].column == 43);
  CHECK(findings[1].end_column == 60);
}

TEST_CASE("regex reports a capture group and builds a suggestion from groups", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "(\\d+),(\\d) ?mg", "group": 0,
                                "suggest": "$1.$2 mg", "message": "{match} → {suggestion}")");
  auto findings = lint_with_pack(p, "Give 0,5 mg per kg.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].suggestion == "0.5 mg");
  CHECK(findings[0].column == 6);
  const std::string grouped = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "\\.(two) [A-Z]", "group": 1,
                                      "message": "{match}")");
  auto g = lint_with_pack(grouped, "dysfunction.two Presented");
  REQUIRE(g.size() == 1);
  CHECK(g[0].matched == "two");
  CHECK(g[0].column == 13);
}

TEST_CASE("a fixed regex suggestion takes the case of the text it replaces / one built from groups does not", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/r", "kind": "regex", "ignore_case": true, "pattern": "\\blong haul\\b",
                                "suggest": "long-term", "message": "{match} → {suggestion}")");
  const auto findings = lint_with_pack(p, "Long haul use was studied. Its long haul effects, LONG HAUL RISKS and Long Haul harm.");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].suggestion == "Long-term");  // a sentence starts here
  CHECK(findings[1].suggestion == "long-term");
  CHECK(findings[2].suggestion == "LONG-TERM");
  // A capital in mid-sentence is spinner damage, as for substitutions: it is not copied.
  CHECK(findings[3].suggestion == "long-term");
  // Case-sensitive rules and group templates keep the suggestion as written.
  const std::string strict = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "\\bLong haul\\b",
                                     "suggest": "long-term", "message": "m")");
  const auto kept = lint_with_pack(strict, "Long haul use was studied.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].suggestion == "long-term");
  const std::string grouped = pack(R"("id": "spinner/r", "kind": "regex", "ignore_case": true, "pattern": "\\b(long) haul\\b",
                                      "suggest": "$1-term", "message": "m")");
  const auto built = lint_with_pack(grouped, "Long haul use was studied.");
  REQUIRE(built.size() == 1);
  CHECK(built[0].suggestion == "Long-term");
}

TEST_CASE("regex dot does not cross lines and ^ anchors at each line", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "^fourteen .*", "message": "m")");
  auto findings = lint_with_pack(p, "intro\nfourteen Peripheral nerves\nnext line");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == 2);
  CHECK(findings[0].end_line == 2);
  CHECK(findings[0].matched == "fourteen Peripheral nerves");
}

TEST_CASE("regex line_labels report a label that fills its line / in any case and spacing and with or without a colon", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "^Page \\d+$", "ignore_case": true,
                                "line_labels": ["Related Posts", "Editor's Picks", "\u00dcbersicht"], "message": "{match}")");
  const std::string text = "Related Posts\n  related   posts :  \nEditor\u2019s Picks\nPage 3\n\u00dcBERSICHT\n"
                            "Related posts are listed below.\nSee Related Posts\nRelated Posts and more\n";
  const auto findings = lint_with_pack(p, text);
  std::vector<std::string> matched;
  for (const auto& f : findings) matched.push_back(f.matched);
  // The pattern's match and the labels together, in text order; the indentation is not reported.
  CHECK(matched == std::vector<std::string>{"Related Posts", "related   posts :", "Editor\u2019s Picks", "Page 3", "\u00dcBERSICHT"});
  REQUIRE(findings.size() == 5);
  CHECK(findings[1].line == 2);
  CHECK(findings[1].column == 3);
  // Case counts when the rule says so.
  const std::string exact = pack(R"("id": "spinner/r", "kind": "regex", "pattern": "^x$", "line_labels": ["Related Posts"], "message": "m")");
  CHECK(lint_with_pack(exact, "related posts\nRelated Posts\n").size() == 1);
}

TEST_CASE("require reports one document finding when absent / honouring line windows", "[kinds]") {
  const std::string anywhere = R"({"pack": "t", "rules": [{"id": "disclaimer/x", "category": "disclaimer",
    "severity": "error", "kind": "require", "any": ["not medical advice"], "message": "missing{within}",
    "explain": {"text": "t", "bad": "b", "good": "g"}}]})";
  auto missing = lint_with_pack(anywhere, "Ketamine is an anaesthetic.");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].scope == Scope::document);
  CHECK(missing[0].line == 1);
  CHECK(missing[0].message == "missing");
  CHECK(lint_with_pack(anywhere, "This is NOT medical\nadvice.").empty());
  CHECK(lint_with_pack(anywhere, "").size() == 1);

  std::string last_two = anywhere;
  last_two.replace(last_two.find(R"("message")"), 0, R"("within": {"last_lines": 2}, )");
  const std::string early = "This is not medical advice.\nline 2\nline 3\nline 4\n";
  auto late = lint_with_pack(last_two, early);
  REQUIRE(late.size() == 1);
  CHECK(late[0].message == "missing in the last 2 lines");
  CHECK(lint_with_pack(last_two, "line 1\nline 2\nline 3\nThis is not medical advice.").empty());
}

TEST_CASE("positions are exact on CRLF text with a BOM and multi-byte characters", "[kinds]") {
  const std::string p = pack(R"("id": "spinner/p", "kind": "phrases", "phrases": ["heart assault"], "message": "m")");
  auto findings = lint_with_pack(p, "\xEF\xBB\xBFTitle – café\r\nA “naïve” heart assault.\r\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == 2);
  CHECK(findings[0].column == 11);
  CHECK(findings[0].end_column == 23);
  CHECK(findings[0].excerpt == "A “naïve” heart assault.");
}

TEST_CASE("phrase search windows never end inside a UTF-8 sequence", "[kinds]") {
  // Regression: an anchored search window ending mid-character made Boost throw and the
  // whole rule was skipped for the file (seen on shared/seeds/003 with curly quotes).
  const std::string p = pack(R"("id": "spinner/p", "kind": "phrases", "phrases": ["heart assault"], "message": "m")");
  for (int pad = 0; pad < 4; ++pad) {
    std::string text = std::string(static_cast<std::size_t>(pad), 'x') + " heart assault ";
    for (int i = 0; i < 200; ++i) text += "\u2019";
    INFO("pad " << pad);
    CHECK(lint_with_pack(p, text).size() == 1);
  }
}

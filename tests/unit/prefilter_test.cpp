// The one-pass literal prefilter must never change a result: every test here compares the
// engine with the prefilter against the same engine scanning every text in full.
#include <catch2/catch.hpp>

#include <hs/hs.h>
#include <unicode/utf8.h>

#include <fstream>
#include <tuple>
#include <nlohmann/json.hpp>

#include "bench/article_generator.hpp"
#include "input/decode.hpp"
#include "prefilter/match_reach.hpp"
#include "prefilter/pattern_check.hpp"
#include "prefilter/prefiltered_regex.hpp"
#include "prefilter/regex_literals.hpp"
#include "prefilter/rule_cost.hpp"
#include "prefilter/superset_pattern.hpp"
#include "rules/phrase_matcher.hpp"
#include "text/common_words.hpp"
#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;

namespace {

std::vector<std::string> literal_texts(const std::string& pattern, bool ignore_case) {
  std::vector<std::string> out;
  for (const PrefilterLiteral& literal : required_literals(pattern, ignore_case)) out.push_back(literal.text);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> spun_forms() {
  std::ifstream in(std::string(MEDLINT_SOURCE_DIR) + "/rules/tortured-phrases.json");
  const nlohmann::json pack = nlohmann::json::parse(in);
  std::vector<std::string> forms;
  for (const auto& [form, fixed] : pack.at("rules").at(0).at("swap").items()) forms.push_back(form);
  return forms;
}

// Findings as comparable lines: rule, position, message, suggestion.
std::vector<std::string> finding_lines(const std::vector<ReportedFinding>& findings) {
  std::vector<std::string> lines;
  for (const ReportedFinding& f : findings) {
    lines.push_back(f.rule + " " + std::to_string(f.line) + ":" + std::to_string(f.column) + "-" + std::to_string(f.end_line) + ":" +
                    std::to_string(f.end_column) + " " + f.message + " | " + f.suggestion.value_or("-"));
  }
  return lines;
}

// The findings of `pack` on `text` with the prefilter, checked against those of a full scan.
std::vector<ReportedFinding> findings_as_full_scan(const std::string& pack, const std::string& text) {
  const RuleSet set = rules_from({pack});
  const Engine filtered(set.select({}, {}), nullptr);
  Engine full(set.select({}, {}), nullptr);
  full.set_prefilter_enabled(false);
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  std::vector<ReportedFinding> with_prefilter = lint_text("t.txt", text, filtered, diagnostics).findings;
  CHECK(finding_lines(with_prefilter) == finding_lines(lint_text("t.txt", text, full, diagnostics).findings));
  return with_prefilter;
}

// A phrase matcher's anchor words, sorted.
std::vector<std::string> sorted_anchors(const PhraseMatcher& matcher) {
  std::vector<std::string> anchors;
  for (const PrefilterLiteral& literal : matcher.prefilter_literals()) anchors.push_back(literal.text);
  std::sort(anchors.begin(), anchors.end());
  return anchors;
}

// Whether Vectorscan finds `expression` anywhere in `text` (bytes, as the prefilter scans).
bool vectorscan_matches(const std::string& expression, std::string_view text) {
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile(expression.c_str(), 0, HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
    const std::string message = error->message;
    hs_free_compile_error(error);
    FAIL("Vectorscan rejects " << expression << ": " << message);
  }
  hs_scratch_t* scratch = nullptr;
  REQUIRE(hs_alloc_scratch(database, &scratch) == HS_SUCCESS);
  bool found = false;
  hs_scan(database, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          [](unsigned, unsigned long long, unsigned long long, unsigned, void* context) -> int {
            *static_cast<bool*>(context) = true;
            return 1;  // stop at the first match
          },
          &found);
  hs_free_scratch(scratch);
  hs_free_database(database);
  return found;
}

std::string utf8_of(std::uint32_t code_point) {
  char bytes[4];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(bytes), length, 4, static_cast<UChar32>(code_point), error);
  REQUIRE_FALSE(error);
  return {bytes, static_cast<std::size_t>(length)};
}

}  // namespace

TEST_CASE("regex literals: required literals are read from the pattern's syntax", "[prefilter]") {
  CHECK(literal_texts("\\x{FFFD}+", false) == std::vector<std::string>{"\xEF\xBF\xBD"});
  CHECK(literal_texts("(?<!does\\h)\\b(research)\\h+(have|show)\\b", true) == std::vector<std::string>{"research"});
  // A concatenation keeps the longer requirement; a small alternation is a set.
  CHECK(literal_texts("\\b(?:internet|web)\\h?site\\b", true) == std::vector<std::string>{"internet", "web"});
  CHECK(literal_texts("(?:rng|rnl|ug)/kg", false) == std::vector<std::string>{"rng/kg", "rnl/kg", "ug/kg"});
  // Case-insensitive literals are lower case; a small class of rare characters is a set.
  CHECK(literal_texts("MEDLINE", true) == std::vector<std::string>{"medline"});
  CHECK(literal_texts("[\\x{200B}-\\x{200D}]", false).size() == 3);
  // Lookarounds, optional parts and classes give no requirement; one common byte is not usable.
  CHECK(literal_texts("(?<=\\p{Ll}\\p{Ll})([.?!])(?=\\p{Lu}\\p{Ll})", false).empty());
  CHECK(literal_texts("(?:word)?\\d+", false).empty());
  CHECK(literal_texts("(?=ketamine)\\w+", true).empty());
  // Constructs the reader does not know leave the pattern without literals, never wrong ones.
  CHECK(literal_texts("(a)\\1", false).empty());
  CHECK(literal_texts("(?x) a b c", false).empty());
}

TEST_CASE("superset patterns: look-arounds at the ends are kept as text / elsewhere dropped", "[prefilter]") {
  const auto missing_space = superset_pattern("(?<=\\p{Ll}\\p{Ll})([.?!])(?=\\p{Lu}\\p{Ll})", false);
  REQUIRE(missing_space);
  CHECK(missing_space->expression.find("A-Z") != std::string::npos);  // the look-ahead became text
  const auto inner = superset_pattern("a(?=b)c", false);
  REQUIRE(inner);
  CHECK(inner->expression.find('b') == std::string::npos);  // not at the end: dropped
  CHECK(superset_pattern("(a)\\1", false) == std::nullopt);
  // Numbers too large for the reader give up cleanly (Boost rejects or limits them itself).
  CHECK(superset_pattern("a{99999999999999999999999}", false) == std::nullopt);
  CHECK(literal_texts("\\x{FFFFFFFFFFFFFFFFFFFFFFFF}abc", false).empty());
  CHECK(superset_pattern("(?i)caf\u00e9", false)->caseless);
  // A "(?-i)" opening the pattern makes a caseless rule's superset case-sensitive; elsewhere,
  // or with an "(?i)" later on, the superset stays caseless (wider, still sound).
  CHECK_FALSE(superset_pattern("(?-i)\\b(?:MD|DO)\\b", true)->caseless);
  CHECK(superset_pattern("x(?-i)MD", true)->caseless);
  CHECK(superset_pattern("(?-i)MD(?i:do)", true)->caseless);
  CHECK(superset_pattern("(?i-m)MD", false)->caseless);
}

TEST_CASE("superset patterns: a leading ^ needs a line start / after any character Boost ends a line with", "[prefilter]") {
  const auto heading = superset_pattern("(?im)^\\h*(?:sources|references)\\b", false);
  REQUIRE(heading);
  INFO(heading->expression);
  CHECK(heading->line_start_prefix > 0);
  CHECK(heading->caseless);
  // Boost's ^ holds at the start and after \n, \r, \f and the code points it compares by
  // their low 16 bits with U+0085, U+2028 and U+2029 (U+10085, U+12028 among them).
  const auto boost = medlint::compile_regex("(?im)^\\h*(?:sources|references)\\b", false);
  for (const std::string before : {"", "x\n", "x\r", "x\f", "x\u0085", "x\u2028", "x\u2029", "x\U00010085", "x\U00012028"}) {
    const std::string text = before + "  sources";
    INFO("before: " << before);
    CHECK(boost::u32regex_search(text.begin(), text.end(), boost));
    CHECK(vectorscan_matches(heading->expression, text));
  }
  // Mid-line, Boost has no match and the scan no candidate.
  CHECK_FALSE(vectorscan_matches(heading->expression, "see the sources"));
  // Only a ^ that opens the whole pattern: inside a group or a second alternative it is dropped.
  CHECK(superset_pattern("(?:^|x)a", false)->line_start_prefix == 0);
  CHECK(superset_pattern("a|^b", false)->line_start_prefix == 0);
}

TEST_CASE("superset patterns: code points named in a class are matched by their exact UTF-8 bytes", "[prefilter]") {
  // Each class's superset must accept every code point of its ranges and, being exact, none
  // around them: checked code point by code point across the UTF-8 length boundaries.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges = {
      {0x80, 0x9F}, {0x7F0, 0x810}, {0x20AC, 0x20AC}, {0xFFF0, 0x10010}, {0x1F600, 0x1F64F}, {0x3B1, 0x3C9}};
  for (const auto& [lo, hi] : ranges) {
    char pattern[64];
    std::snprintf(pattern, sizeof pattern, "[\\x{%X}-\\x{%X}]", lo, hi);
    const auto superset = superset_pattern(pattern, false);
    REQUIRE(superset);
    INFO(pattern << " -> " << superset->expression);
    CHECK(superset->expression.find("\\x80-\\xFF") == std::string::npos);
    for (std::uint32_t c = lo > 0x140 ? lo - 0x40 : 0x80; c <= hi + 0x40 && c <= 0x10FFFF; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates never occur in decoded text
      INFO("U+" << std::hex << c);
      CHECK(vectorscan_matches(superset->expression, "x" + utf8_of(c) + "x") == (c >= lo && c <= hi));
    }
  }
  // The control-character class: C0 and C1 controls exact, accented letters not candidates.
  const auto controls = superset_pattern("[\\x{0001}-\\x{0008}\\x{000B}\\x{007F}-\\x{009F}]+", false);
  REQUIRE(controls);
  CHECK(vectorscan_matches(controls->expression, "a\x7F"));
  CHECK(vectorscan_matches(controls->expression, "a\xC2\x85" "b"));
  CHECK_FALSE(vectorscan_matches(controls->expression, "caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 \xC2\xB5g"));
  // Kept wide: caseless patterns (other cases of the code points), classes with a Unicode
  // property escape, and classes that would need too many byte sequences.
  CHECK(superset_pattern("[\\x{3B1}-\\x{3C9}]", true)->expression.find("\\x80-\\xFF") != std::string::npos);
  CHECK(superset_pattern("[\\w\\x{2013}]", false)->expression.find("\\x80-\\xFF") != std::string::npos);
  CHECK(superset_pattern("[\\x{81}\\x{83}\\x{85}\\x{87}\\x{89}\\x{8B}\\x{8D}\\x{8F}\\x{91}\\x{93}\\x{95}\\x{97}\\x{99}\\x{9B}\\x{9D}\\x{9F}\\x{A1}]",
                         false)->expression.find("\\x80-\\xFF") != std::string::npos);
}

TEST_CASE("superset patterns: an open gap that the tail cannot cross splits head from tail", "[prefilter]") {
  const auto referral = superset_pattern("\\b(?:see|ask)\\b[^.]{0,80}?\\b(?:doctor|GP)\\b", true);
  REQUIRE(referral);
  REQUIRE(referral->split);
  CHECK(referral->split->gap_excluded == ".");
  CHECK(referral->split->head.find("see") == std::string::npos);  // letters are written one group each
  CHECK(referral->split->tail.find("(?:d)(?:o)(?:c)") != std::string::npos);
  // The tail could match a full stop itself: no split (the gap test would be unsound).
  CHECK_FALSE(superset_pattern("see[^.]*doctor\\.", true)->split);
  CHECK_FALSE(superset_pattern("see[^.]*[a-z.]+", true)->split);
  CHECK_FALSE(superset_pattern("see[^.]*\\S+", true)->split);
  CHECK(superset_pattern("see[^.]*\\w+", true)->split);  // \w never matches a full stop
  // A gap at the top of one alternative only, a bounded small gap, or a negated letter: no split.
  CHECK_FALSE(superset_pattern("see[^.]*doctor|nurse", true)->split);
  CHECK_FALSE(superset_pattern("see[^.]{0,3}doctor", true)->split);
  CHECK_FALSE(superset_pattern("see[^x]*doctor", true)->split);
}

TEST_CASE("rules list --cost: literal-anchored rules and full scans are told apart", "[prefilter]") {
  const RuleSet set = load_rule_set(true, {});
  CHECK(rule_cost(*set.find("spinner/tortured-phrase")).cost == "prefilter");
  CHECK(rule_cost(*set.find("ocr/replacement-character")).cost == "prefilter");
  CHECK(rule_cost(*set.find("ocr/missing-space")).cost == "prefilter");
  CHECK(rule_cost(*set.find("ocr/missing-space")).patterns == 1);
  CHECK(rule_cost(*set.find("spinner/mid-sentence-capital")).cost == "detector");
  const RunResult run = run_medlint({"rules", "list", "--cost"});
  REQUIRE(run.status == 0);
  CHECK(run.out.find("ocr/missing-space                    prefilter") != std::string::npos);
  CHECK(run.out.find("searched only where the one-pass scan finds candidates") != std::string::npos);
}

// A matcher the scan cannot prefilter searches every document whole: a caseless in-word list
// with a non-ASCII phrase ("\u00A9") once cost 155 M instructions per MB for one rule.
TEST_CASE("rules list --cost: every matcher of the default rules is prefiltered", "[prefilter]") {
  const RuleSet set = load_rule_set(true, {});
  for (const auto& rule : set.rules()) {
    INFO(rule->meta().id);
    CHECK(rule_cost(*rule).unfiltered == 0);
  }
}

TEST_CASE("pattern checks: Vectorscan's answers are kept in the cache file and read back", "[prefilter]") {
  TempDir tmp;
  const std::filesystem::path file = tmp.path() / "pattern-checks.json";
  // pattern, flags, answer: accepted and non-empty; matches empty; does not parse.
  const std::vector<std::tuple<std::string, unsigned, bool>> cases = {
      {"safe and effective", 0, true}, {"safe\\h+and", HS_FLAG_CASELESS, true},
      {"a*", 0, false}, {"(unclosed", 0, false}, {"\\d{2,}(?:mg|ml)", HS_FLAG_CASELESS, true}};
  const auto answers_of = [&](PatternCheckCache& cache) {
    std::vector<bool> answers;
    for (const auto& [expression, flags, expected] : cases) answers.push_back(cache.accepts_non_empty(expression, flags));
    return answers;
  };
  std::vector<bool> expected;
  for (const auto& one : cases) expected.push_back(std::get<2>(one));

  PatternCheckCache first(file);
  CHECK(answers_of(first) == expected);
  CHECK(first.asked() == cases.size());
  CHECK(answers_of(first) == expected);
  CHECK(first.asked() == cases.size());  // asked once each
  first.save();
  const nlohmann::json saved = nlohmann::json::parse(slurp(file));
  CHECK(saved.at("vectorscan") == hs_version());
  CHECK(saved.at("answers").size() == cases.size());

  PatternCheckCache second(file);
  CHECK(answers_of(second) == expected);
  CHECK(second.asked() == 0);  // every answer came from the file

  // A damaged file, or one written by another Vectorscan, is asked again, not believed.
  for (const std::string& damaged :
       {std::string("{\"vectorscan\": \"0.0\", \"answers\": [[0, \"a*\", true]]}"), std::string("{not json"),
        std::string("{\"answers\": 7}")}) {
    write_file(file, damaged);
    PatternCheckCache again(file);
    CHECK(answers_of(again) == expected);
    CHECK(again.asked() == cases.size());
  }

  PatternCheckCache in_memory{std::filesystem::path{}};
  CHECK(answers_of(in_memory) == expected);
  in_memory.save();  // no file: nothing to write, no error
}

TEST_CASE("compile cache: runs that read the cached prefilter and pattern checks report what a cold run does", "[prefilter]") {
  TempDir tmp;
  const std::string env = "MEDLINT_CACHE_DIR=" + shell_quote((tmp.path() / "cache").string());
  // The claims folder reaches the profiles' rules and the regexes with pattern checks; three
  // runs of it (cold, warm, damaged cache) under the sanitizers took most of this test's time
  // with the spun folder added.
  const std::vector<std::string> args = {"check", "--format", "json", std::string(MEDLINT_SOURCE_DIR) + "/corpus/claims"};
  const RunResult cold = run_medlint(args, ".", "", env);
  REQUIRE(cold.status == 1);
  std::size_t databases = 0, checks = 0;
  for (const auto& entry : std::filesystem::directory_iterator(tmp.path() / "cache")) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("prefilter-") && name.ends_with(".hsdb")) ++databases;
    if (name.starts_with("pattern-checks-") && name.ends_with(".json")) {
      ++checks;
      CHECK(nlohmann::json::parse(slurp(entry.path())).at("answers").size() > 10);
    }
  }
  CHECK(databases >= 2);
  CHECK(checks == 1);
  const RunResult warm = run_medlint(args, ".", "", env);
  CHECK(warm.status == cold.status);
  CHECK(warm.out == cold.out);
  // Every cached file cut short: each is ignored and rebuilt, the report stays the same.
  for (const auto& entry : std::filesystem::directory_iterator(tmp.path() / "cache")) {
    const std::string bytes = slurp(entry.path());
    write_file(entry.path(), bytes.substr(0, bytes.size() / 2));
  }
  const RunResult damaged = run_medlint(args, ".", "", env);
  CHECK(damaged.status == cold.status);
  CHECK(damaged.out == cold.out);
}

TEST_CASE("match reach: a superset's span is bounded by its fixed part and the longest runs of its open repeats", "[prefilter]") {
  const auto fixed = medlint::MatchReach::of("(?:d)(?:o)(?:i)", false);
  REQUIRE(fixed);
  CHECK(fixed->bound("anything at all") == 3);
  CHECK(fixed->run_classes() == 0);
  // Alternatives take the longer; bounded repeats multiply.
  CHECK(medlint::MatchReach::of("(?:(?:ab)|(?:c))(?:[0-9]){1,4}", false)->bound("") == 6);
  // "et\h+al": two fixed bytes each side, and the longest run of spaces and tabs.
  const auto et_al = medlint::MatchReach::of("(?:e)(?:t)(?:[\\x09\\x20\\x80-\\xFF])+(?:a)(?:l)", false);
  REQUIRE(et_al);
  CHECK(et_al->run_classes() == 1);
  CHECK(et_al->bound("Smith et al. and  \t three") == 4 + 4);  // the run "  \t "
  // An open repeat of a group is a run of every byte the group can match; caseless
  // patterns match both cases of a letter.
  const auto words = medlint::MatchReach::of("(?:(?:a)(?:[\\x20])?)*(?:x)", true);
  REQUIRE(words);
  CHECK(words->bound("A a Aa b") == 1 + 7);  // "A a Aa "
  // Syntax the translator never writes gives no reach.
  CHECK_FALSE(medlint::MatchReach::of("a(?=b)", false));
  CHECK_FALSE(medlint::MatchReach::of("(?:a", false));
  // Every default rule's superset is one the reader knows.
  const RuleSet set = load_rule_set(true, {});
  for (const Rule* rule : set.select({}, {})) {
    std::vector<const PrefilterClient*> clients;
    rule->prefilter_clients(clients);
    for (const PrefilterClient* client : clients) {
      if (const auto& pattern = client->prefilter_pattern()) {
        INFO(rule->meta().id << ": " << pattern->expression);
        CHECK(medlint::MatchReach::of(pattern->expression, pattern->caseless));
      }
    }
  }
}

TEST_CASE("prefilter: every default rule finds exactly what a full scan finds", "[prefilter]") {
  const RuleSet set = load_rule_set(true, {});
  const std::vector<const Rule*> rules = set.select({}, {});
  const Engine filtered(rules, &default_catalog());
  Engine full(rules, &default_catalog());
  full.set_prefilter_enabled(false);
  REQUIRE(filtered.prefilter().literal_count() > 300);
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& dir : {std::string(MEDLINT_SOURCE_DIR) + "/corpus", std::string(MEDLINT_SHARED_DIR) + "/seeds"}) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".md")) texts.emplace_back(entry.path().string(), slurp(entry.path()));
    }
  }
  bench::ArticleGenerator generator(7, spun_forms());
  // Under the sanitizers (where both engines run several times slower) a third of the
  // generated articles: the corpus, the seeds and the cases below still reach every rule.
  const int generated = MEDLINT_SANITIZED ? 20 : 60;
  for (int i = 0; i < generated; ++i) {
    bench::GeneratedArticle article = generator.next();
    texts.emplace_back(article.name, std::move(article.text));
  }
  // Characters that fold to ASCII letters (Kelvin sign) make caseless matchers scan in full.
  texts.emplace_back("kelvin.txt", "The \xE2\x84\xAA" "etamine infusion had important signs monitored.\n");
  // Hits denser than one in 64 bytes: the matcher drops them and scans in full.
  std::string dense;
  while (dense.size() < 40000) dense += "important signs, important people, constrained proof. ";
  texts.emplace_back("dense.txt", dense);
  // Patterns near chunk edges: look-behinds at a paragraph start, look-aheads at its end.
  texts.emplace_back("edges.txt", "treatment.Patients\n\nfourteen Peripheral nerves\n\n21 The pathway\nantagonism.31 The\n\nweb site on the receptor\n");
  // Referrals split at their gap: head and tail on both sides of full stops and line ends.
  texts.emplace_back("referral.txt",
                     "Please see. Your doctor is away.\nAsk the clinic; your GP\nwill call.\n\nconsult\nyour pharmacist. "
                     "We see the doctor. Speak with a qualified health professional. Talk to. a nurse.\n");
  // Case-sensitive patterns inside caseless rules: credentials match in capitals only.
  texts.emplace_back("credentials.txt", "Written by Jane Roe, MD, and John Doe, PharmD.\nWe do not know what md or np mean; rn, Md.\n");
  // Control, invisible and replacement characters among accented letters, whose classes are
  // matched by exact UTF-8 bytes in the scan.
  texts.emplace_back("controls.txt",
                     "Caf\xC3\xA9 dose\x7F was 5\xC2\x85mg.\nNa\xC3\xAFve text\xC2\x9F here \xE2\x80\x94 fine.\n"
                     "Keta\xE2\x80\x8Bmine and sema\xC2\xADglutide, in\xEF\xBB\xBFvisible.\nBroken \xEF\xBF\xBD\xEF\xBF\xBD text.\n"
                     "\x01\x02 start\x1F and \xC2\x80\xC2\x80 end \xC2\xA0 nbsp.\n");
  // A search starts a reach before its candidate, but never inside a character: U+0E17's
  // last byte is in the control class's byte set, so the reach (a run of three) would start
  // on its second byte.
  texts.emplace_back("reach.txt", "Tell side. \xE0\xB8\x97\x07\n\xE0\xB8\x97\xE0\xB8\x97\x01x \xC2\x85\x7F\n");
  // Research claims with and without a citation in the same or the next sentence: the
  // citation patterns are scanned in those two sentences by the rule's own prefilter.
  texts.emplace_back("claims.txt",
                     "Studies show it works [3]. Research shows a benefit. It lasts (Smith et al. 2020).\n"
                     "Experts agree it helps. See https://example.org for more. Studies have proven nothing.\n\n"
                     "A recent study found gains.12 Later work (4, 7\u20139) agreed. Research suggests harm; doi 10.1/x.\n"
                     "Science shows effects (N Engl J Med). Clinically proven, according to the FDA label. New research\n"
                     "is pending (Jones and Lee, 2019a). Evidence shows\u00A0little (PMID 123). Studies suggest et\u00A0al. more.\n");
  // Random texts of pieces the regex rules look at, packed densely: searches start a reach
  // before each candidate and stop after the last one's match, around many candidates
  // close together, multi-byte characters and paragraph breaks.
  const std::vector<std::string> pieces = {
      "two", "Three", "fourteen", "twenty-one", ".", ",", ";", ":", " ", " ", "  ", "\t", "\n", "\n\n", "12", "3", "1999",
      "mg", " mg", "5,5 mg", "ug/kg", "rng", "The", "This", "However", "It", "A", "word", "Word", "WORD", "\u00DF", "\u00E9",
      "\u0E17", "\u2013", "\u2014", "\x07", "\x01", "\u0085", "\u200B", "\u00AD", "\uFFFD", "-\n", "-", "web site",
      "binding web site", "et al", "(Smith et al. 2020)", "[3]", "(4, 7)", "doi", "PMID", "https://x.org", "see your doctor",
      "ask a pharmacist", "not medical advice", "Sources", "References:", "By Dr Jane Roe, MD", "Updated 2021", "March 3, 2020",
      "2020-01-31", "Blog Post", "Advertisement", "research have", "examine", "important signs", "Secure and helpful",
      "fda approved", "ketamine", "Ketamine", "semaglutide", "safe for", "studies show", "\u00A9 2019", "?", "!", "\"", ")"};
  TestRandom random(11);
  for (int n = 0; n < 150; ++n) {
    const std::size_t count = 20 + random.below(400);
    texts.emplace_back("random-" + std::to_string(n) + ".txt", random.text(pieces, count));
  }
  std::size_t total = 0;
  for (const auto& [name, text] : texts) {
    const auto a = finding_lines(lint_text(name, text, filtered, diagnostics).findings);
    const auto b = finding_lines(lint_text(name, text, full, diagnostics).findings);
    INFO(name);
    CHECK(a == b);
    total += a.size();
  }
  CHECK(total > 200);  // the texts exercise the rules
}

TEST_CASE("prefiltered regex: a text the scan has not seen is passed over only when it lacks every required literal", "[prefilter]") {
  // Every regex list of the attribution pack (citation markers, author and date lines), each
  // searched in every paragraph of the corpus and seeds with no scan in effect: the shortcut
  // (no required literal, no Boost search) must find what Boost alone finds.
  std::ifstream in(std::string(MEDLINT_SOURCE_DIR) + "/rules/attribution.json");
  const nlohmann::json pack = nlohmann::json::parse(in);
  std::vector<std::string> patterns;
  for (const auto& rule : pack.at("rules")) {
    for (const char* key : {"any_regex", "all_regex"}) {
      if (rule.contains(key)) {
        for (const auto& p : rule.at(key)) patterns.push_back(p.get<std::string>());
      }
    }
    if (rule.contains("options") && rule.at("options").contains("citation_patterns")) {
      for (const auto& p : rule.at("options").at("citation_patterns")) patterns.push_back(p.get<std::string>());
    }
  }
  REQUIRE(patterns.size() > 20);
  std::vector<std::string> paragraphs;
  for (const std::string& dir : {std::string(MEDLINT_SOURCE_DIR) + "/corpus", std::string(MEDLINT_SHARED_DIR) + "/seeds"}) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      const std::string text = decode_bytes(slurp(entry.path())).utf8;  // as the engine reads it
      for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find("\n\n", at), text.size());
        paragraphs.push_back(text.substr(at, end - at));
        at = end + 2;
      }
    }
  }
  std::size_t shortcuts = 0, matches = 0;
  for (const std::string& pattern : patterns) {
    const PrefilteredRegex prefiltered(pattern, compile_regex(pattern, false), false);
    for (const std::string& paragraph : paragraphs) {
      std::vector<TextRange> direct, through;
      for_each_match(prefiltered.regex(), paragraph, [&](TextRange range, const auto&) { direct.push_back(range); });
      bool searched = false;
      prefiltered.for_each_match(paragraph, [&](TextRange range, const auto&) {
        through.push_back(range);
        searched = true;
      });
      INFO(pattern);
      CHECK(through == direct);
      shortcuts += !searched && direct.empty() ? 1 : 0;
      matches += direct.size();
    }
  }
  CHECK(matches > 50);
  CHECK(shortcuts > 1000);
}

TEST_CASE("prefilter: a literal inside a longer word still finds phrases starting at that word", "[prefilter]") {
  const std::string pack = R"({"pack": "t", "rules": [{"id": "spinner/t", "category": "spinner", "severity": "warning", "kind": "phrases",
    "message": "m", "explain": {"text": "x", "bad": "esketamine nasal spray", "good": "y"},
    "phrases": ["esketamine nasal", "ketamine nasal"]}]})";
  const auto findings = lint_with_pack(pack, "Take esketamine nasal spray, not ketamine nasal drops; ESKETAMINE NASAL too.");
  CHECK(matched(findings) == std::vector<std::string>{"esketamine nasal", "ketamine nasal", "ESKETAMINE NASAL"});
}

TEST_CASE("prefilter: phrases are found from their longest word / k words back", "[prefilter]") {
  const std::string pack = R"({"pack": "t", "rules": [{"id": "spinner/t", "category": "spinner", "severity": "warning", "kind": "phrases",
    "message": "m", "explain": {"text": "x", "bad": "a study found", "good": "y"},
    "phrases": ["a study found", "it is proven", "secure and helpful", "don't stop", "e-mail us", "study", "the jab"]}]})";
  const std::string text =
      "A study found this. It is\nproven, they say; it is PROVEN again. Secure and Helpful! Not secure and unhelpful.\n"
      "Don\xE2\x80\x99t stop, don't  stop. E-mail us or e-mailus. A casestudy found nothing; a study, found.\n"
      "Get the jab, THE\njab or thejab.";
  CHECK(matched(findings_as_full_scan(pack, text)) == std::vector<std::string>{"A study found", "It is\nproven", "it is PROVEN", "Secure and Helpful",
                                                                              "Don\xE2\x80\x99t stop", "don't  stop", "E-mail us", "study", "the jab", "THE\njab"});
}

TEST_CASE("prefilter: a substitution is found at the word its replacement lacks", "[prefilter]") {
  // "emptying" and "healthcare" are in the replacements, so the shorter swapped-in words
  // anchor the phrases; a word under four letters ("e" of "e-book", "end") anchors only when
  // every other word is shared. Without replacements the longest word anchors.
  const std::vector<std::string> phrases{"abdomen emptying", "name your healthcare supplier", "e-book your appointment", "as a end result"};
  const PhraseMatcher matcher(phrases, true, true,
                              {{"abdomen emptying", "stomach emptying"},
                               {"name your healthcare supplier", "call your healthcare provider"},
                               {"e-book your appointment", "book your appointment"},
                               {"as a end result", "as a result"}});
  CHECK(sorted_anchors(matcher) == std::vector<std::string>{"abdomen", "appointment", "result", "supplier"});
  CHECK(sorted_anchors(PhraseMatcher(phrases, true, true)) == std::vector<std::string>{"appointment", "emptying", "healthcare", "result"});
  // The findings are those of a full scan, at any case and spacing.
  const std::string pack = R"({"pack": "t", "rules": [{"id": "spinner/t", "category": "spinner", "severity": "warning", "kind": "substitute",
    "message": "m", "explain": {"text": "x", "bad": "abdomen emptying", "good": "y"},
    "swap": {"abdomen emptying": "stomach emptying", "e-book your appointment": "book your appointment", "as a end result": "as a result"}}]})";
  const std::string text = "It slows Abdomen\nemptying. E-book your  appointment now; as a end result it worked.";
  CHECK(matched(findings_as_full_scan(pack, text)) == std::vector<std::string>{"Abdomen\nemptying", "E-book your  appointment", "as a end result"});
}

TEST_CASE("prefilter: a phrase is found at a word that medical articles seldom hold", "[prefilter]") {
  // "pressure" and "effects" are on rules/language/common-words.json: the rarer words anchor.
  const std::vector<std::string> phrases{"post-horrible pressure", "side effects of gloom", "blood pressure"};
  // Every word of "blood pressure" is common: the longest anchors.
  CHECK(sorted_anchors(PhraseMatcher(phrases, true, true)) == std::vector<std::string>{"gloom", "horrible", "pressure"});
  CHECK(CommonWords::built_in().contains("pressure"));
  CHECK_FALSE(CommonWords::built_in().contains("horrible"));
  // The findings are those of a full scan.
  const std::string pack = R"({"pack": "t", "rules": [{"id": "spinner/t", "category": "spinner", "severity": "warning", "kind": "phrases",
    "ignore_case": true, "message": "m", "explain": {"text": "x", "bad": "side effects of gloom", "good": "y"},
    "phrases": ["post-horrible pressure", "side effects of gloom", "blood pressure"]}]})";
  const std::string text = "Post-horrible\npressure and side effects of GLOOM; blood pressure, horrible weather.";
  CHECK(matched(findings_as_full_scan(pack, text)) == std::vector<std::string>{"Post-horrible\npressure", "side effects of GLOOM", "blood pressure"});
  // The list is one word a line in lower case; anything else is a load error naming the entry.
  CHECK_THROWS_WITH(CommonWords::parse(R"({"description": "d", "words": ["dose", "Blood"]})", "common.json"),
                    Catch::Contains("common.json") && Catch::Contains("/words/1") && Catch::Contains("one word in lower case"));
  CHECK_THROWS_WITH(CommonWords::parse(R"({"description": "d", "words": ["side effects"]})", "common.json"),
                    Catch::Contains("/words/0"));
}

TEST_CASE("prefilter: a word list with a phrase that starts with punctuation / its words still start at word starts", "[prefilter]") {
  // "% of ours" cannot be found by its words (rule packs refuse such a phrase; a detector's
  // list may hold one), so the list is searched by its phrases' first bytes; the other
  // phrases must still not match inside longer words ("mgstudies show").
  const PhraseMatcher matcher({"studies show", "% of ours"}, true, true);
  const std::string text = "Studies show it. 5mgstudies show. caf\xC3\xA9studies show. 85% of ours; (studies show) x_studies show";
  const auto found = [&](const PrefilterHits* hits) {
    const PrefilterHits::Scope scope(hits);
    std::vector<std::string> matches;
    matcher.scan(text, [&](TextRange r) { matches.emplace_back(text.substr(r.begin, r.size())); });
    return matches;
  };
  const LiteralPrefilter prefilter({&matcher});
  const PrefilterHits hits = prefilter.scan(text);
  CHECK(found(&hits) == std::vector<std::string>{"Studies show", "% of ours", "studies show"});
  CHECK(found(nullptr) == found(&hits));
}

TEST_CASE("prefilter: a whole-word literal has no hits inside longer words / other literals keep them", "[prefilter]") {
  struct LiteralClient : PrefilterClient {
    explicit LiteralClient(std::vector<PrefilterLiteral> literals) { set_prefilter_literals(std::move(literals)); }
  };
  const LiteralClient whole({{"own", true, true}});
  const LiteralClient inside({{"own", true, false}});
  const LiteralPrefilter prefilter({&whole, &inside});
  const std::string text = "known OWN own_ 2own own2 (own) own-made caf\xC3\xA9own own";
  const PrefilterHits hits = prefilter.scan(text);
  const auto offsets = [&](const PrefilterClient& client) {
    std::size_t base = 0;
    const auto starts = hits.starts(client, text, base);
    REQUIRE(starts);
    CHECK(base == 0);
    return std::vector<std::uint32_t>(starts->begin(), starts->end());
  };
  // "OWN", "(own)", "own-made", the one after "café" (a byte beyond ASCII before it) and the last.
  CHECK(offsets(whole) == std::vector<std::uint32_t>{6, 26, 31, 45, 49});
  CHECK(offsets(inside).size() == 9);
  // A phrase list's anchor is whole-word when the literal is the whole key, not an ASCII run of it.
  CHECK(PhraseMatcher({"own risk"}, true, true).prefilter_literals().at(0).whole_word);
  const PhraseMatcher accented({"na\xC3\xAFve patients"}, true, true);
  CHECK(accented.prefilter_literals().at(0).text == "patients");
  const PhraseMatcher accented_only({"na\xC3\xAFvet\xC3\xA9"}, true, true);
  REQUIRE(accented_only.prefilter_literals().size() == 1);
  CHECK_FALSE(accented_only.prefilter_literals().at(0).whole_word);
}

// The corpus pass on a run of real files: a template family, a re-spun copy, unrelated
// pages that must stay out, and the switches that turn the pass off.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

#include "bench/planted_corpus.hpp"
#include "corpus/near_duplicates.hpp"
#include "corpus/suffix_lcs.hpp"
#include "corpus/vocabulary.hpp"
#include "report/report_codec.hpp"
#include "test_support.hpp"

using namespace medlint;
using nlohmann::json;

namespace {

std::string templated(const std::string& condition, const std::string& specialist) {
  return "Is Metformin Safe for " + condition + " Patients?\n\n"
         "Safety is the first question when a serious diagnosis like " + condition + " is involved. This page summarizes what "
         "published research says about metformin in patients with " + condition + ". Your " + specialist +
         " must review every medicine you take.\n\n"
         "Patients with " + condition + " may have reduced kidney function, which changes how metformin is cleared. "
         "Baseline blood tests and periodic monitoring are needed for anyone with " + condition + " who takes metformin.\n\n"
         "No medicine is safe for all " + condition + " patients. Ask your " + specialist + " about your own situation.\n";
}

const std::string original =
    "Sleep and Blood Pressure\n\n"
    "People who sleep fewer than six hours a night have higher blood pressure on average. Short sleep raises stress "
    "hormones and keeps the nervous system alert, which narrows blood vessels. Improving sleep habits, such as a regular "
    "bedtime and less caffeine in the afternoon, can lower readings a little over several weeks. Sleep apnea is a common "
    "hidden cause of high blood pressure and is worth checking when snoring is loud.\n";
// The same article after a spinner: about one word in ten changed, structure kept.
const std::string respun =
    "Sleep and Blood Pressure\n\n"
    "People who rest fewer than six hours a night have greater blood pressure on average. Short sleep increases stress "
    "hormones and keeps the nervous framework alert, which narrows blood vessels. Improving sleep routines, such as a regular "
    "bedtime and less caffeine in the afternoon, can reduce readings a little over several weeks. Sleep apnea is a common "
    "concealed cause of high blood pressure and is worth examining when snoring is loud.\n";
const std::string unrelated_a =
    "Vitamin D in Winter\n\nMany adults in northern countries have low vitamin D levels in late winter, because the skin makes "
    "little of it when the sun is low. A daily supplement is a common recommendation from October to March, and people who "
    "rarely go outside may need it all year. Very high doses taken for months can raise calcium levels too far.\n";
const std::string unrelated_b =
    "Iron Tablets\n\nIron is absorbed best on an empty stomach, but it often upsets the stomach, so many people take it with "
    "a small meal. Tea and coffee reduce absorption, while vitamin C may help. Constipation and dark stools are common and "
    "harmless, but black tarry stools with pain need prompt attention from a doctor.\n";

}  // namespace

TEST_CASE("corpus pass: a template family / a re-spun copy / and pages that stay out", "[duplicates]") {
  test::TempDir dir;
  test::write_file(dir.path() / "a-liver.txt", templated("Liver Cancer", "oncologist"));
  test::write_file(dir.path() / "b-lupus.txt", templated("Lupus", "rheumatologist"));
  test::write_file(dir.path() / "c-heart.txt", templated("Heart Failure", "cardiologist"));
  test::write_file(dir.path() / "d-sleep.txt", original);
  test::write_file(dir.path() / "e-sleep-spun.txt", respun);
  test::write_file(dir.path() / "f-vitamin.txt", unrelated_a);
  test::write_file(dir.path() / "g-iron.txt", unrelated_b);
  // Read first, it spells "heart" in lower case for the run; the slot is still "Heart Failure".
  test::write_file(dir.path() / "0-pulse.txt", "Pulse\n\nYour heart rate rises when you climb stairs and falls again within minutes of rest.\n");
  auto run = test::run_medlint({"check", "--format", "json", "--select", "duplicate", "."}, dir.path());
  const json report = json::parse(run.out);
  std::map<std::string, std::vector<std::string>> rules;
  std::map<std::string, std::string> messages;
  for (const auto& file : report["files"]) {
    for (const auto& f : file["findings"]) {
      rules[file["path"]].push_back(f["rule"]);
      messages[file["path"]] = f["message"];
    }
  }
  for (const char* member : {"./a-liver.txt", "./b-lupus.txt", "./c-heart.txt"}) {
    INFO(member);
    CHECK(rules[member] == std::vector<std::string>{"duplicate/template"});
    CHECK_THAT(messages[member], Catch::Contains("one of 3 pages"));
  }
  CHECK_THAT(messages["./a-liver.txt"], Catch::Contains("Liver Cancer") && Catch::Contains("Lupus") && Catch::Contains("Heart Failure"));
  CHECK(rules.count("./0-pulse.txt") == 0);
  CHECK(rules["./d-sleep.txt"] == std::vector<std::string>{"duplicate/near-copy"});
  CHECK(rules["./e-sleep-spun.txt"] == std::vector<std::string>{"duplicate/near-copy"});
  CHECK_THAT(messages["./d-sleep.txt"], Catch::Contains("./e-sleep-spun.txt"));
  CHECK(rules.count("./f-vitamin.txt") == 0);
  CHECK(rules.count("./g-iron.txt") == 0);

  auto off = test::run_medlint({"check", "--format", "json", "--select", "duplicate", "--no-corpus-checks", "."}, dir.path());
  CHECK(json::parse(off.out)["summary"]["findings"] == 0);
  auto single = test::run_medlint({"check", "--format", "json", "--select", "duplicate", "a-liver.txt"}, dir.path());
  CHECK(json::parse(single.out)["summary"]["findings"] == 0);

  // JSONL streams the files first; the cluster findings come at the end.
  auto lines = test::run_medlint({"check", "--format", "jsonl", "--select", "duplicate,spinner", "."}, dir.path());
  std::istringstream stream(lines.out);
  std::string line, last_rule;
  std::size_t duplicates = 0;
  bool spinner_after_duplicate = false;
  while (std::getline(stream, line)) {
    const json f = json::parse(line);
    const std::string rule = f["rule"];
    if (rule.rfind("duplicate/", 0) == 0) ++duplicates;
    else if (duplicates > 0) spinner_after_duplicate = true;
  }
  CHECK(duplicates == 5);
  CHECK_FALSE(spinner_after_duplicate);

  // --jobs does not change the clusters.
  auto one = test::run_medlint({"check", "--format", "json", "--select", "duplicate", "--jobs", "1", "."}, dir.path());
  CHECK(one.out == run.out);
}

TEST_CASE("corpus pass: planted families in 3000 generated articles are found", "[duplicates]") {
  const auto corpus = bench::make_planted_corpus(3000, 120, 11);
  NearDuplicateFinder finder;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) finder.add(i, corpus.documents[i]);
  std::map<int, std::size_t> family_size;
  for (const int f : corpus.family) {
    if (f >= 0) ++family_size[f];
  }
  std::size_t planted = 0, reported = 0, correct = 0, templates_right = 0, clusters_seen = 0;
  for (const auto& [f, n] : family_size) planted += n * (n - 1) / 2;
  for (const auto& cluster : finder.clusters()) {
    ++clusters_seen;
    const int family = corpus.family[cluster.members.front()];
    if (family >= 0 && cluster.is_template == corpus.is_template_family[static_cast<std::size_t>(family)]) ++templates_right;
    for (std::size_t a = 0; a < cluster.members.size(); ++a) {
      for (std::size_t b = a + 1; b < cluster.members.size(); ++b) {
        ++reported;
        const int fa = corpus.family[cluster.members[a]];
        if (fa >= 0 && fa == corpus.family[cluster.members[b]]) ++correct;
      }
    }
  }
  const double recall = static_cast<double>(correct) / static_cast<double>(planted);
  const double precision = static_cast<double>(correct) / static_cast<double>(reported);
  INFO("recall " << recall << " precision " << precision);
  CHECK(recall >= 0.95);
  CHECK(precision >= 0.95);
  CHECK(static_cast<double>(templates_right) >= 0.95 * static_cast<double>(clusters_seen));  // template vs near-copy
}

TEST_CASE("corpus pass: the bit-parallel suffix LCS and its walk equal the cell-by-cell table", "[duplicates]") {
  // Small alphabets make many matches and ties; lengths cross the 64-bit word boundaries.
  test::TestRandom random(12345);
  SuffixLcs reused;  // one table assigned every pair in turn, as the corpus pass's threads keep one
  for (const std::size_t alphabet : {2, 5, 40}) {
    for (const auto& [n, m] : std::vector<std::pair<std::size_t, std::size_t>>{{0, 7}, {7, 0}, {63, 64}, {65, 130}, {200, 129}}) {
      std::vector<std::uint32_t> a(n), b(m);
      for (auto& w : a) w = static_cast<std::uint32_t>(random.below(alphabet));
      for (auto& w : b) w = static_cast<std::uint32_t>(random.below(alphabet));
      std::vector<std::vector<std::size_t>> table(n + 1, std::vector<std::size_t>(m + 1, 0));
      for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
          table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
        }
      }
      const SuffixLcs fast(a, b);
      reused.assign(a, b);
      std::size_t mismatches = 0;
      for (std::size_t i = 0; i <= n; ++i) {
        for (std::size_t j = 0; j <= m; ++j) {
          mismatches += fast.at(i, j) != table[i][j] ? 1 : 0;
          mismatches += reused.at(i, j) != table[i][j] ? 1 : 0;
        }
      }
      // Walks of random steps read the same values as the table, whichever steps they take.
      std::size_t walk_mismatches = 0, steps = 0;
      for (int walk_number = 0; walk_number < 20; ++walk_number) {
        SuffixLcs::Walk walk(fast);
        std::size_t i = 0, j = 0;
        while (i < n && j < m) {
          ++steps;
          if (walk.i() != i || walk.j() != j || walk.without_a() != table[i + 1][j] || walk.without_b() != table[i][j + 1]) {
            ++walk_mismatches;
          }
          switch (random.below(3)) {
            case 0:
              walk.advance_a();
              ++i;
              break;
            case 1:
              walk.advance_b();
              ++j;
              break;
            default:
              walk.advance_both();
              ++i;
              ++j;
          }
        }
      }
      INFO("alphabet " << alphabet << ", lengths " << n << " x " << m << ", LCS " << table[0][0]);
      CHECK(mismatches == 0);
      CHECK(walk_mismatches == 0);
      CHECK(steps >= (n > 0 && m > 0 ? 20u : 0u));
      CHECK(fast.at(0, 0) == table[0][0]);
    }
  }
}

TEST_CASE("corpus pass: word ids spilled to a temporary file give the same clusters", "[duplicates]") {
  const auto corpus = bench::make_planted_corpus(400, 120, 5);
  NearDuplicateOptions spilling;
  spilling.words_in_memory = 20000;  // a few documents' worth; the rest goes to the file
  NearDuplicateFinder in_memory, spilled(spilling);
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    in_memory.add(i, corpus.documents[i]);
    spilled.add(i, corpus.documents[i]);
  }
  CHECK_FALSE(in_memory.spilled());
  CHECK(spilled.spilled());
  const auto a = in_memory.clusters(1);
  const auto b = spilled.clusters(2);
  REQUIRE(a.size() == b.size());
  CHECK(a.size() > 10);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].members == b[i].members);
    CHECK(a[i].slots == b[i].slots);
    CHECK(a[i].is_template == b[i].is_template);
  }
}

TEST_CASE("spill store: spans read back from memory and from the file / from several threads", "[duplicates]") {
  SpillStore store(10);
  const auto first = store.append("0123456789");  // fills the memory budget exactly
  const auto second = store.append("abc");        // goes to the file
  const auto empty = store.append("");
  const auto third = store.append(std::string(100000, 'z'));
  CHECK(store.bytes_in_memory() == 10);
  CHECK(store.spilled());
  CHECK(store.size() == 100013);
  std::vector<std::thread> readers;
  std::atomic<int> right{0};
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      if (store.read(first) == "0123456789" && store.read(second) == "abc" && store.read(empty).empty() &&
          store.read(third) == std::string(100000, 'z')) {
        ++right;
      }
    });
  }
  for (auto& reader : readers) reader.join();
  CHECK(right == 4);
}

TEST_CASE("held reports: encoded and decoded / every field comes back", "[duplicates]") {
  FileReport report;
  report.path = "dir/caf\u00e9.md";
  report.source = "Ketamine is Secure and helpful.\n";
  report.source_bytes = 32;
  report.document_url = "https://example.org/k";
  ReportedFinding finding;
  finding.rule = "spinner/tortured-phrase";
  finding.category = Category::spinner;
  finding.severity = Severity::error;
  finding.scope = Scope::document;
  finding.line = 3;
  finding.column = 4;
  finding.end_line = 5;
  finding.end_column = 6;
  finding.message = "\"Secure and helpful\" \u2014 spun";
  finding.excerpt = "Ketamine is Secure and helpful.";
  finding.suggestion = "safe and effective";
  finding.fix_safe = true;
  finding.matched = "Secure and helpful";
  finding.fingerprint = "abc123";
  finding.source_begin = 12;
  finding.source_end = 30;
  finding.context_line = "Ketamine is Secure and helpful.";
  finding.context_column = 13;
  finding.context_width = 18;
  report.findings = {finding, ReportedFinding{}};
  const FileReport back = decode_report(encode_report(report));
  CHECK(back.path == report.path);
  CHECK(back.source == report.source);
  CHECK(back.source_bytes == 32);
  CHECK_FALSE(back.document_id);
  CHECK(back.document_url == report.document_url);
  REQUIRE(back.findings.size() == 2);
  const ReportedFinding& f = back.findings[0];
  CHECK(f.rule == finding.rule);
  CHECK(f.category == Category::spinner);
  CHECK(f.severity == Severity::error);
  CHECK(f.scope == Scope::document);
  CHECK((f.line == 3 && f.column == 4 && f.end_line == 5 && f.end_column == 6));
  CHECK(f.message == finding.message);
  CHECK(f.excerpt == finding.excerpt);
  CHECK(f.suggestion == finding.suggestion);
  CHECK(f.fix_safe);
  CHECK(f.matched == finding.matched);
  CHECK(f.fingerprint == "abc123");
  CHECK((f.source_begin == 12 && f.source_end == 30));
  CHECK((f.context_line == finding.context_line && f.context_column == 13 && f.context_width == 18));
  CHECK_FALSE(back.findings[1].suggestion);
}

TEST_CASE("corpus pass: MinHash signatures agree in about the share of shingles two pages share", "[duplicates]") {
  // Pages of distinct words (so each shingle is distinct): b keeps a's first `shared` words
  // and replaces the rest. The share of agreeing signature values estimates the Jaccard
  // similarity of the shingle sets; with 128 functions its standard deviation is at most
  // 0.045, so each estimate must be within 0.2 and their mean error near zero.
  const NearDuplicateFinder finder;
  double total_error = 0;
  int pairs = 0;
  for (const std::size_t shared : {150, 250, 330, 390}) {
    for (int variant = 0; variant < 8; ++variant) {
      std::vector<std::string> a, b;
      for (std::size_t i = 0; i < 400; ++i) {
        a.push_back("w" + std::to_string(variant) + "x" + std::to_string(i));
        b.push_back(i < shared ? a.back() : "v" + std::to_string(variant) + "x" + std::to_string(i));
      }
      const CorpusDocument da = finder.prepare(a), db = finder.prepare(b);
      REQUIRE(da.signature.size() == 128);
      std::size_t agree = 0;
      for (std::size_t h = 0; h < da.signature.size(); ++h) agree += da.signature[h] == db.signature[h] ? 1 : 0;
      // 398 shingles each; those wholly within the first `shared` words are common.
      const double common = static_cast<double>(shared - 2), jaccard = common / (2 * 398.0 - common);
      const double estimate = static_cast<double>(agree) / 128.0;
      INFO("shared " << shared << " variant " << variant << ": Jaccard " << jaccard << ", estimate " << estimate);
      CHECK(std::abs(estimate - jaccard) < 0.2);
      total_error += estimate - jaccard;
      ++pairs;
    }
  }
  CHECK(std::abs(total_error / pairs) < 0.03);
}

TEST_CASE("corpus pass: the vocabulary gives each distinct word one id / whatever the hashes", "[duplicates]") {
  // Hashes that collide on purpose (eight values for 5,000 words) and well-mixed ones; the
  // table grows from 1,024 slots several times.
  for (const bool colliding : {true, false}) {
    Vocabulary vocabulary;
    const auto hash_of = [&](std::size_t i) { return colliding ? std::uint64_t{i % 8} * 0x9E3779B97F4A7C15ULL : std::uint64_t{i} * 0x9E3779B97F4A7C15ULL; };
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < 5000; ++i) wrong += vocabulary.intern("w" + std::to_string(i), hash_of(i), "W" + std::to_string(i)) != i ? 1 : 0;
    for (std::size_t i = 5000; i-- > 0;) {  // again, in the other order, spelled differently
      wrong += vocabulary.intern("w" + std::to_string(i), hash_of(i), "other") != i ? 1 : 0;
    }
    CHECK(wrong == 0);
    CHECK(vocabulary.size() == 5000);
    CHECK(vocabulary.spelled(1234) == "W1234");  // the first spelling stays
    CHECK(vocabulary.intern("", 0, "") == 5000);  // the empty word is a word like any other
    CHECK(vocabulary.intern("", 0, "x") == 5000);
  }
}

// Baselines on a real corpus article: recorded findings stay quiet when text moves around,
// new ones are reported.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;
namespace fs = std::filesystem;

namespace {

nlohmann::json findings_of(const RunResult& run) { return nlohmann::json::parse(run.out)["files"][0]["findings"]; }

// The article's paragraphs (blank-line separated) in reverse order.
std::string reverse_paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    paragraphs.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  std::string out;
  for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) out += *it + "\n\n";
  return out;
}

}  // namespace

TEST_CASE("baseline: recorded findings stay hidden after paragraphs move and new ones show", "[baseline]") {
  TempDir tmp;
  const fs::path article = tmp.path() / "article.txt";
  fs::copy_file(fs::path(MEDLINT_SOURCE_DIR) / "corpus/spun/kidney-disease-spun.txt", article);
  const std::vector<std::string> base = {"check", "--no-config", "--format", "json", "article.txt"};

  const RunResult all = run_medlint(base, tmp.path());
  const std::size_t total = findings_of(all).size();
  REQUIRE(total > 3);
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_medlint(args, tmp.path());
  };
  const RunResult write = with({"--write-baseline", "baseline.json"});
  CHECK(findings_of(write).size() == total);  // writing a baseline reports as usual
  const auto recorded = nlohmann::json::parse(slurp(tmp.path() / "baseline.json"));
  CHECK(recorded["version"] == 1);
  CHECK(recorded["findings"].size() == total);

  const RunResult same = with({"--baseline", "baseline.json"});
  CHECK(findings_of(same).empty());
  CHECK(same.status == 0);

  // Move text: paragraphs reversed and two blank lines on top. Nothing is new.
  write_file(article, "\n\n" + reverse_paragraphs(slurp(article)));
  const RunResult moved = with({"--baseline", "baseline.json"});
  INFO(moved.out);
  CHECK(findings_of(moved).empty());
  CHECK(findings_of(run_medlint(base, tmp.path())).size() == total);

  // A new spun phrase is the only finding reported.
  write_file(article, slurp(article) + "Patients with a heart assault need care.\n");
  const auto fresh = findings_of(with({"--baseline", "baseline.json"}));
  REQUIRE(fresh.size() == 1);
  CHECK(fresh[0]["rule"] == "spinner/tortured-phrase");
  CHECK(fresh[0]["message"].get<std::string>().find("heart assault") != std::string::npos);
}

TEST_CASE("baseline: a bad baseline file is a load error naming the file", "[baseline]") {
  TempDir tmp;
  write_file(tmp.path() / "a.txt", "Text.\n");
  write_file(tmp.path() / "b.json", "{\"version\": 2, \"findings\": []}");
  const RunResult run = run_medlint({"check", "--no-config", "--baseline", "b.json", "a.txt"}, tmp.path());
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("b.json") && Catch::Contains("/version"));
}

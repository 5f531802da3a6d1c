// Parallel and distributed runs must not change a report: --jobs 1 and --jobs 2, file mode
// and JSONL mode, one process and GNU parallel --pipe, one large document whole or in runs of
// paragraphs, the streamed JSON report and one dump of it: all give the same bytes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>

#include "bench/article_generator.hpp"
#include "engine/ordered_parallel.hpp"
#include "report/json_report.hpp"
#include "report/reporter.hpp"
#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;

namespace {

// Generated articles written as files under `dir` and as JSONL lines whose ids are the
// same relative paths, so both modes name each document alike.
std::string write_articles(const std::filesystem::path& dir, int count) {
  bench::ArticleGenerator generator(11);
  std::string jsonl;
  for (int i = 0; i < count; ++i) {
    const bench::GeneratedArticle article = generator.next();
    const std::string id = "docs/" + article.name;
    write_file(dir / id, article.text);
    jsonl += nlohmann::json{{"id", id}, {"text", article.text}, {"url", "https://example.org/" + id}}.dump() + "\n";
  }
  return jsonl;
}

std::vector<std::string> document_paths(const std::string& jsonl) {
  std::vector<std::string> paths;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) paths.push_back(nlohmann::json::parse(line)["id"]);
  return paths;
}

}  // namespace

TEST_CASE("jobs: --jobs 1 and --jobs 2 give byte-identical JSON on a generated corpus", "[scale]") {
  TempDir dir;
  write_articles(dir.path(), 120);
  const RunResult one = run_medlint({"check", "docs", "--format", "json", "--jobs", "1"}, dir.path());
  const RunResult two = run_medlint({"check", "docs", "--format", "json", "--jobs", "2"}, dir.path());
  REQUIRE(one.status == 1);
  CHECK(two.status == one.status);
  CHECK(nlohmann::json::parse(one.out)["summary"]["findings"].get<int>() > 100);
  CHECK(one.out == two.out);
}

TEST_CASE("JSONL mode reports the same findings as file mode / keyed by id", "[scale]") {
  TempDir dir;
  const std::string jsonl = write_articles(dir.path(), 60);
  std::vector<std::string> args = {"check", "--format", "json", "--no-corpus-checks"};
  for (const std::string& path : document_paths(jsonl)) args.push_back(path);
  const RunResult files = run_medlint(args, dir.path());
  const RunResult lines = run_medlint({"check", "--input-format", "jsonl", "--format", "json", "-"}, dir.path(), jsonl);
  REQUIRE(files.status == 1);
  CHECK(lines.status == 1);
  CHECK(files.out == lines.out);
  // JSONL output carries the id and url on every finding.
  const RunResult stream = run_medlint({"check", "--input-format", "jsonl", "--format", "jsonl", "-"}, dir.path(), jsonl);
  std::istringstream in(stream.out);
  std::string first;
  REQUIRE(std::getline(in, first));
  const auto finding = nlohmann::json::parse(first);
  CHECK(finding["id"].get<std::string>().rfind("docs/", 0) == 0);
  CHECK(finding["url"].get<std::string>() == "https://example.org/" + finding["id"].get<std::string>());
  CHECK(finding.contains("rule"));
}

TEST_CASE("JSONL mode: malformed lines are errors that do not stop the stream", "[scale]") {
  const std::string input = "{\"id\": 7, \"text\": \"Ketamine is Secure and helpful.\"}\nnot json\n\n{\"text\": \"no id\"}\n"
                            "{\"id\": \"b\", \"text\": \"It has important signs.\"}\n";
  const RunResult run = run_medlint({"check", "--input-format", "jsonl", "--format", "jsonl", "-"}, ".", input);
  CHECK(run.status == 2);
  CHECK(run.err.find("<stdin>:2: error: invalid JSON") != std::string::npos);
  CHECK(run.err.find("<stdin>:4: error: \"id\" must be a string or an integer") != std::string::npos);
  CHECK(run.out.find("\"id\":\"7\"") != std::string::npos);
  CHECK(run.out.find("\"id\":\"b\"") != std::string::npos);
}

TEST_CASE("GNU parallel --pipe over JSONL merges to the single-process output", "[scale]") {
  REQUIRE(std::system("command -v parallel >/dev/null 2>&1") == 0);  // Debian's parallel, installed by tools/install-deps.sh
  TempDir dir;
  const std::string jsonl = write_articles(dir.path(), 200);
  write_file(dir.path() / "docs.jsonl", jsonl);
  const std::string medlint = shell_quote(MEDLINT_BINARY);
  std::string single = "cd " + shell_quote(dir.path().string());
  single += " && " + medlint + " check --input-format jsonl --format jsonl - < docs.jsonl > single.jsonl; test $? -le 1";
  REQUIRE(std::system(single.c_str()) == 0);
  // The mapper script fails only on exit 2 (an error), not on 1 (findings), as a Hadoop or
  // Spark mapper would be written. Four jobs over ~40 kB blocks, output in input order (-k).
  write_file(dir.path() / "mapper.sh", "#!/bin/sh\n" + medlint + " check --input-format jsonl --format jsonl -\ntest $? -le 1\n");
  std::string split = "cd " + shell_quote(dir.path().string());
  split += " && chmod +x mapper.sh && parallel --will-cite --pipe -k -j 4 --block 40k ./mapper.sh < docs.jsonl > merged.jsonl";
  REQUIRE(std::system(split.c_str()) == 0);
  const std::string a = slurp(dir.path() / "single.jsonl");
  const std::string b = slurp(dir.path() / "merged.jsonl");
  CHECK(std::count(a.begin(), a.end(), '\n') > 200);
  CHECK(a == b);
}

TEST_CASE("split: a large document linted in runs of paragraphs on two threads gives the same findings", "[scale]") {
  // One document of the corpus, the seeds and generated articles, with one text without
  // blank lines (a single run) and runs that start after long and short line-feed runs.
  std::string big;
  for (const std::string& dir : {std::string(MEDLINT_SOURCE_DIR) + "/corpus", std::string(MEDLINT_SHARED_DIR) + "/seeds"}) {
    if (!std::filesystem::is_directory(dir)) continue;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) big += slurp(file) + "\n\n\n";
  }
  bench::ArticleGenerator generator(5);
  for (int i = 0; i < 40; ++i) big += generator.next().text + (i % 3 == 0 ? "\n\n\n\n" : "\n\n");
  const RuleSet set = load_rule_set(true, {});
  const Engine whole(set.select({}, {}), &default_catalog());
  Engine split(set.select({}, {}), &default_catalog());
  split.set_split(8 * 1024, 2);
  const Document document("big.txt", big);
  REQUIRE(split.splits(document));
  REQUIRE_FALSE(whole.splits(document));
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  const FileReport a = lint_text("big.txt", big, whole, diagnostics);
  const FileReport b = lint_text("big.txt", big, split, diagnostics);
  CHECK(a.findings.size() > 200);
  std::vector<std::string> lines_a, lines_b;
  for (const auto& f : a.findings) lines_a.push_back(f.rule + " " + std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  for (const auto& f : b.findings) lines_b.push_back(f.rule + " " + std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  CHECK(lines_a == lines_b);
}

TEST_CASE("split: --split-size with --jobs 2 gives the bytes of --jobs 1 on one large file", "[scale]") {
  TempDir dir;
  bench::ArticleGenerator generator(3);
  std::string big;
  while (big.size() < 600 * 1024) big += generator.next().text + "\n\n";
  write_file(dir.path() / "big.md", big);
  const RunResult one = run_medlint({"check", "big.md", "--format", "json", "--jobs", "1"}, dir.path());
  const RunResult two = run_medlint({"check", "big.md", "--format", "json", "--jobs", "2", "--split-size", "64K"}, dir.path());
  REQUIRE(one.status == 1);
  CHECK(two.status == 1);
  CHECK(nlohmann::json::parse(one.out)["summary"]["findings"].get<int>() > 100);
  CHECK(one.out == two.out);
  const RunResult bad = run_medlint({"check", "big.md", "--split-size", "lots"}, dir.path());
  CHECK(bad.status == 2);
}

TEST_CASE("json: the streamed report has the bytes of the whole report dumped at once", "[scale]") {
  const RuleSet set = load_rule_set(true, {});
  const Engine engine(set.select({}, {}), &default_catalog());
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  std::vector<FileReport> reports;
  bench::ArticleGenerator generator(9);
  for (int i = 0; i < 4; ++i) reports.push_back(lint_text("a" + std::to_string(i) + ".txt", generator.next().text, engine, diagnostics));
  reports.push_back(lint_text("clean.txt", "", engine, diagnostics));
  reports.push_back(lint_text("\xC3\xA9t\xC3\xA9 \"quoted\".txt", "Ketamine is Secure and helpful\xE2\x80\x94 caf\xC3\xA9.\n", engine, diagnostics));
  for (const std::size_t count : {std::size_t{0}, std::size_t{1}, reports.size()}) {
    std::ostringstream streamed;
    ReporterOptions options;
    options.version = "9.9.9";
    auto reporter = make_reporter(OutputFormat::json, streamed, options);
    Summary summary;
    nlohmann::ordered_json whole;
    whole["tool"] = {{"name", "medlint"}, {"version", "9.9.9"}};
    whole["files"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < count; ++i) {
      summary.add(reports[i]);
      reporter->file(reports[i]);
      whole["files"].push_back(file_report_json(reports[i]));
    }
    reporter->finish(summary);
    whole["summary"] = {{"files", summary.files}, {"findings", summary.findings}, {"error", summary.error},
                        {"warning", summary.warning}, {"info", summary.info}};
    INFO(count << " files");
    CHECK(streamed.str() == whole.dump(2) + "\n");
  }
  CHECK(reports[0].findings.size() + reports[5].findings.size() > 2);
}

TEST_CASE("ordered parallel: results in index order / at most a window of them held at once", "[scale]") {
  // Each result counts itself while it exists; the emitter is slow, so workers would race ahead.
  struct Counted {
    std::size_t index;
    std::atomic<int>* alive;
    Counted(std::size_t i, std::atomic<int>* a) : index(i), alive(a) { ++*alive; }
    Counted(Counted&& other) noexcept : index(other.index), alive(other.alive) { ++*alive; }
    Counted& operator=(Counted&& other) noexcept {
      index = other.index;
      return *this;
    }
    ~Counted() { --*alive; }
  };
  std::atomic<int> alive{0};
  int most = 0;
  std::vector<std::size_t> order;
  ordered_parallel<Counted>(
      2000, 2, [&](std::size_t i) { return Counted(i, &alive); },
      [&](Counted c) {
        most = std::max(most, alive.load());
        order.push_back(c.index);
        if (c.index % 100 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      },
      8);
  std::vector<std::size_t> expected(2000);
  std::iota(expected.begin(), expected.end(), 0);
  CHECK(order == expected);
  CHECK(most <= 8 + 2 + 2);  // the window, one result per worker in hand, the one emitted
  CHECK(alive == 0);

  // An exception in one item is rethrown after the others have run; nothing after it is emitted.
  std::vector<std::size_t> before;
  CHECK_THROWS_WITH(ordered_parallel<std::size_t>(
                        500, 2,
                        [](std::size_t i) -> std::size_t {
                          if (i == 300) throw std::runtime_error("item 300");
                          return i;
                        },
                        [&](std::size_t i) { before.push_back(i); }, 4),
                    "item 300");
  CHECK(before.size() == 300);
}

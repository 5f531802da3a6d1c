// Parallel and distributed runs must not change a report: --jobs 1 and --jobs 2, file mode
// and JSONL mode, one process and GNU parallel --pipe all give the same bytes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "bench/article_generator.hpp"
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

TEST_CASE("JSONL mode reports the same findings as file mode, keyed by id", "[scale]") {
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

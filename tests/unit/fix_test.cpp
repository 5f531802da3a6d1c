// --fix and --fix-dry-run on real corpus articles: what changes, that fixing twice changes
// nothing, that the dry-run diff is what --fix writes, and that no write ever leaves a file
// half done (a kill between write and rename, a file changed on disk, a symbolic link).
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "input/atomic_write.hpp"
#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;
namespace fs = std::filesystem;

namespace {

const fs::path corpus = fs::path(MEDLINT_SOURCE_DIR) / "corpus";

void copy_articles(const fs::path& to) {
  fs::create_directories(to);
  for (const char* name : {"spun/diabetes-metformin-spun.txt", "spun/heart-failure-crlf-bom.txt", "ocr/metformin-ocr-damaged.txt"}) {
    fs::copy_file(corpus / name, to / fs::path(name).filename());
  }
}

std::size_t safe_fixable(const fs::path& dir, const std::string& name) {
  const RunResult run = run_medlint({"check", "--no-config", "--format", "json", name}, dir);
  std::size_t count = 0;
  const nlohmann::json report = nlohmann::json::parse(run.out);  // a named object: never range-for over a temporary's member
  for (const auto& f : report["files"][0]["findings"]) {
    if (f.contains("suggestion") && (f["rule"] == "spinner/tortured-phrase" || f["rule"].get<std::string>().rfind("ocr/", 0) == 0)) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("fix: --fix applies safe suggestions and re-lints and a second run changes nothing", "[fix]") {
  TempDir tmp;
  copy_articles(tmp.path());
  const fs::path article = tmp.path() / "diabetes-metformin-spun.txt";
  ::chmod(article.c_str(), 0640);
  const std::string original = slurp(article);
  REQUIRE(safe_fixable(tmp.path(), "diabetes-metformin-spun.txt") > 0);

  const RunResult first = run_medlint({"check", "--no-config", "--fix", "."}, tmp.path());
  CHECK(first.status == 1);  // findings without a safe fix remain (claims, citations)
  CHECK_THAT(first.err, Catch::Contains("fixed ") && Catch::Contains("in 3 files"));
  const std::string fixed = slurp(article);
  CHECK(fixed != original);
  CHECK_THAT(fixed, Catch::Contains("type 2 diabetes") && Catch::Contains("body mass index"));
  CHECK_THAT(fixed, !Catch::Contains("sort 2 diabetes"));
  CHECK(safe_fixable(tmp.path(), "diabetes-metformin-spun.txt") == 0);
  struct stat st {};
  REQUIRE(::stat(article.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);  // permissions kept across the rename
  // The report after --fix is the re-lint: no tortured phrase is left in it.
  CHECK_THAT(first.out, !Catch::Contains("spinner/tortured-phrase"));

  // The byte order mark and CRLF line ends of the other article survive.
  const std::string crlf = slurp(tmp.path() / "heart-failure-crlf-bom.txt");
  CHECK(crlf.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK_THAT(crlf, Catch::Contains("Heart failure means") && Catch::Contains("\r\n"));

  std::map<std::string, std::string> after_first;
  for (const auto& entry : fs::directory_iterator(tmp.path())) after_first[entry.path().filename()] = slurp(entry.path());
  const RunResult second = run_medlint({"check", "--no-config", "--fix", "."}, tmp.path());
  CHECK_THAT(second.err, Catch::Contains("fixed 0 findings in 0 files"));
  for (const auto& [name, content] : after_first) CHECK(slurp(tmp.path() / name) == content);
  // No temporary files are left behind.
  for (const auto& entry : fs::directory_iterator(tmp.path())) CHECK(entry.path().filename().string().find(".medlint-") == std::string::npos);
}

TEST_CASE("fix: --fix-dry-run prints a unified diff that patch applies to give what --fix writes", "[fix]") {
  TempDir tmp;
  copy_articles(tmp.path() / "dry");
  copy_articles(tmp.path() / "real");
  const RunResult dry = run_medlint({"check", "--no-config", "--fix-dry-run", "."}, tmp.path() / "dry");
  CHECK_THAT(dry.out, Catch::StartsWith("--- ./"));
  CHECK_THAT(dry.out, Catch::Contains("\n-Metformin and Sort 2 Diabetes") && Catch::Contains("\n+Metformin and type 2 diabetes"));
  CHECK_THAT(dry.err, Catch::Contains("would fix"));
  CHECK(slurp(tmp.path() / "dry" / "diabetes-metformin-spun.txt") == slurp(corpus / "spun" / "diabetes-metformin-spun.txt"));
  write_file(tmp.path() / "fix.diff", dry.out);
  REQUIRE(std::system(("cd '" + (tmp.path() / "dry").string() + "' && patch -s -p0 < ../fix.diff").c_str()) == 0);
  (void)run_medlint({"check", "--no-config", "--fix", "."}, tmp.path() / "real");
  for (const auto& entry : fs::directory_iterator(tmp.path() / "real")) {
    CHECK(slurp(entry.path()) == slurp(tmp.path() / "dry" / entry.path().filename()));
  }
}

TEST_CASE("fix: a kill between writing the temporary file and the rename leaves the old file", "[fix]") {
  TempDir tmp;
  copy_articles(tmp.path());
  const fs::path article = tmp.path() / "diabetes-metformin-spun.txt";
  const std::string original = slurp(article);
  const RunResult killed =
      run_medlint({"check", "--no-config", "--jobs", "1", "--fix", "diabetes-metformin-spun.txt"}, tmp.path(), "",
                  "MEDLINT_FAULT_INJECT=kill-before-rename");
  CHECK(killed.status != 0);
  CHECK(killed.status != 1);
  CHECK(slurp(article) == original);
  // The complete new content sits in the temporary file; the article itself is untouched.
  std::size_t temporaries = 0;
  for (const auto& entry : fs::directory_iterator(tmp.path())) {
    if (entry.path().filename().string().find(".medlint-") != std::string::npos) {
      ++temporaries;
      CHECK_THAT(slurp(entry.path()), Catch::Contains("type 2 diabetes"));
    }
  }
  CHECK(temporaries == 1);
}

TEST_CASE("fix: a file that changed on disk since it was read is not overwritten", "[fix]") {
  TempDir tmp;
  const fs::path path = tmp.path() / "article.txt";
  write_file(path, "edited by someone else\n");
  CHECK(replace_file_atomically(path, "what medlint read\n", "fixed\n") == ReplaceOutcome::changed_on_disk);
  CHECK(slurp(path) == "edited by someone else\n");
  CHECK(replace_file_atomically(path, "edited by someone else\n", "fixed\n") == ReplaceOutcome::replaced);
  CHECK(slurp(path) == "fixed\n");
  for (const auto& entry : fs::directory_iterator(tmp.path())) CHECK(entry.path().filename() == "article.txt");
}

TEST_CASE("fix: --fix never writes through a symbolic link", "[fix]") {
  TempDir tmp;
  copy_articles(tmp.path() / "outside");
  fs::create_directories(tmp.path() / "tree");
  fs::create_symlink(tmp.path() / "outside" / "diabetes-metformin-spun.txt", tmp.path() / "tree" / "link.txt");
  const std::string original = slurp(tmp.path() / "outside" / "diabetes-metformin-spun.txt");
  const RunResult run = run_medlint({"check", "--no-config", "--fix", "link.txt"}, tmp.path() / "tree");
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("link.txt") && Catch::Contains("symbolic link"));
  CHECK(slurp(tmp.path() / "outside" / "diabetes-metformin-spun.txt") == original);
  CHECK(fs::is_symlink(tmp.path() / "tree" / "link.txt"));
}

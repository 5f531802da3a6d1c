// Hostile files (issue: reliability): each gets a clear warning or error on stderr naming the
// path, the rest of the run goes on and is reported, and the exit code is 2 when a file could
// not be linted. Peak memory is measured with getrusage on the real binary, not guessed.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "prefilter/compile_cache.hpp"
#include "test_support.hpp"

using namespace medlint;
using namespace medlint::test;
namespace fs = std::filesystem;

namespace {

const std::string spun = "Monitoring of important signs is usually recommended.\n";

std::vector<std::string> linted_paths(const RunResult& run) {
  std::vector<std::string> paths;
  const nlohmann::json report = nlohmann::json::parse(run.out);
  for (const auto& file : report["files"]) paths.push_back(file["path"]);
  return paths;
}

// Peak RSS (KiB) of the largest child process waited for so far by this test process.
long children_peak_kib() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

// AddressSanitizer holds freed memory back from reuse (256 MB by default) to catch late uses
// of it; that memory is the sanitizer's, not medlint's, and a 100 MB document frees far more
// than 256 MB of small blocks. A small quarantine keeps the memory checks about medlint.
#if defined(__SANITIZE_ADDRESS__)  // GCC
#define MEDLINT_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang
#define MEDLINT_TEST_ASAN 1
#endif
#endif
#ifdef MEDLINT_TEST_ASAN
const std::string memory_check_env = "ASAN_OPTIONS=\"${ASAN_OPTIONS:-}:quarantine_size_mb=16\"";
#else
const std::string memory_check_env;
#endif

}  // namespace

TEST_CASE("hostile files: symlink loops named and walked", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "tree/good.txt", spun);
  fs::create_symlink("loop-b.txt", tmp.path() / "tree/loop-a.txt");
  fs::create_symlink("loop-a.txt", tmp.path() / "tree/loop-b.txt");
  fs::create_directory_symlink("..", tmp.path() / "tree/up");  // a directory cycle: never followed
  const RunResult walked = run_medlint({"check", "--no-config", "--format", "json", "tree"}, tmp.path());
  CHECK(walked.status == 1);
  CHECK_THAT(walked.err, Catch::Contains("tree/loop-a.txt: warning: broken or looping symbolic link skipped"));
  CHECK(linted_paths(walked) == std::vector<std::string>{"tree/good.txt"});
  const RunResult named = run_medlint({"check", "--no-config", "--format", "json", "tree/loop-a.txt", "tree/good.txt"}, tmp.path());
  CHECK(named.status == 2);
  CHECK_THAT(named.err, Catch::Contains("tree/loop-a.txt: error: too many levels of symbolic links"));
  CHECK(linted_paths(named) == std::vector<std::string>{"tree/good.txt"});
}

TEST_CASE("hostile files: unreadable files are an error and the run goes on", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "secret.txt", spun);
  write_file(tmp.path() / "good.txt", spun);
  ::chmod((tmp.path() / "secret.txt").c_str(), 0);
  ::chmod(tmp.path().c_str(), 0755);
  RunResult run;
  if (::geteuid() == 0) {
    // root reads anything: run medlint as nobody (setpriv from util-linux) to see EACCES.
    // nobody cannot read root's compile cache; a cache in the test's own directory, filled
    // by a first run as root, spares it a cold compile (seconds in the sanitizer build).
    const std::string cache = "MEDLINT_CACHE_DIR=" + shell_quote((tmp.path() / "cache").string());
    // Seeded from this user's cache when it has one, so even the first run is warm.
    std::error_code ec;
    if (const std::filesystem::path own = medlint::compile_cache_directory(); !own.empty() && std::filesystem::is_directory(own, ec)) {
      std::filesystem::copy(own, tmp.path() / "cache", std::filesystem::copy_options::recursive, ec);
    }
    REQUIRE(run_medlint({"check", "--no-config", "good.txt"}, tmp.path(), "", cache).status == 1);
    run = run_medlint({"check", "--no-config", "--format", "json", "secret.txt", "good.txt"}, tmp.path(), "",
                      cache + " setpriv --reuid=nobody --regid=nogroup --clear-groups");
  } else {
    run = run_medlint({"check", "--no-config", "--format", "json", "secret.txt", "good.txt"}, tmp.path());
  }
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("secret.txt: error: permission denied"));
  CHECK(linted_paths(run) == std::vector<std::string>{"good.txt"});
}

TEST_CASE("hostile files: directories named like files and FIFOs", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "notes.txt/inside.txt", spun);  // a directory called notes.txt
  REQUIRE(::mkfifo((tmp.path() / "pipe.txt").c_str(), 0644) == 0);
  const RunResult run = run_medlint({"check", "--no-config", "--format", "json", "notes.txt", "pipe.txt"}, tmp.path());
  CHECK(run.status == 2);  // the FIFO: never opened for reading, so the run cannot block on it
  CHECK_THAT(run.err, Catch::Contains("pipe.txt: error: not a regular file"));
  CHECK(linted_paths(run) == std::vector<std::string>{"notes.txt/inside.txt"});
  const RunResult walked = run_medlint({"check", "--no-config", "--format", "json", "."}, tmp.path());
  CHECK(walked.status == 1);  // a FIFO met while walking is not an article: skipped
  CHECK(linted_paths(walked) == std::vector<std::string>{"./notes.txt/inside.txt"});
}

TEST_CASE("hostile files: paths with spaces and non-ASCII names are printed as given", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "my articles/Ärzte – Übersicht.txt", spun);
  write_file(tmp.path() / "my articles/日本語 ファイル.md", spun);
  const RunResult run = run_medlint({"check", "--no-config", "--format", "json", "my articles"}, tmp.path());
  CHECK(run.status == 1);
  CHECK(linted_paths(run) == std::vector<std::string>{"my articles/Ärzte – Übersicht.txt", "my articles/日本語 ファイル.md"});
  const RunResult text = run_medlint({"check", "--no-config", "--select", "spinner", "my articles/Ärzte – Übersicht.txt"}, tmp.path());
  CHECK_THAT(text.out, Catch::StartsWith("my articles/Ärzte – Übersicht.txt:1:1: error:"));
}

TEST_CASE("hostile files: a 2 GB sparse file is refused at once and costs no memory", "[hostile]") {
  TempDir tmp;
  const fs::path sparse = tmp.path() / "huge.txt";
  write_file(sparse, "");
  REQUIRE(::truncate(sparse.c_str(), off_t{2} << 30) == 0);  // 2 GiB of holes: no disk used
  write_file(tmp.path() / "good.txt", spun);
  const RunResult run = run_medlint({"check", "--no-config", "--format", "json", "."}, tmp.path(), "", memory_check_env);
  const long peak = children_peak_kib();
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("huge.txt: error: larger than the 268435456-byte limit"));
  CHECK(linted_paths(run) == std::vector<std::string>{"./good.txt"});
  INFO("peak RSS " << peak / 1024 << " MiB");
  CHECK(peak < 400 * 1024);
}

TEST_CASE("hostile files: a single 100 MB line is linted in bounded memory", "[hostile]") {
  TempDir tmp;
  std::string line;
  line.reserve((100u << 20) + 64);
  const std::string sentence = "Metformin lowers blood glucose and is usually taken with meals. ";
  while (line.size() < (100u << 20)) line += sentence;
  line += "The kidney disappointment risk is discussed.";  // no line break anywhere
  write_file(tmp.path() / "line.txt", line);
  const RunResult run =
      // No time budget: this test is about memory, and under the sanitizers the walk over
      // 100 MB of words can pass the default 10 s.
      run_medlint({"check", "--no-config", "--select", "spinner/tortured-phrase", "--rule-timeout", "0", "--format", "json", "line.txt"},
                  tmp.path(), "", memory_check_env);
  const long peak = children_peak_kib();
  CHECK(run.status == 1);
  const nlohmann::json report = nlohmann::json::parse(run.out);
  REQUIRE(report["files"][0]["findings"].size() == 1);
  CHECK(report["files"][0]["findings"][0]["line"] == 1);
  CHECK(report["files"][0]["findings"][0]["column"] == line.size() - std::string("disappointment risk is discussed.").size() - 6);
  // The excerpt of a finding on a 100 MB line is a sentence, not the line.
  CHECK(report["files"][0]["findings"][0]["excerpt"].get<std::string>().size() < 400);
  INFO("peak RSS " << peak / 1024 << " MiB for a 100 MiB file");
  CHECK(peak < 700 * 1024);  // input, text and index: a small multiple of the file
}

TEST_CASE("hostile files: invalid UTF-8 everywhere and NUL bytes", "[hostile]") {
  TempDir tmp;
  std::string mangled;
  for (int i = 0; i < 200; ++i) mangled += "Dose\xC3 text \xFF\xFE in\xE2\x82 a line \xF0\x9F\x98.\n";
  mangled += spun;
  write_file(tmp.path() / "mangled.txt", mangled);
  static constexpr char nul_text[] = "Text with\0NUL\0bytes\0\0\0 inside.\n";
  write_file(tmp.path() / "nul.txt", std::string(nul_text, sizeof nul_text - 1));
  write_file(tmp.path() / "good.txt", spun);
  const RunResult run = run_medlint({"check", "--no-config", "--format", "json", "."}, tmp.path());
  CHECK(run.status == 1);  // warnings only: every readable file was linted or skipped on purpose
  // Invalid UTF-8 is either decoded as the charset ICU detects or repaired with U+FFFD (and
  // reported as a warning); either way the file is linted, never an error.
  CHECK_THAT(run.err, !Catch::Contains("mangled.txt: error"));
  CHECK_THAT(run.err, Catch::Contains("nul.txt: warning: binary file skipped"));
  CHECK(linted_paths(run) == std::vector<std::string>{"./good.txt", "./mangled.txt"});
  const nlohmann::json report = nlohmann::json::parse(run.out);
  bool spun_found = false;
  for (const auto& f : report["files"][1]["findings"]) spun_found = spun_found || (f["rule"] == "spinner/tortured-phrase" && f["line"] == 201);
  CHECK(spun_found);
}

TEST_CASE("hostile files: a file changing or vanishing while read is an error naming it", "[hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "a.txt", spun);
  const RunResult changed =
      run_medlint({"check", "--no-config", "--format", "json", "a.txt"}, tmp.path(), "", "MEDLINT_FAULT_INJECT=append-during-read");
  CHECK(changed.status == 2);
  CHECK_THAT(changed.err, Catch::Contains("a.txt: error: changed while being read"));
  CHECK(linted_paths(changed).empty());
  write_file(tmp.path() / "b.txt", spun);
  const RunResult vanished =
      run_medlint({"check", "--no-config", "--format", "json", "b.txt"}, tmp.path(), "", "MEDLINT_FAULT_INJECT=remove-before-read");
  CHECK(vanished.status == 2);
  CHECK_THAT(vanished.err, Catch::Contains("b.txt: error: no such file (removed since the run started?)"));
}

TEST_CASE("hostile files: HTML nested 100000 levels deep is refused before parsing", "[hostile]") {
  TempDir tmp;
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Monitoring of important signs is usual.</p>";
  write_file(tmp.path() / "deep.html", html);
  // A page nested 2,000 deep (beyond any real page) is still parsed and linted.
  std::string deep_enough = "<html><body>";
  for (int i = 0; i < 2000; ++i) deep_enough += "<div><br><img src=x>";
  deep_enough += "<p>Monitoring of important signs is usual.</p>";
  write_file(tmp.path() / "deep-enough.html", deep_enough);
  const RunResult run = run_medlint({"check", "--no-config", "--select", "spinner", "--format", "json", "."}, tmp.path());
  const long peak = children_peak_kib();
  CHECK(run.status == 2);
  CHECK_THAT(run.err, Catch::Contains("deep.html: error: HTML nested about 100003 elements deep (limit 10000)"));
  CHECK(linted_paths(run) == std::vector<std::string>{"./deep-enough.html"});
  INFO("peak RSS " << peak / 1024 << " MiB");
  CHECK(peak < 700 * 1024);
}

// Helpers shared by the unit tests: lint a string with given packs, and run the real
// medlint binary capturing exit status, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "engine/engine.hpp"
#include "engine/file_linter.hpp"
#include "report/file_report.hpp"
#include "claims/profile_catalog.hpp"
#include "rules/rule_set.hpp"
#include "text/case_fold.hpp"

namespace medlint {
/// Case folding as the loader applies it, for comparing dictionary keys in tests.
inline std::string fold_case_for_test(const std::string& text) { return fold_case(text); }
}  // namespace medlint

namespace medlint::test {

/// Deterministic random numbers for generated test inputs (a 64-bit LCG, high bits): the same
/// seed gives the same inputs on every machine and standard library.
class TestRandom {
 public:
  explicit TestRandom(std::uint64_t seed) : state_(seed) {}
  /// A number in [0, bound).
  std::size_t below(std::size_t bound) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state_ >> 33) % bound);
  }
  /// `count` pieces drawn from `pieces`, joined.
  std::string text(const std::vector<std::string>& pieces, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += pieces[below(pieces.size())];
    return out;
  }

 private:
  std::uint64_t state_;
};

/// The built-in reference profiles, loaded once.
inline const ProfileCatalog& default_catalog() {
  static const ProfileCatalog catalog = load_profile_catalog(true, {});
  return catalog;
}

/// A rule set built from pack JSON texts (no built-in packs).
inline RuleSet rules_from(const std::vector<std::string>& packs) {
  RuleSet set;
  int n = 0;
  for (const std::string& text : packs) set.add(load_pack({"test-pack-" + std::to_string(n++) + ".json", text}));
  return set;
}

inline std::vector<ReportedFinding> lint_with(const RuleSet& set, const std::string& text) {
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  const Engine engine(set.select({}, {}), &default_catalog());
  return lint_text("test.txt", text, engine, diagnostics).findings;
}

inline std::vector<ReportedFinding> lint_with_pack(const std::string& pack, const std::string& text) {
  return lint_with(rules_from({pack}), text);
}

/// Findings of one built-in rule on `text` (with the built-in profiles).
inline std::vector<ReportedFinding> run_rule(const std::string& id, const std::string& text,
                                             const std::string& name = "t.txt") {
  static const RuleSet set = load_rule_set(true, {});
  const Rule* rule = set.find(id);
  if (rule == nullptr) throw std::runtime_error("no built-in rule " + id);
  std::ostringstream sink;
  Diagnostics diagnostics(sink);
  const Engine engine({rule}, &default_catalog());
  return lint_text(name, text, engine, diagnostics).findings;
}

/// The matched text of each finding.
inline std::vector<std::string> matched(const std::vector<ReportedFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.matched);
  return out;
}

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

/// A fresh, empty temporary directory removed at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "medlint-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += '\'';
  return out;
}

/// Runs medlint with `args` (each quoted) in `cwd`, feeding `input` on stdin; `env` is a
/// list of NAME=VALUE assignments for the process (unquoted, test-controlled).
inline RunResult run_medlint(const std::vector<std::string>& args, const std::filesystem::path& cwd = ".",
                             const std::string& input = "", const std::string& env = "") {
  TempDir tmp;
  const auto in_path = tmp.path() / "stdin";
  const auto out_path = tmp.path() / "stdout";
  const auto err_path = tmp.path() / "stderr";
  write_file(in_path, input);
  // Built with += only: GCC 12 warns falsely (-Wrestrict, bug 105329) on chains of string +.
  std::string command = "cd ";
  command += shell_quote(cwd.string());
  command += " && MEDLINT_TEST=1 ";
  command += env;
  command += ' ';
  command += shell_quote(MEDLINT_BINARY);
  for (const std::string& arg : args) {
    command += ' ';
    command += shell_quote(arg);
  }
  command += " <";
  command += shell_quote(in_path.string());
  command += " >";
  command += shell_quote(out_path.string());
  command += " 2>";
  command += shell_quote(err_path.string());
  const int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  return result;
}

}  // namespace medlint::test

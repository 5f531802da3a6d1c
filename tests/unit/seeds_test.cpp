// The shared seed articles (../shared/seeds), when present: the disclaimer gate of the
// engine issue. Skipped when the folder is absent.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace medlint::test;

TEST_CASE("seeds: disclaimer/missing for 003 and 004 only", "[seeds]") {
  const std::filesystem::path seeds = std::filesystem::path(MEDLINT_SHARED_DIR) / "seeds";
  if (!std::filesystem::is_directory(seeds)) {
    WARN("shared/seeds not found; skipped");
    return;
  }
  auto run = run_medlint({"check", "--format", "json", "--no-config", seeds.string()});
  CHECK(run.status == 1);
  const auto report = nlohmann::json::parse(run.out);
  int checked = 0;
  for (const auto& file : report["files"]) {
    const std::string name = std::filesystem::path(file["path"].get<std::string>()).filename().string();
    bool missing = false;
    for (const auto& f : file["findings"]) missing = missing || f["rule"] == "disclaimer/missing";
    const bool should_miss = name.rfind("003_", 0) == 0 || name.rfind("004_", 0) == 0;
    INFO(name);
    CHECK(missing == should_miss);
    ++checked;
  }
  CHECK(checked == 5);
}

// Directory walking: recursive, sorted, filtered by extension, hidden entries skipped.
#include <catch2/catch.hpp>

#include "input/discover.hpp"
#include "test_support.hpp"

using namespace medlint;

TEST_CASE("directories are walked recursively in sorted order", "[discover]") {
  test::TempDir dir;
  for (const char* name : {"b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", "notes.json", ".hidden/e.txt", "sub/.f.txt", "G.TXT"}) {
    test::write_file(dir.path() / name, "text");
  }
  std::ostringstream err;
  Diagnostics diagnostics(err);
  const std::string root = dir.path().string();
  const auto inputs = discover_inputs({root}, DiscoverOptions{}, diagnostics);
  std::vector<std::string> names;
  for (const auto& input : inputs) names.push_back(input.display_path.substr(root.size() + 1));
  CHECK(names == std::vector<std::string>{"G.TXT", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.htm"});
  CHECK_FALSE(diagnostics.had_error());

  DiscoverOptions only_md;
  only_md.extensions = {"md"};
  CHECK(discover_inputs({root}, only_md, diagnostics).size() == 1);
}

TEST_CASE("named files are kept whatever their extension - missing paths are errors", "[discover]") {
  test::TempDir dir;
  test::write_file(dir.path() / "page.json", "{}");
  std::ostringstream err;
  Diagnostics diagnostics(err);
  const auto inputs = discover_inputs({(dir.path() / "page.json").string(), (dir.path() / "missing.txt").string(), "-"},
                                      DiscoverOptions{}, diagnostics);
  REQUIRE(inputs.size() == 2);
  CHECK(inputs[1].is_stdin);
  CHECK(diagnostics.had_error());
  CHECK_THAT(err.str(), Catch::Contains("missing.txt: error: no such file or directory"));
}

// Every built-in rule's documented examples hold: `bad` triggers it, `good` does not.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace medlint;

TEST_CASE("each built-in rule flags its bad example and not its good one", "[explain]") {
  const RuleSet set = load_rule_set(true, {});
  REQUIRE_FALSE(set.rules().empty());
  for (const auto& rule : set.rules()) {
    const RuleMeta& meta = rule->meta();
    INFO("rule " << meta.id);
    if (meta.detector == "corpus_duplicates") continue;  // needs several files: see duplicates_test.cpp
    const Engine engine({rule.get()}, &test::default_catalog());
    std::ostringstream sink;
    Diagnostics diagnostics(sink);
    const auto bad = lint_text("bad.txt", meta.explain.bad, engine, diagnostics).findings;
    CHECK_FALSE(bad.empty());
    const auto good = lint_text("good.txt", meta.explain.good, engine, diagnostics).findings;
    CHECK(good.empty());
  }
}

// Thresholds are options, so an auditor can tune them per corpus in .medlint.json.
#include "rules/detectors/corpus_duplicates.hpp"

namespace medlint {

Finding CorpusDuplicatesRule::member_finding(std::string others, std::size_t count, std::string slots) const {
  return document_finding(meta().message.render({{"others", others}, {"count", std::to_string(count)}, {"slots", slots}}));
}

std::unique_ptr<Rule> make_corpus_duplicates(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"report", "template_containment", "near_copy_similarity", "min_slot_repeats", "min_words", "bands", "rows"});
  const JsonReader report = options.at("report");
  if (report.string() != "template" && report.string() != "near-copy") report.fail("expected \"template\" or \"near-copy\"");
  NearDuplicateOptions parsed;
  for (const auto& [key, target] : {std::pair<const char*, double*>{"template_containment", &parsed.template_containment},
                                    {"near_copy_similarity", &parsed.near_copy_similarity}}) {
    if (const auto value = options.find(key)) {
      if (!value->value().is_number() || value->value().get<double>() <= 0 || value->value().get<double>() > 1) {
        value->fail("expected a number in (0, 1]");
      }
      *target = value->value().get<double>();
    }
  }
  if (const auto value = options.find("min_slot_repeats")) parsed.min_slot_repeats = std::max<std::size_t>(1, value->count());
  if (const auto value = options.find("min_words")) parsed.min_words = value->count();
  if (const auto value = options.find("bands")) parsed.bands = std::max<std::size_t>(1, value->count());
  if (const auto value = options.find("rows")) parsed.rows = std::max<std::size_t>(1, value->count());
  return std::make_unique<CorpusDuplicatesRule>(std::move(meta), report.string() == "template", parsed);
}

}  // namespace medlint

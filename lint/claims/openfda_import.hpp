// Drafts a reference profile from an openFDA drug-label record (api.fda.gov/drug/label.json:
// openfda.generic_name, brand_name, route, pharm_class_epc; indications_and_usage,
// boxed_warning, contraindications, warnings_and_cautions / warnings,
// drug_abuse_and_dependence, dosage_and_administration). The draft loads, but every entry
// is marked for review: a person must check terms, severities and ranges before use.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace medlint {

/// `record` is one result object, or a whole API response whose results[0] is used.
/// Throws LoadError (with `label_name` and a JSON pointer) when required fields are missing.
[[nodiscard]] nlohmann::ordered_json draft_profile_from_openfda(const nlohmann::json& record, const std::string& label_name);

}  // namespace medlint

// Detector `mid_sentence_capital`: a common word capitalised in the middle of a sentence
// ("Ketamine is Secure and helpful", "both of those Risk-free"), which spinners leave when
// they swap a capitalised synonym into running text.
#pragma once

#include <memory>

#include "rules/json_reader.hpp"
#include "rules/rule.hpp"

namespace medlint {

[[nodiscard]] std::unique_ptr<Rule> make_mid_sentence_capital(RuleMeta meta, const JsonReader& options);

}  // namespace medlint

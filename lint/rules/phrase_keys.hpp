// Load-time check of phrase lists: PhraseMatcher keys whole-word phrases by their first word,
// and a phrase that does not start with a letter or digit cannot be keyed. One such phrase
// used to switch its whole list silently to one regex over every text (a single
// "[edit source]" made a 1 MB pass 32 times slower), so the loaders refuse it.
#pragma once

#include <string>
#include <vector>

#include "rules/json_reader.hpp"

namespace medlint {

/// Fails at `where` when `phrase`, of a whole-word list, does not start with a letter or digit.
void reject_unkeyed_phrase(const JsonReader& where, const std::string& phrase, bool whole_word);

/// The phrases of `list`, a JSON list of whole-word phrases, each checked as above.
[[nodiscard]] std::vector<std::string> keyed_phrases(const JsonReader& list);

}  // namespace medlint

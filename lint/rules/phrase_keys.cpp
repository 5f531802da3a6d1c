#include "rules/phrase_keys.hpp"

#include "rules/phrase_matcher.hpp"

namespace medlint {

void reject_unkeyed_phrase(const JsonReader& where, const std::string& phrase, bool whole_word) {
  if (!whole_word || phrase.empty() || word_char_length(phrase, 0) != 0) return;
  where.fail("phrase '" + phrase + "' does not start with a letter or digit: a whole-word phrase list is searched from " +
             "the words its phrases start with; drop the leading punctuation");
}

std::vector<std::string> keyed_phrases(const JsonReader& list) {
  std::vector<std::string> phrases;
  for (const JsonReader& element : list.elements()) {
    phrases.push_back(element.string());
    reject_unkeyed_phrase(element, phrases.back(), true);
  }
  return phrases;
}

}  // namespace medlint

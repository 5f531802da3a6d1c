#include "rules/phrase_keys.hpp"

#include "rules/phrase_matcher.hpp"

namespace medlint {

void reject_unkeyed_phrase(const JsonReader& where, const std::string& phrase, bool whole_word) {
  if (!whole_word || phrase.empty() || word_char_length(phrase, 0) != 0) return;
  where.fail("phrase '" + phrase + "' does not start with a letter or digit: a whole-word phrase list is searched from " +
             "the words its phrases start with; drop the leading punctuation");
}

void reject_unkeyed_phrases(const JsonReader& list) {
  for (const JsonReader& element : list.elements()) reject_unkeyed_phrase(element, element.string(), true);
}

}  // namespace medlint

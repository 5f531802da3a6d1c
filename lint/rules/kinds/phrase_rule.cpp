// Phrase lists are validated at load: empty or duplicate phrases are errors with a pointer,
// and so is a phrase of a whole-word list that does not start with a letter or digit
// (rules/phrase_keys.hpp).
#include "rules/kinds/phrase_rule.hpp"

#include <algorithm>

#include "rules/phrase_keys.hpp"
#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

std::optional<PhraseMatcher> load_exceptions(const JsonReader& spec, bool ignore_case) {
  const auto list = spec.find("exceptions");
  if (!list) return std::nullopt;
  return PhraseMatcher(list->strings(), ignore_case);
}

void reject_duplicate(const JsonReader& where, std::unordered_map<std::string, std::string>& seen, const std::string& key,
                      const std::string& phrase) {
  if (!seen.emplace(key, phrase).second) where.fail("duplicate phrase '" + phrase + "' (same as '" + seen[key] + "')");
}

}  // namespace

PhraseRule::PhraseRule(RuleMeta meta, PhraseMatcher matcher, std::unordered_map<std::string, std::string> suggestions,
                       std::optional<PhraseMatcher> exceptions)
    : Rule(std::move(meta)),
      matcher_(std::move(matcher)),
      suggestions_(std::move(suggestions)),
      exceptions_(std::move(exceptions)) {}

void PhraseRule::check(const LintContext& context, std::vector<Finding>& out) const {
  const Document& document = context.document();
  const std::string_view text = document.text();
  std::vector<TextRange> excepted;
  if (exceptions_) exceptions_->scan(text, [&](TextRange range) { excepted.push_back(range); });
  matcher_.scan(text, [&](TextRange range) {
    if (any_covers(excepted, range)) return;
    std::optional<std::string> suggestion;
    if (!suggestions_.empty()) {
      const std::string_view matched = text.substr(range.begin, range.size());
      if (const auto it = suggestions_.find(matcher_.key_of(matched)); it != suggestions_.end()) {
        suggestion = matcher_.ignore_case() ? match_case(matched, it->second, starts_sentence(text, range.begin)) : it->second;
      }
    }
    out.push_back(span_finding(document, range, std::move(suggestion)));
  });
}

std::vector<std::string> PhraseRule::details() const {
  return {std::to_string(matcher_.size()) + (suggestions_.empty() ? " phrases" : " substitutions") +
          (matcher_.ignore_case() ? ", case-insensitive" : ", case-sensitive")};
}

std::unique_ptr<Rule> make_phrases_rule(RuleMeta meta, const JsonReader& spec) {
  const bool ignore_case = spec.boolean_or("ignore_case", true);
  const bool whole_word = spec.boolean_or("whole_word", true);
  const JsonReader list = spec.at("phrases");
  std::unordered_map<std::string, std::string> seen;
  std::vector<std::string> phrases;
  for (const JsonReader& element : list.elements()) {
    std::string phrase = element.string();
    reject_unkeyed_phrase(element, phrase, whole_word);
    reject_duplicate(element, seen, phrase_key(phrase, ignore_case), phrase);
    phrases.push_back(std::move(phrase));
  }
  if (phrases.empty()) list.fail("expected at least one phrase");
  return std::make_unique<PhraseRule>(std::move(meta), PhraseMatcher(std::move(phrases), ignore_case, whole_word),
                                      std::unordered_map<std::string, std::string>{}, load_exceptions(spec, ignore_case));
}

std::unique_ptr<Rule> make_substitute_rule(RuleMeta meta, const JsonReader& spec) {
  const bool ignore_case = spec.boolean_or("ignore_case", true);
  const bool whole_word = spec.boolean_or("whole_word", true);
  const JsonReader swap = spec.at("swap");
  std::unordered_map<std::string, std::string> seen;
  std::unordered_map<std::string, std::string> suggestions;
  std::unordered_map<std::string, std::string> replacements;  // by the phrase as written
  std::vector<std::string> phrases;
  for (const auto& [phrase, replacement] : swap.members()) {
    if (phrase.empty()) replacement.fail("a phrase to replace must not be empty");
    reject_unkeyed_phrase(replacement, phrase, whole_word);
    std::string key = phrase_key(phrase, ignore_case);
    reject_duplicate(replacement, seen, key, phrase);
    suggestions.emplace(std::move(key), replacement.string());
    replacements.emplace(phrase, replacement.string());
    phrases.push_back(phrase);
  }
  if (phrases.empty()) swap.fail("expected at least one phrase to replace");
  return std::make_unique<PhraseRule>(std::move(meta), PhraseMatcher(std::move(phrases), ignore_case, whole_word, replacements),
                                      std::move(suggestions), load_exceptions(spec, ignore_case));
}

}  // namespace medlint

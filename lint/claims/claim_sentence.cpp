// Negation looks back a few words and stops at a clause boundary, so "No compound can be
// declared universally safe" is negated but "It is safe, not expensive" is not.
#include "claims/claim_sentence.hpp"

#include <algorithm>

namespace medlint {

namespace {

bool is_clause_mark(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')'; }

}  // namespace

TermList TermList::read(const JsonReader& options, std::string_view key, std::optional<std::vector<std::string>> fallback) {
  if (const auto list = options.find(key)) return TermList(list->strings());
  if (!fallback) options.fail("missing required key '" + std::string(key) + "'");
  return TermList(std::move(*fallback));
}

std::vector<TextRange> TermList::find(std::string_view text, TextRange range) const {
  std::vector<TextRange> out;
  if (!matcher_) return out;
  matcher_->scan(text.substr(range.begin, range.size()), [&](TextRange r) {
    out.push_back({r.begin + range.begin, r.end + range.begin});
  });
  return out;
}

ClaimReading ClaimReading::read(const JsonReader& options, bool with_hedges) {
  ClaimReading reading;
  reading.negations = TermList::read(options, "negations");
  if (with_hedges) {
    reading.hedges = TermList::read(options, "hedges");
    reading.conditions = TermList::read(options, "conditions");
  }
  if (const auto window = options.find("negation_window")) reading.negation_window = window->count();
  return reading;
}

bool ClaimReading::is_question(std::string_view text, TextRange sentence) {
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  const std::size_t last = s.find_last_not_of(" \t\n\"')\u201D");
  return last != std::string_view::npos && s[last] == '?';
}

TextRange clause_around(std::string_view text, TextRange sentence, std::size_t offset) {
  std::size_t begin = offset;
  while (begin > sentence.begin && !is_clause_mark(text[begin - 1])) --begin;
  std::size_t end = offset;
  while (end < sentence.end && !is_clause_mark(text[end])) ++end;
  return {begin, end};
}

bool ClaimReading::negated(std::string_view text, TextRange sentence, TextRange term) const {
  const TextRange clause = clause_around(text, sentence, term.begin);
  const std::string_view before = text.substr(clause.begin, term.begin - clause.begin);
  // Only the last `negation_window` words before the term count.
  std::size_t pos = before.size();
  for (std::size_t words = 0; pos > 0 && words < negation_window; ++words) {
    while (pos > 0 && (before[pos - 1] == ' ' || before[pos - 1] == '\n')) --pos;
    while (pos > 0 && before[pos - 1] != ' ' && before[pos - 1] != '\n') --pos;
  }
  const std::string_view window = before.substr(pos);
  return negations.any_in(text, {clause.begin + pos, term.begin}) || window.find("n't") != std::string_view::npos ||
         window.find("n\u2019t") != std::string_view::npos;
}

bool ClaimReading::hedged(std::string_view text, TextRange sentence, TextRange term) const {
  const TextRange clause = clause_around(text, sentence, term.begin);
  return hedges.any_in(text, {clause.begin, term.begin}) || conditions.any_in(text, {term.end, std::max(term.end, clause.end)});
}

bool ClaimReading::asked(std::string_view text, TextRange sentence, TextRange term) {
  const std::string_view after = text.substr(term.end, sentence.end - std::min(sentence.end, term.end));
  const std::size_t question = after.find('?');
  return question != std::string_view::npos && after.substr(0, question).find_first_of(".!") == std::string_view::npos;
}

bool ClaimReading::quoted(std::string_view text, TextRange term) {
  auto is_open = [&](std::size_t pos) {
    return (pos >= 1 && (text[pos - 1] == '"' || text[pos - 1] == '\'')) || (pos >= 3 && (text.compare(pos - 3, 3, "\u201C") == 0 || text.compare(pos - 3, 3, "\u2018") == 0));
  };
  auto is_close = [&](std::size_t pos) {
    return (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) || text.compare(pos, 3, "\u201D") == 0 || text.compare(pos, 3, "\u2019") == 0;
  };
  return is_open(term.begin) && is_close(term.end);
}

}  // namespace medlint

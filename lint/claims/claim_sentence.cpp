// Negation looks back a few words and stops at a clause boundary, so "No compound can be
// declared universally safe" is negated but "It is safe, not expensive" is not. A term that is
// an item of a list of single words reaches back over the list: "not intended to diagnose,
// treat, cure or prevent" negates "cure".
#include "claims/claim_sentence.hpp"

#include <algorithm>
#include <cctype>

#include "rules/phrase_keys.hpp"
#include "text/ascii_text.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

bool is_clause_mark(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')'; }

// Where the clause of a term begins, reaching back over the items of a list of single words
// (or "or"/"and" and a word) separated by commas: at most four items.
std::size_t list_start(std::string_view text, TextRange sentence, std::size_t clause_begin, TextRange term) {
  std::size_t begin = clause_begin;
  std::size_t item_end = term.begin;  // the term counts as one word, however many it has
  for (int items = 0; items < 4 && begin > sentence.begin && text[begin - 1] == ','; ++items) {
    const std::string_view item = text.substr(begin, item_end - begin);
    const std::size_t words = count_words(item) + (items == 0 ? 1 : 0);
    const std::size_t first = item.find_first_not_of(" \n\t");
    const bool joined = first != std::string_view::npos && (item.substr(first, 3) == "or " || item.substr(first, 4) == "and ");
    if (words > (joined ? 2u : 1u)) break;
    item_end = begin - 1;
    std::size_t previous = item_end;
    while (previous > sentence.begin && !is_clause_mark(text[previous - 1])) --previous;
    begin = previous;
  }
  return begin;
}

}  // namespace

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool blank = c == ' ' || c == '\n' || c == '\t' || c == ',';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

TermList TermList::read(const JsonReader& options, std::string_view key, std::optional<std::vector<std::string>> fallback) {
  if (const auto list = options.find(key)) return TermList(keyed_phrases(*list));
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
  reading.indirect_questions = TermList::read(options, "indirect_questions", std::vector<std::string>{});
  reading.question_openers = TermList::read(options, "question_openers", std::vector<std::string>{});
  reading.refutations = TermList::read(options, "refutations", std::vector<std::string>{});
  reading.refutation_labels = TermList::read(options, "refutation_labels", std::vector<std::string>{});
  reading.reported_speech = TermList::read(options, "reported_speech", std::vector<std::string>{});
  if (with_hedges) {
    reading.hedges = TermList::read(options, "hedges");
    reading.conditions = TermList::read(options, "conditions");
    reading.clause_joins = TermList::read(options, "clause_joins", std::vector<std::string>{});
    for (const std::string& join : reading.clause_joins.terms()) {
      reading.join_openers.insert(fold_case(std::string_view(join).substr(0, join.find(' '))));
    }
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

std::size_t ClaimReading::after_last_join(std::string_view text, std::size_t from, TextRange term) const {
  // A join may hold the term's first word ("and cannot" before "cannot cause"): it still
  // starts the term's clause, which then begins at the term.
  std::size_t begin = from;
  for (const TextRange join : clause_joins.find(text, {from, term.end})) {
    if (join.begin < term.begin) begin = std::max(begin, std::min(join.end, term.begin));
  }
  return begin;
}

bool ClaimReading::negated(std::string_view text, TextRange sentence, TextRange term) const {
  TextRange clause = clause_around(text, sentence, term.begin);
  clause.begin = list_start(text, sentence, clause.begin, term);
  // A negation of the predicate before a clause join is not this one's: "kratom is not
  // addictive and you cannot overdose on it" claims the second.
  clause.begin = after_last_join(text, clause.begin, term);
  // Only the last `negation_window` words before the term count.
  return negation_in_last_words(text, {clause.begin, term.begin}, negation_window);
}

bool ClaimReading::negation_in_last_words(std::string_view text, TextRange range, std::size_t words) const {
  std::size_t begin = range.end;
  for (std::size_t word = 0; begin > range.begin && word < words; ++word) {
    while (begin > range.begin && (text[begin - 1] == ' ' || text[begin - 1] == '\n')) --begin;
    while (begin > range.begin && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  }
  const std::string_view window = text.substr(begin, range.end - begin);
  return negations.any_in(text, {begin, range.end}) || window.find("n't") != std::string_view::npos ||
         window.find("n\u2019t") != std::string_view::npos;
}

TextRange ClaimReading::hedge_reach(std::string_view text, TextRange sentence, TextRange term) const {
  const TextRange clause = clause_around(text, sentence, term.begin);
  return {after_last_join(text, clause.begin, term), term.begin};
}

bool ClaimReading::hedged_before(std::string_view text, TextRange sentence, TextRange term) const {
  return hedges.any_in(text, hedge_reach(text, sentence, term));
}

bool ClaimReading::hedged(std::string_view text, TextRange sentence, TextRange term) const {
  const TextRange clause = clause_around(text, sentence, term.begin);
  const TextRange before = hedge_reach(text, sentence, term);
  if (hedges.any_in(text, before)) return true;
  // A condition after the claim, past commas: "a very safe drug, particularly when used at low doses".
  if (conditions.any_in(text, {term.end, std::max(term.end, condition_reach(text, sentence, term))})) return true;
  // A condition put before the claim, in the sentence's opening clause: "When it is given in a
  // medical setting at low doses, ketamine is not addictive".
  if (clause.begin == sentence.begin) return false;
  if (conditions.any_in(text, clause_around(text, sentence, sentence.begin))) return true;
  // Or in the clause right before the claim's, which the claim's predicate goes on from (no
  // clause join between): "Ketamine, in low doses and in a monitored setting, is safe".
  return before.begin == clause.begin && conditions.any_in(text, clause_around(text, sentence, clause.begin - 1));
}

std::size_t ClaimReading::condition_reach(std::string_view text, TextRange sentence, TextRange term) const {
  std::size_t end = sentence.end;
  const std::size_t semicolon = text.substr(term.end, end - std::min(end, term.end)).find(';');
  if (semicolon != std::string_view::npos) end = term.end + semicolon;
  const std::vector<TextRange> joins = clause_joins.find(text, {term.end, std::max(term.end, end)});
  if (!joins.empty()) end = joins.front().begin;
  // A comma before a clause join's first word ("safe, and when used at home it is handy")
  // opens another clause.
  for (std::size_t comma = text.find(',', term.end); comma < end; comma = text.find(',', comma + 1)) {
    const std::string_view word = ascii_word_after(text, comma + 1, end, " \t\n");
    if (!word.empty() && join_openers.count(fold_case(word)) != 0) return comma;
  }
  return end;
}

bool ClaimReading::questioned(std::string_view text, TextRange sentence, TextRange term) const {
  // A '?' after the term, with no sentence end between (ICU does not always split "Is it
  // Safe? — Research Review" after the question mark).
  const std::string_view after = text.substr(term.end, sentence.end - std::min(sentence.end, term.end));
  const std::size_t question = after.find('?');
  if (question != std::string_view::npos && after.substr(0, question).find_first_of(".!") == std::string_view::npos) return true;
  const TextRange clause = clause_around(text, sentence, term.begin);
  return indirect_questions.any_in(text, {clause.begin, term.begin}) || opened_as_question(text, sentence);
}

bool ClaimReading::opened_as_question(std::string_view text, TextRange sentence) const {
  if (question_openers.empty()) return false;
  const std::string_view trimmed = trim_ascii_space(text.substr(sentence.begin, sentence.size()));
  if (trimmed.empty() || trimmed.back() == '.' || trimmed.back() == '!') return false;
  const std::size_t first = static_cast<std::size_t>(trimmed.data() - text.data());
  const std::vector<TextRange> openers = question_openers.find(text, TextRange{first, first + std::min<std::size_t>(trimmed.size(), 12)});
  return !openers.empty() && openers.front().begin == first;
}

bool ClaimReading::refuted(std::string_view text, TextRange sentence, TextRange term) const {
  if (term.end < sentence.end && refutations.any_in(text, {term.end, sentence.end})) return true;
  if (labelled_refuted(text, sentence)) return true;
  if (reported_speech.empty()) return false;
  // Before the term in its clause ("Some sellers say kratom is safe"), or in the rest of the
  // sentence up to its next ';' ("..., say some sellers; regulators disagree").
  if (reported_speech.any_in(text, {clause_around(text, sentence, term.begin).begin, term.begin})) return true;
  if (term.end >= sentence.end) return false;
  const std::string_view rest = text.substr(term.end, sentence.end - term.end);
  const std::size_t stop = rest.find(';');
  return reported_speech.any_in(text, {term.end, stop == std::string_view::npos ? sentence.end : term.end + stop});
}

bool ClaimReading::labelled_refuted(std::string_view text, TextRange sentence) const {
  if (refutation_labels.empty()) return false;
  std::size_t pos = sentence.begin;
  while (pos < sentence.end && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '*' || text[pos] == '-')) ++pos;
  const TextRange head{pos, std::min(sentence.end, pos + 40)};
  const std::vector<TextRange> labels = refutation_labels.find(text, head);
  if (labels.empty() || labels.front().begin != pos) return false;
  std::size_t after = labels.front().end;
  const auto skip_spaces = [&] {
    while (after < sentence.end && (text[after] == ' ' || text[after] == '\t')) ++after;
  };
  skip_spaces();
  if (after < sentence.end && text[after] == '#') ++after;  // "Myth #2:"
  while (after < sentence.end && text[after] >= '0' && text[after] <= '9') ++after;
  skip_spaces();
  const std::string_view rest = text.substr(after, sentence.end - after);
  return rest.starts_with(":") || rest.starts_with("-") || rest.starts_with("\u2013") || rest.starts_with("\u2014");
}

bool ClaimReading::quoted(std::string_view text, TextRange sentence, TextRange term) {
  auto is_open = [&](std::size_t pos) {
    return (pos >= 1 && (text[pos - 1] == '"' || text[pos - 1] == '\'')) || (pos >= 3 && (text.compare(pos - 3, 3, "\u201C") == 0 || text.compare(pos - 3, 3, "\u2018") == 0));
  };
  auto is_close = [&](std::size_t pos) {
    return (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) || text.compare(pos, 3, "\u201D") == 0 || text.compare(pos, 3, "\u2019") == 0;
  };
  if (is_open(term.begin) && is_close(term.end)) return true;  // "'safe'": a word mentioned
  // A phrase quoted inside the page's own sentence, as a name or a scare quote: "lobbied to
  // have kratom recognized as "a safe alternative to opioids"". The quotation opens after a
  // word (not at the sentence's start, or after a comma or colon, which bring in someone's
  // statement: "Ketamine is completely safe," said the director) and closes in the sentence.
  std::size_t open = std::string_view::npos;
  for (std::size_t at = sentence.begin; at < term.begin; ++at) {
    if (text[at] == '"') open = open == std::string_view::npos ? at : std::string_view::npos;
    else if (text.compare(at, 3, "\u201C") == 0) open = at;
    else if (text.compare(at, 3, "\u201D") == 0) open = std::string_view::npos;
  }
  if (open == std::string_view::npos) return false;
  std::size_t before = open;
  while (before > sentence.begin && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  if (before == sentence.begin || !std::isalnum(static_cast<unsigned char>(text[before - 1]))) return false;
  const std::string_view rest = text.substr(term.end, sentence.end - std::min(sentence.end, term.end));
  return rest.find('"') != std::string_view::npos || rest.find("\u201D") != std::string_view::npos;
}

}  // namespace medlint

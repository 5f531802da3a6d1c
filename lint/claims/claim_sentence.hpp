// The shared reading of one sentence for claim checks: is it a question, is a term negated
// ("is not safe", "no compound is safe"), is it hedged ("generally safe", "safe when
// administered by..."), and a list of term phrases to look for, all configured as data.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/json_reader.hpp"
#include "rules/phrase_matcher.hpp"
#include "text/text_range.hpp"

namespace medlint {

/// Runs of characters between spaces, tabs, line feeds and commas: the words the claim
/// readings count in their windows.
[[nodiscard]] std::size_t count_words(std::string_view s);

/// A case-insensitive list of phrases read from a detector option.
class TermList {
 public:
  TermList() = default;
  explicit TermList(std::vector<std::string> terms) : terms_(std::move(terms)) {
    if (!terms_.empty()) matcher_.emplace(terms_, true);
  }
  /// Reads option `key` (an array of phrases); required unless `fallback` is given.
  static TermList read(const JsonReader& options, std::string_view key, std::optional<std::vector<std::string>> fallback = {});

  /// Matches inside `range` of `text`, as ranges of `text`.
  [[nodiscard]] std::vector<TextRange> find(std::string_view text, TextRange range) const;
  [[nodiscard]] bool any_in(std::string_view text, TextRange range) const { return !find(text, range).empty(); }
  /// Whether `range` opens with a term: find(text, range) would give one at range.begin.
  [[nodiscard]] bool opens(std::string_view text, TextRange range) const {
    return matcher_ && matcher_->phrase_at(text.substr(range.begin, range.size()), 0).has_value();
  }
  [[nodiscard]] bool empty() const { return terms_.empty(); }
  [[nodiscard]] const std::vector<std::string>& terms() const { return terms_; }
  /// The matcher, for the Engine's one-pass literal scan.
  void add_prefilter_clients(std::vector<const PrefilterClient*>& out) const {
    if (matcher_) out.push_back(&*matcher_);
  }

 private:
  std::vector<std::string> terms_;
  std::optional<PhraseMatcher> matcher_;
};

struct ClaimReading {
  TermList negations;  ///< "not", "no", "never", "n't" ...
  TermList hedges;      ///< "generally", "usually", "may": qualify a claim when they come before it
  TermList conditions;  ///< "when administered by", "at recommended doses": qualify it when they follow
  /// "and is", "but it is": a second predicate starts; a hedge before it qualifies the first
  /// ("legal in most states and is completely non-addictive").
  TermList clause_joins;
  std::set<std::string, std::less<>> join_openers;  ///< case-folded first words of clause_joins ("and", "but")
  TermList indirect_questions;  ///< "whether", "ask if": before a term in its clause, it is asked
  /// "Is", "Does", "Can": a sentence that opens with one and has no full stop or exclamation
  /// mark at its end is a question with its mark left off ("Is ketamine fda approved for ptsd").
  TermList question_openers;
  TermList refutations;  ///< "which is not true", "is a myth": after a term in its sentence, it is denied
  /// "Myth", "False": a sentence that opens with one and a colon or a dash ("Myth: kratom is
  /// safe", "Myth #2 - ...") states what the page denies.
  TermList refutation_labels;
  /// "say some sellers", "vendors claim": before a term in its clause or after it, the claim is
  /// reported as someone else's ("Kratom is completely safe, say some online sellers").
  TermList reported_speech;
  std::size_t negation_window = 6;  ///< words before a term in which a negation cancels it
  // No prefilter clients: these lists are only read inside the clause of a claim already
  // found, where walking a few words costs less than scanning every document for "not",
  // "in" or "may".

  /// Reads "negations", "hedges", "conditions", "indirect_questions", "question_openers",
  /// "refutations", "refutation_labels" and "reported_speech" (the last five optional) and
  /// "negation_window" from detector options.
  static ClaimReading read(const JsonReader& options, bool with_hedges);

  [[nodiscard]] static bool is_question(std::string_view text, TextRange sentence);
  /// A negation among the `negation_window` words before `term` in the same clause, after
  /// the last of `clause_joins` before it.
  [[nodiscard]] bool negated(std::string_view text, TextRange sentence, TextRange term) const;
  /// Where `term`'s clause starts, from `from` on: after the last of `clause_joins` that
  /// starts before the term (or at the term, when the join holds its first word).
  [[nodiscard]] std::size_t after_last_join(std::string_view text, std::size_t from, TextRange term) const;
  /// One of `negations`, or "n't", among the last `words` words of `range`.
  [[nodiscard]] bool negation_in_last_words(std::string_view text, TextRange range, std::size_t words) const;
  /// A hedge before `term` in its clause (after the last of `clause_joins`); or a condition
  /// after it up to condition_reach(), in the sentence's opening clause, or in the clause right
  /// before the term's when no clause join comes between: "it is safe, particularly when used
  /// at low doses", "Under supervision, it is safe", "Ketamine, in low doses, is safe".
  [[nodiscard]] bool hedged(std::string_view text, TextRange sentence, TextRange term) const;
  /// Only the first part of hedged(): a hedge before `term` in its clause. An absolute claim
  /// ("completely safe") keeps its force whatever condition follows it.
  [[nodiscard]] bool hedged_before(std::string_view text, TextRange sentence, TextRange term) const;
  /// Where a hedge of `term` stands: its clause before it, after the last of `clause_joins`.
  [[nodiscard]] TextRange hedge_reach(std::string_view text, TextRange sentence, TextRange term) const;
  /// Where a condition after `term` can stand: the sentence's end, or before a ';', a clause
  /// join, or a comma followed by a clause join's first word, whichever comes first.
  [[nodiscard]] std::size_t condition_reach(std::string_view text, TextRange sentence, TextRange term) const;
  /// The term is asked, not claimed: a '?' follows it in its sentence, an indirect question
  /// comes before it in its clause ("Many people ask whether it is safe"), or the sentence
  /// opens with a question opener and ends without a mark.
  [[nodiscard]] bool questioned(std::string_view text, TextRange sentence, TextRange term) const;
  /// The sentence goes on to deny the term: a refutation follows it in its sentence ("I read
  /// that it is totally safe, which is not true"), or a label opens it ("Myth: ..."), or it
  /// says whose claim it is after the term ("..., say some sellers").
  [[nodiscard]] bool refuted(std::string_view text, TextRange sentence, TextRange term) const;
  /// The sentence opens with one of `question_openers` and ends without '.' or '!'.
  [[nodiscard]] bool opened_as_question(std::string_view text, TextRange sentence) const;
  /// The sentence opens with a refutation label and a colon or dash ("Myth #2: ...").
  [[nodiscard]] bool labelled_refuted(std::string_view text, TextRange sentence) const;
  /// The term is said: neither questioned(), negated() nor refuted(). What every claim rule
  /// asks first.
  [[nodiscard]] bool asserted(std::string_view text, TextRange sentence, TextRange term) const {
    return !questioned(text, sentence, term) && !negated(text, sentence, term) && !refuted(text, sentence, term);
  }
  /// The term is a mention, not a claim: it stands inside quotation marks of its own ("'safe'"),
  /// or in a phrase the sentence quotes after a word, as a name or a scare quote (recognized
  /// as "a safe alternative"), not a statement the sentence brings in.
  [[nodiscard]] static bool quoted(std::string_view text, TextRange sentence, TextRange term);
};

/// The clause of `sentence` around `offset`: bounded by , ; : ( ) and the sentence edges.
[[nodiscard]] TextRange clause_around(std::string_view text, TextRange sentence, std::size_t offset);

}  // namespace medlint

// A word is checked only when it holds a confusable sequence and the dictionary (hunspell
// plus the rule's medical word list) rejects it; then each single confusion is undone in
// turn, and a confusion the word holds more than once also everywhere at once, and the first
// candidate the dictionary accepts is the suggestion. A word shorter than `min_length` is read
// only for the repairs in `short_repairs` ("tbe" for "the"): among short words the dictionary
// rejects, abbreviations outnumber damage. A pair in `lower_case_only` ("ai" for "al") is undone
// only in a word written in lower case: capitalised, such words are names ("Arai", "Kraai").
// A lower-case word the dictionary knows capitalised is a name as tags write it ("bali").
// A byte in `scan_by` ("I") stands, in the one-pass scan, for every sequence that ends in it
// ("aI", "kI", "nI"...): one byte rare in prose costs the scan less than many two-byte
// literals, and the words it finds are judged by the pairs as before.
#include <boost/algorithm/string/replace.hpp>

#include <algorithm>
#include <set>
#include <utility>

#include "prefilter/byte_sequences.hpp"
#include "rules/detectors/ocr_detectors.hpp"
#include "rules/detectors/words_at_sequences.hpp"
#include "text/case_fold.hpp"
#include "text/lexicon.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

class OcrConfusion : public Rule {
 public:
  OcrConfusion(RuleMeta meta, std::shared_ptr<const Lexicon> lexicon, std::vector<std::pair<std::string, std::string>> pairs,
               std::set<std::string> extra_words, std::size_t min_length, std::set<std::string, std::less<>> short_repairs,
               std::set<std::string, std::less<>> lower_case_only, const std::string& scan_by)
      : Rule(std::move(meta)),
        lexicon_(std::move(lexicon)),
        pairs_(std::move(pairs)),
        extra_words_(std::move(extra_words)),
        min_length_(min_length),
        short_repairs_(std::move(short_repairs)),
        lower_case_only_(std::move(lower_case_only)),
        confusable_(confusable_sequences(pairs_, scan_by)) {}

  // Words alone decide.
  [[nodiscard]] bool paragraph_local() const override { return true; }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    // ICU is asked only for the words holding a confusable sequence (found by the one-pass
    // scan), each word once.
    for_each_word_holding(document, confusable_, [&](const Word& word) {
      const std::string_view w = text.substr(word.range.begin, word.range.size());
      const bool short_word = w.size() < min_length_;
      if ((short_word && short_repairs_.empty()) || !has_confusable(w) || known(w) || lower_case_name(w)) return;
      // Digits inside letters ("1iver", "c0ntraindicated") are suspicious; pure numbers are not.
      if (word_shape(w) == WordShape::other && !std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) return;
      const auto repaired = repair(w);
      if (!repaired || (short_word && short_repairs_.count(fold_case(*repaired)) == 0)) return;
      out.push_back(span_finding(document, word.range, *repaired));
    });
  }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override { out.push_back(&confusable_); }

 private:
  // Most words hold none of the pairs; each byte is looked up by the pairs it can start. A
  // sequence ending in a byte of `scan_by` is looked for by that byte.
  static std::vector<std::string> confusable_sequences(const std::vector<std::pair<std::string, std::string>>& pairs,
                                                       const std::string& scan_by) {
    std::vector<std::string> out;
    for (const auto& [from, to] : pairs) {
      const bool by_last = from.size() > 1 && scan_by.find(from.back()) != std::string::npos;
      std::string scanned = by_last ? std::string(1, from.back()) : from;
      if (std::find(out.begin(), out.end(), scanned) == out.end()) out.push_back(std::move(scanned));
    }
    return out;
  }

  bool has_confusable(std::string_view w) const {
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (confusable_.starts_at(w, i)) return true;
    }
    return false;
  }

  bool known(std::string_view w) const {
    return lexicon_->accepts(w) || extra_words_.count(fold_case(w)) != 0;  // the lexicon's answers are cached
  }

  // A name written in lower case, as tags, hashtags and addresses write them ("bali",
  // "mali"): the dictionary knows it capitalised, so the word is not damage.
  bool lower_case_name(std::string_view w) const {
    if (word_shape(w) != WordShape::lower || w.front() < 'a' || w.front() > 'z') return false;
    std::string capitalised(w);
    capitalised.front() = static_cast<char>(capitalised.front() - 'a' + 'A');
    return lexicon_->accepts(capitalised);
  }

  std::optional<std::string> repair(std::string_view w) const {
    const bool lower_case = word_shape(w) == WordShape::lower;
    for (const auto& [from, to] : pairs_) {
      if (!lower_case && lower_case_only_.count(from) != 0) continue;
      std::size_t occurrences = 0;
      for (std::size_t pos = w.find(from); pos != std::string_view::npos; pos = w.find(from, pos + 1)) {
        ++occurrences;
        std::string candidate(w);
        candidate.replace(pos, from.size(), to);
        if (candidate.size() >= min_length_ - 1 && known(candidate)) return candidate;
      }
      // The same confusion made twice in one word ("syrnptorns"): undo every one at once.
      if (occurrences > 1) {
        const std::string candidate = boost::algorithm::replace_all_copy(std::string(w), from, to);
        if (candidate.size() >= min_length_ - 1 && known(candidate)) return candidate;
      }
    }
    return std::nullopt;
  }

  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::set<std::string> extra_words_;
  std::size_t min_length_;
  std::set<std::string, std::less<>> short_repairs_;  // folded
  std::set<std::string, std::less<>> lower_case_only_;  // "from" sequences of pairs
  ByteSequences confusable_;  // the pairs' "from" sequences
};

}  // namespace

std::unique_ptr<Rule> make_ocr_confusion(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"dictionary", "pairs", "extra_words", "min_length", "short_repairs", "lower_case_only", "scan_by"});
  std::shared_ptr<const Lexicon> lexicon;
  try {
    lexicon = Lexicon::shared(options.string_or("dictionary", "en_US"));
  } catch (const std::runtime_error& error) {
    options.fail(error.what());
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [from, to] : options.at("pairs").members()) {
    if (from.empty()) to.fail("a confusable sequence must not be empty");
    pairs.emplace_back(from, to.string());
  }
  std::set<std::string> extra;
  if (const auto words = options.find("extra_words")) {
    for (const std::string& w : words->strings()) extra.insert(fold_case(w));
  }
  std::size_t min_length = 4;
  if (const auto value = options.find("min_length")) min_length = std::max<std::size_t>(2, value->count());
  std::set<std::string, std::less<>> short_repairs;
  if (const auto words = options.find("short_repairs")) {
    for (const JsonReader& word : words->elements()) {
      const std::string value = word.string();
      if (value.size() >= min_length) word.fail("a short repair is shorter than min_length (" + std::to_string(min_length) + ")");
      short_repairs.insert(fold_case(value));
    }
  }
  std::set<std::string, std::less<>> lower_case_only;
  if (const auto list = options.find("lower_case_only")) {
    for (const JsonReader& from : list->elements()) {
      const std::string value = from.string();
      if (std::none_of(pairs.begin(), pairs.end(), [&](const auto& pair) { return pair.first == value; })) {
        from.fail("'" + value + "' is not one of the rule's pairs");
      }
      lower_case_only.insert(value);
    }
  }
  std::string scan_by;
  if (const auto list = options.find("scan_by")) {
    for (const JsonReader& byte : list->elements()) {
      const std::string value = byte.string();
      if (value.size() != 1 || static_cast<unsigned char>(value[0]) >= 0x80) byte.fail("expected one ASCII character");
      if (std::none_of(pairs.begin(), pairs.end(), [&](const auto& pair) { return pair.first.size() > 1 && pair.first.back() == value[0]; })) {
        byte.fail("no pair's sequence ends in '" + value + "'");
      }
      scan_by += value;
    }
  }
  return std::make_unique<OcrConfusion>(std::move(meta), std::move(lexicon), std::move(pairs), std::move(extra), min_length,
                                        std::move(short_repairs), std::move(lower_case_only), scan_by);
}

}  // namespace medlint

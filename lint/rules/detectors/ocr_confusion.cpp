// A word is checked only when it holds a confusable sequence and the dictionary (hunspell
// plus the rule's medical word list) rejects it; then each single confusion is undone in
// turn and the first candidate the dictionary accepts is the suggestion.
#include <array>
#include <bitset>
#include <set>
#include <utility>

#include "rules/detectors/ocr_detectors.hpp"
#include "text/case_fold.hpp"
#include "text/lexicon.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

class OcrConfusion : public Rule {
 public:
  OcrConfusion(RuleMeta meta, std::shared_ptr<const Lexicon> lexicon, std::vector<std::pair<std::string, std::string>> pairs,
               std::set<std::string> extra_words, std::size_t min_length)
      : Rule(std::move(meta)),
        lexicon_(std::move(lexicon)),
        pairs_(std::move(pairs)),
        extra_words_(std::move(extra_words)),
        min_length_(min_length) {
    for (const auto& [from, to] : pairs_) {
      if (from.empty()) continue;
      pairs_starting_with_[static_cast<unsigned char>(from.front())].push_back(from);
      if (from.size() == 1) {
        single_byte_pair_[static_cast<unsigned char>(from.front())] = true;
      } else {
        first_two_bytes_[byte_pair(from, 0)] = true;
      }
    }
  }

  // Words alone decide.
  [[nodiscard]] bool paragraph_local() const override { return true; }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    // ICU is asked only for the words holding a confusable sequence, each word once.
    std::size_t checked_to = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i < checked_to || !confusable_at(text, i)) continue;
      const std::optional<Word> found = document.word_at(i);
      if (!found) continue;
      const Word& word = *found;
      checked_to = word.range.end;
      const std::string_view w = text.substr(word.range.begin, word.range.size());
      if (w.size() < min_length_ || !has_confusable(w) || known(w)) continue;
      // Digits inside letters ("1iver", "c0ntraindicated") are suspicious; pure numbers are not.
      if (word_shape(w) == WordShape::other && !std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) continue;
      if (const auto repaired = repair(w)) out.push_back(span_finding(document, word.range, *repaired));
    }
  }

 private:
  // Most words hold none of the pairs; each byte is looked up by the pairs it can start.
  static std::size_t byte_pair(std::string_view s, std::size_t i) {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[i])) << 8 | static_cast<unsigned char>(s[i + 1]);
  }

  // Most bytes start no sequence; two table look-ups say so before any comparison.
  bool confusable_at(std::string_view s, std::size_t i) const {
    if (single_byte_pair_[static_cast<unsigned char>(s[i])]) return true;
    if (i + 1 >= s.size() || !first_two_bytes_[byte_pair(s, i)]) return false;
    for (const std::string& from : pairs_starting_with_[static_cast<unsigned char>(s[i])]) {
      if (s.compare(i, from.size(), from) == 0) return true;
    }
    return false;
  }

  bool has_confusable(std::string_view w) const {
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (confusable_at(w, i)) return true;
    }
    return false;
  }

  bool known(std::string_view w) const {
    return lexicon_->accepts(w) || extra_words_.count(fold_case(w)) != 0;  // the lexicon's answers are cached
  }

  std::optional<std::string> repair(std::string_view w) const {
    for (const auto& [from, to] : pairs_) {
      for (std::size_t pos = w.find(from); pos != std::string_view::npos; pos = w.find(from, pos + 1)) {
        std::string candidate(w);
        candidate.replace(pos, from.size(), to);
        if (candidate.size() >= min_length_ - 1 && known(candidate)) return candidate;
      }
    }
    return std::nullopt;
  }

  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::set<std::string> extra_words_;
  std::array<std::vector<std::string>, 256> pairs_starting_with_;
  std::array<bool, 256> single_byte_pair_{};     // a one-byte sequence starts with this byte
  std::bitset<65536> first_two_bytes_;           // a longer sequence starts with these two bytes
  std::size_t min_length_;
};

}  // namespace

std::unique_ptr<Rule> make_ocr_confusion(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"dictionary", "pairs", "extra_words", "min_length"});
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
  return std::make_unique<OcrConfusion>(std::move(meta), std::move(lexicon), std::move(pairs), std::move(extra), min_length);
}

}  // namespace medlint

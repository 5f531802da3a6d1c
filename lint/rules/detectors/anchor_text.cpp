// Two kinds of evidence, both configured as data:
//  - a capitalised call word ("Learn", "Read More") in mid-sentence: link text by its shape;
//  - a lower-case anchor phrase ("get more info") that no word governs: neither preceded by
//    a word that could take it as a verb phrase ("to", "can", "please") nor followed by a
//    word that continues it ("about", "on", "here") — so it was pasted between two words, or
//    left dangling at the end of a paragraph;
//  - the same phrase opening a sentence in lower case right after a full stop ("...your
//    doctor. get more info") and not continued: what was left of a link after the scrape;
//  - the phrase alone on its line, in any case ("get more info", "Read more"): a link or
//    button the scraper kept as a line of its own;
//  - an unmistakable phrase, wherever it stands: the link text that spun backlink pages
//    carry ("click the up coming web page", "mouse click the next internet site"), which no
//    writer uses, so no word around it needs reading.
// In HTML and Markdown a call word that is the text of a real link ("<a>Read more</a>") was
// put there by the writer, not pasted by a scraper; spun backlink text is reported anyway.
#include "rules/phrase_keys.hpp"
#include "rules/detectors/anchor_text.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "rules/phrase_matcher.hpp"
#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

struct Options {
  std::optional<PhraseMatcher> capitalised;  // case-sensitive
  std::optional<PhraseMatcher> phrases;      // case-insensitive
  std::optional<PhraseMatcher> unmistakable;  // case-insensitive, reported wherever found
  std::set<std::string> governors;
  std::set<std::string> continuations;
};

class AnchorText : public Rule {
 public:
  AnchorText(RuleMeta meta, Options options) : Rule(std::move(meta)), options_(std::move(options)) {}

  // Looks at the words around a phrase on its own line.
  [[nodiscard]] bool paragraph_local() const override { return true; }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    const std::size_t first = out.size();
    if (options_.capitalised) {
      options_.capitalised->scan(text, [&](TextRange range) {
        if (document.metadata().inside_link_text(range)) return;
        if (!starts_sentence(text, range.begin) && previous_char(text, range.begin) != ':') {
          out.push_back(span_finding(document, range, ""));
        }
      });
    }
    if (options_.unmistakable) {
      options_.unmistakable->scan(text, [&](TextRange range) { out.push_back(span_finding(document, range, "")); });
    }
    if (options_.phrases) {
      options_.phrases->scan(text, [&](TextRange range) {
        if (document.metadata().inside_link_text(range)) return;
        if (alone_on_line(text, range)) {
          out.push_back(span_finding(document, range, ""));
          return;
        }
        const std::string after = fold_case(word_after(text, range.end));
        if (options_.continuations.count(after) != 0) return;
        if (starts_sentence(text, range.begin)) {
          // A sentence may open with the phrase ("Click here to ..."); a lower-case one
          // right after a finished sentence is not how a writer starts one.
          if (!is_lower_ascii(text[range.begin]) || !follows_finished_sentence(text, range.begin)) return;
        } else {
          const std::string before = fold_case(word_before(text, range.begin));
          if (before.empty() || options_.governors.count(before) != 0) return;
        }
        out.push_back(span_finding(document, range, ""));
      });
    }
    drop_contained(out, first);
  }

  // The lists overlap ("Learn More" among the call words, "learn more here" among the
  // phrases): one piece of link text is one finding, the longest.
  static void drop_contained(std::vector<Finding>& out, std::size_t first) {
    const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
    std::sort(begin, out.end(), [](const Finding& a, const Finding& b) {
      return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end > b.range.end;
    });
    std::size_t covered_to = 0;
    bool any = false;
    out.erase(std::remove_if(begin, out.end(),
                             [&](const Finding& f) {
                               if (any && f.range.end <= covered_to) return true;
                               covered_to = std::max(covered_to, f.range.end);
                               any = true;
                               return false;
                             }),
              out.end());
  }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override {
    if (options_.capitalised) out.push_back(&*options_.capitalised);
    if (options_.phrases) out.push_back(&*options_.phrases);
    if (options_.unmistakable) out.push_back(&*options_.unmistakable);
  }

 private:
  // The word (or single punctuation mark) right before `offset` on the same line.
  static std::string_view word_before(std::string_view text, std::size_t offset) {
    const std::size_t end = skip_blanks_back(text, offset);
    std::size_t begin = end;
    while (begin > 0 && is_word_byte(text[begin - 1])) --begin;
    if (begin == end && end > 0 && text[end - 1] != '\n') --begin;
    return text.substr(begin, end - begin);
  }

  // The word (or single punctuation mark) right after `offset`, read on the next line when
  // this one ends there (hard-wrapped text goes on); empty at the end of a paragraph.
  static std::string_view word_after(std::string_view text, std::size_t offset) {
    std::size_t begin = skip_blanks(text, offset);
    if (begin < text.size() && text[begin] == '\n') {
      begin = skip_blanks(text, begin + 1);
      if (begin >= text.size() || text[begin] == '\n') return {};
    }
    std::size_t end = begin;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    if (end == begin && end < text.size() && text[end] != '\n') ++end;
    return text.substr(begin, end - begin);
  }

  // Whether the text before `offset` ends with a sentence's closing mark, on this line or
  // the line before (the text has LF line ends).
  static bool follows_finished_sentence(std::string_view text, std::size_t offset) {
    char32_t before = previous_char(text, offset);
    if (before == '\n') before = previous_char(text, text.rfind('\n', offset - 1));
    return before == '.' || before == '!' || before == '?';
  }

  // Only blanks before the phrase on its line, and only blanks or an ASCII closing mark of a
  // link label ("Click here >", "More info:") after it.
  static bool alone_on_line(std::string_view text, TextRange range) {
    const std::size_t begin = skip_blanks_back(text, range.begin);
    if (begin > 0 && text[begin - 1] != '\n') return false;
    // A line before that ends in a lower-case letter or a comma goes on into this one ("a page
    // on its\nofficial website"): hard-wrapped prose, not a line of its own.
    const char32_t wrapped_from = begin > 0 ? previous_char(text, begin - 1) : U'\n';
    if (wrapped_from == ',' || (wrapped_from < 0x80 && is_lower_ascii(static_cast<char>(wrapped_from)))) return false;
    std::size_t end = skip_blanks(text, range.end);
    static constexpr std::string_view closing_marks = ".:!>";
    while (end < text.size() && closing_marks.find(text[end]) != std::string_view::npos) ++end;
    end = skip_blanks(text, end);
    return end == text.size() || text[end] == '\n';
  }

  static std::size_t skip_blanks(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at;
  }

  static std::size_t skip_blanks_back(std::string_view text, std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    return at;
  }

  static bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

  static bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80 || c == '\'';
  }

  Options options_;
};

std::set<std::string> folded_set(const JsonReader& options, std::string_view key) {
  std::set<std::string> out;
  if (const auto list = options.find(key)) {
    for (const std::string& word : list->strings()) out.insert(fold_case(word));
  }
  return out;
}

}  // namespace

std::unique_ptr<Rule> make_anchor_text(RuleMeta meta, const JsonReader& options) {
  options.expect_object({"capitalised", "phrases", "unmistakable", "governors", "continuations"});
  Options parsed;
  if (const auto list = options.find("capitalised")) parsed.capitalised.emplace(keyed_phrases(*list), false);
  if (const auto list = options.find("phrases")) parsed.phrases.emplace(keyed_phrases(*list), true);
  if (const auto list = options.find("unmistakable")) parsed.unmistakable.emplace(keyed_phrases(*list), true);
  if (!parsed.capitalised && !parsed.phrases && !parsed.unmistakable) {
    options.fail("give 'capitalised', 'phrases' and/or 'unmistakable'");
  }
  parsed.governors = folded_set(options, "governors");
  parsed.continuations = folded_set(options, "continuations");
  return std::make_unique<AnchorText>(std::move(meta), std::move(parsed));
}

}  // namespace medlint

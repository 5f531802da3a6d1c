// Scripts come from ICU (uscript_getScript); the repaired word replaces each non-Latin letter
// by its ICU confusable skeleton when that skeleton is a plain Latin letter.
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include <memory>

#include "prefilter/byte_sequences.hpp"
#include "rules/detectors/ocr_detectors.hpp"
#include "rules/detectors/words_at_sequences.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

struct SpoofCloser {
  void operator()(USpoofChecker* checker) const { uspoof_close(checker); }
};

class MixedScript : public Rule {
 public:
  explicit MixedScript(RuleMeta meta) : Rule(std::move(meta)), lead_bytes_(lead_bytes()) {}

  // Words alone decide.
  [[nodiscard]] bool paragraph_local() const override { return true; }

  void check(const LintContext& context, std::vector<Finding>& out) const override {
    const Document& document = context.document();
    const std::string_view text = document.text();
    thread_local std::unique_ptr<USpoofChecker, SpoofCloser> checker = open_checker();
    // ASCII letters are all Latin: only a word with other characters can mix scripts, so
    // ICU is asked only for the words holding the lead byte of a non-ASCII character.
    for_each_word_holding(document, lead_bytes_, [&](const Word& word) {
      const std::string_view w = text.substr(word.range.begin, word.range.size());
      if (w.size() < 2) return;
      bool latin = false, other = false;
      std::string repaired;
      const auto* s = reinterpret_cast<const uint8_t*>(w.data());
      const auto length = static_cast<int32_t>(w.size());
      for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        const std::string_view original = w.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        if (script == USCRIPT_LATIN) {
          latin = true;
          repaired += original;
        } else if (script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK) {
          other = true;
          repaired += latin_lookalike(checker.get(), original);
        } else {
          repaired += original;
        }
      }
      if (latin && other) out.push_back(span_finding(document, word.range, repaired));
    });
  }

  void prefilter_clients(std::vector<const PrefilterClient*>& out) const override { out.push_back(&lead_bytes_); }

 private:
  // The first bytes of UTF-8 sequences for characters beyond ASCII.
  static ByteSequences lead_bytes() {
    std::vector<std::string> bytes;
    for (int b = 0xC0; b <= 0xFF; ++b) bytes.emplace_back(1, static_cast<char>(b));
    return ByteSequences(bytes);
  }

  static std::unique_ptr<USpoofChecker, SpoofCloser> open_checker() {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<USpoofChecker, SpoofCloser>(uspoof_open(&status));
  }

  static std::string latin_lookalike(const USpoofChecker* checker, std::string_view letter) {
    if (!checker) return std::string(letter);
    char buffer[32];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = uspoof_getSkeletonUTF8(checker, 0, letter.data(), static_cast<int32_t>(letter.size()), buffer,
                                             sizeof buffer, &status);
    if (U_FAILURE(status) || n != 1 || !std::isalpha(static_cast<unsigned char>(buffer[0]))) return std::string(letter);
    return std::string(buffer, 1);
  }

  ByteSequences lead_bytes_;
};

}  // namespace

std::unique_ptr<Rule> make_mixed_script(RuleMeta meta, const JsonReader& options) {
  options.expect_object({});
  return std::make_unique<MixedScript>(std::move(meta));
}

}  // namespace medlint

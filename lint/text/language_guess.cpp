// One pass over the first words: letters are counted by script (ICU), and each short word is
// folded (ICU) and looked up once in a table that gives every language it belongs to.
#include "text/language_guess.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "rules/embedded.hpp"
#include "rules/json_reader.hpp"
#include "text/case_fold.hpp"

namespace medlint {

namespace {

constexpr std::string_view built_in_name = "rules/language/function-words.json";
constexpr std::size_t most_languages = 32;  // bits of the language mask
constexpr std::size_t letters_per_word = 5;  // about an English word's

bool ascii_letter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A folded word of up to eight bytes as one number: the table's key, hashed for free.
std::optional<std::uint64_t> packed(std::string_view folded) {
  if (folded.empty() || folded.size() > 8) return std::nullopt;
  std::uint64_t key = 0;
  for (const char c : folded) key = (key << 8) | static_cast<unsigned char>(c);
  return key;
}

double share_in(const JsonReader& data, std::string_view key, double fallback) {
  const auto found = data.find(key);
  if (!found) return fallback;
  if (!found->value().is_number() || found->value().get<double>() <= 0) found->fail("expected a positive number");
  return found->value().get<double>();
}

}  // namespace

LanguageGuess LanguageGuess::parse(const std::string& text, const std::string& label) {
  const nlohmann::json document = parse_json_text(text, label);
  const JsonReader data(document, label);
  data.expect_object({"description", "sample_words", "min_words", "english_share", "min_other_share", "other_to_english", "english", "others"});
  LanguageGuess guess;
  if (const auto n = data.find("sample_words")) guess.sample_words_ = n->count();
  if (const auto n = data.find("min_words")) guess.min_words_ = n->count();
  guess.english_share_ = share_in(data, "english_share", guess.english_share_);
  guess.min_other_share_ = share_in(data, "min_other_share", guess.min_other_share_);
  guess.other_to_english_ = share_in(data, "other_to_english", guess.other_to_english_);
  auto add = [&](const JsonReader& list, std::size_t bit) {
    for (const JsonReader& word : list.elements()) {
      const std::string folded = fold_case(word.string());
      const std::optional<std::uint64_t> key = packed(folded);
      if (!key) word.fail("a function word has one to eight bytes (UTF-8, case-folded)");
      std::uint32_t& mask = guess.languages_of_[*key];
      if (mask & (std::uint32_t{1} << bit)) word.fail("'" + word.string() + "' is listed twice");
      // A word English uses too would count an English page towards the other language.
      if (bit != 0 && (mask & 1U)) word.fail("'" + word.string() + "' is an English function word too");
      mask |= std::uint32_t{1} << bit;
    }
  };
  guess.names_.push_back("English");
  add(data.at("english"), 0);
  for (const auto& [name, list] : data.at("others").members()) {
    if (guess.names_.size() == most_languages) list.fail("at most " + std::to_string(most_languages - 1) + " other languages");
    guess.names_.push_back(name);
    add(list, guess.names_.size() - 1);
  }
  return guess;
}

const LanguageGuess& LanguageGuess::built_in() {
  static const LanguageGuess guess = parse(std::string(embedded_file(built_in_name)), std::string(built_in_name) + " (built in)");
  return guess;
}

std::optional<std::string> LanguageGuess::other_language(std::string_view text) const {
  std::array<std::size_t, most_languages> hits{};
  std::size_t words = 0, latin_letters = 0, other_letters = 0;
  std::unordered_map<int, std::size_t> other_scripts;  // UScriptCode → letters
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  auto count = [&](std::optional<std::uint64_t> key) {
    ++words;
    if (!key) return;
    const auto found = languages_of_.find(*key);
    if (found == languages_of_.end()) return;
    for (std::uint32_t mask = found->second; mask != 0; mask &= mask - 1) ++hits[static_cast<std::size_t>(__builtin_ctz(mask))];
  };
  // Scripts without spaces between words (Chinese, Japanese, Thai) make few long "words":
  // the sample ends after as many letters as its words would hold in English, too.
  const std::size_t sample_letters = sample_words_ * letters_per_word;
  std::int32_t i = 0;
  while (i < length && words < sample_words_ && latin_letters + other_letters < sample_letters) {
    // Most words are ASCII letters: read them a byte at a time, without decoding, folding and
    // packing them as packed() would (a word of more than eight letters is no function word).
    const std::int32_t begin = i;
    std::size_t size = 0;
    std::uint64_t key = 0;
    while (i < length && ascii_letter(bytes[i])) {
      key = (key << 8) | static_cast<unsigned char>(fold_ascii_char(static_cast<char>(bytes[i])));
      ++size;
      ++i;
    }
    latin_letters += size;
    if (i < length && bytes[i] >= 0x80) {
      // A word with other letters (or a non-ASCII character after a word): decode it whole.
      bool letters = size > 0;
      for (;;) {
        const std::int32_t at = i;
        UChar32 c = 0;
        if (i >= length) break;
        U8_NEXT(bytes, i, length, c);
        if (ascii_letter(c)) {
          ++latin_letters;
        } else if (c >= 0x80 && u_isalpha(c)) {
          UErrorCode status = U_ZERO_ERROR;
          const UScriptCode script = uscript_getScript(c, &status);
          if (script == USCRIPT_LATIN) {
            ++latin_letters;
          } else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
            ++other_letters;
            ++other_scripts[script];
          }
        } else if (!(c >= 0x80 && u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK)) {
          i = at;
          break;
        }
        letters = true;
      }
      if (letters) {
        count(packed(fold_case(text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(i - begin)))));
      } else {
        U8_FWD_1(bytes, i, length);  // a non-ASCII character that is no letter: "«", "—"
      }
    } else if (size > 0) {
      count(size <= 8 ? std::optional<std::uint64_t>(key) : std::nullopt);
    }
    // Most pages are English and say so in their first sentences: stop there.
    if (words >= min_words_ && static_cast<double>(hits[0]) >= english_share_ * static_cast<double>(words) &&
        other_letters <= latin_letters) {
      return std::nullopt;
    }
    // Skip to the next letter.
    while (i < length && bytes[i] < 0x80 && !ascii_letter(bytes[i])) ++i;
  }
  // Two letters a word: Chinese writes a word in one or two characters.
  if (other_letters > latin_letters && other_letters >= min_words_ * 2) {
    const auto most = std::max_element(other_scripts.begin(), other_scripts.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return std::string(uscript_getName(static_cast<UScriptCode>(most->first))) + " script";
  }
  if (words < min_words_ || names_.size() < 2) return std::nullopt;
  const auto best = std::max_element(hits.begin() + 1, hits.begin() + static_cast<std::ptrdiff_t>(names_.size()));
  const auto other = static_cast<double>(*best);
  if (other < min_other_share_ * static_cast<double>(words) || other < other_to_english_ * static_cast<double>(hits[0])) return std::nullopt;
  return names_[static_cast<std::size_t>(best - hits.begin())];
}

}  // namespace medlint

// LiteralPhrase must match exactly where the phrase's regex does: the phrase lists rely on
// it instead of Boost.Regex. Compared here on generated phrases and texts made of the
// characters where the two could part: case pairs inside and outside ASCII, the Kelvin sign,
// every kind of space and line end, both apostrophes, word and non-word punctuation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/case_fold.hpp"
#include "text/literal_phrase.hpp"
#include "text/regex.hpp"

using namespace medlint;

namespace {

std::optional<std::size_t> regex_match_end(const boost::u32regex& regex, std::string_view text, std::size_t begin) {
  boost::match_results<const char*> match;
  auto flags = boost::match_not_dot_newline | boost::match_continuous;
  if (begin > 0) flags |= boost::match_prev_avail;
  if (!boost::u32regex_search(text.data() + begin, text.data() + text.size(), match, regex, flags)) return std::nullopt;
  return static_cast<std::size_t>(match[0].second - text.data());
}

bool code_point_start(std::string_view text, std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; }

const std::vector<std::string> letters = {"a", "A", "k", "K", "\xE2\x84\xAA" /* KELVIN SIGN */, "s", "\xC5\xBF" /* LONG S */,
                                          "\xC3\xA9", "\xC3\x89" /* é É */, "\xC3\x9F" /* ß */, "\xC4\xB0" /* İ */, "1", "_"};
const std::vector<std::string> separators = {" ", "  ", "\t", "\n", " \n ", "\n\n", "\xC2\xA0" /* NBSP */, "\x1C",
                                             "\r\n", "\xE2\x80\xA8" /* LINE SEPARATOR */, "-", " - ", ".", "'",
                                             "\xE2\x80\x99" /* ’ */, "\xE2\x80\x93" /* – */, " \xE2\x80\x94 " /* — */,
                                             "\xE2\x80\x91" /* NON-BREAKING HYPHEN */, ""};

// What a phrase's hyphen may meet in a text.
const std::vector<std::string> dashes = {"-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 ", "\xE2\x80\x91", "\xE2\x88\x92", "--", " ", "\t-\n"};

std::string pick(std::mt19937& random, const std::vector<std::string>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
}

std::string word(std::mt19937& random) {
  std::string w;
  for (int n = std::uniform_int_distribution<int>(1, 3)(random); n > 0; --n) w += pick(random, letters);
  return w;
}

}  // namespace

TEST_CASE("a literal phrase matches exactly where its regex does", "[phrase]") {
  std::mt19937 random(20261201);
  std::size_t compared = 0, matched = 0, kept_regex = 0;
  for (int round = 0; round < 400; ++round) {
    std::string phrase = word(random);
    for (int n = std::uniform_int_distribution<int>(0, 2)(random); n > 0; --n) phrase += pick(random, separators) + word(random);
    const bool ignore_case = round % 3 != 0;
    const bool word_boundaries = round % 5 != 0;
    const auto literal = LiteralPhrase::compile(phrase, ignore_case, word_boundaries);
    if (!literal) {
      ++kept_regex;
      continue;
    }
    const boost::u32regex regex = compile_regex(phrase_to_pattern(phrase, word_boundaries), ignore_case);
    for (int t = 0; t < 6; ++t) {
      // The phrase itself with its words re-cased and its separators varied, among other words.
      std::string text = word(random) + pick(random, separators);
      for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (c == ' ' && t % 2 == 0) text += pick(random, separators);
        else if (c == '-' && t % 2 == 0) text += pick(random, dashes);
        else text += (t % 3 == 0 && c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      }
      text += pick(random, separators) + word(random);
      for (std::size_t begin = 0; begin < text.size(); ++begin) {
        if (!code_point_start(text, begin)) continue;
        // The whole text, and the text cut short where a search window would end.
        for (const std::size_t end : {text.size(), std::min(text.size(), begin + phrase.size())}) {
          std::size_t cut = end;
          while (cut < text.size() && !code_point_start(text, cut)) ++cut;
          const std::string_view window = std::string_view(text).substr(0, cut);
          const auto expected = regex_match_end(regex, window, begin);
          INFO("phrase '" << phrase << "' text '" << text << "' at " << begin << " window " << cut);
          CHECK(literal->match(window, begin) == expected);
          ++compared;
          if (expected) ++matched;
        }
      }
    }
  }
  // The comparison saw matches and misses, and the generator made both kinds of phrase.
  CHECK(compared > 10000);
  CHECK(matched > 500);
  CHECK(kept_regex > 20);
}

TEST_CASE("a phrase holding a space or line end of its own keeps its regex", "[phrase]") {
  CHECK_FALSE(LiteralPhrase::compile("no\xC2\xA0" "break", true, true));
  CHECK_FALSE(LiteralPhrase::compile("line\rend", true, true));
  CHECK_FALSE(LiteralPhrase::compile("bad \xFF byte", true, true));
  CHECK(LiteralPhrase::compile("get more info", true, true));
}

TEST_CASE("a hyphen between words also matches the other dashes - keys read them as one", "[phrase]") {
  const auto long_term = LiteralPhrase::compile("prolonged-term", true, true);
  REQUIRE(long_term);
  for (const std::string text : {"prolonged-term", "Prolonged \xE2\x80\x93 term", "prolonged\xE2\x80\x91term", "prolonged\xE2\x80\x94term",
                                 "prolonged - term", "prolonged\t-\tterm", "prolonged \xE2\x88\x92term"}) {
    INFO(text);
    CHECK(long_term->match(text, 0) == text.size());
    CHECK(phrase_key(text, true) == "prolonged-term");
  }
  for (const std::string text : {"prolonged term", "prolonged.term", "prolonged -\nterm", "prolonged--term", "prolonged-terms"}) {
    INFO(text);
    CHECK_FALSE(long_term->match(text, 0));
  }
  // A hyphen with a blank in the phrase itself, or at a phrase's end, is a plain character.
  const auto spaced = LiteralPhrase::compile("a - b", true, true);
  REQUIRE(spaced);
  CHECK_FALSE(spaced->match(std::string_view("a \xE2\x80\x93 b"), 0));
  // Keys: a dash between two words is '-', whatever its blanks; any other dash is kept, so
  // mojibake ending in one ("\xC3\x83\xE2\x80\x93" and "\xC3\x83\xE2\x80\x94" are two sequences) stays apart.
  CHECK(phrase_key("LinkOut - More Resources", true) == phrase_key("LinkOut-More Resources", true));
  CHECK(phrase_key("\xC3\x83\xE2\x80\x93", false) != phrase_key("\xC3\x83\xE2\x80\x94", false));
  CHECK(phrase_key("- item", false) == "- item");
  CHECK(phrase_key("pain \xE2\x80\x94", false) == "pain \xE2\x80\x94");
  // The shape is the key's length and word count, dashes or not.
  for (const std::string line : {"Home \xE2\x80\x93 About us", "long - term  use", "- item", "no dash here", "it\xE2\x80\x99s  fine",
                                 "x \xE2\x80\x94", "a - b - c"}) {
    INFO(line);
    const std::string key = phrase_key(line, false);
    const PhraseKeyShape shape = phrase_key_shape(line);
    CHECK(shape.bytes == key.size());
    CHECK(shape.words == static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + (key.empty() ? 0 : 1)));
  }
}

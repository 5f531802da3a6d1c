// The document model: line-end normalisation with a true source map, ICU segmentation.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <thread>

#include <unicode/unistr.h>

#include "rules/lint_context.hpp"
#include "text/document.hpp"
#include "text/lazy_regex.hpp"
#include "text/line_end_joins.hpp"
#include "text/segmenter.hpp"
#include "text/sentence_abbreviations.hpp"
#include "text/regex.hpp"
#include "test_support.hpp"

using medlint::Document;

TEST_CASE("CRLF is normalised for matching while positions stay true to the file", "[document]") {
  const Document doc("t.txt", "first\r\nsecond line\r\nthird");
  CHECK(doc.text() == "first\nsecond line\nthird");
  const std::size_t text_offset = doc.text().find("line");
  const std::size_t source_offset = doc.source_map().to_source(text_offset);
  CHECK(doc.source().substr(source_offset, 4) == "line");
  const auto position = doc.source_lines().position(source_offset);
  CHECK(position.line == 2);
  CHECK(position.column == 8);
  CHECK(doc.source_map().to_text(source_offset) == text_offset);
}

TEST_CASE("a lone CR becomes a line end", "[document]") {
  const Document doc("t.txt", "a\rb");
  CHECK(doc.text() == "a\nb");
  CHECK(doc.source_lines().position(2).line == 2);
}

TEST_CASE("sentences come from ICU and respect paragraph breaks", "[document]") {
  const Document doc("t.txt", "A title without a full stop\nKetamine is an anaesthetic. It was approved in 1970. Is it safe?\n");
  const auto& sentences = doc.sentences();
  REQUIRE(sentences.size() == 4);
  auto text_of = [&](std::size_t i) { return doc.text().substr(sentences[i].begin, sentences[i].size()); };
  CHECK(text_of(0) == "A title without a full stop");
  CHECK(text_of(1) == "Ketamine is an anaesthetic.");
  CHECK(text_of(2) == "It was approved in 1970.");
  CHECK(text_of(3) == "Is it safe?");
  CHECK(doc.sentence_at(doc.text().find("1970"))->begin == sentences[2].begin);
}

namespace {

std::vector<std::string> sentence_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const medlint::TextRange& r : medlint::split_sentences(text)) out.emplace_back(text.substr(r.begin, r.size()));
  CHECK(medlint::split_sentences(text) == medlint::split_sentences_whole_pass(text));
  return out;
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences go on after an abbreviation ICU takes for an end", "[document]") {
  // ICU alone ends a sentence at each of these full stops.
  CHECK(sentence_texts("Ask Dr. Jones about it. Then rest.") == Sentences{"Ask Dr. Jones about it.", "Then rest."});
  CHECK(sentence_texts("One trial found it (Smith et al. 2020). These studies suggest more.") ==
        Sentences{"One trial found it (Smith et al. 2020).", "These studies suggest more."});
  CHECK(sentence_texts("Some drugs, e.g. Ketamine, act fast.") == Sentences{"Some drugs, e.g. Ketamine, act fast."});
  CHECK(sentence_texts("Do not take it with St. John's wort. It interacts.") ==
        Sentences{"Do not take it with St. John's wort.", "It interacts."});
  // An abbreviation that may end a sentence does so before a capital.
  CHECK(sentence_texts("It was shown by Smith et al. The trial was small.") ==
        Sentences{"It was shown by Smith et al.", "The trial was small."});
  CHECK(sentence_texts("Made in the U.S. (2020). Sold here.") == Sentences{"Made in the U.S. (2020).", "Sold here."});
  // Whole words only: "trial." does not end in "al." of "et al.", nor "Sdr." in "Dr.".
  CHECK(sentence_texts("It was a trial. These were results.") == Sentences{"It was a trial.", "These were results."});
  CHECK(sentence_texts("See the XDr. Then go.") == Sentences{"See the XDr.", "Then go."});
  // A line end always ends a sentence.
  CHECK(sentence_texts("Written by Dr.\nJones wrote it.") == Sentences{"Written by Dr.", "Jones wrote it."});
  // The end of the text and a lower-case word (no break from ICU) are unchanged.
  CHECK(sentence_texts("Ask Dr. ") == Sentences{"Ask Dr."});
  CHECK(sentence_texts("Ask Dr. smith now.") == Sentences{"Ask Dr. smith now."});
}

TEST_CASE("sentence abbreviations: the data is checked when read", "[document]") {
  using medlint::SentenceAbbreviations;
  const auto& built_in = SentenceAbbreviations::built_in();
  const std::string text = "Ask Dr. Jones.";
  CHECK(built_in.joins(text, text.find("Jones")));
  CHECK_FALSE(built_in.joins(text, text.find("Ask")));
  const auto custom = SentenceAbbreviations::parse(R"({"never_final": ["Xx."], "final_before_capital": []})", "a.json");
  CHECK(custom.joins("See Xx. Jones.", 8));
  CHECK_FALSE(custom.joins("See Dr. Jones.", 8));
  CHECK_THROWS_WITH(SentenceAbbreviations::parse(R"({"never_final": ["Dr"], "final_before_capital": []})", "a.json"),
                    Catch::Contains("a.json") && Catch::Contains("/never_final/0") && Catch::Contains("full stop"));
  CHECK_THROWS_WITH(SentenceAbbreviations::parse(R"({"never_final": []})", "a.json"), Catch::Contains("final_before_capital"));
  CHECK_THROWS_WITH(SentenceAbbreviations::parse(R"({"never_final": [], "final_before_capital": [], "extra": 1})", "a.json"),
                    Catch::Contains("extra"));
}

TEST_CASE("words are letters and numbers / with byte offsets into UTF-8", "[document]") {
  const Document doc("t.txt", "Naïve dose: 0.5 mg/kg.");
  const auto& words = doc.words();
  std::vector<std::string> texts;
  for (const auto& w : words) texts.emplace_back(doc.text().substr(w.range.begin, w.range.size()));
  CHECK(texts == std::vector<std::string>{"Naïve", "dose", "0.5", "mg", "kg"});
  CHECK(words[2].is_number);
  CHECK_FALSE(words[0].is_number);
}

namespace {

// Every offset of `text` that starts a character must give, on demand, the word a whole
// pass gives there; and the words of every line and every sentence, asked for alone, are
// the pass's words there.
void check_words_on_demand(const std::string& text) {
  const Document whole("t.txt", text);
  const Document on_demand("t.txt", text);
  const std::string_view t = whole.text();
  const std::vector<medlint::Word> words = medlint::split_words(t);  // one ICU pass
  // Document::words() (line by line, through the token cache where it can) is that pass.
  const std::vector<medlint::Word>& kept = whole.words();
  REQUIRE(kept.size() == words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    CHECK(kept[i].range == words[i].range);
    CHECK(kept[i].is_number == words[i].is_number);
  }
  std::size_t next_word = 0;
  for (std::size_t offset = 0; offset < t.size(); ++offset) {
    if ((static_cast<unsigned char>(t[offset]) & 0xC0) == 0x80) continue;
    while (next_word < words.size() && words[next_word].range.end <= offset) ++next_word;
    const bool inside = next_word < words.size() && words[next_word].range.contains(offset);
    const std::optional<medlint::Word> found = on_demand.word_at(offset);
    INFO("offset " << offset << " in " << t.substr(offset > 20 ? offset - 20 : 0, 40));
    REQUIRE(found.has_value() == inside);
    if (inside) {
      CHECK(found->range == words[next_word].range);
      CHECK(found->is_number == words[next_word].is_number);
    }
  }
  for (std::size_t start = 0; start < t.size();) {
    const std::size_t end = std::min(t.find('\n', start), t.size());
    std::vector<medlint::TextRange> expected, got;
    for (const auto& w : words) {
      if (w.range.begin >= start && w.range.begin < end) expected.push_back(w.range);
    }
    for (const auto& w : on_demand.words_in({start, end})) got.push_back(w.range);
    CHECK(got == expected);
    start = end + 1;
  }
  // Ranges starting anywhere, inside words too: a word reaching into the range counts.
  for (std::size_t start = 0; start < t.size(); start += 7) {
    const medlint::TextRange range{start, std::min(t.size(), start + 12)};
    std::vector<medlint::TextRange> expected, got;
    for (const auto& w : words) {
      if (w.range.end > range.begin && w.range.begin < range.end) expected.push_back(w.range);
    }
    for (const auto& w : on_demand.words_in(range)) got.push_back(w.range);
    CHECK(got == expected);
  }
  for (const medlint::TextRange& sentence : whole.sentences()) {
    std::vector<medlint::TextRange> expected, got;
    for (const auto& w : words) {
      if (w.range.end > sentence.begin && w.range.begin < sentence.end) expected.push_back(w.range);
    }
    for (const auto& w : on_demand.words_in(sentence)) got.push_back(w.range);
    CHECK(got == expected);
  }
}

}  // namespace

TEST_CASE("words found on demand are the words of a whole pass", "[document]") {
  check_words_on_demand(
      "Kеtamine (Cyrillic е) and rnedication, 1iver; café naïve e\u0301cole. 日本語のテキスト 😀 x.Foo weeks.Three\n"
      "_Foo 3Com \u201cQuoted\u201d Word. Dr. Smith, U.S. FDA: 0.5 mg/kg, 1,000.25 units, don't\n\n"
      "  Stage IV Cancer appetite.12 Weekly dysfunction.two Presented \u2014Dash\u2014 ΚΕΤΑΜΙΝΕ кетамин \t end");
  // Words met again in other texts come from the thread's per-token cache: tokens that start
  // or end with a character ICU joins to the neighbouring space (combining mark, ZWJ, soft
  // hyphen, another kind of space), emoji sequences, Thai, tabs, CRLF and very long tokens.
  const std::string long_token = std::string(70, 'a') + "-" + std::string(70, 'b');
  check_words_on_demand("word \u0301accent x \u200Dzwj y \u00ADsoft z\u00AD q \u2003em\u2003 r \u3000ideo\u3000 s\n"
                        "\U0001F468\u200D\U0001F469\u200D\U0001F467 family \U0001F1EB\U0001F1F7 flag\r\nCRLF\ttab 8\u20E3 ab\u0301 "
                        "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22 " + long_token + " e.g. i.e., U.S.A. 3.14 1,000 don\u2019t\n"
                        "word \u0301accent again, Kеtamine again, 1iver again\n");
  // ASCII tokens of letters and punctuation are read without ICU: every printable character
  // before, after and between letters, alone and next to a second one.
  std::string ascii;
  for (char p = '!'; p <= '~'; ++p) {
    const std::string one(1, p);
    ascii += one + "ab " + "ab" + one + " ab" + one + "cd " + one + one + "x" + one + one + " ";
    for (char q = '!'; q <= '~'; ++q) ascii += "ab" + one + std::string(1, q) + "cd" + one + " ";
    ascii += "\n";
  }
  medlint::test::TestRandom random(2024);
  for (int token = 0; token < 1500; ++token) {
    const std::size_t length = 1 + random.below(12);
    for (std::size_t i = 0; i < length; ++i) {
      ascii += random.below(2) == 0 ? static_cast<char>('a' + random.below(3)) : static_cast<char>('!' + random.below(94));
    }
    ascii += token % 10 == 9 ? "\n" : " ";
  }
  for (std::size_t begin = 0; begin < ascii.size();) {  // a line at a time: the checks are quadratic
    const std::size_t end = ascii.find('\n', begin);
    check_words_on_demand(ascii.substr(begin, end - begin));
    begin = end + 1;
  }
  // The project's own articles: real prose, headings, lists and OCR damage.
  for (const auto& entry : std::filesystem::recursive_directory_iterator(MEDLINT_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path().string());
    check_words_on_demand(medlint::test::slurp(entry.path()));
  }
}

namespace {

void check_sentences_match_whole_pass(const std::string& text) {
  INFO("text: " << text.substr(0, 400));
  CHECK(medlint::split_sentences(text) == medlint::split_sentences_whole_pass(text));
}

}  // namespace

TEST_CASE("sentences found in windows are the sentences of a whole pass", "[document]") {
  check_sentences_match_whole_pass("Dr. Smith saw U.S. Army staff at 3 p.m. on Friday. He said \"no.\" Then (quietly) left!? "
                                   "e.g. this. 1.5 mg. Etc.) And... more. ?! Yes.\n\nNew para. x.Y z. 2. Three\r\nCRLF. "
                                   "Last one without a stop");
  check_sentences_match_whole_pass(". Starts with a stop.\n.\n\n!\n . x");
  // Random text over every Sentence_Break class: Upper, Lower, OLetter, Numeric, ATerm,
  // STerm, Close, Sp, Sep, CR, LF, Format, Extend, SContinue and Other.
  const std::vector<std::string> alphabet = {
      "A", "\u00C4", "\u03A3", "a", "\u00E9", "\u03C3", "\u4E2D", "\u0E01", "\u0627", "1", "\u0663",
      ".", "\u2024", "\uFF0E", "!", "?", "\u3002", "\u203C", "\u061F", "\"", "'", ")", "(", "]", "\u00AB", "\u201D",
      " ", " ", " ", "\t", "\u00A0", "\u2003", "\u0085", "\u2028", "\u2029", "\r", "\n", "\u00AD", "\u2060",
      "\u0301", "\u200D", "\u20E3", ",", "-", ":", "\u3001", "#", "$", "\U0001F600", "word", "Word", "WORD"};
  medlint::test::TestRandom random(42);
  for (int round = 0; round < 20000; ++round) {
    const std::size_t length = 1 + random.below(24);
    check_sentences_match_whole_pass(random.text(alphabet, length));
  }
  // Real prose: the project's articles and the shared seeds.
  std::vector<std::filesystem::path> folders{MEDLINT_SOURCE_DIR "/corpus"};
  if (std::filesystem::exists(MEDLINT_SHARED_DIR "/seeds")) folders.emplace_back(MEDLINT_SHARED_DIR "/seeds");
  for (const auto& folder : folders) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
      if (!entry.is_regular_file() || entry.path().extension() == ".json") continue;
      INFO(entry.path().string());
      const Document doc("t.txt", medlint::test::slurp(entry.path()));
      check_sentences_match_whole_pass(std::string(doc.text()));
    }
  }
  // Not UTF-8: ICU reads it all.
  check_sentences_match_whole_pass("bad \xC3 byte. Next \xFF\xFE one.");
}

TEST_CASE("line windows map to text ranges", "[document]") {
  const Document doc("t.txt", "one\r\ntwo\r\nthree\r\nfour\r\n");
  const auto last_two = doc.text_range_of_lines(3, 4);
  CHECK(doc.text().substr(last_two.begin, last_two.size()) == "three\nfour\n");
}

TEST_CASE("regex search: an on_match returning false stops it / void visits every match", "[document]") {
  const boost::u32regex regex = medlint::compile_regex("\\bdoctor\\b", true);
  const std::string text = "Ask a doctor.\n\nA doctor, another Doctor.\n";
  std::vector<std::size_t> all, first;
  medlint::for_each_match(regex, text, [&](medlint::TextRange r, const auto&) { all.push_back(r.begin); });
  CHECK(all == std::vector<std::size_t>{6, 17, 33});
  medlint::for_each_match(regex, text, [&](medlint::TextRange r, const auto&) {
    first.push_back(r.begin);
    return first.size() < 2;
  });
  CHECK(first == std::vector<std::size_t>{6, 17});
  // With candidate offsets (the prefilter's), the stop holds across chunks too.
  const std::vector<std::uint32_t> offsets{6, 17, 33};
  const std::span<const std::uint32_t> near(offsets);
  std::vector<std::size_t> one;
  medlint::for_each_match(
      regex, text,
      [&](medlint::TextRange r, const auto&) {
        one.push_back(r.begin);
        return false;
      },
      &near);
  CHECK(one == std::vector<std::size_t>{6});
  // With a reach as well, searches start that far before each offset and stop after the last
  // offset's match: here the second paragraph's second match has no offset of its own.
  const std::vector<std::uint32_t> two_offsets{11, 22};
  const std::span<const std::uint32_t> two(two_offsets);
  std::vector<std::size_t> near_reach;
  medlint::for_each_match(
      regex, text, [&](medlint::TextRange r, const auto&) { near_reach.push_back(r.begin); }, &two, 0,
      [](std::string_view) { return std::size_t{6}; });
  CHECK(near_reach == std::vector<std::size_t>{6, 17});
  // Last first: the chunks from the last one back, each still left to right; the same
  // matches, and a search that stops at the first finds the last paragraph's.
  std::vector<std::size_t> backwards, stopped;
  medlint::for_each_match(
      regex, text, [&](medlint::TextRange r, const auto&) { backwards.push_back(r.begin); }, &near, 0,
      static_cast<std::size_t (*)(std::string_view)>(nullptr), true);
  CHECK(backwards == std::vector<std::size_t>{17, 33, 6});
  medlint::for_each_match(
      regex, text,
      [&](medlint::TextRange r, const auto&) {
        stopped.push_back(r.begin);
        return false;
      },
      &near, 0, static_cast<std::size_t (*)(std::string_view)>(nullptr), true);
  CHECK(stopped == std::vector<std::size_t>{17});
}

TEST_CASE("lint context: rules asking with one key share state / other keys do not", "[document]") {
  const Document doc("t.txt", "Body.");
  const medlint::LintContext context(doc, nullptr, nullptr);
  int& a = context.shared_state<int>("disclaimer\nnot medical advice");
  a = 7;
  CHECK(context.shared_state<int>("disclaimer\nnot medical advice") == 7);
  CHECK(context.shared_state<int>("disclaimer in the last 3 lines\nnot medical advice") == 0);
  CHECK(&context.shared_state<int>("disclaimer\nnot medical advice") == &a);
}

TEST_CASE("case folding: ASCII words take a shortcut that folds as ICU does", "[document]") {
  // Every ASCII character, alone and inside a word, against ICU's full case folding.
  const auto icu_fold = [](const std::string& utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    text.foldCase();
    std::string out;
    return text.toUTF8String(out);
  };
  for (int c = 0; c < 0x80; ++c) {
    const std::string word = "Ab" + std::string(1, static_cast<char>(c)) + "Zy";
    CHECK(medlint::fold_case_for_test(word) == icu_fold(word));
  }
  // Not ASCII: what ICU folds, including characters that fold to ASCII letters.
  for (const std::string word : {"KETAMINE", "Straße", "\u212Aelvin", "\u017Fpun", "ΚΕΤΑΜΙΝΕ", "caf\u00C9", "A\xFF"}) {
    CHECK(medlint::fold_case_for_test(word) == icu_fold(word));
  }
  CHECK(medlint::fold_case_for_test("KETAMINE Is SAFE") == "ketamine is safe");
}

TEST_CASE("lazy regex: compiled once on first use / by whichever thread asks first", "[document]") {
  const medlint::LazyRegex lazy(medlint::phrase_to_pattern("vital signs"), true);
  std::vector<const boost::u32regex*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = &lazy.get(); });
  for (std::thread& thread : threads) thread.join();
  for (const boost::u32regex* regex : seen) CHECK(regex == seen.front());
  std::vector<medlint::TextRange> found;
  medlint::for_each_match(lazy.get(), "Check VITAL  signs; vital signals.", [&](medlint::TextRange range, const auto&) { found.push_back(range); });
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == 6);
  // A pattern that does not compile fails where it is first used, and again after that.
  const medlint::LazyRegex broken("(unclosed", false);
  CHECK_THROWS_AS(broken.get(), medlint::RegexSyntaxError);
  CHECK_THROWS_AS(broken.get(), medlint::RegexSyntaxError);
}

TEST_CASE("line-end joins: a word split by a line end is whole again / other hyphens stay", "[document]") {
  using medlint::join_line_end_hyphens;
  CHECK(join_line_end_hyphens("Blad-\nder toxicity, anti-\r\n  depressant") == "Bladder toxicity, antidepressant");
  CHECK(join_line_end_hyphens("na\xC3\xAF-\nve and cys\xC2\xADtitis") == "na\xC3\xAFve and cystitis");
  // A hyphen inside a line, before a blank line or a number, or after a digit is kept.
  const std::string kept = "long-term use\nends -\n- item\n2019-\n2020 and over-\n\nnext";
  CHECK(join_line_end_hyphens(kept) == kept);
}

TEST_CASE("line-end joins: the joined places alone with the words around them", "[document]") {
  const std::string text = "First line of a long page.\nUlcerative cys-\ntitis was seen, and pain.\nMuch later a blad\xC2\xAD" "der issue came.";
  // Two words on either side, the split word's halves among them.
  CHECK(medlint::joined_splits(text, 2) == "\nUlcerative cystitis was\na bladder issue");
  CHECK(medlint::joined_splits(text, 3) == "\npage.\nUlcerative cystitis was seen,\nlater a bladder issue came.");
  CHECK(medlint::joined_splits("No splits here - at all.\n", 2).empty());
}

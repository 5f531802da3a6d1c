// The document model: line-end normalisation with a true source map, ICU segmentation.
#include <catch2/catch.hpp>

#include "text/document.hpp"

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

TEST_CASE("words are letters and numbers, with byte offsets into UTF-8", "[document]") {
  const Document doc("t.txt", "Naïve dose: 0.5 mg/kg.");
  const auto& words = doc.words();
  std::vector<std::string> texts;
  for (const auto& w : words) texts.emplace_back(doc.text().substr(w.range.begin, w.range.size()));
  CHECK(texts == std::vector<std::string>{"Naïve", "dose", "0.5", "mg", "kg"});
  CHECK(words[2].is_number);
  CHECK_FALSE(words[0].is_number);
}

TEST_CASE("line windows map to text ranges", "[document]") {
  const Document doc("t.txt", "one\r\ntwo\r\nthree\r\nfour\r\n");
  const auto last_two = doc.text_range_of_lines(3, 4);
  CHECK(doc.text().substr(last_two.begin, last_two.size()) == "three\nfour\n");
}

// Positions: 1-based lines, code-point columns, LF/CRLF/CR line ends, no final newline.
#include <catch2/catch.hpp>

#include "text/line_index.hpp"

using medlint::LineIndex;

TEST_CASE("columns count code points / not bytes", "[line_index]") {
  const std::string text = "caf\xC3\xA9 \xF0\x9F\x98\x80 x\nsecond";  // "café 😀 x"
  const LineIndex index(text);
  CHECK(index.position(0).column == 1);
  const auto x = index.position(text.find('x'));
  CHECK(x.line == 1);
  CHECK(x.column == 8);  // c a f é space 😀 space x
  const auto s = index.position(text.find("second"));
  CHECK(s.line == 2);
  CHECK(s.column == 1);
}

TEST_CASE("CRLF and lone CR both end a line", "[line_index]") {
  const std::string text = "one\r\ntwo\rthree\nfour";
  const LineIndex index(text);
  REQUIRE(index.line_count() == 4);
  CHECK(index.position(text.find("two")).line == 2);
  CHECK(index.position(text.find("three")).line == 3);
  CHECK(index.position(text.find("four")).line == 4);
  CHECK(index.line_text(1) == "one");
  CHECK(index.line_text(2) == "two");
}

TEST_CASE("empty text and text without a final newline", "[line_index]") {
  const LineIndex empty("");
  CHECK(empty.line_count() == 1);
  CHECK(empty.position(0).line == 1);
  CHECK(empty.position(0).column == 1);
  const std::string text = "last line";
  const LineIndex index(text);
  CHECK(index.line_count() == 1);
  CHECK(index.position(text.size()).column == 10);
  CHECK(index.line_text(1) == "last line");
}

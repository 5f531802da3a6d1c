// Decoding: BOM stripping, UTF-16 by BOM, invalid UTF-8 replaced and located, binary files.
#include <catch2/catch.hpp>

#include "input/decode.hpp"

using medlint::decode_bytes;

TEST_CASE("a UTF-8 BOM is removed", "[decode]") {
  const auto decoded = decode_bytes("\xEF\xBB\xBFhello");
  CHECK(decoded.utf8 == "hello");
  CHECK_FALSE(decoded.binary);
  CHECK(decoded.replaced_offsets.empty());
}

TEST_CASE("invalid UTF-8 is replaced with U+FFFD at known offsets", "[decode]") {
  const auto decoded = decode_bytes(std::string("ok \xC3 no \xFF\xFE end", 14));
  CHECK(decoded.utf8 == "ok \xEF\xBF\xBD no \xEF\xBF\xBD\xEF\xBF\xBD end");
  REQUIRE(decoded.replaced_offsets.size() == 3);
  CHECK(decoded.replaced_offsets[0] == 3);
}

TEST_CASE("UTF-16LE with a BOM is converted", "[decode]") {
  const std::string bytes("\xFF\xFEh\0i\0\xE9\0", 8);
  const auto decoded = decode_bytes(bytes);
  CHECK(decoded.encoding == "UTF-16LE");
  CHECK(decoded.utf8 == "hi\xC3\xA9");
}

TEST_CASE("NUL bytes mark a file as binary", "[decode]") {
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  CHECK(decode_bytes(png).binary);
  CHECK_FALSE(decode_bytes("plain text").binary);
  CHECK_FALSE(decode_bytes("").binary);
}

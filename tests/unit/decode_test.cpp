// Decoding: BOM stripping, UTF-16 by BOM, invalid UTF-8 replaced and located, binary files.
#include <catch2/catch.hpp>

#include "input/decode.hpp"

using medlint::decode_bytes;
using medlint::DecodeOptions;

TEST_CASE("a UTF-8 BOM is removed", "[decode]") {
  const auto decoded = decode_bytes("\xEF\xBB\xBFhello");
  CHECK(decoded.utf8 == "hello");
  CHECK_FALSE(decoded.binary);
  CHECK(decoded.replaced_offsets.empty());
}

TEST_CASE("invalid bytes in UTF-8 text are replaced with U+FFFD at known offsets", "[decode]") {
  // Mostly well-formed UTF-8 (é, ï, —, ’) with three damaged places: stays UTF-8.
  const std::string bytes = "caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 it\xE2\x80\x99s ok \xC3 no \xFF end";
  const auto decoded = decode_bytes(bytes);
  CHECK(decoded.encoding == "UTF-8");
  REQUIRE(decoded.replaced_offsets.size() == 2);
  CHECK(decoded.utf8.substr(decoded.replaced_offsets[0], 3) == "\xEF\xBF\xBD");
  CHECK(decoded.utf8.find("caf\xC3\xA9 na\xC3\xAFve") == 0);
}

TEST_CASE("Windows-1252 text is detected with ICU and converted", "[decode]") {
  const auto decoded = decode_bytes("The caf\xE9's na\xEFve patients were told \x93not to worry\x94 \x96 it\x92s fine.");
  CHECK(decoded.encoding == "windows-1252");
  CHECK(decoded.utf8 == "The caf\xC3\xA9's na\xC3\xAFve patients were told \xE2\x80\x9Cnot to worry\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s fine.");
  CHECK(decoded.replaced_offsets.empty());
}

TEST_CASE("a forced encoding overrides detection", "[decode]") {
  DecodeOptions latin1;
  latin1.forced_encoding = "ISO-8859-1";
  CHECK(decode_bytes("na\xEFve", latin1).utf8 == "na\xC3\xAFve");
}

TEST_CASE("files of mostly control characters are binary", "[decode]") {
  std::string noise;
  for (int i = 0; i < 400; ++i) noise += static_cast<char>(1 + (i * 7) % 30);
  CHECK(decode_bytes(noise).binary);
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

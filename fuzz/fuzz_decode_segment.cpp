// Fuzz target: arbitrary bytes through decoding (BOM, UTF-16, charset detection, U+FFFD
// repair, binary detection), the plain-text Document, and ICU sentence and word breaking.
#include <cstddef>
#include <cstdint>
#include <string>

#include "input/decode.hpp"
#include "text/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace medlint;
  DecodedText decoded = decode_bytes(std::string(reinterpret_cast<const char*>(data), size));
  if (decoded.binary) return 0;
  const Document document("fuzz.txt", std::move(decoded.utf8), std::move(decoded.replaced_offsets));
  std::size_t covered = 0;
  for (const TextRange& sentence : document.sentences()) covered += sentence.size();
  for (const Word& word : document.words()) covered += word.range.size();
  (void)document.sentence_at(size / 2);
  (void)document.text_range_of_lines(1, document.line_count());
  return covered == static_cast<std::size_t>(-1);  // keeps the loops from being optimised away
}

// Turns raw bytes into the UTF-8 text the rest of medlint works on: detects binary data,
// converts UTF-16 (by BOM) and other charsets (ICU's charset detector, or --encoding),
// strips a UTF-8 BOM, and replaces ill-formed UTF-8 with U+FFFD, one replacement per
// maximal ill-formed subsequence, recording where each one is.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace medlint {

struct DecodedText {
  std::string utf8;                           ///< valid UTF-8, no BOM, line ends as in the file
  std::string encoding = "UTF-8";             ///< what the bytes were read as
  bool binary = false;                        ///< not text: skip, never lint
  std::vector<std::size_t> replaced_offsets;  ///< byte offsets in `utf8` of U+FFFD that replaced bad bytes
};

struct DecodeOptions {
  std::string forced_encoding;  ///< --encoding NAME: convert from this charset, no detection
};

[[nodiscard]] DecodedText decode_bytes(std::string bytes, const DecodeOptions& options = {});

}  // namespace medlint

// Reads the raw bytes of one input (a file or stdin). It does not interpret them:
// decoding and binary detection happen in decode.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "input/discover.hpp"

namespace medlint {

struct ReadResult {
  std::optional<std::string> bytes;  ///< empty when the input could not be read
  std::string error;                 ///< why, when bytes is empty
};

/// Reads the whole input; refuses files larger than `max_bytes` with an error.
[[nodiscard]] ReadResult read_input(const InputFile& input, std::size_t max_bytes);

}  // namespace medlint

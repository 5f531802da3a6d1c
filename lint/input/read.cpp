// Whole-file reads with a size cap, so one enormous file cannot exhaust memory.
#include "input/read.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace medlint {

namespace {

ReadResult read_stream(std::istream& in, std::size_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) return {std::nullopt, "larger than the " + std::to_string(max_bytes) + "-byte limit"};
  }
  if (in.bad()) return {std::nullopt, "read error"};
  return {std::move(bytes), {}};
}

}  // namespace

ReadResult read_input(const InputFile& input, std::size_t max_bytes) {
  if (input.is_stdin) return read_stream(std::cin, max_bytes);
  std::ifstream file(input.fs_path, std::ios::binary);
  if (!file) return {std::nullopt, std::strerror(errno)};
  return read_stream(file, max_bytes);
}

}  // namespace medlint

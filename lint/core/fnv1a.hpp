// 64-bit FNV-1a, byte by byte: the one small non-cryptographic hash the project uses for
// fingerprints, line digests and corpus word hashes (stable across runs and platforms,
// unlike std::hash).
#pragma once

#include <cstdint>
#include <string_view>

namespace medlint {

inline constexpr std::uint64_t fnv1a_offset = 14695981039346656037ull;

[[nodiscard]] constexpr std::uint64_t fnv1a_add(std::uint64_t hash, unsigned char byte) {
  return (hash ^ byte) * 1099511628211ull;
}

[[nodiscard]] constexpr std::uint64_t fnv1a_add(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) hash = fnv1a_add(hash, static_cast<unsigned char>(c));
  return hash;
}

}  // namespace medlint

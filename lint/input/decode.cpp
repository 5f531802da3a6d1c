// Decoding uses ICU: the converter API for UTF-16 and ICU's U8_NEXT for validating UTF-8
// (which yields a negative code point for each maximal ill-formed subsequence).
#include "input/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <cstring>
#include <string_view>

namespace medlint {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";
// How far into the file to look for NUL bytes when deciding that it is binary.
constexpr std::size_t binary_sniff_bytes = 8192;

bool starts_with(const std::string& bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

// Converts with an ICU converter; ill-formed input becomes U+FFFD (ICU's default substitution).
std::string convert_to_utf8(const std::string& bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t needed = ucnv_convert("UTF-8", charset, nullptr, 0, bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &status);
  std::string out(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", charset, out.data(), needed, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return {};
  return out;
}

// Returns the first offset of an ill-formed sequence, or npos when the text is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < length) {
    // ASCII fast path: most articles are mostly ASCII.
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

void repair_utf8(DecodedText& decoded) {
  const std::string& in = decoded.utf8;
  std::string out;
  out.reserve(in.size() + 16);
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const auto length = static_cast<int64_t>(in.size());
  int64_t i = 0;
  while (i < length) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      decoded.replaced_offsets.push_back(out.size());
      out.append(replacement_character);
    } else {
      out.append(in, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  decoded.utf8 = std::move(out);
}

}  // namespace

DecodedText decode_bytes(std::string bytes) {
  DecodedText decoded;
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    decoded.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    decoded.utf8 = convert_to_utf8(bytes.substr(2), decoded.encoding.c_str());
    return decoded;
  }
  if (std::memchr(bytes.data(), '\0', std::min(bytes.size(), binary_sniff_bytes)) != nullptr) {
    decoded.binary = true;
    return decoded;
  }
  if (starts_with(bytes, utf8_bom)) bytes.erase(0, utf8_bom.size());
  decoded.utf8 = std::move(bytes);
  if (first_invalid_utf8(decoded.utf8) != std::string_view::npos) repair_utf8(decoded);
  return decoded;
}

}  // namespace medlint

// Decoding uses ICU: the converter API for UTF-16 and ICU's U8_NEXT for validating UTF-8
// (which yields a negative code point for each maximal ill-formed subsequence).
#include "input/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <cstdint>
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

// Files whose first bytes are mostly control characters are not text (images, archives).
bool mostly_control(const std::string& bytes) {
  const std::size_t n = std::min(bytes.size(), binary_sniff_bytes);
  std::size_t control = 0;
  // Without branches, so the compiler counts many bytes at once.
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    control += static_cast<std::size_t>((c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f'));
  }
  return n > 0 && control * 10 > n * 3;  // more than 30 %
}

// The offset of the first byte at or after `i` that is not ASCII (or `length`), eight bytes
// at a time: articles are mostly ASCII.
int64_t skip_ascii(const uint8_t* s, int64_t i, int64_t length) {
  constexpr std::uint64_t high_bits = 0x8080808080808080ull;
  while (i + 8 <= length) {
    std::uint64_t word;
    std::memcpy(&word, s + i, sizeof word);
    if ((word & high_bits) != 0) break;
    i += 8;
  }
  while (i < length && s[i] < 0x80) ++i;
  return i;
}

// ICU's detector on bytes that are not valid UTF-8; markup is ignored while detecting.
std::string detect_charset(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  ucsdet_enableInputFilter(detector, true);
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20)), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  std::string name;
  if (U_SUCCESS(status) && match != nullptr) {
    const char* detected = ucsdet_getName(match, &status);
    const int32_t confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && detected != nullptr && confidence >= 10) name = detected;
  }
  ucsdet_close(detector);
  // ISO-8859-1 text that uses 0x80-0x9F is Windows-1252 in practice (WHATWG Encoding).
  if (name == "ISO-8859-1") name = "windows-1252";
  return name;
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

// Well-formed multi-byte and ill-formed sequences: a UTF-8 file damaged in a few places
// has many more of the first than the second; a Windows-1252 file has none of the first.
std::pair<std::size_t, std::size_t> count_utf8_sequences(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  std::size_t good = 0, bad = 0;
  for (int64_t i = skip_ascii(s, 0, length); i < length; i = skip_ascii(s, i, length)) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) ++bad;
    else ++good;
  }
  return {good, bad};
}

// Returns the first offset of an ill-formed sequence, or npos when the text is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  for (int64_t i = skip_ascii(s, 0, length); i < length; i = skip_ascii(s, i, length)) {
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

DecodedText decode_bytes(std::string bytes, const DecodeOptions& options) {
  DecodedText decoded;
  if (!options.forced_encoding.empty()) {
    decoded.encoding = options.forced_encoding;
    decoded.utf8 = convert_to_utf8(bytes, options.forced_encoding.c_str());
    if (starts_with(decoded.utf8, utf8_bom)) decoded.utf8.erase(0, utf8_bom.size());
    if (first_invalid_utf8(decoded.utf8) != std::string_view::npos) repair_utf8(decoded);
    return decoded;
  }
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    decoded.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    decoded.utf8 = convert_to_utf8(bytes.substr(2), decoded.encoding.c_str());
    return decoded;
  }
  if (std::memchr(bytes.data(), '\0', std::min(bytes.size(), binary_sniff_bytes)) != nullptr || mostly_control(bytes)) {
    decoded.binary = true;
    return decoded;
  }
  if (starts_with(bytes, utf8_bom)) bytes.erase(0, utf8_bom.size());
  const auto [well_formed, ill_formed] = count_utf8_sequences(bytes);
  if (ill_formed > 0 && well_formed < ill_formed) {
    // Not UTF-8: ask ICU which charset it is. If it is unsure, or says UTF-8 after all,
    // keep UTF-8 and replace the bad sequences so they are reported where they are.
    const std::string charset = detect_charset(bytes);
    if (!charset.empty() && charset != "UTF-8") {
      std::string converted = convert_to_utf8(bytes, charset.c_str());
      if (!converted.empty()) {
        decoded.encoding = charset;
        decoded.utf8 = std::move(converted);
        if (first_invalid_utf8(decoded.utf8) != std::string_view::npos) repair_utf8(decoded);
        return decoded;
      }
    }
  }
  decoded.utf8 = std::move(bytes);
  if (ill_formed > 0) repair_utf8(decoded);
  return decoded;
}

}  // namespace medlint

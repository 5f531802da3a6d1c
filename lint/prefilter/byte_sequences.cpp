// Two table look-ups settle most bytes before any comparison: most bytes start no sequence.
#include "prefilter/byte_sequences.hpp"

namespace medlint {

namespace {

std::size_t byte_pair(std::string_view s, std::size_t i) {
  return static_cast<std::size_t>(static_cast<unsigned char>(s[i])) << 8 | static_cast<unsigned char>(s[i + 1]);
}

}  // namespace

ByteSequences::ByteSequences(const std::vector<std::string>& sequences) {
  std::vector<PrefilterLiteral> literals;
  for (const std::string& sequence : sequences) {
    if (sequence.empty()) continue;
    by_first_byte_[static_cast<unsigned char>(sequence.front())].push_back(sequence);
    if (sequence.size() == 1) {
      single_byte_[static_cast<unsigned char>(sequence.front())] = true;
    } else {
      first_two_bytes_[byte_pair(sequence, 0)] = true;
    }
    literals.push_back({sequence, false});
  }
  set_prefilter_literals(std::move(literals));
}

bool ByteSequences::starts_at(std::string_view text, std::size_t offset) const {
  if (single_byte_[static_cast<unsigned char>(text[offset])]) return true;
  if (offset + 1 >= text.size() || !first_two_bytes_[byte_pair(text, offset)]) return false;
  for (const std::string& sequence : by_first_byte_[static_cast<unsigned char>(text[offset])]) {
    if (text.compare(offset, sequence.size(), sequence) == 0) return true;
  }
  return false;
}

}  // namespace medlint

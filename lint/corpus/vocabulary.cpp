#include "corpus/vocabulary.hpp"

namespace medlint {

std::string_view Vocabulary::key(std::uint32_t id) const {
  const std::size_t begin = id == 0 ? 0 : key_ends_[id - 1];
  return std::string_view(keys_).substr(begin, key_ends_[id] - begin);
}

std::uint32_t Vocabulary::intern(std::string_view key_text, std::uint64_t hash, std::string&& spelled) {
  if ((spelled_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    Slot& slot = slots_[at];
    if (slot.id == no_id) {
      slot = {hash, static_cast<std::uint32_t>(spelled_.size())};
      keys_.append(key_text);
      key_ends_.push_back(keys_.size());
      spelled_.push_back(std::move(spelled));
      return slot.id;
    }
    if (slot.hash == hash && key(slot.id) == key_text) return slot.id;
  }
}

void Vocabulary::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == no_id) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].id != no_id) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

}  // namespace medlint

// A map from words to values, for the lookups done once per word of a text: the phrase
// walks' first and anchor words (filled when a matcher is built, then only read) and the
// dictionary answers each thread remembers. Open addressing over a power-of-two table, with
// each key's hash beside it, usually settles a lookup at its first slot without touching key
// bytes or chasing a node pointer (std::unordered_map did both; its lookups were a tenth of
// a pipeline pass).
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/fnv1a.hpp"

namespace medlint {

template <class Value>
class WordKeyTable {
 public:
  /// The value of `key`, default-constructed when the key is new.
  Value& operator[](std::string_view key) {
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = fnv1a_add(fnv1a_offset, key);
    Slot& slot = slots_[probe(key, hash)];
    if (slot.length == free_slot) {
      slot = {hash, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size()),
              static_cast<std::uint32_t>(values_.size())};
      keys_.append(key);
      values_.emplace_back();
    }
    return values_[slot.value];
  }

  /// The value of `key`, or nullptr.
  [[nodiscard]] const Value* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[probe(key, fnv1a_add(fnv1a_offset, key))];
    return slot.length == free_slot ? nullptr : &values_[slot.value];
  }
  [[nodiscard]] bool contains(std::string_view key) const { return find(key) != nullptr; }
  [[nodiscard]] std::size_t size() const { return values_.size(); }
  [[nodiscard]] bool empty() const { return values_.empty(); }
  void clear() { *this = WordKeyTable(); }

 private:
  static constexpr std::uint32_t free_slot = ~std::uint32_t{0};
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key = 0;
    std::uint32_t length = free_slot;
    std::uint32_t value = 0;
  };

  // The slot holding `key`, or the free slot where it would go.
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.length == free_slot) return at;
      if (slot.hash == hash && std::string_view(keys_).substr(slot.key, slot.length) == key) return at;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::bit_ceil(std::max<std::size_t>(16, old.size() * 2)), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == free_slot) continue;
      std::size_t at = static_cast<std::size_t>(slot.hash) & mask;
      while (slots_[at].length != free_slot) at = (at + 1) & mask;
      slots_[at] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;  // every key's bytes, one after another
  std::vector<Value> values_;
};

}  // namespace medlint

// The distinct words of a corpus pass, each given an id in order of first appearance. The
// pass looks up every word of every page once; in a node-based hash map each lookup cost a
// cache miss per node and a division per probe, a seventh of a 100 MB run. Here: an
// open-addressing table of (hash, id) pairs, probed linearly, over one arena of the words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

class Vocabulary {
 public:
  /// The id of `key`, whose well-mixed 64-bit hash the caller gives (the corpus pass has it
  /// from the signature); a new word takes the next id and keeps `spelled` as its spelling.
  std::uint32_t intern(std::string_view key, std::uint64_t hash, std::string&& spelled);
  [[nodiscard]] const std::string& spelled(std::uint32_t id) const { return spelled_[id]; }
  [[nodiscard]] std::size_t size() const { return spelled_.size(); }

 private:
  static constexpr std::uint32_t no_id = ~std::uint32_t{0};
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = no_id;
  };
  [[nodiscard]] std::string_view key(std::uint32_t id) const;
  void grow();

  std::vector<Slot> slots_;           // a power of two long, at most half full
  std::string keys_;                  // every word's key, end to end
  std::vector<std::size_t> key_ends_;  // where each id's key ends in keys_
  std::vector<std::string> spelled_;
};

}  // namespace medlint

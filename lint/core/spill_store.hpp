// An append-only byte store that keeps its first bytes in memory and the rest in an
// unnamed temporary file, so what a run must hold until its end (the corpus pass's word
// sequences and held reports) costs a bounded amount of memory however large the corpus.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace medlint {

class SpillStore {
 public:
  /// Where appended bytes were put.
  struct Span {
    std::size_t offset = 0;
    std::size_t size = 0;
  };

  /// The memory budget of the stores a run keeps (corpus-pass word ids, held reports).
  static constexpr std::size_t default_memory_limit = std::size_t{16} << 20;

  /// Up to `memory_limit` bytes stay in memory; later appends go to a temporary file (in
  /// $TMPDIR, deleted when the store is destroyed or the process ends).
  explicit SpillStore(std::size_t memory_limit = default_memory_limit) : memory_limit_(memory_limit) {}
  ~SpillStore();
  SpillStore(const SpillStore&) = delete;
  SpillStore& operator=(const SpillStore&) = delete;

  /// Appends `bytes`; one thread at a time, and not while another thread reads. Throws
  /// MedlintError when the temporary file cannot be created or written (disk full).
  Span append(std::string_view bytes);
  /// The bytes of `span`, as appended; safe from several threads at once.
  [[nodiscard]] std::string read(Span span) const;
  /// The same, copied to `out` (span.size bytes).
  void read_into(Span span, void* out) const;

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::size_t bytes_in_memory() const { return memory_.size(); }
  [[nodiscard]] bool spilled() const { return file_ != nullptr; }

 private:
  std::size_t memory_limit_;
  std::string memory_;           // bytes [0, memory_.size())
  std::FILE* file_ = nullptr;    // bytes [memory_.size(), size_), at file offset minus that
  std::size_t size_ = 0;
};

}  // namespace medlint

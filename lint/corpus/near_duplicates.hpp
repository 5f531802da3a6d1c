// The corpus pass: finds families of templated pages (one text with a slot such as the
// condition name swapped) and near-copies (the same text, possibly re-spun) among all files
// of one run. Each document is kept only as word ids (an interned vocabulary), never as text,
// and beyond a memory budget those ids wait in a temporary file (SpillStore) until compared.
// Candidates come from MinHash signatures with locality-sensitive hashing (no all-pairs
// comparison); an alignment of the word sequences confirms them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/spill_store.hpp"
#include "corpus/vocabulary.hpp"

namespace medlint {

struct NearDuplicateOptions {
  std::size_t shingle_words = 3;
  std::size_t bands = 32;            ///< LSH bands of `rows` MinHash values each
  std::size_t rows = 4;
  double template_containment = 0.8;  ///< aligned share of the shorter page once slots are removed
  std::size_t min_slot_repeats = 2;   ///< a substitution seen this often is a template slot
  double near_copy_similarity = 0.6;  ///< 2·aligned / (length of both pages)
  std::size_t max_words = 4000;       ///< longer documents are compared on their first words
  std::size_t min_words = 40;         ///< shorter documents are not compared
  std::size_t words_in_memory = SpillStore::default_memory_limit;  ///< bytes of word ids held in memory; more spill to a file
};

struct DuplicateCluster {
  bool is_template = false;
  std::vector<std::size_t> members;   ///< document indices, ascending
  std::vector<std::string> slots;     ///< per member (parallel): what its slot says ("Liver Cancer")
};

/// A document's words folded for comparison, and its MinHash signature: what the corpus
/// pass needs from one document, computed without the other documents (so on any thread).
struct CorpusDocument {
  std::vector<std::string> spelled;  ///< the words as written (slot values are reported so)
  std::vector<std::string> keys;     ///< case-folded, compared
  std::vector<std::uint64_t> hashes;  ///< each key's hash (the vocabulary's too)
  std::vector<std::uint32_t> signature;
};

class NearDuplicateFinder {
 public:
  explicit NearDuplicateFinder(NearDuplicateOptions options = {});

  /// Folds and signs a document's words; thread-safe (reads only the options).
  [[nodiscard]] CorpusDocument prepare(const std::vector<std::string>& words) const;
  /// Adds document `index` (any order); words are compared case-insensitively and slot
  /// values are reported as first spelled, with the first letter's case of the page they
  /// come from. Calls must come from one thread.
  void add(std::size_t index, CorpusDocument document);
  void add(std::size_t index, const std::vector<std::string>& words) { add(index, prepare(words)); }
  /// Candidate pairs are aligned on `jobs` threads; the result does not depend on `jobs`.
  [[nodiscard]] std::vector<DuplicateCluster> clusters(std::size_t jobs = 1) const;
  [[nodiscard]] std::size_t documents() const { return docs_.size(); }
  /// Whether word ids went to the temporary file (the memory budget was reached).
  [[nodiscard]] bool spilled() const { return words_->spilled(); }

 private:
  // What stays in memory per document: where its word ids are, and (in band_keys_) its LSH
  // band keys. Nothing per document is a heap block of its own: a run over many files keeps
  // a few large arrays rather than pinning pages of a heap the linting churns through.
  struct Doc {
    std::size_t index;
    SpillStore::Span words;  // word ids, 4 bytes each, with capital_bit where the page capitalises the word
    std::size_t word_count;
  };
  static constexpr std::uint32_t capital_bit = 1u << 31;  // above any vocabulary id
  struct Comparison {
    bool duplicate = false;
    bool is_template = false;
    std::string slot_a, slot_b;  // the most frequent substitution, when a template
  };
  [[nodiscard]] Comparison compare(const Doc& a, const Doc& b) const;
  [[nodiscard]] std::vector<std::uint32_t> words_of(const Doc& doc) const;
  [[nodiscard]] std::string words_text(const std::vector<std::uint32_t>& words, std::size_t begin, std::size_t end) const;

  NearDuplicateOptions options_;
  // The MinHash functions, a·x + b (mod 2^32) over a shingle's 32-bit hash x: a odd (so each
  // function permutes the hashes), a and b drawn from a fixed seed.
  std::vector<std::uint32_t> hash_multipliers_, hash_offsets_;
  std::vector<Doc> docs_;
  std::vector<std::uint64_t> band_keys_;  // bands per document, in docs_ order
  std::unique_ptr<SpillStore> words_;
  Vocabulary vocabulary_;  // folded word → id; id → the word as first seen
};

}  // namespace medlint

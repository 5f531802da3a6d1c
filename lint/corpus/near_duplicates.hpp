// The corpus pass: finds families of templated pages (one text with a slot such as the
// condition name swapped) and near-copies (the same text, possibly re-spun) among all files
// of one run. Each document is kept only as word ids (an interned vocabulary), never as text.
// Candidates come from MinHash signatures with locality-sensitive hashing (no all-pairs
// comparison); an alignment of the word sequences confirms them.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

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
  std::vector<std::uint64_t> signature;
};

class NearDuplicateFinder {
 public:
  explicit NearDuplicateFinder(NearDuplicateOptions options = {}) : options_(options) {}

  /// Folds and signs a document's words; thread-safe (reads only the options).
  [[nodiscard]] CorpusDocument prepare(const std::vector<std::string>& words) const;
  /// Adds document `index` (any order); words are compared case-insensitively and slot
  /// values are reported as first spelled. Calls must come from one thread.
  void add(std::size_t index, CorpusDocument document);
  void add(std::size_t index, const std::vector<std::string>& words) { add(index, prepare(words)); }
  /// Candidate pairs are aligned on `jobs` threads; the result does not depend on `jobs`.
  [[nodiscard]] std::vector<DuplicateCluster> clusters(std::size_t jobs = 1) const;
  [[nodiscard]] std::size_t documents() const { return docs_.size(); }

 private:
  struct Doc {
    std::size_t index;
    std::vector<std::uint32_t> words;
    std::vector<std::uint64_t> signature;
  };
  struct Comparison {
    bool duplicate = false;
    bool is_template = false;
    std::string slot_a, slot_b;  // the most frequent substitution, when a template
  };
  [[nodiscard]] Comparison compare(const Doc& a, const Doc& b) const;
  [[nodiscard]] std::string words_text(const std::vector<std::uint32_t>& words, std::size_t begin, std::size_t end) const;

  NearDuplicateOptions options_;
  std::vector<Doc> docs_;
  std::unordered_map<std::string, std::uint32_t> vocabulary_;
  std::vector<std::string> spelled_;  // id → the word as first seen
};

}  // namespace medlint

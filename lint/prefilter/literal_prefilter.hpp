// One pass over the text for every literal-anchored matcher of a run. Matchers (phrase lists,
// regexes) are PrefilterClients: each names literals, at least one of which occurs in any
// text it can match, or (regexes) a Vectorscan pattern matching at least where it matches. The Engine compiles all clients' literals into one
// Vectorscan database, scans each document once, and publishes the hits for the thread
// (PrefilterHits::Scope); a client then only looks where its literals occur. A client with
// no hits is skipped; a client the current scan does not know scans the whole text itself.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <memory>
#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "prefilter/superset_pattern.hpp"

struct hs_scratch;  // Vectorscan's scratch space (hs_runtime.h)

namespace medlint {

struct PrefilterLiteral {
  std::string text;       ///< bytes; ASCII letters only when `caseless`
  bool caseless = false;  ///< ASCII case-insensitive
  /// Only hits with no ASCII letter, digit or '_' right before or after count: the client
  /// looks for the literal as a whole word ("own" in "known" is no hit).
  bool whole_word = false;
};

/// Something that can use the prefilter: its literals, or none when it has no usable ones.
class PrefilterClient {
 public:
  virtual ~PrefilterClient() = default;
  /// Empty: no usable literal.
  [[nodiscard]] const std::vector<PrefilterLiteral>& prefilter_literals() const { return literals_; }
  /// A pattern used instead of the literals: its hits are offsets inside candidate matches.
  [[nodiscard]] const std::optional<SupersetPattern>& prefilter_pattern() const { return pattern_; }
  /// Neither literals nor a pattern: the client always scans the whole text.
  [[nodiscard]] bool prefiltered() const { return pattern_ || !literals_.empty(); }

 protected:
  void set_prefilter_literals(std::vector<PrefilterLiteral> literals) { literals_ = std::move(literals); }
  /// Keeps `pattern` only when Vectorscan compiles it on its own (and it cannot match empty).
  void set_prefilter_pattern(std::optional<SupersetPattern> pattern);

 private:
  std::vector<PrefilterLiteral> literals_;
  std::optional<SupersetPattern> pattern_;
};

class LiteralPrefilter;

/// Offsets into a scanned text, sorted.
using HitOffsets = std::span<const std::uint32_t>;

/// The result of one scan: for each client, the sorted start offsets of its literals.
class PrefilterHits {
 public:
  /// Offsets (into the scanned text) where one of `client`'s literals starts, sorted; none
  /// when the client must scan the text itself (not compiled in, or no usable literal).
  [[nodiscard]] std::optional<HitOffsets> starts(const PrefilterClient& client, std::string_view text_within,
                                                 std::size_t& base_offset) const;
  [[nodiscard]] std::string_view text() const { return text_; }

  /// Makes `hits` the current scan of this thread while the scope lives.
  class Scope {
   public:
    explicit Scope(const PrefilterHits* hits);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    const PrefilterHits* previous_;
  };
  [[nodiscard]] static const PrefilterHits* current();

 private:
  friend class LiteralPrefilter;
  const LiteralPrefilter* owner_ = nullptr;
  std::string_view text_;
  // Every client's offsets in one array (a handful of allocations per document instead of
  // one per client): client k's are offsets_[ranges_[k].first, + ranges_[k].second).
  std::vector<std::uint32_t> offsets_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;  // per client index
  static constexpr std::uint32_t dense = UINT32_MAX;  // a range's length: hits too dense to keep (scan in full)
  bool case_exotic_ = false;  // the text has characters that case-fold to ASCII letters
};

class LiteralPrefilter {
 public:
  /// Compiles the literals of `clients` (duplicates ignored); clients with none are left out.
  explicit LiteralPrefilter(const std::vector<const PrefilterClient*>& clients);
  ~LiteralPrefilter();
  LiteralPrefilter(const LiteralPrefilter&) = delete;
  LiteralPrefilter& operator=(const LiteralPrefilter&) = delete;

  [[nodiscard]] PrefilterHits scan(std::string_view text) const;
  /// Distinct literals compiled (shared ones once).
  [[nodiscard]] std::size_t literal_count() const { return literal_count_; }
  [[nodiscard]] std::size_t client_count() const { return client_index_.size(); }

 private:
  friend class PrefilterHits;
  struct Database;
  /// This thread's Vectorscan scratch for this prefilter's databases.
  [[nodiscard]] hs_scratch* thread_scratch() const;
  std::unique_ptr<Database> database_;
  std::uint64_t id_;  // which prefilter a thread's Vectorscan scratch was last sized for
  std::unordered_map<const PrefilterClient*, std::size_t> client_index_;
  std::vector<bool> client_caseless_;
  enum class Role : std::uint8_t { whole, head, tail };  // what a match is to its client
  struct Target {
    std::uint32_t client;  // client index, or the exotic-character marker
    std::uint32_t back;    // from a match's end back to the offset reported
    Role role = Role::whole;
    bool whole_word = false;  // a literal whose hits inside a longer word are dropped
  };
  std::unordered_map<std::uint32_t, std::array<bool, 256>> split_gaps_;  // client index → the bytes its split gap excludes
  std::vector<std::vector<Target>> targets_;  // per Vectorscan id
  std::size_t literal_count_ = 0;
};

}  // namespace medlint

// An English word list (hunspell with Debian's en_US dictionary) used to tell common
// words from names: "Secure" is a capitalised common word because hunspell accepts
// "secure"; "Ketamine" or "Monday" are not, because it rejects "ketamine" and "monday".
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

class Hunspell;

namespace medlint {

class Lexicon {
 public:
  /// Opens NAME.aff/NAME.dic from $MEDLINT_HUNSPELL_DIR or /usr/share/hunspell.
  /// Throws std::runtime_error naming the files when they are missing.
  explicit Lexicon(const std::string& name);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  /// Whether the dictionary accepts `word` exactly as written.
  [[nodiscard]] bool accepts(std::string_view word) const;

  /// A shared instance per dictionary name, opened on first use.
  [[nodiscard]] static std::shared_ptr<const Lexicon> shared(const std::string& name);

 private:
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;  // Hunspell keeps per-call state; calls are serialised
  std::uint64_t id_;          // names this lexicon's answers in each thread's cache (never reused)
};

}  // namespace medlint

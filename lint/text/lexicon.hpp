// An English word list (hunspell with Debian's en_US dictionary) used to tell common
// words from names: "Secure" is a capitalised common word because hunspell accepts
// "secure"; "Ketamine" or "Monday" are not, because it rejects "ketamine" and "monday".
#pragma once

#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

class Hunspell;

namespace medlint {

class Lexicon {
 public:
  /// Opens NAME.aff/NAME.dic from $MEDLINT_HUNSPELL_DIR or /usr/share/hunspell.
  /// Throws std::runtime_error naming the files when they are missing. The dictionary is
  /// read on a thread of its own while the caller goes on (reading it is a third of the
  /// instructions of linting one article); the first look-up waits for it.
  explicit Lexicon(const std::string& name);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  /// Whether the dictionary accepts `word` exactly as written.
  [[nodiscard]] bool accepts(std::string_view word) const;

  /// Whether the dictionary lists `word`, as capitalised, as an entry of its own (a name or
  /// a proper adjective: "Danish", "Turkey", "China"), and not only as a common word written
  /// with a capital ("Secure" is "secure").
  [[nodiscard]] bool lists_capitalised(std::string_view word) const;

  /// A shared instance per dictionary name, opened on first use and kept until the process ends.
  [[nodiscard]] static std::shared_ptr<const Lexicon> shared(const std::string& name);

 private:
  enum class Question : std::uint8_t { accepts = 0, lists_capitalised = 1 };
  /// This thread's remembered answer to `question` for `word`, else `ask(hunspell, word)`.
  template <class Ask>
  bool remembered(Question question, std::string_view word, Ask ask) const;

  mutable std::future<std::unique_ptr<Hunspell>> loading_;  // until the first look-up
  mutable std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex mutex_;  // Hunspell keeps per-call state; calls are serialised
  std::uint64_t id_;          // names this lexicon's answers in each thread's cache (never reused)
};

}  // namespace medlint

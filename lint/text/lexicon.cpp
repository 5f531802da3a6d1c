// Dictionary files are looked up once; instances are shared across rules and threads.
#include "text/lexicon.hpp"

#include "text/word_key_table.hpp"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace medlint {

namespace {

std::atomic<std::uint64_t> next_lexicon_id{0};

using Answers = WordKeyTable<char>;  // char, not bool: its values sit in a std::vector

}  // namespace

Lexicon::Lexicon(const std::string& name) : id_(next_lexicon_id.fetch_add(1) + 1) {
  const char* env = std::getenv("MEDLINT_HUNSPELL_DIR");
  const std::filesystem::path dir = env ? env : "/usr/share/hunspell";
  const auto aff = dir / (name + ".aff");
  const auto dic = dir / (name + ".dic");
  if (!std::filesystem::exists(aff) || !std::filesystem::exists(dic)) {
    throw std::runtime_error("hunspell dictionary '" + name + "' not found in " + dir.string() +
                             " (install the hunspell-en-us package, or set MEDLINT_HUNSPELL_DIR)");
  }
  auto open = [aff, dic] { return std::make_unique<Hunspell>(aff.c_str(), dic.c_str()); };
  try {
    loading_ = std::async(std::launch::async, open);
  } catch (const std::system_error&) {  // no thread to be had: read it here
    hunspell_ = open();
  }
}

Lexicon::~Lexicon() = default;

// Articles repeat their words, and a hunspell lookup costs microseconds behind a lock shared
// by every job: each thread remembers its answers per lexicon and question (up to a bound,
// then starts afresh).
template <class Ask>
bool Lexicon::remembered(Question question, std::string_view word, Ask ask) const {
  thread_local std::unordered_map<std::uint64_t, Answers> answers;
  thread_local std::uint64_t last_key = 0;
  thread_local Answers* last = nullptr;
  const std::uint64_t key = id_ * 2 + static_cast<std::uint64_t>(question);  // ids start at 1: never 0
  if (last_key != key || last == nullptr) {
    last = &answers[key];
    last_key = key;
  }
  Answers& known = *last;
  if (const char* found = known.find(word)) return *found != 0;
  const std::string asked(word);
  bool answer = false;
  {
    std::lock_guard lock(mutex_);
    if (!hunspell_) hunspell_ = loading_.get();
    answer = ask(*hunspell_, asked);
  }
  if (known.size() >= (std::size_t{1} << 16)) known.clear();
  known[word] = answer ? 1 : 0;
  return answer;
}

bool Lexicon::accepts(std::string_view word) const {
  return remembered(Question::accepts, word, [](Hunspell& hunspell, const std::string& w) { return hunspell.spell(w); });
}

bool Lexicon::lists_capitalised(std::string_view word) const {
  return remembered(Question::lists_capitalised, word, [](Hunspell& hunspell, const std::string& w) {
    // Hunspell stems "Danish" to both "danish" and "Danish"; "Secure" only to "secure".
    const std::vector<std::string> stems = hunspell.stem(w);
    return std::any_of(stems.begin(), stems.end(), [](const std::string& stem) {
      return !stem.empty() && std::isupper(static_cast<unsigned char>(stem.front())) != 0;
    });
  });
}

// Kept for the life of the process, never destroyed: freeing a dictionary's hundreds of
// thousands of small blocks at exit cost a tenth of a one-article run. Still reachable from
// here, so leak checkers do not count it.
std::shared_ptr<const Lexicon> Lexicon::shared(const std::string& name) {
  static std::mutex mutex;
  static auto* const opened = new std::map<std::string, std::shared_ptr<const Lexicon>>();
  std::lock_guard lock(mutex);
  std::shared_ptr<const Lexicon>& lexicon = (*opened)[name];
  if (!lexicon) lexicon = std::make_shared<const Lexicon>(name);
  return lexicon;
}

}  // namespace medlint

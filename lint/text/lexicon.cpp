// Dictionary files are looked up once; instances are shared across rules and threads.
#include "text/lexicon.hpp"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace medlint {

Lexicon::Lexicon(const std::string& name) {
  const char* env = std::getenv("MEDLINT_HUNSPELL_DIR");
  const std::filesystem::path dir = env ? env : "/usr/share/hunspell";
  const auto aff = dir / (name + ".aff");
  const auto dic = dir / (name + ".dic");
  if (!std::filesystem::exists(aff) || !std::filesystem::exists(dic)) {
    throw std::runtime_error("hunspell dictionary '" + name + "' not found in " + dir.string() +
                             " (install the hunspell-en-us package, or set MEDLINT_HUNSPELL_DIR)");
  }
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

Lexicon::~Lexicon() = default;

bool Lexicon::accepts(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return hunspell_->spell(std::string(word));
}

std::shared_ptr<const Lexicon> Lexicon::shared(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const Lexicon>> cache;
  std::lock_guard lock(mutex);
  if (auto existing = cache[name].lock()) return existing;
  auto created = std::make_shared<const Lexicon>(name);
  cache[name] = created;
  return created;
}

}  // namespace medlint

// Vectorscan's literal API (hs_compile_lit_multi) takes the byte strings as they are, so no
// escaping is needed and NUL bytes are fine. Scratch space is per thread, grown to fit.
#include "prefilter/literal_prefilter.hpp"

#include <hs/hs.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace medlint {

namespace {

constexpr std::uint32_t case_exotic_marker = std::numeric_limits<std::uint32_t>::max();

// Characters outside ASCII that Boost's and ICU's case-insensitive matching fold to an
// ASCII letter: K (U+212A KELVIN SIGN) to k and ſ (U+017F LONG S) to s. A text holding one
// could match a caseless phrase without containing its ASCII literal.
constexpr const char* case_exotic_characters[] = {"\xE2\x84\xAA", "\xC5\xBF"};

thread_local const PrefilterHits* current_hits = nullptr;

}  // namespace

struct LiteralPrefilter::Database {
  hs_database_t* database = nullptr;
  ~Database() { hs_free_database(database); }
};

LiteralPrefilter::LiteralPrefilter(const std::vector<const PrefilterClient*>& clients) : database_(std::make_unique<Database>()) {
  std::vector<std::string> texts;
  std::vector<unsigned> flags;
  for (const PrefilterClient* client : clients) {
    if (client == nullptr || client->prefilter_literals().empty() || client_index_.count(client)) continue;
    const auto index = static_cast<std::uint32_t>(client_index_.size());
    client_index_.emplace(client, index);
    bool caseless = false;
    for (const PrefilterLiteral& literal : client->prefilter_literals()) {
      if (literal.text.empty()) throw std::logic_error("empty prefilter literal");
      texts.push_back(literal.text);
      flags.push_back(literal.caseless ? HS_FLAG_CASELESS : 0);
      literal_client_.push_back(index);
      literal_length_.push_back(static_cast<std::uint32_t>(literal.text.size()));
      caseless = caseless || literal.caseless;
    }
    client_caseless_.push_back(caseless);
  }
  if (texts.empty()) return;
  for (const char* exotic : case_exotic_characters) {
    texts.emplace_back(exotic);
    flags.push_back(0);
    literal_client_.push_back(case_exotic_marker);
    literal_length_.push_back(static_cast<std::uint32_t>(texts.back().size()));
  }
  std::vector<const char*> pointers;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    pointers.push_back(texts[i].data());
    lengths.push_back(texts[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(), static_cast<unsigned>(texts.size()),
                           HS_MODE_BLOCK, nullptr, &database_->database, &error) != HS_SUCCESS) {
    const std::string message = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("Vectorscan could not compile the rule literals: " + message);
  }
}

LiteralPrefilter::~LiteralPrefilter() = default;

PrefilterHits LiteralPrefilter::scan(std::string_view text) const {
  PrefilterHits hits;
  hits.owner_ = this;
  hits.text_ = text;
  hits.starts_.resize(client_index_.size());
  if (database_->database == nullptr || text.empty()) return hits;
  // One scratch per thread, grown to fit every database it has served.
  thread_local struct Scratch {
    hs_scratch_t* scratch = nullptr;
    ~Scratch() { hs_free_scratch(scratch); }
  } scratch;
  if (hs_alloc_scratch(database_->database, &scratch.scratch) != HS_SUCCESS) throw std::bad_alloc();
  struct Context {
    const LiteralPrefilter* self;
    PrefilterHits* hits;
  } context{this, &hits};
  const auto on_match = [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* data) -> int {
    auto* c = static_cast<Context*>(data);
    const std::uint32_t client = c->self->literal_client_[id];
    if (client == case_exotic_marker) {
      c->hits->case_exotic_ = true;
    } else {
      c->hits->starts_[client].push_back(static_cast<std::uint32_t>(to - c->self->literal_length_[id]));
    }
    return 0;
  };
  // Documents are capped far below 4 GiB (the reliability limit), so the length fits.
  if (hs_scan(database_->database, text.data(), static_cast<unsigned>(text.size()), 0, scratch.scratch, on_match, &context) !=
      HS_SUCCESS) {
    throw std::runtime_error("Vectorscan scan failed");
  }
  for (auto& starts : hits.starts_) {
    if (starts.size() < 2) continue;
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  }
  return hits;
}

const std::vector<std::uint32_t>* PrefilterHits::starts(const PrefilterClient& client, std::string_view text_within,
                                                        std::size_t& base_offset) const {
  if (owner_ == nullptr) return nullptr;
  const auto found = owner_->client_index_.find(&client);
  if (found == owner_->client_index_.end()) return nullptr;
  if (case_exotic_ && owner_->client_caseless_[found->second]) return nullptr;
  // Only texts that are part of the scanned text can use its offsets.
  const auto begin = reinterpret_cast<std::uintptr_t>(text_.data());
  const auto within = reinterpret_cast<std::uintptr_t>(text_within.data());
  if (within < begin || within + text_within.size() > begin + text_.size()) return nullptr;
  base_offset = within - begin;
  return &starts_[found->second];
}

PrefilterHits::Scope::Scope(const PrefilterHits* hits) : previous_(current_hits) { current_hits = hits; }
PrefilterHits::Scope::~Scope() { current_hits = previous_; }
const PrefilterHits* PrefilterHits::current() { return current_hits; }

}  // namespace medlint

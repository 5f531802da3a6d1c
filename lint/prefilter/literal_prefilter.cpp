// Vectorscan's literal API (hs_compile_lit_multi) takes the byte strings as they are, so no
// escaping is needed and NUL bytes are fine. Scratch space is per thread, grown to fit.
#include "prefilter/literal_prefilter.hpp"

#include "prefilter/compile_cache.hpp"
#include "prefilter/pattern_check.hpp"

#include <hs/hs.h>

#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iterator>

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

// Whether an ASCII word character (letter, digit, '_') lies right before `begin` or at `end`:
// the bytes there are then part of a longer word. A byte beyond ASCII may be a letter too,
// but telling needs decoding, so such hits are kept.
bool touches_word(std::string_view text, std::size_t begin, std::size_t end) {
  const auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; };
  return (begin > 0 && is_word(text[begin - 1])) || (end < text.size() && is_word(text[end]));
}

std::atomic<std::uint64_t> next_prefilter_id{0};

}  // namespace

struct LiteralPrefilter::Database {
  hs_database_t* literals = nullptr;  // hs_compile_lit_multi: the fast literal matchers
  hs_database_t* patterns = nullptr;  // hs_compile_multi: superset patterns of regexes
  ~Database() {
    hs_free_database(literals);
    hs_free_database(patterns);
  }
};

void PrefilterClient::set_prefilter_pattern(std::optional<SupersetPattern> pattern) {
  pattern_.reset();
  if (!pattern) return;
  // Parsing only (compiling is the Engine's job, once for all patterns): the pattern must be
  // one Vectorscan accepts and must not match the empty string.
  const unsigned flags = pattern->caseless ? HS_FLAG_CASELESS : 0;
  const auto usable = [flags](const std::string& expression) { return vectorscan_accepts_non_empty(expression, flags); };
  // A leading ^ translates to a consumed byte; Boost's match, without it, must still be
  // non-empty, so that a candidate's last byte lies in the match and its paragraph.
  if (!usable(pattern->expression.substr(pattern->line_start_prefix))) return;
  if (pattern->split && !(usable(pattern->split->head) && usable(pattern->split->tail))) pattern->split.reset();
  pattern_ = std::move(pattern);
}

namespace {

// Compiled databases are cached on disk (Vectorscan serialises them), keyed by a hash of
// everything that goes into one, so a run with the same rules starts in milliseconds.
std::uint64_t cache_key(bool literal_api, const std::vector<std::string>& expressions, const std::vector<unsigned>& flags, unsigned first_id) {
  std::uint64_t hash = 1469598103934665603ull;
  auto mix = [&](std::string_view bytes) {
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    hash = (hash ^ 0xFF) * 1099511628211ull;  // separator
  };
  mix(hs_version());
  mix(literal_api ? "literal" : "pattern");
  mix(std::to_string(first_id));
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    mix(expressions[i]);
    mix(std::to_string(flags[i]));
  }
  return hash;
}

hs_database_t* load_cached(const std::filesystem::path& file) {
  const std::optional<std::string> bytes = read_cache_file(file);
  if (!bytes) return nullptr;
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(bytes->data(), bytes->size(), &database) != HS_SUCCESS) return nullptr;
  return database;
}

void store_cached(const std::filesystem::path& file, const hs_database_t* database) {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) return;
  write_cache_file(file, std::string_view(bytes, length));
  std::free(bytes);
}

hs_database_t* compile_or_throw(bool literal_api, const std::vector<std::string>& expressions, const std::vector<unsigned>& flags,
                                unsigned first_id) {
  if (expressions.empty()) return nullptr;
  std::vector<const char*> pointers;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    pointers.push_back(expressions[i].data());
    lengths.push_back(expressions[i].size());
    ids.push_back(first_id + static_cast<unsigned>(i));
  }
  std::filesystem::path cached;
  if (const std::filesystem::path dir = compile_cache_directory(); !dir.empty()) {
    char name[48];
    std::snprintf(name, sizeof name, "prefilter-%016llx.hsdb",
                  static_cast<unsigned long long>(cache_key(literal_api, expressions, flags, first_id)));
    cached = dir / name;
    if (hs_database_t* database = load_cached(cached)) return database;
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  const auto count = static_cast<unsigned>(expressions.size());
  const hs_error_t status =
      literal_api ? hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(), count, HS_MODE_BLOCK, nullptr,
                                         &database, &error)
                  : hs_compile_multi(pointers.data(), flags.data(), ids.data(), count, HS_MODE_BLOCK, nullptr, &database, &error);
  if (status != HS_SUCCESS) {
    const std::string message = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::runtime_error("Vectorscan could not compile the rule prefilter: " + message);
  }
  if (!cached.empty()) store_cached(cached, database);
  return database;
}

}  // namespace

LiteralPrefilter::LiteralPrefilter(const std::vector<const PrefilterClient*>& clients)
    : database_(std::make_unique<Database>()), id_(next_prefilter_id.fetch_add(1) + 1) {
  // Ids: literals first, then patterns. A literal or pattern that several clients share (two
  // rules reading the same option, a term in two lists) is compiled once and its hits go to
  // each of them.
  std::vector<std::string> literals, patterns;
  std::vector<unsigned> literal_flags, pattern_flags;
  std::vector<std::vector<Target>> literal_targets, pattern_targets;
  std::unordered_map<std::string, std::size_t> literal_ids, pattern_ids;  // flags + expression → index
  auto add = [](std::vector<std::string>& expressions, std::vector<unsigned>& flags, std::vector<std::vector<Target>>& targets,
                std::unordered_map<std::string, std::size_t>& ids, const std::string& expression, unsigned flag, Target target) {
    const auto [it, added] = ids.emplace(std::to_string(flag) + ":" + expression, expressions.size());
    if (added) {
      expressions.push_back(expression);
      flags.push_back(flag);
      targets.emplace_back();
    }
    std::vector<Target>& to = targets[it->second];
    if (std::find_if(to.begin(), to.end(), [&](const Target& t) {
          return t.client == target.client && t.back == target.back && t.role == target.role && t.whole_word == target.whole_word;
        }) == to.end()) {
      to.push_back(target);
    }
  };
  for (const PrefilterClient* client : clients) {
    if (client == nullptr || !client->prefiltered() || client_index_.count(client)) continue;
    const auto index = static_cast<std::uint32_t>(client_index_.size());
    client_index_.emplace(client, index);
    bool caseless = false;
    if (const auto& pattern = client->prefilter_pattern()) {
      // A pattern's hit is the last byte of a candidate match; a split pattern's head and
      // tail hits are kept apart and joined after the scan.
      const unsigned flag = pattern->caseless ? HS_FLAG_CASELESS : 0;
      if (pattern->split) {
        add(patterns, pattern_flags, pattern_targets, pattern_ids, pattern->split->head, flag, {index, 0, Role::head});
        add(patterns, pattern_flags, pattern_targets, pattern_ids, pattern->split->tail, flag, {index, 0, Role::tail});
        std::array<bool, 256>& excluded = split_gaps_[index];
        for (const char b : pattern->split->gap_excluded) excluded[static_cast<unsigned char>(b)] = true;
      } else {
        add(patterns, pattern_flags, pattern_targets, pattern_ids, pattern->expression, flag, {index, 1});
      }
      caseless = pattern->caseless;
    } else {
      for (const PrefilterLiteral& literal : client->prefilter_literals()) {
        if (literal.text.empty()) throw std::logic_error("empty prefilter literal");
        add(literals, literal_flags, literal_targets, literal_ids, literal.text, literal.caseless ? HS_FLAG_CASELESS : 0,
            {index, static_cast<std::uint32_t>(literal.text.size()), Role::whole, literal.whole_word});
        caseless = caseless || literal.caseless;
      }
    }
    client_caseless_.push_back(caseless);
  }
  if (literals.empty() && patterns.empty()) return;
  for (const char* exotic : case_exotic_characters) {
    add(literals, literal_flags, literal_targets, literal_ids, exotic, 0, {case_exotic_marker, 0});
  }
  targets_ = std::move(literal_targets);
  targets_.insert(targets_.end(), std::make_move_iterator(pattern_targets.begin()), std::make_move_iterator(pattern_targets.end()));
  database_->literals = compile_or_throw(true, literals, literal_flags, 0);
  database_->patterns = compile_or_throw(false, patterns, pattern_flags, static_cast<unsigned>(literals.size()));
  literal_count_ = literals.size() - std::size(case_exotic_characters);
  save_pattern_checks();
}

LiteralPrefilter::~LiteralPrefilter() = default;

hs_scratch_t* LiteralPrefilter::thread_scratch() const {
  // hs_alloc_scratch costs more than scanning a short page, so each thread keeps a scratch
  // per prefilter it scans with (the engine's, and a rule's own for the sentences it reads),
  // the few most recent ones; ids are never reused, unlike addresses.
  struct Scratch {
    std::uint64_t prefilter_id = 0;
    hs_scratch_t* scratch = nullptr;
  };
  thread_local struct Scratches {
    std::vector<Scratch> recent;  // most recently used last
    ~Scratches() {
      for (const Scratch& s : recent) hs_free_scratch(s.scratch);
    }
  } scratches;
  constexpr std::size_t most_kept = 8;
  std::vector<Scratch>& recent = scratches.recent;
  const auto found = std::find_if(recent.begin(), recent.end(), [&](const Scratch& s) { return s.prefilter_id == id_; });
  if (found != recent.end()) {
    if (found + 1 != recent.end()) std::rotate(found, found + 1, recent.end());
    return recent.back().scratch;
  }
  Scratch made{id_, nullptr};
  for (hs_database_t* database : {database_->literals, database_->patterns}) {
    if (database != nullptr && hs_alloc_scratch(database, &made.scratch) != HS_SUCCESS) {
      hs_free_scratch(made.scratch);
      throw std::bad_alloc();
    }
  }
  if (recent.size() >= most_kept) {
    hs_free_scratch(recent.front().scratch);
    recent.erase(recent.begin());
  }
  recent.push_back(made);
  return made.scratch;
}

PrefilterHits LiteralPrefilter::scan(std::string_view text) const {
  PrefilterHits hits;
  hits.owner_ = this;
  hits.text_ = text;
  const std::size_t clients = client_index_.size();
  hits.ranges_.assign(clients, {0, 0});
  if (text.empty()) return hits;
  hs_scratch_t* const scratch = thread_scratch();
  // Each client's hits, in the order Vectorscan reports them, in vectors each thread reuses
  // (a scan never starts inside another's callback), then copied into the one array the
  // result keeps. A client with hits more often than once in 64 bytes gains nothing from them
  // (it would look at most words anyway) and would hold memory in proportion to the text: it
  // scans in full instead, and its vector is released at once.
  thread_local std::vector<std::vector<std::uint32_t>> found;
  thread_local std::vector<char> dense;
  if (found.size() < clients) found.resize(clients);
  dense.assign(clients, 0);
  struct Context {
    const LiteralPrefilter* self;
    std::string_view text;
    PrefilterHits* hits;
    std::size_t dense_limit;
    std::vector<std::vector<std::uint32_t>>* found;
    std::vector<char>* dense;
    std::vector<std::vector<std::uint32_t>> heads, tails;  // per client: match ends of split patterns
  } context{this, text, &hits, 256 + text.size() / 64, &found, &dense, {}, {}};
  if (!split_gaps_.empty()) {
    context.heads.resize(clients);
    context.tails.resize(clients);
  }
  const auto on_match = [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* data) -> int {
    auto* c = static_cast<Context*>(data);
    for (const Target& target : c->self->targets_[id]) {
      if (target.client == case_exotic_marker) {
        c->hits->case_exotic_ = true;
      } else if (target.whole_word && touches_word(c->text, to - target.back, to)) {
        continue;
      } else if (!(*c->dense)[target.client]) {
        std::vector<std::uint32_t>& offsets = target.role == Role::head ? c->heads[target.client]
                                              : target.role == Role::tail ? c->tails[target.client]
                                                                          : (*c->found)[target.client];
        offsets.push_back(static_cast<std::uint32_t>(to - target.back));
        if (offsets.size() > c->dense_limit) {
          (*c->dense)[target.client] = 1;
          std::vector<std::uint32_t>().swap(offsets);
        }
      }
    }
    return 0;
  };
  for (hs_database_t* database : {database_->literals, database_->patterns}) {
    if (database == nullptr) continue;
    // Documents are capped far below 4 GiB (the reliability limit), so the length fits.
    if (hs_scan(database, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &context) != HS_SUCCESS) {
      for (std::size_t k = 0; k < clients; ++k) found[k].clear();
      throw std::runtime_error("Vectorscan scan failed");
    }
  }
  // A split pattern's candidate ends where its tail does, with a head ending at or before
  // that and none of the gap's excluded bytes in between; the nearest head decides.
  for (const auto& gap : split_gaps_) {
    const std::uint32_t client = gap.first;
    const std::array<bool, 256>& excluded = gap.second;  // named: clang 14 cannot capture a structured binding
    std::vector<std::uint32_t>& heads = context.heads[client];
    const std::vector<std::uint32_t>& tails = context.tails[client];
    if (dense[client] || tails.empty()) continue;
    std::sort(heads.begin(), heads.end());
    for (const std::uint32_t end : tails) {
      const auto after = std::upper_bound(heads.begin(), heads.end(), end);
      if (after == heads.begin()) continue;
      const std::string_view between = text.substr(*(after - 1), end - *(after - 1));
      const bool crossed = std::any_of(between.begin(), between.end(), [&](char c) { return excluded[static_cast<unsigned char>(c)]; });
      if (!crossed) found[client].push_back(end - 1);
    }
  }
  // Sorted (where the order of reports left them unsorted) and deduplicated, into one array.
  std::size_t total = 0;
  for (std::size_t k = 0; k < clients; ++k) {
    std::vector<std::uint32_t>& offsets = found[k];
    if (!std::is_sorted(offsets.begin(), offsets.end())) std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    total += offsets.size();
  }
  hits.offsets_.reserve(total);
  constexpr std::size_t kept_capacity = 1 << 16;  // a huge document's hits are not kept for the next one
  for (std::size_t k = 0; k < clients; ++k) {
    std::vector<std::uint32_t>& offsets = found[k];
    hits.ranges_[k] = dense[k] ? std::pair<std::uint32_t, std::uint32_t>{0, PrefilterHits::dense}
                               : std::pair<std::uint32_t, std::uint32_t>{static_cast<std::uint32_t>(hits.offsets_.size()),
                                                                         static_cast<std::uint32_t>(offsets.size())};
    hits.offsets_.insert(hits.offsets_.end(), offsets.begin(), offsets.end());
    if (offsets.capacity() > kept_capacity) std::vector<std::uint32_t>().swap(offsets);
    offsets.clear();
  }
  return hits;
}

std::optional<HitOffsets> PrefilterHits::starts(const PrefilterClient& client, std::string_view text_within,
                                                std::size_t& base_offset) const {
  if (owner_ == nullptr) return std::nullopt;
  const auto found = owner_->client_index_.find(&client);
  if (found == owner_->client_index_.end()) return std::nullopt;
  if (case_exotic_ && owner_->client_caseless_[found->second]) return std::nullopt;
  const auto [begin_index, length] = ranges_[found->second];
  if (length == dense) return std::nullopt;
  // Only texts that are part of the scanned text can use its offsets.
  const auto begin = reinterpret_cast<std::uintptr_t>(text_.data());
  const auto within = reinterpret_cast<std::uintptr_t>(text_within.data());
  if (within < begin || within + text_within.size() > begin + text_.size()) return std::nullopt;
  base_offset = within - begin;
  return HitOffsets(offsets_.data() + begin_index, length);
}

PrefilterHits::Scope::Scope(const PrefilterHits* hits) : previous_(current_hits) { current_hits = hits; }
PrefilterHits::Scope::~Scope() { current_hits = previous_; }
const PrefilterHits* PrefilterHits::current() { return current_hits; }

}  // namespace medlint

// MinHash: each shingle (k consecutive words) is hashed to 32 bits, mapped by bands·rows
// functions a·x + b (mod 2^32), and the minimum is kept per function (shingle hashes are
// uniform, so each function's minimum falls on a uniformly chosen shingle, and two pages
// agree in about their Jaccard share of the functions; tested); documents whose rows
// agree in at least one band are candidates.
// Confirmation aligns the word sequences (longest common subsequence) and reads the runs of
// unmatched words on both sides: the same pair of runs recurring ("Autoimmune Disease" where
// the other page says "Stage IV Cancer") is a template slot; scattered one-off differences
// with most words aligned are a near-copy (a spinner changes words, not sentence structure).
#include "corpus/near_duplicates.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/fnv1a.hpp"
#include "corpus/suffix_lcs.hpp"
#include "engine/ordered_parallel.hpp"
#include "text/case_fold.hpp"
#include "text/word_shape.hpp"

namespace medlint {

namespace {

std::uint64_t mix(std::uint64_t x) {
  // splitmix64 finaliser: a fast, well-distributed 64-bit hash.
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// A word's hash must not depend on the other documents (ids do), so signatures can be
// computed on worker threads.
std::uint64_t word_hash(std::string_view word) { return mix(fnv1a_add(fnv1a_offset, word)); }

// signature[h] = min over the shingles x of a[h]·x + b[h] (mod 2^32): one multiply-add per
// shingle and hash function, which vector units do 8 at a time, so the function is also
// compiled for AVX2 and the loader picks the build the CPU can run.
#if defined(__x86_64__) && defined(__ELF__)
__attribute__((target_clones("avx2", "default")))
#endif
void min_hashes(const std::uint32_t* shingles, std::size_t count, const std::uint32_t* a, const std::uint32_t* b,
                std::uint32_t* signature, std::size_t functions) {
  for (std::size_t s = 0; s < count; ++s) {
    const std::uint32_t x = shingles[s];
    for (std::size_t h = 0; h < functions; ++h) signature[h] = std::min(signature[h], a[h] * x + b[h]);
  }
}

}  // namespace

NearDuplicateFinder::NearDuplicateFinder(NearDuplicateOptions options)
    : options_(options), words_(std::make_unique<SpillStore>(options.words_in_memory)) {
  const std::size_t functions = options_.bands * options_.rows;
  for (std::size_t h = 0; h < functions; ++h) {
    const std::uint64_t drawn = mix(0x6D696E68617368ULL + h);  // "minhash" + h
    hash_multipliers_.push_back(static_cast<std::uint32_t>(drawn >> 32) | 1u);
    hash_offsets_.push_back(static_cast<std::uint32_t>(drawn));
  }
}

CorpusDocument NearDuplicateFinder::prepare(const std::vector<std::string>& words) const {
  CorpusDocument doc;
  const std::size_t n = std::min(words.size(), options_.max_words);
  doc.spelled.assign(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n));
  doc.keys.reserve(n);
  std::vector<std::uint64_t>& hashes = doc.hashes;
  hashes.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    doc.keys.push_back(fold_case(words[i]));
    hashes.push_back(word_hash(doc.keys.back()));
  }
  const std::size_t k = options_.shingle_words;
  std::vector<std::uint32_t> shingles;
  shingles.reserve(n);
  for (std::size_t i = 0; i + k <= n; ++i) {
    std::uint64_t shingle = 0;
    for (std::size_t j = 0; j < k; ++j) shingle = mix(shingle ^ hashes[i + j]);
    shingles.push_back(static_cast<std::uint32_t>(shingle >> 32));
  }
  doc.signature.assign(options_.bands * options_.rows, ~std::uint32_t{0});
  min_hashes(shingles.data(), shingles.size(), hash_multipliers_.data(), hash_offsets_.data(), doc.signature.data(), doc.signature.size());
  return doc;
}

void NearDuplicateFinder::add(std::size_t index, CorpusDocument document) {
  std::vector<std::uint32_t> ids;
  ids.reserve(document.keys.size());
  for (std::size_t i = 0; i < document.keys.size(); ++i) {
    // The page's own capital ("Heart Failure" in a title) goes with the id, since the
    // vocabulary spells a word as the run first saw it ("heart rate" on another page).
    const bool capital = !document.spelled[i].empty() && document.spelled[i].front() >= 'A' && document.spelled[i].front() <= 'Z';
    ids.push_back(vocabulary_.intern(document.keys[i], document.hashes[i], std::move(document.spelled[i])) | (capital ? capital_bit : 0));
  }
  // Only the band keys of the signature are ever compared.
  for (std::size_t band = 0; band < options_.bands; ++band) {
    std::uint64_t key = band;
    for (std::size_t r = 0; r < options_.rows; ++r) key = mix(key ^ document.signature[band * options_.rows + r]);
    band_keys_.push_back(key);
  }
  // Documents too short to compare keep no words.
  if (ids.size() < options_.min_words) ids.clear();
  const SpillStore::Span span =
      words_->append(std::string_view(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(std::uint32_t)));
  docs_.push_back(Doc{index, span, ids.size()});
}

std::vector<std::uint32_t> NearDuplicateFinder::words_of(const Doc& doc) const {
  std::vector<std::uint32_t> ids(doc.word_count);
  words_->read_into(doc.words, ids.data());
  return ids;
}

std::string NearDuplicateFinder::words_text(const std::vector<std::uint32_t>& words, std::size_t begin, std::size_t end) const {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    std::string word(vocabulary_.spelled(words[i] & ~capital_bit));
    // With the page's own first letter: capitalised as there, or lower case where the page
    // has it so and the run first saw it capitalised ("Heart" of a title); "IV" stays.
    if ((words[i] & capital_bit) != 0 && !word.empty() && word.front() >= 'a' && word.front() <= 'z') {
      word.front() = static_cast<char>(word.front() - 'a' + 'A');
    } else if ((words[i] & capital_bit) == 0 && word_shape(word) == WordShape::title && word.front() >= 'A' && word.front() <= 'Z') {
      word.front() = static_cast<char>(word.front() - 'A' + 'a');
    }
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

NearDuplicateFinder::Comparison NearDuplicateFinder::compare(const Doc& a, const Doc& b) const {
  // Aligned by word, whatever the case; the pages' own spellings (x_spelled, y_spelled)
  // give a slot its capitals.
  const std::vector<std::uint32_t> x_spelled = words_of(a);
  const std::vector<std::uint32_t> y_spelled = words_of(b);
  std::vector<std::uint32_t> x = x_spelled, y = y_spelled;
  for (std::uint32_t& id : x) id &= ~capital_bit;
  for (std::uint32_t& id : y) id &= ~capital_bit;
  const std::size_t n = x.size(), m = y.size();
  thread_local SuffixLcs table;  // its memory serves every pair this thread aligns
  table.assign(x, y);
  // Walk the alignment and count the substitutions (a run of unmatched words on each side),
  // keyed by word ids; only the recurring ones are spelled out, as their first occurrence is.
  struct Occurrences {
    std::size_t count = 0;
    std::size_t a_begin = 0, a_end = 0, b_begin = 0, b_end = 0;  // the first
  };
  std::map<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>, Occurrences> substitutions;
  std::size_t i = 0, j = 0, run_i = 0, run_j = 0;
  auto close_run = [&]() {
    if (i > run_i && j > run_j) {
      Occurrences& seen =
          substitutions[{std::vector<std::uint32_t>(x.begin() + static_cast<std::ptrdiff_t>(run_i), x.begin() + static_cast<std::ptrdiff_t>(i)),
                         std::vector<std::uint32_t>(y.begin() + static_cast<std::ptrdiff_t>(run_j), y.begin() + static_cast<std::ptrdiff_t>(j))}];
      if (seen.count++ == 0) seen = {1, run_i, i, run_j, j};
    }
  };
  SuffixLcs::Walk walk(table);
  while (i < n && j < m) {
    if (x[i] == y[j]) {
      close_run();
      walk.advance_both();
      ++i;
      ++j;
      run_i = i;
      run_j = j;
    } else if (walk.without_a() >= walk.without_b()) {
      walk.advance_a();
      ++i;
    } else {
      walk.advance_b();
      ++j;
    }
  }
  i = n;
  j = m;
  close_run();
  const auto lcs = static_cast<double>(table.at(0, 0));
  Comparison result;
  // Template: recurring substitutions are slots; without them, the shorter page aligns.
  std::size_t slot_words_a = 0, slot_words_b = 0, recurring = 0;
  std::pair<std::string, std::string> best_slot;
  std::size_t best_count = 0;
  for (const auto& [pair, seen] : substitutions) {
    const std::size_t count = seen.count;
    if (count < options_.min_slot_repeats) continue;
    ++recurring;
    slot_words_a += count * pair.first.size();
    slot_words_b += count * pair.second.size();
    // The most frequent; among equals, the first in text order of the spelled pair.
    std::pair<std::string, std::string> spelled{words_text(x_spelled, seen.a_begin, seen.a_end), words_text(y_spelled, seen.b_begin, seen.b_end)};
    if (count > best_count || (count == best_count && spelled < best_slot)) {
      best_count = count;
      best_slot = std::move(spelled);
    }
  }
  if (recurring > 0) {
    const double shorter = static_cast<double>(std::min(n - std::min(n, slot_words_a), m - std::min(m, slot_words_b)));
    if (shorter > 0 && lcs / shorter >= options_.template_containment) {
      result.duplicate = true;
      result.is_template = true;
      result.slot_a = best_slot.first;
      result.slot_b = best_slot.second;
      return result;
    }
  }
  if (2.0 * lcs / static_cast<double>(n + m) >= options_.near_copy_similarity) result.duplicate = true;
  return result;
}

std::vector<DuplicateCluster> NearDuplicateFinder::clusters(std::size_t jobs) const {
  const std::size_t count = docs_.size();
  // LSH: one bucket map per band; each document is compared with the first in its bucket.
  // Which pairs are compared does not depend on the outcomes, so they are listed first and
  // aligned in parallel.
  std::set<std::pair<std::size_t, std::size_t>> listed;
  for (std::size_t band = 0; band < options_.bands; ++band) {
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
    for (std::size_t d = 0; d < count; ++d) {
      if (docs_[d].word_count < options_.min_words) continue;  // (they kept no words)
      buckets[band_keys_[d * options_.bands + band]].push_back(d);
    }
    for (const auto& [key, members] : buckets) {
      for (std::size_t k = 1; k < members.size(); ++k) {
        for (const std::size_t other : {members[0], members[k - 1]}) {
          const auto pair = std::minmax(other, members[k]);
          if (pair.first != pair.second) listed.insert(pair);
        }
      }
    }
  }
  // In pair order (the set's), not the buckets' hash order: which pair confirms a page first
  // decides the slot it is reported with, and that should not depend on hash values or the
  // library.
  const std::vector<std::pair<std::size_t, std::size_t>> candidates(listed.begin(), listed.end());
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, Comparison>> confirmed;
  ordered_parallel<Comparison>(
      candidates.size(), jobs, [&](std::size_t i) { return compare(docs_[candidates[i].first], docs_[candidates[i].second]); },
      [&, next = std::size_t{0}](Comparison c) mutable {
        if (c.duplicate) confirmed.push_back({candidates[next], std::move(c)});
        ++next;
      });
  UnionFind sets(count);
  for (const auto& [pair, c] : confirmed) sets.join(pair.first, pair.second);
  std::map<std::size_t, DuplicateCluster> by_root;
  std::map<std::size_t, std::size_t> template_edges, edges;
  std::map<std::size_t, std::string> slot_of;  // doc → slot text
  for (const auto& [pair, c] : confirmed) {
    const std::size_t root = sets.find(pair.first);
    ++edges[root];
    if (!c.is_template) continue;
    ++template_edges[root];
    slot_of.emplace(pair.first, c.slot_a);
    slot_of.emplace(pair.second, c.slot_b);
  }
  for (std::size_t d = 0; d < count; ++d) {
    const std::size_t root = sets.find(d);
    if (!edges.count(root)) continue;
    by_root[root].members.push_back(d);
  }
  std::vector<DuplicateCluster> out;
  for (auto& [root, cluster] : by_root) {
    cluster.is_template = template_edges[root] * 2 >= edges[root];
    std::vector<std::size_t> indices;
    for (const std::size_t d : cluster.members) {
      indices.push_back(docs_[d].index);
      cluster.slots.push_back(slot_of.count(d) ? slot_of[d] : std::string());
    }
    // Report members in input order.
    std::vector<std::size_t> order(indices.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) { return indices[p] < indices[q]; });
    DuplicateCluster sorted{cluster.is_template, {}, {}};
    for (const std::size_t o : order) {
      sorted.members.push_back(indices[o]);
      sorted.slots.push_back(cluster.slots[o]);
    }
    out.push_back(std::move(sorted));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.members.front() < b.members.front(); });
  return out;
}

}  // namespace medlint

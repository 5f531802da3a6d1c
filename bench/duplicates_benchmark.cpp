// Scale benchmark of the corpus pass: generates N short articles with planted template
// families and spun copies, runs the pass, and prints time, peak memory, and the recall and
// precision of the planted families (pair level: two documents in one reported cluster).
// Usage: medlint_bench_duplicates [DOCUMENTS=100000] [WORDS=120] [SEED=7]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "bench/planted_corpus.hpp"
#include "corpus/near_duplicates.hpp"

int main(int argc, char** argv) {
  const std::size_t documents = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t words = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 120;
  const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 7;
  const auto corpus = medlint::bench::make_planted_corpus(documents, words, seed);
  const auto start = std::chrono::steady_clock::now();
  medlint::NearDuplicateFinder finder;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) finder.add(i, corpus.documents[i]);
  const auto added = std::chrono::steady_clock::now();
  const auto clusters = finder.clusters();
  const auto done = std::chrono::steady_clock::now();

  // Pair-level scores: planted pairs found, and reported pairs that are planted.
  std::map<int, std::size_t> family_size;
  for (const int f : corpus.family) {
    if (f >= 0) ++family_size[f];
  }
  std::size_t planted_pairs = 0;
  for (const auto& [f, n] : family_size) planted_pairs += n * (n - 1) / 2;
  std::size_t reported_pairs = 0, correct_pairs = 0;
  for (const auto& cluster : clusters) {
    for (std::size_t a = 0; a < cluster.members.size(); ++a) {
      for (std::size_t b = a + 1; b < cluster.members.size(); ++b) {
        ++reported_pairs;
        const int fa = corpus.family[cluster.members[a]];
        if (fa >= 0 && fa == corpus.family[cluster.members[b]]) ++correct_pairs;
      }
    }
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double signature_s = std::chrono::duration<double>(added - start).count();
  const double cluster_s = std::chrono::duration<double>(done - added).count();
  std::printf("documents %zu (%zu words each), planted families %zu, planted pairs %zu\n", corpus.documents.size(), words,
              family_size.size(), planted_pairs);
  std::printf("signatures %.2f s, candidates and clusters %.2f s, total %.2f s, peak RSS %ld MiB\n", signature_s, cluster_s,
              signature_s + cluster_s, usage.ru_maxrss / 1024);
  std::printf("clusters %zu, recall %.4f, precision %.4f\n", clusters.size(),
              planted_pairs ? static_cast<double>(correct_pairs) / static_cast<double>(planted_pairs) : 1.0,
              reported_pairs ? static_cast<double>(correct_pairs) / static_cast<double>(reported_pairs) : 1.0);
  return 0;
}

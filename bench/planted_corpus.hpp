// A deterministic generator of short articles with planted families, for measuring the
// corpus pass: unrelated articles drawn from a large synthetic vocabulary, template families
// (one text with a recurring slot swapped) and spun copies (about one word in ten replaced).
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace medlint::bench {

struct PlantedCorpus {
  std::vector<std::vector<std::string>> documents;
  std::vector<int> family;  ///< per document: the planted family id, or -1 for unrelated
  std::vector<bool> is_template_family;
};

inline std::string synthetic_word(std::uint64_t n) {
  static const char* syllables[] = {"ka", "lo", "mi", "ne", "ro", "sa", "tu", "vi", "de", "pa", "gu", "ze", "fo", "ri", "ba", "le"};
  std::string w;
  do {
    w += syllables[n % 16];
    n /= 16;
  } while (n > 0);
  return w;
}

inline PlantedCorpus make_planted_corpus(std::size_t documents, std::size_t words_per_doc, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  // Zipf-like word frequencies over 50,000 words, as in real prose.
  std::vector<double> weights(50000);
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
  auto text = [&](std::size_t n) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < n; ++i) words.push_back(synthetic_word(pick(random)));
    return words;
  };
  PlantedCorpus corpus;
  int family = 0;
  while (corpus.documents.size() < documents) {
    const std::size_t roll = random() % 10;
    if (roll < 7 || corpus.documents.size() + 6 > documents) {  // unrelated article
      corpus.documents.push_back(text(words_per_doc));
      corpus.family.push_back(-1);
      continue;
    }
    const std::size_t members = 2 + random() % 4;
    std::vector<std::string> base = text(words_per_doc);
    if (roll < 9) {  // template family: a slot recurring every ~15 words
      for (std::size_t m = 0; m < members; ++m) {
        const std::vector<std::string> slot = text(1 + random() % 3);
        std::vector<std::string> page;
        for (std::size_t i = 0; i < base.size(); ++i) {
          if (i % 15 == 7) page.insert(page.end(), slot.begin(), slot.end());
          else page.push_back(base[i]);
        }
        corpus.documents.push_back(std::move(page));
        corpus.family.push_back(family);
      }
      corpus.is_template_family.push_back(true);
    } else {  // a source and its spun copies
      for (std::size_t m = 0; m < members; ++m) {
        std::vector<std::string> page = base;
        if (m > 0) {
          for (auto& w : page) {
            if (random() % 10 == 0) w = synthetic_word(pick(random));
          }
        }
        corpus.documents.push_back(std::move(page));
        corpus.family.push_back(family);
      }
      corpus.is_template_family.push_back(false);
    }
    ++family;
  }
  return corpus;
}

}  // namespace medlint::bench

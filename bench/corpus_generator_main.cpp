// medlint_corpus_gen: writes a deterministic benchmark corpus of generated articles, as
// files in a directory, one concatenated file, or JSONL documents ({"id","text","url"}).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "bench/article_generator.hpp"

namespace {

std::uint64_t parse_size(const std::string& text) {
  std::size_t used = 0;
  const double number = std::stod(text, &used);
  const std::string unit = text.substr(used);
  double scale = 1;
  if (unit == "K" || unit == "KB") scale = 1e3;
  else if (unit == "M" || unit == "MB") scale = 1e6;
  else if (unit == "G" || unit == "GB") scale = 1e9;
  else if (!unit.empty()) throw std::invalid_argument("unknown size unit '" + unit + "' (use K, M or G)");
  return static_cast<std::uint64_t>(number * scale);
}

std::vector<std::string> spun_forms(const std::string& pack_path) {
  std::ifstream in(pack_path);
  if (!in) throw std::runtime_error("cannot read " + pack_path);
  const nlohmann::json pack = nlohmann::json::parse(in);
  std::vector<std::string> forms;
  for (const auto& rule : pack.at("rules")) {
    if (!rule.contains("swap")) continue;
    for (const auto& [form, fixed] : rule.at("swap").items()) forms.push_back(form);
  }
  return forms;
}

// Lower-case words of a hunspell dictionary (affix flags stripped); empty when absent.
std::vector<std::string> dictionary_words(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    const std::string word = line.substr(0, line.find('/'));
    if (word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      words.push_back(word);
    }
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Write a deterministic corpus of generated health articles for benchmarking medlint."};
  std::string out;
  std::string size = "1M";
  std::string mode = "files";
  std::uint64_t seed = 1;
  std::string pack = MEDLINT_SOURCE_DIR "/rules/tortured-phrases.json";
  app.add_option("--out,-o", out, "Directory (files mode) or file (single, jsonl modes); '-' writes to stdout")->required();
  app.add_option("--size,-s", size, "Total size, e.g. 1M, 100M, 1G (default 1M)");
  app.add_option("--mode", mode, "files: one .txt per article; single: all in one file; jsonl: one document a line")
      ->check(CLI::IsMember({"files", "single", "jsonl"}));
  app.add_option("--seed", seed, "Random seed (default 1): the same seed gives the same bytes");
  app.add_option("--spun-pack", pack, "Rule pack whose substitute forms are planted in spun articles");
  std::string dictionary = "/usr/share/hunspell/en_US.dic";
  app.add_option("--vocabulary", dictionary, "Hunspell .dic file whose lower-case words are mixed into sentences");
  CLI11_PARSE(app, argc, argv);
  try {
    const std::uint64_t target = parse_size(size);
    medlint::bench::ArticleGenerator generator(seed, spun_forms(pack), dictionary_words(dictionary));
    std::ofstream file;
    std::ostream* stream = &std::cout;
    if (mode == "files") {
      std::filesystem::create_directories(out);
    } else if (out != "-") {
      file.open(out, std::ios::binary);
      if (!file) throw std::runtime_error("cannot write " + out);
      stream = &file;
    }
    std::uint64_t written = 0;
    std::uint64_t articles = 0;
    while (written < target) {
      const medlint::bench::GeneratedArticle article = generator.next();
      if (mode == "files") {
        const std::filesystem::path dir = std::filesystem::path(out) / article.name.substr(0, 4);  // 1,000 files a folder
        std::filesystem::create_directories(dir);
        std::ofstream one(dir / article.name, std::ios::binary);
        one << article.text;
        if (!one) throw std::runtime_error("cannot write " + (dir / article.name).string());
      } else if (mode == "single") {
        *stream << article.text << '\n';
      } else {
        const nlohmann::json line = {{"id", article.name.substr(0, article.name.size() - 4)},
                                     {"text", article.text},
                                     {"url", "https://example.org/articles/" + article.name}};
        *stream << line.dump() << '\n';
      }
      written += article.text.size();
      ++articles;
    }
    stream->flush();
    std::cerr << "wrote " << articles << " articles, " << written << " bytes of text\n";
  } catch (const std::exception& error) {
    std::cerr << "medlint_corpus_gen: " << error.what() << '\n';
    return 2;
  }
}

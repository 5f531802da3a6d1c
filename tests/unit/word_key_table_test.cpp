// WordKeyTable must answer exactly as a std::unordered_map would: the phrase walks and the
// dictionary answers rely on it. Compared here on generated words, many of them sharing
// prefixes and lengths, through the growth of the table and a clear.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <unordered_map>

#include "text/word_key_table.hpp"

using namespace medlint;

TEST_CASE("word key table: the same answers as an unordered_map through growth and clear", "[prefilter]") {
  std::mt19937 random(11);
  const std::string letters = "abcdeé\xE2\x80\x99";
  auto word = [&] {
    std::string w;
    const std::size_t length = random() % 9;  // the empty word is a key like any other
    for (std::size_t i = 0; i < length; ++i) w += letters[random() % letters.size()];
    return w;
  };
  WordKeyTable<int> table;
  std::unordered_map<std::string, int> reference;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5000; ++i) {
      const std::string key = word();
      table[key] = i;
      reference[key] = i;
    }
    CHECK(table.size() == reference.size());
    for (int i = 0; i < 20000; ++i) {
      const std::string key = word();
      const auto expected = reference.find(key);
      const int* found = table.find(key);
      INFO(key);
      REQUIRE((found != nullptr) == (expected != reference.end()));
      if (found != nullptr) CHECK(*found == expected->second);
    }
    table.clear();
    reference.clear();
    CHECK(table.empty());
    CHECK(table.find("abc") == nullptr);
  }
  // A value stays where operator[] put it, and a new key starts from the default.
  WordKeyTable<std::string> names;
  names["ketamine"] += "K";
  names["ketamine"] += "etalar";
  CHECK(*names.find("ketamine") == "Ketalar");
  CHECK(names["kratom"].empty());
  CHECK(names.contains("kratom"));
  CHECK_FALSE(names.contains("Kratom"));
}

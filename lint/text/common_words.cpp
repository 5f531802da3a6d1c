#include "text/common_words.hpp"

#include <algorithm>
#include <cctype>

#include "rules/embedded.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

namespace {
constexpr std::string_view built_in_name = "rules/language/common-words.json";
}  // namespace

CommonWords CommonWords::parse(const std::string& text, const std::string& label) {
  const nlohmann::json document = parse_json_text(text, label);
  const JsonReader data(document, label);
  data.expect_object({"description", "words"});
  const JsonReader list = data.at("words");
  CommonWords common;
  const std::vector<std::string> words = list.strings();
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Compared with a phrase word's key: lower case, one word.
    const bool one_lower_word = !words[i].empty() && std::none_of(words[i].begin(), words[i].end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) != 0 || std::isspace(static_cast<unsigned char>(c)) != 0;
    });
    if (!one_lower_word) {
      JsonReader(list.value()[i], list.file(), list.pointer() + "/" + std::to_string(i)).fail("a common word is one word in lower case");
    }
    common.words_.insert(words[i]);
  }
  return common;
}

const CommonWords& CommonWords::built_in() {
  static const CommonWords common = parse(std::string(embedded_file(built_in_name)), std::string(built_in_name) + " (built in)");
  return common;
}

}  // namespace medlint
